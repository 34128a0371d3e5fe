"""A bare number after a verb of reaching ("the VIX briefly topped 65", "the index hit 40,000",
"the euro touched 0.9803 pound"): the level reached, with the currency its words name."""

from __future__ import annotations

import re
from datetime import date

from dashboard.claims.figures import NUM, VALUE, Level, level_from, number
from dashboard.claims.subjects import Matcher
from dashboard.claims.tail import read_tail
from dashboard.claims.tail_state import Tail

_BARE_NUMBER = re.compile(
    r"\s+(?:about\s+|around\s+)?("
    + NUM
    + r")(?![\w%$€£-]|\s*(?:percent|per\s+cent|pct|points?|basis|bps?|lows?|highs?|levels?)\b)"
)
_THE_MARK = re.compile(  # "crossed the 40,000 mark", "broke the key 7-per-dollar level"
    r"\s+the\s+(?:(?:closely[\s-]watched|psychologically|key|important|psychological|symbolic"
    r"|round|crucial|critical)\s+)*[$€£]?(" + NUM + r")(?:[\s-]+per[\s-]+(?:dollar|euro))?"
    r"[\s-]+(?:mark|level|threshold|barrier|line)\b",
    re.IGNORECASE,
)
_PRICED = re.compile(r"\s+(?:about\s+|around\s+)?" + VALUE, re.IGNORECASE)


def bare_level(s: str, at: int, reference: date, matcher: Matcher) -> Tail | None:
    """The level a bare number just after ``at`` states, and the tail read after it."""
    found = _BARE_NUMBER.match(s, at) or _THE_MARK.match(s, at)
    if found is None:
        return None
    end, level = found.end(), Level(number(found.group(1)))
    priced = _PRICED.match(s, at) if found.re is _BARE_NUMBER else None
    if priced is not None and priced.end() > end and _names_currency(priced):
        end, level = priced.end(), level_from(priced)  # "touched 0.9803 pound"
    tail = read_tail(s, end, reference, matcher)
    tail.level = tail.level or level
    tail.claim_end = max(tail.claim_end, end)
    return tail


def keep_fronted(tail: Tail, before: Tail) -> Tail:
    """ "Against the yen, the euro hit 175.40": the counter fronted for the sentence, read
    before the bare level's own tail, still holds when the level's words name none."""
    if tail.counter is None and before.fronted:
        tail.counter, tail.fronted = before.counter, True
    return tail


def _names_currency(found: re.Match[str]) -> bool:
    return any(found.group(g) for g in ("ccyword", "perccy", "perccy2", "toccy"))
