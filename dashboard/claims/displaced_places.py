"""Generic stocks whose place comes after the verb: "Stocks soared on Wall Street on Monday",
"Shares fell sharply in Tokyo". The place names the market, as in "stocks in Tokyo" or "Wall
Street stocks"; the mention sits on the noun, where the subject stands. Cities in a list name a
market each: "Shares in Frankfurt and London fell 3.9% and 3.2%, respectively", "benchmark
indexes in Paris, Frankfurt and London", "markets in Tokyo and Hong Kong"."""

from __future__ import annotations

import re

from dashboard.claims.bare_cities import bare_cities
from dashboard.claims.subject_words import phrase_key
from dashboard.claims.subjects import Matcher, Mention

_DISPLACED = re.compile(
    r"(?:^|[-—–]\s+)(?P<noun>(?-i:[Ss]tocks|[Ss]hares|[Ee]quities))\s+"
    r"(?:(?:are|were|have|had|has|was|is)\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:\s+[a-z]+ly)?\s+"
    r"(?:(?:by\s+)?(?:(?:as\s+much\s+as|about|nearly|almost|more\s+than|roughly|around)\s+)?"
    r"\d[\d.,]*\s?%\s+|higher\s+|lower\s+)?"
    r"(?:on\s+(?P<street>Wall\s+Street)|in\s+(?P<city>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)))\b",
    re.IGNORECASE,
)


def places_after(s: str, mentions: list[Mention], matcher: Matcher) -> list[Mention]:
    """The mentions, with a generic subject named by the place after its verb added."""
    mentions = bare_cities(s, _listed_cities(s, mentions, matcher), matcher)
    m = _DISPLACED.search(s)
    place = (m.start("street") if m.group("street") else m.start("city")) if m else 0
    if m is None or any(x.start < place for x in mentions):
        return mentions
    noun = m.group("noun").lower()
    key = "wall street stocks" if m.group("street") else f"{noun} in {phrase_key(m.group('city'))}"
    template = matcher.table.get(key) or matcher.table.get(key.replace(noun, "stocks", 1))
    if template is None or template.instrument is None:
        return mentions
    found = template.placed(s, m.start("noun"), m.end("noun"))
    kept = [x for x in mentions if x.start >= m.end()]  # the place itself names no subject
    return [found, *kept]


_HEAD = re.compile(
    r"\b(?:stocks|shares|equities|(?:stock\s+)?markets|bourses|benchmarks"
    r"|(?:(?:benchmark|main|stock|share|leading)\s+)?ind(?:ices|exes))\s+in\s+",
    re.IGNORECASE,
)
_CITY = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
_LIST = re.compile(rf"{_CITY}(?:\s*,\s*{_CITY})*\s*,?\s+and\s+{_CITY}\b")
_ONE = re.compile(_CITY)


def _listed_cities(sentence: str, mentions: list[Mention], matcher: Matcher) -> list[Mention]:
    """The mentions with each city of a "shares in A, B and C" list as its own market, when
    every city names one; the list's other mentions give way."""
    for head in _HEAD.finditer(sentence):
        found = _LIST.match(sentence, head.end())
        if found is None:
            continue
        cities = list(_ONE.finditer(sentence, found.start(), found.end()))
        templates = [matcher.table.get(f"stocks in {phrase_key(c.group(0))}") for c in cities]
        if len(templates) < 2 or any(t is None or t.instrument is None for t in templates):
            continue
        spans = [(head.start(), cities[0].end())] + [(c.start(), c.end()) for c in cities[1:]]
        pairs = zip(templates, spans, strict=True)
        made = [t.placed(sentence, a, b) for t, (a, b) in pairs if t is not None]
        kept = [m for m in mentions if m.end <= head.start() or m.start >= found.end()]
        mentions = sorted([*kept, *made], key=lambda m: m.start)
    return mentions
