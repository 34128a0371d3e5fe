"""The side of a touched price told beside the market's own stated level: "the rand recovered
to 19.05 per dollar after touching 19.25 earlier in the session" touched its weakest (19.25
rand per dollar, above the 19.05 it recovered to), so the extreme is down in the rand's
perspective, not the recovery's way the frame lends it. The price's place beside the stated
level decides: above it is the pair's high, below it the low (turned for a quote currency)."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Direction, Measure

_TOUCHING = re.compile(
    r"(?:touch(?:ed|ing)|hit(?:ting)?|reach(?:ed|ing)|brush(?:ed|ing)|struck|striking)\s",
    re.IGNORECASE,
)
_WAYS = (Direction.UP, Direction.DOWN)


def touched_sides(claims: list[Claim]) -> list[Claim]:
    """Each unsized extreme reached with a verb of touching ("after touching 19.25"), turned to
    the side of the market's stated level, earlier in the sentence, it lies on."""
    out = list(claims)
    for i, claim in enumerate(claims):
        if claim.measure is not Measure.INTRADAY_EXTREME or claim.size is not None:
            continue
        if claim.level is None or claim.direction not in _WAYS:
            continue
        if not _TOUCHING.match(claim.text) or _record_at(claim, claims):
            continue
        told = _told_before(claim, claims)
        way = _side(claim, told) if told is not None else None
        if way is not None and way is not claim.direction:
            out[i] = replace(claim, direction=way)
    return out


def _same(a: Claim, b: Claim) -> bool:
    return (a.instrument, a.inverse, a.session) == (b.instrument, b.inverse, b.session)


def _record_at(claim: Claim, claims: list[Claim]) -> bool:
    """A record at the touched price ("touching 151.97, its weakest since 1990"): its way."""
    return any(
        c.measure is Measure.RECORD and c.level == claim.level and _same(c, claim) for c in claims
    )


def _told_before(claim: Claim, claims: list[Claim]) -> Claim | None:
    """The market's nearest earlier claim in the sentence with a level of its own."""
    before = [
        c
        for c in claims
        if c.end <= claim.start
        and _same(c, claim)
        and c.level is not None
        and c.measure in (Measure.LEVEL, Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE)
    ]
    return before[-1] if before else None


def _side(claim: Claim, told: Claim) -> Direction | None:
    """Up when the touched price is above the stated one in the subject's perspective."""
    assert claim.level is not None and told.level is not None
    if told.level <= 0 or claim.level == told.level or not 0.8 < claim.level / told.level < 1.25:
        return None  # "64.80 U.S. cents" beside "$0.6512": not one unit
    higher = claim.level > told.level
    return Direction.UP if higher != claim.inverse else Direction.DOWN
