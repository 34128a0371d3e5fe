"""The offshore yuan: a bare "the yuan" in offshore trade is the Hong Kong-traded CNH."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dashboard.claims.subjects import Mention

_SIDE = re.compile(r"\b(?P<side>offshore|onshore)\b", re.IGNORECASE)
_IN_OFFSHORE = re.compile(
    r"\bin\s+(?:the\s+)?offshore\s+(?:trade|trading|market|markets|deals)\b", re.IGNORECASE
)
# "fell to 7.2630 per dollar in Hong Kong trade": where the offshore yuan trades, in the
# yuan's own clause (no comma or new clause between)
_IN_HONG_KONG = re.compile(
    r"(?:(?![,;]|\b(?:and|while|but|whereas|as)\b)[^,;])*?\bin\s+hong\s+kong"
    r"(?:\s+(?:trade|trading|deals))?\b",
    re.IGNORECASE,
)


def _offshore_after(sentence: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """ "in offshore trade" after ``start``, or "in Hong Kong (trade)" in the same clause."""
    stop = len(sentence) if end is None else end
    return _IN_OFFSHORE.search(sentence, start, stop) or _IN_HONG_KONG.match(sentence, start, stop)


def yuan_code(sentence: str, start: int, end: int) -> str | None:
    """ "In offshore trade, the yuan ...": CNH when the nearest market word before the yuan
    says offshore; after it only "in offshore trade" or "in Hong Kong trade" in a sentence
    naming one yuan market."""
    before = [m.group("side").lower() for m in _SIDE.finditer(sentence, 0, start)]
    if before:
        return "CNH" if before[-1] == "offshore" else None
    if "onshore" in sentence.lower() or sentence.lower().count("yuan") > 1:
        return None
    return "CNH" if _offshore_after(sentence, end) else None


def counter_market(counter: str | None, sentence: str, subject: Mention, end: int) -> str | None:
    """ "The dollar rose 0.5% to 7.2950 yuan in offshore trade": a yuan counter read in the
    clause's offshore market is CNH, unless the sentence said onshore before it (an onshore
    clause after it, "..., while the onshore yuan was little changed", leaves it CNH)."""
    start = subject.end
    if counter is None and (subject.anaphor or subject.currency == "USD"):
        return _offshore_clause(sentence, start, end)
    if counter != "CNY":
        return counter
    found = _offshore_after(sentence, start, end)
    if found is None or "onshore" in sentence[: found.end()].lower():
        return counter
    return "CNH"


_YUAN = re.compile(r"\b(?:yuan|renminbi)\b", re.IGNORECASE)


def _offshore_clause(sentence: str, start: int, end: int) -> str | None:
    """ "Onshore, the dollar rose 0.3% to 7.2410 yuan, while it gained 0.4% to 7.2650 in
    offshore trade": a clause that names no counter but trades offshore, in a sentence about
    the yuan, is told against the offshore yuan."""
    if not _YUAN.search(sentence) or "onshore" in sentence[start:end].lower():
        return None
    return "CNH" if _IN_OFFSHORE.search(sentence, start, end) else None
