"""A tenor yield named only as the yardstick of another yield's move: in "the two-year yield
dipped below the 10-year for the first time since July 2022" and "the 30-year yield rose above
the 10-year" the later yield is what the subject crossed, not a market that moved (a relation
between two instruments the corpus leaves unlabelled), so it is no subject of its own."""

from __future__ import annotations

import re

from dashboard.claims.subjects import Mention
from dashboard.domain import InstrumentKind

# "fell below the two-year's", "rose above the 10-year": a relation between two yields, not a
# price claim (the tail reads past it)
RELATION = re.compile(
    r"(?:below|above|under|beneath|past|through|over)\s+(?:that\s+of\s+)?(?:the\s+)?"
    r"(?:(?:\d{1,2}|two|three|five|seven|ten|thirty)-year"
    r"(?:['’]s|\s+(?:yield|rate|note|bond)|(?![\w-]|\s+(?:high|low|peak|trough|record)))"
    r"|(?:yield|rate)s?\s+(?:on|of)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:bills?|notes?|bonds?|gilts?))",
    re.IGNORECASE,
)
# "rose above the", "dipped below the", "dipping under": the comparison right before the yield
_CROSSED = re.compile(
    r"\b(?:above|below|under|beneath|over)\s+(?:that\s+of\s+)?(?:the\s+)?$", re.IGNORECASE
)


def _is_yield(mention: Mention) -> bool:
    """Whether the mention names a bond yield ("the 10-year", "the two-year note's")."""
    return mention.instrument is not None and mention.instrument.kind is InstrumentKind.BOND_YIELD


def _is_tenor(mention: Mention) -> bool:
    """Whether the mention names a yield or points to one by its tenor ("the 10-year")."""
    tenor = InstrumentKind.BOND_YIELD in mention.anaphor and "-year" in mention.text.lower()
    return tenor or _is_yield(mention)


def without_yardsticks(s: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions less each yield that follows "above/below the" after an earlier yield
    mention ("the 30-year yield rose above the 10-year"), since it only measures the first."""
    kept: list[Mention] = []
    for mention in mentions:
        earlier = any(_is_yield(x) and x.end <= mention.start for x in kept)
        if earlier and _is_tenor(mention) and _CROSSED.search(s, 0, mention.start):
            continue
        kept.append(mention)
    return kept
