"""Generic stocks whose place comes after the verb: "Stocks soared on Wall Street on Monday",
"Shares fell sharply in Tokyo". The place names the market, as in "stocks in Tokyo" or "Wall
Street stocks"; the mention sits on the noun, where the subject stands."""

from __future__ import annotations

import re

from dashboard.claims.subject_words import phrase_key
from dashboard.claims.subjects import Matcher, Mention

_DISPLACED = re.compile(
    r"(?:^|[-—–]\s+)(?P<noun>(?-i:[Ss]tocks|[Ss]hares|[Ee]quities))\s+"
    r"(?:(?:are|were|have|had|has|was|is)\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:\s+[a-z]+ly)?\s+"
    r"(?:\d[\d.,]*\s?%\s+|higher\s+|lower\s+)?"
    r"(?:on\s+(?P<street>Wall\s+Street)|in\s+(?P<city>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)))\b",
    re.IGNORECASE,
)


def places_after(s: str, mentions: list[Mention], matcher: Matcher) -> list[Mention]:
    """The mentions, with a generic subject named by the place after its verb added."""
    m = _DISPLACED.search(s)
    place = (m.start("street") if m.group("street") else m.start("city")) if m else 0
    if m is None or any(x.start < place for x in mentions):
        return mentions
    noun = m.group("noun").lower()
    key = "wall street stocks" if m.group("street") else f"{noun} in {phrase_key(m.group('city'))}"
    template = matcher.table.get(key)
    if template is None or template.instrument is None:
        return mentions
    found = template.placed(s, m.start("noun"), m.end("noun"))
    kept = [x for x in mentions if x.start >= m.end()]  # the place itself names no subject
    return [found, *kept]
