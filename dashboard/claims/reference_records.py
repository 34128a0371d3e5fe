"""A dated record named as a reference point ("..., up from Monday's 17-month low of 101.95",
"..., well below Friday's record high of $2,075"): the record of the subject just named, set
on that day, whatever words of distance set it beside the claim before."""

from __future__ import annotations

import re

from dashboard.claims import figures as fig
from dashboard.claims.triggers import Kind, Trigger

# the words between the claim before and the record: a comma, then words of distance
_DISTANCE = re.compile(
    r"\s*,\s*(?:(?:still|well|now|further|farther|far|just|comfortably|safely)\s+)*"
    r"(?:[a-z]+ing\s+(?:(?:further|farther|well|back)\s+)*)?"  # "pulling further away from"
    r"(?:(?:up|down|back|away|clear)\s+)?(?:(?:from|above|below|off|under|beyond)\s+)?",
    re.IGNORECASE,
)
_DATED = (fig.RECORD_RE, fig.RECORD_OF_RE)
_ENDS = re.compile(r"\s*(?:[,.;:]|$)")
_RELATION = re.compile(r"\b(?:from|above|below|off|under|beyond)\s+$", re.IGNORECASE)


def carried_to(s: str, trigger: Trigger, gap: str) -> bool:
    """Whether a dated record with its level (or ending its clause), set off after a comma by
    words of distance, belongs to the subject of the claim before it."""
    m = trigger.match
    if trigger.kind is not Kind.RECORD or m is None or m.re not in _DATED:
        return False
    if not m.group("poss") or not _DISTANCE.fullmatch(gap):
        return False
    lead = (m.groupdict().get("lead") or "").strip().lower()
    if lead != "from" and not _RELATION.search(gap):
        return False  # "..., Monday's record low of ...": no relation, no reference point
    if _ENDS.match(s, m.end()):  # "..., just below Friday's record close."
        return True
    if m.re is fig.RECORD_OF_RE:  # "Thursday's record of $2,790.15": the level is in the match
        return m.group("num") is not None
    of_level = fig.LEVEL_RE.match(s, m.end() + 1)
    return of_level is not None and of_level.group("prep").lower() == "of"
