"""Who a claim is about: the subject right before its verb, one carried from the previous
claim in the sentence, or the instrument in play for "it" / "the index" / "the currency".
The words between a subject and its verb, or between two claims, are judged in ``gaps``."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from dashboard.claims.anaphor_picks import (
    benchmark_owner,
    main_before_as,
    same_exchange,
    tied_futures,
)
from dashboard.claims.folding import folded
from dashboard.claims.fronted_counters import FRONTED_COUNTER
from dashboard.claims.gaps import clean_gap
from dashboard.claims.joined_verbs import phrase_between
from dashboard.claims.list_slots import listed, skips_unknown, unknown_last
from dashboard.claims.listed import listed_on_own_market
from dashboard.claims.oil_epithets import gas_region, oil_benchmark, unanchored_metal
from dashboard.claims.owner_gaps import owner_gap, tracked_relative
from dashboard.claims.subjects import Matcher, Mention, Resolved
from dashboard.claims.tenor_picks import other_tenor, unanchored_tenor
from dashboard.claims.timewords import TimeRef
from dashboard.claims.trie import trie_pattern
from dashboard.claims.with_owner import with_clause_owner
from dashboard.domain import Direction, InstrumentKind

_QUANTITY_OF = re.compile(
    r"\b(?:demand|imports?|exports?|output|supply|supplies|production|reserves|sales|holdings"
    r"|inventories|stockpiles|shipments|consumption|investment|purchases|flows?|deliveries"
    r"|holdings|use|trading\s+volumes?|volumes?|turnover|volatility|vol)\s+(?:of|for|in|on)\s+(?:the\s+)?$"
    r"|\b(?:gap|spread|difference)\s+between\s+(?:the\s+)?(?:[\w-]+\s+and\s+)?$"  # a relation
    r"|\b(?:volatility|vol|premiums?|options|skew)\s+(?:on|of|in|for)\s+(?:the\s+)?$"
    r"|['’]s\s+(?:discount|premium|spread)\s+(?:to|over|under)\s+(?:the\s+)?$"  # WCS's ... to WTI
    r"|(?<!futures\s)\b(?:tracking|tracks|tracked|linked\s+to|benchmarked\s+(?:to|against))"
    r"\s+(?:the\s+)?$"  # "futures tracking the index" are the index's futures (anaphor_picks)
    r"|\b(?:bets|wagers|positions?|exposure|open\s+interest)\s+(?:on|against|in|to)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:rising|falling|stronger|weaker|higher|lower)\s+)?$"  # "bets on a rising euro"
    # "rigs drilling for oil", "the outlook for gold": an object of "for" inside another noun
    # phrase (a price named that way, "prices for copper", is the price's own phrase)
    r"|\b(?!(?:prices?|futures|contracts?|quotes?|rates?)\b)[a-z]+\s+for\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_QUANTITY_WORDS = re.compile(  # one of these is in every _QUANTITY_OF match (on folded text)
    trie_pattern(
        (
            *("demand", "import", "export", "output", "suppl", "production", "reserves"),
            *("sales", "holdings", "inventories", "stockpiles", "shipments", "consumption"),
            *("investment", "purchases", "flow", "deliveries", "use", "vol", "turnover", "gap"),
            *("spread", "difference", "premium", "options", "skew", "track", "linked", "discount"),
            *("benchmarked", "bets", "wagers", "position", "exposure", "interest", "for"),
        )
    )
)
_OBJECT = re.compile(
    r"(?:\bper|\bagainst|\bversus|\bvs\.?|\bto|\bon|\bthan|\bof|\bfrom|\bwith|\d"
    r"|\bin|\binto|\btowards?|\bfor|\bover|\blike|\b(?:buy|sell|dump|own|hold|short)(?:s|ing)?"
    r"|\b(?:bought|sold|dumped|owned|held|shorted))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_WITH_CLAUSE = re.compile(  # ", with A and B falling" (the comma may be left out)
    r"(?:,|(?<!along)(?<!together)(?<!line)(?<!compared)(?<!coupled)(?<!step)(?<!tandem))"
    r"\s*with\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "The Kospi and the Taiex each dropped": a capitalised name the registry lacks, coordinated
# after a known subject, leaves the known one the verb's subject.
_UNKNOWN_CONJUNCT = re.compile(
    r"\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?(?:[A-Z][A-Za-z]+['’]s\s+)?[A-Z][\w&./-]*"
    r"(?:(?:\s+[A-Z][\w&./-]*){0,2}|(?:\s+[a-z][\w&./-]*){0,2}\s+index)"
    r"(?:\s+(?:index|each|both|all))*\s+"
)
_MAX_GROUP = 6  # "The DAX, the CAC 40 and the FTSE 100": a list longer than this is not prose
_GROUP_GAP = re.compile(  # "... and the dollar-denominated RTS", "Brent and U.S. West Texas
    # Intermediate": a compound or country modifier keeps the list
    r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+|&\s+)\s*"
    r"(?:(?:the\s+)?(?:[A-Za-z][\w.]*-[a-z][\w-]*\s+){1,2}|(?:U\.S\.|U\.K\.)\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Previous:
    """The last claim made in the current sentence."""

    subject: Mention
    resolved: Resolved
    end: int  # where its words end in the sentence
    session: date
    explicit: bool  # its session came from its own time words
    direction: Direction = Direction.NONE
    group: tuple[tuple[Mention, Resolved], ...] = ()  # every subject of that claim
    since: date | None = None  # its window start, when it was a move over several sessions
    lead: TimeRef | None = None  # fronted time words that joined clauses share
    named: tuple[tuple[Mention, Resolved], ...] = ()  # every subject so far in the sentence
    intraday: bool = False  # a move its time words put inside the day ("in morning trade")
    outer: tuple[date, bool] | None = None  # the day of the clause a dated move noun sits in
    noun_day: bool = False  # its day came from a dated move noun ("extended Thursday's slide")


def direct_subject(
    sentence: str, mentions: list[Mention], low: int, at: int, noun: bool = False
) -> Mention | None:
    """The mention that is the subject of the words at ``at``: the last one before it, when
    nothing but adverbs and auxiliaries stands between (or, before a move noun, its owner:
    "the Nikkei's 12.4% rout")."""
    candidates = [m for m in mentions if m.start >= low and m.end <= at]
    for mention in reversed(candidates[-3:]):  # an earlier one when a parenthetical holds another
        gap = sentence[mention.end : at]
        conjunct = (
            _UNKNOWN_CONJUNCT.fullmatch(gap) or unknown_last(sentence, gap, at, mention.start)
        ) and not noun
        apposed = _apposed_name(sentence, mention, low, gap) or listed_on_own_market(mention, gap)
        stood_out = noun and _STOOD_OUT_WITH.fullmatch(gap)  # "bucked the trend with a 0.3% gain"
        if (
            clean_gap(gap)
            or _HAVING.fullmatch(gap)  # "while the rouble, having touched a record 89.99, ..."
            or (noun and owner_gap(sentence, mention, gap))
            or conjunct
            or apposed
            or stood_out
            or phrase_between(gap)  # "the Nasdaq ran out of steam and closed 0.5% lower"
        ):
            if after_counter_word(sentence, mention):
                return None  # "it did worse against the euro, losing 1.3%": not the euro's
            low = max(0, mention.start - 40)
            quantity = _QUANTITY_WORDS.search(folded(sentence[low : mention.start]))
            owned = quantity and _QUANTITY_OF.search(sentence, low, mention.start)
            if owned and tracked_relative(owned.group(0), gap):
                owned = None  # "tracking Brent crude, which rose 1.1%": the relative's subject
            return None if owned else mention  # "demand for gold rose": not gold's price
    return None


_CASH_WORD = re.compile(r"\b(?:index|average|benchmark|composite|gauge)\b", re.IGNORECASE)
_AFTER_COUNTER = re.compile(r"\b(?:against|versus|vs\.?|per)\s+(?:the\s+)?$", re.IGNORECASE)


def named_between(sentence: str, mentions: list[Mention], low: int, at: int) -> list[Mention]:
    """The mentions between low and at that may be a subject (not a counter: "per dollar")."""
    found = [m for m in mentions if low <= m.start and m.end <= at]
    return [m for m in found if not after_counter_word(sentence, m)]


def after_counter_word(sentence: str, mention: Mention) -> bool:
    """A currency named after "against" is a counter, not a subject."""
    if mention.currency is None:
        return False
    return _AFTER_COUNTER.search(sentence, max(0, mention.start - 12), mention.start) is not None


_HAVING = re.compile(  # "gold, after rallying as much as 4.8%, ended 0.2% lower": the aside's
    r"\s*,\s*(?:having\s+(?:been\s+)?|(?:after|despite)\s+)(?:[a-z]+ly\s+)?"
    r"(?:(?<=\s)[a-z]+ing\b[^,;()]{0,60},\s*(?:[a-z]+ly\s+)?)?",  # own verb, then the main one
    re.IGNORECASE,
)
_STOOD_OUT_WITH = re.compile(  # a subject that stood apart, then the move noun that says how
    r"\s+(?:(?:also\s+)?(?:led|bucked|outperformed|outpaced|outshone|stood\s+out|followed"
    r"|responded|answered|reacted)"  # "and the Dow followed with a 416-point fall"
    r"(?:(?:\s+(?:the|its|their))?(?:\s+[a-z-]+){1,2})?)\s+with\s+",
    re.IGNORECASE,
)
_APPOSED_HEAD = re.compile(  # "Europe's blue-chip index, the Euro Stoxx 50, has gained"
    r"(?:\s*[,;]\s*(?:and|while|whereas|but)\s+(?=(?:its|their|the)\s))?"  # ", and its sibling,"
    r"\s*(?!(?:in|on|at|for|after|with|as|by|while|since|from|during|unlike|like|amid|among"
    r"|meanwhile|elsewhere|separately|earlier|later|overall|still|yet|but|and|so)\b)"
    r"(?:[A-Za-z][\w'’&./-]*\s+){1,5}[A-Za-z][\w'’&./-]*,\s*",
    re.IGNORECASE,
)


def _apposed_name(sentence: str, mention: Mention, low: int, gap: str) -> bool:
    """A named instrument set off by commas after the bare noun phrase that opens the clause
    ("Europe's blue-chip index, the Euro Stoxx 50, has gained"): the clause's subject."""
    if not gap.startswith(",") or not clean_gap(gap[1:]):
        return False
    joined = [j.start() for j in _JOINER.finditer(sentence, low, mention.start)]
    return any(_APPOSED_HEAD.fullmatch(sentence, at, mention.start) for at in [low, *joined[-1:]])


