"""A currency told against a basket ("slipped 1.1% against the central bank's dollar-euro
basket", "against a basket of currencies"): no pair in the registry, so no claim. The dollar
against "a basket of major currencies" is the dollar index, read elsewhere."""

from __future__ import annotations

import re

from dashboard.domain import Claim, Instrument, InstrumentKind
from dashboard.instruments import Registry

_BASKET = re.compile(
    r"\s*(?:against|versus|vs\.?|relative\s+to)\s+(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,3}?basket\b",
    re.IGNORECASE,
)


def basket_moves(s: str, claims: list[Claim], registry: Registry) -> list[Claim]:
    """The claims without a currency pair's move told against a basket."""
    return [c for c in claims if not _against_basket(s, c, registry)]


def _against_basket(s: str, claim: Claim, registry: Registry) -> bool:
    if claim.instrument not in registry.ids():
        return False
    instrument: Instrument = registry.get(claim.instrument)
    if instrument.kind is not InstrumentKind.FX or instrument.quote_currency is None:
        return False  # the dollar index is a basket's own measure
    return _BASKET.match(s, claim.end) is not None or bool(_BASKET.search(claim.text))
