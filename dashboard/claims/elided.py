"""A yield or a currency named by its owner alone after a named one: "Germany's 10-year added
9 basis points, while Italy's spiked 20" is Italy's 10-year yield, "the two-year note's yield
fell 27 basis points and the five-year's 23" the five-year's, and "Norway's crown slipped 0.8%
and Sweden's 0.6%" Sweden's crown."""

from __future__ import annotations

import re

from dashboard.claims.subjects import Matcher, Mention
from dashboard.claims.trigger_patterns import VERBS
from dashboard.domain import InstrumentKind

_OWNER = re.compile(
    r"(?<![\w-])(?:(?P<country>[A-Z][a-z]+)|the\s+(?P<tenor>[a-z]+-year|\d+-year))['’]s"
    r"(?=\s+(?P<next>\d|[a-z]+))"
)
_TENOR = re.compile(r"(?<![\w-])(?:[a-z]+-year|\d+-year)\b", re.IGNORECASE)
_STATE = frozenset(
    ("was", "were", "is", "had", "has", "stood", "also", "up", "down", "higher", "lower", "flat")
)


def elided(s: str, mentions: list[Mention], matcher: Matcher) -> list[Mention]:
    """The mentions with each yield named by its owner alone placed among them."""
    if "'s" not in s and "’s" not in s:
        return mentions
    found = []
    for m in _OWNER.finditer(s):
        word = m.group("next")
        if not (word[0].isdigit() or word in VERBS or word in _STATE):
            continue
        overlaps = [x for x in mentions if x.start < m.end() and m.start() < x.end]
        if any(x.instrument is not None for x in overlaps):
            continue  # "Brazil's" already read as something else
        named = _named(s, m, [x for x in mentions if x.end <= m.start()], matcher)
        if named is not None:  # (in place of a bare "the five-year" read as a tenor alone)
            mentions = [x for x in mentions if x not in overlaps]
            found.append(named)
    return sorted([*mentions, *found], key=lambda x: x.start) if found else mentions


def _named(s: str, m: re.Match[str], before: list[Mention], matcher: Matcher) -> Mention | None:
    kinds = (InstrumentKind.BOND_YIELD, InstrumentKind.FX)
    named = [x for x in before if x.instrument and x.instrument.kind in kinds]
    phrase = _phrase(m, named[-1]) if named else None
    read = matcher.mentions(phrase) if phrase else []
    if len(read) != 1 or read[0].instrument is None or read[0].end != len(phrase or ""):
        return None
    if read[0].instrument is named[-1].instrument:
        return None
    return read[0].placed(s, m.start(), m.end())


def _phrase(m: re.Match[str], earlier: Mention) -> str | None:
    """The earlier name with the new owner: "Italy's 10-year yield", "Sweden's crown"."""
    country = m.group("country")
    if earlier.currency is not None:  # "Norway's crown slipped 0.8% and Sweden's 0.6%"
        noun = earlier.text.split()[-1]
        return f"{country}'s {noun}" if country and noun.isalpha() else None
    tenor = _TENOR.search(earlier.text)
    if tenor is None:
        return None
    if country:
        return f"{country}'s {tenor.group(0)} yield"
    return earlier.text[: tenor.start()] + m.group("tenor") + earlier.text[tenor.end() :]
