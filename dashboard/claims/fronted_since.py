"""A window fronted by "Since ..." ("Since January, the rouble has lost 20%", "Since bottoming
on March 23, the Nasdaq has rallied nearly 45%"): the claim is a move over that window."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims.timeresolve import resolve_words
from dashboard.claims.timewords import Hint, TimeRef

_FRONTED = re.compile(
    r"(?:^|[,;:]\s*(?:and\s+|but\s+|while\s+)?)\s*(?P<since>[Ss]ince\s+[^,;]{1,80}?)\s*,\s*$"
)


def fronted_since(s: str, low: int, start: int, reference: date) -> TimeRef | None:
    """The window a "Since ..." phrase right before the subject opens, if it resolves."""
    found = _FRONTED.search(s, low, start)
    if found is None:
        return None
    phrase = found.group("since")
    time = resolve_words(phrase, reference)
    if time is None or time.since is None or time.since >= reference:
        return None
    return replace(time, words=phrase, session=reference, hint=Hint.PERIOD)
