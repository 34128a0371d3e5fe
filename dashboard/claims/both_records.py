"""A record said once for several markets: "Brent fell to $60.70 and U.S. crude to $57.25,
the lowest for both since February 2021" is a record for each market just named."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Measure

_FOR_ALL = re.compile(r"\bfor\s+(?P<n>both|each|all\s+three|all\s+four)\s+since\b", re.IGNORECASE)
_COUNT = {"both": 2, "each": 0, "all three": 3, "all four": 4}  # "each": every one named
_MOVES = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE, Measure.LEVEL)


def records_for_all(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims with the record copied to each other market the phrase covers."""
    found = _FOR_ALL.search(s)
    record = next((c for c in claims if c.measure is Measure.RECORD), None) if found else None
    if found is None or record is None:
        return claims
    count = _COUNT[" ".join(found.group("n").lower().split())]
    moved = [c for c in claims if c.measure in _MOVES and c.end <= found.start()]
    named = list(dict.fromkeys(c.instrument for c in moved))[-count:]  # (all when 0)
    have = {c.instrument for c in claims if c.measure is Measure.RECORD}
    extra = []
    for instrument in named:
        if instrument in have:
            continue
        move = [c for c in moved if c.instrument == instrument][-1]
        extra.append(
            replace(
                record,
                instrument=instrument,
                inverse=move.inverse,
                level=move.level,
                session=move.session,
                subject=move.subject,
            )
        )
    return claims + extra if extra else claims
