"""A sized move with no time words of its own that the sentence calls "its worst week since
2020" ("The CAC 40 slid 6.2%, its worst week since 2022", "In its worst week since 2022, the
DAX fell 4%") or that sizes "its best first half since 1983" ("The Nasdaq posted its best
first half since 1983, rising 32%", "..., a slide of 11%"): a move over that week, month,
quarter, half or year."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims.period_sized import period_window, periods_sized
from dashboard.domain import Claim, Measure

_SUPERLATIVE = (
    r"(?:its|their)\s+(?:best|worst|biggest|largest|sharpest|steepest|strongest|weakest"
    r"|heaviest|deepest)\s+(?P<period>first[\s-]half|second[\s-]half|week|month|quarter|year"
    r"|weekly|monthly|quarterly|annual|yearly)\b"
)
_APPOSED = re.compile(r"\s*,\s*" + _SUPERLATIVE, re.IGNORECASE)
_FRONTED = re.compile(r"\s*(?:in|with)\s+" + _SUPERLATIVE + r"[^,;]*,\s*", re.IGNORECASE)
_POSTED = re.compile(
    r"\b(?:posted|had|notched|logged|recorded|suffered|enjoyed|booked|clocked)\s+"
    + _SUPERLATIVE
    + r"[^,;]*,\s*(?=[a-z]+ing\b|an?\s+[a-z]+\s+of\s)",  # "..., rising 32%", "..., a slide of 11%"
    re.IGNORECASE,
)


def periods_named(s: str, claims: list[Claim], reference: date) -> list[Claim]:
    """Undated sized session moves that the sentence names as a period's move, and the periods
    an appositive sizes ("to cap its worst week since 2023, a drop of about 10%")."""
    return periods_sized(s, _their_periods(s, [_named(s, c, reference) for c in claims]))


def _their_periods(s: str, named: list[Claim]) -> list[Claim]:
    if "their" not in s:
        return named
    for index in range(len(named) - 2, -1, -1):  # "A lost 9.1% and B 10%, their worst week"
        later = named[index + 1]
        if _THEIR.match(later.time_words) and _shares_their(s, named[index], later):
            named[index] = replace(
                named[index],
                measure=Measure.PERIOD_CHANGE,
                session=later.session,
                since=later.since,
                time_words=later.time_words,
            )
    return named


_THEIR = re.compile(r"their\s")
_COORDINATED = re.compile(
    r"(?:\s*,)?\s+(?:and|while|as\s+well\s+as)\s+[^,;:]{0,60}$|\s*,\s*[^,;:]{0,60}$"
)


def _shares_their(s: str, claim: Claim, later: Claim) -> bool:
    """Whether an undated sized session move is coordinated with the next claim, which "their"
    names as a period's move: the period is theirs together."""
    if claim.measure is not Measure.SESSION_CHANGE or claim.size is None or claim.time_words:
        return False
    return claim.end <= later.start and _COORDINATED.match(s[claim.end : later.start]) is not None


def _named(s: str, claim: Claim, reference: date) -> Claim:
    if claim.measure is not Measure.SESSION_CHANGE or claim.size is None or claim.time_words:
        return claim
    found = _APPOSED.match(s, claim.end)
    fronted = _FRONTED.match(s)  # "In its worst week since 2022, the DAX fell 4%"
    if found is None and fronted is not None and claim.start == fronted.end():
        found = fronted
    if found is None:  # "posted its best first half since 1983, rising 32%"
        posted = [m for m in _POSTED.finditer(s, 0, claim.end) if m.end() >= claim.start]
        found = posted[-1] if posted else None
    if found is None:
        return claim
    time = period_window(found.group("period"), reference)
    if time is None or time.session is None or time.since is None:
        return claim
    return replace(
        claim,
        measure=Measure.PERIOD_CHANGE,
        session=time.session,
        since=time.since,
        time_words=found.group(0).strip(" ,"),
    )
