"""Where a market finished, told after its move within the day with no subject of its own:
"rose as much as 1.9% ... before a build in stockpiles pared the gain to 1.2% at the settle",
"jumped more than 3% in early Asian trade ..., but it surrendered the gain to end 0.4% lower",
"touched 7,030 ..., only for the index to retreat and settle 0.3% lower at 6,932.6", "was up
about 1.2% by mid-morning, but it faded to finish with a gain of 0.3%". The figure is that
market's move over the session, unless another market is named between the two."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import MOVE_NOUNS
from dashboard.claims.subjects import Mention
from dashboard.domain import Claim, Direction, Hedge, Measure, Unit

_UP = "up|higher|firmer|stronger"
_DOWN = "down|lower|weaker|softer"
_SIZE = (
    r"(?P<fig>(?:[$€£]\s?)?\d[\d,]*(?:\.\d+)?"
    r"(?:\s?%|\s+percent\b|\s+points?\b|\s+basis\s+points?\b)?)"
)
_AT = r"(?:\s+at\s+(?:[$€£]\s?)?(?P<level>\d[\d,]*(?:\.\d+)?)(?![\d,]*\s?%))?"
_FINISH = (
    r"\b(?:to\s+(?:(?:[a-z]+\s+){1,2}and\s+)?(?:end|finish|close|settle)|(?:ended|finished|closed|settled))"
    r"(?:\s+the\s+(?:day|session))?\s+"
)
_CLOSED = re.compile(
    _FINISH
    + r"(?:(?P<w1>"
    + _UP
    + "|"
    + _DOWN
    + r")\s+)?"
    + _SIZE
    + r"(?:\s*,\s*or\s+(?P<pct>\d[\d.]*\s?%)\s*,)?"
    + r"(?:\s+(?P<w2>"
    + _UP
    + "|"
    + _DOWN
    + r"))?"
    + _AT
    + r"|"
    + _FINISH
    + r"with\s+an?\s+(?P<noun>gain|loss|rise|fall|drop|decline|advance)"
    + r"\s+of\s+(?:only\s+|just\s+)?"
    + _SIZE.replace("fig", "nfig")
    + _AT.replace("level", "nlevel")
    + r"|\b(?:pared|trimmed|cut|narrowed|whittled)\s+(?:the|its)\s+(?:gains?|loss(?:es)?"
    r"|advance|decline|rise|fall|drop)\s+to\s+(?P<hedge>about\s+|around\s+|roughly\s+)?"
    r"(?P<rfig>\d[\d.]*\s?%)\s+(?:at|by)\s+the\s+(?:close|settle|settlement|end\s+of\s+trading)",
    re.IGNORECASE,
)
_WITHIN = (Measure.INTRADAY_EXTREME, Measure.INTRADAY_CHANGE, Measure.RECORD, Measure.OPEN_MOVE)


def closing_remainders(s: str, claims: list[Claim], mentions: list[Mention]) -> list[Claim]:
    """The claims, with the session's move for each such finish no claim took."""
    if not any(w in s for w in ("end", "finish", "close", "settle", "pared", "trimmed", "cut")):
        return claims
    out = list(claims)
    for m in _CLOSED.finditer(s):
        if any(c.start <= m.start() < c.end or m.start() <= c.start < m.end() for c in out):
            continue
        anchor = _anchor(out, m.start(), mentions)
        if anchor is None:
            continue
        claim = _claim(s, m, anchor)
        if claim is not None:
            out.append(claim)
    return sorted(out, key=lambda c: c.start)


def _anchor(claims: list[Claim], at: int, mentions: list[Mention]) -> Claim | None:
    """The market moving within the day just before: no other market named since, and no
    session move of its own that day already."""
    before = [c for c in claims if c.end <= at]
    if not before or before[-1].measure not in _WITHIN or before[-1].session is None:
        return None
    anchor = before[-1]
    named = [x for x in mentions if anchor.end <= x.start < at and x.instrument is not None]
    if any(x.instrument is not None and x.instrument.id != anchor.instrument for x in named):
        return None
    closed = (Measure.SESSION_CHANGE, anchor.instrument, anchor.session)
    if any((c.measure, c.instrument, c.session) == closed for c in claims):
        return None
    return anchor


def _claim(s: str, m: re.Match[str], anchor: Claim) -> Claim | None:
    """ "to settle 0.3% lower at 6,932.6": the anchor's market's move that session."""
    told = m.group("pct") or m.group("fig") or m.group("nfig") or m.group("rfig")
    figure = fig.FIGURE_RE.match(told)
    if figure is None:
        return None
    size = fig.size_from(figure)
    if size.unit is Unit.BASIS_POINTS or (size.unit is Unit.POINTS and size.cents):
        return None
    way = _way(m, anchor)
    if way is None:
        return None
    level = m.group("level") or m.group("nlevel")
    hedge = Hedge.ABOUT if m.group("hedge") else size.hedge
    return replace(
        anchor,
        text=s[m.start() : m.end()],
        start=m.start(),
        end=m.end(),
        measure=Measure.SESSION_CHANGE,
        direction=way,
        size=size.value,
        unit=size.unit,
        hedge=hedge,
        level=fig.number(level) if level else None,
        since=None,
        time_words="",
    )


def _way(m: re.Match[str], anchor: Claim) -> Direction | None:
    """The finish's way: its own word or noun, else (a move pared) the anchor's."""
    word = m.group("w1") or m.group("w2")
    if word:
        return Direction.UP if re.fullmatch(_UP, word, re.IGNORECASE) else Direction.DOWN
    if m.group("noun"):
        return MOVE_NOUNS.get(m.group("noun").lower())
    if m.group("rfig") and anchor.direction in (Direction.UP, Direction.DOWN):
        return anchor.direction
    return None
