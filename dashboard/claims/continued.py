"""A verb that goes on from the claim before it with no subject of its own: "reversed a 4% slide
to close higher", "..., only to fall 10%", "but reversed course to plunge 7.3%", "..., only to
fall back and settle up $1.20"."""

from __future__ import annotations

import re

from dashboard.claims import context as ctx
from dashboard.claims import figures as fig
from dashboard.claims import gaps
from dashboard.claims.events import without_event
from dashboard.claims.triggers import Trigger
from dashboard.claims.undone import TAKEN_BACK_TO

CLOSING = frozenset({"close", "end", "finish", "settle", "yield"})


_ONLY_TO_BACK = re.compile(r"\bonly\s+to\s+[a-z]+(?:\s+back)?\s*$", re.IGNORECASE)


def continues(s: str, trigger: Trigger, previous: ctx.Previous | None) -> bool:
    """ "reversed a 4% slide to close higher", "..., then gave up most of the gain to trade 0.8%
    higher": "to close" after a claim, with only the subject's own verb phrase between,
    continues it."""
    if previous is None:
        return False
    near = max(previous.end, trigger.start - 30)  # "..., only to fall 10%", "but went on to end"
    if _ONLY_TO_TURN.search(s, max(previous.end, trigger.start - 100), trigger.start):
        return True  # "only to reverse course and settle 3.6% lower"
    wide = max(previous.end, trigger.start - 70)  # "but reversed in the New York session to"
    if gaps.ONLY_TO.search(s, near, trigger.start) or gaps.TURN_TO.search(s, wide, trigger.start):
        return True  # what the subject did next ("but reversed course to plunge 7.3%")
    if s[previous.end : trigger.start] == " and " and _ONLY_TO_BACK.search(s, 0, previous.end):
        return True  # "..., only to fall back and settle up $1.20"
    if trigger.word.lower() not in CLOSING | {"trade"}:
        return False
    gap = past_record(s[previous.end : trigger.start])
    if trigger.word.lower() == "trade":
        gap += "to "  # the "to trade" trigger holds its own "to"
    gap = without_event(gap)  # "after the Fed decision", "then retreated after their release to"
    gap = _LEAD_CAUSE.sub("", gap)  # "... on Monday after Ramaphosa won the race, before giving"
    if gap.strip().lower() == "to" or TAKEN_BACK_TO.fullmatch(gap):  # "recovered early losses to"
        return True
    turn = _TURN_TO.fullmatch(gap)
    return turn is not None and not gaps.is_forecast(turn.group("vp"))


_COMMA = re.compile(r"\s*,\s*")
_LEAD_CAUSE = re.compile(r"^\s*(?:after|as|amid|following|when)\s+[^,;]{1,90}(?=,)", re.I)
_ONLY_TO_TURN = re.compile(  # also "only to reverse as Norwegian flows recovered and settle"
    r"\bonly\s+to\s+[a-z]+(?:\s+[A-Za-z'’.-]+){0,12}?\s+and\s*$", re.I
)
_APPOSED_RECORDS = (fig.RECORD_RE, fig.BIGGEST_RE, fig.FIRST_TIME_RE, fig.LAST_SEEN_RE)


def past_record(gap: str) -> str:
    """The gap after a record set off by commas ("touched 5.021%, its highest since 2007,
    before reversing course to end lower"): the record describes the claim before it."""
    comma = _COMMA.match(gap)
    if comma is None or comma.end() == 0:
        return gap
    for pattern in _APPOSED_RECORDS:
        found = pattern.match(gap, comma.end())
        if found is not None and gap.startswith(",", found.end()):
            return gap[found.end() :]
    return gap


_TURN_TO = re.compile(  # a lower-case verb phrase of its own: no new subject, no new clause
    r"[\s,]*(?:(?:and|then|but|before|later|and\s+then)\s+)+(?P<vp>[a-z]+(?:\s+[a-z-]+){0,6}?)\s+to\s+"
)
