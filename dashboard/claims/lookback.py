"""Look-back starts: the first day of "since 2014", "since 22 April", "since the invasion",
"a 17-year low" or "in two decades", counted from the claim's session."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dashboard.claims.timewords import (
    _DAY,
    _INVADED,
    _MONTH,
    _NUM,
    _WEEKDAY,
    _YEAR,
    MONTHS,
    date_near,
    month_start,
    number_value,
    same_day,
)

_SINCE_RE = re.compile(
    r"since\s+(?:the\s+|its\s+|their\s+|[\w.-]+['’]s?\s+)?(?:(?:early|mid|late)[\s-]*"
    r"|(?:the\s+)?(?:start|beginning)\s+of\s+)?(?:(?P<month>"
    + _MONTH
    + r")"  # "since the start of June"
    r"(?:\s+(?P<day>" + _DAY + r")(?!\d))?,?\s*)?(?P<year>" + _YEAR + r")?",
    re.IGNORECASE,
)
_SINCE_DAY_FIRST_RE = re.compile(  # "since 22 April", "since their 26 August record close"
    r"since\s+(?:the\s+|its\s+|their\s+|[\w.-]+['’]s?\s+)?(?P<day>" + _DAY + r")\s+"
    r"(?P<month>" + _MONTH + r")(?![a-z])(?:,?\s+(?P<year>" + _YEAR + r"))?",
    re.IGNORECASE,
)
_SINCE_EVENT_RE = re.compile(
    r"since\s+(?:the\s+)?(?:[a-z'’+&.-]+\s+){0,6}?(?:of\s+|in\s+)?(?:(?P<month>"
    + _MONTH
    + r")\s+)?"
    r"(?P<year>" + _YEAR + r")\b",
    re.IGNORECASE,
)  # "since Japan intervened in October 2022": the month the event names
INVASION = date(2022, 2, 24)  # "since the invasion", "since the war began" (corpus README)
_INVASION_RE = re.compile(
    r"invasion|invaded|(?:the|russia['’]s)\s+war\b|war\s+(?:began|started|broke\s+out)"
    r"|" + _INVADED + r"\s+ukraine",
    re.I,
)
EURO_LAUNCH = date(1999, 1, 1)  # "since the euro's launch" (dev corpus gold)
_EURO_LAUNCH_RE = re.compile(
    r"since\s+(?:the\s+)?(?:euro|(?:single|common)\s+currency)(?:['’]s\s+(?:launch|creation|birth"
    r"|introduction|inception)|\s+was\s+(?:launched|created|introduced|born))",
    re.I,
)
# "since last August", "since last year": the calendar unit before the one in progress
_SINCE_LAST_RE = re.compile(
    r"since\s+last\s+(?:(?P<unit>year|month|week)|(?P<month>" + _MONTH + r")"
    r"|(?P<weekday>" + _WEEKDAY + r"))(?![a-z'’])",  # "since last year's peak" is the peak's
    re.IGNORECASE,
)
_AGO_RE = re.compile(
    rf"\b(?P<n>{_NUM}|\d+|an?)(?P<half>[\s-]and[\s-]a[\s-]half|-1/2)?[\s-](?P<unit>year|month|week|decade)s?\b",
    re.IGNORECASE,
)


def since_date(phrase: str, reference: date) -> date | None:
    """The look-back start in "since 2014", "since March 2020", "since November", "since Feb. 24"."""
    try:
        return _since_date(phrase, reference)
    except (ValueError, OverflowError):
        return None


def _since_date(phrase: str, reference: date) -> date | None:
    if _INVASION_RE.search(phrase):
        return INVASION
    if _EURO_LAUNCH_RE.search(phrase):
        return EURO_LAUNCH
    if (last := _SINCE_LAST_RE.search(phrase)) is not None:
        return _since_last(last, reference)
    first = _SINCE_DAY_FIRST_RE.search(phrase)
    if first is not None:
        year = int(first.group("year")) if first.group("year") else None
        day = int(re.sub(r"\D", "", first.group("day")))
        return date_near(reference, MONTHS[first.group("month").lower()[:3]], day, year)
    found = _SINCE_RE.search(phrase)
    if found and (found.group("month") or found.group("year")):
        year = int(found.group("year")) if found.group("year") else None
        if not found.group("month"):
            return date(year, 1, 1) if year else None
        month = MONTHS[found.group("month").lower()[:3]]
        if found.group("day"):
            day = int(re.sub(r"\D", "", found.group("day")))
            return date_near(reference, month, day, year)
        if year is None and re.search(r"\blast\s+year\b", phrase, re.IGNORECASE):
            year = reference.year - 1  # "since July last year"
        if year is None:
            year = reference.year if month < reference.month else reference.year - 1
        return date(year, month, 1)
    event = _SINCE_EVENT_RE.search(phrase)
    if event is None:
        return None
    month = MONTHS[event.group("month").lower()[:3]] if event.group("month") else 1
    return date(int(event.group("year")), month, 1)


def _since_last(last: re.Match[str], reference: date) -> date:
    """ "since last year" (1 January of the year before), "since last month", "since last
    week" (its Monday), "since last August" (the most recent August before the session's
    month, as "since August"), "since last Friday" (the Friday of the week before)."""
    unit = (last.group("unit") or "").lower()
    if unit == "year":
        return date(reference.year - 1, 1, 1)
    if unit == "month":
        return month_start(reference.year, reference.month, 1)
    monday = reference - timedelta(days=reference.weekday())
    if unit == "week":
        return monday - timedelta(days=7)
    if last.group("weekday"):
        named = last.group("weekday").lower().rstrip(".")
        index = next(i for i, d in enumerate(_DAYS) if named.startswith(d))
        return monday - timedelta(days=7 - index)
    month = MONTHS[last.group("month").lower()[:3]]
    return date(reference.year if month < reference.month else reference.year - 1, month, 1)


_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def ago_date(phrase: str, reference: date) -> date | None:
    """The look-back start in "a 17-year low", "a nine-month high", "in two decades"."""
    try:
        return _ago_date(phrase, reference)
    except (ValueError, OverflowError):
        return None


_CENTURY_RE = re.compile(
    r"\b(?:(?P<quarter>a\s+quarter)[\s-]+(?:of\s+a[\s-]+)?|(?P<half>half)[\s-]+a[\s-]+|a\s+)century\b",
    re.IGNORECASE,
)  # "in more than a quarter of a century": 25 years


def _ago_date(phrase: str, reference: date) -> date | None:
    century = _CENTURY_RE.search(phrase)
    if century is not None:
        years = 25 if century.group("quarter") else 50 if century.group("half") else 100
        return same_day(reference.year - years, reference.month, reference.day)
    found = _AGO_RE.search(phrase)
    if not found:
        return None
    n = 1 if found.group("n").lower() in ("a", "an") else number_value(found.group("n"))
    if not n:
        return None
    unit = found.group("unit").lower()
    if unit == "month" or (unit == "year" and found.group("half")):  # "a 3-1/2-year low"
        first = month_start(reference.year, reference.month, n if unit == "month" else 12 * n + 6)
        return same_day(first.year, first.month, reference.day)
    if unit in ("year", "decade"):
        return same_day(
            reference.year - n * (10 if unit == "decade" else 1), reference.month, reference.day
        )
    return reference - timedelta(days=7 * n)
