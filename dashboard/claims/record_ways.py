"""Which way a record or an earlier mark lies when the words do not say: a quote currency's
"record 89.99 per dollar" is its weakest; "breaching Friday's record" lies on the move's side."""

from __future__ import annotations

import re

from dashboard.claims import context as ctx
from dashboard.claims.frames import Frame, rising_way
from dashboard.claims.tail_records import Extra
from dashboard.domain import Direction

_WAYS = (Direction.UP, Direction.DOWN)


def record_way(frame: Frame, level: float | None) -> Direction:
    """A record told with no way: a quote currency's "record 89.99 per dollar" is its weakest,
    a haven's ("the yen hit a record 75.32 per dollar") its strongest."""
    quoted = level is not None and all(r.inverse for _, r in frame.subjects)
    return Direction.DOWN if quoted and frame.subjects and not _havens(frame) else Direction.UP


def bare_record_way(frame: Frame, previous: ctx.Previous | None, extras: list[Extra]) -> Direction:
    """The way of a record reached with no way word ("touched a record 75.32 per dollar"): a
    haven's all-time strongest, else the way of the move just told or the quoted number's rise
    ("the yen hit 145 per dollar for the first time since November")."""
    all_time = all(e.since is None and not e.ago for e in extras if e.is_record)
    return Direction.UP if all_time and _havens(frame) else rising_way(frame, previous)


_HAVENS = frozenset(("JPY", "CHF"))  # the corpus labels their bare records highs 15 to 2


def _havens(frame: Frame) -> bool:
    """Whether every subject is a haven currency quoted per dollar or euro (the yen, the franc)."""
    found = [r.inverse and r.instrument.quote_currency in _HAVENS for _, r in frame.subjects]
    return bool(found) and all(found)


CROSSING = re.compile(
    r"\b(?:breaching|breached|topping|topped|surpassing|surpassed|beating|eclipsing|past|beyond)\s+$",
    re.IGNORECASE,
)  # "breaching Friday's record": beyond it, on the move's side ("since" it: the other side)


def breached_way(frame: Frame, previous: ctx.Previous) -> Direction | None:
    """A bare earlier record ("Friday's record of 83.35") lies on the side the move just
    told on the same subject went."""
    ids = {r.instrument.id for _, r in frame.subjects}
    if previous.resolved.instrument.id not in ids or previous.direction not in _WAYS:
        return None
    return previous.direction


# "now sits within 2% of its all-time high", "is close to its record close": a distance from
# a record, said before the record phrase, is nearness (not labelled), not a record
NEAR_BEFORE = re.compile(
    r"\b(?:near|close\s+to|within\s+(?:sight\s+of|(?:about\s+|around\s+|roughly\s+|less\s+than"
    r"\s+|just\s+)?[$€£]?\d[\d,.]*\s?(?:%|percent\b|per\s+cent\b|points?\b|cents?\b|basis\s+points\b"
    r"|bps?\b)?\s*of)|(?:just\s+)?shy\s+of|short\s+of)\s+(?:(?:its|their|the|an?)\s+)?(?:own\s+)?$",
    re.IGNORECASE,
)
