"""What a market did, told beside the session high or low it stood at: "ended near its session
low on Friday, 3.1% lower at 3,912.6", "finished near its session lows with a 0.5% loss",
"closed at its weakest level of the session, 1.5% down at 1,431.3 per dollar". The move is the
session's after a closing verb, else the state within the day (a price told with no move is
read in ``extreme_levels``)."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import MOVE_NOUNS
from dashboard.domain import Claim, Direction, Hedge, Measure

_EXTREMES = (Measure.SESSION_HIGH, Measure.SESSION_LOW)
_TAKEN = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE, Measure.LEVEL)
_UP = ("up", "higher", "stronger", "firmer")
_WHEN = (  # time words between the extreme and the move: "on Friday", "in late London trade"
    r"(?:\s+(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|in\s+(?:late\s+|early\s+)?"
    r"(?:new\s+york|london|tokyo|asian|european|u\.s\.|afternoon|morning)\s+(?:trade|trading)"
    r"|late\s+in\s+(?:new\s+york|london|tokyo)(?:\s+trade)?))?"
)
_AT = r"(?:\s+at\s+(?P<level>" + fig.VALUE.replace("(?P<", "(?P<l_") + r"))?"
_STATE = re.compile(
    _WHEN
    + r"(?:,\s*(?:with\s+)?|\s+with\s+)"
    + r"(?:(?P<fig>(?:(?:"
    + fig.HEDGE
    + r")\s+)?\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b|points?\b|basis\s+points\b))"
    + r"\s+(?P<d>higher|lower|stronger|weaker|firmer|softer|up|down)"
    + r"|an?\s+(?P<nfig>\d[\d.]*\s?(?:%|percent\b|per\s+cent\b))\s+(?P<noun>gain|loss|rise|fall"
    + r"|drop|decline|advance))"
    + r"(?:\s+on\s+the\s+(?:day|session))?"
    + _AT
    + r"(?=\s*[,.;]|\s*$|\s+(?:on|in|as|after|amid)\s)",
    re.IGNORECASE,
)
_CLOSING = re.compile(r"\b(?:closed|ended|finished|settled|finish|end|close|settle)\b", re.I)


_AT_EXTREME = re.compile(  # "closed down 13.2% at 19,828.30 on Monday, at its low of the day"
    r"\b(?:closed|ended|finished|settled)\b[^;]*,\s+at\s+(?:its|their)\s+(?:session\s+|day['’]s\s+)?"
    r"(?P<hl>low|high|lowest|highest|weakest|strongest|peak|trough)s?$",
    re.IGNORECASE,
)
_LOW_WORDS = ("low", "lowest", "weakest", "trough")


def extreme_moves(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, with the move each session extreme was told with."""
    claims = [c for claim in claims for c in _closed_at_extreme(claim)]
    if not any(c.measure in _EXTREMES for c in claims):
        return claims
    out = list(claims)
    for anchor in [c for c in claims if c.measure in _EXTREMES and c.session is not None]:
        made = _move(s, anchor, out)
        if made is not None:
            out.append(made)
    return sorted(out, key=lambda c: c.start)


def _closed_at_extreme(claim: Claim) -> list[Claim]:
    """ "closed down 13.2% ..., at its low of the day": the close, and the session low it
    came at (read first as the day's extreme by the words "at its low")."""
    if claim.measure is not Measure.INTRADAY_EXTREME or claim.hedge is Hedge.AS_MUCH_AS:
        return [claim]
    m = _AT_EXTREME.search(claim.text)
    if m is None:
        return [claim]
    low = m.group("hl").lower() in _LOW_WORDS
    at = replace(
        claim,
        measure=Measure.SESSION_LOW if low else Measure.SESSION_HIGH,
        direction=Direction.NONE,
        size=None,
        unit=None,
        level=None,
    )
    return [replace(claim, measure=Measure.SESSION_CHANGE), at]


def _move(s: str, anchor: Claim, claims: list[Claim]) -> Claim | None:
    """The anchor's market's move told right after it, when no claim holds it."""
    own = [c for c in claims if c.instrument == anchor.instrument and c.session == anchor.session]
    if any(c.measure in _TAKEN for c in own):
        return None  # the move is already claimed ("finished at its session high, up 0.9%")
    before = s[max(0, anchor.start - 30) : anchor.start].split(",")[-1]  # "ended Monday near"
    closing = _CLOSING.search(before + anchor.text) is not None
    measure = Measure.SESSION_CHANGE if closing else Measure.INTRADAY_CHANGE
    m = _STATE.match(s, anchor.end)
    if m is not None and not any(c.start < m.end() and m.start() < c.end for c in claims):
        return _claim(s, m, anchor, measure)
    return None


def _claim(s: str, m: re.Match[str], anchor: Claim, measure: Measure) -> Claim | None:
    """ "..., 3.1% lower at 3,912.6": the move, its size and where it left the price."""
    figure = fig.FIGURE_RE.match(m.group("fig") or m.group("nfig"))
    if figure is None:
        return None
    size = fig.size_from(figure)
    if m.group("noun"):
        way = MOVE_NOUNS.get(m.group("noun").lower())
    else:
        way = Direction.UP if m.group("d").lower() in _UP else Direction.DOWN
    if way is None:
        return None
    told = fig.LEVEL_RE.match(s, s.rfind("at", 0, m.start("level"))) if m.group("level") else None
    level = fig.level_from(told) if told else None
    return replace(
        anchor,
        text=s[anchor.start : m.end()],
        end=m.end(),
        measure=measure,
        direction=way,
        size=size.value,
        unit=size.unit,
        hedge=size.hedge,
        level=level.value if level else None,
    )
