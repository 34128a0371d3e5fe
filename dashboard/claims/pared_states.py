"""A sized move followed by a smaller (or opposite) state on the same day ("strengthened 1.5%
..., but it gave back part of that rise and was last about 1% firmer"), or by another close
("swung to a 3% gain ... and ended 0.2% lower"): the first move was the day's extreme."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Direction, Measure

_WAYS = (Direction.UP, Direction.DOWN)
_CLOSED = re.compile(  # "closed up 2%", "to close 1% higher": the move is the day's close
    r"\b(?:close|closed|closing|end|ended|ending|settle|settled|settling|finish|finished"
    r"|finishing)\b",
    re.I,
)


def pared_by_state(s: str, claims: list[Claim]) -> list[Claim]:
    """Each sized session move that a later, smaller or opposite state that day pares."""
    out = _swings_before_close(claims)
    for index, claim in enumerate(claims):
        if claim.measure is not Measure.SESSION_CHANGE or claim.size is None:
            continue
        if claim.direction not in _WAYS or _CLOSED.search(claim.text):
            continue
        if any(
            _pares(claim, later) and _told_as_later(s, claim, later)
            for later in claims[index + 1 :]
        ):
            out[index] = replace(claim, measure=Measure.INTRADAY_EXTREME)
    return out


def _pares(move: Claim, state: Claim) -> bool:
    """Whether ``state`` is a later state that day that the move must have come back from."""
    if state.size is None or move.size is None or state.start < move.end:
        return False
    closed = state.measure is Measure.SESSION_CHANGE and bool(_CLOSED.search(state.text))
    if state.measure is not Measure.INTRADAY_CHANGE and not closed:
        return False
    if (state.instrument, state.inverse, state.session) != (
        move.instrument,
        move.inverse,
        move.session,
    ):
        return False
    if state.direction not in _WAYS:
        return False
    if state.unit is not move.unit:  # "from a loss of 500 points to close up 2.8%": ways differ
        return closed and state.direction is not move.direction
    if closed:  # "swung to a 3% gain ... and ended 0.2% lower": the close is another figure
        return state.direction is not move.direction or state.size != move.size
    return state.direction is not move.direction or state.size < move.size


_LATER_WORDS = re.compile(
    r"\b(?:but|later|last|gave\s+back|giving\s+back|pared|paring|trimmed|trimming|erased"
    r"|pulled\s+back|eased\s+back|retreated|retreating|off\s+(?:its|the)|since|still|evening)\b",
    re.IGNORECASE,
)


def _told_as_later(s: str, move: Claim, state: Claim) -> bool:
    """Whether the words say the state came after the move ("but", "gave back", "was last"),
    or the state is another close; "climbed 2% and was up 1.1% by late afternoon" is not."""
    if state.measure is Measure.SESSION_CHANGE:
        return True
    return _LATER_WORDS.search(s, move.end, state.end) is not None


_LATER_LEG = re.compile(
    r"\bto\s+(?:a\s+)?(?:gain|loss|rise|drop|fall|decline|advance)\s+of\b", re.IGNORECASE
)


def _swings_before_close(claims: list[Claim]) -> list[Claim]:
    """ "closed 5.8% higher after lurching from a loss of 3.3% to a gain of 6.6%": a swing's
    later leg beside that day's own close was the day's other extreme, not the close."""
    closes = [c for c in claims if c.measure is Measure.SESSION_CHANGE and _CLOSED.search(c.text)]
    return [
        replace(c, measure=Measure.INTRADAY_EXTREME) if _leg_beside(c, closes) else c
        for c in claims
    ]


def _leg_beside(claim: Claim, closes: list[Claim]) -> bool:
    if claim.measure is not Measure.SESSION_CHANGE or not _LATER_LEG.search(claim.text):
        return False
    same = (claim.instrument, claim.inverse, claim.session)
    return any(c is not claim and (c.instrument, c.inverse, c.session) == same for c in closes)
