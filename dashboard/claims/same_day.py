"""A claim told "that day", "the same day" or "on the day" after a dated one ("Monday's 8.5%
rout in Shanghai ..., and the CSI 300 fell 8.6% the same day"): it is on that claim's day, and
so is the ranking told right after it ("the Dow's 2,963-point surge on the day was the largest
point gain in its history")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims.timewords import WEEKDAYS, weekday_on_or_before
from dashboard.domain import Claim, Measure

_SAME_DAY = re.compile(r"\b(?:(?:on\s+)?(?:that|the\s+same)\s+day|on\s+the\s+day)\b", re.I)


def same_days(s: str, claims: list[Claim], reference: date) -> list[Claim]:
    """The claims, each told on "that day" dated to the dated claim before it."""
    if " day" not in s:
        return claims
    out = list(claims)
    for m in _SAME_DAY.finditer(s):
        held = [c for c in out if c.start <= m.start() < c.end and _undated(c)]
        dated = [c for c in out if c.end <= m.start() and not _undated(c)]
        if m.group(0).lower().endswith("the day"):  # not a side clause's day
            dated = [c for c in dated if not _SIDE.search(s, 0, c.start)] or dated
        day = dated[-1].session if dated else _owned_day(s, m.start(), reference)
        if not held or day is None:
            continue
        if m.group(0).lower().endswith("the day") and not _NAMED.search(dated[-1].time_words):
            continue  # "which had slid 1.1% a session earlier, added 0.6% on the day": its own
        for claim in held:
            _redate(out, claim, day)
    return out


# "rose 0.6% on Friday, after falling 1% on Thursday, and silver was up 1.2% on the day"
_SIDE = re.compile(r"\b(?:after|before)\s+$", re.IGNORECASE)
_WEEKDAY_NOUN = re.compile(r"\b(?P<d>mon|tues|wednes|thurs|fri)day['’]s\s", re.IGNORECASE)


def _owned_day(s: str, before: int, reference: date) -> date | None:
    """ "Wednesday's 24% plunge in Credit Suisse shares ... dragged the STOXX 600 down 2.9% that
    day": the weekday a move noun no claim took names, the last one on or before the reference."""
    found = list(_WEEKDAY_NOUN.finditer(s, 0, before))
    if not found:
        return None
    return weekday_on_or_before(reference, WEEKDAYS.index(found[-1].group("d").lower() + "day"))


def redated(claim: Claim, day: date) -> Claim:
    """The claim on ``day``, its look-back counted from there when it was counted back from its
    old day ("its biggest in a month")."""
    since, old = claim.since, claim.session
    counted = (
        since is not None
        and old is not None
        and (since.day == old.day or (old - since).days % 7 == 0)
    )
    if counted and since is not None and old is not None:
        since = since + (day - old)
    return replace(claim, session=day, since=since)


def _redate(out: list[Claim], claim: Claim, day: date) -> None:
    at = out.index(claim)
    out[at] = redated(claim, day)
    for later in out[at + 1 :]:  # "... on the day was the largest point gain in its history"
        marked = later.measure in (Measure.BIGGEST_MOVE, Measure.RECORD, Measure.LEVEL)
        ranked = marked and later.instrument == claim.instrument
        if ranked and _undated(later) and later.start <= claim.end + 40:
            out[out.index(later)] = redated(later, day)


def _undated(claim: Claim) -> bool:
    return not claim.time_words or _WORDS.fullmatch(claim.time_words) is not None


_NAMED = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)
_WORDS = re.compile(r"(?:on\s+)?(?:the|that|the\s+same)\s+day", re.I)
