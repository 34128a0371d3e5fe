"""Windows named by a span or a period word: "its five-day gain" (that many sessions, weeks or
months up to the reference date), "this year", "of the year", "its worst day of 2019"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dashboard.claims.timeresolve import resolve_words
from dashboard.claims.timewords import (
    Hint,
    TimeRef,
    month_start,
    number_value,
    same_day,
    sessions_back,
)


def span_window(span: str, reference: date) -> TimeRef | None:
    """The window of "its five-day gain", "a two-week slide": that many sessions, weeks or
    months up to the reference date."""
    found = re.fullmatch(r"(\w+)-(day|session|week|month)", span.lower())
    count = number_value(found.group(1)) if found else None
    if found is None or not count or count > 400:
        return None
    unit = found.group(2)
    if unit in ("day", "session"):
        since = sessions_back(reference, count - 1)
    elif unit == "week":
        since = reference - timedelta(days=7 * count)
    else:
        first = month_start(reference.year, reference.month, count)
        since = same_day(first.year, first.month, reference.day)
    return TimeRef(span, session=reference, since=since, hint=Hint.PERIOD)


def names_this_period(anchor: str | None) -> bool:
    """ "this year", "of the year": the window runs from the start of the current period."""
    low = (anchor or "").lower()
    return "this" in low or low.startswith("of the") or _OF_YEAR.match(low) is not None


_OF_YEAR = re.compile(r"of\s+(?P<year>(?:19|20)\d\d)\b")  # "its worst day of 2019"


def this_period_start(phrase: str, reference: date) -> date:
    """The first day of "this week" (Monday), "this month" or "this year"."""
    low = phrase.lower()
    if year := _OF_YEAR.match(low):
        return date(int(year.group("year")), 1, 1)
    if "week" in low:
        return reference - timedelta(days=reference.weekday())
    if "month" in low:
        return date(reference.year, reference.month, 1)
    return date(reference.year, 1, 1)


_THIS_PERIOD = re.compile(r"\b(this\s+(?:week|month|quarter|year))['’]s\b", re.IGNORECASE)


def this_period(words: str, times: list[TimeRef], day: date, reference: date) -> TimeRef | None:
    """The window a possessive in a move's own words names ("extended this week's rout to
    25%"), when its tail names none."""
    this = _THIS_PERIOD.search(words)
    if this is None or any(t.since for t in times):
        return None
    return resolve_words(this[1], day, reference)