_JOINER = re.compile(r"[,;]\s*(?:and|while|whereas|but)\s+(?=(?:its|their|the)\s)", re.I)


def group_of(sentence: str, mentions: list[Mention], subject: Mention, low: int) -> list[Mention]:
    """The subject with any mentions coordinated before it ("The DAX and the CAC 40")."""
    group = [subject]
    earlier = [m for m in mentions if m.start >= low and m.end <= subject.start]
    for index in range(len(earlier) - 1, -1, -1):
        mention = earlier[index]
        gap = sentence[mention.end : group[0].start]
        if len(group) >= _MAX_GROUP or not (
            _GROUP_GAP.fullmatch(gap) or skips_unknown(sentence, gap)
        ):
            break
        if (
            len(group) == 1
            and _CLAUSE_AND.match(gap)
            and not listed(sentence, earlier[:index], mention)
        ):
            break  # "pledged to defend the rouble, and the MOEX index jumped": two clauses
        before = max(0, mention.start - 16)
        absolute = _WITH_CLAUSE.search(sentence, before, mention.start)
        if not absolute and _OBJECT.search(sentence, before, mention.start):
            break  # "weakened 1% to 1,374.9 per dollar and the Kospi ..."
        group.insert(0, mention)
    return group


_CLAUSE_AND = re.compile(r"\s*,\s*and\s", re.IGNORECASE)


