"""A short name for an instrument named earlier in the sentence: "the enterprises index" after
"Hong Kong's China Enterprises index" is that index (one word of its name, then "index")."""

from __future__ import annotations

import re

from dashboard.claims.subjects import Mention

_SHORT = re.compile(r"the\s+(?P<word>[a-z][\w-]{3,})\s+(?:index|gauge)\b", re.IGNORECASE)


def short_name(s: str, at: int, mentions: list[Mention]) -> Mention | None:
    """The earlier mention whose name holds the word of "the <word> index" at ``at``, placed
    there; none when no single instrument named before has that word."""
    m = _SHORT.match(s, at)
    if m is None:
        return None
    word = re.compile(r"\b" + re.escape(m.group("word")) + r"\b", re.IGNORECASE)
    owners = {
        x.instrument.id: x
        for x in mentions
        if x.end <= at and x.instrument is not None and word.search(x.text)
    }
    if len(owners) != 1:
        return None
    return next(iter(owners.values())).placed(s, m.start(), m.end())
