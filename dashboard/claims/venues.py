"""A commodity named with another exchange's place ("London cocoa", "Shanghai copper", "Paris
wheat") is that exchange's contract, which the registry does not list: not the registry's."""

from __future__ import annotations

import re

# places whose own contract differs from the registry's (its venue is in the instrument name)
_OTHER_PLACES = {
    "COCOA": "london",
    "WHEAT": "paris|euronext|matif|black\\s+sea",
    "CORN": "dalian|paris|euronext|matif",
    "SOYBEANS": "dalian",
    "COPPER": "shanghai|shfe",
    "ALUMINIUM": "shanghai|shfe",
    "NICKEL": "shanghai|shfe",
    "SILVER": "shanghai",
    "GOLD": "shanghai|indian|tokyo|dubai",
}
_PLACE_BEFORE = {
    key: re.compile(rf"\b(?:{places})\s+$", re.IGNORECASE) for key, places in _OTHER_PLACES.items()
}


def other_venue(sentence: str, start: int, instrument_id: str | None) -> bool:
    """Whether the place right before ``start`` names another exchange's contract."""
    pattern = _PLACE_BEFORE.get(instrument_id or "")
    return pattern is not None and pattern.search(sentence, max(0, start - 16), start) is not None


# "crude oil for November delivery on the New York Mercantile Exchange": the default oil (Brent)
# traded on Nymex is U.S. crude
_NYMEX_AFTER = re.compile(
    r"(?:\s+(?:futures|prices|contract|for\s+[A-Z][a-z]+\.?\s+delivery))*\s+(?:(?:on|at)\s+(?:the\s+)?"
    r"(?:New\s+York\s+Mercantile\s+Exchange|Nymex|NYMEX)|in\s+New\s+York)\b"
)
# "Crude oil futures settled down 2% at $88.50 a barrel on the Nymex": later in its clause
_NYMEX_LATER = re.compile(
    r"(?:(?!\s(?:and|while|but|as|whereas|after|before)\s)[^,;]|,(?=\d))*?"
    r"\s(?:on|at)\s+the\s+(?:New\s+York\s+Mercantile\s+Exchange|Nymex|NYMEX)\b"
)


def on_nymex(sentence: str, end: int) -> bool:
    """Whether the words after a generic oil phrase place it on Nymex ("crude oil for November
    delivery on the New York Mercantile Exchange", "oil in New York", "settled ... on the
    Nymex")."""
    return (_NYMEX_AFTER.match(sentence, end) or _NYMEX_LATER.match(sentence, end)) is not None
