"""An unsized turn told after the day's extreme of the same market ("soared as high as 110.39
U.S. cents ..., before easing back in afternoon trade", "crashed as much as 19% ..., before
recovering some ground in late trade"): the turn only says the extreme did not hold, which the
extreme claim already states; it is no claim of its own."""

from __future__ import annotations

import re

from dashboard.domain import Claim, Direction, Measure

_TURN = re.compile(r"\b(?:before|only\s+to|but|then|and\s+then)\b", re.IGNORECASE)
_STATED = re.compile(  # "recovered to trade slightly higher": where it stood, a claim
    r"\bto\s+(?:trade|stand|sit|be)\b|\b(?:slightly|marginally|a\s+touch|a\s+tad)\s", re.I
)
_OPPOSITE = {Direction.UP: Direction.DOWN, Direction.DOWN: Direction.UP}


def vague_reversals(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims without an unsized turn back from the same market's extreme that day."""
    return [c for c in claims if not _echo(s, c, claims)]


def _echo(s: str, claim: Claim, claims: list[Claim]) -> bool:
    """Whether the claim is an unsized intraday turn away from an extreme told before it."""
    if claim.measure is not Measure.INTRADAY_CHANGE or claim.size is not None:
        return False
    if claim.level is not None or claim.direction not in _OPPOSITE or _STATED.search(claim.text):
        return False
    for extreme in claims:
        if extreme.measure is not Measure.INTRADAY_EXTREME or extreme.end > claim.start:
            continue
        same = (extreme.instrument, extreme.session) == (claim.instrument, claim.session)
        turned = extreme.direction is _OPPOSITE[claim.direction]
        if same and turned and _TURN.search(s, extreme.end, claim.end):
            return True
    return False
