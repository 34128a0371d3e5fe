"""A bare city as the subject of a clause in a list of markets, once the sentence has set up
stock markets: "Shares in Frankfurt slid 0.9%, Paris lost 1.1% and ...", "European shares fell,
with Frankfurt down 1.2% and Paris off 0.9%"; and a gapped place that shares the verb before it:
"Shares in Hong Kong rose 2% and in Shanghai 1%", "... and those in Mumbai 0.5%". A city that
opens the sentence, or that no earlier market word sets up, names no market."""

from __future__ import annotations

import re

from dashboard.claims.subject_words import phrase_key
from dashboard.claims.subjects import Matcher, Mention
from dashboard.claims.triggers import find_triggers
from dashboard.domain import InstrumentKind

_CITY = re.compile(
    r"(?:[,;]\s+(?:and\s+|while\s+|whereas\s+|but\s+|with\s+)?|\s(?:and|while|whereas|but|with)\s+)"
    r"(?P<gap>(?:those\s+)?in\s+)?(?P<city>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\b(?!['’])"
)
_AUX = re.compile(r"\s+(?:(?:was|were|is|had|has|have)\s+)?(?:[a-z]+ly\s+)?")
_GAPPED = re.compile(
    r"\s+(?:(?:by\s+)?(?:about|nearly|almost|some|around)\s+)?\d[\d.,]*\s?%", re.IGNORECASE
)
_HEADED = re.compile(  # "Markets in Hong Kong fell 1.9%", "equities in London"
    r"(?<!money )(?<!currency )(?<!bond )(?<!credit )(?<!debt )(?<!exchange )(?<!futures )"
    r"\b(?P<head>(?:(?i:stock)\s+)?(?i:markets|bourses|equities))\s+in\s+"
    r"(?P<city>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\b(?!['’])",
    re.IGNORECASE,
)
_MARKET_WORD = re.compile(r"\b(?:stocks|shares|equities|markets|bourses)\b", re.IGNORECASE)


def bare_cities(s: str, mentions: list[Mention], matcher: Matcher) -> list[Mention]:
    """The mentions, with each set-up bare or gapped city of a market list as its market."""
    added = _headed(s, mentions, matcher)
    starts: set[int] | None = None
    for m in _CITY.finditer(s):
        if any(x.start <= m.start("city") < x.end for x in mentions):
            continue
        template = matcher.table.get(f"stocks in {phrase_key(m.group('city'))}")
        if template is None or template.instrument is None:
            continue
        if template.instrument.kind is not InstrumentKind.EQUITY_INDEX:
            continue
        if not _set_up(s, m.start(), mentions, gapped=m.group("gap") is not None):
            continue
        if m.group("gap"):
            if _GAPPED.match(s, m.end()) is None:
                continue
            added.append(template.placed(s, m.start("gap"), m.end()))
            continue
        starts = starts if starts is not None else {t.start for t in find_triggers(s)}
        aux = _AUX.match(s, m.end())
        if aux is None or not {aux.start() + 1, aux.end()} & starts:
            continue
        added.append(template.placed(s, m.start("city"), m.end()))
    return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions


def _set_up(s: str, before: int, mentions: list[Mention], gapped: bool) -> bool:
    """Whether an earlier stock market ("shares in Frankfurt", "the DAX", "European shares",
    "Asian stocks") sets up the list; a gapped place needs "shares/stocks in <city>" itself."""
    if gapped:
        return re.search(r"\b(?i:stocks|shares|equities)\s+in\s+[A-Z]", s[:before]) is not None
    index = InstrumentKind.EQUITY_INDEX
    if any(x.end <= before and x.instrument and x.instrument.kind is index for x in mentions):
        return True
    return _MARKET_WORD.search(s, 0, before) is not None


def _headed(s: str, mentions: list[Mention], matcher: Matcher) -> list[Mention]:
    """Stock markets named "markets in <city>" or "equities in <city>" as the city's market."""
    out: list[Mention] = []
    for m in _HEADED.finditer(s):
        if any(x.start < m.end() and m.start() < x.end for x in mentions):
            continue
        template = matcher.table.get(f"stocks in {phrase_key(m.group('city'))}")
        if template is None or template.instrument is None:
            continue
        if template.instrument.kind is InstrumentKind.EQUITY_INDEX:
            out.append(template.placed(s, m.start(), m.end()))
    return out
