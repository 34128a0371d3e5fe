"""Another government's yield named by likeness: "its U.S. counterpart", "the German
equivalent", "the equivalent German yield" after a tenor yield is that government's yield of
the same tenor ("Australia's 10-year yield jumped 31 basis points and its U.S. counterpart 14",
"Italy's 10-year yield rose 5 bp, while the German equivalent fell 2 bp", "Germany's
equivalent")."""

from __future__ import annotations

import re

from dashboard.claims import yields
from dashboard.claims.subjects import Mention
from dashboard.instruments import Registry

_MARKET = r"(?:U\.S\.|US|American|German|British|U\.K\.|UK|Japanese|Italian)"
_LIKENESS = re.compile(
    rf"\b(?:its|their|the)\s+(?P<a>{_MARKET})\s+(?:counterpart|equivalent|peer)s?\b"
    rf"|\bthe\s+equivalent\s+(?P<b>{_MARKET})\s+(?:(?:government\s+)?bond\s+)?yields?\b"
    r"|\b(?P<c>Germany['’]s|Britain['’]s|Japan['’]s|Italy['’]s)\s+(?:counterpart|equivalent)\b",
)
_TENOR_YIELD = re.compile(
    rf"\b(?P<n>{yields.TENOR})-year\s+(?:[A-Za-z.]+\s+){{0,2}}?yields?\b", re.IGNORECASE
)


def yield_counterparts(s: str, mentions: list[Mention], registry: Registry) -> list[Mention]:
    """The mentions with each likeness of an earlier tenor yield placed among them: "its U.S.
    counterpart" after "Australia's 10-year yield" is the U.S. 10-year yield."""
    found = []
    for m in _LIKENESS.finditer(s):
        if any(x.start < m.end() and m.start() < x.end and not x.anaphor for x in mentions):
            continue  # already read as something else (an anaphor is WTI only in oil reports)
        tenors = list(_TENOR_YIELD.finditer(s, 0, m.start()))
        market = yields.market_of(m.group("a") or m.group("b") or m.group("c"))
        if not tenors or market is None:
            continue
        named = yields.instrument(registry.instruments, market, tenors[-1].group("n"))
        if named is not None:
            mentions = [x for x in mentions if not (x.start < m.end() and m.start() < x.end)]
            found.append(Mention(m.start(), m.end(), m.group(0), named))
    return sorted([*mentions, *found], key=lambda x: x.start) if found else mentions
