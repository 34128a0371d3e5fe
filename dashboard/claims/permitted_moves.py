"""Moves a policy permits rather than a market makes: "the central bank let it slip through
84", "Beijing appeared to let the currency slide", "will let the yuan rise or fall as much as
2%", "letting the currency slide gradually". An unsized move whose verb is the bare infinitive
after "let" states what someone allowed, not a session's move; a sized one ("dollar sales let
it end 0.4% weaker at 61.65") still tells where the market ended and is kept."""

from __future__ import annotations

import re

from dashboard.domain import Claim, Measure

_LET = re.compile(r"\b(?:let|lets|letting)\s+$", re.IGNORECASE)
_MOVES = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE)


def permitted_moves(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims without the unsized moves told after "let": "let the currency slide"."""
    return [c for c in claims if not _permitted(s, c)]


def _permitted(s: str, claim: Claim) -> bool:
    """An unsized, levelless move whose span opens right after "let" ("let it weaken")."""
    if claim.measure not in _MOVES or claim.size is not None or claim.level is not None:
        return False
    return _LET.search(s, max(0, claim.start - 12), claim.start) is not None
