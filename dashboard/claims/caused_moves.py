"""A sized move noun that carries an instrument somewhere is that instrument's move: "A 41-point
gain left the S&P/ASX 200 at 7,845.2", "an early spike of as much as 4% lifted silver to $34.87",
"after Wednesday's 2.5% advance took COMEX futures to $4.30". The verb's object made the move;
the level it reached is where the move ended (or, for an early or "as much as" move, its peak)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import MOVE_NOUNS
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import TIME_RE
from dashboard.claims.trigger_patterns import NOMINAL_OF_RE, NOMINAL_RE
from dashboard.domain import Claim, Hedge, Measure

_VERBS = ("took", "sent", "lifted", "pushed", "drove", "dragged", "knocked", "pulled", "left")
_VERBS_TOO = ("brought", "carried", "boosted")
_CARRYING = re.compile(  # "a 4% slide on Tuesday took Brent below $52": the move's day between
    r"(?:\s+in\s+(?:the\s+)?(?P<in>[\w&'’./-]+(?:\s+[\w&'’./-]+)?))?"  # "a 4% slide in Brent"
    r"(?:\s+(?P<day>(?:late\s+|early\s+)?on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day))?"
    r"\s+(?:" + "|".join(_VERBS + _VERBS_TOO) + r")"
    r"\s+(?:[\w&'’./-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_EARLY = re.compile(r"\b(?:early|earlier|initial|opening|morning|intraday)\b", re.IGNORECASE)
_MOVED = (Measure.LEVEL, Measure.SESSION_CHANGE, Measure.INTRADAY_EXTREME, Measure.RECORD)


def moves_caused(s: str, claims: list[Claim], reference: date) -> list[Claim]:
    """Claims with each carrying move noun's size set on its object's claim."""
    low = s.lower()
    if "day's" in low or "day’s" in low:
        claims = _event_dated(s, claims, reference)
    if not any(f"{v} " in low for v in _VERBS + _VERBS_TOO) or not any(c.isdigit() for c in s):
        return claims  # the patterns below are slow: only where a carrying verb stands
    for pattern in (NOMINAL_RE, NOMINAL_OF_RE):
        for m in pattern.finditer(s):
            claims = _carried(s, m, claims, reference)
    for m in _UNSIZED.finditer(s):
        claims = _stated(s, m, claims, reference)
    return claims


_UNSIZED = re.compile(  # "A fourth straight loss left corn at $3.87-1/4 a bushel, down 6 cents"
    r"\b(?:a|an|the|its|their|(?P<poss>[a-z]+day['’]s))\s+(?:[a-z-]+\s+){0,3}?(?:"
    + "|".join(sorted(MOVE_NOUNS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_PART_OF_DAY = re.compile(
    r"trad|deals|morning|afternoon|noon|midday|gmt|a\.m\.|p\.m\.|early|late|hours", re.IGNORECASE
)


def _stated(s: str, m: re.Match[str], claims: list[Claim], reference: date) -> list[Claim]:
    """An unsized move noun that leaves its object at a level, with the state set off after it
    ("..., down 6-1/4 cents"): that state sizes the move, which is the session's."""
    target = next((c for c in claims if _CARRYING.fullmatch(s, m.end(), c.start)), None)
    if target is None or target.size is None or target.measure is not Measure.INTRADAY_CHANGE:
        return claims
    if _PART_OF_DAY.search(target.text):  # "..., down 1% in early trade": a state
        return claims
    day = _possessor_day(m, reference) if not target.time_words else None
    moved = replace(target, measure=Measure.SESSION_CHANGE, session=day or target.session)
    return [moved if c is target else c for c in claims]


