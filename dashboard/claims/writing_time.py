"""States at the time of writing: "..., and was last up 4.1% at $102,850" is the reference
date's, whatever day an earlier clause of the sentence names."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.domain import Claim, Measure

_LAST = re.compile(r"(?:^|\s)(?:was|were|is|are)\s+last\b", re.IGNORECASE)
_STATES = (Measure.INTRADAY_CHANGE, Measure.LEVEL)


# "Treasury yields are climbing", "Taiwan's Taiex has shed 8.4%": the present tense tells where a
# market stands as the story is written, not how it closed
_PRESENT = re.compile(
    r"\b(?:is|are)\s+(?:(?:now|still|also|again|sharply|steadily)\s+)?(?!trading\b)[a-z]{3,}ing\b"
    r"|\b(?:has|have)\s+(?:(?:now|also|already|just)\s+)?(?!(?:posted|recorded|notched|logged"
    r"|booked|registered|chalked|racked|suffered|scored|managed)\b)(?:[a-z]+ed|shed|lost|sunk|fallen|risen"
    r"|slid|turned)\b",
    re.IGNORECASE,
)
_CLOSED = re.compile(r"\b(?:clos|end|finish|settl|shut)", re.IGNORECASE)


def present_states(claims: list[Claim], reference: date) -> list[Claim]:
    """A move told in the present tense on the reference day, with no close named, is a state."""
    return [
        replace(c, measure=Measure.INTRADAY_CHANGE)
        if c.measure is Measure.SESSION_CHANGE
        and c.session == reference
        and _PRESENT.search(c.text)
        and not _CLOSED.search(c.text)
        else c
        for c in claims
    ]


def last_states(claims: list[Claim], reference: date) -> list[Claim]:
    """A "was last" state with no time words of its own takes the reference date."""
    claims = present_states(claims, reference)
    return [
        replace(c, session=reference)
        if c.measure in _STATES
        and not c.time_words
        and c.session != reference
        and _LAST.search(c.text)
        else c
        for c in claims
    ]
