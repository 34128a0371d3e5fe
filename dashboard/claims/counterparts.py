"""The yuan's other market: "its offshore counterpart" after the onshore yuan is the offshore
yuan (CNH), and "its onshore counterpart" after the offshore yuan is the onshore one (CNY)."""

from __future__ import annotations

import re

from dashboard.claims.subjects import Mention
from dashboard.claims.yield_comparisons import without_yardsticks
from dashboard.claims.yield_counterparts import yield_counterparts
from dashboard.instruments import Registry

_COUNTERPART = re.compile(
    r"\b(?:its|the)\s+(?P<side>offshore|onshore)\s+"
    r"(?:counterpart|equivalent|peer|twin|unit|currency)\b",
    re.IGNORECASE,
)
_YUAN = ("CNY", "CNH")


def counterparts(s: str, mentions: list[Mention], registry: Registry) -> list[Mention]:
    """The mentions with each yuan counterpart named after a yuan placed among them, and each
    other government's yield named by likeness ("its U.S. counterpart")."""
    found = []
    for m in _COUNTERPART.finditer(s):
        if not any(x.currency in _YUAN and x.end <= m.start() for x in mentions):
            continue
        if any(x.start < m.end() and m.start() < x.end and not x.anaphor for x in mentions):
            continue  # "the offshore unit" already read as something else
        mentions = [x for x in mentions if not (x.start < m.end() and m.start() < x.end)]
        code = "CNH" if m.group("side").lower() == "offshore" else "CNY"
        pair = registry.fx_pair("USD", code)
        if pair is not None:
            found.append(Mention(m.start(), m.end(), m.group(0), pair, False, code))
    placed = sorted([*mentions, *found], key=lambda x: x.start) if found else mentions
    return without_yardsticks(s, yield_counterparts(s, placed, registry))
