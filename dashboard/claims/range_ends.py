"""One end of a range a market swung through: a sized move noun ("a 0.4% loss") or a level
("$61,200"), as in "swung between a 0.4% loss and a 0.3% gain"."""

from __future__ import annotations

import re

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import MOVE_NOUNS
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
