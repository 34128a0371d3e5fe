"""A record or a move told against two counters at once ("the rouble hit record lows against
both the dollar and the euro", "the franc leapt 30% against both the euro and the dollar", an
unsized "weakened against the dollar and the euro"): the claim on each pair the registry holds,
where only the first was read."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Measure
from dashboard.instruments import Registry

_NAMED = r"(?:(?:canadian|australian)\s+)?[a-z]+"  # "the Canadian dollar": its own code
_BOTH = re.compile(
    r"\b(?P<record>record\s+(?:highs|lows|highs?\s+and\s+lows?)\s+)?against\s+(?P<both>both\s+)?"
    r"(?:the\s+)?(?:swiss\s+)?(?P<a>" + _NAMED + r")"
    r"(?P<mid>(?:\s*,\s*(?:the\s+)?(?:swiss\s+)?" + _NAMED + r"){0,3}),?"
    r"\s+and\s+(?:the\s+)?(?:swiss\s+)?(?P<b>" + _NAMED + r")"
    r"(?=\s*(?:[,.;]|$)|\s+(?:on|in|at|after|as|amid|while|but|for|to|yesterday|overnight)\b)",
    re.IGNORECASE,
)  # not "and the euro rose"
_MID_WORD = re.compile(r"(" + _NAMED + r")(?=\s*(?:,|$))", re.IGNORECASE)  # a listed counter
_MOVES = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE, Measure.OPEN_MOVE)
_CODES = {
    "dollar": "USD", "greenback": "USD", "euro": "EUR", "yen": "JPY", "franc": "CHF",
    "pound": "GBP", "sterling": "GBP", "yuan": "CNY", "rouble": "RUB", "ruble": "RUB",
    "canadian dollar": "CAD", "australian dollar": "AUD",
}  # fmt: skip


def records_both_counters(s: str, claims: list[Claim], registry: Registry) -> list[Claim]:
    """The claims, with the claim on the second counter's pair added where it is missing."""
    found = _BOTH.search(s) if "against" in s and "respectively" not in s else None
    if found is None:
        return claims
    words = [found.group("a"), *_MID_WORD.findall(found.group("mid")), found.group("b")]
    codes = [
        _CODES.get(" ".join(w.lower().split())) for w in words
    ]  # "against the yen, the franc and the euro"
    if found.group("record"):
        hosts = [c for c in claims if c.measure is Measure.RECORD and c.start <= found.end()]
    else:  # "leapt at least 30% against both the euro and the dollar": the move on each pair
        hosts = [c for c in claims if c.start <= found.start() < c.end]
    if not found.group("both") and not found.group("record"):  # a move with no level only:
        hosts = [c for c in hosts if c.level is None and c.measure in _MOVES]  # "jumped 2% ..."
    if not hosts or None in codes:
        return claims
    first = hosts[-1]
    pair = registry.get(first.instrument) if first.instrument in registry.ids() else None
    if pair is None or pair.base_currency is None or pair.quote_currency is None:
        return claims
    own = pair.quote_currency if first.inverse else pair.base_currency
    out = list(claims)
    for code in codes:
        if code is None or code == own:
            continue
        straight, turned = registry.fx_pair(own, code), registry.fx_pair(code, own)
        other = straight or turned
        if other is None or any(
            c.instrument == other.id and c.measure is first.measure for c in out
        ):
            continue
        out.append(replace(first, instrument=other.id, inverse=straight is None, level=None))
    return sorted(out, key=lambda c: c.start)
