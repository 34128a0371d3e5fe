"""Prices and moves inside what forecasters expect: "Strategists see the S&P 500 ending next year
at 3,400, gold climbing toward $1,600 an ounce and the 10-year yield drifting up to 2.25%",
"they saw the yuan holding around 7 per dollar into year-end". A claim told after a forecaster's
verb of expecting, with no day of its own (or only a coming one), is no claim: in the verb's own
clause, or past a comma when its verb is non-finite ("gold climbing toward")."""

from __future__ import annotations

import re

from dashboard.domain import Claim

_FORECAST = re.compile(
    r"\b(?P<who>strategists|analysts|economists|brokerages|banks|firms|forecasters|traders"
    r"|investors|managers|they|we|polled)\b[^;.]{0,60}?\b(?:expect|expects|expected|see|sees"
    r"|saw|forecast|forecasts|predict|predicts|predicted|project|projects|projected)\s",
    re.IGNORECASE,
)
_COMING = re.compile(r"\b(?:next|coming|year-end|end\s+of|the\s+year)\b", re.IGNORECASE)
_NONFINITE = re.compile(
    r"^(?:[\w&'’./-]+\s+){1,6}?(?:to\s+[a-z]+|[a-z]+ing)\b(?!\s+(?:on|late|early)\b)",
    re.IGNORECASE,
)
_CLAUSE_COMMA = re.compile(r",(?!\d)")


def forecast_complements(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, without those inside a forecaster's expectation."""
    if not _FORECAST.search(s):
        return claims
    verbs = [m.end() for m in _FORECAST.finditer(s)]
    return [c for c in claims if not _expected(s, c, verbs)]


def _expected(s: str, claim: Claim, verbs: list[int]) -> bool:
    """Whether the claim is what a forecaster's verb before it expects."""
    if claim.time_words and not _COMING.search(claim.time_words):
        return False  # "... expect volatility after the Nikkei slumped 5% on Monday"
    before = [v for v in verbs if v <= claim.start]
    if not before:
        return False
    between = s[before[-1] : claim.start]
    if ";" in between or ". " in between:
        return False
    return not _CLAUSE_COMMA.search(between) or bool(_NONFINITE.match(claim.text))