def resolve_anaphor(
    mention: Mention,
    matcher: Matcher,
    sentence: str,
    mentions: list[Mention],
    previous: Previous | None,
    in_play: Resolved | None,
) -> Resolved | None:
    """The instrument "it" / "the index" / "the currency" points back to."""
    kinds = mention.anaphor
    if _DESCRIBED.match(sentence, mention.end):  # "the gauge of Chinese tech stocks": another
        return None
    if mention.text.lower().endswith("futures"):  # "the S&P 500 fell ..., and futures were lower"
        index = replace(mention, anaphor=(InstrumentKind.EQUITY_INDEX,))
        found = _antecedent(index, matcher, sentence, mentions, previous, in_play)
        plain = Mention(0, 0, found.subject, found.instrument) if found is not None else None
        contract = matcher.futures_of(plain) if plain is not None else None
        if contract is not None:
            return contract
    found = _antecedent(mention, matcher, sentence, mentions, previous, in_play)
    if found is None:
        return unanchored_tenor(mention, matcher, sentence) or unanchored_metal(mention, matcher)
    if found.instrument.kind is InstrumentKind.EQUITY_FUTURES and _CASH_WORD.search(mention.text):
        cash = matcher.cash_of(found) or _cash_index(matcher, found)  # "Dow futures sank ...,
        found = replace(cash, subject=mention.text) if cash is not None else found  # yet the index"
    found = gas_region(sentence, mention, matcher, tied_futures(sentence, mention, matcher, found))
    return other_tenor(mention, matcher, found) if _fits(found, kinds) else None


