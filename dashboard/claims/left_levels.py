"""A level reached and left within one day: "spiked to 1.614% ... before settling 14 bp higher
at 1.52%", "slid to 3.87% before a sell-off left them 18 bp higher", "leapt to 146.23 per dollar,
after the dollar had earlier climbed to 151.94". The level a motion verb reached, on one side of
where the same sentence says that day's move ended, was the day's extreme; so was one the words
say was left ("spiked to a record $15.78, only to finish the session 2.1% lower", "then gave up
most of the gain", "but could not hold the milestone", "having earlier slid past 145.90")."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims.merge import AFTERWARDS as _AFTERWARDS_CLOSE
from dashboard.claims.timewords import AT_ONE_POINT
from dashboard.domain import Claim, Direction, Measure

_WAYS = (Direction.UP, Direction.DOWN)
_AFTERWARDS = re.compile(r"\b(?:before|then|later|but)\b", re.IGNORECASE)
_SMALLER = re.compile(r"\b(?:more\s+modest|smaller|narrower|slimmer|reduced)\b", re.I)
_EARLIER = re.compile(r"\b(?:earlier|initially|at\s+first)\b", re.IGNORECASE)


def levels_beyond_close(s: str, claims: list[Claim]) -> list[Claim]:
    """Each level reached (a level with a way) that a later close, or an earlier-told close
    after words marking the level "earlier", ends on the other side of, is the day's extreme."""
    out = list(claims)
    for index, claim in _reached(claims):
        later = [c for c in claims[index + 1 :] if _AFTERWARDS.search(s, claim.end, c.start)]
        earlier = claims[:index] if _EARLIER.search(claim.text) else []
        if any(_ended_beyond(claim, c) for c in later + earlier):
            out[index] = replace(claim, measure=Measure.INTRADAY_EXTREME)
    return out


def _rising(claim: Claim) -> bool:
    """The claim's way in the pair's own terms (the yen's rise is the dollar-yen's fall)."""
    return (claim.direction is Direction.UP) != claim.inverse


def _ended_beyond(reached: Claim, close: Claim) -> bool:
    """Whether ``close`` is the same day's move on the instrument, ending on the other side of
    the level ``reached`` (or, unlevelled, going the other way)."""
    if close.measure is not Measure.SESSION_CHANGE or close.direction not in _WAYS:
        return False
    if close.instrument != reached.instrument:
        return False
    if close.session != reached.session and close.time_words:  # an undated close takes its
        return False  # sentence's day later ("surged to a record on Tuesday before ... close")
    rising = _rising(reached)
    if _SMALLER.search(close.text):  # "before closing up a more modest 2.9%": a gain pared
        return True
    if close.level is not None and reached.level is not None:
        return close.level < reached.level if rising else close.level > reached.level
    return _rising(close) is not rising


def _reached(claims: list[Claim]) -> list[tuple[int, Claim]]:
    """Each level reached (a level claim with a way and a figure), with its index."""
    return [
        (i, c)
        for i, c in enumerate(claims)
        if c.measure is Measure.LEVEL and c.direction in _WAYS and c.level is not None
    ]


_LEFT = re.compile(
    r"[^;]{0,60}?(?:\bbefore|\bthen|\bbut|(?<!day\s)(?<!days\s)(?<!week\s)(?<!weeks\s)\blater)\b"
    r"[^;.]{0,60}?\b(?P<v>recover\w*|rebound\w*|bounc\w*|retreat\w*"
    r"|claw\w*|recoup\w*|regain\w*|pared|paring|pare|trim\w*|revers\w*|eras\w*"
    r"|(?:gave|giving|give)\s+(?:up|back)|(?:slipped|fell|eased|dropped)\s+back"
    r"|(?:could\s+not|couldn['’]t|failed\s+to|did\s+not|didn['’]t)\s+(?:hold|keep|sustain)"
    r"|(?:sent|lifted|pushed|drove|hauled|pulled|dragged)\s+(?:it|them)\s+(?:back|as|higher|lower))\b",
    re.IGNORECASE,
)


def levels_left(s: str, claims: list[Claim]) -> list[Claim]:
    """ "spiked to 65.73, ..., before ending at 38.57", "weakened past 7 per dollar ..., before
    ... helped it recover": a level moved to and then left was the day's extreme."""
    out = list(claims)
    for index, claim in _reached(claims):
        if _left_for(s, claim, claims[index + 1 :]) or _earlier_then(s, claim, claims[:index]):
            out[index] = replace(claim, measure=Measure.INTRADAY_EXTREME)
    return out


