"""States with no verb of their own, each read from a zero-width trigger: a second sized way
after "and" ("closed 0.4% higher and 0.3% lower, respectively") and a yield stated rather than
moved ("the 10-year note yielded 4.12%", "... to yield 4.30%")."""

from __future__ import annotations

import re

from dashboard.claims.trigger_patterns import SIZED_FIGURE

_AND_SIZED = re.compile(  # a second sized way after "and", with no subject or verb of its own
    r"(?<![\w-])and\s+(?=" + SIZED_FIGURE + r"\s+(?:higher|lower|stronger|weaker|firmer|softer)\b)",
    re.IGNORECASE,
)
_YIELDING = re.compile(
    r"(?<![\w-])(?:yielded|yielding|(?<=\bto\s)yield)(?=\s+(?:about\s+|around\s+)?-?\d[\d.]*\s?%)"
)
_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|still|last)\s+$", re.IGNORECASE)


def bare_states(sentence: str, low: str) -> list[tuple[int, str]]:
    """Where each such state's trigger sits, with the word it stands for."""
    found: list[tuple[int, str]] = []
    if "yield" in low:  # a state verb before it ("was yielding") already reads the level
        found += [
            (m.start(), m.group(0))
            for m in _YIELDING.finditer(sentence)
            if not _BE_BEFORE.search(sentence, 0, m.start())
        ]
    if " and " in sentence:
        found += [(m.end(), "and") for m in _AND_SIZED.finditer(sentence)]
    return found
