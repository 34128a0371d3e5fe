"""What a tail reads after a comma: an alternative size, an apposed size or level, time words."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims import tail_records as records
from dashboard.claims.lexicon import FLAT_RE
from dashboard.claims.subjects import Matcher
from dashboard.claims.tail_state import Tail
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import TIME_RE
from dashboard.domain import Direction, Hedge, Unit

# ", or 12.9%" and "(12.4%)" after a size in the instrument's own unit
_OR_FIGURE = re.compile(
    r",?\s*or\s+|\((?=[$€£]?\d[\d.,]*\s*(?:%|points?|pts|bps?|basis\s+points|cents?)?\))",
    re.IGNORECASE,
)
_SHUT = re.compile(r"\)")
RESPECTIVELY_RE = re.compile(r",?\s*respectively\b", re.IGNORECASE)
_COMMA = re.compile(
    r",\s*(?:(?:by\s+far|easily)\s+(?=(?:its|their|the)\s))?"
)  # ", by far its worst"
# "its lowest close in three years and the biggest daily drop since 2001": a second mark
_AND_MARK = re.compile(
    r"and\s+(?=(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:since|in|on|ever)\b)", re.I
)


def _mark_and(s: str, at: int, tail: Tail) -> re.Match[str] | None:
    """ "and" right after a record or biggest move the tail has just read, before another."""
    last = tail.extras[-1] if tail.extras else None
    if last is None or last.end != at - 1:
        return None
    # "its firmest since early 2015 and 0.6% stronger than where it ended on Wednesday"
    return _AND_MARK.match(s, at) or _AND_FROM_CLOSE.match(s, at)


_ASIDE_BEFORE_COPULA = re.compile(  # a move noun's aside before the verb that ranks it
    r"(?:which|that|as|after|when|amid|following)\b[^,;]{1,100}?,\s*"
    r"(?=(?:was|is|were|are|marked|proved)\s+(?:its|their|the)\s)",
    re.IGNORECASE,
)
_WHICH_WAS = re.compile(
    r"which\s+(?:was|were|is|had\s+been|has\s+been|marked|represented)\s+", re.IGNORECASE
)
_AGAINST = re.compile(r"(?:against|versus|vs\.?)\s+", re.IGNORECASE)
_TO_LEVEL = re.compile(r"(?=to\s)" + fig.LEVEL_RE.pattern, re.IGNORECASE)
_TIME_ROOM = 25  # "on Monday morning": the time words between a record phrase and its comma
_AT_LEVEL = re.compile(r"(?=at\s)" + fig.LEVEL_RE.pattern, re.IGNORECASE)
_ELLIPTICAL_BIGGEST = re.compile(
    r"(?:its|their)\s+(?:steepest|biggest|largest|sharpest|heaviest|deepest|greatest)\s+"
    r"(?:since|in)\s+[^,;]{1,40}?(?=\s*[,;]|\s*$|\.\s|\.$)",
    re.IGNORECASE,
)
_AND_LEVEL = re.compile(r",?\s+and\s+" + fig.VALUE, re.IGNORECASE)
_COMMA_LEVEL = re.compile(r",\s*" + fig.VALUE, re.IGNORECASE)
_APPOSED = re.compile(  # "ended at 68.2 per dollar, still (some) 6.5% weaker on the day"
    r"(?:still\s+|just\s+|only\s+)?(?=(?:(?:"
    + fig.HEDGE
    + r")\s+)?[$€£]?\d)(?P<fig>[^,;]{1,30}?)\s+"
    r"(?P<d>higher|lower|stronger|weaker|firmer|softer|up|down)"
    r"(?:\s+on\s+the\s+(?:day|session)|\s+from\s+[^,;]{1,30}"  # "0.2% softer than the
    r"|\s+than\s+(?:the|its|their)\s+(?:previous|prior)\s+(?:[\w-]+\s+)?close)?"  # previous close"
    r"(?=\s*[,.;]|\s*$|\s+and\s+(?:its|their|close|near|just|within)\s)",  # "..., and its lowest
    re.IGNORECASE,
)


# "its late-Tuesday level", "late New York levels": where the last session left it
_LATE_LEVEL = (
    r"(?:(?:its|their|the)\s+)?(?:late[\s-]+)?(?:(?:mon|tues|wednes|thurs|fri)day|overnight"
    r"|new\s+york|london|tokyo|u\.s\.)\s+(?:levels?|close|finish|settlement)"
)
_APPOSED_FLAT = re.compile(  # "..., little changed from its previous close"
    r"(?:" + FLAT_RE.pattern + r")(?:\s+on\s+the\s+(?:day|session)|\s+(?:from|compared\s+with)\s+"
    r"(?:(?:its|their|the)"
    r"\s+)?(?:previous|prior|last|[a-z]+day['’]s)\s+(?:close|finish|settlement|session|levels?)"
    r"(?:\s+of\s+[$€£]?\d[\d,.]*\d)?"  # "barely changed from its previous close of 83.30"
    r"|\s+from\s+(?:(?:late\s+)?(?:mon|tues|wednes|thurs|fri)day|yesterday|" + _LATE_LEVEL + r")"
    r"|\s+from\s+[$€£]?\d[\d,.]*(?:\s+(?:late\s+)?(?:on\s+[a-z]+day|in\s+(?:new\s+york|london"
    r"|tokyo)|yesterday))+)?"  # "little changed from 108.49 late in New York"
    r"(?=\s*[,.;]|\s*$"
    r"|\s+(?:after|as|amid|following|despite|ahead\s+of|but)\s)",  # "..., little changed after data"
    re.IGNORECASE,
)


_APPOSED_WAY = re.compile(  # an unsized way: "..., a touch weaker on the day"
    r"(?:a\s+(?:touch|tad|shade|bit|little|fraction)|slightly|marginally|fractionally|modestly)"
    r"\s+(?P<d>higher|lower|stronger|weaker|firmer|softer)(?:\s+on\s+the\s+(?:day|session))?"
    r"(?=\s*[,.;]|\s*$|\s+(?:after|as|amid|following|despite|ahead\s+of)\s)",
    re.IGNORECASE,
)


# "closed at 82.90 per dollar, weaker by 9 paise from Friday's close": the comparative first
_APPOSED_BY = re.compile(
    r"(?:still\s+|just\s+|only\s+)?(?P<d>higher|lower|stronger|weaker|firmer|softer|up|down)"
    r"\s+by\s+(?=[$€£]?\d)(?P<fig>[^,;]{1,30}?)"
    r"(?:\s+on\s+the\s+(?:day|session)|\s+from\s+[^,;]{1,30}?)?(?=\s*(?:[,;]|\.(?!\d))|\s*$)",
    re.IGNORECASE,
)


# "ended at 83.34 per dollar, down from 83.28 on Thursday": the way from an earlier price
_DOWN_FROM = re.compile(  # "ended at 83.34, down from 83.28", "up from 4.331% late on Tuesday"
    r"(?P<d>up|down|higher|lower|stronger|weaker|firmer|softer)\s+from\s+(?=[^,;]{0,60}?\d)"
    r"(?!(?:[^,;]|,(?=\d))*\b(?:it|they)\s+(?:had\s+)?[a-z]+ed\b)"  # not "the 151.95 it hit"
    r"(?:[^,;]|,(?=\d)){1,60}?(?=\s*(?:,(?!\d)|;|\.(?!\d))|\s*$)",  # "$7,985": one figure
    re.IGNORECASE,
)
_UP_WORDS = ("up", "higher", "stronger", "firmer")


# "Thursday's close", "the previous settlement", "where it had finished in New York on Friday"
_CLOSE_REF = (
    r"(?:(?:the\s+|its\s+|their\s+)?(?:previous|prior)\s+(?:day['’]s\s+|session['’]s\s+)?(?:[\w-]+\s+)?"
    r"|(?:(?:mon|tues|wednes|thurs|fri)day|yesterday)['’]s\s+(?:[\w-]+\s+)?)"
    r"(?:close|settlement|settle|finish|closing\s+level|level)"
    r"|late\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri)day(?:\s+in\s+(?:new\s+york|london|tokyo))?"
    r"|where\s+(?:it|they)\s+(?:had\s+)?(?:finished|ended|closed|settled)\b[^,;]{0,40}?"
    r"|where\s+(?:it|they)\s+(?:stood|was|were|traded)\s+late\s+(?:on\s+)?[a-z]+day\b"
    r"|a\s+day\s+(?:earlier|before)|the\s+day\s+before|yesterday"  # "2.9% stronger than a day
    r"|the\s+(?:previous|prior)\s+(?:day|session)"  # earlier": the day's move, from the last close
    r"|" + _LATE_LEVEL + r"|(?:its|their)\s+(?:level|close|finish)\s+late\s+on\s+[a-z]+day\b"
    r"|on\s+(?:mon|tues|wednes|thurs|fri)day\b"  # "4 basis points lower than on Thursday"
    r"|(?:its|their)\s+(?:(?:mon|tues|wednes|thurs|fri)day\s+(?:close|settlement|finish)"
    r"|close\s+on\s+(?:mon|tues|wednes|thurs|fri)day)\b"  # "its close on Wednesday"
)
_FROM_CLOSE = re.compile(  # "stood at 5,201.4, 22.6 points below Thursday's close"
    r"(?:still\s+|just\s+|only\s+|a\s+mere\s+)?(?P<fig>[^,;]{1,30}?)"
    r"(?:,\s+or\s+(?P<pct>(?:about\s+|nearly\s+|almost\s+)?\d[\d.]*\s?%),)?"
    r"\s+(?P<d>above|below|shy\s+of|short\s+of|(?:higher|lower|stronger|weaker|firmer|softer|better"
    r"|worse)\s+than"
    r"(?:\s+at)?)\s+(?:" + _CLOSE_REF + r")(?=\s*[,.;]|\s*$|\s+(?:and|but)\s)",
    re.IGNORECASE,
)
_AND_FROM_CLOSE = re.compile(r"and\s+(?=" + _FROM_CLOSE.pattern + ")", re.IGNORECASE)
_ABOVE = ("higher", "up", "stronger", "firmer", "above", "better")
# "ended at 757.49, down 1.12", "ended up 21.5": a bare number after the way is the points
_WAY_BARE = re.compile(  # also "up 2,676.55 points, or 13.2%, on the day"
    r"(?P<d>up|down|off)\s+(?P<fig>(?:[$€£](?=[\d.]+,\s+or\s))?\d[\d,]*(?:\.\d+)?(?:\s+points)?)"
    r"(?:,\s+or\s+(?P<pct>(?:about\s+|nearly\s+|almost\s+)?\d[\d.]*\s?%),)?"
    r"(?:\s+on\s+the\s+(?:day|session))?(?=\s*(?:[,;](?!\d)|\.(?!\d))|\s*$)"
)


def _apposed_size(s: str, at: int, tail: Tail) -> int | None:
    """ "ended at 68.2 per dollar, 6.5% weaker on the day" (or "weaker by 6.5%", "22.6 points
    below Thursday's close"): a level, then the move that took it there in apposition (a size
    and a comparative); the two are one claim."""
    m = _APPOSED.match(s, at) or _APPOSED_BY.match(s, at) or _FROM_CLOSE.match(s, at)
    m = m or _WAY_BARE.match(s, at)
    if m is not None and m.groupdict().get("pct"):  # "up 2,676.55 points, or 13.2%, on the day"
        f = fig.FIGURE_RE.fullmatch(s, m.start("pct"), m.end("pct"))
    else:
        f = fig.FIGURE_RE.fullmatch(s, m.start("fig"), m.end("fig")) if m else None
    if m is None or (f is None and m.re is not _WAY_BARE):
        return None
    size = fig.size_from(f) if f else fig.Size(fig.number(m.group("fig")), Unit.POINTS, Hedge.EXACT)
    tail.sizes.append(size)
    up = m.group("d").lower().split()[0] in _ABOVE
    tail.direction = Direction.UP if up else Direction.DOWN
    tail.ends = True  # "retreated to settle at 227.5, still 18% up on the day": the day's way
    tail.claim_end = m.end()
    return m.end()


def _at_a_level(tail: Tail) -> bool:
    """A level read, or a hedged figure with no way that will be one ("hovered around $1.07")."""
    if tail.level is not None:
        return not tail.sizes
    rough = len(tail.sizes) == 1 and tail.sizes[0].hedge is Hedge.ABOUT
    return (
        rough
        and tail.direction is None
        and (tail.sizes[0].is_money or tail.sizes[0].unit is Unit.PERCENT)
    )


_LATER_RESPECTIVELY = re.compile(r",\s*(?:up|down)\s[^,;]{1,40},\s*respectively\b", re.I)


def paired_levels(s: str, end: int, tail: Tail) -> int:
    """ "rose 19 and 13 basis points, respectively, to 4.29% and 3.53%": a level for each
    subject, in order, when the sizes were paired or "respectively" closes the levels."""
    # "fell to $1.1640, $1.3470 and 111.68 per dollar, respectively": the levels between
    middle: list[re.Match[str]] = []
    while len(middle) < 3 and (m := _COMMA_LEVEL.match(s, middle[-1].end() if middle else end)):
        middle.append(m)
    second = _AND_LEVEL.match(s, middle[-1].end() if middle else end)
    if second is None or tail.level is None:
        return end
    closing = RESPECTIVELY_RE.match(s, second.end())
    later = _LATER_RESPECTIVELY.match(s, second.end())  # "at 21,884.50 and 72,079.05, down 5.9%
    if len(tail.sizes) < 2 and closing is None and later is None:  # and 5.7%, respectively"
        return end
    if middle and closing is None:
        return end
    tail.levels = [tail.level, *(fig.level_from(m) for m in middle), fig.level_from(second)]
    tail.claim_end = closing.end() if closing else second.end()
    return tail.claim_end


def after_comma(s: str, at: int, ref: date, matcher: Matcher, tail: Tail) -> int | None:
    """After a comma only an alternative size, a record, a biggest move or time words follow."""
    comma = _COMMA.match(s, at) or _mark_and(s, at, tail)
    if comma is None or comma.end() == at:
        if (m := _OR_FIGURE.match(s, at)) and (f := fig.FIGURE_RE.match(s, m.end())):
            return _alternative(s, f, tail) if tail.sizes or s[at] != "(" else None
        return None
    here = comma.end()
    if (m := _OR_FIGURE.match(s, at)) and (f := fig.FIGURE_RE.match(s, m.end())):
        return _alternative(s, f, tail)
    if which := _WHICH_WAS.match(s, here):  # "..., which was its worst day since March"
        if m := fig.BIGGEST_RE.match(s, which.end()):
            return records.biggest(s, m, ref, matcher, tail, which.end())
        if m := fig.RECORD_RE.match(s, which.end()):
            return records.record(s, m, ref, tail, attached=False)
    if m := fig.BIGGEST_RE.match(s, here):
        return records.biggest(s, m, ref, matcher, tail, here)
    if not tail.own_verb and (m := _ASIDE_BEFORE_COPULA.match(s, here)):
        return m.end()  # "The rouble's 11% collapse on Tuesday, which came despite ..., was its"
    if m := fig.RECORD_RE.match(s, here):
        ended = records.record(s, m, ref, tail, attached=False)
        owner = matcher.currency_at(s, here)  # "..., the yen's weakest level since 1990"
        if owner and s.startswith(("'s", "’s"), owner[1]) and tail.extras:
            tail.extras[-1] = replace(tail.extras[-1], owner=tail.extras[-1].owner or owner[0])
        return ended
    if tail.level is not None and not tail.sizes and (end := _apposed_size(s, here, tail)):
        return end
    unsized = tail.level is not None and not tail.sizes and tail.direction is None
    if unsized and (m := _DOWN_FROM.match(s, here)) is not None:  # "ended at 83.34, down from"
        tail.direction = Direction.UP if m.group("d").lower() in _UP_WORDS else Direction.DOWN
        tail.claim_end, tail.way_from = m.end(), True
        return m.end()
    if _at_a_level(tail) and (m := _APPOSED_FLAT.match(s, here)):
        if tail.level is None:  # the rough figure is where it stayed
            size = tail.sizes.pop()
            tail.level = fig.Level(size.value, size.unit is Unit.PERCENT, size.counter)
        tail.direction = Direction.FLAT  # "hovered around 83.20 per dollar, little changed"
        tail.claim_end = m.end()
        return m.end()
    if tail.level is not None and _at_a_level(tail) and (m := _APPOSED_WAY.match(s, here)):
        tail.direction = Direction.UP if m.group("d").lower() in _ABOVE else Direction.DOWN
        tail.claim_end = m.end()  # "was at 23.62 per dollar, a touch weaker on the day"
        return m.end()
    if m := _ELLIPTICAL_BIGGEST.match(s, here):  # "a weekly loss of 11%, its steepest since
        tail.claim_end = m.end()  # March": the move it compares is named, no claim of its own
        return m.end()
    if (end := _record_level(s, here, tail)) is not None:
        return end
    if (end := records.record_after_comma(s, here, ref, tail)) is not None:
        return end
    sized = len(tail.sizes) == 1 or not tail.own_verb  # a move noun's size is the noun's
    sized = sized or not tail.sizes  # "slipped further on Friday, to 43.60 euros": its level
    if sized and tail.level is None and (m := _TO_LEVEL.match(s, here)):
        tail.level = fig.level_from(m)  # "lost 12.2%, to 2,227.15": the move's level
        tail.claim_end = m.end()  # "..., to 149.8 yen and 0.8830 francs respectively": each's
        return max(paired_levels(s, m.end(), tail), m.end())
    m = _AGAINST.match(s, here) if tail.counter is None else None
    if m and (found := matcher.currency_at(s, m.end())):  # "..., respectively, against the
        tail.counter, tail.claim_end = found  # euro": the counter of every size
        return found[1]
    if (m := TIME_RE.match(s, here)) and m.lastgroup not in ("today", "year"):
        tail.times.append(resolve(m, ref))
        tail.claim_end = m.end()  # "..., respectively, at the close": the claim's own words
        return m.end()
    if len(tail.sizes) > 1 and (m := _TO_LEVEL.match(s, here)):  # "..., respectively, to 4.29%"
        tail.level = fig.level_from(m)
        if paired_levels(s, m.end(), tail) > m.end():
            return tail.claim_end
        tail.level = None
    return _apposed_level(s, here, tail)


_APPOSED_LEVEL = re.compile(
    r"(?=(?:to|at)\s)" + fig.LEVEL_RE.pattern + r"(?![\d:]|\s*[ap]\.?m\b)", re.IGNORECASE
)


def _apposed_level(s: str, here: int, tail: Tail) -> int | None:
    """ "ended 1.1% higher, at $71.35 a barrel": a level set off by a comma after a sized move
    is where that move left the price (one for each subject when paired)."""
    m = _APPOSED_LEVEL.match(s, here)
    if m is None or not tail.sizes or tail.level is not None or tail.levels:
        return None
    tail.level = fig.level_from(m)
    tail.claim_end = max(tail.claim_end, m.end())
    return max(paired_levels(s, m.end(), tail), m.end())


def _alternative(s: str, match: re.Match[str], tail: Tail) -> int:
    """ ", or 12.9%": a percent figure is preferred as the size."""
    size = fig.size_from(match)
    if tail.sizes and size.unit.value == "percent":
        if size.hedge is Hedge.EXACT and tail.sizes[-1].hedge is Hedge.AS_MUCH_AS:
            size = replace(size, hedge=Hedge.AS_MUCH_AS)  # "as much as $11.73, or 19.5%": a peak
        tail.sizes[-1] = size
    elif not tail.sizes and (tail.level is None or size.unit.value == "percent"):
        tail.sizes.append(size)  # not "at 1.4385 per dollar, or 69.52 U.S. cents": one level
    end = shut.end() if (shut := _SHUT.match(s, match.end())) else match.end()
    tail.claim_end = end
    comma = _COMMA.match(s, end)
    if comma and (fig.BIGGEST_RE.match(s, comma.end()) or fig.RECORD_RE.match(s, comma.end())):
        return end  # "down 12.2%, or 1,277.55 points, its worst day since 1987": read as a mark
    return comma.end() if comma else end


_BARE_POINTS = re.compile(r"\s+(?P<fig>\d[\d,]*(?:\.\d+)?)(?=\s*(?:[,;](?!\d)|\.(?!\d))|\s*$)")


def bare_points(s: str, at: int, tail: Tail) -> int | None:
    """ "the Dow ... ended up 21.5": a bare number right after the way word, at the clause's
    end, is the move in points."""
    if tail.sizes or tail.level is not None or (m := _BARE_POINTS.match(s, at)) is None:
        return None
    tail.sizes.append(fig.Size(fig.number(m.group("fig")), Unit.POINTS, Hedge.EXACT))
    tail.claim_end = m.end()
    return m.end()


def _record_level(s: str, here: int, tail: Tail) -> int | None:
    """ "hit its lowest since December 2021 on Tuesday, at $68.68 a barrel": the level of the
    record the clause reached, after a comma (the move's own level too); "at $68.68 and $65.27,
    respectively" gives each market its own."""
    record = tail.extras[-1] if tail.extras else None
    if record is None and not _record_just_before(s, here, tail):
        return None
    if record is not None and (not record.is_record or not record.attached or record.level):
        return None
    if tail.sizes or tail.level is not None or not (m := _AT_LEVEL.match(s, here)):
        return None
    tail.level = fig.level_from(m)
    if record is not None:
        tail.extras[-1] = replace(record, level=tail.level.value)
    tail.claim_end = m.end()
    return paired_levels(s, m.end(), tail)


def _record_just_before(s: str, here: int, tail: Tail) -> bool:
    """The clause is a record phrase ("hit their lowest since 2021 on Tuesday,") and no more."""
    if tail.direction is not None or tail.extras or tail.levels:
        return False
    found = list(fig.RECORD_RE.finditer(s, max(0, here - 120), here))
    return bool(found) and len(s[found[-1].end() : here].strip(" ,")) <= _TIME_ROOM
