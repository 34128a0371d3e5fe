"""A move told as coming some time after the one before it ("hit a record on Monday and
slumped 3% the next day", "and two days later it ..."): its day counts on from that one; a
clause fronted by "a week earlier" or "the previous day" counts back from it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dashboard.claims.lexicon import NUMBER_WORDS
from dashboard.claims.timewords import sessions_back
from dashboard.domain import Claim

_COUNT = r"(?P<n>a|an|one|\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
_LATER = re.compile(
    r"\b(?:(?P<next>(?:the\s+)?(?:next|following)\s+(?:trading\s+)?(?:day|session))"
    r"|" + _COUNT + r"\s+(?:trading\s+)?(?P<unit>days?|sessions?|weeks?)\s+later)\b",
    re.IGNORECASE,
)
# "leapt 44% on Wednesday; a week earlier the gauge had closed below 12": fronted only (a
# trailing "a day earlier" is read with the claim's own time words)
_EARLIER = re.compile(
    r"\b(?:(?P<prior>the\s+(?:previous|prior|preceding)\s+(?P<punit>day|session|trading\s+day))"
    r"|" + _COUNT + r"\s+(?P<unit>days?|sessions?|trading\s+days?|weeks?)\s+(?:earlier|before))"
    r"(?:\s*,)?\s+(?=[a-z])",
    re.IGNORECASE,
)
_OPENS = re.compile(r"\s*(?:[;,\u2014]|\s-)\s*(?:(?:and|but|while|whereas)\s+)?")
_TRAILING = re.compile(r"\s+(?:on\s+)?(?=\S)")  # "slumped 3% the next day", "... on the next day"
_FRONTED = re.compile(r"[\s,]*(?:and|but|then|before)?\s*,?\s*", re.IGNORECASE)


def days_later(s: str, claims: list[Claim], reference: date) -> list[Claim]:
    """Each claim that says it came a day, some days or a week after the claim before it, and
    names no day of its own, takes that later day."""
    out = list(claims)
    for index in range(1, len(out)):
        claim, before = out[index], out[index - 1]
        base = before.session
        if (
            base is None
            or claim.since is not None
            or claim.session != base
            or claim.start < before.end
        ):
            continue
        found = _later_words(s, before.end, claim)
        if found is None:
            back = _earlier_words(s, before.end, claim)
            day = _counted_back(base, back) if back is not None else None
        else:
            day = _counted_on(base, found)
        if day is not None and day <= reference:
            out[index] = replace(claim, session=day)
    return out


def _later_words(s: str, low: int, claim: Claim) -> re.Match[str] | None:
    """ "the next day" right after the claim, or fronted between the claim before and it."""
    lead = _TRAILING.match(s, claim.end)
    if lead is not None:
        found = _LATER.match(s, lead.end())
        if found is not None:
            return found
    for found in _LATER.finditer(s, low, claim.start):
        if _FRONTED.fullmatch(s, low, found.start()) and not re.search(
            r"[;.]", s[found.end() : claim.start]
        ):
            return found
    return None


def _earlier_words(s: str, low: int, claim: Claim) -> re.Match[str] | None:
    """ "; a week earlier the gauge had closed below 12": the words open the claim's clause."""
    opens = _OPENS.match(s, low)
    found = _EARLIER.match(s, opens.end()) if opens is not None and opens.end() > low else None
    if (
        found is None
        or found.end() > claim.start
        or re.search(r"[;.,]", s[found.end() : claim.start])
    ):
        return None
    return found


def _counted_back(day: date, found: re.Match[str]) -> date:
    """The day the words count back to: calendar days and weeks, or trading sessions."""
    unit = (found.group("punit") or found.group("unit")).lower()
    word = (found.group("n") or "a").lower()
    count = 1 if word in ("a", "an", "one") else NUMBER_WORDS.get(word) or int(word)
    if unit.startswith("week"):
        return day - timedelta(days=7 * count)
    if unit.startswith(("session", "trading")):
        return sessions_back(day, count)
    return day - timedelta(days=count)


def _counted_on(day: date, found: re.Match[str]) -> date | None:
    """The day the words count on to: the next weekday for "the next day", else that many."""
    if found.group("next"):
        return _weekdays_on(day, 1)
    word = found.group("n").lower()
    count = 1 if word in ("a", "an", "one") else NUMBER_WORDS.get(word) or int(word)
    unit = found.group("unit").lower()
    if unit.startswith("week"):
        return day + timedelta(days=7 * count)
    if unit.startswith("session"):
        return _weekdays_on(day, count)
    return _weekdays_on(day + timedelta(days=count - 1), 1)


def _weekdays_on(day: date, count: int) -> date:
    """The weekday ``count`` weekdays after ``day``."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day
