"""Gapped clauses after a first clause whose subject the registry lacks ("Paris wheat fell 2%
and Chicago wheat 1.5%"): the first clause makes no claim, but the gapped one still shares its
verb, its measure and its day."""

from __future__ import annotations

import re
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.gapping import gapped
from dashboard.claims.measures import measure_for
from dashboard.claims.subjects import Matcher, Mention
from dashboard.claims.tail import read_tail
from dashboard.claims.triggers import Kind, Trigger, find_triggers
from dashboard.domain import Claim, Measure

# a capitalised name, then lower-case words of its own ("Paris wheat", "Dalian iron ore"),
# right before the verb: the subject the registry lacks
_UNKNOWN = re.compile(r"(?:^|[,;]\s+|\b(?:and|while|as)\s+)[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s+$")


def unknown_gaps(
    s: str, claims: list[Claim], mentions: list[Mention], matcher: Matcher, reference: date
) -> list[Claim]:
    """The claims, with those of gapped clauses after an unregistered subject's sized move."""
    if not any(_bare_gapped(s, m, claims) for m in mentions):
        return claims  # cheap test first: the triggers are read again only for such a clause
    out = list(claims)
    for trigger in find_triggers(s):
        if not _unknown_subject(s, trigger, claims, mentions):
            continue
        for claim in _gapped(s, trigger, mentions, matcher, reference):
            if not any(c.instrument == claim.instrument and c.end > claim.start for c in out):
                out.append(claim)
    return out


_JOINED = re.compile(r"(?:,|\band)\s+$")


def _bare_gapped(s: str, mention: Mention, claims: list[Claim]) -> bool:
    """A known subject right after a join, with a figure and no claim of its own."""
    if not _JOINED.search(s, max(0, mention.start - 6), mention.start):
        return False
    if fig.FIGURE_RE.match(s, mention.end + 1) is None:
        return False
    return not any(c.start <= mention.start < c.end for c in claims)


def _unknown_subject(
    s: str, trigger: Trigger, claims: list[Claim], mentions: list[Mention]
) -> bool:
    """A motion verb no claim covers, whose clause names no known market before it."""
    if trigger.kind is not Kind.MOTION or trigger.direction is None:
        return False
    if any(c.start <= trigger.start < c.end for c in claims):
        return False
    name = _UNKNOWN.search(s, max(0, trigger.start - 48), trigger.start)
    return name is not None and not any(name.start() <= m.start < trigger.start for m in mentions)


def _gapped(
    s: str, trigger: Trigger, mentions: list[Mention], matcher: Matcher, reference: date
) -> list[Claim]:
    """The gapped clauses' claims, read with a stand-in first claim for the unknown subject."""
    figure = fig.FIGURE_RE.match(s, trigger.end + 1)
    if figure is None:
        return []
    size = fig.size_from(figure)
    tail = read_tail(s, figure.end(), reference, matcher)
    measure = measure_for(trigger, tail, [size], None, trigger.direction, False)
    if measure not in (Measure.SESSION_CHANGE, Measure.PERIOD_CHANGE, Measure.INTRADAY_CHANGE):
        return []
    time = next((t for t in tail.times if t.session is not None), None)
    first = Claim(
        text=s[trigger.start : tail.end],
        start=trigger.start,
        end=tail.end,
        instrument="",
        subject="",
        measure=measure,
        direction=trigger.direction,  # type: ignore[arg-type]
        size=size.value,
        unit=size.unit,
        hedge=size.hedge,
        session=time.session if time else reference,
        since=time.since if time and measure is Measure.PERIOD_CHANGE else None,
        time_words=time.words if time else "",
    )
    return gapped(s, first, tail.end, mentions, matcher, reference)[0]
