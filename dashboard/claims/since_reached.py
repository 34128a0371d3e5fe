"""A record hit at a level that starts a window ("has lost $200 since hitting a record $2,790.15
on Oct. 31"): like "hit a record $2,790.15 on Oct. 31", the level reached is that day's extreme
as well as its record."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims.lexicon import EXTREME_VERBS, RECORD_SETTING
from dashboard.domain import Claim, Direction, Measure

_REACHING = EXTREME_VERBS | RECORD_SETTING  # as a standalone record's verb ("set a record $X")
_CLOSING = re.compile(r"\b(?:close|closing|settlement|finish)\b", re.IGNORECASE)  # no extreme
_AT_LEVEL = (Measure.INTRADAY_EXTREME, Measure.LEVEL, Measure.SESSION_CHANGE)


def records_reached(claims: list[Claim]) -> list[Claim]:
    """Each record a verb of reaching hit or set at a level, with no claim on that day's level
    beside it, gains the claim the level is checked on (just before the record): the intraday
    extreme, or for a record close ("set a record close of 40,109.23") the level itself."""
    out: list[Claim] = []
    for claim in claims:
        if _reached_alone(claim, claims):
            if _CLOSING.search(claim.text):
                out.append(replace(claim, measure=Measure.LEVEL, direction=Direction.NONE))
            else:
                out.append(replace(claim, measure=Measure.INTRADAY_EXTREME, since=None))
        out.append(claim)
    return out


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _before_level(claim: Claim) -> str:
    """The claim's words before its level: "hit" after it ("a record of 121.5 hit on") is a
    noun reference's, not a verb of reaching."""
    for m in _NUMBER.finditer(claim.text):
        if float(m.group(0).replace(",", "")) == abs(claim.level or 0.0):
            return claim.text[: m.start()]
    return claim.text


def _reached_alone(claim: Claim, claims: list[Claim]) -> bool:
    if claim.measure is not Measure.RECORD or claim.level is None:
        return False
    if not any(word.lower() in _REACHING for word in _before_level(claim).split()):
        return False
    key = (claim.instrument, claim.session, claim.level)
    return not any(
        c.measure in _AT_LEVEL and (c.instrument, c.session, c.level) == key for c in claims
    )
