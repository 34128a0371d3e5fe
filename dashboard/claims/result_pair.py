"""A currency that a result clause leaves somewhere, after a move against it, is seen on that same
cross: "The yuan jumped 2.4% against the rouble to 14.95, leaving the Russian currency at its
weakest since March 2022" is CNYRUB from the rouble's side, not the rouble against the dollar."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, InstrumentKind, Measure
from dashboard.instruments import Registry

# the participle that opens a clause of what the move before it did to its object
_RESULT = re.compile(
    r"\s*,?\s*(?:leaving|pushing|sending|driving|taking|knocking|dragging|putting|handing"
    r"|giving)\s*",
    re.IGNORECASE,
)
_OWN_COUNTER = re.compile(r"\b(?:against|versus|vs\.?|per)\b", re.IGNORECASE)


def result_pairs(s: str, claims: list[Claim], registry: Registry) -> list[Claim]:
    """Each currency claim set in a result clause of a move on a cross holding that currency,
    with no counter of its own, moves onto the cross (a record with the move's level)."""
    out = list(claims)
    for index in range(1, len(out)):
        cause, claim = out[index - 1], out[index]
        if not _RESULT.fullmatch(s, cause.end, claim.start) or _OWN_COUNTER.search(claim.text):
            continue
        pair = _cross_side(claim, cause, registry)
        if pair is not None:
            level = claim.level
            if level is None and claim.measure is Measure.RECORD:  # where the move left it
                level = cause.level
            out[index] = replace(claim, instrument=cause.instrument, inverse=pair, level=level)
    return out


def _cross_side(claim: Claim, cause: Claim, registry: Registry) -> bool | None:
    """Whether the claim's currency is the cause's cross's quote (None: not on that cross)."""
    if claim.instrument == cause.instrument:
        return None
    mine, cross = registry.get(claim.instrument), registry.get(cause.instrument)
    if mine.kind is not InstrumentKind.FX or cross.kind is not InstrumentKind.FX:
        return None
    currency = mine.quote_currency if claim.inverse else mine.base_currency
    if currency == cross.quote_currency:
        return True
    return False if currency == cross.base_currency else None
