"""A day's range told by its two ends ("having traded between $36,920 and $37,980 on Tuesday",
"after swinging between a high of 16,592 and a low of 16,318", "in a range of 7.1720 to
7.2250"): each end is that day's extreme, for the market of the claim the range belongs to."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims import figures as fig
from dashboard.domain import Claim, Direction, Hedge, Measure

_END = (  # "a high of 16,592", "$36,920", "7.1720": a price, not a size ("a 2.1% loss")
    r"(?:an?\s+(?:intraday\s+|session\s+)?(?:high|low)\s+of\s+)?[$€£]?(?:\d[\d,]*(?:\.\d+)?)"
    r"(?!\s*%|[\d.,]*\s*(?:%|percent|points?|basis|bp|cents?)\b)"
)
_RANGE = re.compile(
    r"\b(?:trad(?:ed|ing)|swing(?:ing)?|swung|mov(?:ed|ing)|rang(?:ed|ing)|fluctuat(?:ed|ing))\s+"
    r"(?:between|in\s+a\s+range\s+of|in\s+a\s+(?:tight|narrow|wide|broad)\s+range\s+of)\s+"
    r"(?P<a>" + _END + r")\s+(?:and|to)\s+(?P<b>" + _END + r")",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_HOSTS = (Measure.LEVEL, Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE, Measure.OPEN_MOVE)


def day_ranges(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, with the two extremes of each day's range a sentence states."""
    if "between" not in s and "range" not in s:
        return claims
    out = list(claims)
    for m in _RANGE.finditer(s):
        host = next((c for c in reversed(out) if c.start < m.start() and c.measure in _HOSTS), None)
        if host is None or any(c.start <= m.start("a") < c.end for c in out):
            continue
        ends = sorted(
            (fig.number(_NUMBER.search(m.group(g)).group(0)), g)  # type: ignore[union-attr]
            for g in ("a", "b")
        )
        low_way = Direction.UP if host.inverse else Direction.DOWN
        high_way = Direction.DOWN if host.inverse else Direction.UP
        for (value, group), way in zip(ends, (low_way, high_way), strict=True):
            out.append(_extreme(s, m, group, host, value, way))
    return sorted(out, key=lambda c: c.start)


def _extreme(
    s: str, m: re.Match[str], group: str, host: Claim, value: float, way: Direction
) -> Claim:
    return replace(
        host,
        text=s[m.start(group) : m.end(group)],
        start=m.start(group),
        end=m.end(group),
        measure=Measure.INTRADAY_EXTREME,
        direction=way,
        size=None,
        unit=None,
        hedge=Hedge.EXACT,
        level=value,
        since=None,
    )
