"""The passes over a sentence's claims that run after every other rule: the last-resort
readings of figures no claim took (``unclaimed_moves``), a price reached named as the mark a
later one stands off (``touched_prices``), a move noun with its price (``noun_levels``), a move
noun a market after "for" owns (``owned_nouns``), dated references to earlier records
(``dated_records``), a period's own move ("capping a week in which it lost 25%",
``periods_in_which``), and a close's level moved onto the window's move it ends
(``folded_levels.closes_folded``); a mark told of "the former" or "the latter"
(``former_latter``), a day named in a relative clause or by a lead move noun, or by the dated
move a result clause hangs on (``relative_days``, ``carried_days``), a first close past a mark in
a side clause (``first_closes``), a move against a second counter ("and 0.4% against the
dollar", ``other_counters``), the move and the price told beside the day's high or low ("ended
near its session low, 2.3% lower", ``extreme_moves``; "closed near its session low at
7,607.88", ``extreme_levels``), a price touched with no way as the day's extreme
(``touched_levels``), a move the close reverses told as an earlier day's (``earlier_day_moves``),
an unsized turn after the day's extreme (``vague_reversals``), the dollar told against a
paraphrased currency (``dollar_counters``), a ranking beside an earlier day's move noun
(``apposed_rankings``), a perfect-tense move over its window (``perfect_windows``), an unsized
move a policy "let" happen (``permitted_moves``), and a claim dated to a weekend publication day
only by default is Friday's (``weekend_days``); a level a causing verb's object reached takes the
way of the record at that level (``caused_ways``)."""

from __future__ import annotations

import re
from datetime import date

from dashboard.claims.apposed_rankings import apposed_rankings
from dashboard.claims.baskets import basket_moves
from dashboard.claims.bond_prices import bond_price_yields
from dashboard.claims.both_counters import records_both_counters
from dashboard.claims.carried_days import carried_days
from dashboard.claims.caused_ways import caused_ways
from dashboard.claims.closing_remainders import closing_remainders
from dashboard.claims.closing_words import closing_words
from dashboard.claims.counter_participles import index_counters, shared_participles
from dashboard.claims.dated_record_nouns import dated_record_nouns
from dashboard.claims.dated_records import dated_records, records_past_windows
from dashboard.claims.day_after_clauses import day_after_clauses, participle_days
from dashboard.claims.day_ranges import day_ranges
from dashboard.claims.dollar_counters import dollar_counters
from dashboard.claims.earlier_day_moves import earlier_day_moves
from dashboard.claims.early_moves import after_reversed
from dashboard.claims.extreme_levels import extreme_levels
from dashboard.claims.extreme_moves import extreme_moves
from dashboard.claims.first_closes import first_closes
from dashboard.claims.folded_levels import closes_folded
from dashboard.claims.forecast_complements import forecast_complements
from dashboard.claims.former_latter import former_latter, levels_of_which, marks_of_which
from dashboard.claims.from_marks import moves_from_marks
from dashboard.claims.fronted_extremes import fronted_extremes
from dashboard.claims.later_sizes import later_sizes
from dashboard.claims.listed_gaps import listed_gaps
from dashboard.claims.mark_days import marked_windows
from dashboard.claims.money_values import money_values
from dashboard.claims.noun_extremes import noun_extremes
from dashboard.claims.noun_levels import noun_levels
from dashboard.claims.noun_rankings import nouns_ranked
from dashboard.claims.other_counters import second_counters
from dashboard.claims.outrun_moves import (
    levels_turned_back,
    moves_outrun,
    one_point_moves,
    overnight_moves,
)
from dashboard.claims.owned_anaphors import owned_anaphors
from dashboard.claims.owned_nouns import owned_nouns
from dashboard.claims.paraphrased_records import paraphrased_records
from dashboard.claims.participle_counters import participle_counters
from dashboard.claims.perfect_windows import perfect_windows
from dashboard.claims.periods_in_which import periods_in_which
from dashboard.claims.permitted_moves import permitted_moves
from dashboard.claims.pushed_levels import pushed_levels
from dashboard.claims.ranked_states import ranked_day_states
from dashboard.claims.ranked_windows import ranked_days, ranked_windows
from dashboard.claims.relative_days import relative_days
from dashboard.claims.respective_levels import respective_levels
from dashboard.claims.reversed_levels import reversed_moves_to
from dashboard.claims.same_day import same_days
from dashboard.claims.shared_pairs import paired_levels, paired_windows
from dashboard.claims.shared_windows import shared_windows
from dashboard.claims.sized_objects import sized_objects
from dashboard.claims.stated_levels import levels_stated
from dashboard.claims.story_pairs import story_pairs
from dashboard.claims.subjects import Mention
from dashboard.claims.sunday_futures import sunday_futures
from dashboard.claims.touched_levels import touched_levels
from dashboard.claims.touched_prices import touched_prices
from dashboard.claims.touched_sides import touched_sides
from dashboard.claims.unclaimed_moves import unclaimed_claims
from dashboard.claims.unclaimed_windows import unclaimed_windows
from dashboard.claims.undone import taken_back_closes
from dashboard.claims.vague_reversals import vague_reversals
from dashboard.claims.verb_city_lists import verb_city_lists
from dashboard.claims.weekend_days import weekday_sessions
from dashboard.claims.year_windows import year_windows
from dashboard.claims.yuan_rates import yuan_rates
from dashboard.claims.yuan_sides import yuan_sides
from dashboard.domain import Claim, InstrumentKind, Unit
from dashboard.instruments import Registry


