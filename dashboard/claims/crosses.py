"""A currency carried to a counter its pair does not hold ("The rand fell 1% against the dollar
and slid 2% against the euro", "it fared even worse against the yen"): with no registry pair
for that cross, the claim is not the first pair's (it is left out, as any unlisted cross)."""

from __future__ import annotations

from dashboard.claims.subjects import Resolved
from dashboard.domain import InstrumentKind


def unlisted_cross(found: Resolved, currency: str | None, counter: str | None) -> bool:
    """Whether ``found`` (a currency's pair) was kept only because ``counter`` has no pair."""
    pair = found.instrument
    if counter is None or currency is None or pair.kind is not InstrumentKind.FX:
        return False
    return counter not in (pair.base_currency, pair.quote_currency)
