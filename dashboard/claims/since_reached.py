"""A record hit at a level that starts a window ("has lost $200 since hitting a record $2,790.15
on Oct. 31"): like "hit a record $2,790.15 on Oct. 31", the level reached is that day's extreme
as well as its record."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Measure

_HIT = re.compile(r"(?:hitting|touching|hit|touched)\s", re.IGNORECASE)
_CLOSING = re.compile(r"\b(?:close|closing|settlement|finish)\b", re.IGNORECASE)  # no extreme
_AT_LEVEL = (Measure.INTRADAY_EXTREME, Measure.LEVEL, Measure.SESSION_CHANGE)


def records_reached(claims: list[Claim]) -> list[Claim]:
    """Each record a verb of reaching hit at a level, with no claim on that day's level beside
    it, gains the intraday extreme the level was (just before the record)."""
    out: list[Claim] = []
    for claim in claims:
        if _reached_alone(claim, claims):
            out.append(replace(claim, measure=Measure.INTRADAY_EXTREME, since=None))
        out.append(claim)
    return out


def _reached_alone(claim: Claim, claims: list[Claim]) -> bool:
    if claim.measure is not Measure.RECORD or claim.level is None or not _HIT.match(claim.text):
        return False
    if _CLOSING.search(claim.text):
        return False
    key = (claim.instrument, claim.session, claim.level)
    return not any(
        c.measure in _AT_LEVEL and (c.instrument, c.session, c.level) == key for c in claims
    )
