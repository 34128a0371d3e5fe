"""A move told as coming some time after the one before it ("hit a record on Monday and
slumped 3% the next day", "and two days later it ..."): its day counts on from that one."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dashboard.claims.lexicon import NUMBER_WORDS
from dashboard.domain import Claim

_COUNT = r"(?P<n>a|an|one|\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
_LATER = re.compile(
    r"\b(?:(?P<next>(?:the\s+)?(?:next|following)\s+(?:trading\s+)?(?:day|session))"
    r"|" + _COUNT + r"\s+(?:trading\s+)?(?P<unit>days?|sessions?|weeks?)\s+later)\b",
    re.IGNORECASE,
)
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
            continue
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
