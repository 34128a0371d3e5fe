"""A registry's phrase table (aliases, defaults, currency words, anaphors) compiled to a Matcher."""

from __future__ import annotations

import re

from dashboard.claims import yields
from dashboard.claims.currency_words import CURRENCY_OWNERS, CURRENCY_WORDS
from dashboard.claims.lexicon import ANAPHORS
from dashboard.claims.subjects import Matcher, Mention
from dashboard.claims.trie import trie_pattern
from dashboard.domain import Instrument, InstrumentKind
from dashboard.instruments import Registry


def _fx_currency(instrument: Instrument) -> str | None:
    """The currency an FX pair's aliases name: the side that is not the US dollar."""
    base, quote = instrument.base_currency, instrument.quote_currency
    if base == "USD" and quote:
        return quote
    if quote == "USD" and base:
        return base
    return None


_FUTURES_WORD = re.compile(r"^(?P<index>.+?) (?:e-mini )?futures$")


def _e_mini_spellings(phrase: str) -> tuple[str, ...]:
    """ "nasdaq 100 futures" -> "nasdaq 100 e-minis", ...: the E-mini is the index's contract."""
    found = _FUTURES_WORD.match(phrase)
    if found is None or "e-mini" in found.group("index"):
        return ()
    index = found.group("index")
    return (f"{index} e-minis", f"{index} e-mini futures", f"e-mini {index} futures")


_TIED = re.compile(r"^futures (?:tied to|on) (?P<index>the .+)$")


def _tracking(phrase: str) -> tuple[str, ...]:
    """ "futures tied to the s&p 500" -> "futures tracking the s&p 500", ...: the contracts on an
    index, however the tie is worded."""
    found = _TIED.match(phrase)
    if found is None:
        return ()
    index = found.group("index")
    ties = ("tracking", "that track", "linked to", "pegged to", "based on", "tied to", "on")
    return tuple(f"futures {tie} {index}" for tie in ties)


_DESCRIPTORS = ("stock", "share", "equity", "benchmark", "blue-chip", "main", "broader")


def _described(phrase: str) -> tuple[str, ...]:
    """ "ipc index" -> "ipc stock index", ...: a descriptor before "index" names the same index."""
    name = phrase.removesuffix(" index")
    if any(word in name.split() for word in _DESCRIPTORS):
        return ()
    return tuple(f"{name} {word} index" for word in _DESCRIPTORS)


_HEADS = (
    *("index", "stock index", "share index", "equity index", "gauge", "stock gauge"),
    *("share gauge", "equity gauge"),
)


def _place_benchmark(phrase: str) -> tuple[str, ...]:
    """ "taiwan's benchmark" -> "taiwan's main share index", ...: a place's main index is its
    benchmark."""
    if not phrase.endswith("'s benchmark"):
        return ()
    place = phrase.removesuffix(" benchmark")
    return tuple(
        f"{place} {d} {h}"
        for d in ("benchmark", "main", "key", "leading", "top", "flagship", "headline")
        for h in _HEADS
    )


_PAPER_YIELD = re.compile(r"^(?P<paper>.*\b(?:bond|note|gilt|bund|treasury|btp|jgb|schatz)) yield$")


def _paper_yield(phrase: str) -> str | None:
    """ "long bond yield" -> "long bond's yield": the paper's yield is the same yield."""
    found = _PAPER_YIELD.match(phrase)
    return f"{found.group('paper')}'s yield" if found else None


_CODES = re.compile(r"[a-z]{3}/[a-z]{3}")


def _hyphened(phrase: str) -> tuple[str, ...]:
    """ "dollar/yen" -> "dollar-yen pair", ...: two currency words hyphened before "pair",
    "rate", "exchange rate" or "cross" name the pair ("euro-dollar futures" are not the euro's); with
    the dollar first the bare hyphened pair does too ("dollar-yen")."""
    if "/" not in phrase or _CODES.fullmatch(phrase):
        return ()
    pair = phrase.replace("/", "-")
    bare = (pair,) if phrase.startswith("dollar/") else ()  # "Dollar-yen lost two big figures"
    rate = () if phrase == "euro/dollar" else (f"{pair} rate",)  # not a eurodollar rate
    return (*bare, *rate, f"{pair} pair", f"{pair} exchange rate", f"{pair} cross")


