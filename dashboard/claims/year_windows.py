"""A year a close or a move is told over ("The Dow ended 2002 down 16.8%, the S&P 500 sank 23.4%
and the Nasdaq lost 31.5%", "to end 2022 down 12.3%", "leaving it down about 41% ... for
2014"): the move over that calendar year (not the day's, and the year is no price level); the
clauses joined to it with no time words of their own share the year."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.domain import Claim, Direction, Hedge, Measure, Unit

_ENDED_YEAR = re.compile(
    r"\b(?:end(?:ed|ing|s)?|finish(?:ed|ing|es)?|clos(?:ed|ing|e|es))\s+(?:the\s+year\s+|"
    r"(?P<y>(?:19|20)\d\d)\b)|\bfor\s+(?P<y2>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_CLOSE_BY = re.compile(r"[^,;\d]{0,40}")  # "down about 41% against the U.S. currency for 2014"
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)\s*$", re.IGNORECASE)
_MOVES = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE)


def year_windows(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, each sized move told over a named year made that year's move."""
    if not any(ch.isdigit() for ch in s):
        return claims
    out = list(claims)
    for m in _ENDED_YEAR.finditer(s):
        year = m.group("y") or m.group("y2")
        held = [i for i, c in enumerate(out) if year and _over(s, m, c)]
        if year and not held:
            out = _sized_after_year(s, m, out, int(year))  # "to end 2022 down 12.3%"
        for i in held[:1]:
            out[i] = _over_year(out[i], int(year or 0))
            for j in range(i + 1, len(out)):  # ", the S&P 500 sank 23.4% and the Nasdaq lost"
                later = out[j]
                gap = s[max(out[j - 1].end, m.end()) : later.start]  # past "for 2002"
                if later.measure not in _MOVES or later.time_words or not _JOINED.match(gap):
                    break
                out[j] = _over_year(later, int(year or 0))
    return out


def _over(s: str, m: re.Match[str], claim: Claim) -> bool:
    """Whether the year's words tell this claim's size: the size comes after them, in the
    claim's own words or in a state right after them ("finished 2007 at $833.75, up 31%"), or
    "for 2014" closes the claim's words."""
    if claim.measure not in (*_MOVES, Measure.PERIOD_CHANGE) or claim.size is None:
        return False
    if m.group("y2"):
        return claim.start < m.start() and _CLOSE_BY.fullmatch(s, claim.end, m.start()) is not None
    inside = claim.start <= m.start() < claim.end
    after = m.end() <= claim.start <= m.end() + 60 and not claim.time_words
    told = re.compile(r"(?<![\d.])" + re.escape(f"{claim.size:g}") + r"(?![\d])")
    return (inside or after) and told.search(s, m.end(), claim.end) is not None


def _over_year(claim: Claim, year: int) -> Claim:
    level = None if claim.level == year else claim.level  # "end 2022": no level of 2022
    return replace(claim, measure=Measure.PERIOD_CHANGE, since=date(year, 1, 1), level=level)


_WAY_AFTER = re.compile(
    r"\s+(?P<way>down|up|higher|lower)\s+(?:(?P<hedge>about|nearly|almost|more\s+than)\s+)?"
    r"(?P<num>\d+(?:\.\d+)?)(?:%|\s+percent)",
    re.IGNORECASE,
)


def _sized_after_year(s: str, m: re.Match[str], out: list[Claim], year: int) -> list[Claim]:
    """ "shed 1.1% on Friday to end 2022 down 12.3%": the claim the words sit in keeps its own
    move (and no level of 2022); the year's move is a claim of its own."""
    host = next((c for c in out if c.start <= m.start() < c.end + 3), None)
    sized = _WAY_AFTER.match(s, m.end())
    if host is None or sized is None or m.group("y") is None:
        return out
    way = Direction.UP if sized.group("way").lower() in ("up", "higher") else Direction.DOWN
    hedge = fig.hedge_of(sized.group("hedge")) if sized.group("hedge") else Hedge.EXACT
    kept = replace(host, level=None) if host.level == year else host
    moved = replace(
        kept,
        text=s[m.start() : sized.end()],
        start=m.start(),
        end=sized.end(),
        measure=Measure.PERIOD_CHANGE,
        direction=way,
        size=float(sized.group("num")),
        unit=Unit.PERCENT,
        hedge=hedge,
        level=None,
        since=date(year, 1, 1),
        time_words="",
    )
    return sorted([kept if c is host else c for c in out] + [moved], key=lambda c: c.start)
