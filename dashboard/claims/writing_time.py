"""States at the time of writing: "..., and was last up 4.1% at $102,850" is the reference
date's, whatever day an earlier clause of the sentence names."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.domain import Claim, Measure

_LAST = re.compile(r"(?:^|\s)(?:was|were|is|are)\s+last\b", re.IGNORECASE)
_STATES = (Measure.INTRADAY_CHANGE, Measure.LEVEL)


def last_states(claims: list[Claim], reference: date) -> list[Claim]:
    """A "was last" state with no time words of its own takes the reference date."""
    return [
        replace(c, session=reference)
        if c.measure in _STATES
        and not c.time_words
        and c.session != reference
        and _LAST.search(c.text)
        else c
        for c in claims
    ]