_NAMES_DAY = re.compile(
    r"(?<!mid)day\b|\d|yesterday|week|month|year|\b(?:jan(?:uary)?|feb(?:ruary)?|march|mar\."
    r"|april|apr\.|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?"
    r"|dec(?:ember)?)\b",
    re.I,
)


_HAVING_EARLIER = re.compile(r"\bhaving\s+(?:earlier|" + AT_ONE_POINT + r"|briefly)\s+$", re.I)
_HAVING = re.compile(r"\bhaving\s+$", re.I)  # "having jumped above $32 in overnight trade"
_EARLY_WORDS = re.compile(  # "shot to 53.29 in the first minutes of trade, ..., and ended at"
    r"\bin\s+the\s+first\s+(?:minutes|hour|half-hour)|\bat\s+one\s+point\b|\bin\s+early\s+trad",
    re.IGNORECASE,
)
_PLUPERFECT = re.compile(  # also an irregular participle: "which had slid past 160 per dollar"
    r"\b(?:which|that)\s+had\s+(?:earlier\s+|briefly\s+)?(?:[a-z]+ed|slid|fallen|risen|sunk|shot"
    r"|hit|struck|broken|spun|swung)\b"
    r"|,\s*which\s+(?:[a-z]+ed|slid|fell|rose|sank|shot|hit|struck)\s+(?:to|as)\b",  # ", which spiked to"
    re.I,
)


def _earlier_then(s: str, claim: Claim, before: list[Claim]) -> bool:
    """ "strengthened to 140.31 ..., having earlier slid past 145.90": a level reached earlier the
    same day than the price the sentence tells first was that day's extreme."""
    if not _HAVING_EARLIER.search(s, max(0, claim.start - 24), claim.start):
        bare = _HAVING.search(s, max(0, claim.start - 8), claim.start)
        if bare is None or _NAMES_DAY.search(claim.time_words or ""):
            return False
    return any(
        c.instrument == claim.instrument and c.session == claim.session and c.level is not None
        for c in before
    )


def _turned_after(s: str, claim: Claim, other: Claim) -> bool:
    """A sized move the other way on the same day, told as what came afterwards."""
    if other.size is None or other.start < claim.end or other.direction not in _WAYS:
        return False
    if other.measure not in (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE):
        return False
    if (other.instrument, other.inverse) != (claim.instrument, claim.inverse):
        return False
    if other.session != claim.session and _NAMES_DAY.search(other.time_words or ""):
        return False  # "..., only to end the session 4.2% lower": undated, the same day
    return other.direction is not claim.direction and bool(
        _AFTERWARDS_CLOSE.search(s, claim.end, other.start + 12)
    )


def _between(other: Claim, claim: Claim, at: int) -> bool:
    """Another price or move of the same market told before the recovery verb at ``at``."""
    if other.instrument != claim.instrument or other.end > at:
        return False
    return other.size is not None or other.level not in (None, claim.level)


def _left_for(s: str, claim: Claim, later: list[Claim]) -> bool:
    """Whether a later level on the other side, or a recovery verb after "before", undoes it."""
    rising = (claim.direction is Direction.UP) != claim.inverse  # in the pair's own terms
    for other in later:
        if _turned_after(s, claim, other):
            return True  # "spiked to a record $15.78 ..., only to finish the session 2.1% lower"
        if (other.instrument, other.inverse, other.session) != (
            claim.instrument,
            claim.inverse,
            claim.session,
        ):
            continue  # another day's level ("a day after it closed at 38.57") leaves nothing
        after = _AFTERWARDS_CLOSE.search(s, claim.end, other.start + 12)  # "a day after it had ..."
        moved = other.measure in (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE)
        early = _PLUPERFECT.search(claim.text) or _EARLY_WORDS.search(claim.text)
        told = other.measure is Measure.LEVEL or (moved and early)
        if told and other.level is not None and claim.level is not None:
            if after is None and not early:
                return False  # "The yield, which had soared above 5% earlier, tumbled back"
            return other.level < claim.level if rising else other.level > claim.level
    found = _LEFT.match(s, claim.end)
    if found is None:
        return False
    if any(_between(o, claim, found.start("v")) for o in later):
        return False  # "crossed $100,000 and touched $103,800, but later gave back": the later's
    verb = found.group("v").lower()
    if verb.startswith(("recover", "rebound", "bounc", "claw", "recoup", "regain")):
        return claim.direction is Direction.DOWN
    if verb.startswith("retreat"):
        return claim.direction is Direction.UP
    return True
