"""A claim told "that day", "the same day" or "on the day" after a dated one ("Monday's 8.5%
rout in Shanghai ..., and the CSI 300 fell 8.6% the same day"): it is on that claim's day, and
so is the ranking told right after it ("the Dow's 2,963-point surge on the day was the largest
point gain in its history")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.domain import Claim, Measure

_SAME_DAY = re.compile(r"\b(?:(?:on\s+)?(?:that|the\s+same)\s+day|on\s+the\s+day)\b", re.I)


def same_days(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, each told on "that day" dated to the dated claim before it."""
    if " day" not in s:
        return claims
    out = list(claims)
    for m in _SAME_DAY.finditer(s):
        held = [c for c in out if c.start <= m.start() < c.end and _undated(c)]
        dated = [c for c in out if c.end <= m.start() and not _undated(c)]
        day = dated[-1].session if dated else None
        if not held or day is None:
            continue
        if m.group(0).lower().endswith("the day") and not _NAMED.search(dated[-1].time_words):
            continue  # "which had slid 1.1% a session earlier, added 0.6% on the day": its own
        for claim in held:
            _redate(out, claim, day)
    return out


def _redate(out: list[Claim], claim: Claim, day: date) -> None:
    at = out.index(claim)
    out[at] = replace(claim, session=day)
    for later in out[at + 1 :]:  # "... on the day was the largest point gain in its history"
        ranked = later.measure is Measure.BIGGEST_MOVE and later.instrument == claim.instrument
        if ranked and _undated(later) and later.start <= claim.end + 2:
            out[out.index(later)] = replace(later, session=day)


def _undated(claim: Claim) -> bool:
    return not claim.time_words or _WORDS.fullmatch(claim.time_words) is not None


_NAMED = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)
_WORDS = re.compile(r"(?:on\s+)?(?:the|that|the\s+same)\s+day", re.I)
