"""A move told as a noun with the price it reached, after a claim on the same market ("slid past
151 per dollar, before a sudden rebound to 146.2", "before staging a dramatic rebound to around
13.5"): that price, reached the way the noun goes, on the day of the claim before it."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import MOVE_NOUNS
from dashboard.claims.subjects import Mention
from dashboard.claims.unclaimed import about_anchor
from dashboard.domain import Claim, Hedge, Measure

_NOUN_TO = re.compile(
    r"\b(?:before|after|with|and)\s+(?:(?:staging|posting|a|an)\s+)+(?:[a-z-]+\s+){0,2}?"
    r"(?P<noun>" + "|".join(sorted(MOVE_NOUNS, key=len, reverse=True)) + r")\s+to\s+"
    r"(?:(?:around|about|roughly|near|some)\s+)?(?=[$€£]?\d)" + fig.VALUE,
    re.IGNORECASE,
)


_DAY = re.compile(
    r"\s+(?:(?:on|by|late|early)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I
)


def noun_levels(s: str, claims: list[Claim], mentions: list[Mention]) -> list[Claim]:
    """The claims, with a level for each such noun no claim has read."""
    if " to " not in s:
        return claims
    out = list(claims)
    for m in _NOUN_TO.finditer(s):
        if any(c.start <= m.start("num") < c.end for c in out) or _DAY.match(s, m.end()):
            continue  # read already, or on a day of its own ("a rebound to $2,000 on Monday")
        before = [c for c in out if c.end <= m.start() and c.measure is not Measure.RECORD]
        if not before or not about_anchor(s, before[-1], m.start("noun"), mentions):
            continue
        anchor = before[-1]
        out.append(
            replace(
                anchor,
                text=s[m.start("noun") : m.end()],
                start=m.start("noun"),
                end=m.end(),
                measure=Measure.LEVEL,
                direction=MOVE_NOUNS[m.group("noun").lower()],
                size=None,
                unit=None,
                hedge=Hedge.EXACT,
                level=fig.level_from(m).value,
                since=None,
            )
        )
    return sorted(out, key=lambda c: c.start)
