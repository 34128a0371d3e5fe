"""Claims dated to the reference day only because their words name no day, when the sentence
ties them to a claim of an earlier day.

A window a result clause hangs on a dated move ("slid 2% on Thursday, leaving it down 30% since
the start of the year", "..., a slide that left the index down 50% from its June peak") ends on
that move's day, not on the day of writing. A sentence whose subject is a dated move noun
("Wednesday's 3.7% slide took the rupee to a record low and was its sharpest fall since 1995")
dates the claims that name no day of their own to that noun's day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims.day_after_clauses import _since
from dashboard.claims.timeresolve import resolve_words
from dashboard.claims.timewords import (
    NAMED_DAY,
    WEEKDAYS,
    sessions_back,
    weekday_on_or_before,
)
from dashboard.domain import Claim, Measure

# a clause that tells what the move before it left behind
_RESULT_LINK = re.compile(
    r"(?:,|\band)\s+(?:leaving|taking|lifting|bringing|pushing|putting|having|to\s+leave)\b"
    r"|,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:slide|drop|fall|decline|loss|gain|rise|rally"
    r"|advance|jump|surge|plunge|tumble|slump|rebound|move)\s+that\s+(?:left|took|lifted|put)\b",
    re.IGNORECASE,
)
_NAMES_DAY = re.compile(r"\b(?:" + NAMED_DAY + r"|yesterday)", re.IGNORECASE)
_WINDOW_WORDS = re.compile(r"(?:since|from)\s", re.IGNORECASE)
_ANY_DAY = re.compile(r"\b(?:" + NAMED_DAY + r"|yesterday|today)", re.IGNORECASE)


def carried_days(s: str, claims: list[Claim], reference: date) -> list[Claim]:
    """The claims, with windows hung on an earlier dated move ending on its day and undated
    claims under a dated move noun subject on the noun's day."""
    return _noun_subject_days(s, _result_windows(s, claims, reference), reference)


def _result_windows(s: str, claims: list[Claim], reference: date) -> list[Claim]:
    """ "rose to a record on Thursday, leaving it up almost 50% since the start of the year": a
    window to the reference day, told in a result clause after a move dated earlier, ends on that
    move's day."""
    out = list(claims)
    for i, claim in enumerate(out):
        if claim.measure is not Measure.PERIOD_CHANGE or claim.session != reference:
            continue
        if _NAMES_DAY.search(claim.time_words) and not _WINDOW_WORDS.match(claim.time_words):
            continue  # "since last Thursday's record close" opens a window; "on Friday" dates
        anchor = _anchor(s, out[:i], claim)
        if anchor is None or anchor.session is None or anchor.session >= reference:
            continue
        out[i] = _moved_window(claim, anchor.session)
    return out


def _anchor(s: str, before: list[Claim], claim: Claim) -> Claim | None:
    """The nearest earlier claim dated by a day it names (not "Friday's 8% slide"), joined to
    the claim by a result clause with no other day named between them."""
    for told in reversed(before):
        if _possessive(s, told):
            continue  # "extending Friday's 8% slide and leaving it down 22%": the main move's
        if not _NAMES_DAY.search(told.time_words):
            return None  # "and ended the week 1% lower, taking its loss ...": the week's end
        link = _RESULT_LINK.search(s, told.end, min(len(s), claim.start + 20))
        if link is None or link.start() > claim.start:
            return None  # the link may open the claim's span: "lifting its two-day gain"
        if _ANY_DAY.search(s, link.end(), claim.start):
            return None
        return told
    return None


def _possessive(s: str, claim: Claim) -> bool:
    """Whether the claim's time words stand as a possessive near it ("Friday's 8% slide")."""
    low = max(0, claim.start - 40)
    words = re.escape(claim.time_words)
    return re.search(words + r"['’]s\b", s[low : claim.end + 40], re.IGNORECASE) is not None


def _moved_window(claim: Claim, day: date) -> Claim:
    """The window ending on ``day``: its start counted again from that day when its words
    count it ("its two-day gain", "this week"), else kept ("since the start of the year")."""
    since, old = claim.since, claim.session
    window = resolve_words(claim.time_words, day) if claim.time_words else None
    if window is not None and window.since is not None:
        since = window.since
    elif since is not None and old is not None and 0 < (old - since).days <= _COUNTED_DAYS:
        since = sessions_back(since, _sessions_between(day, old))  # "two-day": a count back
    return replace(claim, session=day, since=since)


_COUNTED_DAYS = 14  # a window this short was counted back from its end, not named


def _sessions_between(early: date, late: date) -> int:
    """How many weekdays step back from ``late`` to ``early``."""
    count, day = 0, late
    while day > early:
        day, count = sessions_back(day, 1), count + 1
    return count


# a dateline before the lead noun: "LONDON, Oct 20 - "
_DATELINE = r"(?:[A-Z][A-Za-z .]*,\s+[A-Z][a-z]+\.?\s+\d{1,2}\s+[-–—]+\s+)?"
_LEAD_NOUN = re.compile(  # "Wednesday's 3.7% slide ...", "LONDON, Oct 20 - Tuesday's 12.2% fall"
    r"^\s*" + _DATELINE + r"(?P<day>" + "|".join(WEEKDAYS) + r")['’]s\s", re.IGNORECASE
)
_LOOK_BACK = (Measure.RECORD, Measure.BIGGEST_MOVE)


def _noun_subject_days(s: str, claims: list[Claim], reference: date) -> list[Claim]:
    """ "Thursday's intraday plunge of nearly 1,000 points in the Dow ... was the largest":
    the sentence's claims that name no day are the lead noun's day's (a record or ranking
    there is the noun's, not another dated noun's)."""
    lead = _LEAD_NOUN.match(s)
    if lead is None:
        return claims
    day = _weekday(lead.group("day"), reference)
    nouns = {_weekday(m.group(1), reference) for m in _DAY_NOUN.finditer(s)}
    out = list(claims)
    for i, claim in enumerate(out):
        if claim.time_words or claim.session in (None, day):
            continue
        ranked = claim.measure in _LOOK_BACK and claim.session in nouns
        if claim.session == reference or ranked:  # not "a day after it had set a record"
            out[i] = replace(claim, session=day, since=_since(claim, day))
    return out


_DAY_NOUN = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")['’]s\s", re.IGNORECASE)


def _weekday(name: str, reference: date) -> date:
    """The day a weekday name points to from the reference day."""
    return weekday_on_or_before(reference, WEEKDAYS.index(name.lower()))
