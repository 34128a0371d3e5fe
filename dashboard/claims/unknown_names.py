"""A known subject after a capitalised name the registry lacks ("The Taiex and the Kospi fell
4.4% and 2.8%"): the first figure belongs to the unknown name, not to the known one."""

from __future__ import annotations

import re

from dashboard.claims.frames import Frame
from dashboard.claims.tail_state import Tail
from dashboard.domain import Claim

_UNKNOWN_FIRST = re.compile(
    r"(?:^|[\s,;])(?:[A-Z][\w'’&./-]*\s+){0,3}[A-Z][\w'’&./-]*(?:\s+\d+)?(?:\s+index)?"
    r"(?:\s+(?:\d{1,2}|two|three|five|seven|ten|thirty)-year)?\s+and\s+$"  # "British two-year and"
)


def second_of_pair(s: str, frame: Frame, made: list[Claim], more: list[Claim]) -> bool:
    """A lone known subject after an unregistered name, and a second figure gapped onto it:
    the first figure belongs to the name the registry lacks."""
    if len(frame.subjects) != 1 or len(more) != 1 or more[0].instrument != made[0].instrument:
        return False
    if more[0].session != made[0].session or more[0].unit != made[0].unit:
        return False
    return _UNKNOWN_FIRST.search(s, max(0, frame.start - 60), frame.start) is not None


def after_unknown(s: str, start: int, tail: Tail) -> bool:
    """A lone known subject after a capitalised name the registry lacks, with one size each."""
    units = {size.unit for size in tail.sizes}
    if len(tail.sizes) != 2 or len(units) != 1:
        return False
    return _UNKNOWN_FIRST.search(s, max(0, start - 60), start) is not None
