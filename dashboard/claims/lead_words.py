"""A cheap test that a stretch of text may hold fronted time words (``LEAD_TIME_RE``): each of
its phrases holds a digit or one of ``_LEAD_WORDS`` (as folded text reads them), so a stretch
with neither is not scanned with that long pattern at all."""

from __future__ import annotations

import re

from dashboard.claims.folding import folded
from dashboard.claims.trie import trie_pattern

_LEAD_WORDS = (  # weekdays and months (named or cut short), then the other phrases' words
    *("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    *("session", "day", "week", "month", "year", "quarter", "half", "close", "end", "open"),
    *("point", "stage", "est", "worst", "peak", "bell", "trad", "deal", "hour", "morning"),
    *("noon", "lunch", "height", "depth", "bottom"),
)
# a digit (a year, "in 2022", or a clock time, "by 0415 GMT") or one of the words
_HINT = re.compile(r"\d|" + trie_pattern(_LEAD_WORDS))


def may_lead(s: str, start: int, end: int) -> bool:
    """Whether ``LEAD_TIME_RE`` may find anything in ``s[start:end]`` (False: it cannot)."""
    return _HINT.search(folded(s[start:end])) is not None  # folding keeps every digit