def _carried(s: str, m: re.Match[str], claims: list[Claim], reference: date) -> list[Claim]:
    carrying = target = None
    for c in claims:
        if carrying is None and (carrying := _CARRYING.fullmatch(s, m.end(), c.start)):
            target = c
    figure = fig.FIGURE_RE.match(m.group("fig"))
    if target is None or figure is None or target.size is not None or target.measure not in _MOVED:
        return claims
    size = fig.size_from(figure)
    early = _EARLY.search(m.group(0)) is not None or size.hedge is Hedge.AS_MUCH_AS
    sized = replace(
        target,
        start=m.start(),
        text=s[m.start() : target.end],
        measure=Measure.INTRADAY_EXTREME if early else Measure.SESSION_CHANGE,
        direction=MOVE_NOUNS[m.group("noun").lower()],
        size=size.value,
        unit=size.unit,
        hedge=size.hedge,
        since=None,
    )
    own = next(
        (c for c in claims if c.start == m.start() and c.instrument == target.instrument), None
    )
    day = _gap_day(carrying, m, reference) or (own.session if own else None)
    if not target.time_words and day is not None:
        sized = replace(sized, session=day)
        claims = [replace(c, session=day) if _renames(s, target, c) else c for c in claims]
    upto = max(m.end(), carrying.end("day") if carrying and carrying.group("day") else 0)
    kept = [c for c in claims if not _noun_own(c, m.start(), upto) and c is not target]
    extra = [target] if target.measure is Measure.RECORD else []  # "... to a record close"
    return sorted([*kept, sized, *extra], key=lambda c: c.start)


def _noun_own(claim: Claim, start: int, end: int) -> bool:
    """The noun's own claim: inside it, or ending with it ("Brent's 4% slide on Tuesday")."""
    return start <= claim.start < end or start < claim.end <= end


_RECORDS = (Measure.BIGGEST_MOVE, Measure.RECORD)
_APPOSED = re.compile(r"\s*,\s*")


def _renames(s: str, target: Claim, claim: Claim) -> bool:
    """ "..., the index's steepest one-day fall since 1987", "..., its lowest since 2016": a
    record set off right after the level the move left is that move's (and so on its day)."""
    if claim.measure not in _RECORDS or claim.time_words:
        return False
    same = (claim.instrument, claim.session) == (target.instrument, target.session)
    inside = target.start < claim.start < target.end  # "... below $52 for the first time since"
    return same and (inside or _APPOSED.fullmatch(s, target.end, claim.start) is not None)


def _gap_day(carrying: re.Match[str] | None, m: re.Match[str], reference: date) -> date | None:
    """The day a carrying move's own words name: "on Tuesday" after it, or its possessor."""
    told = TIME_RE.fullmatch(carrying.group("day")) if carrying and carrying.group("day") else None
    return resolve(told, reference).session if told else _possessor_day(m, reference)


def _possessor_day(m: re.Match[str], reference: date) -> date | None:
    """The day a possessive move noun names ("Monday's 3% jump")."""
    owner = m.groupdict().get("poss")
    told = TIME_RE.fullmatch(re.sub(r"['’]s\s*$", "", owner)) if owner else None
    return resolve(told, reference).session if told else None


# "after Friday's hot inflation report had already lifted them 12 basis points": the event's day
_DAY_EVENT = re.compile(
    r"\b(?P<poss>(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:report|data|figures|numbers|decision|announcement|statement|remarks|comments|speech"
    r"|auction|reading|release|print|payrolls)\s+(?:had\s+|has\s+)?(?:already\s+)?"
    r"(?:" + "|".join((*_VERBS, *_VERBS_TOO)) + r"|hit|battered|knocked)\s+",
    re.IGNORECASE,
)


def _event_dated(s: str, claims: list[Claim], reference: date) -> list[Claim]:
    """A move an event a day owns caused ("Friday's jobs report lifted the dollar 0.5%") is
    that day's, unless its own time words say otherwise."""
    for m in _DAY_EVENT.finditer(s):
        target = next((c for c in claims if c.start == m.end() and not c.time_words), None)
        day = _possessor_day(m, reference) if target is not None else None
        if target is not None and day is not None:
            claims = [replace(c, session=day) if c is target else c for c in claims]
    return claims
