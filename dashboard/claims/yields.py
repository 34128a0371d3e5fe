"""Tenor yield phrases the registry's aliases do not spell out: "five-year yields", "German
two-year and 10-year bond yields", "the 10-year" with no market in play."""

from __future__ import annotations

import re

from dashboard.domain import Instrument, InstrumentKind
from dashboard.instruments import Registry

TENOR = r"(?:\d{1,2}|two|three|five|seven|ten|thirty)"
_YEARS = {"two": "2", "three": "3", "five": "5", "seven": "7", "ten": "10", "thirty": "30"}
_MARKETS = {
    "us": "US", "u.s.": "US", "american": "US", "treasury": "US",
    "german": "DE", "germany's": "DE", "bund": "DE",
    "british": "UK", "britain's": "UK", "uk": "UK", "u.k.": "UK", "gilt": "UK",
    "japanese": "JP", "japan's": "JP", "jgb": "JP",
    "italian": "IT", "italy's": "IT", "btp": "IT",
}  # fmt: skip
_MARKET = r"(?:u\.s\.|us|american|german|germany['’]s|british|britain['’]s|u\.k\.|uk|japanese"
_MARKET += r"|japan['’]s|italian|italy['’]s)"
_NOUN = r"(?:treasury|bund|gilt|jgb|btp)"
# "five-year Treasury yields", "10-year bond yields": the tenor right before a bare "yields"
_OWN_TENOR = re.compile(
    rf"(?<![\w-])(?:(?P<market>{_MARKET})\s+)?(?P<n>{TENOR})-year\s+(?:(?P<noun>{_NOUN})\s+)?"
    r"(?:government\s+)?(?:bond\s+|note\s+)?$",
    re.IGNORECASE,
)
# "German two-year and 10-year ...", "Two- and 10-year ...": tenors coordinated before it
_CHAIN = re.compile(
    rf"(?<![\w-])(?:(?P<market>{_MARKET})\s+)?(?:{TENOR}-(?:year)?\s*(?:,\s*(?:and\s+)?|and\s+))+$",
    re.IGNORECASE,
)
_LINK = re.compile(rf"(?P<n>{TENOR})-(?:year)?", re.IGNORECASE)
_SENTENCE_MARKET = re.compile(
    r"\b(?:gilt|bund|jgb|btp)s?\b|\b(?:japanese|japan['’]s|german|germany['’]s|italian|italy['’]s"
    r"|british|britain['’]s)\s+(?:government\s+)?(?:bond|debt)s?\b",
    re.IGNORECASE,
)


_SPELLED = {v: k for k, v in _YEARS.items()}
_TENOR_IN = re.compile(r"\b(\d{1,2}|two|three|five|seven|ten|thirty)-year\b")


def other_spelling(phrase: str) -> str | None:
    """The same phrase with its tenor spelled the other way ("5-year" <-> "five-year")."""
    found = _TENOR_IN.search(phrase)
    if found is None:
        return None
    word = found.group(1)
    other = _SPELLED.get(word) or _YEARS.get(word)
    return phrase[: found.start(1)] + other + phrase[found.end(1) :] if other else None


_OWNED_TENOR = re.compile(rf"^(?P<owner>{_MARKET}) (?P<rest>{TENOR}-year .+)$")


def benchmark_spelling(phrase: str) -> str | None:
    """ "germany's 10-year yield" -> "germany's benchmark 10-year yield": the word journalists
    put between a government and its tenor."""
    found = _OWNED_TENOR.match(phrase.replace("’", "'"))
    return f"{found.group('owner')} benchmark {found.group('rest')}" if found else None


_MARKET_TENOR_YIELD = re.compile(rf"^(?P<owner>{_MARKET}) (?P<tenor>{TENOR}-year) yield$")


def tenor_without_yield(phrase: str) -> str | None:
    """ "german 10-year yield" -> "the german 10-year", "italy's 10-year yield" -> "italy's
    10-year": a government's tenor named without "yield" is still its yield."""
    found = _MARKET_TENOR_YIELD.match(phrase.replace("’", "'"))
    if found is None:
        return None
    owner, tenor = found.group("owner"), found.group("tenor")
    return f"{owner} {tenor}" if owner.endswith("'s") else f"the {owner} {tenor}"


_TREASURY_TENOR = re.compile(rf"^(?P<n>{TENOR})-year treasury yield$")


