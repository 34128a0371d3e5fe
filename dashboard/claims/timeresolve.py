"""Resolving one matched time phrase: the session it names and the window it opens."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dashboard.claims.lookback import INVASION, since_date
from dashboard.claims.timewords import (
    MONTH_NAMES,
    MONTHS,
    TIME_RE,
    Hint,
    TimeRef,
    date_near,
    month_start,
    number_value,
    same_day,
    sessions_back,
    weekday_on_or_before,
    weekday_words,
)


def resolve(match: re.Match[str], reference: date) -> TimeRef:
    """What one matched time phrase fixes, from the reference date (no date when the words
    point outside the calendar: "over the past 90000 weeks")."""
    try:
        return _ended(match, reference) or _resolve(match, reference)
    except (ValueError, OverflowError):
        return TimeRef(match.group(0))


_ENDED = re.compile(
    r"\b(?:ended|finished|closed(?:\s+out)?|wrapped\s+up|rounded\s+off)\s+(?:the\s+)?$", re.I
)


def _ended(match: re.Match[str], ref: date) -> TimeRef | None:
    """ "Copper ended the quarter down 22%" told three weeks into the next: the period that has
    ended (the current one only in its last week); "the Topix tumbled 7.1% over the month" told
    on the 1st: the month just ended."""
    bare = _BARE_PERIOD.fullmatch(match.group(0))
    if bare is None:
        return None
    ended = _ENDED.search(match.string, max(0, match.start() - 30), match.start()) is not None
    if not ended and (not bare.group("prep") or bare.group("unit").lower() == "week"):
        return None
    unit = bare.group("unit").lower()
    if unit == "week":
        start = ref - timedelta(days=ref.weekday())
        return None if ref.weekday() >= 4 else _ended_week(match.group(0), start)
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    first = month_start(ref.year, ref.month - (ref.month - 1) % months)
    if ended and month_start(first.year, first.month, -months) - ref <= timedelta(days=7):
        return None
    if not ended and ref - first > timedelta(days=2):
        return None
    last = first - timedelta(days=1)
    last -= timedelta(days=max(0, last.weekday() - 4))  # the period's last weekday
    return TimeRef(match.group(0), last, month_start(first.year, first.month, months), Hint.PERIOD)


_BARE_PERIOD = re.compile(
    r"(?:(?P<prep>over|for|in|during)\s+)?the\s+(?P<unit>week|month|quarter|year)", re.I
)


def _ended_week(words: str, monday: date) -> TimeRef:
    since = monday - timedelta(days=7)
    return TimeRef(words, session=since + timedelta(days=4), since=since, hint=Hint.PERIOD)


_HOLIDAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "boxing": (12, 26), "new": (12, 31)}


def _holiday(low: str, reference: date) -> date:
    """The last Christmas Eve (Boxing Day, ...) or Thanksgiving on or before the reference."""
    for year in (reference.year, reference.year - 1):
        if "thanksgiving" in low:  # the fourth Thursday of November
            first = date(year, 11, 1)
            day = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        else:
            key = next(k for k in _HOLIDAYS if k in low.replace("on ", "", 1))
            day = date(year, *_HOLIDAYS[key])
        if day <= reference:
            return day
    return day


def _resolve(match: re.Match[str], reference: date) -> TimeRef:
    kind = match.lastgroup or ""
    words = match.group(0)
    low = words.lower()
    if kind in ("gmt", "intraday"):
        return TimeRef(words, hint=Hint.INTRADAY)
    if kind == "one_point":
        return TimeRef(words, hint=Hint.EXTREME)
    if kind == "open":
        return TimeRef(words, hint=Hint.OPEN)
    if kind == "close":
        return TimeRef(words, hint=Hint.CLOSE)
    if kind in ("date", "date_dm"):
        return TimeRef(words, session=_explicit_date(low, reference))
    if kind == "weekday":  # "on Tuesday morning", that Tuesday: a state, not the close
        day = _weekday(low, reference)
        in_day = day == reference and re.search(r"morning|afternoon", low) is not None
        return TimeRef(words, session=day, hint=Hint.INTRADAY if in_day else Hint.NONE)
    if kind == "weekday_session":
        hint = Hint.CLOSE if "close" in low else Hint.OPEN if "open" in low else Hint.NONE
        return TimeRef(words, session=_weekday(low, reference), hint=hint)
    if kind == "weekdays":
        named = weekday_words(low)
        end = weekday_on_or_before(reference, named[-1][1])
        start = weekday_on_or_before(end, named[0][1])
        return TimeRef(words, session=end, since=start, hint=Hint.PERIOD)
    if kind == "weekend":  # Saturday and Sunday, the last weekend on or before the reference
        sunday = weekday_on_or_before(reference, 6)
        return TimeRef(words, session=sunday, since=sunday - timedelta(days=1), hint=Hint.PERIOD)
    if kind == "yesterday":  # "overnight": the night before the reference day's trade
        back = 0 if low == "overnight" else 1
        return TimeRef(words, session=reference - timedelta(days=back))
    if kind == "holiday":
        return TimeRef(words, session=_holiday(low, reference))
    if kind == "ago":  # "two weeks earlier", "three days ago"
        count = 1 if low.split()[0] in ("a", "one") else number_value(low.split()[0]) or 0
        days = count * (7 if match.group("ago_unit").lower().startswith("week") else 1)
        return TimeRef(words, session=reference - timedelta(days=days)) if count else TimeRef(words)
    if kind == "previous":
        return TimeRef(words, hint=Hint.PREVIOUS)
    if kind == "from_ago":
        return TimeRef(words, reference, _from_ago(match, reference), Hint.PERIOD)
    if kind == "months":  # "in January and February"
        names = [w for w in re.findall(r"[a-z]+", low) if w in MONTH_NAMES]
        first, last = MONTHS[names[0][:3]], MONTHS[names[-1][:3]]
        year = reference.year if last <= reference.month else reference.year - 1
        start_year = year if first <= last else year - 1
        end = month_start(year, last, -1) - timedelta(days=1)
        return TimeRef(words, min(end, reference), date(start_year, first, 1), Hint.PERIOD)
    if kind == "same_window":  # no window of its own: the claim before it lends one
        return TimeRef(words)
    if kind == "since_clause":
        return TimeRef(words, session=reference, hint=Hint.PERIOD)
    if kind == "today":  # "this morning": a state on the reference day, not its close
        part = Hint.INTRADAY if re.search(r"morning|afternoon", low) else Hint.NONE
        return TimeRef(words, session=reference, hint=part)
    if kind == "year":
        year = int(low[-4:])
        end = min(date(year, 12, 31), reference)
        return TimeRef(words, session=end, since=date(year, 1, 1), hint=Hint.PERIOD)
    return _period(words, low, kind, reference)


def _weekday(low: str, reference: date) -> date:
    """A weekday name; "last Thursday" (from a weekday) is the Thursday of the previous week."""
    name, index = weekday_words(low)[0]
    if re.search(r"\blast\s+" + name, low) and reference.weekday() < 5:
        return reference - timedelta(days=reference.weekday() + 7 - index)
    return weekday_on_or_before(reference, index, strictly="last" in low.split())


def _from_ago(match: re.Match[str], reference: date) -> date | None:
    """The start of "from a year earlier", "from three months ago": that many units back."""
    n = match.group("from_n").lower()
    count = 1 if n in ("a", "one") else number_value(n) or 0
    unit = match.group("from_unit").lower()
    if not count:
        return None
    if unit.startswith("year"):
        return same_day(reference.year - count, reference.month, reference.day)
    if unit.startswith("month"):
        return months_back(reference, count)
    return reference - timedelta(days=7 * count)


def months_back(reference: date, count: int) -> date:
    """The same day of the month ``count`` months earlier (the 28th when it does not exist)."""
    first = month_start(reference.year, reference.month, count)
    return same_day(first.year, first.month, reference.day)


def _explicit_date(low: str, reference: date) -> date | None:
    words = re.findall(r"[a-z]+", low)
    month = next((MONTHS[w[:3]] for w in words if w[:3] in MONTHS and w != "on"), None)
    numbers = [int(n) for n in re.findall(r"\d+", low)]
    days = [n for n in numbers if n <= 31]
    years = [n for n in numbers if n > 1900]
    if month is None or not days:
        return None
    return date_near(reference, month, days[0], years[0] if years else None)


_POINT_DATE = re.compile(  # the dated extreme a window runs from ("its June 12 peak")
    r"\b(?:of|on)\s+[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d\d)?$"
    r"|\b(?:its|their|the)\s+[a-z]{3,9}\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d\d,?)?\s+(?:[a-z-]+\s+)?"
    r"(?:peak|high|low|trough|top|bottom|record|close|level)s?$"
)


_PART_OF_YEAR = re.compile(
    r"the\s+(?:(?P<nth>first|second|third|fourth)\s+(?P<part>half|quarter)"
    r"|first\s+(?P<months>three|six|nine)\s+months)(?:\s+of\s+(?P<year>\d{4}))?"
)
_DAY_SPAN = re.compile(
    r"(?:from|over|across|between)\s+((?:last\s+)?\w+)\s+(?:through|to|until|and)\s+(\w+)$"
)
_SESSIONS_TO = re.compile(r"(\w+)\s+(?:sessions|trading\s+days)\s+(?:to|through)\s+(.+)$")
_PREVIOUS_WEEK = re.compile(r"\bthe\s+(?:previous|prior)\s+week\b")  # as "last week"
_PREVIOUS_MONTH = re.compile(r"\bthe\s+(?:previous|prior)\s+month\b")
_PREVIOUS_YEAR = re.compile(r"\bthe\s+(?:previous|prior)\s+year\b")
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _part_of_year(words: str, part: re.Match[str], ref: date) -> TimeRef:
    """A named stretch of a year: its first and last month; a later stretch is last year's."""
    if part.group("months"):
        first, last = 1, {"three": 3, "six": 6, "nine": 9}[part.group("months")]
    else:
        span = 6 if part.group("part") == "half" else 3
        last = span * _NTH[part.group("nth")]
        first = last - span + 1
    year = int(part.group("year")) if part.group("year") else ref.year
    if year == ref.year and first > ref.month:
        year -= 1
    end = month_start(year, last, -1) - timedelta(days=1)
    return TimeRef(words, session=min(end, ref), since=date(year, first, 1), hint=Hint.PERIOD)


