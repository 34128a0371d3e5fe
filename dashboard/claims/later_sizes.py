"""A sized state told later in the clauses of a move read without its size: "recouped its
losses, ending 2.9% higher at $1.1167", "extended losses in afternoon trade to sit 1.3% lower at
7,142.0", "turned higher and was up 0.5% at 3,512.6 by the midday break", "recovered and was
trading at 13.18 by 1600 GMT, 0.4% firmer". The size and the level are that move's; a resting
verb ("was", "to trade") makes it the state within the day, a closing verb the session's move."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims import figures as fig
from dashboard.domain import Claim, Direction, Measure

_MOVES = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE, Measure.PERIOD_CHANGE)
_EXTREMES = (Measure.SESSION_HIGH, Measure.SESSION_LOW)
_UP = ("up", "higher", "stronger", "firmer")
_FIG = (
    r"(?P<fig>(?:(?:" + fig.HEDGE + r")\s+)?\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b"
    r"|points?\b|basis\s+points\b|bps?\b))"
)
_WAY = r"(?P<d>higher|lower|stronger|weaker|firmer|softer)"
_VERB = (
    r"(?P<verb>(?:ending|ended|end|closing|closed|close|finishing|finished|finish|settling"
    r"|settled|settle|trade|stand|sit|(?:was|were)(?:\s+last)?)\s+)"
)
_SIZE_FIRST = re.compile(  # "ending down just 0.3% at 58,240", "to sit 1.3% lower at 7,142.0"
    r"(?:\b"
    + _VERB
    + r"|,\s+)(?:(?:just|only|still)\s+)?(?:"
    + _FIG
    + r"\s+"
    + _WAY
    + r"|(?P<d2>up|down)\s+(?:(?:just|only)\s+)?(?=\d)"
    + _FIG.replace("fig>", "fig2>")
    + r")\s+at\s+(?=[$€£]?\d)"
    + fig.VALUE,
    re.IGNORECASE,
)
_LEVEL_FIRST = re.compile(  # "was trading at 13.18 by 1600 GMT, 0.4% firmer"
    r"\b(?P<verb>(?:was|were)\s+(?:trading|quoted|changing\s+hands)\s+)at\s+"
    + fig.VALUE
    + r"(?:\s+by\s+[^,;]{1,25})?,\s+"
    + _FIG
    + r"\s+"
    + _WAY
    + r"\b",
    re.IGNORECASE,
)
_CLOSING = ("end", "clos", "finish", "settl")
_GAP_STOP = re.compile(r";|\.\s|\bwhile\b|\bwhereas\b", re.IGNORECASE)


def later_sizes(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, each sizeless move given the sized state told after it in its clauses."""
    out = list(claims)
    for pattern in (_SIZE_FIRST, _LEVEL_FIRST):
        for m in pattern.finditer(s):
            if any(c.start < m.end() and m.start() < c.end for c in out):
                continue  # the state is claimed already
            at = _taker(s, m, out)
            if at is not None:
                out[at] = _sized(s, m, out[at])
    return sorted(out, key=lambda c: c.start)


def _taker(s: str, m: re.Match[str], claims: list[Claim]) -> int | None:
    """The nearest claim before the state, a sizeless move the same way with no other claim
    and no new clause ("while", a stop) between: "sterling recouped ..., ending 2.9% higher"."""
    before = [
        i for i, c in enumerate(claims) if c.end <= m.start() and c.measure not in _EXTREMES
    ]  # "climbed to finish at the day's peak, 1.8% higher at 7,186.54": past the extreme
    if not before:
        return None
    i = max(before, key=lambda k: claims[k].end)
    claim, gap = claims[i], s[claims[i].end : m.start()]
    if claim.size is not None or claim.measure not in _MOVES or len(gap) > 120:
        return None
    if _GAP_STOP.search(gap) or _way(m) is not claim.direction:
        return None
    return i


def _way(m: re.Match[str]) -> Direction:
    """The way the state's words say: "higher", "up" and "firmer" are up."""
    word = (m.groupdict().get("d") or m.groupdict().get("d2") or "").lower()
    return Direction.UP if word in _UP else Direction.DOWN


def _sized(s: str, m: re.Match[str], claim: Claim) -> Claim:
    """The claim with the state's size and level ("to stand 2 bp higher at 0.46%")."""
    name = "fig" if m.group("fig") else "fig2"
    size = fig.size_from(fig.FIGURE_RE.fullmatch(s, m.start(name), m.end(name)))  # type: ignore[arg-type]
    level = fig.level_from(m).value
    verb = (m.group("verb") or "").lower()
    measure = claim.measure
    if measure is not Measure.PERIOD_CHANGE and verb:
        closing = verb.startswith(_CLOSING)
        measure = Measure.SESSION_CHANGE if closing else Measure.INTRADAY_CHANGE
    return replace(
        claim,
        text=s[claim.start : m.end()],
        end=m.end(),
        measure=measure,
        size=size.value,
        unit=size.unit,
        hedge=size.hedge,
        level=level,
    )
