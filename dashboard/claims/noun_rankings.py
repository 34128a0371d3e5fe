"""A dated move noun ranked by the copula after it ("Monday's 14.6% spike in Brent, to $69.02,
was the largest one-day jump since 1988", "Friday's 10.6% collapse in the Kospi was its
deepest since 2001", "the Nifty's 13% slump that day was also a record"): the price it reached
is the move's level, the ranking is that day's biggest move (not the publication day's), and
what its aside tells ("a 22.6% drop that left the index at 1,738.74", "which settled at minus
$37.63, the lowest in the contract's history") is that day's too."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.lookback import ago_date, since_date
from dashboard.claims.period_words import names_this_period, this_period_start
from dashboard.claims.same_day import redated
from dashboard.claims.trigger_patterns import NOMINAL_RE, SIZED_FIGURE
from dashboard.domain import Claim, Hedge, Measure, Unit

_DAY_NOUN = re.compile(
    r"(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)['’]s\s",
    re.I,
)
_AFTER = re.compile(  # the owner, the price reached, a day, asides: then the copula
    r"(?:\s+(?:in|for)\s+[^,;]{1,60}?)??"
    r"(?P<to>,?\s+to\s+(?:(?:about|around|roughly|nearly|almost|some|a\s+record(?:\s+low|\s+high)?"
    r"(?:\s+of)?)\s+)?(?=[$€£¥]?\d)" + fig.VALUE + r"(?:\s+(?:a|an|per)\s+[a-z]+)?)?"
    r"(?:\s+on\s+the\s+day|\s+that\s+day|\s+(?:in|on)\s+[A-Z][a-z]+)?"
    r"(?P<aside>(?:\s*,\s*(?:(?!\b(?:and|but|while|whereas)\s)[^,;]){1,120}?){0,3}?)"
    r"\s*,?\s*(?=(?:was|were)\s)",
)
_ALT = re.compile(  # ", a 22.6% drop", ", a drop of about 9%": the size in percent
    r"\s*,\s*an?\s+(?:(?P<fig>"
    + SIZED_FIGURE
    + r")\s+[a-z]+|[a-z]+\s+of\s+(?P<fig2>"
    + SIZED_FIGURE
    + r"))",
    re.IGNORECASE,
)
_LEFT_AT = re.compile(  # "which dragged the index to 10,426.30", "that left it at 1,738.74"
    r"(?:\b(?:which|that)\s+(?:dragged|took|sent|left|pushed|carried|brought|settled|closed"
    r"|ended|finished)\s+(?:(?:it|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+)?(?:to|at)\s+"
    r"|\b(?:before|after)\s+it\s+(?:closed|ended|settled|finished)\s+(?:at|near|around)\s+"
    r"|\ban?\s+[\w,.%-]+\s+(?:drop|fall|decline|loss|gain|rise|jump|surge|slide|plunge)\s+to\s+)"
    r"(?:(?:about|around)\s+)?(?=(?:minus\s+)?[$€£¥]?\d)" + fig.VALUE,
    re.IGNORECASE,
)
_ALSO_RECORD = re.compile(r"(?:was|were)\s+also\s+a\s+record\b", re.IGNORECASE)
_LOOK_BACK = re.compile(r"in\s+(?!.*\bhistory(?:$|\s+of\s))", re.IGNORECASE)


def nouns_ranked(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, each dated move noun's level, aside and ranking read from the words after it."""
    if " was " not in s and " were " not in s:
        return claims
    out = list(claims)
    for noun in [c for c in claims if _dated_noun(s, c)]:
        head = NOMINAL_RE.search(s, noun.start, noun.end + 2)
        after = _AFTER.match(s, head.end()) if head is not None else None
        if head is not None and after is None:
            _took(s, out, noun, head.end())  # "bitcoin's 15% slide that day took it below $23,000"
        if after is None:
            continue
        noun = _aside(s, out, noun, after)
        ranked = fig.COPULA_BIGGEST_RE.match(s, after.end()) or _ALSO_RECORD.match(s, after.end())
        if ranked is None:  # "was the index's best day since 2008": a claim of its own, redated
            _redate(out, noun, after.end() + 4)
        elif not (ranked.re is fig.COPULA_BIGGEST_RE and fig.multi_session(ranked)):
            _rank(s, out, noun, ranked)
    return out


def _dated_noun(s: str, claim: Claim) -> bool:
    """A day's move told as a noun its weekday owns, or told "that day"."""
    if claim.measure is not Measure.SESSION_CHANGE:
        return False
    if _THAT_DAY.search(claim.text):
        return True
    return bool(claim.time_words) and _DAY_NOUN.match(s, claim.start) is not None


