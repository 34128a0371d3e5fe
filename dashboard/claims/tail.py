"""What follows a movement word: direction words, sizes, levels, counter currency, time words,
records and biggest-move phrases (read in ``tail_records``), up to the end of the clause; what
follows a comma is read in ``tail_comma``, into a ``tail_state.Tail``.

The tail stops at anything it does not know (a comma starting another clause, "after",
"as", "while", a new subject), so a claim never reaches into the next clause.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims import tail_records as records
from dashboard.claims import tail_words as words
from dashboard.claims.episodes import history_end
from dashboard.claims.figures import Level, Size
from dashboard.claims.lexicon import FLAT_RE
from dashboard.claims.record_lists import listed_end
from dashboard.claims.subjects import Matcher
from dashboard.claims.tail_close import DIRWORD as _DIRWORD
from dashboard.claims.tail_close import to_close
from dashboard.claims.tail_comma import RESPECTIVELY_RE, after_comma, bare_points, paired_levels
from dashboard.claims.tail_counters import COUNTER, counters, paraphrased
from dashboard.claims.tail_hints import hints
from dashboard.claims.tail_moves import noun_sized
from dashboard.claims.tail_records import Extra
from dashboard.claims.tail_respectively import respectively
from dashboard.claims.tail_state import Tail
from dashboard.claims.tail_with import window_move
from dashboard.claims.tail_words import ADVERB, FILLER, NO_PIECE, PLACE, US_CENTS, owns_noun
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import TIME_RE, Hint, TimeRef
from dashboard.claims.yield_comparisons import RELATION
from dashboard.domain import Direction, Hedge, Unit

_SPACE = re.compile(r"\s*")
_TERRITORY = re.compile(
    r"(?:(?:into|in|to)\s+(?:(?:its|their)\s+(?=limit))?)?(?:the\s+(?P<side>red|black)\b"
    r"|(?P<sign>positive|negative|limit[\s-](?:down|up)\b(?:\s+level\b)?(?![^,;.]{0,12}\bat\s))"
    r"(?:\s+territory\b|(?=\s*[,.;:]|\s*$|\s+(?:in|on|at|by|for|after|as|before|while|and|but"
    r"|with|shortly|early|late|again|briefly)\b)))",
    re.IGNORECASE,
)  # a sign crossed: the red and negative territory are below the previous close
_STREAK = re.compile(
    r"(?:for\s+|into\s+)?(?:a|an|the)\s+(?:[a-z]+(?:th|nd|rd|st)|second|third)\s+(?:straight\s+|consecutive\s+"
    r"|successive\s+)?(?:session|day|week|month)s?(?:\s+in\s+a\s+row)?"
    r"|for\s+\w+\s+of\s+the\s+(?:past|last|previous)\s+\w+\s+(?:sessions|days|weeks|months)"
    r"|(?:for|in)\s+\w+\s+(?:straight|consecutive|successive)\s+(?:sessions|days|weeks|months)\b"
    r"|in\s+a\s+row\b"  # "its third record close in a row"
    r"|for\s+the\s+first\s+time\s+in\s+(?:[\w-]+\s+){1,2}?(?:trading\s+)?(?:sessions|days)\b",
    re.IGNORECASE,
)  # "for a sixth day" (the day's own move stands); "for 10 of the past 12 sessions" and
# "for four straight sessions" span several sessions: no move of the day
_TO_STREAK = re.compile(
    r"to\s+\w+\s+(?:straight\s+|consecutive\s+)?(?:sessions|days|weeks|months)\b(?![\w-])",
    re.IGNORECASE,
)
_THAT_LEVEL = re.compile(
    r"(?:past|through|beyond|below|above|under|to|back\s+to|at)\s+(?:that|this|the\s+same)\s+"
    r"(?:level|mark|threshold|line|figure)\b",
    re.IGNORECASE,
)
_PAPER_PRICE = re.compile(  # "rose 20/32 in price": a note's price, which moves against its yield
    r"(?:(?:"
    + fig.HEDGE
    + r")\s+)?(?:\d+[\s-])?\d{1,2}/32(?:nds?)?\b(?:\s+in\s+price)?|in\s+price\b",
    re.IGNORECASE,
)
_AGAINST_IT = re.compile(r"(?:against|versus)\s+(?:it|them)\b", re.IGNORECASE)
_SIDES = dict.fromkeys(("below", "under", "beneath"), Direction.DOWN) | {"above": Direction.UP}
_TO_STATE = re.compile(r"to\s+(?:settle|close|end|finish|trade|stand)\b", re.IGNORECASE)
_HIGH_OF = re.compile(  # "climbed to an intraday high of 2,896.43": the day's extreme
    r"(?P<to>(?:to|at)\s+)?(?:a|an|its|the)\s+(?:session\s+|intraday\s+|day['’]s\s+)?"
    r"(?P<hl>high|low|peak|trough)\s+of\s+" + fig.VALUE,
    re.IGNORECASE,
)
_AS_FAR_AS = re.compile(
    r"(?:to\s+as\s+much(?=\s+as\s+(?![\d.,]+\s?(?:%|per\s?cent|pct|basis|bps?\b|points?|pts|cents?)))"
    r"|(?:to\s+)?as\s+(?:low|high|weak|strong|soft|firm|far|little))\s+as\s+(?P<rec>a\s+record\s+)?"
    + fig.VALUE,  # "climbed to as much as $9,912": the peak it reached, not a size
    re.IGNORECASE,
)  # "fell to as low as $1,900": the day's extreme
_BARE_LEVEL = re.compile(
    r"(?=[$€£]?\d[\d,.]*\s+(?:per|a|an|to\s+the)\s+(?:u\.s\.\s+)?(?:dollar|euro|barrel|ounce|tonne"
    r"|bushel)\b)" + fig.VALUE,
    re.IGNORECASE,
)
_BARE_OR_PERCENT = re.compile(  # a bare number, then its size in percent as the alternative
    r"\s*(?P<num>" + fig.NUM + r")(?=,?\s+or\s+(?:about\s+|nearly\s+|almost\s+)?\d[\d.]*\s?%)"
)
_SIGNED_LEVEL = re.compile(r"(?=(?:minus|negative)\s+[$€£]?\d)" + fig.VALUE, re.IGNORECASE)
# "touching minus 0.003%": a figure below zero is a level (a size is never signed)
_PAIRED = re.compile(
    rf"(?P<a>{fig.NUM}(?:\s*,\s*{fig.NUM})*)\s*,?\s+and\s+"
    rf"(?P<b>{fig.NUM}\s?(?:%|percent|per\s+cent|pct|basis\s+points|bps?"
    r"|points)(?!\w))(?:\s*,?\s*respectively\b)?",
    re.IGNORECASE,
)  # "19 and 14 basis points, respectively", "19, 17 and 6 basis points": in order, the unit
# named once, also without "respectively"
_LISTED = re.compile(fig.NUM)
_LIMIT = r"(?:(?:daily|exchange|maximum|trading|price)\s+)*limit"
_LIMIT_SIZE = re.compile(
    r"(?:by\s+)?(?:the|its|their)\s+(?P<fig>\d{1,2}(?:\.\d+)?\s?(?:%|percent|per\s+cent|pct))\s+"
    + _LIMIT
    + r"\b"
    # "jumped by its 70-cent daily limit", "settled up their 50-cent daily limit", "by the daily
    # limit of 50 cents": a move by the limit (with no "by", only after the way it went or
    # owned by the subject after a motion verb: "rose its daily exchange limit of 45 cents";
    # "hit their daily limit" names no way)
    r"|(?:(?:by\s+|(?<=\bup\s)|(?<=\bdown\s))(?:the|its|their|a)"
    r"|(?<!\bhit\s)(?<!hits\s)(?<!hitting\s)(?<!touched\s)(?<!touching\s)(?<!reached\s)"
    r"(?<!reaching\s)(?:its|their))\s+(?:exchange['’]s\s+|exchange[\s-](?:imposed|set)\s+)?"
    r"(?:(?P<cents>\d{1,3})[\s-]cents?\s+" + _LIMIT + r"\b"
    r"|"
    + _LIMIT
    + r"\s+of\s+(?P<fig2>\d{1,2}(?:\.\d+)?\s?(?:%|percent|per\s+cent|pct)|\d{1,3}\s+cents?)\b)",
    re.IGNORECASE,
)
_TO_LIMIT = re.compile(r"to\s+(?:the|its|their)\s+" + _LIMIT + r"(?:[\s-](?:up|down))?\b", re.I)
_TO_CLOSE_AT_RECORD = re.compile(r"to\s+(?:settle|close|end|finish)(?=\s+at\s)", re.IGNORECASE)
_TO_HEDGED = re.compile(
    r"to\s+(?=(?:less|more|about|around|nearly|almost|just|under|over|roughly)\s"
    r"|\d{1,3}(?:\.\d+)?\s?(?:basis[\s-]points?|bps?)\b)",  # "pared the rise to 8 bp": a size
    re.I,
)


def read_tail(
    sentence: str, start: int, reference: date, matcher: Matcher, own_verb: bool = True
) -> Tail:
    """Read the tail of a claim from ``start`` (just after its movement words)."""
    tail = Tail(end=start, claim_end=start, own_verb=own_verb)
    position = start
    for _ in range(40):  # a tail has a handful of pieces; the bound keeps odd input linear
        after_space = _SPACE.match(sentence, position)
        here = after_space.end() if after_space else position
        step = _piece(sentence, here, reference, matcher, tail)
        if step is None:
            step = after_comma(sentence, here, reference, matcher, tail)
        if step is None:
            break
        position = step
        tail.end = step
    return tail


# "edged up to 4.08%": after a verb that needs a particle for its way, "up to" is that particle
# and a level, not the hedge "up to" (as much as)
_PARTICLE_VERB = re.compile(
    r"(?:edg|tick|inch|nudg|mov|push|march)(?:ed|ing|es|s)\s+$|(?:crept|creep(?:s|ing))\s+$"
    r"|(?:shot|shoots|shooting|went|goes|going)\s+$",  # "shot up to 0.46%": a level
    re.IGNORECASE,
)
_PARTICLE_TO = re.compile(r"(?P<d>up|down)(?=\s+to\s)", re.IGNORECASE)


_THEN_LEVEL = re.compile(r"\s+(?:to|at)\s+(?:about\s+|around\s+)?[$€£¥\d]", re.IGNORECASE)


def _crossed(m: re.Match[str], size: fig.Size, tail: Tail) -> bool:
    """ "slid under $1,000", "jumped over $2,000": a sum of money read with "under" or "over"
    right after the verb is the threshold crossed, not a hedged size of the move."""
    hedge = (m.group("hedge") or "").lower()
    return hedge in ("under", "over") and size.is_money and not tail.sizes and tail.level is None


def _piece(s: str, at: int, ref: date, matcher: Matcher, tail: Tail) -> int | None:
    """Read one piece at ``at``; return where it ends, or None when nothing matches."""
    hint = hints(s)  # the patterns a sentence without their words cannot match are skipped
    if hint.respectively and (m := RESPECTIVELY_RE.match(s, at)):
        tail.claim_end = m.end()
        return m.end()
    if s[at : at + 1] in NO_PIECE:  # no other piece starts at a comma, a stop or the end
        return None
    if hint.streak and (
        m := _TO_STREAK.match(s, at)
    ):  # "extending its losing streak to 10 sessions"
        tail.claim_end = m.end()
        return m.end()
    if not tail.sizes and (m := words.FIRST_SESSION.match(s, at)):  # "finished its first session in
        return m.end()  # almost a month up 4.4%": which session it was, read after the figure
    if m := words.TOWARD.match(s, at):  # "strengthening towards 103 per dollar": no level reached
        tail.claim_end = m.end()
        return m.end()
    if (
        (m := words.forecast_tail(s, at, ref))
        or (hint.relation and (m := RELATION.match(s, at)))
        or (hint.paper and (m := _PAPER_PRICE.match(s, at)))
    ):
        tail.forecast = True  # dropped like a forecast: no claim on one instrument's price
        return m.end()
    if (history := history_end(s, at, bool(tail.sizes), bool(tail.times))) is not None:
        tail.counted = history[1]  # "in five of the past six weeks": its subject carries on
        tail.forecast = not tail.counted  # "spiked 100 bp during the pension-fund crisis"
        return history[0]
    if hint.paired and (m := _PAIRED.match(s, at)):  # "19 and 14 basis points, respectively"
        unit = fig.FIGURE_RE.match(s, m.start("b"))
        if unit is not None:
            second = fig.size_from(unit)
            firsts = _LISTED.findall(m.group("a"))
            tail.sizes += [replace(second, value=fig.number(a)) for a in firsts] + [second]
            tail.claim_end = m.end()
            return m.end()
    if not tail.own_verb and _TO_STATE.match(s, at):
        return None  # "pared an earlier jump of 11 bp to stand 6 bp higher": a new state
    if not tail.own_verb and not tail.times and (m := words.NOUN_OWN_VERB.match(s, at)):
        return m.end()  # "the 7.9% plunge it suffered last Friday": the time words are its day
    if (end := to_close(s, at, tail)) is not None:
        return end
    if (m := _TO_CLOSE_AT_RECORD.match(s, at)) and _record_at(s, m.end()):
        tail.times.append(TimeRef(m.group(0), hint=Hint.CLOSE))  # "to end at a record high of"
        tail.claim_end = m.end()
        return m.end()
    if (m := _PARTICLE_TO.match(s, at)) and _PARTICLE_VERB.search(s, max(0, at - 10), at):
        tail.direction = Direction.UP if m.group("d").lower() == "up" else Direction.DOWN
        tail.claim_end = m.end()
        return m.end()
    if (end := noun_sized(s, at, tail)) is not None:  # "sank a record 9.7%", "to a 2% loss"
        return end
    if m := fig.FIGURE_RE.match(s, at):
        size = fig.size_from(m)
        crossed = _crossed(m, size, tail) and not _THEN_LEVEL.match(s, m.end())
        if crossed:  # "ether slid under $1,000": a threshold, not a size
            tail.level = Level(size.value, counter=size.counter)
        else:
            tail.sizes.append(size)
        tail.claim_end = m.end()
        return respectively(s, m.end(), tail)
    bare = None if tail.sizes or tail.level is not None else fig.BARE_POINTS_RE.match(s, at)
    bare = bare or (_BARE_OR_PERCENT.match(s, at) if not tail.sizes else None)
    if bare is not None:  # "ended down 347.80, or 3.2%": the bare number is in points
        tail.sizes.append(Size(fig.number(bare.group("num")), Unit.POINTS, Hedge.EXACT))
        tail.claim_end = bare.end()
        return bare.end()
    if hint.record and fig.RECORD_OF_RE.match(
        s, at
    ):  # "Thursday's record of $3,007.50": a claim of its own
        return None
    if hint.bare and (m := fig.RECORD_BARE_RE.match(s, at)):
        tail.level = tail.level or fig.level_from(m)
        tail.extras.append(Extra(True, m.start(), m.end(), None, None, tail.level.value, True))
        tail.claim_end = listed_end(s, m.group(0), m.end())
        return tail.claim_end
    if hint.record and (m := fig.RECORD_PLAIN_RE.match(s, at)):
        tail.extras.append(Extra(True, m.start(), m.end(), None, None, None, True))
        tail.claim_end = m.end()
        return m.end()
    if hint.extreme and (m := fig.RECORD_RE.match(s, at)):
        if tail.counter is None:  # "rose to its strongest level against the euro since 2015"
            tail.counter = records.inner_counter(s, matcher, m.start(), m.end())
        return records.record(s, m, ref, tail, attached=True)
    if (
        s.startswith(("to ", "To "), at)
        and hint.biggest
        and (end := records.reached_biggest(s, at, ref, matcher, tail))
    ):
        return end
    m = fig.BIGGEST_RE.match(s, at) if hint.biggest else None
    m = m or (fig.IN_RECORD_MOVE_RE.match(s, at) if hint.record else None)
    if m and m.group(0).lower().startswith(("in", "for")):
        return records.biggest(s, m, ref, matcher, tail, at)
    if m and m.group("most") and m.group("anchor") and not tail.sizes and tail.own_verb:
        tail.reached = tail.level is None  # "jumped the most since 1992": the ranked move alone
        return records.biggest(s, m, ref, matcher, tail, at)
    if (
        not tail.own_verb and hint.biggest and (m := fig.COPULA_BIGGEST_RE.match(s, at))
    ):  # "... was its biggest"
        return records.biggest(s, m, ref, matcher, tail, at)
    if (m := TIME_RE.match(s, at)) and not owns_noun(s, m):  # not "last week's drop"
        if m.lastgroup == "since_clause" and (end := records.since_dated(s, m, ref, tail)):
            return end
        tail.times.append(resolve(m, ref))
        if m.lastgroup == "period":  # "since their Aug. 26 record close"
            records.dated_record(s, m, tail.times[-1], tail)
        owned = fig.RECORD_OF_RE.search(s, at, m.end() + 40) if hint.record else None
        if owned is not None and owned.start() < m.end():  # "since last Thursday's record"
            tail.claim_end = len(s[: owned.start()].rstrip())
            return owned.start()
        tail.claim_end = m.end()
        return m.end()
    if (m := _TO_HEDGED.match(s, at)) and (f := fig.FIGURE_RE.match(s, m.end())):
        size = fig.size_from(f)
        if size.is_money or size.counter:  # "doubled to more than $100,000", "to about 0.85
            tail.level = Level(size.value, counter=size.counter)  # francs": a level, not a size
        elif tail.sizes and size.unit is Unit.PERCENT and tail.level is None:
            tail.level = Level(size.value, percent=True)  # "tumbled 100 bp to around 4%"
        else:
            tail.sizes.append(size)
        if size.unit is Unit.PERCENT and tail.level is None:  # a yield's "to about 3.97%"
            tail.level, tail.to_percent = Level(size.value, percent=True), True
        tail.claim_end = f.end()
        return f.end()
    if m := _AS_FAR_AS.match(s, at):
        tail.level = fig.level_from(m)
        way = m.group(0).lower().removeprefix("to").split()[1]
        if way not in ("far", "much"):  # "climbed as far as 4.366%": the verb gives the way
            high = way in ("high", "strong")
            tail.direction = tail.direction or (Direction.UP if high else Direction.DOWN)
        tail.times.append(TimeRef("", hint=Hint.EXTREME))
        tail.claim_end = m.end()
        if m.group("rec"):  # "shot as high as a record 100.74 roubles"
            tail.extras.append(records.Extra(True, m.start("rec"), m.end(), tail.direction, None))
        return m.end()
    if m := _HIGH_OF.match(s, at):
        tail.level = fig.level_from(m)
        tail.direction = (
            Direction.UP if m.group("hl").lower() in ("high", "peak") else Direction.DOWN
        )
        if m.group("to") and not tail.sizes:  # reached, not a move that ended there
            tail.times.append(TimeRef("", hint=Hint.EXTREME))
        tail.claim_end = m.end()
        return m.end()
    if m := fig.PARITY_RE.match(s, at):
        tail.level = Level(1.0, counter=_parity_counter(m))
        tail.side = _SIDES.get(m.group(0).split()[0].lower(), tail.side)  # "crept above parity"
        tail.claim_end = m.end()
        return m.end()
    if m := fig.ZERO_RE.match(s, at):
        tail.level = Level(0.0)
        tail.side = _SIDES.get(m.group("side").lower(), tail.side)
        tail.claim_end = m.end()
        return m.end()
    if m := _THAT_LEVEL.match(s, at):
        tail.that_level = True
        tail.claim_end = m.end()
        return m.end()
    if m := fig.MARK_RE.match(s, at):
        ccy = (m.group("perccy") or "").lower()
        counter = {"dollar": "USD", "euro": "EUR"}.get(ccy)
        tail.level = Level(fig.number(m.group("num")), bool(m.group("pct")), counter)
        tail.claim_end = m.end()
        return m.end()
    if m := fig.LEVEL_RE.match(s, at):
        level, earlier = fig.level_from(m), tail.level
        if earlier and earlier.percent and not level.percent and not tail.sizes:
            tail.sizes.append(Size(earlier.value, Unit.PERCENT, Hedge.EXACT))  # "to 1.1% at 62.90"
        tail.level = level
        tail.side = _SIDES.get(m.group("prep").lower(), tail.side)
        end = cents.end() if (cents := US_CENTS.match(s, m.end())) else m.end()  # "57 U.S. cents"
        tail.claim_end = end
        return paired_levels(s, end, tail)
    if (m := _BARE_LEVEL.match(s, at)) or (m := _SIGNED_LEVEL.match(s, at)):
        tail.level = fig.level_from(m)
        tail.claim_end = m.end()
        return m.end()
    if m := FLAT_RE.match(s, at):
        tail.direction = Direction.FLAT
        tail.claim_end = m.end()
        return m.end()
    if m := _TERRITORY.match(s, at):  # "dipped into the red", "turned positive"
        said = (m.group("side") or m.group("sign")).lower()
        down = said in ("red", "negative") or (said.startswith("limit") and "down" in said)
        tail.direction = Direction.DOWN if down else Direction.UP
        tail.claim_end = m.end()
        return m.end()
    if m := _DIRWORD.match(s, at):
        word = m.group("d").lower()
        tail.direction = (
            Direction.UP if word in ("higher", "up", "stronger", "firmer") else Direction.DOWN
        )
        tail.claim_end = m.end()
        return bare_points(s, m.end(), tail) or m.end()  # "ended up 21.5"
    if (end := paraphrased(s, at, tail)) is not None:  # "against its Japanese counterpart"
        return end
    if (m := COUNTER.match(s, at)) and (found := matcher.currency_at(s, m.end())):
        tail.counter = found[0]
        tail.claim_end = found[1]
        return counters(s, found[1], matcher, tail, bool(m.group("both") or m.group("each")))
    if m := _AGAINST_IT.match(s, at):  # "weakened 1.3% against it": the currency named before
        tail.counter_it = True
        tail.claim_end = m.end()
        return m.end()
    if m := fig.FIRST_TIME_RE.match(s, at):
        return records.first_time(m, ref, tail)
    if m := fig.LAST_SEEN_RE.match(s, at):
        return records.first_time(m, ref, tail)
    if (m := _LIMIT_SIZE.match(s, at)) and (f := _limit_figure(m)):
        tail.sizes.append(fig.size_from(f))  # "fell by the 5% daily limit": the limit's size
        tail.claim_end = m.end()
        return m.end()
    if m := _TO_LIMIT.match(s, at):  # "sank 5% to their daily limit": no level, the move stands
        tail.claim_end = m.end()
        return m.end()
    if (end := window_move(s, at, tail)) is not None:  # "ended the year with a 20% gain"
        return end
    if m := _STREAK.match(s, at):
        said = m.group(0).lower()
        tail.streak = said.startswith(("for", "in ")) and (" of the " in said or said[-1] == "s")
        tail.streak = tail.streak and not said.startswith("for the first")  # a streak's end
        unit = re.search(r"\b(week|month)\b", said)
        unsized = not tail.sizes and not tail.times
        if (
            unit
            and unsized
            and not tail.streak
            and (this := TIME_RE.match(f"this {unit.group(1)}"))
        ):
            tail.times.append(resolve(this, ref))  # "rose for a second week": the week's move
        tail.claim_end = m.end()
        return m.end()
    if (m := ADVERB.match(s, at)) or (m := FILLER.match(s, at)) or (m := PLACE.match(s, at)):
        tail.claim_end = m.end()
        return m.end()
    return None


def _limit_figure(m: re.Match[str]) -> re.Match[str] | None:
    """The size a daily-limit phrase names ("its 70-cent daily limit" is 70 cents)."""
    cents = m.group("cents")
    return fig.FIGURE_RE.match(f"{cents} cents" if cents else m.group("fig") or m.group("fig2"))


def _record_at(s: str, at: int) -> bool:
    """A record phrase starts at ``at`` (after its space): "at a record closing high of"."""
    here = _SPACE.match(s, at).end()  # type: ignore[union-attr]
    return any(p.match(s, here) for p in (fig.RECORD_BARE_RE, fig.RECORD_RE, fig.RECORD_PLAIN_RE))


def _parity_counter(m: re.Match[str]) -> str:
    """The currency a parity is against: "parity with the euro", "below one Swiss franc"."""
    named = (m.group("one") or m.group("ccy") or "dollar").lower()
    return "CHF" if named.endswith("franc") else "EUR" if named == "euro" else "USD"