_STOCKS = re.compile(r"(?P<adj>[\w.]+) (?:stocks|shares)")


def _adjective_benchmark(phrase: str) -> tuple[str, ...]:
    """ "swiss stocks" -> "swiss stock benchmark", ...: the benchmark of a market's stocks."""
    found = _STOCKS.fullmatch(phrase)
    if found is None:
        return ()
    adj = found.group("adj")
    return (f"{adj} stock benchmark", f"{adj} share benchmark", f"{adj} equity benchmark")


def _wholesale(phrase: str) -> str | None:
    """ "dutch gas prices" -> "dutch wholesale gas prices": the market's own qualifier."""
    before, gas, after = phrase.partition(" gas")
    if not gas or not before or after[:1] not in ("", " "):
        return None
    return f"{before} wholesale gas{after}"


def _possessive(alias: str, code: str) -> tuple[str, ...]:
    """ "norwegian crown" -> "norway's crown": the country's possessive names its currency."""
    adjective, _, noun = alias.partition(" ")
    owners = CURRENCY_OWNERS.get(code, frozenset())
    if not noun or " " in noun or adjective.endswith("'s") or adjective not in owners:
        return ()
    return tuple(f"{o} {noun}" for o in sorted(owners) if o.endswith("'s") and " " not in o)


