"""An unsized move of a currency told with no counter, then sized by a participle against one:
"The rouble rebounded on Thursday ..., strengthening about 5% against the yuan" or "The dollar
fell on Monday, losing 1.1% to 0.8470 Swiss francs" is one move, the named pair's; the default
pair's unsized claim would be a second move the words never state."""

from __future__ import annotations

import re

from dashboard.domain import Claim, InstrumentKind, Measure
from dashboard.instruments import Registry

_COUNTER = re.compile(r"\b(?:against|versus|vs|per|to\s+the)\b", re.IGNORECASE)
_INDEX = re.compile(r"\b(?:index|gauge|basket)\b", re.IGNORECASE)
_BROAD = re.compile(r"\b(?:broadly|across\s+the\s+board)\b", re.IGNORECASE)  # the index's move
_PARTICIPLE = re.compile(r"[a-z]+ing\b", re.IGNORECASE)
_GAP = re.compile(r"[^;:]{0,120}?,\s*")  # "on Thursday after the central bank halted ..., "
_MOVES = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE)


def participle_counters(s: str, claims: list[Claim], registry: Registry) -> list[Claim]:
    """The claims without an unsized currency move a later participle sizes against a named
    counter ("rebounded on Thursday, strengthening about 5% against the yuan")."""
    if len(claims) < 2:
        return claims
    return [c for i, c in enumerate(claims) if not _sized_later(s, c, claims[i + 1 :], registry)]


def _sized_later(s: str, claim: Claim, later: list[Claim], registry: Registry) -> bool:
    """Whether ``claim`` (an unsized move on a default pair) is the next claim's move."""
    own = _own_currency(claim, registry)
    if own is None or claim.size is not None or claim.level is not None:
        return False
    if claim.measure not in _MOVES or _COUNTER.search(claim.text) or _INDEX.search(claim.subject):
        return False  # "The dollar index slipped, losing 1% against the yen": two markets
    if _BROAD.search(claim.text):  # "The dollar fell broadly, losing 1% against the yen"
        return False
    other = later[0] if later else None
    if other is None or other.size is None or other.instrument == claim.instrument:
        return False
    same = (other.measure, other.direction, other.session)
    if same != (claim.measure, claim.direction, claim.session):
        return False
    if own != _own_currency(other, registry) or not _PARTICIPLE.match(other.text):
        return False
    return _GAP.fullmatch(s, claim.end, other.start) is not None


def _own_currency(claim: Claim, registry: Registry) -> str | None:
    """The currency a claim on an FX pair is told of: the quote's when inverse, else the base's."""
    if claim.instrument not in registry.ids():
        return None
    pair = registry.get(claim.instrument)
    if pair.kind is not InstrumentKind.FX:
        return None
    return pair.quote_currency if claim.inverse else pair.base_currency
