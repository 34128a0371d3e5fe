"""A participle that restates the move just named: in other units ("lost 12.2%, shedding
310.45 points") or as the level it crossed or reached ("plunged as much as 19%, breaching 80
per dollar", "fell 0.8%, slipping below 100")."""

from __future__ import annotations

from dataclasses import replace

from dashboard.claims.lexicon import LEVEL_VERBS
from dashboard.domain import Claim, Direction, Measure, Unit

_WAYS = (Direction.UP, Direction.DOWN)
_CROSSING = (
    Measure.SESSION_CHANGE,
    Measure.INTRADAY_CHANGE,
    Measure.INTRADAY_EXTREME,
    Measure.OPEN_MOVE,
)


def joined(s: str, earlier: Claim, later: Claim, same: bool) -> Claim | None:
    """The one claim the two make, or None when the participle says something of its own."""
    start, end = earlier.start, max(later.end, earlier.end)
    if _crossed(earlier, later):  # "plunged as much as 19%, breaching 80 per dollar"
        if earlier.size is not None:
            return replace(earlier, level=later.level, start=start, end=end, text=s[start:end])
        # "weakened, crossing 150 per dollar": the level, the way of the move
        return replace(later, direction=earlier.direction, start=start, end=end, text=s[start:end])
    if same and _restated(earlier, later):  # "lost 12.2%, shedding 310.45 points, to 2,227.15"
        sized = earlier if earlier.unit is Unit.PERCENT else later
        level = later.level if later.level is not None else earlier.level
        return replace(sized, level=level, start=start, end=end, text=s[start:end])
    return None


def _crossed(earlier: Claim, later: Claim) -> bool:
    """A participle crossing a level ("..., breaching 80 per dollar") on the move just named."""
    if later.measure is not Measure.LEVEL or later.size is not None or later.level is None:
        return False
    verb = later.text.split(" ", 1)[0].lower()
    moving = verb.endswith("ing") and later.direction is earlier.direction  # "slipping below 100"
    if verb not in LEVEL_VERBS and not moving:  # not "..., before settling at"
        return False
    if earlier.level is not None or earlier.direction not in _WAYS:
        return False
    if earlier.measure not in _CROSSING:  # "nearly tripled this year, topping $10,000": a window's
        return False
    if later.direction not in (Direction.NONE, earlier.direction):
        return False
    key = (earlier.instrument, earlier.session, earlier.inverse)
    return key == (later.instrument, later.session, later.inverse)


def _restated(earlier: Claim, later: Claim) -> bool:
    """The same move sized twice, in percent and in the instrument's own units."""
    if earlier.size is None or later.size is None:
        return False
    if earlier.measure is not later.measure and not _renamed(earlier, later):
        return False
    return {earlier.unit, later.unit} == {Unit.PERCENT, Unit.POINTS}


def _renamed(earlier: Claim, later: Claim) -> bool:
    """ "opened 3.9% lower, a drop of roughly 1,500 points": an indefinite move noun set off
    after the move names that move again, whatever part of the day the move was told of."""
    noun = later.text.lower().startswith(("a ", "an "))
    return noun and later.measure is Measure.SESSION_CHANGE and earlier.measure in _CROSSING
