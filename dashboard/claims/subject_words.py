"""Words around a mention: what widens it, a foreign owner, a place, the default's note."""

from __future__ import annotations

import re

from dashboard.claims.currency_words import CURRENCY_OWNERS, UNLISTED
from dashboard.claims.lexicon import UNLISTED_GOODS
from dashboard.claims.timewords import WEEKDAYS
from dashboard.domain import Instrument, InstrumentKind
from dashboard.instruments import Registry

_SPACES = re.compile(r"\s+")
_UNLISTED_CODES = frozenset(UNLISTED.values())


def phrase_key(text: str) -> str:
    """A table key: lower case, single spaces, straight apostrophes."""
    return _SPACES.sub(" ", text.lower()).replace("’", "'")


_PLACE_PATTERNS: dict[int, re.Pattern[str]] = {}


def place_matches(places: dict[str, str], sentence: str) -> list[re.Match[str]]:
    """The place words of one shared currency word in the sentence."""
    pattern = _PLACE_PATTERNS.get(id(places))
    if pattern is None:
        words = "|".join(sorted((re.escape(p) for p in places), key=len, reverse=True))
        pattern = re.compile(rf"\b(?P<p>{words})(?:['’]s)?\b", re.IGNORECASE)
        _PLACE_PATTERNS[id(places)] = pattern
    return list(pattern.finditer(sentence))


