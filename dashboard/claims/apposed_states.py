"""A state set off by commas between a subject and its verb: "Gold, up 12% this year, fell
0.5% on Wednesday" states gold's move this year as well as the day's."""

from __future__ import annotations

import re

from dashboard.claims.figures import HEDGE
from dashboard.claims.trigger_patterns import VERBS
from dashboard.domain import Direction

_APPOSED = re.compile(
    r"(?<=[A-Za-z)]),\s(?P<way>up|down)\s+(?=(?:(?:" + HEDGE + r")\s+)?[$€£]?\d[^,;()]{0,60},\s+"
    r"(?:(?:had|has|have|was|were|is|are)\s+)?(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b)",
    re.IGNORECASE,
)


def apposed_states(sentence: str) -> list[tuple[int, int, str, Direction]]:
    """Where each such state stands: (start, end, its words, its way)."""
    found = []
    for m in _APPOSED.finditer(sentence):
        if m.group("verb").lower() not in VERBS:
            continue  # "Gold, up 12% this year, is seen ...": no move of the subject follows
        way = Direction.UP if m.group("way").lower() == "up" else Direction.DOWN
        found.append((m.start(), m.end(), m.group(0), way))
    return found