_CASH = {"ES": "SPX", "YM": "DJIA"}  # the index a futures contract is on, whatever its name


def _cash_index(matcher: Matcher, found: Resolved) -> Resolved | None:
    """ "Dow e-minis rose ..., after the blue-chip index closed lower": the contract's index."""
    wanted = _CASH.get(found.instrument.id)
    index = next((i for i in matcher.registry.instruments if i.id == wanted), None)
    return Resolved(index, False, found.subject) if index is not None else None


# "the gauge of Chinese tech stocks", "an index of regional lenders": a description of an
# index, not a word pointing back to one named before
_DESCRIBED = re.compile(
    r"\s+(?:of|tracking)\s+(?:[\w&'’./-]+\s+){0,5}?(?:stocks|shares|companies|firms|equities"
    r"|lenders|banks|miners|exporters|developers|blue[\s-]chips)\b",
    re.IGNORECASE,
)


def _antecedent(
    mention: Mention,
    matcher: Matcher,
    sentence: str,
    mentions: list[Mention],
    previous: Previous | None,
    in_play: Resolved | None,
) -> Resolved | None:
    kinds = mention.anaphor
    if (order := _ORDINAL.get(mention.text.lower())) is not None:
        return one_of_two(order, matcher, sentence, mentions, mention)
    if InstrumentKind.EQUITY_INDEX in kinds and (local := _city_index(matcher, sentence, mention)):
        return local  # "In Shanghai the composite index ended 1.1% lower"
    view = [previous.resolved if previous else None, in_play]
    if (oil := oil_benchmark(mention, matcher, sentence, mentions, view)) is not None:
        return oil  # "WTI rose 1%, and the global benchmark gained 1.2%": Brent
    if (named := _epithet_owner(mention, matcher, mentions, previous, in_play)) is not None:
        return named  # "the Nasdaq ... and the S&P 500 ..., after the tech-heavy index"
    if _OWN_EPITHET.match(mention.text):  # "the pan-European index" is no other index
        return None
    if (named := benchmark_owner(mention, matcher, mentions)) is not None:
        return named  # "The S&P 500 ... and the Nasdaq ..., after ... sent the benchmark"
    if (main := main_before_as(mention, sentence, previous)) is not None:
        return main  # "slid 2% as the yen rose to 145 per dollar, and it has lost 5% this week"
    fits = previous is not None and _fits(previous.resolved, kinds)
    after = previous.end if previous is not None else len(sentence)
    owner = with_clause_owner(sentence, mentions, mention, after, matcher) if fits else None
    if owner is not None and _fits(owner, kinds):
        return owner  # "and ether fared worse, with the cryptocurrency sliding 16%"
    if fits and previous is not None and not _number_clash(mention, previous.subject):
        return previous.resolved
    for earlier in reversed([m for m in mentions if m.end <= mention.start and not m.anaphor]):
        if _number_clash(mention, earlier):
            continue  # "as Treasury yields eased, but it still posted ...": not the yields
        if earlier.currency and _is_counter(sentence, earlier):
            continue  # "toward 1,500 per dollar, ... the currency": a counter is no antecedent
        found = matcher.resolve(earlier, None)
        if found is not None and _fits(found, kinds):
            return found
    if in_play is not None and _fits(in_play, kinds):
        return in_play
    return None


_PLURAL_HEAD = re.compile(r"\b(?:yields|stocks|shares|equities|prices)$", re.I)


def _number_clash(mention: Mention, earlier: Mention) -> bool:
    """ "it" cannot point back to a plural subject ("Treasury yields", "European shares")."""
    return mention.text.lower() == "it" and _PLURAL_HEAD.search(earlier.text) is not None


def _fits(found: Resolved, kinds: tuple[InstrumentKind, ...]) -> bool:
    """Whether the anaphor may stand for it: "the gauge" or "the index" also for the dollar
    index, an exchange-rate basket that the field calls an index."""
    index = InstrumentKind.EQUITY_INDEX in kinds and "index" in found.instrument.name.lower()
    return found.instrument.kind in kinds or index


_ORDINAL = {"the former": 0, "the latter": 1}