_THAT_DAY = re.compile(r"['’]s\s[^,;]*\b(?:that|the\s+same)\s+day\b", re.IGNORECASE)
_TOOK = re.compile(
    r"(?:\s+(?:in|for)\s+[^,;]{1,60}?)??(?:\s+(?:that|the\s+same)\s+day)?"
    r"\s+(?:took|sent|left|pushed|dragged|carried|brought)\s+"
    r"(?:it|them)\s+(?:to|below|above|under|over|past|at)\s+(?:(?:about|around)\s+)?"
    r"(?=(?:minus\s+)?[$€£¥]?\d)" + fig.VALUE,
    re.IGNORECASE,
)


def _took(s: str, out: list[Claim], noun: Claim, at: int) -> None:
    """ "bitcoin's 15% slide that day took it below $23,000": the move's level."""
    took = _TOOK.match(s, at)
    if took is None or noun.level is not None:
        return
    level = _value(took)
    for claim in [c for c in out if took.start() <= c.start < took.end() + 2]:
        if claim.instrument == noun.instrument and claim.level == level:
            out.remove(claim)
    out[out.index(noun)] = replace(noun, level=level)


def _aside(s: str, out: list[Claim], noun: Claim, after: re.Match[str]) -> Claim:
    """The noun with the level and percent size its words give; the aside's claims on its day."""
    level = _value(after) if after.group("to") else None
    aside = after.start("aside")
    alt = _ALT.match(s, aside)
    left = _LEFT_AT.search(s, aside, after.end())
    level = level if level is not None else _value(left) if left else None
    said = alt.group("fig") or alt.group("fig2") if alt else None
    size = fig.size_from(m) if said and (m := fig.FIGURE_RE.match(said)) else None
    changed = noun
    if size is not None and size.unit is Unit.PERCENT and noun.unit is not Unit.PERCENT:
        changed = replace(changed, size=size.value, unit=size.unit, hedge=size.hedge)
    if changed.level is None and level is not None:
        changed = replace(changed, level=level)
    for claim in [c for c in out if aside <= c.start < after.end() and c is not noun]:
        if claim.instrument != noun.instrument or _own_day(claim):
            continue
        if claim.measure is Measure.LEVEL and claim.level == changed.level:
            out.remove(claim)  # "which took it to $1.3679 at the close": the move's level
        elif noun.session:
            out[out.index(claim)] = redated(claim, noun.session)
    out[out.index(noun)] = changed
    return changed


def _own_day(claim: Claim) -> bool:
    return bool(re.search(r"day|\d|week|month|year", claim.time_words or "", re.I))


def _value(m: re.Match[str]) -> float:
    value = fig.number(m.group("num"))
    return -value if m.group("minus") else value


def _redate(out: list[Claim], noun: Claim, by: int) -> None:
    for claim in out:
        ranked = claim.measure is Measure.BIGGEST_MOVE and claim.instrument == noun.instrument
        if ranked and noun.end <= claim.start <= by and not claim.time_words and noun.session:
            out[out.index(claim)] = redated(claim, noun.session)


def _rank(s: str, out: list[Claim], noun: Claim, ranked: re.Match[str]) -> None:
    """Moves a ranking made on the wrong day to the noun's, or makes the missing one."""
    told = [
        c
        for c in out
        if c.measure is Measure.BIGGEST_MOVE
        and c.instrument == noun.instrument
        and c.start <= ranked.end()
        and c.end >= ranked.start()
    ]
    for claim in told:
        if noun.session and claim.session != noun.session and not _own_day(claim):
            out[out.index(claim)] = redated(claim, noun.session)
    if told:
        return
    out.append(ranking_claim(s, noun, ranked))
    out.sort(key=lambda c: c.start)


def ranking_claim(s: str, noun: Claim, ranked: re.Match[str]) -> Claim:
    """The biggest move a ranking phrase tells ("its steepest since 2008"), on the move noun's
    day, in its direction."""
    anchor = ranked.groupdict().get("anchor") or ""
    return replace(
        noun,
        text=s[ranked.start() : ranked.end()],
        start=ranked.start(),
        end=ranked.end(),
        measure=Measure.BIGGEST_MOVE,
        size=None,
        unit=None,
        hedge=Hedge.EXACT,
        level=None,
        since=look_back_start(anchor, noun.session) if noun.session else None,
    )


def look_back_start(anchor: str, session: date) -> date | None:
    """ "since 2007", "in a decade", "of the year": where the look-back starts."""
    if anchor.lower().startswith("since"):
        return since_date(anchor, session)
    if names_this_period(anchor):
        return this_period_start(anchor, session)
    if _LOOK_BACK.match(anchor):
        return ago_date(anchor, session)
    return None
