"""How long before a clause's day the words after it happened: "..., three days after it hit a
record", "a month after touching $2,790", "less than two weeks after touching a record $12,931
on Dec. 18".

A counted span ("two days", "three weeks", "a month", "four sessions") names the earlier day. A
vague one ("less than two weeks", "just days", "barely a week") names none: the words after it
make a claim only when they carry their own date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dashboard.claims.timeresolve import months_back
from dashboard.claims.timewords import sessions_back

SPAN = (
    r"(?P<pre>\b(?:in|for|than|over|of|within)\s+)?"  # "its biggest fall in seven months after"
    r"(?:(?P<vague>(?:less|more|fewer)\s+than|just|only|barely|nearly|almost|about|some|roughly"
    r"|around|a\s+little\s+(?:more|less)\s+than)\s+)?"
    r"(?:(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}"
    r"|(?P<few>a\s+few|few|several|a\s+couple\s+of))\s+)?"
    r"(?:trading\s+)?(?P<unit>day|session|week|month|hour|minute)(?P<plural>s)?\s+after\b"
)
_SPAN_END = re.compile(SPAN + r"\s*$", re.IGNORECASE)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNTS |= {"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _span(prefix: str) -> re.Match[str] | None:
    found = _SPAN_END.search(prefix)
    return None if found is None or found.group("pre") else found


def _vague(found: re.Match[str]) -> bool:
    """A hedge that leaves the span's length open ("less than two weeks"); "just a day", "only
    four days" still count it."""
    hedge = (found.group("vague") or "").lower()
    return bool(hedge) and not (hedge in ("just", "only") and found.group("n"))


def _count(found: re.Match[str]) -> int | None:
    word = (found.group("n") or "").lower()
    if _vague(found) or not word:
        return None
    return _COUNTS.get(word) or (int(word) if word.isdigit() else None)


def span_back(prefix: str, base: date) -> date | None:
    """The day a counted span before the clause names ("two days after" → two days before
    ``base``); None for no span, a vague one, or "a day after" (the previous session)."""
    found = _span(prefix)
    count = _count(found) if found is not None else None
    if found is not None and found.group("unit").lower() in ("hour", "minute"):  # the same day,
        days = round(count / 24) if count and found.group("unit").lower() == "hour" else 0
        return base - timedelta(days=days)  # unless a day or more of hours ("24 hours after")
    if found is None or count is None:
        return None
    unit = found.group("unit").lower()
    if unit in ("day", "session") and count == 1:
        return None  # "a day after": the previous session, read elsewhere
    if unit == "session":
        return sessions_back(base, count)
    if unit == "month":
        return months_back(base, count)
    return base - timedelta(days=count * (7 if unit == "week" else 1))


def vague_span(prefix: str) -> bool:
    """Whether the clause opens with a span that names no day ("just days after", "a few weeks
    after"); "the day after" names one."""
    found = _span(prefix)
    if found is None or found.group("unit").lower() in ("hour", "minute"):
        return False
    bare = found.group("plural") and not found.group("n")  # "days after"
    return bool(_vague(found) or found.group("few") or bare)
