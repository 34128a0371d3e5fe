"""The way of a level a verb's object was sent to, told by the record it reached: "sending the
two-year yield to 4.35%, its highest since July" rose there; "sending the Australian dollar to
0.5510, its weakest since 2002" fell there."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Direction, Measure

_CAUSED_BEFORE = re.compile(
    r"\b(?:sent|sending|sends|pushed|pushing|pushes|drove|driving|drives|took|taking|takes"
    r"|carried|carrying|carries)\s+$",
    re.IGNORECASE,
)
_WAYS = (Direction.UP, Direction.DOWN)


def caused_ways(s: str, claims: list[Claim]) -> list[Claim]:
    """ "sending the two-year yield to 4.35%, its highest since July": a level a causing verb's
    object reached with no way of its own takes the way of the record at that level."""
    return [_with_record_way(s, c, claims) for c in claims]


def _with_record_way(s: str, claim: Claim, claims: list[Claim]) -> Claim:
    """The claim, turned the record's way when it is a wayless caused level the record shares."""
    if claim.measure is not Measure.LEVEL or claim.direction is not Direction.NONE:
        return claim
    if claim.level is None or not _CAUSED_BEFORE.search(s, max(0, claim.start - 12), claim.start):
        return claim
    key = (claim.instrument, claim.session, claim.inverse, claim.level)
    ways = {
        r.direction
        for r in claims
        if r.measure is Measure.RECORD
        and r.direction in _WAYS
        and (r.instrument, r.session, r.inverse, r.level) == key
    }
    return replace(claim, direction=ways.pop()) if len(ways) == 1 else claim
