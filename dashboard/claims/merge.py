"""Passes over one sentence's claims that join what the words split: a participle or an
appositive sizing the move just named, a level stated after a sized move, a level reached
then left, a gain the sentence later says was pared."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from dashboard.claims import restate
from dashboard.claims.timewords import AT_ONE_POINT
from dashboard.claims.undone import undone
from dashboard.domain import Claim, Direction, Measure, Unit


def elaborated(s: str, out: list[Claim], made: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """ "The Bovespa swung lower in early trade, falling 2.5%", "the pound slumped to a record
    low of $1.0327, down almost 5%": a participle or appositive sizes the move just named, so
    the two are one claim (with that move's measure, unless it was only a level)."""
    index = next((i for i in range(len(out) - 1, -1, -1) if out[i].measure not in _EXTRAS), None)
    if index is None:
        return out, made
    earlier, later = out[index], made[0]
    key = (earlier.instrument, earlier.direction, earlier.session, earlier.inverse)
    same = key == (later.instrument, later.direction, later.session, later.inverse)
    if (joined := restate.joined(s, earlier, later, same)) is not None:
        return out[:index] + out[index + 1 :], [joined, *made[1:]]
    if not same or earlier.size is not None or later.size is None or later.measure in _EXTRAS:
        return out, made
    if earlier.measure is Measure.LEVEL and later.measure is Measure.INTRADAY_EXTREME:
        return out, made  # "topped $2,000, rising as much as 2.4%": the peak passed the level
    if _threshold(earlier) and later.level is not None and later.level != earlier.level:
        return out, made  # "climbed above 3,000, ending 1.5% higher at 3,021.84": both stand
    peak = later.measure is Measure.INTRADAY_EXTREME  # "..., strengthening as much as 3%"
    measure = later.measure if earlier.measure is Measure.LEVEL or peak else earlier.measure
    start, end = earlier.start, max(later.end, earlier.end)
    merged = replace(
        later,
        measure=measure,
        level=later.level if later.level is not None else earlier.level,
        start=start,
        end=end,
        text=s[start:end],
    )
    return out[:index] + out[index + 1 :], [merged, *made[1:]]


_EXTRAS = (Measure.RECORD, Measure.BIGGEST_MOVE)
_THRESHOLD = re.compile(
    r"\b(?:above|below|beneath|under|past|through)\s+(?:the\s+)?[$€£]?\d", re.IGNORECASE
)


def _threshold(claim: Claim) -> bool:
    """A level told as a threshold crossed ("slipped beneath 13,000"), not a price reached."""
    return claim.measure is Measure.LEVEL and _THRESHOLD.search(claim.text) is not None


_WAYS = (Direction.UP, Direction.DOWN)


_WITH_OPEN = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
_AND_GAP = re.compile(r"\s*,?\s*and\s+", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\b[a-z]+ing\b")


def conjuncts_aligned(s: str, claims: list[Claim]) -> list[Claim]:
    """ "with the S&P 500 down 1.2% and the Dow giving up 1.5%": conjuncts of one absolute
    clause describe the same moment, so a bare state takes its participle partner's measure."""
    out = list(claims)
    for index, (state, partner) in enumerate(pairwise(claims)):
        if state.measure is not Measure.INTRADAY_CHANGE or state.time_words or partner.time_words:
            continue
        if partner.measure is not Measure.SESSION_CHANGE or partner.session != state.session:
            continue
        if not _WITH_OPEN.search(s, max(0, state.start - 10), state.start):
            continue
        if _AND_GAP.fullmatch(s, state.end, partner.start) and _PARTICIPLE.search(partner.text):
            out[index] = replace(state, measure=Measure.SESSION_CHANGE)
    return _gapped_after(s, out)


_LIST_OPEN = re.compile(r"(?:\bwith|,)\s+(?:the\s+)?$", re.IGNORECASE)
_AND_MODIFIED = re.compile(  # "jumping 4.5% on the interbank market and the yuan up 1.6%"
    r"(?:\s+(?:on|in)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,2})?"
    r"\s*,?\s*and\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}"
)


def _gapped_after(s: str, claims: list[Claim]) -> list[Claim]:
    """ "with the MOEX closing down 33% and the dollar-based RTS down 38%", "..., the yen surging
    3.8% and the Nikkei down 2.5%": a bare state conjoined after a participle in one list of
    absolute clauses shares its moment, the close."""
    out = list(claims)
    for index, (partner, state) in enumerate(pairwise(claims), start=1):
        # "on Tuesday" carried to both conjuncts is no time of day of the state's own
        if state.measure is not Measure.INTRADAY_CHANGE or state.time_words not in (
            "",
            partner.time_words,
        ):
            continue
        if partner.measure is not Measure.SESSION_CHANGE or partner.session != state.session:
            continue
        if not _LIST_OPEN.search(s, max(0, partner.start - 10), partner.start):
            continue
        gap = _AND_MODIFIED.fullmatch(s, partner.end, state.start)
        if gap and _PARTICIPLE.search(partner.text):
            out[index] = replace(state, measure=Measure.SESSION_CHANGE)
    return out


_POINTS = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s+points\b", re.IGNORECASE)


def _points_in(close: Claim) -> float | None:
    """The points figure beside a close's percent ("ending 588.40 points, or 3.6%, lower")."""
    found = _POINTS.search(close.text) if close.unit is Unit.PERCENT else None
    return float(found.group(1).replace(",", "")) if found else None


_AT_ONE_POINT = re.compile(r"\bat\s+one\s+(?:point|stage)\b", re.IGNORECASE)
_AFTER_ING = re.compile(r"\b(?:after|before)\s+$", re.IGNORECASE)


_CONTRACT = re.compile(r"\b(?:spot|futures|cash)\b", re.IGNORECASE)


def _other_contract(early: Claim, close: Claim) -> bool:
    """Whether two claims on one registry market name its spot price and its futures ("spot
    gold", "U.S. gold futures"): two contracts' moves, not one market's extreme and close."""
    one, other = early.subject.lower(), close.subject.lower()
    told = _CONTRACT.search(one) is not None or _CONTRACT.search(other) is not None
    return bool(one and other) and one != other and told


def pared_by_close(s: str, claims: list[Claim]) -> list[Claim]:
    """ "plunged 8.7% in the first minutes of trade but closed down just 3.15%": an early move
    the same sentence's close pares or reverses was the day's extreme."""

    def pared(early: Claim, close: Claim) -> bool:
        same = (close.instrument, close.session, close.inverse) == (
            early.instrument,
            early.session,
            early.inverse,
        )
        if not same or close.measure is not Measure.SESSION_CHANGE or close.size is None:
            return False
        if _other_contract(early, close):  # "Spot gold ..., while U.S. gold futures fell 0.5%"
            return False
        if close.direction is not early.direction:
            return close.direction in _WAYS
        points = _points_in(close) if early.unit is Unit.POINTS else None
        told = close.size if close.unit == early.unit else points
        return early.size is not None and told is not None and told < early.size

    return [
        replace(c, measure=Measure.INTRADAY_EXTREME)
        if c.measure is Measure.INTRADAY_CHANGE
        and c.size is not None
        and c.direction in _WAYS
        and (
            _AT_ONE_POINT.search(c.text) is not None  # "which had at one point been down 1,600"
            or any(pared(c, later) for later in claims[i + 1 :])
            or (
                (_AFTER_ING.search(s, max(0, c.start - 16), c.start) is not None)
                and any(pared(c, earlier) for earlier in claims[:i])
            )
        )
        else c
        for i, c in enumerate(claims)
    ]


AFTERWARDS = re.compile(  # "..., though the currency ended at 79.92": the close came after
    r"\b(?:before|then|later|but|only\s+to)\b|\b(?:ending|closing|settling|finishing|ended|closed|settled"
    r"|finished)\s+at\b",
    re.I,
)


def retraced(s: str, claims: list[Claim]) -> list[Claim]:
    """ "The pound later clawed back some ground and was trading 8.1% lower": an unsized move
    that a sized move on the same day contradicts is a retracement within the session, not
    the session's move; so is one that undoes the sized move it names ("recovered most of last
    Monday's 12.4% plunge", "recouping last week's 2% loss"), over days the words leave open."""

    def contradicted(vague: Claim) -> bool:
        return any(
            c.size is not None
            and c.measure
            in (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE, Measure.PERIOD_CHANGE)
            and c.direction in _WAYS
            and c.direction is not vague.direction
            and (c.instrument, c.inverse) == (vague.instrument, vague.inverse)
            and ((c.session == vague.session and not c.since) or _undoes(s, vague, c))
            for c in claims
        )

    return [
        c
        for c in claims
        if not (
            c.measure is Measure.SESSION_CHANGE
            and c.size is None
            and c.level is None
            and c.direction in _WAYS
            and contradicted(c)
        )
    ]


def _undoes(s: str, vague: Claim, sized: Claim) -> bool:
    """The unsized verb right before the sized move noun undoes it ("recovered most of"); a
    participle after a comma is a move of its own ("fell, paring Monday's 15-cent rally")."""
    between = s[vague.end : sized.start]
    return 0 <= len(between) <= 20 and "," not in between and undone(s, sized.start)


_APPOSED = re.compile(r"\s*,\s*")


def records_levelled(s: str, claims: list[Claim]) -> list[Claim]:
    """ "The 30-year yield touched 5% ..., both the highest since 2007": a record with no level
    takes the level reached on its instrument, and that level takes the record's way."""
    out = list(claims)
    for index, record in enumerate(out):
        if record.measure is not Measure.RECORD or record.level is not None:
            continue
        closing = _CLOSING_RECORD.search(record.text) is not None  # "its highest close since"
        for other, claim in enumerate(out):
            reached = claim.measure in (Measure.LEVEL, Measure.INTRADAY_EXTREME) or (
                (closing or _APPOSED.fullmatch(s, claim.end, record.start) is not None)
                and claim.measure is Measure.SESSION_CHANGE
            )  # "and another 0.5% on Tuesday to $1.0410, its lowest in two years"
            if claim.instrument != record.instrument or not reached or claim.level is None:
                continue
            if claim.session != record.session:  # another day's level is not that record's
                continue
            out[index] = replace(record, level=claim.level)
            if claim.direction is Direction.NONE and _reached_level(s, out, other):
                way = record.direction
                out[other] = replace(claim, measure=Measure.INTRADAY_EXTREME, direction=way)
            break
    return out


def _reached_level(s: str, claims: list[Claim], index: int) -> bool:
    """A level hit or touched, also in a gapped clause sharing that verb ("wheat hit $13.40
    and corn $7.62")."""
    claim = claims[index]
    if REACHED.search(claim.text):
        return True
    if index == 0 or claims[index - 1].level is None:
        return False
    first = claims[index - 1]
    return bool(_AND_GAP.fullmatch(s, first.end, claim.start) and REACHED.search(first.text))


def extremes_oriented(s: str, claims: list[Claim]) -> list[Claim]:
    """ "The 10-year yield hit 4.08% before settling at 3.95%": a level reached, then a lower
    one to end, makes the first the day's high (and a higher end, its low); "spiked to 65.73
    ..., before ending at 38.57": a level moved to, then left behind, was the day's extreme."""
    out = list(claims)
    for index, claim in enumerate(out):
        if claim.level is None or claim.measure not in (Measure.LEVEL, Measure.INTRADAY_EXTREME):
            continue
        later = _other_level(out, index)
        if later is None or later.level is None or later.level == claim.level:
            continue
        above = claim.level > later.level
        if claim.direction is Direction.NONE and REACHED.search(claim.text):
            way = Direction.UP if above != claim.inverse else Direction.DOWN
            out[index] = replace(claim, measure=Measure.INTRADAY_EXTREME, direction=way)
        elif claim.measure is Measure.LEVEL and claim.direction in (Direction.UP, Direction.DOWN):
            pair_up = (claim.direction is Direction.UP) != claim.inverse
            turned = later.direction is Direction.NONE or (
                later.measure is Measure.SESSION_CHANGE
                and later.direction is not claim.direction
                and later.start > claim.end
            )  # "spiked to 50.30 ..., only to close at 29.98, down nearly 20%"
            if turned and pair_up == above and _then(s, claim, later):
                out[index] = replace(claim, measure=Measure.INTRADAY_EXTREME)
        elif claim.size is None and later.measure in _LEVELLED and REACHED.search(claim.text):
            way = Direction.UP if above != claim.inverse else Direction.DOWN
            out[index] = replace(claim, direction=way)  # "0.5% lower at $1,902 after touching
            # $1,974": a level touched above where the move ended was the day's high
    return out


def _then(s: str, claim: Claim, later: Claim) -> bool:
    """Whether the words mark the later level as afterwards ("before ending at", "then"); "was
    last at" beside a threshold crossed ("strengthened past 7.0 ..., and was last at 7.0106")
    states where it stands, not that the crossing was undone."""
    if later.session != claim.session:  # "..., a day after it closed at 38.57": another day
        return False
    if later.start < claim.end:
        return True
    if _WHICH_HAD.search(claim.text):
        return True  # "the yield, which had spiked to 4.51% overnight, was at 4.34%": since then
    return AFTERWARDS.search(s, claim.end, max(later.start + 12, later.end)) is not None


_WHICH_HAD = re.compile(
    r",\s*which\s+(?:had\s+)?(?:earlier\s+|briefly\s+|" + AT_ONE_POINT + r"\s+)?"
    r"(?:[a-z]+ed|hit|sank|fell|rose|slid|shot|spiked|struck)\b",
    re.IGNORECASE,
)


def _other_level(claims: list[Claim], index: int) -> Claim | None:
    """Another level stated for the instrument (or a move at a level on the same day)."""
    claim = claims[index]
    return next(
        (
            c
            for c in claims[index + 1 :] + claims[:index]
            if c.level is not None
            and c.instrument == claim.instrument
            and (
                c.measure is Measure.LEVEL
                or (c.measure in _LEVELLED and c.session == claim.session)
            )
        ),
        None,
    )


_LEVELLED = (Measure.INTRADAY_CHANGE, Measure.SESSION_CHANGE, Measure.OPEN_MOVE)


_CLOSING_RECORD = re.compile(
    r"\b(?:close|closes|closing|closed|finish(?:es)?|settlements?|settled)\b", re.I
)
REACHED = re.compile(r"\b(?:hit|hits|hitting|touched|touching|reached|reaching)\b", re.I)


def reached(claim: Claim) -> Claim | None:
    """A level reached, or a move, that the sentence then says was undone ("fell to a record
    low of 120 per dollar before recovering some ground") was the day's extreme; an unsized
    move undone ("initially rose before falling 0.8%") states nothing to check."""
    level_reached = claim.measure is Measure.LEVEL and claim.direction is not Direction.NONE
    early = claim.measure is Measure.INTRADAY_CHANGE and claim.direction is not Direction.FLAT
    if early and (claim.size is not None or claim.level is not None):
        level_reached = True  # "spiked to 65.73 in early trade before paring the jump"
    if level_reached or (claim.measure is Measure.SESSION_CHANGE and claim.size is not None):
        return replace(claim, measure=Measure.INTRADAY_EXTREME)
    if claim.measure is Measure.SESSION_CHANGE and claim.size is None and claim.level is None:
        return None
    return claim


def peaked(earlier: Claim, pared: Claim) -> Claim:
    """ "Oil jumped 2%, but later pared the gain": the jump was the day's extreme, not its close."""
    same = (earlier.instrument, earlier.direction, earlier.session) == (
        pared.instrument,
        pared.direction,
        pared.session,
    )
    if same and earlier.measure is Measure.SESSION_CHANGE and earlier.size is not None:
        return replace(earlier, measure=Measure.INTRADAY_EXTREME)
    if same and earlier.measure is Measure.LEVEL:  # "spiked to $3,440.76, but pared its gain"
        return replace(earlier, measure=Measure.INTRADAY_EXTREME)
    return earlier


def pared_at_close(earlier: Claim, closing: Claim) -> Claim:
    """ "plunged 8.7% in the first minutes of trade but closed down just 3.15%": a sized state
    earlier in the day that the close undid or shrank was the day's extreme."""
    if (
        earlier.measure is not Measure.INTRADAY_CHANGE
        or closing.measure is not Measure.SESSION_CHANGE
    ):
        return earlier
    key = (earlier.instrument, earlier.session, earlier.inverse, earlier.unit)
    if key != (closing.instrument, closing.session, closing.inverse, closing.unit):
        return earlier
    if earlier.size is None or closing.size is None:
        return earlier
    moves = {earlier.direction, closing.direction} <= {Direction.UP, Direction.DOWN}
    shrank = earlier.direction is closing.direction and earlier.size > closing.size
    if moves and (earlier.direction is not closing.direction or shrank):
        return replace(earlier, measure=Measure.INTRADAY_EXTREME)
    return earlier


def overtaken(earlier: Claim, closing: Claim) -> Claim:
    """ "Brent, which had jumped 2% in early trade, ended 1% lower": a move or level the clause
    says came before the session's close on the same instrument was the day's extreme."""
    same = (earlier.instrument, earlier.session) == (closing.instrument, closing.session)
    if not same or closing.measure not in (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE):
        return earlier
    if _DAY_BEFORE.search(earlier.time_words):  # "which had tumbled 2.9% a day earlier": its day
        return earlier
    stated = closing.size is not None or closing.measure is Measure.INTRADAY_CHANGE
    if stated and not _undone_by(earlier, closing):
        return earlier  # "..., which had been up 0.5%, was up 0.8%" (or "closed up 0.8%")
    moved = earlier.measure in (Measure.INTRADAY_CHANGE, Measure.SESSION_CHANGE)
    sized = (moved and earlier.size is not None) or earlier.measure is Measure.LEVEL
    if sized and earlier.direction in (Direction.UP, Direction.DOWN):
        return replace(earlier, measure=Measure.INTRADAY_EXTREME)
    return earlier


def _undone_by(earlier: Claim, later: Claim) -> bool:
    """ "had been up 4 bp ..., was last 2 bp lower": a later state that reverses or pares it."""
    if later.direction is Direction.FLAT or later.direction is not earlier.direction:
        return True
    return later.unit is earlier.unit and (later.size or 0) < (earlier.size or 0)


_DAY_BEFORE = re.compile(r"\b(?:day|session)\s+(?:earlier|before)\b", re.IGNORECASE)
_HAD = re.compile(r"\bhad\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_CLOSING = re.compile(r"(?:clos|end|finish|settl)", re.IGNORECASE)
_JOINED = re.compile(r"[\s,]*(?:and|while|with|whereas)\s[^,;]*$", re.IGNORECASE)


def by_then(s: str, at: int, start: int, out: list[Claim], made: list[Claim]) -> list[Claim]:
    """ "The DAX was down 2.3% at 1430 GMT, while the CAC 40 had sunk 1.9%": a pluperfect move
    with no time words, joined to a state at the time of writing, is that state too."""
    if not out or out[-1].measure is not Measure.INTRADAY_CHANGE or out[-1].end > start:
        return made
    if not _HAD.search(s, max(0, at - 16), at) or not _JOINED.match(s, out[-1].end, start):
        return made
    if _CLOSING.match(s, at):  # "and the Nifty had closed 0.6% higher": that close
        return made
    earlier = out[-1]
    return [
        replace(c, measure=Measure.INTRADAY_CHANGE)
        if c.measure is Measure.SESSION_CHANGE and c.session == earlier.session and not c.time_words
        else c
        for c in made
    ]


def once(claims: list[Claim]) -> list[Claim]:
    """One claim per fact: "fell to parity ..., touching $1.0000 before recovering" says the
    same extreme twice once the retrace has made the level an extreme."""
    seen: set[tuple[object, ...]] = set()
    out: list[Claim] = []
    for c in claims:
        fact = (c.instrument, c.measure, c.direction, c.size, c.unit, c.hedge, c.level, c.session)
        if (*fact, c.since, c.inverse) not in seen:
            seen.add((*fact, c.since, c.inverse))
            out.append(c)
    return out
