"""A move noun's named owner: where it is ("a 7% jump in copper", "the lira's worst day",
"taking the index's fall to 24%") and where it ends (then what follows)."""

from __future__ import annotations

import re

from dashboard.claims.lexicon import word_list
from dashboard.claims.short_names import short_name
from dashboard.claims.subjects import Mention
from dashboard.claims.trigger_patterns import TAKING_RE
from dashboard.claims.triggers import Kind, Trigger

CLAUSE_END = re.compile(  # or the noun phrase is a subject: "a 7% slide in the CSI 300 triggered"
    r"\s*(?:[,.;:]|$)|\s+(?:index\s+)?[a-z]+ed\s+(?!(?:on|in|at|by|since|during|last|this|earlier"
    r"|yesterday|over|from|to|through|until|before|after)\b)"
    r"|\s+(?:as|amid|while|whereas|despite|because|after)\s+(?!(?:much|many|well|far|of)\b)"
    # "Monday's 1% dip in the Russell 2000 was quickly forgotten": the noun phrase is a subject
    r"|\s+(?:was|were|had)\s+(?!(?:expected|forecast|seen|likely|set|due|possible|needed)\b)"
    # "a 1.5% gain in the Kospi came as chipmakers rallied": an irregular past verb, likewise
    r"|\s+(?:came|left|drove|took|gave|sent|brought|made|kept|put)\s+"
    # "Monday's 14.6% spike in Brent to $69.02 a barrel was ...": the level it reached
    r"|\s+to\s+(?:(?:about|around|roughly|nearly|almost|just|a\s+record)\s+)?[$€£¥]?\d"
)  # "riding a 7% jump in copper as rumours swirled": a cause clause follows
DATED_OWNER = re.compile(  # "a 6% plunge in the S&P 500 on Friday and ...": dated, then done
    r"\s+(?P<t>(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday)|yesterday)"
    r"(?=\s*(?:[,.;:]|$)|\s+and\b|\s+(?:was|were|had\s+been|had\s+become)\s)",  # "... was its worst"
    re.IGNORECASE,
)


def owner_inside(s: str, trigger: Trigger, mentions: list[Mention]) -> Mention | None:
    """The owner a record or biggest-move phrase opens with ("the lira's worst day"), or the
    owner a running total names ("taking the index's fall this week to 24%")."""
    if trigger.kind is Kind.NOMINAL and trigger.match is not None and trigger.match.re is TAKING_RE:
        inside = [m for m in mentions if trigger.start < m.start and m.end < trigger.end]
        return inside[0] if inside and s.startswith(("'s", "’s"), inside[0].end) else None
    if trigger.kind not in (Kind.RECORD, Kind.BIGGEST):
        return None
    found = next((m for m in mentions if m.start == trigger.start and not m.anaphor), None)
    return found if found is not None and s.startswith(("'s", "’s"), found.end) else None


def owner_after(s: str, trigger: Trigger, mentions: list[Mention]) -> Mention | None:
    """The instrument a sized move noun names after it: "a 1.9% rise in Brent"."""
    found = named_after(s, trigger, mentions)
    if found is not None and _dated_subject(s, trigger, found.end):
        return found  # "Friday's 2.1% slide in the Hang Seng could extend": the slide happened
    if found is None or not (CLAUSE_END.match(s, found.end) or DATED_OWNER.match(s, found.end)):
        return None  # words after it may date or qualify the move: left alone
    return found


_MODAL_AFTER = re.compile(r"\s+(?:could|may|might|would|will|should|can)\s+", re.IGNORECASE)


def _dated_subject(s: str, trigger: Trigger, end: int) -> bool:
    """ "Friday's 2.1% slide in the Hang Seng could extend into next week": a move noun dated by
    a day's possessive is a move that happened, whatever the modal verb it is the subject of
    says will come next."""
    dated = trigger.match is not None and bool(trigger.match.groupdict().get("poss"))
    return dated and _MODAL_AFTER.match(s, end) is not None


def named_after(s: str, trigger: Trigger, mentions: list[Mention]) -> Mention | None:
    """The instrument named right after a move noun ("a 2% drop in the dollar"), if any."""
    if trigger.kind is not Kind.NOMINAL:
        return None
    link = IN_AFTER.match(s, trigger.end)
    dated = trigger.match is not None and bool(trigger.match.groupdict().get("poss"))
    if link is None or (link.group(0).split()[0].lower() == "on" and not dated):
        return None  # "Monday's 6.7% plunge on Wall Street", not "a 2% drop on Wall Street"
    found = next((m for m in mentions if m.start == link.end() and not m.anaphor), None)
    return found or short_name(s, link.end(), mentions)  # "... advance in the enterprises index"


IN_AFTER = re.compile(
    r"\s+(?:in|for|on(?=\s+Wall\s+Street\b))\s+(?=\S)", re.IGNORECASE
)  # "a 1.1% advance for the Nikkei"


# "a 3% drop in BHP", "a 4% fall in state-run Petrobras": a named owner that is no market
_UNNAMED = re.compile(r"(?:[a-z-]+\s+){0,2}(?P<name>[A-Z][\w&./-]*)")
_PLACES = frozenset(
    word_list(
        "wall tokyo london shanghai shenzhen hong seoul mumbai sydney frankfurt paris madrid milan",
        "zurich amsterdam toronto sao são buenos moscow istanbul taipei singapore jakarta bangkok",
        "manila johannesburg mexico chicago new asia asian europe european america american latin",
        "u.s. us wellington oslo stockholm copenhagen helsinki vienna brussels dublin lisbon athens",
        "warsaw budapest prague kuala riyadh dubai tel cairo santiago lima bogota karachi",
        "january february march april may june july august september october november december",
        "monday tuesday wednesday thursday friday saturday sunday",
    )
)


def unknown_owner(s: str, trigger: Trigger, mentions: list[Mention]) -> bool:
    """A move noun owned by a name the registry does not know ("a 3% drop in BHP"): a company's
    move, not the market in play (a place or a date after "in" is no owner)."""
    if trigger.kind is not Kind.NOMINAL:
        return False
    link = IN_AFTER.match(s, trigger.end)
    if link is None or link.group(0).split()[0].lower() != "in":
        return False
    name = _UNNAMED.match(s, link.end())
    if name is None or name.group("name").lower().rstrip(".,") in _PLACES:
        return False
    return not any(link.end() <= m.start < name.end() for m in mentions)
