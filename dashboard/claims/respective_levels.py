"""Two levels told in turn after two moves against two counters: "The dollar climbed 0.5%
against the yen and 0.3% against the Swiss franc, to 151.10 yen and 0.9070 francs
respectively": the first level is the first pair's, the second the second's (the tail had put
the first on the later claim)."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim

_NUM = r"(\d[\d,]*(?:\.\d+)?)"
_RESPECTIVE = re.compile(
    r",\s*(?:to|at)\s+[$€£¥]?"
    + _NUM
    + r"(?:\s+[a-z]+)?\s+and\s+(?:[A-Z]{0,2}[$€£¥])?"
    + _NUM
    + r"(?:\s+[a-z]+)?,?\s+respectively\b",
    re.IGNORECASE,
)


def respective_levels(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, with the two levels told "respectively" put one on each of the two last
    claims before them, when the later claim holds the first level and the earlier none."""
    m = _RESPECTIVE.search(s) if "respectively" in s else None
    if m is None:
        return claims
    first, second = (float(g.replace(",", "")) for g in m.groups())
    before = [i for i, c in enumerate(claims) if c.start < m.start()]
    if len(before) < 2:
        return claims
    a, b = claims[before[-2]], claims[before[-1]]
    if a.instrument == b.instrument or a.level is not None or b.level != first:
        return claims
    out = list(claims)
    out[before[-2]] = replace(a, level=first)
    out[before[-1]] = replace(b, level=second)
    return out
