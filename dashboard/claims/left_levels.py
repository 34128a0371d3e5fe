"""A level reached and left within one day: "spiked to 1.614% ... before settling 14 bp higher
at 1.52%", "slid to 3.87% before a sell-off left them 18 bp higher", "leapt to 146.23 per dollar,
after the dollar had earlier climbed to 151.94". The level a motion verb reached, on one side of
where the same sentence says that day's move ended, was the day's extreme."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Direction, Measure

_WAYS = (Direction.UP, Direction.DOWN)
_AFTERWARDS = re.compile(r"\b(?:before|then|later|but)\b", re.IGNORECASE)
_SMALLER = re.compile(r"\b(?:more\s+modest|smaller|narrower|slimmer|reduced)\b", re.I)
_EARLIER = re.compile(r"\b(?:earlier|initially|at\s+first)\b", re.IGNORECASE)


def levels_beyond_close(s: str, claims: list[Claim]) -> list[Claim]:
    """Each level reached (a level with a way) that a later close, or an earlier-told close
    after words marking the level "earlier", ends on the other side of, is the day's extreme."""
    out = list(claims)
    for index, claim in enumerate(claims):
        if claim.measure is not Measure.LEVEL or claim.direction not in _WAYS:
            continue
        if claim.level is None:
            continue
        later = [c for c in claims[index + 1 :] if _AFTERWARDS.search(s, claim.end, c.start)]
        earlier = claims[:index] if _EARLIER.search(claim.text) else []
        if any(_ended_beyond(claim, c) for c in later + earlier):
            out[index] = replace(claim, measure=Measure.INTRADAY_EXTREME)
    return out


def _rising(claim: Claim) -> bool:
    """The claim's way in the pair's own terms (the yen's rise is the dollar-yen's fall)."""
    return (claim.direction is Direction.UP) != claim.inverse


def _ended_beyond(reached: Claim, close: Claim) -> bool:
    """Whether ``close`` is the same day's move on the instrument, ending on the other side of
    the level ``reached`` (or, unlevelled, going the other way)."""
    if close.measure is not Measure.SESSION_CHANGE or close.direction not in _WAYS:
        return False
    if close.instrument != reached.instrument:
        return False
    if close.session != reached.session and close.time_words:  # an undated close takes its
        return False  # sentence's day later ("surged to a record on Tuesday before ... close")
    rising = _rising(reached)
    if _SMALLER.search(close.text):  # "before closing up a more modest 2.9%": a gain pared
        return True
    if close.level is not None and reached.level is not None:
        return close.level < reached.level if rising else close.level > reached.level
    return _rising(close) is not rising
