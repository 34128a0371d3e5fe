"""Instrument mentions in a sentence, and which instrument (and side) a subject stands for.

A mention is a registry alias or default phrase ("the benchmark MOEX index", "oil"), a
currency word ("the ruble", "the dollar"), or an anaphor ("the index", "it"). Currency
mentions are resolved with the counter currency the claim names ("against the euro",
"per dollar", "6 roubles"): the registry pair quoted either way round gives the instrument,
and ``inverse`` is True when the subject is the pair's quote currency. The words around a
mention (what widens it, a foreign owner, an unlisted good) are read in ``subject_words``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dashboard.claims import offshore, shared_units, yields
from dashboard.claims.currency_words import SHARED_CURRENCY_PLACES
from dashboard.claims.other_names import other_name, unlisted_grade
from dashboard.claims.subject_words import (
    default_note,
    dollar_index,
    extend_phrase,
    foreign_owner,
    other_oil,
    other_region,
    owned_default,
    phrase_key,
    place_matches,
    priced_in,
    unlisted_good,
)
from dashboard.claims.venues import on_nymex, other_venue
from dashboard.domain import Instrument, InstrumentKind
from dashboard.instruments import Registry

_SPAN = re.compile(r".+", re.DOTALL)  # a match over a chosen stretch of the sentence


@dataclass(frozen=True)
class Mention:
    """A phrase that names (or points back to) an instrument, with its offsets in the sentence."""

    start: int
    end: int
    text: str
    instrument: Instrument | None = None  # a registry phrase
    is_default: bool = False  # a generic phrase read as its default instrument
    currency: str | None = None  # a currency word: resolved with the counter currency
    anaphor: tuple[InstrumentKind, ...] = ()  # "the index", "it": resolved from context

    def placed(self, sentence: str, start: int, end: int) -> Mention:
        """This registry template as a mention at ``sentence[start:end]``."""
        return replace(self, start=start, end=end, text=sentence[start:end])


@dataclass(frozen=True)
class Resolved:
    """What a subject stands for in one claim."""

    instrument: Instrument
    inverse: bool
    subject: str
    default_note: str = ""
    currency: str | None = None  # kept so a carried subject can meet a new counter currency


@dataclass(frozen=True)
class Matcher:
    """The compiled phrase tables for one registry."""

    registry: Registry
    table: dict[str, Mention]  # lower-case phrase -> template mention (offsets unset)
    pattern: re.Pattern[str]
    currency_pattern: re.Pattern[str]

    def mentions(self, sentence: str) -> list[Mention]:
        """Every mention in the sentence, longest phrase first at each place, in order."""
        found: list[Mention] = []
        position = 0
        while (match := self.pattern.search(sentence, position)) is not None:
            position = match.end()
            template = self.table.get(phrase_key(match.group(0)))
            if template is None:
                continue
            if template.anaphor and (longer := self._inside(sentence, match)) is not None:
                match, template = longer
                position = match.end()
            elif template.instrument is not None:
                match = self._whole_name(sentence, match, template)
                position = max(position, match.end())
            if template.currency and (
                foreign_owner(sentence, match.start(), template.currency)
                or priced_in(sentence, match.start())
            ):
                self._listed_before(sentence, match, found)  # "the Australian and New Zealand"
                continue  # "the New Zealand dollar", "gold priced in sterling"
            if template.currency and phrase_key(match.group(0)) in SHARED_CURRENCY_PLACES:
                template = self._local_currency(sentence, match, template)
            if template.currency == "CNY" and phrase_key(match.group(0)) == "yuan":
                template = self._offshore(sentence, match, template)
            if (template.currency or _BENCHMARK_END.search(match.group(0))) and _ATTRIBUTIVE.match(
                sentence, match.end()
            ):
                continue  # "its dollar peg", "Japan's benchmark rate": the word qualifies another
            if unlisted_good(sentence, match, template.instrument, bool(template.anaphor)):
                continue  # "gasoline futures", "consumer prices": not a registry instrument
            if template.is_default and (
                other_oil(sentence, match) or other_region(sentence, match)
            ):
                continue  # "palm oil futures", "Latin American stocks": not what the default names
            if template.anaphor and (on := self._tenors_on(sentence, match)):
                found.extend(on)  # "Yields on 10- and 30-year Treasuries"
                position = on[-1].end
                continue
            if placed := self._tenor_in_places(sentence, match):
                found.extend(placed)  # "Ten-year borrowing costs in Germany and Britain"
                position = placed[-1].end
                continue
            if template.anaphor and phrase_key(match.group(0)) in _BARE_YIELDS:
                handled, widened = self._bare_tenor(sentence, match, template)
                if widened is not None:  # "five-year yields", "German 10-year bond yields"
                    found.extend(self._chained(sentence, widened, found))
                    found.append(widened)
                if handled or phrase_key(match.group(0)) in _TENOR_ONLY:
                    continue  # a bare "borrowing costs" names no tenor, so no instrument
            template = self._tenor_of(sentence, match, template)
            if template is None:
                continue  # "the two-year gilt yield" is not the 10-year "gilt yield"
            if _owned_bare_yield(sentence, match, template):
                continue  # "Switzerland's own 10-year yield": a government the phrase omits
            if self._unlisted_futures(sentence, match, template):
                continue  # "Dow Jones futures": a contract the registry lacks, not the index
            start, end = extend_phrase(sentence, match.start(), match.end())
            if template.instrument and template.instrument.kind is InstrumentKind.BOND_YIELD:
                start = yields.with_tenor(sentence, start)
            if _is_yield(template) and (paper := _PAPER.match(sentence, end)) is not None:
                end = paper.end()  # "the two-year Treasury note", "the 10-year note": its yield
            position = max(position, end)
            if template.is_default and owned_default(sentence, start, match.start()):
                continue  # "Anglo American's shares", "HSBC's shares in Hong Kong": a company's
            if template.is_default and unlisted_grade(sentence, start, template):
                continue  # "Urals crude", "Dubai crude": a grade the registry lacks, not Brent
            if other_name(sentence, start, end, template):
                continue  # "the VSTOXX volatility index", "Barrick Gold", "a few dollars"
            if other_venue(
                sentence, start, template.instrument.id if template.instrument else None
            ):
                continue  # "London cocoa", "Shanghai copper": another exchange's contract
            if template.is_default and template.instrument is not None and on_nymex(sentence, end):
                template = replace(template, instrument=self.registry.get("WTI"), is_default=False)
            mention = template.placed(sentence, start, end)
            found.extend(self._chained(sentence, mention, found))
            found.append(mention)
        return found

    def _listed_before(self, sentence: str, match: re.Match[str], found: list[Mention]) -> None:
        """A currency listed with a foreign one ("the won and Taiwan's dollar"): shared_units."""
        hit = shared_units.listed_before(sentence, match.start(), match.group(0))
        template = self.table.get(hit[2]) if hit else None
        if hit is not None and template is not None and template.currency is not None:
            found.append(template.placed(sentence, hit[0], match.end()))
        elif found and shared_units.joined(sentence, found[-1], match.start()):
            found[-1] = found[-1].placed(sentence, found[-1].start, match.end())

    def _offshore(self, sentence: str, match: re.Match[str], template: Mention) -> Mention:
        """A bare "the yuan" in offshore trade is the offshore yuan's pair."""
        code = offshore.yuan_code(sentence, match.start(), match.end())
        pair = self.registry.fx_pair("USD", code) if code else None
        return replace(template, instrument=pair, currency=code) if pair else template

    def _local_currency(self, sentence: str, match: re.Match[str], template: Mention) -> Mention:
        """A bare "the peso" is the peso of the country the sentence names (the nearest place
        before it, else the first after); that country's pair, or none the registry has."""
        places = SHARED_CURRENCY_PLACES[phrase_key(match.group(0))]
        found = [
            (m.start(), places[phrase_key(m.group("p"))]) for m in place_matches(places, sentence)
        ]
        before = [code for at, code in found if at < match.start()]
        code = before[-1] if before else (found[0][1] if found else template.currency)
        if code is None or code == template.currency:
            return template
        pair = self.registry.fx_pair("USD", code)
        return replace(template, instrument=pair, currency=code)

    def _bare_tenor(
        self, sentence: str, match: re.Match[str], template: Mention
    ) -> tuple[bool, Mention | None]:
        """ "five-year yields": that tenor's yield, or an anaphor when no market is named."""
        found = yields.bare_tenor(sentence, match.start(), self.registry.instruments)
        if found is None:
            return False, None
        start, instrument, named = found
        text = sentence[start : match.end()]
        if not named:
            return True, Mention(start, match.end(), text, anaphor=template.anaphor)
        return True, (Mention(start, match.end(), text, instrument) if instrument else None)

    def _tenor_in_places(self, sentence: str, match: re.Match[str]) -> list[Mention]:
        """ "10-year yields in Germany and Britain": each place's yield for that tenor."""
        said = phrase_key(match.group(0))
        if said not in _BARE_YIELDS and not _BARE_YIELD.fullmatch(said):
            return []
        placed = yields.tenor_in_places(
            sentence, match.start(), match.end(), self.registry.instruments
        )
        return [Mention(a, b, sentence[a:b], i) for a, b, i in placed]

    def _tenors_on(self, sentence: str, match: re.Match[str]) -> list[Mention]:
        """ "Yields on two-year and five-year Treasuries": that market's yield for each tenor."""
        if re.sub(r"^the\s+", "", phrase_key(match.group(0))) not in _BARE_YIELDS:
            return []
        named = yields.tenors_on(sentence, match.end())
        if named is None:
            return []
        market, links, end = named
        spans = [(a, b) for a, b, _ in links]
        spans[0] = (match.start(), spans[0][1])
        spans[-1] = (spans[-1][0], end)
        out = []
        for (a, b), (_, _, tenor) in zip(spans, links, strict=True):
            instrument = yields.instrument(self.registry.instruments, market, tenor)
            if instrument is None:
                return []
            out.append(Mention(a, b, sentence[a:b], instrument))
        return out

    def _chained(self, sentence: str, mention: Mention, found: list[Mention]) -> list[Mention]:
        """ "Two- and 10-year Treasury yields": a yield for each tenor coordinated before."""
        links = yields.chained(sentence, mention.start, mention.instrument, self.registry)
        last = found[-1].end if found else 0
        return [Mention(a, b, sentence[a:b], i) for a, b, i in links if a >= last]

    def shared_head(self, sentence: str, mentions: list[Mention]) -> list[Mention]:
        """ "German and British 10-year yields", "Japanese and Korean stocks": a word that
        shares the next mention's head noun is a mention of its own when the phrase exists."""
        out: list[Mention] = []
        for mention in mentions:
            before = _SHARED_BEFORE.search(sentence, max(0, mention.start - 40), mention.start)
            head = phrase_key(mention.text).split(" ", 1)
            if before is None or len(head) < 2 or any(m.end > before.start() for m in out[-1:]):
                continue
            if any(m.start <= before.start() < m.end for m in mentions):
                continue
            word = phrase_key(before.group("w"))
            rest = head[1] if head[0] != "the" or " " not in head[1] else head[1].split(" ", 1)[1]
            template = self.table.get(f"{word} {rest}") or self.table.get(f"{word} {rest}"[:-1])
            if template is None or template.instrument in (None, mention.instrument):
                continue
            start, end = before.start("w"), before.end("w")
            out.append(template.placed(sentence, start, end))
        return sorted([*mentions, *out], key=lambda m: m.start) if out else mentions

    def _tenor_of(self, sentence: str, match: re.Match[str], template: Mention) -> Mention | None:
        """A yield phrase with a tenor written before it ("two-year gilt yield") is that tenor's
        instrument when the registry has it, else no mention."""
        instrument = template.instrument
        if instrument is None or instrument.kind is not InstrumentKind.BOND_YIELD:
            return template
        template = self._market_of(sentence, match, template)
        instrument = template.instrument
        if instrument is None:
            return None
        before = _OTHER_TENOR.search(sentence, max(0, match.start() - 14), match.start())
        if before is None or _TENOR.search(match.group(0)):
            return template
        years = _YEARS.get(before.group("n").lower(), before.group("n"))
        wanted = re.sub(r"\d+Y$", f"{years}Y", instrument.id)
        if wanted == instrument.id:
            return template
        other = next((i for i in self.registry.instruments if i.id == wanted), None)
        return replace(template, instrument=other) if other is not None else None

    def _market_of(self, sentence: str, match: re.Match[str], template: Mention) -> Mention:
        """ "The Bank of England bought gilts, and the 30-year yield plunged", "Germany's two-
        and 10-year yields": a bare tenor yield takes the government named with it or, else,
        the one whose bonds the sentence is about."""
        instrument = template.instrument
        bare = _BARE_YIELD.fullmatch(phrase_key(match.group(0)))
        prefix = yields.bare_market(sentence, match.start()) if bare else None
        if instrument is None or prefix is None:
            return template
        wanted = re.sub(r"^[A-Z]+(?=\d+Y$)", prefix, instrument.id)
        other = next((i for i in self.registry.instruments if i.id == wanted), None)
        if other is None and prefix != "US":
            return replace(template, instrument=None)  # "Italy's ..., while two-year yields"
        return replace(template, instrument=other) if other is not None else template

    def _whole_name(self, sentence: str, match: re.Match[str], template: Mention) -> re.Match[str]:
        """ "Spain's IBEX 35": a longer name of the same instrument starting inside the phrase."""
        longer = self._inside(sentence, match)
        if longer is None or longer[1].instrument is not template.instrument:
            return match
        return _SPAN.match(sentence, match.start(), longer[0].end()) or match

    def _inside(self, sentence: str, match: re.Match[str]) -> tuple[re.Match[str], Mention] | None:
        """A longer phrase starting inside an anaphor ("the yield" in "the yield on 10-year
        Treasuries")."""
        space = sentence.find(" ", match.start(), match.end())
        if space < 0:
            return None
        inner = self.pattern.match(sentence, space + 1)
        if inner is None or inner.end() <= match.end():
            return None
        template = self.table.get(phrase_key(inner.group(0)))
        return (inner, template) if template is not None else None

    def tenor_pair(self, sentence: str, mention: Mention) -> list[Mention] | None:
        """ "The two-year and 10-year Treasury yields": the shorter tenor borrows the phrase."""
        before = _TENOR_BEFORE.search(sentence, max(0, mention.start - 30), mention.start)
        tenor = _TENOR.search(mention.text)
        if before is None or tenor is None or mention.instrument is None:
            return None
        phrase = phrase_key(mention.text[tenor.start() :]).replace(
            phrase_key(tenor.group(0)), phrase_key(before.group("t")), 1
        )
        template = self.table.get(phrase) or self.table.get(re.sub(r"^the\s+", "", phrase))
        if template is None or template.instrument is None:
            return None
        named: Instrument | None = template.instrument
        market = _MARKET_ID.match(mention.instrument.id)
        if named is not None and named.kind is InstrumentKind.BOND_YIELD and market:
            n = before.group("t").split("-")[0]  # the government the pair's yield belongs to
            named = yields.instrument(self.registry.instruments, market.group(0), n)
        if named is None:
            return None
        first = Mention(before.start(), before.end(), before.group(0), named, template.is_default)
        return [first, mention]

    def _unlisted_futures(self, sentence: str, match: re.Match[str], template: Mention) -> bool:
        if (
            template.instrument is None
            or template.instrument.kind is not InstrumentKind.EQUITY_INDEX
        ):
            return False
        if not _FUTURES_AFTER.match(sentence, match.end()):
            return False
        return self.table.get(phrase_key(match.group(0)) + " futures") is None

    def futures_of(self, mention: Mention) -> Resolved | None:
        """The futures contract on an index mention ("S&P 500" -> "S&P 500 futures"), if any."""
        if mention.instrument is None or mention.instrument.kind is not InstrumentKind.EQUITY_INDEX:
            return None
        bare = re.sub(r"^the\s+", "", phrase_key(mention.text))
        template = self.table.get(bare + " futures")
        if template is None or template.instrument is None:
            return None
        return Resolved(template.instrument, False, mention.text)

    def cash_of(self, found: Resolved) -> Resolved | None:
        """The index a futures contract is on ("Dow futures" -> the Dow), if the name says."""
        bare = re.sub(r"^the\s+|\s+futures$", "", phrase_key(found.subject))
        template = self.table.get(bare)
        index = template.instrument if template is not None else None
        if index is None or index.kind is not InstrumentKind.EQUITY_INDEX:
            return None
        return Resolved(index, False, found.subject)

    def currency_at(self, sentence: str, position: int) -> tuple[str, int] | None:
        """A currency word starting at ``position`` (after an optional "the"): (code, end)."""
        match = self.currency_pattern.match(sentence, position)
        if match is None:
            return None
        code = self.table.get(phrase_key(match.group("word")))
        return (code.currency, match.end()) if code and code.currency else None

    def resolve(self, mention: Mention, counter: str | None) -> Resolved | None:
        """The instrument a (non-anaphor) mention names, with the counter currency if any."""
        if mention.currency is not None:
            return self._resolve_currency(mention, mention.currency, counter)
        if mention.instrument is None:
            return None
        instrument = mention.instrument
        note = default_note(mention.text, instrument) if mention.is_default else ""
        inverse = False
        if instrument.kind is InstrumentKind.FX and instrument.quote_currency:
            first = self.table.get(mention.text.lower().split(" ")[0])
            inverse = bool(first and first.currency == instrument.quote_currency)
        return Resolved(instrument, inverse, mention.text, note)

    def _resolve_currency(
        self, mention: Mention, code: str, counter: str | None
    ) -> Resolved | None:
        registry = self.registry
        counter = None if counter == code != "USD" else counter  # "the won rallied 177 won"
        counters = [counter] if counter else (["USD", "EUR"] if code != "USD" else [])
        for other in counters:
            if other == code:
                continue
            if pair := registry.fx_pair(code, other):
                return Resolved(pair, False, mention.text, currency=code)
            if pair := registry.fx_pair(other, code):
                return Resolved(pair, True, mention.text, currency=code)
        if counter is None and code == "USD":
            index = dollar_index(registry, mention.text)
            if index is not None:
                return Resolved(index, False, mention.text, default_note(mention.text, index), code)
        return None


