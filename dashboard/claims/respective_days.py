"""Days taken in turn: "plunged 8.8% and rebounded 3.3% on Monday and Tuesday, respectively":
each of the clauses before the days takes its own day, in order."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims.folding import holds
from dashboard.claims.timewords import WEEKDAYS, weekday_on_or_before
from dashboard.domain import Claim, Measure

_DAYS = "|".join(WEEKDAYS)
_IN_TURN = re.compile(
    rf"\bon\s+({_DAYS})\s+and\s+(?:on\s+)?({_DAYS}),?\s+respectively\b", re.IGNORECASE
)
_MOVES = (Measure.SESSION_CHANGE, Measure.PERIOD_CHANGE)


def days_in_turn(s: str, claims: list[Claim], reference: date) -> list[Claim]:
    """The two moves closed by "on <day> and <day>, respectively", each re-dated to its day."""
    found = _IN_TURN.search(s) if holds(s, ("respectively",)) else None
    if found is None:
        return claims
    before = [c for c in claims if c.end <= found.end() and c.size is not None]
    if len(before) != 2 or any(c.measure not in _MOVES for c in before):
        return claims
    days = [weekday_on_or_before(reference, WEEKDAYS.index(d.lower())) for d in found.groups()]
    if days[0] >= days[1]:
        return claims  # in turn means in order
    words = found.groups()
    dated = {id(c): _on(c, days[i], words[i]) for i, c in enumerate(before)}
    return [dated.get(id(c), c) for c in claims]


def _on(claim: Claim, day: date, word: str) -> Claim:
    return replace(claim, measure=Measure.SESSION_CHANGE, since=None, session=day, time_words=word)
