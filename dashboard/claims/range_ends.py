"""One end of a range a market swung through: a sized move noun ("a 0.4% loss") or a level
("$61,200"), as in "swung between a 0.4% loss and a 0.3% gain"."""

from __future__ import annotations

import re
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import MOVE_NOUNS
from dashboard.claims.timeresolve import resolve_words
from dashboard.domain import Direction

NOUN_RE = re.compile(r"\b(" + "|".join(sorted(MOVE_NOUNS, key=len, reverse=True)) + r")\b", re.I)


def range_end(part: str) -> tuple[Direction | None, fig.Size | None, float | None] | None:
    """One end of a range: a sized move noun ("a 0.4% loss") or a level ("$61,200")."""
    noun = NOUN_RE.search(part)
    figure = fig.FIGURE_RE.search(part)
    if noun is not None and figure is not None:
        return MOVE_NOUNS[noun.group(1).lower()], fig.size_from(figure), None
    found = fig.LEVEL_RE.match("at " + part.strip())
    if found is None or found.end() < len(part.strip()) + 3:
        return None
    return None, None, fig.level_from(found).value


_ON_DAY = re.compile(r"\bon\s+(?:mon|tues|wednes|thurs|fri)day\b", re.IGNORECASE)


def own_day(part: str, session: date) -> date | None:
    """The day a swing's first end names before the second end's ("swung from a 12.4% plunge on
    Monday to a 10.2% surge on Tuesday"): then it was that day's move, not this day's extreme."""
    found = _ON_DAY.search(part)
    ref = resolve_words(found.group(0), session) if found else None
    return ref.session if ref and ref.session and ref.session < session else None
