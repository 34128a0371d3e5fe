"""A claim an article published on a Saturday or a Sunday dates to that day only because its
words name none: for a market that does not trade at weekends it is Friday's session ("Wall
Street closed out its worst September on Friday, with the S&P 500 down 1.5% on the day and 9.3%
for the month", published on Saturday). A state at the time of writing is then Friday's close,
and a window counted from the publication day ("for the month") is counted from Friday. Markets
that trade every day (bitcoin) and words that name the weekend ("by Sunday evening") keep it.
A year that ends on a weekend ("lost 13.8% last year") ended on its last Friday, and "the previous
day" counted back from a Monday is, for such a market, the Friday before."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dashboard.claims.timeresolve import resolve_words
from dashboard.domain import Claim, Measure
from dashboard.errors import UnknownInstrument
from dashboard.instruments import Registry

_WEEKEND_WORDS = re.compile(
    r"\b(?:saturday|sunday|weekend|today|tonight|evening|overnight|this\s+morning)\b", re.I
)


def weekday_sessions(claims: list[Claim], reference: date, registry: Registry) -> list[Claim]:
    """The claims, with those dated to a weekend reference day only by default on Friday."""
    if reference.weekday() >= 5:
        friday = reference - timedelta(days=reference.weekday() - 4)
        claims = [_on(c, friday) if _defaulted(c, reference, registry) else c for c in claims]
    return [_month_end(_day_before(c, registry), registry) for c in claims]


_DAY_BEFORE = re.compile(
    r"\b(?:previous|prior|preceding)\s+day\b|\bday\s+(?:before|earlier)\b", re.I
)


def _day_before(claim: Claim, registry: Registry) -> Claim:
    """ "Monday's 6.1% slide, which followed a 5.8% drop the previous day": for a market shut
    at weekends the day before a Monday is the Friday before it."""
    day = claim.session
    if day is None or day.weekday() < 5 or not _DAY_BEFORE.search(claim.time_words):
        return claim
    if _trades_always(claim, registry):
        return claim
    return replace(claim, session=day - timedelta(days=day.weekday() - 4))


def _month_end(claim: Claim, registry: Registry) -> Claim:
    """ "The Hang Seng lost 13.8% last year", "closed 1989 at a record": a year that ends on a
    weekend ended, for a market shut at weekends, on its last Friday (a month or a quarter
    told that way keeps its last day)."""
    day = claim.session
    if day is None or day.weekday() < 5 or (day.month, day.day) != (12, 31):
        return claim
    if claim.since not in (None, date(day.year, 1, 1)):
        return claim  # "in the fourth quarter": the quarter's last day
    if _WEEKEND_WORDS.search(claim.time_words) or _trades_always(claim, registry):
        return claim
    return replace(claim, session=day - timedelta(days=day.weekday() - 4))


def _trades_always(claim: Claim, registry: Registry) -> bool:
    """Whether the claim's market trades every day (bitcoin), or is not one the registry knows."""
    try:
        return registry.get(claim.instrument).calendar == "ALWAYS"
    except UnknownInstrument:
        return True


def _defaulted(claim: Claim, reference: date, registry: Registry) -> bool:
    if claim.session != reference or _WEEKEND_WORDS.search(claim.time_words):
        return False
    try:
        return registry.get(claim.instrument).calendar != "ALWAYS"
    except UnknownInstrument:
        return False


def _on(claim: Claim, friday: date) -> Claim:
    """The claim on Friday's session: a state is its close, a window counts from it."""
    measure = Measure.SESSION_CHANGE if claim.measure is Measure.INTRADAY_CHANGE else claim.measure
    since = claim.since
    if claim.measure is Measure.PERIOD_CHANGE and claim.time_words:
        window = resolve_words(claim.time_words, friday)
        since = window.since if window is not None and window.since is not None else since
    return replace(claim, session=friday, measure=measure, since=since)
