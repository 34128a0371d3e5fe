"""Gapped clauses that share the verb of the claim before them:
"The yen gained 0.4% and the Swiss franc 0.3%", "Stocks in Europe fell 7%, Britain's
FTSE 100 3.2% and Italy's FTSE MIB 12.5%"."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.context import one_of_two
from dashboard.claims.frames import size_value
from dashboard.claims.subjects import Matcher, Mention, Resolved
from dashboard.claims.tail import read_tail
from dashboard.claims.tenor_picks import other_tenor
from dashboard.claims.timewords import Hint, TimeRef
from dashboard.claims.trigger_patterns import MONTH_NAME
from dashboard.domain import Claim, Direction, Hedge, InstrumentKind, Measure, Unit

_JOIN = re.compile(  # also past the first clause's alternative size ("1,123 points, or 2.6%,")
    r"(?:,\s*or\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?\d[\d.]*\s?%)?"
    r"\s*(?:,\s*(?:and\s+)?|(?<![\w-])and\s+)",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")


_AGAINST = re.compile(  # "0.4% lower at 13.60 against the yuan": its way and level first
    r"(?:\s+(?:higher|lower|weaker|stronger|firmer|softer|up|down))?"
    r"(?:\s+(?:at|to)\s+[$€£¥]?\d[\d,]*(?:\.\d+)?)?\s+(?:against|versus|vs\.?)\s+",
    re.IGNORECASE,
)
_PRICED_IN = re.compile(  # "and 1% to 83.90 yen": the same subject against another counter
    r"\s+to\s+[$€£]?\d[\d,.]*\s+(?:per\s+(?:dollar|euro|yen|pound)|(?:swiss\s+)?francs|yen|euros"
    r"|pence(?:\s+per\s+euro)?"  # "and 0.1% to 88.90 pence per euro"
    r"|roubles|rubles|yuan|rupees|won|pesos|reais|marks|zlotys|(?:canadian|australian)\s+dollars"
    r"|(?:swedish|norwegian)\s+(?:crowns|kronor|kroner))\b",  # "and 1.1% to 9.25 Swedish crowns"
    re.I,
)
_FURTHER = re.compile(r"(?:a\s+further|another|an\s+additional|a\s+more)\s+", re.IGNORECASE)
_ON_DAY = re.compile(
    r"\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\b"
    r"|(?:over|during)\s+the\s+weekend\b"  # "lost 8.7% on Tuesday and 10% over the weekend"
    r"|(?:over|in)\s+(?:the\s+)?(?:(?:past|last)\s+)?(?:\w+\s+)?(?:sessions|trading\s+days|days"
    r"|week|month)\b|for\s+the\s+(?:week|month|quarter|year)\b|this\s+(?:week|month|year)\b"
    r"|year[\s-]to[\s-]date\b"  # "losing 2.7% on the day and 6.2% over five sessions"
    r"|so\s+far\s+this\s+(?:week|month|quarter|year)\b|(?:in|during|for)\s+"
    + MONTH_NAME  # "lost 6.6% in September and roughly 4.8% over the third quarter"
    + r"|(?:in|over|during|for)\s+the\s+(?:(?:first|second|third|fourth)\s+)?(?:quarter|half)\b)",
    re.IGNORECASE,
)


def _same_subject(
    s: str, first: Claim, at: int, mentions: list[Mention]
) -> tuple[Mention | None, re.Match[str] | None]:
    """A size with a new counter currency or a new day and no subject of its own ("0.5% against
    the euro", "a further 10% on Wednesday"): the first claim's subject."""
    more = _FURTHER.match(s, at)
    figure = _figure(s, first, more.end() if more else at)
    if figure is None:
        return None, None
    counter, day = _AGAINST.match(s, figure.end()), _ON_DAY.match(s, figure.end())
    level = _level(figure)
    priced = _PRICED_IN.match(s, figure.end()) or (level.counter if level else None)
    subject = next((m for m in mentions if m.text == first.subject and m.end <= at), None)
    if subject is None or not (day or ((counter or priced) and subject.currency)):
        return None, None  # "surged to 90.93 per dollar and 113.65 per euro": a new counter
    return subject, figure


_YIELD = InstrumentKind.BOND_YIELD
_LEVELLED = (Measure.LEVEL, Measure.INTRADAY_EXTREME)
_TO_LEVEL = re.compile(r"(?:(?:to|at)\s+)?" + fig.VALUE + r"(?![\w%-])", re.IGNORECASE)


def _figure(s: str, first: Claim, at: int) -> re.Match[str] | None:
    """The gapped clause's figure: a size after a sized claim, a level after a level claim
    ("The euro fell to $0.9550 and the Australian dollar to 64.50 U.S. cents")."""
    if first.size is not None:
        return fig.FIGURE_RE.match(s, at)
    return _TO_LEVEL.match(s, at)


def _level(figure: re.Match[str]) -> fig.Level | None:
    """The level a gapped level clause states (None for a size)."""
    return fig.level_from(figure) if figure.re is _TO_LEVEL else None


def gapped(
    s: str, first: Claim, end: int, mentions: list[Mention], matcher: Matcher, reference: date
) -> tuple[list[Claim], int]:
    """Claims in the gapped clauses right after ``first`` (which ends at ``end``), and where
    the last of them ends."""
    flat_first = first.direction is Direction.FLAT and first.measure in _STILL
    unsized = first.size is None and (first.level is None or first.measure not in _LEVELLED)
    if unsized and not flat_first:  # "The euro was flat at $1.0890 and the pound steady at"
        return [], end
    out: list[Claim] = []
    position = end
    for _ in range(12):
        join = _JOIN.match(s, _before_comma(s, position))
        here = [m for m in mentions if join and m.start == join.end()]  # the longest name there
        mention = max(here, key=lambda m: m.end) if here else None
        if (
            join is not None and mention is None
        ):  # "0.6% against the dollar and 0.5% against the euro"
            mention, figure = _same_subject(s, first, join.end(), mentions)
            if mention is None or figure is None:
                break
        elif (
            join is None
            or mention is None
            or (mention.anaphor and not _tenor_or_latter(s, first, mention))
        ):
            break
        else:
            space = _SPACE.match(s, mention.end)
            figure = _figure(s, first, space.end()) if space else None
        if figure is None:
            flat = _flat(s, first, mention, join.end(), matcher)
            if flat is None:
                break
            out.append(flat)
            position = flat.end
            continue
        level = _level(figure)
        size = fig.size_from(figure) if level is None else None
        tail = read_tail(s, figure.end(), reference, matcher)
        if (
            size
            and size.unit is not Unit.PERCENT
            and tail.sizes
            and tail.sizes[0].unit is Unit.PERCENT
        ):
            size = tail.sizes[0]  # "and the Dow 617 points, or 2.4%": the percent is preferred
        counter = tail.counter or (size.counter if size else level.counter if level else None)
        counter = counter or (
            tail.level.counter if tail.level else None
        )  # "0.8% to 163.90 per euro"
        if counter is None and level is not None and mention.currency:
            counter = _shared_counter(first, matcher)  # "at 69.35 roubles and the dollar at 62"
        resolved = _resolved(first, mention, counter, matcher, (s, mentions))
        if resolved is None or (level and level.percent and resolved.instrument.kind != _YIELD):
            break  # "and the Nasdaq to 2%" is no level: a percent level is a yield's
        yielded = resolved.instrument.kind == _YIELD  # "and Italy's 10 bp to 3.80%"
        if level is None and tail.level is not None and (yielded or not tail.level.percent):
            level = tail.level  # "and the euro 0.3% lower at $1.0650"
        claim_end = max(figure.end(), tail.claim_end)
        time = next((t for t in tail.times if t.session is not None), None)
        day = time.session if time is not None else first.session
        measure, since = _window(first, time)
        if measure in _IN_DAY and any(t.hint is Hint.CLOSE for t in tail.times):
            measure = Measure.SESSION_CHANGE  # "and small caps 3.7% higher by the close"
        measure = _part_of_day(first, measure, tail.times)  # "and silver 2% in early trade"
        if size and size.hedge is Hedge.EXACT and first.hedge is Hedge.AS_MUCH_AS:
            size = replace(size, hedge=Hedge.AS_MUCH_AS)  # "as much as 11% ... and 7% against"
        if size and size.hedge is Hedge.AS_MUCH_AS and measure in _STILL:
            measure = Measure.INTRADAY_EXTREME  # "and the peso as much as 13% to a record low"
        begin = max(mention.start, join.end())  # "a further 10% on Wednesday" starts at its size
        out.append(
            replace(
                first,
                text=s[begin:claim_end],
                start=begin,
                end=claim_end,
                instrument=resolved.instrument.id,
                subject=resolved.subject,
                size=size_value(size, resolved)[0],  # "and silver 21 cents firmer": 0.21
                unit=size.unit if size else None,
                hedge=size.hedge if size else first.hedge,
                direction=tail.direction if tail.direction is not None else first.direction,
                level=level.value if level else None,
                session=day,
                time_words=_ON.sub("", time.words) if time is not None else first.time_words,
                measure=measure,
                since=since,
                inverse=resolved.inverse,
                default_note=resolved.default_note,
            )
        )
        position = claim_end if tail.extras else tail.end  # its record: a claim of its own
    return out, position


_TAKEN_COMMA = re.compile(r",\s*$")


def _before_comma(s: str, at: int) -> int:
    """ "sank 1,123 points, or 2.6%, the S&P 500 2.9%": a tail that took the comma after its
    figure hands the join back to that comma."""
    comma = _TAKEN_COMMA.search(s, max(0, at - 3), at)
    return comma.start() if comma else at


def _shared_counter(first: Claim, matcher: Matcher) -> str | None:
    """The currency the first claim's pair was quoted against: its quote currency, or its
    base when the subject was the quote ("the rouble weakened to 90 per dollar")."""
    own = next((i for i in matcher.registry.instruments if i.id == first.instrument), None)
    if own is None or own.kind is not InstrumentKind.FX:
        return None
    return own.base_currency if first.inverse else own.quote_currency


def _tenor_of(first: Claim, mention: Mention) -> bool:
    """ "rose 42 bp to 4.24%, and the 30-year 46 bp": a bare tenor after a yield's claim."""
    return first.instrument[-1:] == "Y" and _TENOR.search(mention.text) is not None


# "and the latter 0.5% to $1.1230.": a size, maybe its level, then the sentence ends (or only
# an attribution follows: ", traders said.", ", according to exchange data.")
_LATTER_LAST = re.compile(
    r"the\s+latter\s+"
    + fig.VALUE
    + r"(?:\s+(?:to|at)\s+"
    + fig.VALUE.replace("?P<", "?P<l")
    + r")?(?:\s*,\s*(?:(?:[a-z]+\s+){1,3}said|according\s+to\s+[^,;]+?))?\s*\.?\s*$",
    re.IGNORECASE,
)


def _tenor_or_latter(s: str, first: Claim, mention: Mention) -> bool:
    """A bare tenor after a yield's claim, or "the latter" sized at the sentence's end after a
    sized "the former" ("the former gaining 0.8% to $1.3120 and the latter 0.5% to $1.1230")."""
    return _tenor_of(first, mention) or (
        _latter_of(first, mention)
        and first.size is not None
        and _LATTER_LAST.match(s, mention.start) is not None
    )


def _latter_of(first: Claim, mention: Mention) -> bool:
    """ "the former losing 1.1% ... and the latter 0.8%": the gapped "the latter"."""
    return first.text.lower().startswith("the former ") and mention.text.lower() == "the latter"


def _resolved(
    first: Claim,
    mention: Mention,
    counter: str | None,
    matcher: Matcher,
    said: tuple[str, list[Mention]],
) -> Resolved | None:
    """What the gapped clause's subject stands for: a bare tenor is the first yield's market's,
    "the latter" the second of the two markets named before it."""
    if not mention.anaphor:
        return matcher.resolve(mention, counter)
    if _latter_of(first, mention):
        return one_of_two(1, matcher, said[0], said[1], mention)
    own = next((i for i in matcher.registry.instruments if i.id == first.instrument), None)
    if own is None or own.kind != _YIELD:
        return None
    return other_tenor(mention, matcher, Resolved(own, False, first.subject))


_TENOR = re.compile(r"\b(?:\d{1,2}|two|five|ten|thirty)-year\b", re.IGNORECASE)
_ON = re.compile(r"^on\s+", re.IGNORECASE)
_FLAT = re.compile(
    r"\s+(?:(?:little|barely|virtually|largely)\s+changed|unchanged|flat|steady)\b"
    r"(?=\s*[,.;]|\s*$|\s+(?:on|in|at|after|as|while|and|but)\b)",
    re.IGNORECASE,
)
_AT_LEVEL = re.compile(r"\s+at\s+" + fig.VALUE + r"(?![\w%-])", re.IGNORECASE)
_STILL = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE)
_IN_DAY = (Measure.INTRADAY_CHANGE, Measure.INTRADAY_EXTREME)