_TENOR = re.compile(r"\b(?:\d{1,2}|two|three|five|seven|ten|thirty)-year\b", re.IGNORECASE)
_TENOR_BEFORE = re.compile(
    r"(?P<t>\b(?:\d{1,2}|two|three|five|seven|ten|thirty)-year)\s+and\s+(?:the\s+)?$", re.IGNORECASE
)
_SHARED_BEFORE = re.compile(r"(?P<w>\b[A-Z][\w.'’-]*)\s+and\s+$")
_BENCHMARK_END = re.compile(r"benchmark$", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(
    r"[\s-]+(?:peg|pegs|bonds?|debt|terms|funding|liquidity|assets|deposits|loans|denominated"
    r"|reserves|shortage|swaps?|markets?|notes?|holdings|exposure|amounts?|value|prices?|yields?"
    r"|rates?|estate|economy|wages?|incomes?|gdp|growth|interest|terms|returns?|spending|money"
    r"|zone|area|members?|countries|bloc)\b",
    re.IGNORECASE,
)
_OTHER_TENOR = re.compile(
    r"\b(?P<n>\d{1,2}|two|three|five|seven|ten|thirty)-year\s+$", re.IGNORECASE
)
_BARE_YIELD = re.compile(
    r"(?:the\s+)?(?:benchmark\s+)?(?:\d{1,2}|two|five|ten|thirty)-year(?:\s+(?:bond\s+)?yields?)?",
    re.I,
)
_PAPER = re.compile(  # also "the benchmark 10-year note's yield"
    r"\s+(?:note|bond)\b(?!\s+(?:auctions?|sales?|futures)\b)(?:['’]?s?\s+yields?\b)?"
    r"|['’]s\s+yields?\b",
    re.IGNORECASE,
)


def _is_yield(template: Mention) -> bool:
    """A tenor yield phrase, named or anaphoric ("the 10-year")."""
    if template.instrument is not None:
        return template.instrument.kind is InstrumentKind.BOND_YIELD
    return template.anaphor == (InstrumentKind.BOND_YIELD,)


_MARKET_ID = re.compile(r"[A-Z]+(?=\d+Y$)")  # "DE" in DE10Y
_YEARS = {"two": "2", "three": "3", "five": "5", "seven": "7", "ten": "10", "thirty": "30"}
_TENOR_ONLY = frozenset({"borrowing costs"})  # "Britain's 30-year borrowing costs": a yield
_BARE_YIELDS = frozenset({"yields", "yield", *_TENOR_ONLY})
_FUTURES_AFTER = re.compile(r"\s+futures\b", re.IGNORECASE)
_YIELD_OWNER = re.compile(r"[A-Z][\w.&/-]*['’]s\s+(?:own\s+)?$")


def _owned_bare_yield(sentence: str, match: re.Match[str], template: Mention) -> bool:
    """A bare tenor yield ("10-year yield") owned by a named place: that place's bonds, which
    the registry phrase (the default market's) does not name."""
    instrument = template.instrument
    if instrument is None or instrument.kind is not InstrumentKind.BOND_YIELD:
        return False
    if not _BARE_YIELD.fullmatch(phrase_key(match.group(0))):
        return False
    return _YIELD_OWNER.search(sentence, max(0, match.start() - 30), match.start()) is not None