def last_passes(
    s: str, claims: list[Claim], mentions: list[Mention], registry: Registry, reference: date
) -> list[Claim]:
    """The sentence's claims after the last passes, in text order."""
    found = unclaimed_claims(s, listed_gaps(s, claims, mentions, reference), mentions, registry)
    found = closing_remainders(
        s, found, mentions
    )  # "before ... pared the gain to 1.2% at the settle"
    found = sized_objects(s, found, mentions, reference)
    found = touched_prices(s, found, reference, mentions)
    found = nouns_ranked(s, same_days(s, noun_levels(s, found, mentions), reference))
    found = owned_nouns(s, found, mentions, reference)
    found = dated_records(s, found, reference, mentions)
    found = paraphrased_records(s, dated_record_nouns(s, found, reference, mentions))
    found = periods_in_which(s, found, mentions)
    found = levels_of_which(s, former_latter(s, closes_folded(s, found)))
    found = marks_of_which(s, found)
    found = bond_price_yields(s, found, mentions, registry, reference)
    found = yuan_sides(s, records_both_counters(s, found, registry))
    found = [c for c in found if not _bond_price(s, c, registry) and not _not_the_index(c)]
    found = sunday_futures(s, found, registry, reference)
    found = day_ranges(s, moves_from_marks(s, found))
    found = basket_moves(s, levels_stated(s, year_windows(s, found)), registry)
    found = second_counters(s, found, mentions, registry, reference)  # "and 0.9% against the"
    found = respective_levels(s, found)  # "..., to 151.10 yen and 0.9070 francs respectively"
    found = taken_back_closes(s, ranked_days(s, ranked_windows(s, found)))
    found = shared_windows(s, found)  # "..., dwarfing the S&P 500's 23% advance"
    found = participle_days(s, day_after_clauses(s, found))  # "a day after a rout in which"
    found = first_closes(s, found, reference, mentions)  # "a day after it first closed above"
    found = forecast_complements(s, found)  # "Strategists see the S&P 500 ending next year at"
    found = moves_outrun(one_point_moves(s, overnight_moves(found)))  # "before ending"
    found = levels_turned_back(s, found)  # "slid to 151.95 ..., before intervention lifted it"
    found = after_reversed(s, found)  # "recovered to $1.5610 ... after sinking nearly two cents"
    found = reversed_moves_to(s, found)  # "reversing a drop to 149.70 earlier in the day"
    found = noun_extremes(s, found)  # "bounced off a three-month low of $68.93 in early trade"
    found = touched_levels(s, found)  # "the Australian dollar touched $1.0012": the extreme
    found = touched_sides(found)  # "recovered to 19.05 per dollar after touching 19.25"
    found = earlier_day_moves(s, found)  # "reversing a 0.9% loss from a day earlier"
    found = extreme_moves(s, found)  # "ended near its session low on Friday, 3.1% lower"
    found = later_sizes(s, found)  # "recouped its losses, ending 2.9% higher at $1.1167"
    found = vague_reversals(s, found)  # "soared as high as 110.39 ..., before easing back"
    found = records_past_windows(s, found, reference, mentions)  # "23% below its Feb. 12 record"
    found = extreme_levels(s, found)  # "closed near its session low at 7,607.88"
    found = fronted_extremes(s, found)  # "At its weakest, the yen traded at 151.97, down 0.4%"
    found = dollar_counters(s, relative_days(s, found, reference), registry)  # "Gold, which"
    found = perfect_windows(s, found, reference)  # "the zloty has lost 9% this year, ..."
    found = unclaimed_windows(s, found, reference)  # "Toyota has risen 60% this year, outpacing"
    found = apposed_rankings(s, found)  # "Friday's 9.5% leap, its largest gain since 2008"
    found = carried_days(s, found, reference)  # "on Thursday, leaving it up 50% this year"
    found = permitted_moves(s, found)  # "the central bank let the currency slide"
    found = caused_ways(s, found)  # "sending the yield to 4.35%, its highest since July"
    found = participle_counters(s, found, registry)  # "rebounded, strengthening 5% against the"
    found = verb_city_lists(s, found, registry)  # "Stocks fell in Frankfurt and Paris"
    found = money_values(s, found)  # "lost some $250 billion of market value"
    found = marked_windows(s, found, reference)  # "down 2% from its record close on Monday"
    found = index_counters(s, found, mentions, registry)  # "fell, losing 1.1% against the yen"
    found = shared_participles(s, found, registry)  # "losing 1.1% to 0.8470 francs and 1.4% to"
    found = yuan_rates(s, found)  # "..., weaker than the onshore rate of 7.2395"
    found = pushed_levels(s, found, registry)  # "the currency's slide pushed the euro to"
    found = paired_windows(s, paired_levels(s, found))  # "Brent and WTI ... $69.19 and $65.75"
    found = ranked_day_states(s, found)  # "their biggest drops since 2022, down 2.3% and 3.6%"
    found = owned_anaphors(s, found, registry)  # "as Brent sank 24%, the currency's biggest drop"
    found = story_pairs(s, found, registry)  # "the euro soared to 100 roubles and the dollar"
    found = closing_words(s, found)  # "added 1% to trade at $805", "closing down 3.2%"
    return weekday_sessions(found, reference, registry)