def treasury_spellings(phrase: str) -> tuple[str, ...]:
    """ "2-year treasury yield" -> "2-year note yield", "yield on the 2-year note", ...: a
    Treasury of two to ten years is a note (longer, a bond), named with or without "Treasury"."""
    found = _TREASURY_TENOR.match(phrase)
    if found is None:
        return ()
    tenor = f"{found.group('n')}-year"
    paper = "bond" if int(years(found.group("n"))) > 10 else "note"
    return (
        f"{tenor} {paper} yield",
        f"{tenor} treasury {paper} yield",
        f"yield on the {tenor} {paper}",
        f"yield on the {tenor} treasury {paper}",
        f"yield on the benchmark {tenor} {paper}",
        f"yields on {tenor} {paper}s",
        f"yield on {tenor} {paper}s",
        f"{tenor} u.s. treasury yield",  # "the 30-year U.S. Treasury yield"
        f"{tenor} u.s. treasury {paper} yield",
        f"u.s. {tenor} treasury yield",
        f"u.s. {tenor} yield",
        f"yield on the {tenor} u.s. treasury {paper}",
        f"yields on {tenor} u.s. treasuries",
        f"yield on {tenor} u.s. treasuries",
    )


def years(word: str) -> str:
    """ "five" -> "5", "10" -> "10"."""
    return _YEARS.get(word.lower(), word)


def market_of(word: str) -> str | None:
    """The registry prefix a market word names ("German" -> "DE"), if any."""
    return _MARKETS.get(word.lower().replace("’", "'"))


def own_tenor(sentence: str, start: int) -> re.Match[str] | None:
    """The tenor (and market) words right before a bare "yields" at ``start``."""
    return _OWN_TENOR.search(sentence, max(0, start - 60), start)


def stated_market(found: re.Match[str]) -> str | None:
    """The market a tenor phrase names itself, before or after the tenor."""
    word = found.groupdict().get("market") or found.groupdict().get("noun")
    return market_of(word) if word else None


def chain(sentence: str, start: int) -> tuple[str | None, list[tuple[int, int, str]]]:
    """The market word and the tenors coordinated before ``start`` ("German two-year and"):
    (market prefix or None, [(start, end, tenor)])."""
    low = max(0, start - 80)
    found = _CHAIN.search(sentence, low, start) if "-" in sentence[low:start] else None
    if found is None:
        return None, []
    links = [
        (m.start(), m.end(), m.group("n"))
        for m in _LINK.finditer(sentence, found.start(), found.end())
    ]
    if found.group("market") and links:  # the market word opens the first tenor's phrase
        links[0] = (found.start(), links[0][1], links[0][2])
    return stated_market(found), links


# "yields on 10- and 30-year Treasuries", "the yield on two-year gilts": the tenors named after
_ON_TENORS = re.compile(
    rf"\s+on\s+(?:the\s+)?(?:(?P<owner>{_MARKET})\s+)?(?:benchmark\s+)?"  # "on Italy's 10-year"
    rf"(?P<links>(?:{TENOR}-(?:year)?\s*(?:,\s*(?:and\s+)?"
    rf"|and\s+))*{TENOR}-year)\s+(?:(?P<market>{_MARKET})\s+)?(?:government\s+)?"
    r"(?P<noun>(?(owner)(?:(?:bond|btp|bund|gilt|jgb|note)s?|treasur(?:y|ies))"  # "Italy's 10-year BTP"
    r"|(?:treasur(?:y|ies)|t-notes|notes?|bonds?|gilts?|bunds?|jgbs?|btps?)))\b"  # "the 10-year Bund"
    r"(?:(?<=y)\s+(?:notes|bonds)\b)?",  # "10-year U.S. Treasury notes": the noun it qualifies
    re.IGNORECASE,
)
_NOUN_MARKET = {"gilts": "UK", "bunds": "DE", "jgbs": "JP", "btps": "IT", "bonds": ""}


def tenors_on(sentence: str, end: int) -> tuple[str, list[tuple[int, int, str]], int] | None:
    """ "Yields on two-year and five-year Treasuries" after "yields" at ``end``: (the market
    prefix, [(start, end, tenor)] for each tenor named, where the phrase ends)."""
    found = _ON_TENORS.match(sentence, end)
    if found is None:
        return None
    said = found.group("market") or found.group("owner")
    noun = found.group("noun").lower()
    market = market_of(said) if said else _NOUN_MARKET.get(noun.rstrip("s") + "s", "US")
    market = "" if noun in ("bond", "note") and not said else market  # the sentence's market
    if not market:  # "yields on 10-year bonds": the sentence's bond market
        market = sentence_market(sentence)
    links = [
        (m.start(), m.end(), m.group("n"))
        for m in _LINK.finditer(sentence, found.start("links"), found.end("links"))
    ]
    return market, links, found.end()


def sentence_market(sentence: str) -> str:
    """The government bond market a sentence is about: the one it names, else Treasuries."""
    return named_market(sentence) or "US"


