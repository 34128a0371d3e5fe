"""Moves told in a clause about the day before ("a day after it shed 2.3%", "a day after a
jobs report sent it down 2.1%", "after its worst day since 1998"), and side clauses that date
only themselves ("..., after the Nasdaq slid 2.4% on Friday, while the won ...")."""

from __future__ import annotations

import re

from dashboard.claims import gaps
from dashboard.claims.triggers import Kind, Trigger
from dashboard.domain import Claim

_DAY_AFTER = re.compile(  # "a day after more than doubling": the hedge sizes that move
    r"\b(?:a|one|the)\s+(?:(?:trading\s+)?day|session)\s+after"
    r"(?:\s+(?:more\s+than|nearly|almost|roughly|about))?\s*$",
    re.IGNORECASE,
)
_DAY_AFTER_CAUSE = re.compile(  # the cause of a caused move, named in the clause
    r"\b(?:a|one|the)\s+(?:(?:trading\s+)?day|session)\s+after\s+(?:an?|the|its|their)\s"
    r"[^,;]{0,80}?\s(?:sent|pushed|drove|dragged|knocked|lifted|took)\s+$",
    re.IGNORECASE,
)

_HOURS_AFTER = re.compile(r"\b(?:hours|minutes|moments)\s+after\s+(?:it\s+|they\s+)?$", re.I)
SAME_SESSION = re.compile(r"\bearlier\s+in\s+the\s+(?:session|day)\b", re.IGNORECASE)


def points_back(trigger: Trigger, prefix: str, part_of_day: bool = False) -> bool:
    """ "a day after it plunged", "after its worst day since 1998": the day before (with a part
    of the day told, "a day after it slid to $26.05 at one point", only after "a day after")."""
    if SAME_SESSION.search(trigger.word) or _HOURS_AFTER.search(prefix):
        return False  # "earlier in the session", "hours after it set a record": the same day
    if _DAY_AFTER.search(prefix):
        return True
    if trigger.caused and _DAY_AFTER_CAUSE.search(prefix):
        return True  # "a day after a surprise cut sent the currency down 1.9%"
    if part_of_day:
        return False
    clause = prefix.rsplit(",", 1)[-1]  # "rose 0.3% after the cut, having earlier hit a low"
    if trigger.word.split()[0].lower().endswith("ing") and clause.strip().lower() == "after":
        return False  # "ended 7.8% lower after touching a two-year low": that day's low
    told = gaps.words(clause)
    after = len(told) - told[::-1].index("after") if "after" in told else None
    if after is None or "and" in told[after:]:
        return False  # "rose 1% after the Fed decision and closed at a record": its own verb
    return trigger.kind in (Kind.RECORD, Kind.BIGGEST)


_SIDE_LEAD = re.compile(r"\b(?:after|having)\s+$", re.IGNORECASE)
_HAD_LEAD = re.compile(r"\b(?:that|which)\s+had\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def side_dated(s: str, start: int, made: Claim) -> bool:
    """ "..., after the Nasdaq slid 2.4% on Friday, while the won": a side clause with its own
    day dates only itself; the next clause keeps the main clause's day."""
    if not made.time_words:
        return False
    return _SIDE_LEAD.search(s, 0, start) is not None or bool(
        _HAD_LEAD.search(s, max(0, made.start - 60), made.start)
    )  # "snapping a slide that had dragged the average to a four-year low the previous session"
