"""The offshore yuan: a bare "the yuan" in offshore trade is the Hong Kong-traded CNH."""

from __future__ import annotations

import re

_SIDE = re.compile(r"\b(?P<side>offshore|onshore)\b", re.IGNORECASE)
_IN_OFFSHORE = re.compile(
    r"\bin\s+(?:the\s+)?offshore\s+(?:trade|trading|market|markets|deals)\b", re.IGNORECASE
)


def yuan_code(sentence: str, start: int, end: int) -> str | None:
    """ "In offshore trade, the yuan ...": CNH when the nearest market word before the yuan
    says offshore; after it only "in offshore trade" in a sentence naming one yuan market."""
    before = [m.group("side").lower() for m in _SIDE.finditer(sentence, 0, start)]
    if before:
        return "CNH" if before[-1] == "offshore" else None
    if "onshore" in sentence.lower() or sentence.lower().count("yuan") > 1:
        return None
    return "CNH" if _IN_OFFSHORE.search(sentence, end) else None


def counter_market(counter: str | None, sentence: str, start: int, end: int) -> str | None:
    """ "The dollar rose 0.5% to 7.2950 yuan in offshore trade": a yuan counter read in the
    clause's offshore market is CNH."""
    if counter != "CNY" or "onshore" in sentence.lower():
        return counter
    return "CNH" if _IN_OFFSHORE.search(sentence, start, end) else counter
