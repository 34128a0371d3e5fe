"""A move the day did not keep: told beside the same market's close on the same day, and further
or the other way ("plunged nearly 1,600 points late in the day before ending down 1,175
points", "climbed another 1.1% ..., before the metal closed flat"), or told after "at one point"
in words before it ("after at one point being down more than 540 points"): the day's extreme."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims.timewords import AT_ONE_POINT
from dashboard.domain import Claim, Direction, Measure, Unit

_WAYS = (Direction.UP, Direction.DOWN)
_MOVES = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE)
_CLOSE = re.compile(
    r"\b(?:clos(?:ed|ing)|end(?:ed|ing)|finish(?:ed|ing)|settl(?:ed|ing)|the\s+close)\b"
    r"|\b(?:to|and)\s+(?:close|end|finish|settle)\b",
    re.IGNORECASE,
)
_POINTS = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s+points\b", re.IGNORECASE)


def _is_close(claim: Claim) -> bool:
    """Whether a claim is told as the day's close ("ending down 1,175 points", "closed flat")."""
    if claim.measure is not Measure.SESSION_CHANGE:
        return False
    return _CLOSE.search(f"{claim.text} {claim.time_words}") is not None


def _points_told(close: Claim) -> float | None:
    """The close's points beside its percent ("down 1,175 points, or 4.6%"): 1175."""
    if close.unit is Unit.POINTS:
        return close.size
    told = _POINTS.search(close.text)
    return float(told.group(1).replace(",", "")) if told else None


def _outruns(move: Claim, close: Claim) -> bool:
    """Whether ``move`` went further than the close it sits beside, or the other way: sizes in
    one unit compared, points against the close's points, and sizes in units the close does
    not give taken as further (a writer tells a second figure for the day's furthest point)."""
    if close.direction is not move.direction:
        return close.direction in (*_WAYS, Direction.FLAT)
    if move.size is None or close.size is None:
        return False
    if move.unit == close.unit:
        return move.size > close.size
    if move.unit is Unit.POINTS:
        points = _points_told(close)
        if points is None:
            points = _points_from_level(close)
        return points is None or move.size > points
    return False


def _points_from_level(close: Claim) -> float | None:
    """The close's percent in points, from the level it ended at ("closed 13.7% lower at
    9,059.89": about 1,439 points)."""
    if close.unit is not Unit.PERCENT or close.level is None or close.size is None:
        return None
    signed = close.size if close.direction is Direction.UP else -close.size
    if signed <= -100:
        return None
    return close.level / (1 + signed / 100) * close.size / 100


def _pair(move: Claim, close: Claim) -> bool:
    """The same market, the same way of quoting it and the same day."""
    return (move.instrument, move.inverse, move.session) == (
        close.instrument,
        close.inverse,
        close.session,
    )


def _sized_move(claim: Claim) -> bool:
    """A sized move one way that is not the close."""
    way = claim.measure in _MOVES and claim.direction in _WAYS and claim.size is not None
    return way and not _is_close(claim)


def moves_outrun(claims: list[Claim]) -> list[Claim]:
    """ "plunged nearly 1,600 points late in the day before ending down 1,175 points": a sized
    move beside the same day's close that it outruns was the day's extreme."""
    out = list(claims)
    for i, move in enumerate(claims):
        if not _sized_move(move):
            continue
        closes = [c for c in claims if c is not move and _is_close(c) and _pair(move, c)]
        if len(closes) == 1 and _outruns(move, closes[0]):
            out[i] = replace(move, measure=Measure.INTRADAY_EXTREME)
    return out


_AT_ONE_POINT = re.compile(r"\b" + AT_ONE_POINT + r"\b", re.IGNORECASE)
_BREAK = re.compile(r"[,;\d]")
_STOP = re.compile(r"[;]|\b(?:and|but|while|whereas)\s+(?:the\s+)?[A-Z]")


