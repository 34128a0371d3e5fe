"""Text lower-cased as ``re.IGNORECASE`` reads its letters, to skip a case-blind pattern
cheaply when none of the words it needs is in the sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

_ODD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})  # read as "i" and "s", lower-cased apart


def folded(s: str) -> str:
    """``s`` in lower case, with the letters a case-blind pattern reads as "i" or "s" made so."""
    if "İ" in s or "ı" in s or "ſ" in s:
        return s.translate(_ODD).lower()
    return s.lower()


def matches(
    pattern: re.Pattern[str], sentence: str, words: str, needs: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """``pattern``'s matches in ``sentence``, or none at once when ``words`` (the folded
    sentence) holds none of ``needs``, one of which is in every match of ``pattern``."""
    if any(w in words for w in needs):
        return pattern.finditer(sentence)
    return iter(())


def holds(s: str, needs: tuple[str, ...]) -> bool:
    """Whether ``s`` (folded) holds any of ``needs``: a text with none of them is skipped by a
    case-blind pattern one of whose words is in every match."""
    words = folded(s)
    return any(w in words for w in needs)
