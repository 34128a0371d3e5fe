"""A claim told of a typed anaphor's possessive after a second market's move: "The rouble plunged
9% as Brent crude sank 24%, the currency's biggest one-day drop since 2014" is the rouble's,
"The Nikkei fell 3% as the yen jumped 2%, the index's worst day since 2016" the Nikkei's. The
kind the word names ("the currency", "the gauge", "the metal", "the contract") picks the nearest
market before it of that kind, not the market the last clause named."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims.lexicon import ANAPHORS, ANY_KIND
from dashboard.domain import Claim, InstrumentKind
from dashboard.instruments import Registry

_TYPED = sorted((w for w, k in ANAPHORS.items() if k != ANY_KIND), key=len, reverse=True)
_OWNED = re.compile(
    r"(?P<word>" + "|".join(re.escape(w) for w in _TYPED) + r")['’]s\s", re.IGNORECASE
)


def owned_anaphors(s: str, claims: list[Claim], registry: Registry) -> list[Claim]:
    """The claims, each told of "the currency's" / "the gauge's" ... given to the nearest
    market before it of that kind when the market it was given to is not of that kind."""
    if "'s" not in s and "’s" not in s:
        return claims
    return [_owner(s, c, claims, registry) for c in claims]


def _owner(s: str, claim: Claim, claims: list[Claim], registry: Registry) -> Claim:
    """ "the currency's biggest drop": the claim on the currency named before it."""
    found = _OWNED.match(s, claim.start)
    if claim.instrument not in registry.ids():
        return claim
    if found is None:
        return _named_owner(s, claim, claims, registry)
    kinds = ANAPHORS[found.group("word").lower()]
    if _fits(registry, claim.instrument, kinds):
        return claim
    earlier = [c for c in claims if c.start < claim.start and c.instrument != claim.instrument]
    for other in reversed(earlier):
        if other.instrument in registry.ids() and _fits(registry, other.instrument, kinds):
            return replace(
                claim, instrument=other.instrument, subject=other.subject, inverse=other.inverse
            )
    return claim


_NAMED = re.compile(
    r"(?:the\s+)?(?P<name>[A-Za-z][\w&./-]*(?:\s+[A-Za-z0-9][\w&./-]*){0,2})['’]s\s"
)


def _named_owner(s: str, claim: Claim, claims: list[Claim], registry: Registry) -> Claim:
    """ "..., as Brent crude sank 24%, the rouble's biggest one-day drop since 2014": the
    market named before it by one of its names, when the claim was given to another."""
    found = _NAMED.match(s, claim.start)
    if found is None:
        return claim
    name = " ".join(found.group("name").lower().split())
    if _names(registry, claim.instrument, name):
        return claim
    for other in reversed([c for c in claims if c.start < claim.start]):
        if other.instrument in registry.ids() and _names(registry, other.instrument, name):
            return replace(
                claim, instrument=other.instrument, subject=other.subject, inverse=other.inverse
            )
    return claim


def _names(registry: Registry, instrument: str, name: str) -> bool:
    """Whether the words are one of the instrument's names, or open one ("the Bund's")."""
    aliases = registry.get(instrument).aliases
    return any(a == name or a.startswith(name + " ") for a in aliases)


def _fits(registry: Registry, instrument: str, kinds: tuple[InstrumentKind, ...]) -> bool:
    """Whether the word may stand for the instrument ("the index" also for the dollar index)."""
    found = registry.get(instrument)
    index = InstrumentKind.EQUITY_INDEX in kinds and "index" in found.name.lower()
    return found.kind in kinds or index
