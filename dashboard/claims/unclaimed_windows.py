"""A window told by a first clause whose own move is no claim (a company's shares, a sector
gauge) and lent to the market move that answers it: "Toyota's shares have risen 60% this year,
outpacing a 28% gain in the Nikkei", "Nvidia's shares have gained 150% this year, and ... lift
the Nasdaq Composite 18% over the same period", "Coinbase shares have dropped 80% since April
2021, while bitcoin has lost about 60% over that period". The later move names no time of its
own and points back to the window (same-period words, a comparison, a present perfect), so it is
a move over that window (period_change), not the day's."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims.perfect_windows import window_opening
from dashboard.domain import Claim, Measure

_MOVES = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE)
_SAME = re.compile(  # "over the same period", "over that period", "in that time"
    r"\b(?:over|in|during|for|across)\s+(?:the\s+same|that)\s+(?:\w+\s+)?"
    r"(?:period|stretch|span|time|window|days|sessions|weeks|months|quarter|year)\b",
    re.IGNORECASE,
)
_COMPARED = re.compile(  # "outpacing a 28% gain in the Nikkei", "compared with the FTSE's 4%"
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|outpacing|outstripping|outperforming"
    r"|underperforming|lagging|trailing|dwarfing|against)\s+(?:[^,;]{0,40}?['’]s?\s+)?$",
    re.IGNORECASE,
)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:now|already|also|only|just)\s+)*(?!been\b)[a-z]+")
_TOLD_MOVE = re.compile(  # the first clause's own move over the window: "have risen 60%"
    r"\d\s?(?:%|percent\b|per\s+cent\b)|\b(?:halved|doubled|tripled|quadrupled)\b", re.IGNORECASE
)
_DAY_WORDS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|session"
    r"|overnight|intraday|close|closed)\b|;",
    re.IGNORECASE,
)


def unclaimed_windows(s: str, claims: list[Claim], reference: date) -> list[Claim]:
    """The claims, the first sized move that answers an unclaimed first clause's window made
    that window's move."""
    if not claims:
        return claims
    first = min(claims, key=lambda c: c.start)
    if first.measure not in _MOVES or first.size is None or first.time_words:
        return claims
    window = _told_window(s, first.start, reference)
    if window is None or not _answers(s, first):
        return claims
    since, session = window
    if since >= (first.session or reference):
        return claims
    made = replace(first, measure=Measure.PERIOD_CHANGE, since=since, session=session)
    return [made if c is first else c for c in claims]


def _told_window(s: str, start: int, reference: date) -> tuple[date, date] | None:
    """The last window ("this year", "since April 2021") told before the move, in a clause
    that states a sized move of its own, with no day named between them."""
    found = window_opening(s, 0, start, reference)
    if found is None:
        return None
    at, since, session = found
    if not _TOLD_MOVE.search(s, 0, at) or _DAY_WORDS.search(s, at, start):
        return None
    return since, min(session, reference)


def _answers(s: str, claim: Claim) -> bool:
    """The move points back to the window: "over the same period" after it, a comparison
    before it ("outpacing a 28% gain"), or a present perfect ("bitcoin has lost 60%")."""
    after = re.match(r"[^,;]{0,45}", s[claim.end :])
    if _SAME.search(claim.text) or (after is not None and _SAME.search(after.group(0) + " ")):
        return True
    if _COMPARED.search(s, max(0, claim.start - 60), claim.start):
        return True
    return _PERFECT.search(claim.text) is not None
