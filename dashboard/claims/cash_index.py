"""The cash index beside its futures ("E-mini S&P 500 futures were up 0.3%, steadying after
the cash index's 4.3% slide yesterday"): the index the named futures contract tracks."""

from __future__ import annotations

import re

from dashboard.claims.subjects import Matcher, Mention
from dashboard.domain import InstrumentKind

_CASH = re.compile(
    r"\bthe\s+(?:underlying\s+)?cash\s+(?:index|benchmark|market)\b|\bthe\s+underlying\s+index\b",
    re.IGNORECASE,
)
_FUTURES = " futures"


def cash_indexes(s: str, mentions: list[Mention], matcher: Matcher) -> list[Mention]:
    """The mentions, with "the cash index" after a futures contract read as its index."""
    if "cash" not in s and "underlying" not in s:
        return mentions
    for m in _CASH.finditer(s):
        before = [x for x in mentions if x.end <= m.start() and x.instrument is not None]
        futures = [x for x in before if x.instrument.kind is InstrumentKind.EQUITY_FUTURES]  # type: ignore[union-attr]
        index = _underlying(matcher, futures[-1].instrument.id) if futures else None  # type: ignore[union-attr]
        if index is None:
            continue
        inside = [x for x in mentions if x.start < m.end() and m.start() < x.end]
        kept = [x for x in mentions if x not in inside]
        mentions = sorted([*kept, index.placed(s, m.start(), m.end())], key=lambda x: x.start)
    return mentions


def _underlying(matcher: Matcher, futures_id: str) -> Mention | None:
    """The index whose name plus "futures" names this contract in the phrase table (read only
    for a sentence that names a cash index: rare enough to need no cache)."""
    for key, template in matcher.table.items():
        if template.instrument is None or template.instrument.id != futures_id:
            continue
        bare = matcher.table.get(key[: -len(_FUTURES)]) if key.endswith(_FUTURES) else None
        if bare is not None and bare.instrument is not None and _is_index(bare):
            return bare
    return None


def _is_index(mention: Mention) -> bool:
    return mention.instrument is not None and mention.instrument.kind is InstrumentKind.EQUITY_INDEX