def foreign_owner(sentence: str, start: int, code: str) -> bool:
    """Whether a capitalised word right before a currency word names another country."""
    before = _MODIFIER.search(sentence, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group("w").lower()
    if (
        word in ("the", "a", "an", "one", "each", "every")
        or word.rstrip("s").rstrip("'’") in WEEKDAYS
    ):
        return False
    if code in _UNLISTED_CODES:  # "Indonesia's rupiah": any place may own an unlisted one
        return False
    owners = CURRENCY_OWNERS.get(code, frozenset())
    return word not in owners and re.sub(r"['’]s$", "", word) not in owners


_PRICED_IN = re.compile(  # "gold priced in euros and sterling": the unit of another's price
    r"\b(?:priced|denominated|quoted|valued|measured|in\s+terms\s+of)\s+in\s+"
    r"(?:[\w.-]+(?:\s*,\s*|\s+(?:and|or)\s+))*(?:the\s+)?$",
    re.IGNORECASE,
)


def priced_in(sentence: str, start: int) -> bool:
    """Whether a currency word is the unit another market is priced in, not a subject."""
    return _PRICED_IN.search(sentence, max(0, start - 48), start) is not None


def default_note(text: str, instrument: Instrument) -> str:
    phrase = re.sub(r"^(?:the)\s+", "", text, flags=re.IGNORECASE)
    return f'"{phrase}" read as {instrument.name} (default)'


def dollar_index(registry: Registry, text: str) -> Instrument | None:
    phrase = re.sub(r"^the\s+", "", text.lower())
    for instrument in registry.instruments:
        if phrase in instrument.default_for or (
            instrument.kind is InstrumentKind.FX and "dollar" in instrument.default_for
        ):
            return instrument
    return None


_DETERMINER = re.compile(
    r"(?:\b(?:the|The|THE|a|A)|(?:\b[A-Z][a-z]+\s)?\b[A-Z][a-z]+(?:['’]s|s['’])|\b(?:benchmark|offshore|onshore"
    r"|blue-chip|broader|broad|main|wider|tech-heavy|small-cap|mid-cap|large-cap|all-share"
    r"|export-heavy|heavyweight|flagship|[a-z]+-(?:denominated|based|weighted|listed)))\s+$"
)  # "the blue-chip CSI 300": a modifier between the determiner and the name
_MODIFIER = re.compile(r"(?<![\w.])(?P<w>[A-Z][A-Za-z.'’-]*)\s+$")
_GOOD_BEFORE = re.compile(r"(?<![\w-])(?P<w>[A-Za-z]+)\s+$")


def unlisted_good(
    sentence: str, match: re.Match[str], named: Instrument | None, anaphor: bool
) -> bool:
    """ "gasoline futures", "consumer prices": a good the registry lacks owns the noun; "the
    gold and silver index", "oil stocks": a commodity's name qualifies shares of its producers."""
    if named is not None and named.kind is InstrumentKind.COMMODITY:
        return _PRODUCERS.match(sentence, match.end()) is not None
    if named is not None and named.kind is InstrumentKind.BOND_YIELD:
        return other_maturity(sentence, match)
    if not anaphor or phrase_key(match.group(0)) not in ("futures", "prices", "price"):
        return False
    found = _GOOD_BEFORE.search(sentence, max(0, match.start() - 20), match.start())
    return found is not None and found.group("w").lower() in UNLISTED_GOODS


_MATURITY = re.compile(
    r"(?<![\w-])(?:super|ultra|long|longer|short|shorter)-(?:long|dated|end|term)\s+$", re.I
)


def other_maturity(sentence: str, match: re.Match[str]) -> bool:
    """ "super-long JGB yields", "short-dated gilt yields": a maturity the phrase's benchmark
    tenor is not, when the phrase names no tenor of its own."""
    if "-year" in match.group(0).lower():
        return False
    return _MATURITY.search(sentence, max(0, match.start() - 16), match.start()) is not None


_PRODUCERS = re.compile(
    r"(?:\s+and\s+[a-z]+)?\s+(?:index|sub-index|miners?|mining|producers?|stocks|shares|equities"
    r"|sector)\b",
    re.IGNORECASE,
)
_OTHER_OILS = frozenset(
    [
        "soybean",
        "soy",
        "olive",
        "vegetable",
        "cooking",
        "edible",
        "sunflower",
        "coconut",
        "castor",
        "linseed",
        "fish",
    ]
)


def other_oil(sentence: str, match: re.Match[str]) -> bool:
    """ "palm oil futures", "soybean oil": a vegetable oil, not the crude that "oil" stands for."""
    if not phrase_key(match.group(0)).startswith("oil"):
        return False
    found = _GOOD_BEFORE.search(sentence, max(0, match.start() - 20), match.start())
    word = found.group("w").lower() if found else ""
    return word in UNLISTED_GOODS or word in _OTHER_OILS


_REGION_WORD = re.compile(
    r"(?<![\w-])(?:latin|north|south|central|eastern|western|southeast|northern"
    r"|southern|east|west|north-east|south-east|northeast)[\s-]+$",
    re.IGNORECASE,
)


def other_region(sentence: str, match: re.Match[str]) -> bool:
    """ "Latin American stocks", "Central European shares": a compass or region word before a
    region's adjective names another region than the one the default stands for."""
    if not phrase_key(match.group(0)).startswith(("american", "european", "asian", "europe")):
        return False
    return _REGION_WORD.search(sentence, max(0, match.start() - 12), match.start()) is not None


_TRAILER = re.compile(
    r"\s+(?:index(?:es)?|indices|futures|prices|contract|benchmark|exchange\s+rate|rate|pair|cross)\b"
    r"|\s+hub\b"  # "the Dutch TTF hub"
    r"|['’]s\s+prices?\b(?!\s+(?:caps?|wars?|floor|target|range|index|spread|gap|limit|tag|data"
    r"|rall(?:y|ies)|surge|slump|drops?|declines?|fall|rise|gains?|jump|spike|moves?|swings?"
    r"|action|collapse|crash|rebound|recovery|volatility|outlook|forecasts?|levels?))"
    # "bitcoin's price fell 18%": the market itself; not "oil's price cap", "copper's price rally"
    r"|\s+(?:(?:blue[\s-]chip|benchmark|main|broader|broad|flagship|key|stock|share|equity"
    r"|composite|tech-heavy|large-cap|small-cap|mid-cap|all-share|bellwether|headline|wider"
    r"|leading)\s+){1,2}(?:index(?:es)?|indices)\b"  # "China's CSI 300 blue-chip index"
    r"|\s+(?:front[\s-]month|most[\s-]active|nearby|benchmark)(?:\s+(?:gas|oil|crude|power))?"
    r"(?:\s+(?:contract|futures|prices?))?\b",  # "the Dutch TTF front-month gas contract"
    re.IGNORECASE,
)


def extend_phrase(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Widen a phrase over a leading determiner or possessive and a trailing "index"/"futures"."""
    for _ in range(2):
        before = _DETERMINER.search(sentence, max(0, start - 20), start)
        if before is None:
            break
        start = before.start()
    after = _TRAILER.match(sentence, end)
    if after is not None:
        end = after.end()
    return start, end


_OWNER = re.compile(r"(?:[A-Z][\w.&/-]*\s)?[A-Z][\w.&/-]*['’]s\s+$")  # "Anglo American's"
_OWNED_SHARES = re.compile(r"[A-Z][\w.&/-]*['’]s\s+$")  # "HSBC's shares in Hong Kong"


def owned_default(sentence: str, start: int, at: int) -> bool:
    """A generic phrase a company owns: "Anglo American's shares", "HSBC's shares in ..."."""
    if _OWNER.match(sentence, start, at):
        return True
    shares = sentence.startswith(("shares ", "stocks ", "Shares ", "Stocks "), start)
    return shares and _OWNED_SHARES.search(sentence, max(0, start - 30), start) is not None