def named_market(sentence: str) -> str | None:
    """The government bond market a sentence names: its bonds, or a central bank dealing in
    bonds ("the Bank of Japan offered to buy 10-year bonds": Japan's own), else None."""
    found = _SENTENCE_MARKET.search(sentence)
    if found is not None:
        return market_of(found.group(0).split()[0].rstrip("s"))
    bank = _BANK_BONDS.search(sentence)
    if bank is not None:
        return _BANKS[bank.group("bank").lower().split()[-1]]
    place = _PLACE_LEAD.match(sentence)
    if place is not None:  # "In Tokyo, the benchmark 10-year yield climbed"
        return _LEAD_PLACES[place.group("place").lower()]
    owned = {market_of(m.group("market")) for m in _FOREIGN_YIELD.finditer(sentence)}
    return owned.pop() if len(owned) == 1 else None  # "Italy's 10-year yield ..., while two-year"


_PLACE_LEAD = re.compile(r"\s*(?:In|At)\s+(?P<place>Tokyo|Frankfurt|London|Rome|Milan)\s*,", re.I)
_LEAD_PLACES = {"tokyo": "JP", "frankfurt": "DE", "london": "UK", "rome": "IT", "milan": "IT"}


# "Italy's 10-year bond yield", "the German two-year yield": one government's yield, named
_FOREIGN_YIELD = re.compile(
    r"(?<![\w-])(?P<market>german|germany['’]s|british|britain['’]s|japanese|japan['’]s|italian"
    rf"|italy['’]s)\s+(?:benchmark\s+)?(?:{TENOR}-year\s+)?(?:government\s+)?(?:bond\s+)?yields?\b",
    re.IGNORECASE,
)


_BANKS = {"japan": "JP", "boj": "JP", "england": "UK", "boe": "UK", "bundesbank": "DE"}
_BANK_BONDS = re.compile(  # the bank's own government's bonds
    r"\b(?P<bank>Bank\s+of\s+(?:Japan|England)|BOJ|BoJ|BoE|BOE|Bundesbank)\b[^.;]{0,80}?"
    r"\b(?:bonds?|debt)\b"
)


def bare_market(sentence: str, start: int) -> str | None:
    """The government a bare tenor yield at ``start`` belongs to: one named in a chain of
    tenors before it ("Germany's two- and 10-year yields"), else the one whose bonds the
    sentence names, else None."""
    chained, _ = chain(sentence, start)
    if chained is not None:
        return chained
    return named_market(sentence)


_PLACE = r"(?:germany|britain|the\s+u\.?k\.?|italy|japan|the\s+united\s+states|the\s+u\.s\.)"
_PLACES = {"germany": "DE", "britain": "UK", "italy": "IT", "japan": "JP"}
_IN_PLACES = re.compile(
    rf"\s+in\s+(?P<a>{_PLACE})(?:\s+and\s+(?P<b>{_PLACE}))?(?![\w.])", re.IGNORECASE
)


_WHOLE_TENOR = re.compile(  # "Ten-year yields": the tenor inside the phrase
    rf"(?:the\s+)?(?:benchmark\s+)?(?P<n>{TENOR})-year(?:\s+(?:bond\s+)?yields?)?", re.IGNORECASE
)


def _place_market(place: str) -> str:
    word = re.sub(r"\s+", " ", place.lower())
    return _PLACES.get(word) or ("UK" if "k" in word.split(" ")[-1] else "US")


def tenor_in_places(
    sentence: str, start: int, end: int, instruments: tuple[Instrument, ...]
) -> list[tuple[int, int, Instrument]]:
    """ "Ten-year yields in Germany and Britain" (a bare yield phrase from ``start`` to ``end``,
    its tenor before it, the governments after it): each one's yield for that tenor."""
    own = _WHOLE_TENOR.fullmatch(sentence, start, end) or own_tenor(sentence, start)
    found = _IN_PLACES.match(sentence, end) if own and not stated_market(own) else None
    if own is None or found is None:
        return []
    places = [g for g in ("a", "b") if found.group(g)]
    named = [instrument(instruments, _place_market(found.group(g)), own.group("n")) for g in places]
    first = (min(start, own.start()), found.end("a"))
    spans = [first] + [(found.start("b"), found.end("b"))] * (len(places) - 1)
    if any(i is None for i in named):
        return []
    return [(a, b, i) for (a, b), i in zip(spans, named, strict=True) if i is not None]


_LEAD_TENOR = re.compile(rf"(?<![\w-]){TENOR}-year\s+$", re.IGNORECASE)


def with_tenor(sentence: str, start: int) -> int:
    """Where a yield phrase starts with the tenor written before its market ("10-year German
    yields", after "Two- and"): the tenor is part of the name."""
    found = _LEAD_TENOR.search(sentence, max(0, start - 12), start)
    return found.start() if found else start


