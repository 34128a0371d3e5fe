"""Bare states set after a day ranked as a record move: "The S&P 500 and the Nasdaq recorded
their biggest daily drops since 2022 on Wednesday, down 2.3% and 3.6% respectively": the
figures size the ranked day, so they are its session changes, not states at writing time."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Measure

_STATE = re.compile(r"(?:up|down|off)\s", re.IGNORECASE)


def ranked_day_states(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, with a bare state right after a comma that closes the same market's
    biggest-move clause of the same day made a session change."""
    out = []
    for claim in claims:
        ranked = claim.measure is Measure.INTRADAY_CHANGE and any(
            _ranks(s, other, claim) for other in claims
        )
        out.append(replace(claim, measure=Measure.SESSION_CHANGE) if ranked else claim)
    return out


def _ranks(s: str, ranked: Claim, state: Claim) -> bool:
    """Whether `state` ("down 2.3% and 3.6% respectively") follows `ranked`'s clause after a
    comma, on the same market and day."""
    if ranked.measure is not Measure.BIGGEST_MOVE or ranked.instrument != state.instrument:
        return False
    if ranked.session != state.session or ranked.end > state.start:
        return False
    return s[ranked.end : state.start].strip() == "," and bool(_STATE.match(s, state.start))