# The dollar index has never stood outside this range: "the dollar ... to 9.38 Norwegian
# crowns" or "to a record low of 0.7067 Swiss francs" is a pair the words did not name.
_INDEX_RANGE = (70.0, 165.0)


def _not_the_index(claim: Claim) -> bool:
    """A dollar-index claim whose level the index could not have: another pair's quote."""
    low, high = _INDEX_RANGE
    return claim.instrument == "DXY" and claim.level is not None and not low <= claim.level <= high


_PRICE_TOLD = re.compile(  # "fell more than 3/4 point in price"
    r"\s+(?:(?:more\s+than|than|nearly|almost|about|over)\s+)?(?:\d+-)?\d+/\d+\s+points?\b|\s+in\s+price\b",
    re.IGNORECASE,
)


def _bond_price(s: str, claim: Claim, registry: Registry) -> bool:
    """ "Prices of 10-year Treasury notes tumbled more than 1-1/2 points", "the 10-year note slid
    3/4 point in price": a bond's price, told in points, is not its yield (a yield moves in basis
    or percentage points, or percent)."""
    told = claim.unit is Unit.POINTS or (claim.size is None and _PRICE_TOLD.match(s, claim.end))
    if not told or claim.instrument not in registry.ids():
        return False
    return registry.get(claim.instrument).kind is InstrumentKind.BOND_YIELD
