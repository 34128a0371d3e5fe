"""Past market episodes named as a move's time ("during the pension-fund crisis") and counts of
past periods ("gained in five of the previous six weeks"): history, not a move to check."""

from __future__ import annotations

import re

# a move dated only by a named episode ("spiked 100 bp in a matter of days during the
# pension-fund crisis", "plunged 22.6% in the 1987 crash") names no session a price can check
EPISODE_RE = re.compile(
    r"(?:(?:in|over|within)\s+a\s+matter\s+of\s+(?:hours|days|weeks)\s+)?"
    r"(?:during|in|through)\s+the\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:crisis|crash|pandemic|meltdown|tantrum|bust)\b",
    re.IGNORECASE,
)

# "had gained in five of the previous six weeks": how often it moved, not one move's size
COUNTED_RE = re.compile(
    r"in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|each|all)\s+of\s+"
    r"(?:the|its|their)\s+(?:past|previous|last|prior|first)\s+(?:[\w-]+\s+)?"
    r"(?:sessions|weeks|days|months|years|quarters|trading\s+days)\b",
    re.IGNORECASE,
)


def history_end(s: str, at: int, sized: bool, timed: bool) -> tuple[int, bool] | None:
    """Where words at ``at`` that make the move history end, and whether they count past
    periods: a named episode on a move with no time of its own ("spiked 100 bp during the
    pension-fund crisis"), or a count of past periods on an unsized one."""
    if not sized and (counted := COUNTED_RE.match(s, at)):
        return counted.end(), True
    episode = None if timed else EPISODE_RE.match(s, at)
    return (episode.end(), False) if episode else None
