"""A definite move noun that restates the move just named in other units: "settled $3.59
higher at $86.38 a barrel on Monday, and the 4.3% gain was its largest since April" is one
move, sized in percent (as with "..., or 4.3%")."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Unit

# "the 4.3% gain", "that 1,033-point drop": the move named before, sized again
_DEFINITE_SIZE = re.compile(  # also a possessive: "its 1,807-point slide", "the index's"
    r"(?:the|that|this|its|their|the\s+(?:index|gauge|benchmark|average)['’]s)\s+[$€£]?\d"
    # "ended the week $112 lower at $2,846, a weekly drop of almost 4%": set off, indefinite
    r"|an?\s+(?:[a-z-]+\s+)?(?:drop|fall|gain|rise|loss|decline|advance|slide)\s+of\s",
    re.IGNORECASE,
)
_UNITS = {Unit.PERCENT, Unit.POINTS}


def restated_moves(claims: list[Claim]) -> list[Claim]:
    """The verb's claim takes a restating noun's percent size; the noun's claim goes."""
    out = list(claims)
    for later in claims:
        if not _DEFINITE_SIZE.match(later.text):
            continue
        earlier = next((c for c in reversed(out) if c.start < later.start and c.size), None)
        if earlier is None or not _restates(earlier, later):
            continue
        sized = earlier if earlier.unit is Unit.PERCENT else later
        merged = replace(earlier, size=sized.size, unit=sized.unit, hedge=sized.hedge)
        out = [merged if c is earlier else c for c in out if c is not later]
    return out


def _restates(earlier: Claim, later: Claim) -> bool:
    """The same move of the same market on the same day, sized in the other unit."""
    key = (earlier.instrument, earlier.inverse, earlier.session, earlier.direction, earlier.measure)
    if key != (later.instrument, later.inverse, later.session, later.direction, later.measure):
        return False
    return {earlier.unit, later.unit} == _UNITS
