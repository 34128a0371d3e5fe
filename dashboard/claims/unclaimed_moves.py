"""The last-resort rules for leftover figures (``unclaimed``), tried in turn on each:
- a window's move (``unclaimed_periods``);
- the day's extreme, told beside where the market ended: "after being up as much as 0.8%",
  "pared an earlier jump of 11 basis points";
- what was left of a move that shrank: "before gains faded to 4.6% by the close" (the close),
  "the currency's gain had shrunk to 0.4%" (a state in the day)."""

from __future__ import annotations

import re

from dashboard.claims.subjects import Mention
from dashboard.claims.unclaimed import Leftover, direction, leftovers
from dashboard.claims.unclaimed_periods import window_move
from dashboard.domain import Claim, Direction, Hedge, Measure
from dashboard.instruments import Registry

_EARLY = re.compile(
    r"\b(?:early|earlier|intraday|at\s+one\s+(?:point|stage)|briefly|initial(?:ly)?|at\s+first"
    r"|topped|peaked|at\s+(?:its|their)\s+(?:worst|best|peak|height|lowest|highest))\b",
    re.IGNORECASE,
)
_SHRANK = re.compile(
    r"\b(?:faded|fading|shrank|shrunk|shrinking|narrowed|narrowing|pared|paring|trimmed"
    r"|trimming|whittled|dwindled|dwindling|cut|cutting|reduced|eased|easing)\b"
    r"(?:\s+(?:back|its|their|the|gains?|losses|advance|decline|rise|fall|drop))*"
    r"\s+to\s+(?:(?:end|finish|close|settle|trade|stand|sit)\s+)?(?:(?:just|a\s+little|a\s+shade)\s+)?"
    r"(?:(?:under|below|over|above|about|around|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
_CLOSED = re.compile(
    r"\b(?:by|at)\s+the\s+(?:close|closing\s+bell|end\s+of\s+(?:trading|the\s+session|the\s+day))"
    r"|\bto\s+(?:end|finish|close|settle)\b",
    re.IGNORECASE,
)


def unclaimed_claims(
    s: str, claims: list[Claim], mentions: list[Mention], registry: Registry
) -> list[Claim]:
    """``claims`` with a claim added for each leftover figure one of the rules reads."""
    added = [c for left in leftovers(s, claims, mentions, registry) if (c := _read(s, left))]
    return sorted(claims + added, key=lambda c: c.start) if added else claims


def _read(s: str, left: Leftover) -> Claim | None:
    return window_move(s, left) or _extreme(s, left) or _remainder(s, left)


def _extreme(s: str, left: Leftover) -> Claim | None:
    early = (
        left.size.hedge is Hedge.AS_MUCH_AS or _EARLY.search(s, left.start, left.end) is not None
    )
    way = direction(left.left(s), left.right(s))
    if not early or way is None:
        return None
    return _claim(s, left, Measure.INTRADAY_EXTREME, way)


def _remainder(s: str, left: Leftover) -> Claim | None:
    if _SHRANK.search(left.left(s)) is None:
        return None
    way = direction(left.left(s), left.right(s)) or left.anchor.direction
    closed = _CLOSED.search(s, left.start, left.end) is not None
    return _claim(s, left, Measure.SESSION_CHANGE if closed else Measure.INTRADAY_CHANGE, way)


def _claim(s: str, left: Leftover, measure: Measure, way: Direction) -> Claim:
    return left.claim(s, (left.figure.start(), left.figure.end()), measure, way)
