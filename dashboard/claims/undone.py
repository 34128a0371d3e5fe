"""A move noun that the verb before it undoes ("pared an early 4% rise"): the day's extreme."""

from __future__ import annotations

import re
from itertools import pairwise

from dashboard.claims.folding import holds
from dashboard.claims.timewords import Hint, TimeRef
from dashboard.domain import Claim, Measure

# "most of", "more than half of": the share of a move a verb undoes
PORTION = r"(?:(?:most|much|some|part|(?:(?:more|less)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?half|all|the\s+(?:bulk|whole)|two-thirds|a\s+third)\s+of\s+)"
_UNDONE = re.compile(
    r"\b(?:(?:reversed|reversing|erased|erasing|recouped|recouping|pared|paring|trimmed|trimming"
    r"|(?:gave|giving|gives)\s+up|wiped\s+out|wiping\s+out|surrender(?:ed|ing|s))\s+"
    + PORTION
    + r"?"
    r"|(?:recovered|recovering|clawed\s+back|clawing\s+back|regained|regaining|won\s+back"
    r"|winning\s+back|retraced|retracing)\s+" + PORTION + r")$",
    re.I,
)  # "pared an earlier rise of 4%", "recouped most of an 8.7% early slump": the day's extreme


def undone(s: str, start: int, times: list[TimeRef] | None = None) -> bool:
    """Whether the words right before ``start`` undo the move noun that starts there (not one
    of an earlier session: "clawing back part of a 1.9% slide in the previous session")."""
    if times and any(t.hint is Hint.PREVIOUS for t in times):
        return False
    low = max(0, start - 40)
    return holds(s[low:start], _UNDOING) and _UNDONE.search(s, low, start) is not None


_UNDOING = (  # one of these is in every _UNDONE match (as folded text reads it)
    *("revers", "eras", "recoup", "par", "trimm", "gave", "giv", "wip", "recover", "claw"),
    *("regain", "won", "winn", "retrac"),
)


# "clawed back early losses to finish up 0.9%": the move noun the verb before took back, then
# the infinitive that tells where the subject ended
# (also with the part of the day it took them back in: "trimmed its losses late in the
# session to finish down 2 cents")
TAKEN_BACK_TO = re.compile(
    r"\s*(?:"
    + PORTION
    + r"?(?:from\s+)?(?:(?:its|their|the|an?|that|those|some|enough|early|earlier|initial"
    r"|morning|opening)\s+)*(?:losses|gains|loss|gain|declines?|drop|dip|slide|fall|advances?"
    r"|rally|ground)\s+)?"  # "rebounded from an early dip to trade 0.3% higher"
    r"(?:(?:late|later|early|earlier)\s+in\s+(?:the\s+)?(?:session|day|trade|trading)\s+"
    r"|in\s+(?:late|afternoon|the\s+afternoon|the\s+final\s+hour\s+of)\s*(?:trade|trading|deals)?\s+"
    r"|through\s+the\s+(?:day|session|afternoon)\s+"  # "clawed back ground through the day to"
    r"|by\s+the\s+(?:[A-Z][a-z]+\s+){0,2}(?:morning|afternoon|close)\s+"
    r"|late\s+|later\s+)?to\s+",
    re.I,
)


_TAKING_BACK = re.compile(
    r"\b(?:clawed|clawing|won|winning|pared|paring|trimmed|trimming|recouped|recouping|recovered"
    r"|recovering|regained|regaining|gave|giving|surrendered|surrendering)\b",
    re.IGNORECASE,
)


def taken_back_closes(s: str, claims: list[Claim]) -> list[Claim]:
    """ "..., but they clawed back ground through the day to settle down 2.2%": the unsized
    taking back is told by the close that follows it, which is the claim."""
    drop: list[Claim] = []
    for verb, close in pairwise(claims):
        if (
            verb.size is not None
            or close.size is None
            or close.measure is not Measure.SESSION_CHANGE
        ):
            continue
        if (verb.instrument, verb.session) != (close.instrument, close.session):
            continue
        gap = s[verb.end : close.start]
        if _TAKING_BACK.search(verb.text) and TAKEN_BACK_TO.fullmatch(gap):
            drop.append(verb)
    return [c for c in claims if c not in drop]