def one_point_moves(s: str, claims: list[Claim]) -> list[Claim]:
    """ "after at one point being down more than 540 points", "a plunge that at one point had
    the Dow down nearly 1,000 points": a move told after "at one point" in the words since the
    claim before it, in its own clause, was the day's extreme."""
    out = list(claims)
    for i, move in enumerate(claims):
        if not _sized_move(move):
            continue
        low = max([c.end for c in claims if c.end <= move.start], default=0)
        found = ([None, *_AT_ONE_POINT.finditer(s, low, move.end)])[-1]
        if found is None or _STOP.search(s, found.end(), move.start):
            continue
        if _BREAK.search(s, found.end(), move.start):
            continue  # "..., at one point dropping 500 points, a day after the index's ..."
        if _CLOSE.search(s, found.end(), move.start):
            continue
        out[i] = replace(move, measure=Measure.INTRADAY_EXTREME)
    return out


_OVERNIGHT = re.compile(
    r"\b(?:in|during)\s+(?:thin\s+)?overnight\s+(?:electronic\s+)?(?:trade|trading|deals|dealings"
    r"|hours|session)\b|\belectronic\s+trad(?:e|ing)\s+overnight\b",
    re.IGNORECASE,
)
_BARE_OVERNIGHT = re.compile(r"\bovernight\s*$", re.IGNORECASE)
_CROSSED = re.compile(
    r"\b(?:past|below|above|beyond|through|under|over)\s+(?:parity|[$€£]?\d)|\bmark\b", re.I
)
_REACHABLE = (Measure.LEVEL, *_MOVES)


def overnight_moves(claims: list[Claim]) -> list[Claim]:
    """ "soybeans firmed 4-1/2 cents to $9.27-1/4 in overnight trade", "slumped to 1,442 per
    dollar overnight": a move in the night's trading before the day session, or a price reached
    overnight, not a close, was the day's extreme (a threshold crossed stays a level; a bare
    "the Dow shed 6.9% overnight" is another market's whole day)."""
    out = list(claims)
    for i, claim in enumerate(claims):
        if claim.measure not in _REACHABLE or claim.direction not in _WAYS or _is_close(claim):
            continue
        if claim.measure is Measure.LEVEL and _CROSSED.search(claim.text):
            continue
        if _CLOSE.search(claim.text):
            continue
        bare = claim.measure is Measure.LEVEL and (
            _BARE_OVERNIGHT.search(claim.text) or _BARE_OVERNIGHT.search(claim.time_words)
        )
        if bare or _OVERNIGHT.search(f"{claim.text} | {claim.time_words}"):
            out[i] = replace(claim, measure=Measure.INTRADAY_EXTREME)
    return out


_TURN = re.compile(r"\b(?:before|then|later|but|after\s+which|only\s+to)\b", re.IGNORECASE)
_OTHER_DAY = re.compile(
    r"\b(?:[a-z]+day|yesterday|next\s+(?:day|session)|following\s+(?:day|session)|days?\s+later"
    r"|week|month)\b",
    re.IGNORECASE,
)
_BACK_MEASURES = (*_MOVES, Measure.LEVEL, Measure.INTRADAY_EXTREME)


def _turned_back(s: str, level: Claim, later: Claim) -> bool:
    """Whether ``later`` is the same market's move or price the other way, the same day, told
    after a turn ("..., before suspected intervention lifted it by as much as 3.8%")."""
    if later.start <= level.end or not _pair(later, level) or later.measure not in _BACK_MEASURES:
        return False
    if later.direction not in _WAYS or later.direction is level.direction:
        return False
    turn = _TURN.search(s, level.end, later.start)
    return turn is not None and _OTHER_DAY.search(s, turn.end(), later.end) is None


def _passed_through(level: Claim, claims: list[Claim]) -> bool:
    """A threshold crossed on the way to a further extreme told on its own ("fell below 2%
    ..., touching 1.916%"): the threshold stays a level."""
    return _CROSSED.search(level.text) is not None and any(
        _pair(c, level) and c.measure is Measure.INTRADAY_EXTREME and c.direction is level.direction
        for c in claims
    )


def levels_turned_back(s: str, claims: list[Claim]) -> list[Claim]:
    """ "slid to 151.95 per dollar ..., before intervention lifted it by as much as 3.8%",
    "vaulted to an all-time high of $69,202 and then tumbled as much as 14%": a price reached
    that the same market then left the other way was the day's extreme."""
    return [
        replace(c, measure=Measure.INTRADAY_EXTREME)
        if c.measure is Measure.LEVEL
        and c.direction in _WAYS
        and not _is_close(c)
        and not _passed_through(c, claims)
        and any(_turned_back(s, c, later) for later in claims)
        else c
        for c in claims
    ]
