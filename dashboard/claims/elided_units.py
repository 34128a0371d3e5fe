"""A bare number after a second verb takes the unit of the size just before it: "the former
falling 6 basis points and the latter rising 3" (the unit is elided, not the size)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from dashboard.domain import Claim, Direction, Measure, Unit

_BARE = re.compile(r"\s+(?:by\s+)?(?P<n>\d+(?:\.\d+)?)(?=\s*[,;.]\s|\s*[,;.]?$)")
_MOVES = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE, Measure.PERIOD_CHANGE)
_WAYS = (Direction.UP, Direction.DOWN)
_UNITS = (Unit.PERCENT, Unit.BASIS_POINTS)  # the same on any instrument (not its own points)


def units_carried(s: str, claims: list[Claim]) -> list[Claim]:
    """An unsized move followed by a bare number takes the unit of the sized move before it."""
    out = list(claims)
    for index, (sized, bare) in enumerate(pairwise(claims), start=1):
        if bare.size is not None or bare.measure not in _MOVES or bare.direction not in _WAYS:
            continue
        if sized.size is None or sized.unit not in _UNITS or sized.measure not in _MOVES:
            continue
        if (m := _BARE.match(s, bare.end)) is None:
            continue
        end = m.end("n")
        out[index] = replace(bare, size=float(m.group("n")), unit=sized.unit, end=end,
                             text=s[bare.start : end])  # fmt: skip
    return out
