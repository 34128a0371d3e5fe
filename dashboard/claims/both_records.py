"""A record said once for several markets: "Brent fell to $60.70 and U.S. crude to $57.25,
the lowest for both since February 2021" is a record for each market just named; so is "the
Nifty slumped 5.9% and the Sensex 5.7%, their steepest falls in four years"."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims.folding import holds
from dashboard.domain import Claim, Direction, Hedge, Measure

_FOR_ALL = re.compile(  # also "the heaviest losses for either gauge since 2020"
    r"\bfor\s+(?P<n>both|each|either|all\s+three|all\s+four)(?:\s+(?:gauges?|index(?:es)?|indices"
    r"|markets?|contracts?|benchmarks?|currencies|currency))?\s+since\b"
    r"|(?P<n2>both)\s+for\s+the\s+first\s+time\s+(?:since|in)\b",  # ", both for the first time"
    re.IGNORECASE,
)
_COUNT = {"both": 2, "each": 0, "either": 2, "all three": 3, "all four": 4}  # "each": all named
_MOVES = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE, Measure.LEVEL)


def records_for_all(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims with the record copied to each other market the phrase covers."""
    found = _FOR_ALL.search(s) if holds(s, ("since",)) else None
    record = next((c for c in claims if c.measure is Measure.RECORD), None) if found else None
    if found is None or record is None:
        return claims
    count = _COUNT[" ".join((found.group("n") or found.group("n2")).lower().split())]
    moved = [c for c in claims if c.measure in _MOVES and c.end <= found.start()]
    named = list(dict.fromkeys(c.instrument for c in moved))[-count:]  # (all when 0)
    have = {c.instrument for c in claims if c.measure is Measure.RECORD}
    extra = _copies(record, moved, named, have)
    return claims + extra if extra else claims


_THEIR = re.compile(  # "both indexes' best day", "the two gauges' worst day"
    r"(?:in\s+)?(?:their|(?:both|the\s+two|all\s+three)\s+[\w-]+s['’])\s"
    r"|(?:they|both)\s+(?:[\w-]+\s+){1,2}their\s"  # "they notched their biggest gains"
    r"|were\s+(?:the|their)\s",  # "X's 12.9% plunge and Y's 12% slide were the steepest"
    re.IGNORECASE,
)
# "the worst day on record for both gauges": a singular ranking the words give to each market
_FOR_EACH = re.compile(
    r"\s+for\s+(?:both|each|all\s+three|all\s+four)(?:\s+(?:of\s+them|[\w-]+s))?\b",
    re.IGNORECASE,
)
_RECORDS = (Measure.RECORD, Measure.BIGGEST_MOVE)
_PLURAL_THEIR = re.compile(  # "the biggest one-day gains in their history", "the heaviest losses"
    r"^(?:the|their)\s(?:[\w-]+\s+){0,3}?(?:gains|falls|drops|losses|declines|rallies|slides|jumps"
    r"|advances|rises|highs|lows|closes|levels)\b",
    re.IGNORECASE,
)


def records_for_their(s: str, claims: list[Claim]) -> list[Claim]:
    """A record owned by "their" after moves of several markets the same way is each one's."""
    extra: list[Claim] = []
    for record in claims:
        if record.measure not in _RECORDS:
            continue
        if not _plural_owner(s, record):
            continue
        moved = [
            c
            for c in claims
            if c.measure in _MOVES and c.start < record.start and c.direction is record.direction
        ]
        have = {c.instrument for c in claims + extra if c.measure is record.measure}
        if len({c.instrument for c in moved}) < 2 or (_grouped(moved) and not _they(s, record)):
            continue
        extra += _copies(record, moved, list(dict.fromkeys(c.instrument for c in moved)), have)
    return claims + extra if extra else claims


def _plural_owner(s: str, record: Claim) -> bool:
    """Whether the ranking is told of several markets: "their steepest falls", "the two
    indexes' worst day", "the worst day on record for both gauges"."""
    if _THEIR.match(s, record.start) or _PLURAL_THEIR.match(record.text):
        return True
    return record.measure is Measure.BIGGEST_MOVE and _FOR_EACH.match(s, record.end) is not None


def _they(s: str, record: Claim) -> bool:
    """ "..., respectively, and they notched their biggest gains": "they" names every market
    the grouped move told, not only the one its record went to."""
    return re.match(r"they\s", s[record.start : record.end], re.IGNORECASE) is not None


_PLURAL = re.compile(  # also ", both record highs", ", both records"
    r",\s*(?:(?:both|each|all\s+three|all\s+four)\s+)?(?:fresh\s+|new\s+)?"
    r"(?:(?:record|all-time)\s+(?P<hl>highs|lows)|records)"
    r"(?:\s+against\s+(?:both|all\s+three)(?:\s+currencies)?)?(?=\s*[,.;]|\s+(?:as|after|on)\b)",
    re.IGNORECASE,
)


_SIDE = {True: Direction.DOWN, False: Direction.UP}


def plural_records(s: str, claims: list[Claim]) -> list[Claim]:
    """ "plunged to 88.10 yen and 1.1450 Swiss francs, record lows against both currencies": a
    record for each market whose level the plural names, where none holds one yet."""
    found = _PLURAL.search(s) if "record" in s or "all-time " in s else None
    if found is None:
        return claims
    levels = [c for c in claims if c.measure in _MOVES and c.end <= found.start() and c.level]
    if len({c.instrument for c in levels}) < 2:
        return claims
    told = [c for c in claims if c.measure is Measure.RECORD and found.start() <= c.start]
    if told and all(c.start < found.end() for c in told):  # read for some markets already
        claims = [c for c in claims if c not in told]  # (", both record highs", no level)
    if any(c.measure is Measure.RECORD for c in claims):
        return claims
    out = list(claims)
    low = (found.group("hl") or "").lower() == "lows"
    for c in levels:
        way = c.direction if c.direction is not Direction.NONE else _SIDE[low]  # "closed at"
        if way in (Direction.UP, Direction.DOWN):
            words = s[found.start() : found.end()].lstrip(", ")
            out.append(
                replace(
                    c,
                    direction=way,
                    measure=Measure.RECORD,
                    size=None,
                    unit=None,
                    hedge=Hedge.EXACT,
                    text=words,
                    start=found.start(),
                    end=found.end(),
                    since=None,
                )
            )
    return out


def _copies(record: Claim, moved: list[Claim], named: list[str], have: set[str]) -> list[Claim]:
    """The record for each market named that holds none yet, dated and levelled by its last
    move (a biggest move keeps its own empty level)."""
    out = []
    for instrument in named:
        if instrument in have:
            continue
        move = [c for c in moved if c.instrument == instrument][-1]
        level = move.level if record.measure is Measure.RECORD else record.level
        out.append(
            replace(
                record,
                instrument=instrument,
                inverse=move.inverse,
                level=level,
                session=move.session,
                subject=move.subject,
            )
        )
    return out


def _grouped(moved: list[Claim]) -> bool:
    """ "the FTSE MIB and the IBEX lost 12.5% and 12.4%, their worst": "their" is that
    group's, which owns the record already."""
    last = moved[-1]
    return any(c.start == last.start and c.instrument != last.instrument for c in moved)
