"""Stock-index futures on Sunday evening ("U.S. stock futures fell 2% when electronic trading
resumed on Sunday evening", "S&P 500 futures opened 5% lower ... on Sunday evening"): the
futures session opens that Sunday, so the move is that Sunday's, and told of the reopening it
is the move at the open."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims.timewords import weekday_on_or_before
from dashboard.domain import Claim, InstrumentKind, Measure
from dashboard.instruments import Registry

_SUNDAY = re.compile(r"\b(?:on\s+)?sunday\s+(?:evening|night)\b", re.IGNORECASE)
_RESUMED = re.compile(
    r"\b(?:when|as|after)\s+(?:electronic\s+)?trading\s+(?:resumed|reopened|opened|began)\b",
    re.IGNORECASE,
)
_MOVES = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE, Measure.OPEN_MOVE)


def sunday_futures(s: str, claims: list[Claim], registry: Registry, reference: date) -> list[Claim]:
    """The claims, each futures move told of Sunday evening dated that Sunday."""
    found = _SUNDAY.search(s) if "unday" in s else None
    if found is None:
        return claims
    sunday = weekday_on_or_before(reference, 6)
    out = []
    for claim in claims:
        near = claim.start <= found.start() <= claim.end + 40
        if near and claim.measure in _MOVES and _futures(claim, registry):
            resumed = _RESUMED.search(s, claim.start, found.start())
            measure = Measure.OPEN_MOVE if resumed else claim.measure
            claim = replace(claim, session=sunday, measure=measure)
        out.append(claim)
    return out


def _futures(claim: Claim, registry: Registry) -> bool:
    if claim.instrument not in registry.ids():
        return False
    return registry.get(claim.instrument).kind is InstrumentKind.EQUITY_FUTURES