def one_of_two(
    order: int, matcher: Matcher, sentence: str, mentions: list[Mention], mention: Mention
) -> Resolved | None:
    """ "the former" / "the latter": the first or second of the last two instruments named
    before it in the sentence (none when fewer than two were named)."""
    named: list[Resolved] = []
    for earlier in [m for m in mentions if m.end <= mention.start and not m.anaphor]:
        if earlier.currency and (
            _is_counter(sentence, earlier) or after_counter_word(sentence, earlier)
        ):
            continue  # "$5.20 a pound", "lows against the dollar": never one of the two
        found = matcher.resolve(earlier, None)
        if found is not None and all(n.instrument.id != found.instrument.id for n in named):
            named.append(found)
    return named[-2:][order] if len(named) >= 2 else None


_EPITHET = re.compile(
    r"\bthe\s+(?P<word>tech-heavy|tech-laden|blue-chip|small-cap|pan-european)\s", re.IGNORECASE
)
_OWN_EPITHET = re.compile(r"the\s+pan-european\s", re.IGNORECASE)


def _epithet_owner(
    mention: Mention,
    matcher: Matcher,
    mentions: list[Mention],
    previous: Previous | None,
    in_play: Resolved | None,
) -> Resolved | None:
    """An epithet anaphor ("the tech-heavy index") names the instrument in view that it is the
    stock epithet of ("tech-heavy Nasdaq"), not merely the last one named."""
    epithet = _EPITHET.match(mention.text)
    if epithet is None:
        return None
    prefix = epithet.group("word").lower() + " "
    earlier = [m for m in mentions if m.end <= mention.start and not m.anaphor]
    candidates = [matcher.resolve(m, None) for m in reversed(earlier)]
    candidates += [previous.resolved if previous else None, in_play]
    for found in candidates:
        if found is not None and any(a.startswith(prefix) for a in found.instrument.aliases):
            return found
    own = [i for i in matcher.registry.instruments if any(a.startswith(prefix) for a in i.aliases)]
    alone = prefix in ("tech-heavy ", "tech-laden ", "pan-european ") and len(own) == 1  # alone
    if alone:
        return Resolved(own[0], False, mention.text)
    return same_exchange(own, candidates, mention.text)  # "the blue-chip index" by the Nasdaq


_CITY_INDEX = {
    "tokyo": "NIKKEI225",
    "shanghai": "SHCOMP",
    "hong kong": "HSI",
    "seoul": "KOSPI",
    "taipei": "TAIEX",
    "sydney": "ASX200",
    "frankfurt": "DAX",
    "paris": "CAC40",
    "london": "FTSE100",
    "madrid": "IBEX35",
    "milan": "FTSEMIB",
    "zurich": "SMI",
    "amsterdam": "AEX",
    "toronto": "TSX",
    "sao paulo": "BOVESPA",
    "buenos aires": "MERVAL",
}
_FRONTED_CITY = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|while)\s+)[Ii]n\s+(?P<city>"
    + "|".join(_CITY_INDEX).title()
    + r"),?\s+(?:[^,;]|,(?=\d))*$"
)


def _city_index(matcher: Matcher, sentence: str, mention: Mention) -> Resolved | None:
    """An index anaphor in a clause fronted by "In <financial centre>": that centre's benchmark."""
    found = _FRONTED_CITY.search(sentence, 0, mention.start)
    if found is None:
        return None
    wanted = _CITY_INDEX[found.group("city").lower()]
    instrument = next((i for i in matcher.registry.instruments if i.id == wanted), None)
    if instrument is None:
        return None
    return matcher.resolve(Mention(mention.start, mention.end, mention.text, instrument), None)


_COUNTER_BEFORE = re.compile(
    r"(?:\bper|\bto\s+the|\ba|\d%?\s+(?:against|versus|vs\.?))\s+(?:the\s+)?$", re.IGNORECASE
)


_UNIT_AFTER_PRICE = re.compile(r"\d(?:\s*(?:cents?|pence|p))?\s+$", re.IGNORECASE)


def _is_counter(sentence: str, mention: Mention) -> bool:
    """Whether a currency word is the counter of a quote ("per dollar", "Against the euro, ")
    or the unit after a price ("$5.20 a pound")."""
    unit = re.match(r"(?:an?|per)\s", mention.text, re.IGNORECASE)
    if unit and _UNIT_AFTER_PRICE.search(sentence, max(0, mention.start - 20), mention.start):
        return True
    if _COUNTER_BEFORE.search(sentence, max(0, mention.start - 12), mention.start):
        return True
    fronted = FRONTED_COUNTER.match(sentence)
    return fronted is not None and fronted.end() == mention.start
