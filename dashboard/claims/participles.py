"""The subject of a participle after a comma ("the Hang Seng index entered a bear market,
falling 2.1%"): the instrument the clause before it names (its subject when that clause says
one market outdid another: "Silver outshone gold on Tuesday, jumping 6.9%")."""

from __future__ import annotations

import re

from dashboard.claims import context as ctx
from dashboard.claims.subjects import Mention
from dashboard.claims.triggers import Kind, Trigger

_AFTER_ING = re.compile(r"\bafter\s+$", re.IGNORECASE)
_HAVING = re.compile(r",\s*having\s+(?:already\s+|just\s+)?$", re.IGNORECASE)
_APPOSED_NP = re.compile(r",\s+(?:the|a|an)\s+[^,;]{1,40}?,\s", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[,;:]\s|\b(?:after|as|while|when|because|before)\b", re.I)


def participle_subject(
    s: str, trigger: Trigger, mentions: list[Mention], low: int
) -> Mention | None:
    """ "the Hang Seng index entered a bear market, falling 2.1%": a participle after a comma
    belongs to the subject of the clause before it (the nearest instrument named there)."""
    moving = trigger.kind in (Kind.MOTION, Kind.NEUTRAL, Kind.STATE)  # "..., trading 0.3% lower"
    having = _HAVING.search(s, max(low, trigger.start - 16), trigger.start)
    if not moving or not (trigger.word.lower().endswith("ing") or having):
        return None
    after = _AFTER_ING.search(s, max(low, trigger.start - 8), trigger.start) or having
    head = s[low : after.start() if after else trigger.start].rstrip()
    if not head.endswith(",") and after is None:  # "on track for its best month after adding"
        return None
    before = [m for m in mentions if low <= m.start and m.end <= trigger.start and not m.anaphor]
    before = [  # "against the euro, losing", "crashed through 10,000 per dollar, losing"
        m for m in before if not ctx.after_counter_word(s, m) and not _PER.search(s, 0, m.start)
    ]
    # "closed 2.4% higher at 1,983 yen, adding": the unit of a price is no subject
    before = [m for m in before if not (m.currency and _PRICED.search(s, 0, m.start))]
    before_comma = _APPOSED_NP.sub(" ", head.removesuffix(","))
    clause = _CLAUSE_START.split(before_comma)[-1]  # "Ether, the No. 2 token, fared worse,"
    if not before and trigger.word.lower() in _CLOSING:  # "... before the central bank stepped
        named = [m for m in mentions if m.end <= trigger.start and not m.anaphor]  # in, ending"
        named = [
            m for m in named if not ctx.after_counter_word(s, m) and not _PER.search(s, 0, m.start)
        ]
        return named[0] if len(named) == 1 and m_subject(s, named[0]) else None
    found = before[-1] if before else None
    if len(before) > 1 and _OUTDID.search(s, before[-2].end, found.start if found else 0):
        found = before[-2]  # "Silver outshone gold on Tuesday, jumping 6.9%": silver's
    return found if found is not None and s[found.start : found.end] in clause else None


_OUTDID = re.compile(
    r"\b(?:(?:outshone|outpaced|outperformed|beat|lagged|trailed|outstripped|eclipsed)"
    r"|(?:discount|premium)\s+(?:to|over))\s+(?:the\s+)?$",  # "at a discount to gold"
    re.I,
)


_PER = re.compile(r"\bper\s+(?:the\s+)?(?:u\.s\.\s+)?$", re.IGNORECASE)
_PRICED = re.compile(r"\d\s*$")
_CLOSING = ("ending", "closing", "finishing", "settling")
_OPENS = re.compile(r"^(?:[A-Z][\w ,.'-]*?\s[-–—]\s)?(?:the\s+)?$")  # after a dateline


def m_subject(s: str, mention: Mention) -> bool:
    """Whether ``mention`` opens the sentence (after a dateline): its subject."""
    return _OPENS.match(s[: mention.start]) is not None or s[: mention.start].strip() == ""


def forecast_from(s: str, trigger: Trigger, participle: Mention | None, low: int) -> int:
    """Where the words that may make the move a forecast start: "Analysts see the Sensex hitting
    100,000 by 2027, having crossed 80,000 on Wednesday" told the crossing as done, so the
    forecast before its subject does not hold for it."""
    if participle is not None and _HAVING.search(s, max(low, trigger.start - 16), trigger.start):
        return participle.start
    return low
