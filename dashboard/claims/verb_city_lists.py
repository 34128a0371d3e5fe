"""Generic stocks whose places come after the verb in a list: "Stocks fell in Frankfurt and
Paris on Thursday", "Shares rose in Tokyo, Seoul and Sydney", "Stocks fell on Wall Street and
in Frankfurt". The unsized move of the first place is each listed market's move too."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, InstrumentKind
from dashboard.instruments import Registry

_CITY = r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
_PLACE = rf"(?:on\s+Wall\s+Street|in\s+{_CITY})"
_LISTED = re.compile(
    rf"\b(?:stocks|shares|equities)\s+(?:(?:were|was|had|have)\s+)?[a-z]+"
    rf"(?:\s+(?:higher|lower|sharply|broadly|further))?\s+(?P<list>{_PLACE}"
    rf"(?:\s*,\s*(?:in\s+)?{_CITY})*\s*,?\s+and\s+(?:in\s+)?{_CITY})\b",
    re.IGNORECASE,
)
_NAME = re.compile(rf"\bWall\s+Street\b|{_CITY}")


def verb_city_lists(s: str, claims: list[Claim], registry: Registry) -> list[Claim]:
    """The claims, with an unsized move of "stocks fell in A and B" given to each place."""
    m = _LISTED.search(s)
    if m is None:
        return claims
    first = next((c for c in claims if c.start == m.start() and c.size is None), None)
    if first is None:
        return claims
    table = registry.phrases()
    added: list[Claim] = []
    for name in _NAME.finditer(s, m.start("list"), m.end("list")):
        key = " ".join(name.group(0).lower().split())
        found = table.get("wall street stocks" if key == "wall street" else f"stocks in {key}")
        if found is None or found[0].kind is not InstrumentKind.EQUITY_INDEX:
            continue
        if found[0].id == first.instrument or any(c.instrument == found[0].id for c in claims):
            continue
        added.append(replace(first, instrument=found[0].id, subject=name.group(0)))
    return sorted([*claims, *added], key=lambda c: c.start) if added else claims
