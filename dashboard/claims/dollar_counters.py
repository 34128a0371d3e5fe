"""The dollar told against a currency named by a paraphrase: "the dollar briefly spiked to
160.245, its highest against the Japanese currency since 1990" is dollar-yen, not the dollar
index; "the greenback also slid against the German mark" is a pair the registry lacks, so no
claim is left on the index."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim
from dashboard.instruments import Registry

_NATIONS = {
    "japanese": "JPY",
    "swiss": "CHF",
    "british": "GBP",
    "chinese": "CNY",
    "russian": "RUB",
    "indian": "INR",
    "turkish": "TRY",
    "canadian": "CAD",
    "australian": "AUD",
    "mexican": "MXN",
    "brazilian": "BRL",
    "korean": "KRW",
    "south korean": "KRW",
    "single": "EUR",
    "common": "EUR",
    "european": "EUR",
}
_COUNTER = re.compile(
    r"\b(?:against|versus)\s+(?:the|its)\s+(?:(?P<nation>"
    + "|".join(sorted(_NATIONS, key=len, reverse=True))
    + r")\s+(?:currency|counterpart|unit)"
    r"|(?P<gone>(?:german\s+|deutsche?\s*)?marks?|d-marks?|guilders?|(?:french|belgian)\s+francs?"
    r"|pesetas?|escudos?|drachmas?|ecus?|italian\s+lira|punts?|schillings?))\b",
    re.IGNORECASE,
)
# a new clause between the claim and the counter: the counter is another claim's
_BREAK = re.compile(r";|,\s*(?:and|but|while|whereas)\s|\s(?:while|whereas)\s", re.IGNORECASE)
_INDEX_WORDS = re.compile(r"\b(?:index|basket|broadly)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"its?\s", re.IGNORECASE)  # "..., it stood near 157": the dollar just told


def dollar_counters(s: str, claims: list[Claim], registry: Registry) -> list[Claim]:
    """Dollar-index claims told against a paraphrased currency: that currency's dollar pair,
    or none when the registry has no such pair."""
    out: list[Claim] = []
    paired: str | None = None  # the pair a claim before was moved to, for a later "it"
    for claim in claims:
        if claim.instrument != "DXY" or _INDEX_WORDS.search(claim.subject):
            out.append(claim)
            continue
        found = _counter(s, claim)
        if found is None and paired is not None and _PRONOUN.match(claim.text):
            out.append(replace(claim, instrument=paired, default_note=""))
        elif found is None:
            out.append(claim)
        elif (moved := _paired(claim, found, registry)) is not None:
            out.append(moved)
            paired = None if moved.inverse else moved.instrument
    return out


def _counter(s: str, claim: Claim) -> re.Match[str] | None:
    """The first paraphrased counter after the claim's start, when it is in the claim's own
    clause and no index or basket is named before it."""
    m = _COUNTER.search(s, claim.start)
    if (
        m is None
        or _BREAK.search(s, claim.start, m.start())
        or _INDEX_WORDS.search(s, claim.start, m.start())
    ):
        return None
    return m


def _paired(claim: Claim, found: re.Match[str], registry: Registry) -> Claim | None:
    """The claim on the dollar's pair with the named currency (None: no such pair)."""
    if found.group("gone"):
        return None
    code = _NATIONS[re.sub(r"\s+", " ", found.group("nation").lower())]
    if (pair := registry.fx_pair("USD", code)) is not None:
        return replace(claim, instrument=pair.id, inverse=False, default_note="")
    if (pair := registry.fx_pair(code, "USD")) is not None:
        return replace(claim, instrument=pair.id, inverse=True, default_note="")
    return None
