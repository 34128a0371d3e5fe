"""A level crossed with no way of its own, then left by a move back ("the rouble, which
crossed 101 per dollar on Monday, recovered to 97.40"): it was crossed the other way."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Direction, Measure

_BACK = re.compile(
    r"\b(?:back|recover(?:ed|s|ing)?|rebound(?:ed|s|ing)?|bounced|retreat(?:ed|s|ing)?)\b",
    re.IGNORECASE,
)
_OTHER = {Direction.UP: Direction.DOWN, Direction.DOWN: Direction.UP}


def crossed_back(s: str, claims: list[Claim]) -> list[Claim]:
    """Each wayless level whose instrument later moves back takes the way it was crossed."""
    out = list(claims)
    for index, claim in enumerate(claims):
        if claim.measure is not Measure.LEVEL or claim.direction is not Direction.NONE:
            continue
        later = next((c for c in claims[index + 1 :] if _same(c, claim)), None)
        if (
            later is not None
            and later.direction in _OTHER
            and _BACK.search(s, later.start, later.end)
        ):
            out[index] = replace(claim, direction=_OTHER[later.direction])
    return out


def _same(one: Claim, other: Claim) -> bool:
    return (one.instrument, one.inverse) == (other.instrument, other.inverse)
