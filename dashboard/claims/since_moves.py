"""A window opened by a dated, sized move noun ("has clawed back 21% since last Monday's 12.4%
collapse"): the noun is a claim of its own, that day's move, as it would be anywhere else; a
biggest-move phrase set off right after it (", which was the index's worst day since 1987")
is that move's record, on its day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import SIZED_NOUNS
from dashboard.claims.lookback import ago_date, since_date
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import TIME_RE
from dashboard.claims.trigger_patterns import NOMINAL_RE
from dashboard.domain import Claim, Hedge, Measure

_SINCE = re.compile(r"\bsince\s+", re.IGNORECASE)
_RENAMING = re.compile(r"\s*,\s*(?:(?:which|that)\s+(?:was|were|marked)\s+)?", re.IGNORECASE)


def moves_since(s: str, claims: list[Claim], reference: date) -> list[Claim]:
    """Claims with the move each window's opening noun names, on the day it names."""
    if "since" not in s.lower():
        return claims
    out = list(claims)
    for since in _SINCE.finditer(s):
        m = NOMINAL_RE.match(s, since.end())
        made = _opening_move(s, m, out, reference) if m is not None else None
        if made is not None:
            out = _renamed(s, made, out)
    return sorted(out, key=lambda c: c.start) if len(out) > len(claims) else claims


def _opening_move(s: str, m: re.Match[str], claims: list[Claim], reference: date) -> Claim | None:
    """The noun's move, when a window claim just before it opens on the noun's own day."""
    owner = m.group("poss")
    told = TIME_RE.fullmatch(owner) if owner else None
    day = resolve(told, reference).session if told else None
    window = next(
        (c for c in reversed(claims) if c.start < m.start() and c.measure is Measure.PERIOD_CHANGE),
        None,
    )
    if day is None or window is None or window.since != day or m.group("every"):
        return None
    if any(c.start <= m.start() < c.end and c is not window for c in claims):
        return None  # the noun already makes a claim
    figure = fig.FIGURE_RE.match(m.group("fig"))
    if figure is None:
        return None
    size = fig.size_from(figure)
    return replace(
        window,
        text=s[m.start() : m.end()],
        start=m.start(),
        end=m.end(),
        measure=Measure.SESSION_CHANGE,
        direction=SIZED_NOUNS[m.group("noun").lower()],
        size=size.value,
        unit=size.unit,
        hedge=size.hedge,
        level=None,
        session=day,
        since=None,
        time_words=owner or "",
    )


def _renamed(s: str, made: Claim, claims: list[Claim]) -> list[Claim]:
    """The claims with the noun's move, and the biggest-move phrase renaming it on its day."""
    gap = _RENAMING.match(s, made.end)
    b = fig.BIGGEST_RE.match(s, gap.end()) if gap is not None and gap.end() > made.end else None
    if b is None or fig.multi_session(b) or not b.group("noun"):
        return [*claims, made]
    kept = [c for c in claims if not (c.measure is Measure.BIGGEST_MOVE and c.start == b.start())]
    anchor = (b.group("anchor") or "").lower()
    day = made.session or made.since
    since = None
    if day is not None and anchor.startswith("since"):
        since = since_date(anchor, day)
    elif day is not None and anchor.startswith("in "):
        since = ago_date(anchor, day)
    biggest = replace(
        made,
        text=s[b.start() : b.end()],
        start=b.start(),
        end=b.end(),
        measure=Measure.BIGGEST_MOVE,
        direction=fig.biggest_direction(b) or made.direction,
        size=None,
        unit=None,
        hedge=Hedge.EXACT,
        since=since,
    )
    return [*kept, made, biggest]