def instrument(instruments: tuple[Instrument, ...], market: str, tenor: str) -> Instrument | None:
    """The registry yield for a market and a tenor ("DE", "2" -> DE2Y), if the registry has it."""
    wanted = f"{market}{years(tenor)}Y"
    return next((i for i in instruments if i.id == wanted), None)


UNLISTED_GOVERNMENT = re.compile(
    r"\b(?:Swiss|Switzerland|Spanish|Spain|French|France|Australian|Australia|Canadian|Canada"
    r"|Greek|Greece|Portuguese|Portugal|Dutch|Belgian|Austrian|Swedish|Sweden|Norwegian|Danish"
    r"|Chinese|China|Indian|India|Brazilian|Brazil|Mexican|Mexico|Korean|Korea|Turkish|Turkey"
    r"|Russian|Russia|New\s+Zealand|South\s+African|Polish|Irish)(?:['’]s)?\s+(?:benchmark\s+)?$"
)


def bare_tenor(
    sentence: str, start: int, instruments: tuple[Instrument, ...]
) -> tuple[int, Instrument | None, bool] | None:
    """ "five-year yields", "German 10-year bond yields" before a bare "yields" at ``start``:
    (where the phrase starts, the market's yield for that tenor, whether a market is named)."""
    own = own_tenor(sentence, start)
    if own is None:
        return None
    market = stated_market(own) or chain(sentence, own.start())[0]
    if market is None and UNLISTED_GOVERNMENT.search(
        sentence, max(0, own.start() - 30), own.start()
    ):
        return own.start(), None, True  # "Swiss 10-year yields": a government the registry lacks
    if market is None:
        return own.start(), None, False
    return own.start(), instrument(instruments, market, own.group("n")), True


def chained(
    sentence: str, start: int, named: Instrument | None, registry: Registry
) -> list[tuple[int, int, Instrument]]:
    """ "German two-year and 10-year bond yields", "Two- and 10-year Treasury yields": each
    tenor coordinated before a yield phrase is that market's yield of its own."""
    if named is not None and named.kind is not InstrumentKind.BOND_YIELD:
        return []
    chained_market, links = chain(sentence, start)
    own = re.match(r"[A-Z]+(?=\d+Y$)", named.id) if named else None
    market = own.group(0) if own else chained_market
    if market is None:
        return []
    found = [(a, b, instrument(registry.instruments, market, n)) for a, b, n in links]
    return [(a, b, i) for a, b, i in found if i is not None]


_NOUNS = frozenset({"treasury", "bund", "gilt", "jgb", "btp"})
_ID = re.compile(r"(?P<market>[A-Z]+)(?P<n>\d+)Y")


def market_tenors(named: Instrument) -> tuple[str, ...]:
    """ "german 10-year", "germany's ten-year", "britain's 30-year yield": a government's tenor,
    named with or without "yield"."""
    found = _ID.fullmatch(named.id)
    if found is None or named.kind is not InstrumentKind.BOND_YIELD:
        return ()
    n = found.group("n")
    tenors = [f"{n}-year", *([f"{_SPELLED[n]}-year"] if n in _SPELLED else [])]
    words = [w for w, m in _MARKETS.items() if m == found.group("market") and w not in _NOUNS]
    heads = ("", *(f"{p}{y}" for p in _PAPERS for y in (" yield", " yields")))
    phrases = [f"{w} {t}{h}" for w in words for t in tenors for h in heads]
    adjectives = [w for w in words if not w.endswith("'s")]  # "the 10-year German yield"
    phrases += [f"{t} {w}{h}" for w in adjectives for t in tenors for h in heads[1:]]
    if n == "10":  # "Japan's benchmark yield", "the German benchmark bond yield"
        phrases += [f"{w} benchmark{h}" for w in words for h in heads[1:]]
        owners = [w for w in words if w.endswith("'s")]  # "the yield on Italy's benchmark bond"
        phrases += [f"yield on {w} benchmark{p}" for w in owners for p in _PAPERS[1:]]
    return tuple(phrases + _debt_yields(adjectives, tenors))


def _debt_yields(adjectives: list[str], tenors: list[str]) -> list[str]:
    """ "the yield on Italian 10-year debt", "yields on two-year German bonds": a government's
    tenor named by the paper its yield is on."""
    papers = ("debt", "bonds", "government bonds", "government debt")
    named = [f"{w} {t}" for w in adjectives for t in tenors]
    named += [f"{t} {w}" for w in adjectives for t in tenors]
    return [f"{y} on {n} {p}" for y in ("yield", "yields") for n in named for p in papers]


_PAPERS = ("", " bond", " government bond")  # "britain's 30-year (government bond) yield"
