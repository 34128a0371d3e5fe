"""A session has one high and one low: two extremes told on the same side of the same day are
one point ("hit a record low of 1,052 per dollar, having sunk nearly 3% at one stage")."""

from __future__ import annotations

from dataclasses import replace

from dashboard.domain import Claim, Direction, Measure


def _key(c: Claim) -> tuple[object, ...]:
    return (c.instrument, c.session, c.inverse, c.direction)


def extremes_joined(claims: list[Claim]) -> list[Claim]:
    """An unsized extreme at a level and a sized one with no level, same side, same day: the
    sized one carries the level and the other goes (it says nothing more); so does an unsized
    session low or high told beside the sized extreme it names."""
    extremes = [c for c in claims if c.measure is Measure.INTRADAY_EXTREME]
    out = list(claims)
    for at_level in extremes:
        if at_level.size is not None or at_level.level is None:
            continue
        sized = [
            c
            for c in extremes
            if c.size is not None and c.level is None and _key(c) == _key(at_level)
        ]
        if len(sized) != 1 or sized[0] not in out or at_level not in out:
            continue
        out[out.index(sized[0])] = replace(sized[0], level=at_level.level)
        out.remove(at_level)
    return [c for c in out if not _told_extreme(c, out)]


_SIDES = {Measure.SESSION_LOW: Direction.DOWN, Measure.SESSION_HIGH: Direction.UP}


def _told_extreme(end: Claim, claims: list[Claim]) -> bool:
    """ "was down 1.9% at the session's low": the day's low told with its size is that extreme,
    not a close near the low (an unsized session-low claim right beside it goes)."""
    side = _SIDES.get(end.measure)
    if side is None or end.size is not None or end.level is not None:
        return False
    return any(
        c.measure is Measure.INTRADAY_EXTREME
        and (c.instrument, c.session, c.inverse, c.direction)
        == (end.instrument, end.session, end.inverse, side)
        and c.start - 30 <= end.start <= c.end + 30
        for c in claims
    )
