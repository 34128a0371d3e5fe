"""Past market episodes named as a move's time ("during the pension-fund crisis"): history."""

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