def _table(registry: Registry) -> dict[str, Mention]:
    table: dict[str, Mention] = {}
    phrases = registry.phrases()
    for phrase, (instrument, is_default) in phrases.items():
        table[phrase] = Mention(0, 0, phrase, instrument, is_default)
        if not phrase.endswith("s") and instrument.kind is not InstrumentKind.FX:
            table.setdefault(phrase + "s", Mention(0, 0, phrase, instrument, is_default))
    for phrase, (instrument, is_default) in phrases.items():  # "the two-year note yield"
        if instrument.kind is InstrumentKind.BOND_YIELD and instrument.quote_currency == "USD":
            for spelled in yields.treasury_spellings(phrase):
                table.setdefault(spelled, Mention(0, 0, spelled, instrument, is_default))
                table.setdefault(spelled + "s", Mention(0, 0, spelled, instrument, is_default))
    for phrase, (instrument, is_default) in phrases.items():  # "five-year" = "5-year"
        other = yields.other_spelling(phrase)
        if other and instrument.kind is InstrumentKind.BOND_YIELD:
            table.setdefault(other, Mention(0, 0, other, instrument, is_default))
            table.setdefault(other + "s", Mention(0, 0, other, instrument, is_default))
    for phrase, mention in list(table.items()):  # "Germany's benchmark 10-year yield"
        named = mention.instrument
        if named is None or named.kind is not InstrumentKind.BOND_YIELD:
            continue
        if (other := yields.benchmark_spelling(phrase)) is not None:
            table.setdefault(other, Mention(0, 0, other, named, mention.is_default))
    for phrase, mention in list(table.items()):  # "the German 10-year", "Italy's 10-year"
        named = mention.instrument
        if named is None or named.kind is not InstrumentKind.BOND_YIELD:
            continue
        if (other := yields.tenor_without_yield(phrase)) is not None:
            table.setdefault(other, Mention(0, 0, other, named, mention.is_default))
            for cost in (f"{other} borrowing cost", f"{other} borrowing costs"):  # "Germany's
                table.setdefault(cost, Mention(0, 0, cost, named, mention.is_default))  # 10-year"
    for phrase, mention in list(table.items()):  # "the long bond's yield"
        named, other = mention.instrument, _paper_yield(phrase)
        if other and named is not None and named.kind is InstrumentKind.BOND_YIELD:
            table.setdefault(other, Mention(0, 0, other, named, mention.is_default))
    for phrase, (instrument, is_default) in phrases.items():  # "the IPC stock index"
        if instrument.kind is InstrumentKind.EQUITY_INDEX and phrase.endswith(" index"):
            for other in _described(phrase):
                table.setdefault(other, Mention(0, 0, other, instrument, is_default))
    for phrase, (instrument, is_default) in phrases.items():  # "Taiwan's main share index"
        if instrument.kind is InstrumentKind.EQUITY_INDEX:
            for other in _place_benchmark(phrase):
                table.setdefault(other, Mention(0, 0, other, instrument, is_default))
    for phrase, (instrument, is_default) in phrases.items():  # "the Swiss stock benchmark"
        if instrument.kind is InstrumentKind.EQUITY_INDEX and is_default:
            for other in _adjective_benchmark(phrase):
                table.setdefault(other, Mention(0, 0, other, instrument))
    for phrase, (instrument, is_default) in phrases.items():  # "Nasdaq 100 e-minis"
        if instrument.kind is InstrumentKind.EQUITY_FUTURES:
            for other in (*_e_mini_spellings(phrase), *_tracking(phrase)):
                table.setdefault(other, Mention(0, 0, other, instrument, is_default))
    for phrase, (instrument, is_default) in phrases.items():  # "Dutch wholesale gas prices"
        if instrument.kind is InstrumentKind.COMMODITY and (other := _wholesale(phrase)):
            table.setdefault(other, Mention(0, 0, other, instrument, is_default))
    for instrument in registry.instruments:  # "the German 10-year"
        for other in yields.market_tenors(instrument):
            table.setdefault(other, Mention(0, 0, other, instrument))
    for phrase, (instrument, _) in phrases.items():  # "the dollar-yen pair" = "dollar/yen"
        if instrument.kind is InstrumentKind.FX:
            for other in _hyphened(phrase):
                table.setdefault(other, Mention(0, 0, other, instrument))
    for instrument in registry.instruments:
        code = _fx_currency(instrument) if instrument.kind is InstrumentKind.FX else None
        if code is None or not instrument.quote_currency:
            continue
        for alias in instrument.aliases:
            if "/" in alias:  # "usd/jpy": the pair itself, not a currency word
                table[alias] = Mention(0, 0, alias, instrument)
                continue
            table[alias] = Mention(0, 0, alias, instrument, False, code)
            for owned in _possessive(alias, code):
                table.setdefault(owned, Mention(0, 0, owned, instrument, False, code))
            if " " in alias and not alias.endswith("s"):  # "Swedish and Norwegian crowns"
                table.setdefault(alias + "s", Mention(0, 0, alias, instrument, False, code))
            for other in _compared(alias):  # "helped by a stronger won, which rose"
                table.setdefault(other, Mention(0, 0, other, instrument, False, code))
    for word, code in CURRENCY_WORDS.items():
        table[word] = Mention(0, 0, word, None, False, code)
    for word, kinds in ANAPHORS.items():
        table.setdefault(word, Mention(0, 0, word, anaphor=kinds))
    return table


_COMPARATIVES = ("stronger", "weaker", "firmer", "softer")


def _compared(alias: str) -> list[str]:
    """ "a stronger won": a currency named only with "the" ("the won"), after a comparative."""
    word = alias.removeprefix("the ")
    return [f"{adj} {word}" for adj in _COMPARATIVES] if word != alias and " " not in word else []


_CACHE: dict[int, tuple[Registry, Matcher]] = {}


def matcher_for(registry: Registry) -> Matcher:
    """The compiled matcher for a registry (cached by identity: registries are built once)."""
    cached = _CACHE.get(id(registry))
    if cached is not None and cached[0] is registry:
        return cached[1]
    table = _table(registry)
    body = trie_pattern(table)
    pattern = re.compile(rf"(?<![\w&/.-])(?:{body})(?![\w&/-]|\.\w)", re.IGNORECASE)
    words = trie_pattern(p for p, m in table.items() if m.currency)
    currency = re.compile(rf"(?:the\s+)?(?P<word>{words})(?![\w-])", re.IGNORECASE)
    matcher = Matcher(registry, table, pattern, currency)
    if len(_CACHE) > 16:
        _CACHE.clear()
    _CACHE[id(registry)] = (registry, matcher)
    return matcher
