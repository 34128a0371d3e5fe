"""An early move noun or an earlier state ("having been 0.4% weaker") the same sentence's close
pares or reverses: the day's extreme."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims.back_levels import back_levels
from dashboard.claims.timewords import AT_ONE_POINT
from dashboard.claims.undone_levels import undone_after
from dashboard.domain import Claim, Direction, Measure

# "after an early 1.5% slide", "from an initial gain of 0.8%": a move named as the day's first
# "..., having been 0.4% weaker in early trade": a state the close has since left
_EARLY_NOUN = re.compile(
    r"(?:an?|its|their|the)\s+(?:early|earlier|initial|morning)\s|having\s+(?:(?:"
    + AT_ONE_POINT
    + r"|briefly|earlier)\s+)?been\s",
    re.I,
)
_WAYS = (Direction.UP, Direction.DOWN)
_MOVES = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE)


# "having been off almost 1,600 points", "The Dow, which had been down more than 200 points":
# a state the close that follows has left (its size may be told in other units than the close's)
_HAD_WAY = re.compile(  # "had been down 574 points, or nearly 14%", "which had soared nearly 200"
    r"\b(?:having|(?:which|that)\s+had)\s+(?:(?:" + AT_ONE_POINT + r"|briefly|earlier)\s+)?"
    r"(?:(?:been\s+(?:up|down|off|higher|lower)|[a-z]+ed)\s+"
    r"(?:[a-z]+\s+){0,2}?"
    r"[$€£]?(?P<num>\d[\d,]*(?:\.\d+)?)(?:[^,;]{0,20},\s*or\s+(?:[a-z]+\s+)?(?P<alt>\d+(?:\.\d+)?))?"
    r"|(?:(?:nearly|almost|more\s+than|over)\s+)?(?P<times>doubled|tripled|quadrupled|halved))",
    re.IGNORECASE,
)


_TIMES = {"doubled": "100", "tripled": "200", "quadrupled": "300", "halved": "50"}
_PART_OF_DAY = re.compile(
    r"\b(?:asian|early\s+(?:trade|trading|deals|dealing|hours)|morning|overnight|electronic"
    r"|first\s+hour|intraday|earlier|(?<!late\s)afternoon\s+(?:trade|trading|deals|dealings))\b",
    re.IGNORECASE,
)


_SEQUEL = re.compile(r"\b(?:before|then|later)\b", re.IGNORECASE)


def _left_later(s: str, claims: list[Claim], index: int) -> bool:
    """A level reached that the day then left: words that undo it ("..., then gave up its
    gains"), a later price back from it ("then drifted back to $0.9335"), or, reached in a part
    of the day ("slumped to an all-time low of $1.0327 in Asian trading"), any later claim on the
    same market and day: the day's extreme."""
    level = claims[index]
    if level.measure is not Measure.LEVEL or level.direction not in _WAYS:
        return False
    if undone_after(s, level, claims) and not _crossed_with_extreme(level, claims):
        return True  # "..., then gave up its gains"
    if not _PART_OF_DAY.search(level.text):
        return any(_retreated(s, level, c) for c in claims if c is not level)
    return any(
        (c.instrument, c.session) == (level.instrument, level.session)
        and c.measure in (*_MOVES, Measure.LEVEL, Measure.INTRADAY_EXTREME)
        and (
            c.start > level.end
            or (
                c.end <= level.start
                and c.measure in _MOVES
                and not _SEQUEL.search(s, c.end, level.start)
            )
        )
        for c in claims
        if c is not level
    )  # "closed 3.5% weaker ... after plunging to a record beyond 41 in early trade" (but not
    # "..., before clawing back to trade near $1.24 by mid-morning": the later state)


_CROSSED = re.compile(r"\b(?:past|below|above|beyond|through|under)\s+(?:parity|[$€£]?\d)", re.I)


def _crossed_with_extreme(level: Claim, claims: list[Claim]) -> bool:
    """A threshold crossed ("slid below parity") beside the day's extreme told on its own
    ("touching $0.9998"): the threshold stays a level."""
    return _CROSSED.search(level.text) is not None and any(
        c.instrument == level.instrument and c.measure is Measure.INTRADAY_EXTREME for c in claims
    )


_TURNED = re.compile(r"\b(?:then|before|later|though|but|back)\b", re.IGNORECASE)


def _retreated(s: str, level: Claim, later: Claim) -> bool:
    """ "spiked to $0.9379 ..., then drifted back to $0.9335": a later price on the same market
    and day, told after a turn, that stands back from the level reached (the day's extreme)."""
    if later.start <= level.end or later.level is None or level.level is None:
        return False
    if (later.instrument, later.inverse, later.session) != (
        level.instrument,
        level.inverse,
        level.session,
    ) or later.measure not in (*_MOVES, Measure.LEVEL):
        return False
    rising = (level.direction is Direction.UP) is not level.inverse  # the quoted number's way
    back = later.level < level.level if rising else later.level > level.level
    return back and _TURNED.search(s, level.end, later.start) is not None


def early_extremes(s: str, claims: list[Claim]) -> list[Claim]:
    """ "reversed course after an early 1.5% slide and ended 0.3% higher": the early move was
    the day's extreme, in the session the close names, wherever the close stands."""
    out = [
        replace(c, measure=Measure.INTRADAY_EXTREME) if _left_later(s, claims, i) else c
        for i, c in enumerate(claims)
    ]
    claims = list(out)
    for i, early in enumerate(claims):
        if early.measure not in _MOVES or early.direction not in _WAYS:
            continue
        # (unsized too: "rose in Asian hours, but ..."; "..., only to give back those gains")
        if _early_part_undone(early, claims) or undone_after(s, early, claims):
            out[i] = replace(early, measure=Measure.INTRADAY_EXTREME)
            continue
        if early.size is None:
            continue
        had = _had_been(s, early) and not _OTHER_DAY.search(early.time_words or "")
        if _first_minutes(s, early, claims):
            out[i] = replace(early, measure=Measure.INTRADAY_EXTREME)
            continue
        if not _EARLY_NOUN.match(early.text) and not had:
            continue
        close = next((c for c in claims if c is not early and _undoes(c, early, had)), None)
        if close is not None:
            session = early.session if early.time_words else close.session
            out[i] = replace(early, measure=Measure.INTRADAY_EXTREME, session=session)
    return back_levels(out)  # "swung back to around 13.10": the way back from the extreme


# "rose 0.7% in early trade ... but ... closed just 0.1% higher": a move told in the first part of
# the day that a later close or state on the same day pares or reverses was the day's extreme
_EARLY_PART = re.compile(
    r"\b(?:in\s+early\s+(?:[A-Z][\w.]*\s+){0,2}(?:trade|trading|deals|dealings?|hours)"
    r"|early\s+(?:on\s+)?(?:[a-z]+day|in\s+the\s+(?:session|day))\b|in\s+the\s+(?:early\s+)?morning"
    r"|by\s+(?:mid-?morning|midday|noon|lunch)|in\s+the\s+(?:first|opening)\s+(?:few\s+)?(?:hour"
    r"|half[\s-]hour|minutes)"
    r"|(?:shortly|just|soon)\s+after\s+the\s+(?:open|opening\s+bell|bell)"
    r"|in\s+(?:asian|morning)\s+(?:trade|trading|hours|deals))",
    re.IGNORECASE,
)


_FIRST_PART = re.compile(
    r"\b(?:first|opening)\s+(?:few\s+)?(?:hour|half[\s-]hour|minutes)|after\s+the\s+(?:open|bell)",
    re.IGNORECASE,
)


def _not_before(later: date | None, early: date | None) -> bool:
    """Whether a later claim's day is not before the early move's (either may be unknown)."""
    return later is None or early is None or later >= early


def _part_rank(text: str) -> int:
    """How late in the day an early part is: the first minutes 0, early trade 1, midday 2, and
    3 for words that name no early part."""
    found = _EARLY_PART.search(text)
    if found is None:
        return 3
    if _FIRST_PART.search(found.group(0)):
        return 0
    return 2 if re.search(r"mid|noon|lunch", found.group(0), re.IGNORECASE) else 1


def _early_part_undone(early: Claim, claims: list[Claim]) -> bool:
    """A move in the early part of the day that a later claim on the same market and day (a
    close, or a later state) pares, flattens or reverses (an unsized one only by turning)."""
    if not _EARLY_PART.search(f"{early.text} {early.time_words}"):
        return False
    rank = _part_rank(f"{early.text} {early.time_words}")
    for later in claims:
        if later.start <= early.end or later.measure not in _MOVES:
            continue
        same = later.session == early.session or (
            _same_day(later, early) and _not_before(later.session, early.session)
        )
        if (later.instrument, later.inverse) != (early.instrument, early.inverse) or not same:
            continue  # (a later close that names no day of its own is on the early move's)
        if _part_rank(later.text) <= rank:
            continue  # "in the first half-hour ..., and by midday": midday is later
        if later.direction is not early.direction:
            return later.direction in (*_WAYS, Direction.FLAT)
        return later.unit == early.unit and (later.size or 0) < (early.size or 0)
    return False


# "plunged almost 1,100 points in the first minutes of trading before ending the session down
# 3.6%": a move told in the day's first minutes, then "before" the close, was the day's extreme
_FIRST_MINUTES_WORDS = (
    r"\b(?:in\s+the\s+(?:first|opening)\s+(?:few\s+)?(?:minutes|hour|half-hour)|minutes\s+after\s+the"
    r"\s+(?:open|opening\s+bell))\b"
)
_FIRST_MINUTES = re.compile(  # "... before ending the session down 3.6%"
    _FIRST_MINUTES_WORDS
    + r"[^,;]{0,40}?\bbefore\s+(?:[a-z]+ing\s+(?:the\s+(?:session|day)\s+)?)?$",
    re.IGNORECASE,
)
_FIRST_MINUTES_ANY = re.compile(_FIRST_MINUTES_WORDS, re.IGNORECASE)


def _first_minutes(s: str, early: Claim, claims: list[Claim]) -> bool:
    """Whether ``early`` is a move in the first minutes that a close told after "before" ends,
    or that a later move the other way or the close undid ("lost nearly 700 points in the first
    minutes ..., swung to a gain of more than 300 points ... and closed 1.5% lower")."""
    if early.measure is not Measure.INTRADAY_CHANGE:
        return False
    for close in claims:
        if close.start <= early.start or close.measure is not Measure.SESSION_CHANGE:
            continue
        if close.instrument != early.instrument or not _same_day(close, early):
            continue
        if _FIRST_MINUTES.search(s, early.start, close.start) is not None:
            return True
        if not _FIRST_MINUTES_ANY.search(early.text):
            return False
        between = [c for c in claims if early.end <= c.start < close.start]
        turned = any(
            c.instrument == early.instrument
            and c.direction in _WAYS
            and c.direction is not early.direction
            for c in between
        )
        return turned or (close.direction in _WAYS and close.direction is not early.direction)
    return False


def _same_day(close: Claim, early: Claim) -> bool:
    """The close is on the early move's day, or names no day of its own ("the session")."""
    named = _NAMED_DAY.search(close.time_words or "")
    return close.session == early.session or named is None


_NAMED_DAY = re.compile(r"[a-z]+day\b|previous|prior|yesterday|week|month|year|\d", re.I)
_POINTS = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s+points\b", re.IGNORECASE)


_OTHER_DAY = re.compile(r"\bday\b|previous|prior|yesterday|week|month|year|\d", re.IGNORECASE)


def _had_been(s: str, claim: Claim) -> bool:
    """A state told after "having been" or "had been" whose size is the claim's own."""
    for m in _HAD_WAY.finditer(s, max(0, claim.start - 64), claim.end):
        values = [
            m.group("num") or _TIMES.get((m.group("times") or "").lower(), ""),
            m.group("alt") or "",
        ]
        if claim.size in [float(v.replace(",", "")) for v in values if v]:
            return True
    return False


def _undoes(close: Claim, early: Claim, had: bool = False) -> bool:
    """Whether ``close`` is the same market's close, reversing or paring ``early``."""
    if (close.instrument, close.inverse) != (early.instrument, early.inverse):
        return False
    state = had and close.measure is Measure.INTRADAY_CHANGE  # "is down 3.5% by midday, having
    if (close.measure is not Measure.SESSION_CHANGE and not state) or _EARLY_NOUN.match(close.text):
        return False  # plunged more than 8% in the first minutes"
    if early.time_words and close.session != early.session:
        return False
    if close.direction is not early.direction:
        return close.direction in (*_WAYS, Direction.FLAT)
    if close.size is None or early.size is None:
        return False
    if had and close.unit != early.unit:  # "closed down 1,175.21 points, or 4.6%, ..., having
        own = (
            close.text
            if close.end <= early.start
            else close.text[max(0, early.end - close.start) :]
        )
        told = _POINTS.search(own)  # been off almost 1,600 points": its points compared
        return told is not None and early.size > float(told.group(1).replace(",", ""))
    return close.unit == early.unit and close.size < early.size


_EARLY_DAY = re.compile(r"early\s+(?:on\s+)?[a-z]+day\b", re.IGNORECASE)


def early_states(claims: list[Claim], reference: date) -> list[Claim]:
    """ "edged 0.3% higher early on Wednesday", on Wednesday: the morning's state, the time of
    writing (a fronted "Early on Wednesday, ..." reads its state from its own verb)."""
    return [
        replace(c, measure=Measure.INTRADAY_CHANGE)
        if c.measure is Measure.SESSION_CHANGE
        and c.session == reference
        and _EARLY_DAY.fullmatch(c.time_words)
        else c
        for c in claims
    ]


_AFTER_PARTICIPLE = re.compile(r"\bafter\s+$", re.IGNORECASE)


def after_reversed(s: str, claims: list[Claim]) -> list[Claim]:
    """ "The Nasdaq turned negative after rising in the morning": a move told in an "after"
    participle that the main clause's move of the other way, the same day, undid was the
    day's extreme."""
    if "after " not in s:
        return claims
    out = list(claims)
    for i, later in enumerate(claims):
        if later.measure not in _MOVES or later.direction not in _WAYS:
            continue
        if not _AFTER_PARTICIPLE.search(s, max(0, later.start - 8), later.start):
            continue
        if not later.text.split(" ", 1)[0].lower().endswith("ing"):
            continue
        if any(_reverses(c, later) for c in claims[:i]):
            out[i] = replace(later, measure=Measure.INTRADAY_EXTREME)
    return out


def _reverses(main: Claim, earlier: Claim) -> bool:
    """Whether ``main`` is the same market's move the other way on the same day."""
    same = (main.instrument, main.inverse, main.session) == (
        earlier.instrument,
        earlier.inverse,
        earlier.session,
    )
    return (
        same
        and main.measure in (*_MOVES, Measure.LEVEL)
        and main.direction in _WAYS
        and main.direction is not earlier.direction
    )
