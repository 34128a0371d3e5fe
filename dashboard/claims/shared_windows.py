"""A window told once and shared by the sentence's later sized moves that name no time of their
own: "Bitcoin's roughly 120% gain in 2024 dwarfed the S&P 500's 23% advance", "the rouble
finished 2019 11% firmer, while the RTS index notched a 45% gain", "..., down 2.4% over the same
three months"."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Measure

_SAME = re.compile(
    r"\b(?:over|in|during|for)\s+the\s+same\s+(?:period|stretch|time|span|window"
    r"|(?:\w+\s+)?(?:days|sessions|weeks|months|quarter|year))\b",
    re.IGNORECASE,
)
_DAY_WORDS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|session"
    r"|day|overnight|intraday|close|closed|ended\s+the\s+day)\b|;",
    re.IGNORECASE,
)


_WINDOW_TOLD = (Measure.PERIOD_CHANGE, Measure.RECORD, Measure.BIGGEST_MOVE)


def shared_windows(s: str, claims: list[Claim]) -> list[Claim]:
    """Each sized session move with no time words, told after a move over a window on another
    market (or "over the same period") and no move of a day, takes that window."""
    out = list(claims)
    for i, claim in enumerate(out):
        window = _window_before(s, out, i)
        if window is not None:
            out[i] = replace(
                claim, measure=Measure.PERIOD_CHANGE, since=window.since, session=window.session
            )
    return out


def _window_before(s: str, claims: list[Claim], index: int) -> Claim | None:
    claim = claims[index]
    if claim.measure is not Measure.SESSION_CHANGE or claim.size is None or claim.time_words:
        return None
    earlier = [c for c in claims[:index] if c.end <= claim.start]
    if not earlier or earlier[-1].measure is not Measure.PERIOD_CHANGE:
        return None
    if any(c.measure not in _WINDOW_TOLD for c in earlier):
        return None  # "fell 9.7% on Friday, capping a week ..., while the Dow dropped 5.7%"
    window = earlier[-1]
    if window.since is None or _DAY_WORDS.search(s, window.start, claim.end):
        return None  # "ended a volatile week 2.5% higher on Friday, while the Dow shed 0.7%"
    if any(c.instrument == claim.instrument for c in earlier):
        return None  # "ended 2022 down 12.3% ..., after each slipped about 1%": its own move
    same = _SAME.search(s, claim.start, min(len(s), claim.end + 40)) is not None
    return window if same or window.instrument != claim.instrument else None
