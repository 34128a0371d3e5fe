"""A "with" clause hangs on the clause just before it: "Bitcoin slumped 15% on Monday, and ether
fared worse, with the cryptocurrency sliding 16%" (the cryptocurrency is ether, the subject of
"fared worse", not bitcoin, whose move came earlier)."""

from __future__ import annotations

import re

from dashboard.claims.subjects import Matcher, Mention, Resolved

# the named market's own clause: no figure, no other clause break, then ", with the ..."
_OWN_CLAUSE = re.compile(r"[^\d%$.;,]{1,60},\s*with\s+$", re.IGNORECASE)


def with_clause_owner(
    sentence: str, mentions: list[Mention], mention: Mention, after: int, matcher: Matcher
) -> Resolved | None:
    """The market named (after ``after``) as the subject of the clause that the "with" clause
    of the anaphor hangs on: "and ether fared worse, with the cryptocurrency sliding 16%"."""
    earlier = [m for m in mentions if after <= m.start and m.end <= mention.start]
    named = [m for m in earlier if not m.anaphor and m.currency is None]
    if not named or not _OWN_CLAUSE.fullmatch(sentence, named[-1].end, mention.start):
        return None
    return matcher.resolve(named[-1], None)
