"""Claims told inside a relative clause that names its own day: "Aluminium, which on Monday
touched $3,229 a tonne, the highest since July 2008, slid 2.3% on Tuesday", "Sterling, which had
climbed above $1.50 as polls closed late on Thursday, plunged", "2.4% above Monday's close, which
had been its lowest since March 2009". A claim in the clause that names no day of its own is the
clause's day, not the main clause's or the reference day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims.day_after_clauses import _since
from dashboard.claims.timewords import WEEKDAYS, weekday_on_or_before
from dashboard.domain import Claim

_OPENER = re.compile(r",\s*(?:which|when)\b", re.IGNORECASE)
_WEEKDAY = re.compile(
    r"\b(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?P<owner>['’]s)?",
    re.IGNORECASE,
)
# a comma the relative clause runs on past: an appositive ("..., the highest since July 2008,")
_RUNS_ON = re.compile(
    r",\s*(?:the|its|their|an?|about|around|some|roughly|nearly|almost|just|up|down|or"
    r"|[$€£]?\d)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r";|[,.](?!\d)")  # not "$1.50", "3,229"
_OWNER = re.compile(  # "Monday's close, which ...": the clause is about the day just named
    r"\b(?P<day>monday|tuesday|wednesday|thursday|friday)['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:close|finish|settle(?:ment)?|session|trade|trading)\s*$",
    re.IGNORECASE,
)


def relative_days(s: str, claims: list[Claim], reference: date) -> list[Claim]:
    """Claims with no time words inside a relative clause that names a weekday (or hangs on
    "Monday's close") dated to that day."""
    out = list(claims)
    for opener in _OPENER.finditer(s):
        end = _relative_end(s, opener.end())
        day = _clause_day(s, opener.start(), opener.end(), end, reference)
        if day is None:
            continue
        for i, claim in enumerate(out):
            later = claim.session is not None and claim.session > day  # not "a day before"
            if later and _told_inside(s, claim, opener.end(), end):
                out[i] = replace(claim, session=day, since=_since(claim, day))
    return out


def _told_inside(s: str, claim: Claim, start: int, end: int) -> bool:
    """Whether the claim is told in the relative clause with no day of its own there: its span
    ends in it ("Sterling, which had climbed above $1.50"), or lies in it with a day carried
    from outside ("Monday's close, which had been its lowest since 2009" read with Tuesday)."""
    if not start < claim.end <= end + 1:
        return False
    if not claim.time_words:
        return True
    carried = _WEEKDAY.fullmatch(claim.time_words) is not None
    return carried and claim.start >= start and claim.time_words not in s[start:end]


def _relative_end(s: str, at: int) -> int:
    """Where the relative clause ends: the first comma not followed by an appositive, or a
    semicolon or full stop ("which had climbed above $1.50 late on Thursday, plunged")."""
    for stop in _CLAUSE_END.finditer(s, at):
        if stop.group() != "," or not _RUNS_ON.match(s, stop.start()):
            return stop.start()
    return len(s)


def _clause_day(s: str, opening: int, start: int, end: int, reference: date) -> date | None:
    """The one weekday the relative clause names (not as an owner, "Friday's rally"), else the
    day of the close it hangs on ("Monday's finish, when it had touched a six-year low")."""
    named = {m.group("day").lower() for m in _WEEKDAY.finditer(s, start, end) if not m["owner"]}
    if len(named) > 1:
        return None
    if not named:
        owner = _OWNER.search(s, max(0, opening - 40), opening)
        if owner is None:
            return None
        named = {owner.group("day").lower()}
    return weekday_on_or_before(reference, WEEKDAYS.index(named.pop()))