def _flat(s: str, first: Claim, mention: Mention, at: int, matcher: Matcher) -> Claim | None:
    """ "with the DAX up 0.5% and the FTSE 100 little changed": a gapped clause that states no
    move shares the first clause's measure, flat."""
    found = _FLAT.match(s, mention.end)
    if found is None or first.measure not in _STILL:
        return None
    priced = _AT_LEVEL.match(s, found.end())
    level = fig.level_from(priced) if priced else None  # "and the pound steady at $1.2780"
    resolved = matcher.resolve(mention, level.counter if level else None)
    if resolved is None:
        return None
    begin, stop = max(mention.start, at), priced.end() if priced else found.end()
    return replace(
        first,
        text=s[begin:stop],
        start=begin,
        end=stop,
        instrument=resolved.instrument.id,
        subject=resolved.subject,
        size=None,
        unit=None,
        hedge=Hedge.EXACT,
        direction=Direction.FLAT,
        level=level.value if level else None,
        inverse=resolved.inverse,
        default_note=resolved.default_note,
    )


_CLOSED = re.compile(
    r"\b(?:closed|ended|finished|settled|closing|ending|finishing|settling)\b", re.I
)


def _part_of_day(first: Claim, measure: Measure, times: list[TimeRef]) -> Measure:
    """A gapped clause's own part of the day ("and silver 2% in early trade", "and the S&P 500
    1.2% at the open") makes a move of the day a move within it, unless the verb closed."""
    if measure is not Measure.SESSION_CHANGE or _CLOSED.search(first.text):
        return measure
    hints = {t.hint for t in times}
    if Hint.OPEN in hints:
        return Measure.OPEN_MOVE
    return Measure.INTRADAY_CHANGE if Hint.INTRADAY in hints else measure


def _window(first: Claim, time: TimeRef | None) -> tuple[Measure, date | None]:
    """A gapped clause's own window ("and 10% over the weekend") makes it a move over that
    window; its own day, after a window, a move over that day."""
    if time is not None and time.since is not None and time.hint is Hint.PERIOD:
        return Measure.PERIOD_CHANGE, time.since
    if time is not None and first.measure is Measure.PERIOD_CHANGE:
        return Measure.SESSION_CHANGE, None
    return first.measure, first.since


def last_day(more: list[Claim], session: date, explicit: bool) -> tuple[date, bool]:
    """The day the sentence reads on with after gapped clauses: the last one's own day when it
    names one ("slipped 0.3% on Monday and another 0.5% on Tuesday, its lowest ...")."""
    if more and more[-1].time_words and more[-1].session not in (None, session):
        return more[-1].session, True
    return session, explicit
