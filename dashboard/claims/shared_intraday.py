"""A clause that names no time of day shares the part of the day the clause before it names
("lost 1.1% in morning trade, while the Topix shed 1.4%")."""

from __future__ import annotations

import re

from dashboard.claims import context as ctx
from dashboard.claims.timewords import TimeRef
from dashboard.claims.triggers import Kind, Trigger
from dashboard.domain import InstrumentKind


def shares_intraday(
    s: str,
    trigger: Trigger,
    start: int,
    times: list[TimeRef],
    may_inherit: bool,
    previous: ctx.Previous | None,
) -> bool:
    """A new subject's clause joined to a move inside the day ("lost 1.1% in morning trade,
    while the Topix shed 1.4%") is in that same part of the day when it names no time; a
    cause ("..., in early trade as copper climbed") is told as the session's move."""
    if times or not may_inherit or previous is None or not previous.intraday:
        return False
    if _AS_CAUSE.fullmatch(s, previous.end, start):
        return False
    futures = previous.resolved.instrument.kind is InstrumentKind.EQUITY_FUTURES
    if futures and _PREMARKET.search(s, previous.subject.start, previous.end):
        return False  # "Dow futures gained 1% before the bell ..., and the index rallied 5.8%"
    if _CLOSED_AFTER.search(s, previous.subject.end, previous.end):
        return False  # "closed 0.3% lower after hitting a record in early deals, while ..."
    if _day_move_after(s, previous.subject.end, previous.end):
        return False  # "tumbled 10.6% on Tuesday after plunging 14% in the afternoon, while"
    if _EXTREME_WORDS.search(s, previous.subject.end, previous.end):
        return False  # "plunged as much as 4.9% ... in Asian trade, and the gilt yield jumped"
    return start < trigger.start and trigger.kind is not Kind.NOMINAL


# the day's extreme or a record told in the clause before: a point passed, not the hour shared
_EXTREME_WORDS = re.compile(
    r"\bas\s+(?:much|high|low|far)\s+as\b|\brecord\b|\ball-time\b|\b(?:high|low)\s+of\b"
    r"|\b[a-z]+-(?:week|month|year)\s+(?:high|low)\b",
    re.IGNORECASE,
)
_PREMARKET = re.compile(r"\bbefore\s+the\s+(?:bell|open)\b|\bpre-?market\b", re.IGNORECASE)
_AS_CAUSE = re.compile(r"\s*,?\s*as\s+(?:the\s+)?", re.IGNORECASE)
_CLOSED_AFTER = re.compile(  # a close whose "after"/"before" adjunct tells an earlier state
    r"\b(?:closed|ended|settled|finished)\b(?:[^,;]|,(?=\d))*?\b(?:after|before)\s+[a-z]+ing\b",
    re.I,
)


_AFTER_ING = re.compile(r",?\s+(?:after|before)\s+(?:briefly\s+)?[a-z]+ing\b", re.I)
_SIZED_DAY = re.compile(
    r"\d\s*(?:%|percent|per\s+cent|points?)\s+(?:on|by\s+the\s+close\s+on)\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)
_PART_OF_DAY = re.compile(
    r"\b(?:early|morning|afternoon|midday|intraday|overnight|trade|trading|deals|session)\b", re.I
)


def _day_move_after(s: str, lo: int, hi: int) -> bool:
    """A sized move on a named day whose "after ...ing" adjunct tells the part of the day."""
    after = _AFTER_ING.search(s, lo, hi)
    if after is None:
        return False
    main = s[lo : after.start()]
    return bool(_SIZED_DAY.search(main)) and not _PART_OF_DAY.search(main)


_SIDE_PARTICIPLE = re.compile(r"\b(?:after|before|having)\s+(?:briefly\s+|earlier\s+)?$", re.I)


def side_participle(s: str, at: int) -> bool:
    """Whether the verb at ``at`` opens a side clause ("after briefly topping 5,132 in the
    morning"): its part of the day is not shared by the next clause."""
    return _SIDE_PARTICIPLE.search(s, max(0, at - 24), at) is not None
