"""A calendar period a day's move closes, told with the period's own move: "capping a week in
which it lost more than 25%", "ending a quarter in which the index gained 10%". That move is
the market's over the period that the day of the claim before it ends (from the week's Monday,
the quarter's or month's first day), for the market of that claim."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import DOWN_VERBS, UP_VERBS
from dashboard.claims.subjects import Mention
from dashboard.claims.timeresolve import resolve_words
from dashboard.claims.trigger_patterns import SIZED_FIGURE
from dashboard.claims.unclaimed import about_anchor
from dashboard.domain import Claim, Direction, Measure

_IN_WHICH = re.compile(
    r"\b(?:a|the)\s+(?P<unit>week|month|quarter|year)\s+(?:in\s+which|when|that\s+saw)\s+"
    r"(?:it|they|the\s+(?:[\w-]+\s+)?(?:index|gauge|benchmark|currency|unit|contract|metal"
    r"|average|market|yield|price))\s+(?:had\s+|has\s+)?(?P<verb>[a-z]+(?:\s+up)?)\s+"
    r"(?P<fig>" + SIZED_FIGURE + r")(?![\w%])",
    re.IGNORECASE,
)


def periods_in_which(s: str, claims: list[Claim], mentions: list[Mention]) -> list[Claim]:
    """The claims, with the period's move for each period a claim before it closes."""
    if " which " not in s and " when " not in s and " saw " not in s:
        return claims
    out = list(claims)
    for m in _IN_WHICH.finditer(s):
        verb = m.group("verb").lower()
        way = Direction.UP if verb in UP_VERBS else Direction.DOWN if verb in DOWN_VERBS else None
        anchor = next((c for c in reversed(out) if c.end <= m.start()), None)
        if way is None or anchor is None or anchor.measure is not Measure.SESSION_CHANGE:
            continue
        if anchor.session is None:
            continue
        if not about_anchor(s, anchor, m.start(), mentions) or _taken(out, m):
            continue
        period = resolve_words(f"this {m.group('unit').lower()}", anchor.session)
        size = fig.size_from(fig.FIGURE_RE.fullmatch(m.group("fig")))  # type: ignore[arg-type]
        if period is None or size is None:
            continue
        out.append(_claim(s, m, anchor, size, way, period.since))
    return sorted(out, key=lambda c: c.start)


def _taken(claims: list[Claim], m: re.Match[str]) -> bool:
    return any(c.start < m.end() and m.start("fig") < c.end for c in claims)


def _claim(
    s: str, m: re.Match[str], anchor: Claim, size: fig.Size, way: Direction, since: date | None
) -> Claim:
    return replace(
        anchor,
        text=s[m.start() : m.end()],
        start=m.start(),
        end=m.end(),
        measure=Measure.PERIOD_CHANGE,
        direction=way,
        size=size.value,
        unit=size.unit,
        hedge=size.hedge,
        level=None,
        since=since,
        time_words=f"this {m.group('unit').lower()}",
    )
