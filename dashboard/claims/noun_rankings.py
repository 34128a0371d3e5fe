"""A dated move noun ranked by the copula after it ("Monday's 14.6% spike in Brent, to $69.02,
was the largest one-day jump since 1988", "Friday's 10.6% collapse in the Kospi was its
deepest since 2001"): the price it reached is the move's level, and the ranking is that day's
biggest move (not the publication day's)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.lookback import ago_date, since_date
from dashboard.claims.timewords import names_this_period, this_period_start
from dashboard.claims.trigger_patterns import NOMINAL_RE
from dashboard.domain import Claim, Hedge, Measure

_DAY_NOUN = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)['’]s\s", re.I
)
_AFTER = re.compile(  # the owner, the price reached, a day, an aside: then the copula
    r"(?:\s+(?:in|for)\s+[^,;]{1,60}?)??"
    r"(?:,?\s+to\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?(?=[$€£¥]?\d)"
    + fig.VALUE
    + r"(?:\s+(?:a|an|per)\s+[a-z]+)?)?"
    r"(?:\s+on\s+the\s+day|\s+(?:in|on)\s+[A-Z][a-z]+)?"
    r"\s*(?:,\s*[^,;]{1,100},)?\s*,?\s*(?=(?:was|were)\s)",
)
_LOOK_BACK = re.compile(r"in\s+(?!.*\bhistory(?:$|\s+of\s))", re.IGNORECASE)


def nouns_ranked(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, each dated move noun's level and ranking read from the words after it."""
    if " was " not in s and " were " not in s:
        return claims
    out = list(claims)
    for noun in [c for c in claims if _dated_noun(s, c)]:
        head = NOMINAL_RE.match(s, noun.start)
        after = _AFTER.match(s, head.end()) if head is not None else None
        if after is None:
            continue
        if noun.level is None and after.group("num"):
            out[out.index(noun)] = noun = replace(noun, level=fig.number(after.group("num")))
        ranked = fig.COPULA_BIGGEST_RE.match(s, after.end())
        if ranked is None:  # "was the index's best day since 2008": a claim of its own, redated
            _redate(out, noun, after.end() + 4)
        elif not fig.multi_session(ranked):
            _rank(s, out, noun, ranked)
    return out


def _dated_noun(s: str, claim: Claim) -> bool:
    return (
        claim.measure is Measure.SESSION_CHANGE
        and bool(claim.time_words)
        and _DAY_NOUN.match(s, claim.start) is not None
    )


def _redate(out: list[Claim], noun: Claim, by: int) -> None:
    for claim in out:
        ranked = claim.measure is Measure.BIGGEST_MOVE and claim.instrument == noun.instrument
        if ranked and noun.end <= claim.start <= by and not claim.time_words:
            out[out.index(claim)] = replace(claim, session=noun.session)


def _rank(s: str, out: list[Claim], noun: Claim, ranked: re.Match[str]) -> None:
    """Moves a ranking made on the wrong day to the noun's, or makes the missing one."""
    told = [
        c
        for c in out
        if c.measure is Measure.BIGGEST_MOVE
        and c.instrument == noun.instrument
        and noun.end <= c.end <= ranked.end() + 1
    ]
    for claim in told:
        if claim.session != noun.session and not claim.time_words:
            out[out.index(claim)] = replace(claim, session=noun.session)
    if told:
        return
    out.append(
        replace(
            noun,
            text=s[ranked.start() : ranked.end()],
            start=ranked.start(),
            end=ranked.end(),
            measure=Measure.BIGGEST_MOVE,
            size=None,
            unit=None,
            hedge=Hedge.EXACT,
            level=None,
            since=look_back_start(ranked.group("anchor") or "", noun.session)
            if noun.session
            else None,
        )
    )
    out.sort(key=lambda c: c.start)


def look_back_start(anchor: str, session: date) -> date | None:
    """ "since 2007", "in a decade", "of the year": where the look-back starts."""
    if anchor.lower().startswith("since"):
        return since_date(anchor, session)
    if names_this_period(anchor):
        return this_period_start(anchor, session)
    if _LOOK_BACK.match(anchor):
        return ago_date(anchor, session)
    return None
