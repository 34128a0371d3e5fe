"""Text lower-cased as ``re.IGNORECASE`` reads its letters, to skip a case-blind pattern
cheaply when none of the words it needs is in the sentence."""

from __future__ import annotations

_ODD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})  # read as "i" and "s", lower-cased apart


def folded(s: str) -> str:
    """``s`` in lower case, with the letters a case-blind pattern reads as "i" or "s" made so."""
    if "İ" in s or "ı" in s or "ſ" in s:
        return s.translate(_ODD).lower()
    return s.lower()
