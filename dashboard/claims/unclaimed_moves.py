"""The last-resort rules for leftover figures (``unclaimed``), tried in turn on each:
- a window's move (``unclaimed_periods``);
- the day's extreme, told beside where the market ended: "after being up as much as 0.8%",
  "pared an earlier jump of 11 basis points";
- what was left of a move that shrank: "before gains faded to 4.6% by the close" (the close),
  "the currency's gain had shrunk to 0.4%" (a state in the day), the move it shrank from then
  being the day's extreme; or what a move grew to: "and the loss deepened to 2.3%"."""

from __future__ import annotations

import re
from dataclasses import replace

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
    r"(?:\s+(?:back|its|their|the|gains?|loss(?:es)?|advance|decline|rise|fall|drop))*"
    r"\s+to\s+(?:(?:end|finish|close|settle|trade|stand|sit)\s+)?(?:(?:just|a\s+little|a\s+shade)\s+)?"
    r"(?:(?:under|below|over|above|about|around|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
# "and the loss deepened to 2.3% by the lunch break": the move grew to what follows
_GREW = re.compile(
    r"\b(?:(?:its|their|the)\s+)?(?:gains?|loss(?:es)?|advance|decline|rise|fall|drop|slide)"
    r"\s+(?:had\s+|has\s+)?(?:later\s+)?(?:deepened|widened|grew|swelled|stretched|extended)"
    r"\s+to\s+(?:(?:about|around|nearly|almost|more\s+than|over)\s+)?$",
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
    found = [
        (left, c) for left in leftovers(s, claims, mentions, registry) if (c := _read(s, left))
    ]
    if not found:
        return claims
    pared = {id(left.anchor) for left, c in found if _pares(left.anchor, c)}
    kept = [replace(c, measure=Measure.INTRADAY_EXTREME) if id(c) in pared else c for c in claims]
    added = [c for _, c in found]
    for i, rest in enumerate(added):
        left_at = next((k for k in kept if _left_at(s, rest, k)), None)
        if left_at is not None:  # "cut the loss to 1.8% by the close, leaving the index at 3,171"
            kept.remove(left_at)
            added[i] = replace(
                rest, level=left_at.level, end=left_at.end, text=s[rest.start : left_at.end]
            )
    return sorted(kept + added, key=lambda c: c.start)


_LEAVING = re.compile(r"[^;]{0,40}?,\s*(?:leaving|putting)\s", re.IGNORECASE)


def _left_at(s: str, rest: Claim, level: Claim) -> bool:
    """A wayless level "leaving" the market where the move that shrank ended."""
    return (
        level.measure is Measure.LEVEL
        and level.direction is Direction.NONE
        and (level.instrument, level.session) == (rest.instrument, rest.session)
        and level.start >= rest.end
        and rest.level is None
        and _LEAVING.match(s, rest.end, level.start + 1) is not None
    )


def _pares(anchor: Claim, rest: Claim) -> bool:
    """ "fell 1% in early trade before the decline narrowed to 0.4%": the move that shrank, on
    the same day, was the day's extreme."""
    return (
        anchor.measure in (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE)
        and (anchor.direction, anchor.unit, anchor.session)
        == (rest.direction, rest.unit, rest.session)
        and anchor.size is not None
        and rest.size is not None
        and rest.size < anchor.size
    )


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
    if _GREW.search(left.left(s)) is not None:  # "the loss deepened to 2.3%"
        way = left.anchor.direction
    elif _SHRANK.search(left.left(s)) is not None:
        way = direction(left.left(s), left.right(s)) or left.anchor.direction
    else:
        return None
    closed = _CLOSED.search(s, left.start, left.end) is not None
    return _claim(s, left, Measure.SESSION_CHANGE if closed else Measure.INTRADAY_CHANGE, way)


def _claim(s: str, left: Leftover, measure: Measure, way: Direction) -> Claim:
    return left.claim(s, (left.figure.start(), left.figure.end()), measure, way)
