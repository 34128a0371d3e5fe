"""A sized move the day's close answers, told as an earlier day's ("reversing a 0.9% loss from a
day earlier", "giving back part of its 9.5% surge a day earlier", "recouping a 13.7% plunge on
Tuesday" beside Wednesday's close): that earlier session's whole move, not the day's extreme
the undoing verb would otherwise make of it."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims.timewords import sessions_back
from dashboard.domain import Claim, Hedge, Measure

# the words after the move (its noun first): "loss from a day earlier", "the previous session"
_DAY_BEFORE = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s+(?:from\s+|in\s+|on\s+)?(?:(?:a|one)\s+(?:trading\s+)?(?:day|session)"
    r"\s+(?:earlier|before)|the\s+(?:previous|prior)\s+(?:trading\s+)?(?:day|session)"
    r"|the\s+day\s+before)\b",
    re.IGNORECASE,
)
_ENDS_DAY_BEFORE = re.compile(_DAY_BEFORE.pattern + r"\s*$", re.IGNORECASE)
_EXTREME_WORDS = re.compile(
    r"\b(?:at\s+one\s+(?:point|stage)|intraday|briefly|at\s+(?:its|their)\s+(?:worst|best|low"
    r"|high)|early|morning|overnight|first\s+(?:hour|minutes))\b",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri)day\b", re.IGNORECASE)


def earlier_day_moves(s: str, claims: list[Claim]) -> list[Claim]:
    """Each sized extreme told as the session before a later close on the same market: that
    session's move."""
    out = list(claims)
    for i, claim in enumerate(claims):
        if claim.measure is not Measure.INTRADAY_EXTREME or claim.size is None:
            continue
        if claim.hedge is Hedge.AS_MUCH_AS:
            continue
        close = _later_close(claim, claims)
        if close is None or close.session is None:
            continue
        if _EXTREME_WORDS.search(claim.text):
            continue  # "down 3% at one point the previous session": that day's extreme
        if _DAY_BEFORE.match(s, claim.end) or _ENDS_DAY_BEFORE.search(claim.text):
            day = sessions_back(close.session, 1)
            out[i] = replace(claim, measure=Measure.SESSION_CHANGE, session=day)
        elif _dated_before(claim, close):  # "a 13.7% plunge on Tuesday"
            out[i] = replace(claim, measure=Measure.SESSION_CHANGE)
    return undated_nouns(s, out)


_NOUN_HEAD = re.compile(r"(?:a|an|the|its|their)\s+\d", re.IGNORECASE)


def undated_nouns(s: str, claims: list[Claim]) -> list[Claim]:
    """A sized move noun told with no day words of its own but followed by the day before ("built
    on a 1.4% rise from the previous day"): the session before the dated claim ahead of it."""
    out = list(claims)
    for i, claim in enumerate(claims):
        if claim.measure is not Measure.SESSION_CHANGE or claim.time_words or claim.size is None:
            continue
        if not _NOUN_HEAD.match(claim.text):
            continue
        if not (_DAY_BEFORE.match(s, claim.end) or _ENDS_DAY_BEFORE.search(claim.text)):
            continue
        anchor = next((c for c in claims[:i] if c.time_words and c.session), None)
        if anchor is None or anchor.session is None or claim.session != anchor.session:
            continue
        out[i] = replace(claim, session=sessions_back(anchor.session, 1))
    return out


def _dated_before(claim: Claim, close: Claim) -> bool:
    """The move names a weekday before the close's own dated day (a close dated by no words of
    its own may not be the later day)."""
    if not close.time_words or not _WEEKDAY.search(claim.time_words):
        return False
    return claim.session is not None and close.session is not None and claim.session < close.session


def _later_close(claim: Claim, claims: list[Claim]) -> Claim | None:
    """The same market's close (a session move) elsewhere in the sentence, on a day not before
    the claim's own."""
    return next(
        (
            c
            for c in claims
            if c is not claim
            and (c.instrument, c.inverse) == (claim.instrument, claim.inverse)
            and c.measure is Measure.SESSION_CHANGE
            and c.session is not None
            and (claim.session is None or c.session >= claim.session)
        ),
        None,
    )
