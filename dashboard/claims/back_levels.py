"""A level a market came back to after the day's extreme ("swung back to around 13.10",
"dragged it back to close at 3.85", "crept back up to 4.45%") moved that way: back from a low is
up, back from a high is down, unless "up" or "down" says so."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Direction, Measure

_BACK = re.compile(r"\bback\s+(?:(?P<d>up|down)\s+)?to\b", re.IGNORECASE)
_WAYS = (Direction.UP, Direction.DOWN)


def back_levels(claims: list[Claim]) -> list[Claim]:
    """The claims, each wayless level reached "back to" given the way it came back."""
    return [_with_way(c, told, claims) if (told := _back(c)) else c for c in claims]


def _back(claim: Claim) -> re.Match[str] | None:
    """The "back to" of a level with no way, if it has one."""
    wayless = claim.measure is Measure.LEVEL and claim.direction is Direction.NONE
    return _BACK.search(claim.text) if wayless and claim.level is not None else None


def _with_way(level: Claim, told: re.Match[str], claims: list[Claim]) -> Claim:
    if told.group("d"):
        way = Direction.UP if told.group("d").lower() == "up" else Direction.DOWN
        return replace(level, direction=way)
    key = (level.instrument, level.inverse, level.session)
    extremes = [
        c
        for c in claims
        if c.end <= level.start
        and c.measure is Measure.INTRADAY_EXTREME
        and c.direction in _WAYS
        and (c.instrument, c.inverse, c.session) == key
    ]
    if not extremes:
        return level
    way = Direction.DOWN if extremes[-1].direction is Direction.UP else Direction.UP
    return replace(level, direction=way)
