"""A level told, then the day's move set off after it: "was fetching $0.6320 late in the Sydney
session, down some 5% on the day", "had recovered to around $0.8330 by the New York afternoon,
roughly 0.7% up on the day". The state is where the market stood, so the level is the state's."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from dashboard.claims import figures as fig
from dashboard.domain import Claim, Direction, Measure

_STATES = (Measure.INTRADAY_CHANGE, Measure.SESSION_CHANGE)
_APPOSED = re.compile(  # "..., down 5%", "... late in the Sydney session, down 5%"
    r"(?:\s+(?:(?:late|early|later|earlier)\s+)?(?:in|by|at|during|on)\s+[^,;\d]{1,40})?\s*,\s*",
    re.IGNORECASE,
)


def levels_stated(s: str, claims: list[Claim]) -> list[Claim]:
    """Claims with each such level moved onto the state right after it."""
    out = [_closed(_at_most(s, told)) for c in claims for told in _size_after(s, c)]
    claims = list(out)
    for level, state in pairwise(claims):
        if not _pair(s, level, state) or level not in out or state not in out:
            continue
        merged = replace(state, level=level.level, start=level.start)
        out[out.index(state)] = _closed(replace(merged, text=s[merged.start : merged.end]))
        out.remove(level)
    return out


_CLOSED_AT = re.compile(  # "helped it close at 7.20", "to end the domestic session at 6.3870"
    r"\b(?:close|closed|closing|end|ended|ending|finish|finished|finishing|settle|settled|settling)"
    r"\s+(?:the\s+(?:[a-z]+\s+)?(?:session|day)\s+)?at\s+",
    re.IGNORECASE,
)


def _closed(claim: Claim) -> Claim:
    """A state told of a close ("close at 7.20, down about 3% on the day") is the session's."""
    if claim.measure is not Measure.INTRADAY_CHANGE or not _CLOSED_AT.search(claim.text):
        return claim
    return replace(claim, measure=Measure.SESSION_CHANGE)


def _pair(s: str, level: Claim, state: Claim) -> bool:
    """Whether ``state`` is set off right after ``level``, on the same market and day."""
    if level.measure is not Measure.LEVEL or level.level is None or level.size is not None:
        return False
    if level.direction is not Direction.NONE and _THRESHOLD.search(level.text):
        return False  # "fell below $31,000, down 11%": a threshold crossed, not where it stood
    if state.measure not in _STATES or state.size is None or state.level is not None:
        return False
    same = (level.instrument, level.session, level.inverse) == (
        state.instrument,
        state.session,
        state.inverse,
    )
    return same and _APPOSED.fullmatch(s, level.end, state.start) is not None


_THRESHOLD = re.compile(r"\b(?:below|above|under|over|past|beyond|through)\s+[$€£]?\d", re.I)
_SIZE_WAY = re.compile(  # "..., roughly 0.7% up on the day": the figure before its way
    r"(?P<fig>(?:(?:" + fig.HEDGE + r")\s+)?\d[\d.]*\s?%)\s+(?P<way>up|down|higher|lower)"
    r"\s+on\s+the\s+(?:day|session)\b",
    re.IGNORECASE,
)


def _size_after(s: str, claim: Claim) -> list[Claim]:
    """A level with the day's move told after it, figure first, that no claim took: the state
    holds the level, unless the level was reached by a move (then the state is a claim of its
    own, as after a threshold crossed)."""
    if claim.measure is not Measure.LEVEL or claim.level is None or claim.size is not None:
        return [claim]
    gap = _APPOSED.match(s, claim.end)
    told = _SIZE_WAY.match(s, gap.end()) if gap else None
    size = fig.FIGURE_RE.fullmatch(told.group("fig")) if told else None
    if told is None or size is None:
        return [claim]
    said = fig.size_from(size)
    way = Direction.UP if told.group("way").lower() in ("up", "higher") else Direction.DOWN
    reached = claim.direction is not Direction.NONE and _THRESHOLD.search(claim.text) is not None
    state = replace(
        claim, measure=Measure.INTRADAY_CHANGE, size=said.value, unit=said.unit, hedge=said.hedge,
        direction=way, end=told.end(), text=s[claim.start : told.end()],
    )  # fmt: skip
    if not reached:
        return [state]
    own = replace(state, start=told.start(), text=told.group(0), level=None)
    return [claim, own]


# "At its weakest on Monday the lira was at a record 7.24", "The crown, at its weakest on
# Thursday, changed hands at 12.15": where the market stood at that point was the day's extreme
_AT_MOST = re.compile(
    r"\bat\s+(?:its|their)\s+(?:(?:session|intraday|day['’]s)\s+)?"
    r"(?P<w>weakest|strongest|lowest|highest|worst|best|peak|trough|low|high)"
    r"(?:\s+(?:on\s+)?[a-z]+day)?\s*,?\s*(?:[A-Za-z'’. -]{0,40}?\s)?$",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\s[$€£¥]?\d")
# "settled at its lowest since December 2021, at $69.19": a close that set a record, not the
# day's extreme ("at its lowest in seven months", "at its weakest ever" alike)
_WINDOW = re.compile(
    r"\s+(?:since\b|ever\b|on\s+record\b|in\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+)?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty)"
    r"[\s-]+(?:years?|months?|weeks?|decades?)\b)",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"\b(?:closed|settled|ended|finished|closing|settling|ending|finishing)\s+$", re.I
)
_DOWNS = ("weakest", "lowest", "worst", "trough", "low")


def _at_most(s: str, claim: Claim) -> Claim:
    """A level told "at its weakest" (strongest, ...) is the day's extreme that way."""
    if claim.measure is not Measure.LEVEL or claim.level is None or claim.size is not None:
        return claim
    told = _FIGURE.split(claim.text.rsplit(" at ", 1)[0], 1)[0]  # "fetched 16.04 per dollar"
    lead = s[max(0, claim.start - 48) : claim.start] + told + " "
    m = _AT_MOST.search(lead)
    if m is None or claim.direction not in (Direction.NONE, None):
        return claim
    if _WINDOW.match(lead, m.end("w")) or _CLOSING.search(lead, 0, m.start()):
        return claim  # "closed at its weakest since 1986 on Wednesday, at 160.8 per dollar"
    way = Direction.DOWN if m.group("w").lower() in _DOWNS else Direction.UP
    return replace(claim, measure=Measure.INTRADAY_EXTREME, direction=way)
