"""A period the day's move closed, sized by an appositive move noun: "Brent edged lower on
Friday to cap its worst week since October 2023, a drop of about 10%" (or "..., with a drop
of about 10%") is also a move of about 10% over that week."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.frame_time import PER_WINDOW
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import TIME_RE, TimeRef
from dashboard.domain import Claim, Direction, Measure, Unit

_UP = ("gain", "rise", "advance", "rally", "jump", "surge", "increase", "climb")
_DOWN = ("drop", "decline", "fall", "loss", "slide", "slump", "plunge", "tumble", "retreat")
_SIZED = re.compile(
    r"\s*,?\s*(?:(?:to\s+(?:cap|end|close\s+out|round\s+off|wrap\s+up)|capping|ending"
    r"|closing\s+out|rounding\s+off|wrapping\s+up)\s+)?(?:its|their)\s+(?:best|worst|biggest"
    r"|largest|sharpest|steepest|strongest|weakest|heaviest|deepest)\s+(?P<period>week|month"
    r"|quarter|year)(?:\s+(?:since|in|on|of)\s+[^,;]{1,40}?)?(?:\s*,\s*|\s+with\s+)(?:a|an)\s+"
    r"(?:[a-z]+\s+)?(?P<noun>" + "|".join(_UP + _DOWN) + r")\s+of\s+(?P<fig>[^,;%]{1,20}%)",
    re.IGNORECASE,
)
_WORDS = ("best", "worst", "biggest", "largest", "sharpest", "steepest", "strongest", "weakest")


def period_window(period: str, day: date) -> TimeRef | None:
    """The window a period word names as of ``day``: "week" (this week), "weekly", "first half"."""
    named = re.sub(r"[\s-]+", "-", period.lower())  # "first-half", "weekly"
    told = TIME_RE.fullmatch(PER_WINDOW.get(named, f"this {named}"))  # "this week" for "week"
    return resolve(told, day) if told else None


def periods_sized(s: str, claims: list[Claim]) -> list[Claim]:
    """Each day's move followed by a sized superlative period it closed, and that period's move."""
    if " of " not in s or not any(w in s for w in _WORDS):
        return claims
    out: list[Claim] = []
    periods: list[Claim] = []
    for claim in claims:
        out.append(claim)
        period = _period(s, claim) if claim.measure is Measure.SESSION_CHANGE else None
        if period is not None:
            out.append(period)
            periods.append(period)
    return [c for c in out if not any(_sizes_it(c, p) for p in periods)]


def _sizes_it(claim: Claim, period: Claim) -> bool:
    """The appositive's own move noun ("..., a gain of nearly 4%"), read again as a day's move."""
    return (
        claim.measure is Measure.SESSION_CHANGE
        and claim.instrument == period.instrument
        and claim.end == period.end
        and claim.start > period.start
        and claim.size == period.size
    )


def _period(s: str, claim: Claim) -> Claim | None:
    m = _SIZED.match(s, claim.end)
    figure = fig.FIGURE_RE.fullmatch(m.group("fig").strip()) if m else None
    if m is None or figure is None or claim.session is None:
        return None
    size = fig.size_from(figure)
    time = period_window(m.group("period"), claim.session)
    if size.unit is not Unit.PERCENT or time is None or time.since is None:
        return None
    way = Direction.UP if m.group("noun").lower() in _UP else Direction.DOWN
    return replace(
        claim,
        text=s[claim.start : m.end()],
        end=m.end(),
        measure=Measure.PERIOD_CHANGE,
        direction=way,
        size=size.value,
        unit=size.unit,
        hedge=size.hedge,
        level=None,
        session=time.session or claim.session,
        since=time.since,
        time_words=m.group(0).strip(" ,"),
    )
