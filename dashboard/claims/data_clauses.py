"""A clause that tells an economic figure (inventories, jobless claims, inflation, output, fund
flows): its time words ("last week", "last month") date that figure, not a market move joined
after it ("U.S. crude inventories rose by 5.5 million barrels last week, and WTI fell 1.2%" is
the day's move)."""

from __future__ import annotations

import re

_DATA = re.compile(
    r"\b(?:inflation|gdp|payrolls|jobless|claims|jobs|employers|unemployment|inventories"
    r"|stockpiles|output|exports|imports|economy|retail\s+sales|(?:consumer|producer)\s+prices"
    r"|reserves|deficit|surplus|production|factory|manufacturing|pmi|spending|inflows|outflows"
    r"|holdings)\b",
    re.IGNORECASE,
)


def data_clause(s: str, start: int, end: int) -> bool:
    """Whether ``s[start:end]`` tells an economic figure ("crude inventories rose by 5.5
    million barrels", "jobless claims rose to 248,000")."""
    return _DATA.search(s, start, end) is not None