def _period(words: str, low: str, kind: str, ref: date) -> TimeRef:
    point = _POINT_DATE.search(low)  # "from its record close on Nov. 19": a dated start
    since = _explicit_date(point.group(0), ref) if point else None
    span = _DAY_SPAN.match(low)  # "from Friday through Monday": both days and those between
    if span is not None:
        end = _weekday(span.group(2), ref)
        return TimeRef(words, end, _weekday(span.group(1), end - timedelta(days=1)), Hint.PERIOD)
    if low.startswith("from"):  # "down 50% from its peak": a drawdown from an undated point
        return TimeRef(words, session=ref if since else None, since=since, hint=Hint.PERIOD)
    if since is not None:  # "since the banking-turmoil peak of March 13"
        return TimeRef(words, session=ref, since=since, hint=Hint.PERIOD)
    monday = ref - timedelta(days=ref.weekday())
    if kind == "period_since_last":  # "since last August", "since last year"
        return TimeRef(words, session=ref, since=since_date(words, ref), hint=Hint.PERIOD)
    if kind == "period_since_wd":
        return TimeRef(words, session=ref, since=_weekday(low, ref), hint=Hint.PERIOD)
    if low.startswith("since ") and since_date(words, ref) == INVASION:
        return TimeRef(words, session=ref, since=INVASION, hint=Hint.PERIOD)
    if (began := _START_OF_LAST.match(low)) is not None:  # "since the start of last week"
        return TimeRef(words, session=ref, since=_last_start(began.group(1), ref), hint=Hint.PERIOD)
    if "last week" in low or _PREVIOUS_WEEK.search(
        low
    ):  # (not "since Russian troops crossed into Ukraine last week")
        since = monday - timedelta(days=7)
        return TimeRef(words, session=since + timedelta(days=4), since=since, hint=Hint.PERIOD)
    if "last month" in low or _PREVIOUS_MONTH.search(low):
        first = month_start(ref.year, ref.month)
        since = month_start(ref.year, ref.month, 1)
        return TimeRef(words, session=first - timedelta(days=1), since=since, hint=Hint.PERIOD)
    if "week to" in low:
        end = _weekday(low.split("week to")[1], ref)
        return TimeRef(words, end, end - timedelta(days=end.weekday()), Hint.PERIOD)
    counted_to = _SESSIONS_TO.search(low)  # "in the five sessions through Thursday"
    if counted_to and (n := number_value(counted_to.group(1))):
        end = _weekday(counted_to.group(2), ref)
        return TimeRef(words, end, sessions_back(end, n - 1), Hint.PERIOD)
    if low.startswith("since") and not any(
        f"{w} of" in low for w in ("start", "beginning", "turn")
    ):
        return TimeRef(words, session=ref, since=since_date(words, ref), hint=Hint.PERIOD)
    named = [MONTHS[w[:3]] for w in re.findall(r"[a-z]+", low) if w in MONTH_NAMES]
    month = named[0] if named else None
    if len(named) == 2 and re.search(r"[a-z][-–][a-z]", low):  # "in the April-June period"
        year = ref.year if named[1] <= ref.month else ref.year - 1
        last = month_start(year, named[1], -1) - timedelta(days=1)
        return TimeRef(words, min(last, ref), date(year, month or 1, 1), Hint.PERIOD)
    if month is not None:
        year = ref.year if month <= ref.month else ref.year - 1
        last = month_start(year, month, -1) - timedelta(days=1)
        end = ref if low.startswith("since") else min(last, ref)  # "since the start of March"
        return TimeRef(words, end, date(year, month, 1), Hint.PERIOD)
    if "last year" in low or _PREVIOUS_YEAR.search(low):
        year = ref.year - 1
        return TimeRef(words, date(year, 12, 31), date(year, 1, 1), Hint.PERIOD)
    part = _PART_OF_YEAR.search(low)
    if part:  # "in the second quarter", "over the first nine months of 2008"
        return _part_of_year(words, part, ref)
    single = re.fullmatch(r"(?:in|over|within)\s+(?:just\s+)?(?:a|one)\s+(week|month|year)", low)
    if single:
        back = {"week": ref - timedelta(days=7), "month": months_back(ref, 1)}
        since = back.get(single.group(1)) or same_day(ref.year - 1, ref.month, ref.day)
        return TimeRef(words, session=ref, since=since, hint=Hint.PERIOD)
    previous = re.search(r"(?:previous|prior|preceding)\s+(\w+)\s+(weeks|days|sessions)", low)
    if previous and (n := number_value(previous.group(1))):
        end = sessions_back(ref, 1)
        days = 7 * n if previous.group(2) == "weeks" else None
        since = ref - timedelta(days=days) if days else sessions_back(ref, n)
        return TimeRef(words, session=end, since=since, hint=Hint.PERIOD)
    counted = re.search(r"(\w+)\s+(sessions|days|trading\s+days|weeks|months|years)", low)
    if counted and (n := number_value(counted.group(1))):
        unit = counted.group(2)
        if unit == "years":  # "doubled in three years": the same day that many years back
            return TimeRef(words, ref, same_day(ref.year - n, ref.month, ref.day), Hint.PERIOD)
        if unit == "weeks":
            return TimeRef(words, session=ref, since=ref - timedelta(days=7 * n), hint=Hint.PERIOD)
        if unit == "months":
            first = month_start(ref.year, ref.month, n)
            return TimeRef(words, ref, same_day(first.year, first.month, ref.day), Hint.PERIOD)
        return TimeRef(words, session=ref, since=sessions_back(ref, n - 1), hint=Hint.PERIOD)
    if "week" in low:
        since = ref - timedelta(days=7) if "past" in low else monday
    elif "month" in low:
        first = date(ref.year, ref.month, 1)  # "over the past month": that day a month back
        since = months_back(ref, 1) if "past" in low else first
    elif "quarter" in low:
        since = date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1)
    else:
        since = (
            same_day(ref.year - 1, ref.month, ref.day) if "past" in low else date(ref.year, 1, 1)
        )
    return TimeRef(words, session=ref, since=since, hint=Hint.PERIOD)


