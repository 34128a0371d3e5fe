"""A price and the day's move told after a fronted extreme: "At its weakest, the yen traded at
151.97 per dollar, down nearly 0.4% on the day", "At its peak, gold traded at $2,002.09, up 1.8%
on the day". "At its weakest" marks the point the sentence tells, so the move set off after the
price is that extreme's size, not the state at the time of writing, and the two are one claim."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Measure

_FRONTED = re.compile(  # "At its weakest, ", "At its strongest on Monday, ", "At its lowest point"
    r"^\s*(?:[A-Z][A-Za-z .]{0,30}\s-\s+)?at\s+(?:its|their)\s+(?:weakest|strongest|lowest"
    r"|highest|worst|best|peak|trough)(?:\s+(?:point|level))?(?:\s+(?:of\s+the\s+(?:day|session)"
    r"|on\s+[A-Z][a-z]+day|in\s+the\s+(?:morning|afternoon)))?\s*,?\s",
    re.IGNORECASE,
)
_APPOSED = re.compile(r"\s*,\s*")
_WITHIN = (Measure.INTRADAY_CHANGE, Measure.INTRADAY_EXTREME)


def fronted_extremes(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, with the first market's state after a fronted "At its weakest, " read as the
    extreme, joined to a price told just before its size ("fetched $1.0327, down almost 5%")."""
    lead = _FRONTED.match(s)
    if lead is None or not claims or claims[0].start < lead.end() - 1:
        return claims
    first = claims[0]
    out = list(claims)
    if first.measure in _WITHIN and first.size is not None:
        out[0] = replace(first, measure=Measure.INTRADAY_EXTREME)
        return out
    if len(out) > 1 and _joins(s, first, out[1]):
        second = out[1]
        text = s[first.start : second.end]
        joined = replace(second, measure=Measure.INTRADAY_EXTREME, level=first.level)
        out[:2] = [replace(joined, start=first.start, text=text)]
    return out


def _joins(s: str, price: Claim, sized: Claim) -> bool:
    """ "sterling fetched $1.0327, down almost 5% on the day": a bare price, then its size."""
    if price.measure not in (Measure.LEVEL, Measure.INTRADAY_EXTREME) or price.size is not None:
        return False
    if price.level is None or sized.measure not in _WITHIN or sized.size is None:
        return False
    if sized.level is not None or _APPOSED.fullmatch(s, price.end, sized.start) is None:
        return False
    same = (price.instrument, price.session, price.inverse)
    return same == (sized.instrument, sized.session, sized.inverse)
