"""A move measured from an extreme or close on a named weekday ("The S&P 500 was down about 2%
from its record close on Monday", "more than 5% off its all-time high on Monday"): the weekday
starts the window, which ends on the reference day, and a record named there is that day's."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims.dated_records import record_at
from dashboard.claims.timewords import WEEKDAYS, weekday_on_or_before
from dashboard.domain import Claim, Direction, Measure

_WEEKDAY_RE = r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ON_DAY = re.compile(r"\bon\s+" + _WEEKDAY_RE + r"\b(?!['’])", re.IGNORECASE)
# "from its record close on Monday", "off the all-time high it set on Friday"
_FROM_MARK = re.compile(
    r"\b(?:from|off|below|above|under|short\s+of)\s+(?:its|their|the)\s+"
    r"(?P<mark>(?:[^,;]|,(?=\d)){0,50}?\b(?P<noun>record|high|low|peak|close|top|trough)s?\b"
    r"(?:[^,;.]|[.,](?=\d)){0,40}?)\s+on\s+" + _WEEKDAY_RE + r"\b(?!['’])",
    re.IGNORECASE,
)
_RECORD = re.compile(r"\b(?:record|all-time|lifetime)\b", re.IGNORECASE)
_LOW = re.compile(r"\b(?:low|lows|trough|bottom)\b", re.IGNORECASE)


def weekday_mark(mark: str, session: date) -> date | None:
    """The day "on Friday" gives a mark ("its record high of $2,431.29 on Friday")."""
    found = _ON_DAY.search(mark)
    if found is None:
        return None
    return weekday_on_or_before(session, WEEKDAYS.index(found.group("day").lower()))


def marked_windows(s: str, claims: list[Claim], reference: date) -> list[Claim]:
    """Windows read from "down 2% from its record close on Monday" start on that Monday and
    end on the reference day; the record the mark names is added on Monday."""
    out = list(claims)
    for m in _FROM_MARK.finditer(s):
        day = weekday_on_or_before(reference, WEEKDAYS.index(m.group("day").lower()))
        hits = [i for i, c in enumerate(out) if _window_over(c, m)]
        for i in hits:
            if out[i].session == day and out[i].since is None:
                out[i] = replace(out[i], session=reference, since=day)
        if hits and _RECORD.search(m.group("mark")) and not _has_record(out, day):
            out.append(_record(out[hits[0]], m, day))
    return sorted(out, key=lambda c: c.start)


def _window_over(claim: Claim, m: re.Match[str]) -> bool:
    """A sized window claim whose span holds the mark ("down about 2% from its record")."""
    if claim.measure is not Measure.PERIOD_CHANGE or claim.size is None:
        return False
    return claim.start <= m.start() < claim.end + 2


def _has_record(claims: list[Claim], day: date) -> bool:
    """A record already claimed on the mark's day."""
    return any(c.measure is Measure.RECORD and c.session == day for c in claims)


def _record(window: Claim, m: re.Match[str], day: date) -> Claim:
    """The record the mark names ("its record close on Monday"), on the mark's day."""
    way = Direction.DOWN if _LOW.search(m.group("mark")) else Direction.UP
    return record_at(window, m, way, day, time_words=m.group("day"))
