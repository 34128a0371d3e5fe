"""A claim an article published on a Saturday or a Sunday dates to that day only because its
words name none: for a market that does not trade at weekends it is Friday's session ("Wall
Street closed out its worst September on Friday, with the S&P 500 down 1.5% on the day and 9.3%
for the month", published on Saturday). A state at the time of writing is then Friday's close,
and a window counted from the publication day ("for the month") is counted from Friday. Markets
that trade every day (bitcoin) and words that name the weekend ("by Sunday evening") keep it."""

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
    if reference.weekday() < 5:
        return claims
    friday = reference - timedelta(days=reference.weekday() - 4)
    return [_on(c, friday) if _defaulted(c, reference, registry) else c for c in claims]


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
