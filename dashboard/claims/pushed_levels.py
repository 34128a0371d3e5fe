"""The way of a currency level a move noun pushed it to: "the currency's slide pushed the euro
to 160.5 yen" (the yen's slide: the euro rose against it), "the dollar's rally pushed the euro to
$1.0450" (the euro fell), "sterling's slump pushed the euro to 88.2 pence" (the euro rose)."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Direction, InstrumentKind, Measure
from dashboard.instruments import Registry

_CAUSE = re.compile(
    r"(?P<owner>\b[a-z]+(?:\s+[a-z]+)?)['’]s\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\s+"
    r"(?:pushed|sent|drove|took|has\s+pushed|has\s+sent)\s+$",
    re.IGNORECASE,
)
_DOWN = frozenset({"slide", "slump", "fall", "drop", "decline", "weakness", "selloff", "plunge"})
_UP = frozenset({"rally", "surge", "rise", "rebound", "gain", "strength", "climb", "advance"})
_CODES = {
    "dollar": "USD",
    "greenback": "USD",
    "yen": "JPY",
    "euro": "EUR",
    "sterling": "GBP",
    "pound": "GBP",
    "franc": "CHF",
    "yuan": "CNY",
    "rouble": "RUB",
    "ruble": "RUB",
    "rupee": "INR",
    "lira": "TRY",
}


def pushed_levels(s: str, claims: list[Claim], registry: Registry) -> list[Claim]:
    """The claims with the way set on an unsized FX level a possessive move noun pushed there."""
    out: list[Claim] = []
    for i, claim in enumerate(claims):
        way = _way(s, claim, claims[:i], registry)
        out.append(replace(claim, direction=way) if way is not None else claim)
    return out


def _way(s: str, claim: Claim, before: list[Claim], registry: Registry) -> Direction | None:
    """The way "X's slide pushed <claim's subject> to <level>" gives the claim, if any."""
    if claim.measure is not Measure.LEVEL or claim.direction is not Direction.NONE:
        return None
    m = _CAUSE.search(s, max(0, claim.start - 60), claim.start)
    if m is None or claim.instrument not in registry.ids():
        return None
    pair = registry.get(claim.instrument)
    if pair.kind is not InstrumentKind.FX:
        return None
    noun = m.group("noun").lower()
    moved = Direction.DOWN if noun in _DOWN else Direction.UP if noun in _UP else None
    owner = _owner(m.group("owner"), before, registry)
    own = pair.quote_currency if claim.inverse else pair.base_currency
    other = pair.base_currency if claim.inverse else pair.quote_currency
    if moved is None or owner is None or owner not in (own, other):
        return None
    if owner == own:
        return moved
    return Direction.UP if moved is Direction.DOWN else Direction.DOWN


def _owner(words: str, before: list[Claim], registry: Registry) -> str | None:
    """The currency a possessive names: "the currency's" is the one the claim before told of."""
    last = words.lower().split()[-1]
    if last == "currency" and before and before[-1].instrument in registry.ids():
        pair = registry.get(before[-1].instrument)
        return pair.quote_currency if before[-1].inverse else pair.base_currency
    return _CODES.get(last)
