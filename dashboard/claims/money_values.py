"""A market's value lost or gained in money, not a price move: "Russian stocks lost some $250
billion of market value", "Russia's stock market shed $100 billion in value". The verb's object
is the money, so the sentence makes no claim on the index's price."""

from __future__ import annotations

import re

from dashboard.domain import Claim

_MONEY = re.compile(
    r"\s*(?:(?:some|about|around|roughly|nearly|almost|more\s+than|over)\s+)?"
    r"(?:\$|€|£|US\$|USD\s?)\d[\d.,]*\s*(?:billion|trillion|million|bn|tn|mln)\b"
    r"[^.;,]{0,20}?\b(?:of|in)\s+(?:market\s+|stock\s+)?(?:value|capitali[sz]ation)\b",
    re.IGNORECASE,
)


def money_values(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims without an unsized move whose verb takes "$250 billion of market value"."""
    return [c for c in claims if c.size is not None or _MONEY.match(s, c.end) is None]
