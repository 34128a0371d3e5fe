"""Words set before the subject that belong to its verb: "For the first time ever, gold
breached $3,000" (a record reached), "At 1,486.7 per dollar on Friday, the won was ..." (the
level it stood at)."""

from __future__ import annotations

import re
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims import tail_records as records
from dashboard.claims.tail_state import Tail
from dashboard.claims.timewords import TIME_RE
from dashboard.domain import Direction

_OPENING = re.compile(r"(?:^|\s[-–—]\s)\s*(?=for\s|at\s)", re.IGNORECASE)  # or a dateline's
_COMMA = re.compile(r"\s*,\s*")
_DETERMINER = re.compile(r"(?:the\s+)?", re.IGNORECASE)


def fronted_first(s: str, low: int, subject: int, ref: date, tail: Tail, moving: bool) -> None:
    """ "For the first time since 2007, the yield topped 5%": the fronted first makes the
    record of the level the clause reaches (``moving``: a motion verb's figure is its size)."""
    crossed = tail.level is not None or (bool(tail.sizes) and not moving)  # "topped $100"
    if not crossed or any(e.is_record for e in tail.extras):
        return  # a first is a threshold crossed: "For the first time, X rose 2%" is no record
    opening = _OPENING.search(s, low, subject)
    first = fig.FIRST_TIME_RE.match(s, opening.end()) if opening else None
    comma = _COMMA.match(s, first.end()) if first else None
    if first is None or comma is None or comma.end() == first.end():
        return
    if not _DETERMINER.fullmatch(s, comma.end(), subject):
        return  # another clause stands between
    claim_end = tail.claim_end
    records.first_time(first, ref, tail)
    tail.claim_end = claim_end


_AT_LEVEL = re.compile(
    r"at\s+(?:about\s+|around\s+|(?P<rec>an?\s+(?:all-time\s+|record\s+)+(?:(?P<hl>high|low)\s+)?"
    r"(?:of\s+)?))?" + fig.VALUE,  # "At a record 1.2%, the yield ..."
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")


def fronted_level(s: str, low: int, subject: int, tail: Tail, ref: date) -> None:
    """ "At 1,486.7 per dollar on Friday, the won was at its weakest since March 2009": a level
    set before the subject is where the clause puts it, when its own words name no level (and
    a record phrase set off after it is that level's record: "At 1.0350, the lowest since
    early 2003, the euro was down 1.2%")."""
    if tail.level is not None:
        return
    opening = _OPENING.search(s, low, subject)
    at = _AT_LEVEL.match(s, opening.end()) if opening else None
    if at is None:
        return
    end = at.end()
    if (space := _SPACE.match(s, end)) and (when := TIME_RE.match(s, space.end())):
        end = when.end()  # "At $2,400 on Monday, gold ...": the clause's own day follows
    comma = _COMMA.match(s, end)
    if comma is None or comma.end() == end:
        return
    named = fig.RECORD_RE.match(s, comma.end())
    after = _COMMA.match(s, named.end()) if named else None
    if named is not None and after is not None and after.end() > named.end():
        if not _DETERMINER.fullmatch(s, after.end(), subject) or named.group("poss"):
            return
        tail.level = fig.level_from(at)
        claim_end = tail.claim_end
        records.record(s, named, ref, tail, attached=False)
        tail.claim_end = claim_end
        return
    if not _DETERMINER.fullmatch(s, comma.end(), subject):
        return
    tail.level = fig.level_from(at)
    if at.group("rec"):  # "At a record low of 0.31%, the yield": that level's record
        way = {"high": Direction.UP, "low": Direction.DOWN}.get((at.group("hl") or "").lower())
        record = records.Extra(True, at.start(), at.end(), way, None, tail.level.value)
        tail.extras.append(record)