def clause_start(words: str, reference: date) -> date | None:
    """ "since the tariffs were announced on Wednesday": the day a since-clause names."""
    for found in TIME_RE.finditer(words, 1):
        if found.lastgroup in ("weekday", "date", "date_dm", "yesterday"):
            return resolve(found, reference).session
        if found.lastgroup in ("period", "year") and _IN_MONTH.match(found.group(0)):
            return _month_named(words, found, reference)  # "since the Fed's first hike in March"
    return None


_IN_MONTH = re.compile(r"in\s+(?:(?:early|mid|late)[\s-]+)?(?:[A-Z][a-z]+|(?:19|20)\d\d)$")
_YEAR_AFTER = re.compile(r"\s+(?P<year>(?:19|20)\d\d)\b")


def _month_named(words: str, found: re.Match[str], reference: date) -> date | None:
    """The first day of the month (or year) a since-clause names, in the year it gives."""
    since = resolve(found, reference).since
    year = _YEAR_AFTER.match(words, found.end())
    if since is not None and year is not None:
        return date(int(year.group("year")), since.month, 1)
    return since


def resolve_words(words: str, reference: date, days_from: date | None = None) -> TimeRef | None:
    """What time words fix when they open with a time phrase; a since-clause ("since the Fed
    cut rates on Wednesday") starts on the day it names, counted from ``days_from``."""
    found = TIME_RE.match(words)
    if found is None:
        return None
    time = resolve(found, reference)
    if time.since is None and words[:6].lower() == "since ":  # also "since the Fed began ..."
        time = replace(time, since=clause_start(words, days_from or reference))
    return time


def from_as_since(words: str) -> str:
    """ "from last Tuesday's high" read as "since last Tuesday's high": a window from a dated
    mark (a running total's, "taking their drop from ... to 5.4%")."""
    if words[:4].lower() == "for " and words[4:5].isupper():
        return "in " + words[4:]  # "trimming its loss for May to 6.8%": the month's window
    return "since " + words[5:] if words[:5].lower() == "from " else words


_START_OF_LAST = re.compile(r"since\s+the\s+(?:start|beginning)\s+of\s+last\s+(week|month|year)$")


def _last_start(unit: str, ref: date) -> date:
    """The first day of the week, month or year before the one ``ref`` is in."""
    if unit == "week":
        return ref - timedelta(days=ref.weekday() + 7)
    if unit == "month":
        return month_start(ref.year, ref.month, 1)
    return date(ref.year - 1, 1, 1)
