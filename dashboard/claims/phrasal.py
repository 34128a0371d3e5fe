"""Phrasal closing verbs: "wrapped up Tuesday's session 1% higher", "wound up 0.4% lower"."""

from __future__ import annotations

import re

# They end the session as "closed" does; the tail is read after "up" (never as the move's
# way). "wound up to 1.5%" or "wrapped up by 4 p.m." are no closes.
_WRAPPED_UP = re.compile(
    r"(?<![\w-])(?:wrapped|wraps|wrapping|wrap|wound|winds|winding)\s+up\b"
    r"(?!\s+(?:to|by|in|at|with)\b)",
    re.IGNORECASE,
)


def phrasal_closes(sentence: str) -> list[tuple[int, int, str]]:
    """Where a phrasal closing verb stands: (start, end, its words with one space)."""
    return [
        (m.start(), m.end(), " ".join(m.group(0).lower().split()))
        for m in _WRAPPED_UP.finditer(sentence)
    ]
