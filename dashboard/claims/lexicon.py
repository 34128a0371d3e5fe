"""The words of market copy: movement verbs, hedges, units, currencies, anaphors, forecasts.

Every list is lower case; the parser matches case-insensitively on the original text (never on
a lower-cased copy, whose length can differ from the original's for some Unicode letters).
"""

from __future__ import annotations

import re

from dashboard.domain import Direction, Hedge, InstrumentKind, Unit


def word_list(*groups: str) -> tuple[str, ...]:
    return tuple(w for group in groups for w in group.split())


UP_VERBS = word_list(
    "rose risen rise rises rising gained gain gains gaining climbed climb climbs climbing",
    "jumped jump jumps jumping surged surge surges surging rallied rally rallies rallying",
    "rebounded rebound rebounds rebounding advanced advance advances advancing",
    "soared soar soars soaring spiked spike spikes spiking recovered recover recovers recovering",
    "firmed firms firming strengthened strengthen strengthens strengthening",
    "appreciated appreciates appreciating added adding add adds increased increases increasing",
    "rocketed rockets rocketing leapt leaped leaps leaping bounced bounces bouncing",
    "doubled doubles doubling tripled triples tripling quadrupled quadruples quadrupling quintupled"
    " quintuples quintupling topped tops topping surpassed",
    "crested crests cresting",  # "briefly crested 5% on Thursday": a level topped
    "clawed claws clawing vaulted vaults vaulting bounced",
    "skyrocketed skyrockets skyrocketing bounded bounding",
    "recouped recoup recoups recouping regained regain regains regaining zoomed zooms zooming",
    "popped pops popping spurted spurts spurting perked perks perking peaked peaking peaks",
    "shot shoots shooting",
    "cleared clears clearing",  # "cleared $100,000 for the first time": a level crossed
    "raced races racing",  # "raced to a record $147.27"
    "roared roars roaring",  # "roared back 18.8%"
    "rocket leap skyrocket zoom",  # base forms: "only to rocket 5% by the close"
    "clambered clambers clambering",  # "clambered back above $5,500"
    "sprang springs springing ballooned balloons ballooning bolted bolts bolting",
)
DOWN_VERBS = word_list(
    "fell fallen fall falls falling slipped slip slips slipping dropped drop drops dropping",
    "declined decline declines declining slid slide slides sliding sank sunk sink sinks sinking",
    "tumbled tumble tumbles tumbling plunged plunge plunges plunging slumped slump slumps slumping",
    "lost lose loses losing shed sheds shedding eased ease eases easing retreated retreat retreats",
    "retreating weakened weaken weakens weakening depreciated depreciates depreciating dipped dip",
    "dips dipping crashed crash crashes crashing plummeted plummet plummets plummeting tanked",
    "tanks tanking sagged sags sagging skidded skids skidding decreased decreases decreasing",
    "plumbed plumbs plumbing",
    "collapsed collapses collapsing halved halves halving",
    "reeled reeling",
    "nosedived nosedives nosediving cratered craters cratering dived dives diving dove",
    "softened softens softening buckled buckles buckling wilted wilts wilting bottomed bottoming",
    "collapse nosedive crater dive tank sag skid soften buckle wilt reel halve plumb",  # "only to"
    "crumbled crumbles crumbling crumpled crumples crumpling toppled topples toppling",
    "swooned swoons swooning cascaded cascades cascading drooped droops drooping",
    "stumbled stumbles stumbling",
    "fading fade",  # "before fading to $1.2030" (not "faded": "before gains faded to 0.6%")
)
_LATE_MONTHS = ("september", "october", "november", "december")
# Verbs of speed that lean up but take a way word after them ("spiked lower", "shot down").
SPEED_VERBS = frozenset(word_list("shot shoots shooting spiked spike spikes spiking"))
# Verbs that say when or how a price was taken but not which way: the tail gives the way.
NEUTRAL_VERBS = word_list(
    "closed close closes closing ended end ends ending finished finish finishes finishing",
    "settled settle settles settling opened open opens opening edged edges edging",
    "moved moves moving stood stands sat sits hovered hovers hovering drifted drifts drifting",
    "touched touching touches hit hits hitting reached reaching reaches crossed breached broke",
    "struck striking",
    "crossing crosses breaching breaches breaking breaks pierced pierces piercing",
    "broken",
    "inched inches inching ticked ticks ticking crept creeps creeping nudged nudges nudging",
    "whipsawed whipsaws whipsawing seesawed seesawing fluctuated fluctuating wavered wavering",
    "swung swings swinging turned turns turning languished languishing steadied steadying",
    "lurched lurches lurching",  # "lurched from a 4.7% loss to a 3% gain"
    "careered careers careering hurtled hurtles hurtling",  # "careered to a record 4.9290"
    "wobbled wobbling meandered meandering treaded treading dithered dithering",
    "pointing pointed held holding scaled scales scaling",
    "marched marches marching",  # "marched up to a 12-year peak"
    "gapped gaps gapping brushed brushes brushing",  # "gapped up 8% at the open", "brushed 4.99%"
    "poked pokes poking",  # "poked above 3,000 for the first time"
    "fetched fetches fetching bought buys buying",  # "the euro fetched $1.09": a quote
    "snapped snaps snapping",  # "before snapping back to 147.45": the way back (frames.back_way)
)
# Verbs that reach a level during the session ("touched 1.61%", "hit $71").
EXTREME_VERBS = frozenset(
    word_list(
        "touched touching touches touch hit hits hitting reached reaching reaches peaked peaking",
        "struck striking",
        "peaks bottomed bottoming scaled scales scaling brushed brushes brushing",
        "plumbed plumbs plumbing",  # "plumbed an all-time low of $1.0327": the day's low reached
        "poked pokes poking",  # "poked above 3,000 for the first time": a brief crossing
    )
)
# Verbs that set a record: its level, with no close named, is the session's extreme
# ("set an all-time high of $2,758", like "hit an all-time high of $2,758").
RECORD_SETTING = frozenset(word_list("set sets setting notched notches notching marked marking"))
# Verbs whose money figure is a level crossed, not a size ("topped $70,000").
LEVEL_VERBS = frozenset(
    word_list(
        "topped tops topping surpassed crossed breached broke broken crossing crosses breaching",
        "breaches",
        "breaking breaks cleared clears clearing pierced pierces piercing",
        "crested crests cresting",  # "crested 5%": a level topped, not a 5% rise
    )
)
OPEN_VERBS = frozenset(word_list("opened open opens opening"))
# "wrapped up the session 1% higher", "wound up 0.4% lower": phrasal verbs that end the day
PHRASAL_CLOSES = frozenset(
    f"{w} up" for w in word_list("wrapped wraps wrapping wrap wound winds winding")
) | frozenset(("closed out", "closes out", "closing out"))  # "closed out Friday at 147.65"
CLOSE_VERBS = (
    frozenset(
        word_list(
            "closed close closes closing ended end ends ending finished finish finishes settled settle settles settling"
        )
    )
    | PHRASAL_CLOSES
)
BASE_FORMS = frozenset(
    word_list(
        "rise gain climb jump surge rally rebound advance soar spike fall slip drop decline",
        "slide sink tumble plunge slump lose shed ease retreat weaken strengthen dip crash",
        "plummet tank sag skid close end finish settle open edge move recover firm add",
        "recoup regain zoom pop spurt perk nosedive crater dive soften buckle wilt inch tick",
        "creep nudge whipsaw seesaw fluctuate waver",
        "collapse reel halve plumb rocket leap skyrocket",
    )
)
# doubled = up 100 %, halved = down 50 %: the verb carries the size.
IMPLIED_SIZE = {
    "doubled": 100.0, "doubles": 100.0, "doubling": 100.0, "tripled": 200.0, "triples": 200.0,
    "tripling": 200.0, "halved": 50.0, "halves": 50.0, "halving": 50.0, "quadrupled": 300.0,
    "quadruples": 300.0, "quadrupling": 300.0, "quintupled": 400.0, "quintuples": 400.0,
    "quintupling": 400.0,
}  # fmt: skip

# Nouns for a move ("a 2% drop", "Tuesday's slide", "its biggest gain").
UP_NOUNS = word_list(
    "gain gains rise rally jump surge rebound advance increase climb recovery upswing spike leap"
)
DOWN_NOUNS = word_list(
    "drop fall decline loss losses slide slump plunge selloff sell-off rout tumble decrease "
    "retreat crash slip dip downturn collapse dive"
)
MOVE_NOUNS = {**dict.fromkeys(UP_NOUNS, Direction.UP), **dict.fromkeys(DOWN_NOUNS, Direction.DOWN)}
# "a run of roughly 35%", "a 35% run-up": a rise only when sized ("a losing run" is not one)
SIZED_NOUNS = {**MOVE_NOUNS, **dict.fromkeys(word_list("run run-up"), Direction.UP)}
SIZED_NOUNS["deficit"] = Direction.DOWN  # "erased a 42-point deficit": a fall, only when sized

# "pared", "trimming", "limited", "narrowed", "cut" its losses: the move shrank to what follows
PARING = ("par", "trim", "limit", "narrow", "cut", "whittl")

# "in roughly 16 years", "in more than a decade": a hedge on a look-back's span, not on a price
SPAN_HEDGE = r"(?:(?:more\s+than|over|nearly|almost|roughly|about|around|some|at\s+least)\s+)?"

HEDGES: dict[str, Hedge] = {
    "as much as": Hedge.AS_MUCH_AS,
    "up to": Hedge.AS_MUCH_AS,
    "as many as": Hedge.AS_MUCH_AS,
    "almost": Hedge.ALMOST,
    "nearly": Hedge.ALMOST,
    "close to": Hedge.ALMOST,
    "just under": Hedge.LESS_THAN,  # "under" is less_than, however close
    "just shy of": Hedge.ALMOST,
    "a shade under": Hedge.LESS_THAN,
    "just below": Hedge.ALMOST,
    "a touch under": Hedge.LESS_THAN,
    "about": Hedge.ABOUT,
    "around": Hedge.ABOUT,
    "roughly": Hedge.ABOUT,
    "some": Hedge.ABOUT,
    "approximately": Hedge.ABOUT,
    "an estimated": Hedge.ABOUT,
    "more than": Hedge.MORE_THAN,
    "over": Hedge.MORE_THAN,
    "just over": Hedge.MORE_THAN,
    "upwards of": Hedge.MORE_THAN,
    "in excess of": Hedge.MORE_THAN,
    "well over": Hedge.MORE_THAN,
    "a little over": Hedge.MORE_THAN,
    "a little more than": Hedge.MORE_THAN,
    "slightly more than": Hedge.MORE_THAN,
    "just above": Hedge.MORE_THAN,
    "north of": Hedge.MORE_THAN,
    "upward of": Hedge.MORE_THAN,
    "a shade over": Hedge.MORE_THAN,
    "a shade more than": Hedge.MORE_THAN,
    "a touch more than": Hedge.MORE_THAN,
    "a touch over": Hedge.MORE_THAN,
    "a bit more than": Hedge.MORE_THAN,
    "better than": Hedge.MORE_THAN,  # "added better than 20%": wire copy's "more than"
    "a whisker over": Hedge.MORE_THAN,
    "a fraction over": Hedge.MORE_THAN,
    "a fraction more than": Hedge.MORE_THAN,
    "a tad more than": Hedge.MORE_THAN,
    "a tad over": Hedge.MORE_THAN,
    "something over": Hedge.MORE_THAN,
    "something more than": Hedge.MORE_THAN,
    "a whisker under": Hedge.LESS_THAN,
    "a fraction under": Hedge.LESS_THAN,
    "a fraction less than": Hedge.LESS_THAN,
    "a tad under": Hedge.LESS_THAN,
    "a tad less than": Hedge.LESS_THAN,
    "a little under": Hedge.LESS_THAN,
    "a touch less than": Hedge.LESS_THAN,
    "a shade less than": Hedge.LESS_THAN,
    "something like": Hedge.ABOUT,
    "getting on for": Hedge.ALMOST,
    "not quite": Hedge.ALMOST,
    "the better part of": Hedge.ALMOST,
    "in the region of": Hedge.ABOUT,
    "slightly less than": Hedge.LESS_THAN,
    "a little less than": Hedge.LESS_THAN,
    "at least": Hedge.AT_LEAST,
    "no less than": Hedge.AT_LEAST,
    "not less than": Hedge.AT_LEAST,
    "less than": Hedge.LESS_THAN,
    "under": Hedge.LESS_THAN,
    "fewer than": Hedge.LESS_THAN,
}

NUMBER_WORDS_BASE = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
FRACTIONS = {
    "a third": 33.3, "one third": 33.3, "one-third": 33.3, "two thirds": 66.7,
    "two-thirds": 66.7, "a quarter": 25.0, "one quarter": 25.0, "half": 50.0, "a half": 50.0,
    "a fifth": 20.0, "a tenth": 10.0, "two-fifths": 40.0, "three-fifths": 60.0,
    "four-fifths": 80.0, "an eighth": 12.5, "a sixth": 16.7, "three-quarters": 75.0,
    "three quarters": 75.0, "a percent and a half": 1.5, "a percentage and a half": 1.5,
    "twofold": 100.0, "threefold": 200.0, "fourfold": 300.0, "fivefold": 400.0,  # a multiple
    "tenfold": 900.0, "twentyfold": 1900.0,  # "rose more than tenfold": a rise of 900%
}  # fmt: skip

# Small numbers spelled out before a unit ("half a cent", "nearly four cents", "one percent").
WORD_NUMBERS = {
    "a": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0,
    "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0, "a full": 1.0, "half a": 0.5,
    "a half": 0.5, "a quarter of a": 0.25, "three quarters of a": 0.75,
    "three-quarters of a": 0.75, "a tenth of a": 0.1,
    "1/4": 0.25, "1/2": 0.5, "3/4": 0.75,  # "settled 1/2 cent higher"
    "a fifth of a": 0.2, "a third of a": 0.333, "two-thirds of a": 0.667, "two thirds of a": 0.667,
}  # fmt: skip
_TENTHS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
WORD_NUMBERS |= {  # "seven-tenths of a percent", "twelve and a half percent", "fourteen percent"
    **{
        f"{w}{j}tenth{'s' if i else ''} of a": (i + 1) / 10
        for i, w in enumerate(_TENTHS)
        for j in "- "
    },
    **{w: float(n) for w, n in NUMBER_WORDS_BASE.items() if n > 10},
    **{f"{w} and a half": n + 0.5 for w, n in NUMBER_WORDS_BASE.items() if n <= 20},
}

UNIT_WORDS: dict[str, Unit] = {
    "%": Unit.PERCENT,
    "percent": Unit.PERCENT,
    "per cent": Unit.PERCENT,
    "pct": Unit.PERCENT,
    "pc": Unit.PERCENT,
    "percentage points": Unit.POINTS,
    "percentage point": Unit.POINTS,
    "basis points": Unit.BASIS_POINTS,
    "basis point": Unit.BASIS_POINTS,
    "bps": Unit.BASIS_POINTS,
    "bp": Unit.BASIS_POINTS,
    "points": Unit.POINTS,
    "point": Unit.POINTS,
    "pts": Unit.POINTS,
}

NUMBER_WORDS = NUMBER_WORDS_BASE


# Words that point back to the instrument in play, with the kinds they may stand for.
_INDEX = (InstrumentKind.EQUITY_INDEX, InstrumentKind.EQUITY_FUTURES, InstrumentKind.VOLATILITY)
ANY_KIND = tuple(InstrumentKind)
ANAPHORS: dict[str, tuple[InstrumentKind, ...]] = {
    "it": ANY_KIND,
    "they": ANY_KIND,  # "Chinese stocks fell 1.2%; they had rallied 2% a day earlier"
    "them": ANY_KIND,  # "wheat jumped 7%, leaving them up 41% for the week"
    "the index": _INDEX,
    "the gauge": _INDEX,
    "the benchmark": (*_INDEX, InstrumentKind.BOND_YIELD, InstrumentKind.COMMODITY),
    "the benchmark index": _INDEX,
    "the broader index": _INDEX,
    "the blue-chip index": _INDEX,
    "the stock index": _INDEX,
    "the measure": ANY_KIND,
    "the former": ANY_KIND,  # "wheat hit $13.40 and corn $7.62, the former a record"
    "the latter": ANY_KIND,
    "the currency": (InstrumentKind.FX,),
    "the unit": (InstrumentKind.FX,),
    "the yield": (InstrumentKind.BOND_YIELD,),
    "yields": (InstrumentKind.BOND_YIELD,),
    "borrowing costs": (InstrumentKind.BOND_YIELD,),  # only after a tenor (subjects.py)
    "the contract": (InstrumentKind.COMMODITY, InstrumentKind.EQUITY_FUTURES),
    "futures": (InstrumentKind.COMMODITY, InstrumentKind.EQUITY_FUTURES),
    "prices": (InstrumentKind.COMMODITY, InstrumentKind.CRYPTO),
    "the price": (InstrumentKind.COMMODITY, InstrumentKind.CRYPTO),  # "and the price was up"
    "the metal": (InstrumentKind.COMMODITY,),
    "the cryptocurrency": (InstrumentKind.CRYPTO,),
    "the token": (InstrumentKind.CRYPTO,),
    "the digital currency": (InstrumentKind.CRYPTO,),
    "the main index": _INDEX,
    "the main gauge": _INDEX,
    "the benchmark gauge": _INDEX,
    "the broader gauge": _INDEX,
    "the blue-chip gauge": _INDEX,
    "the blue-chip average": _INDEX,
    "the cash average": _INDEX,  # "Dow futures jumped ..., and the cash average piled on"
    "the cash index": _INDEX,
    "the underlying index": _INDEX,
    "the average": _INDEX,
    "the composite": _INDEX,
    "the tech-heavy index": _INDEX,
    "the tech-laden index": _INDEX,
    "the pan-european index": _INDEX,  # the epithet of the STOXX 600 (context._EPITHET)
    "the pan-european benchmark": _INDEX,
    "the pan-european gauge": _INDEX,
    "the small-cap index": _INDEX,
    **{  # "the 30-share index", "the dollar-denominated gauge": the index in play, described
        f"the {adjective} {noun}": _INDEX
        for adjective in (
            *("30-share", "40-share", "50-share", "100-share", "225-share", "30-stock", "50-stock"),
            *("500-stock", "dollar-denominated", "dollar-based", "rouble-based", "ruble-based"),
            *("rouble-denominated", "ruble-denominated", "broad-based", "export-heavy"),
            *("exporter-heavy", "resource-heavy", "commodity-heavy", "bank-heavy", "energy-heavy"),
        )
        for noun in ("index", "gauge", "benchmark", "average")
    },
    "the share index": _INDEX,
    "the pair": (InstrumentKind.FX,),
    "the exchange rate": (InstrumentKind.FX,),
    "the spot rate": (InstrumentKind.FX,),  # "set the yuan's midpoint at 7.1090, but the spot rate"
    "the local currency": (InstrumentKind.FX,),
    "the onshore currency": (InstrumentKind.FX,),  # "the yuan ..., with the onshore currency at"
    "the national currency": (InstrumentKind.FX,),
    "the grain": (InstrumentKind.COMMODITY,),
    "the oilseed": (InstrumentKind.COMMODITY,),
    "the commodity": (InstrumentKind.COMMODITY,),
    "the fuel": (InstrumentKind.COMMODITY,),
    "the precious metal": (InstrumentKind.COMMODITY,),
    "the industrial metal": (InstrumentKind.COMMODITY,),
    "the crop": (InstrumentKind.COMMODITY,),
    "the benchmark contract": (InstrumentKind.COMMODITY, InstrumentKind.EQUITY_FUTURES),
    **{  # "the COMEX contract", "the LME contract": the contract, named by its exchange
        f"the {x} contract": (InstrumentKind.COMMODITY, InstrumentKind.EQUITY_FUTURES)
        for x in ("comex", "nymex", "cme", "cbot", "ice", "lme", "shfe", "tocom", "mcx")
    },
    "the global benchmark": (InstrumentKind.COMMODITY,),  # Brent, in oil reports
    "the international benchmark": (InstrumentKind.COMMODITY,),  # Brent, in oil reports
    "the u.s. benchmark": (*_INDEX, InstrumentKind.COMMODITY),  # WTI, in oil reports
    "the us benchmark": (*_INDEX, InstrumentKind.COMMODITY),
    "its u.s. counterpart": (InstrumentKind.COMMODITY,),  # WTI, after Brent
    "the u.s. counterpart": (InstrumentKind.COMMODITY,),
    "the north sea contract": (InstrumentKind.COMMODITY,),
    "the u.s. contract": (InstrumentKind.COMMODITY, InstrumentKind.EQUITY_FUTURES),
    "the front-month contract": (InstrumentKind.COMMODITY, InstrumentKind.EQUITY_FUTURES),
    **{  # "the most-active contract", "the July contract": the futures market just named
        f"the {x} contract": (InstrumentKind.COMMODITY, InstrumentKind.EQUITY_FUTURES)
        for x in (
            *("most-active", "most active", "nearby", "spot-month"),
            *word_list("january february march april may june july august september october"),
            *("november", "december"),
        )
    },
    **{  # "the February Comex contract": a delivery month, then the exchange
        f"the {m} {x} contract": (InstrumentKind.COMMODITY, InstrumentKind.EQUITY_FUTURES)
        for m in (*word_list("january february march april may june july august"), *_LATE_MONTHS)
        for x in ("comex", "nymex", "cbot", "ice", "lme")
    },
    "the benchmark yield": (InstrumentKind.BOND_YIELD,),
    "the note's yield": (InstrumentKind.BOND_YIELD,),
    "the 2-year": (InstrumentKind.BOND_YIELD,),
    "the two-year": (InstrumentKind.BOND_YIELD,),
    "the 5-year": (InstrumentKind.BOND_YIELD,),
    "the five-year": (InstrumentKind.BOND_YIELD,),
    "the 10-year": (InstrumentKind.BOND_YIELD,),
    "the ten-year": (InstrumentKind.BOND_YIELD,),
    "the 30-year": (InstrumentKind.BOND_YIELD,),
    "the thirty-year": (InstrumentKind.BOND_YIELD,),
}

# Goods and price gauges the registry does not quote: "gasoline futures", "consumer prices"
# name no registry instrument, so their "futures" / "prices" is no anaphor.
UNLISTED_GOODS = frozenset(
    word_list(
        "gasoline petrol diesel jet kerosene naphtha propane ethanol coal uranium lumber steel",
        "rubber cotton sugar coffee oats rice canola rapeseed palm cattle hogs lean feeder milk",
        "zinc lead tin cobalt lithium iron ore juice wool power electricity carbon freight",
        "consumer producer core import export house home housing food rent rental funds",
    )
)
# Words between a subject and its verb that say the move is not (yet) a fact.
FORECAST_WORDS = word_list(
    "could may might would will should can shall to expected forecast forecasts predicted",
    "predict predicts projected seen sees see likely unlikely poised set expect expects",
    "hoped hope targets target estimate estimates wants want if unless cannot couldn't won't",
    "not never didn't failed fail",
)
# Words allowed between a subject and its verb ("Stocks in Europe also rebounded").
GAP_WORDS = word_list(
    "duly",  # "the Chinese unit duly slid 1.9%"
    "also further still even both all again then just briefly initially later earlier",
    "index futures prices price contract shares stocks benchmark gauge has have had was were",
    "share average held posted booked recorded notched showed logged registered",
    "is are been being more than nearly almost respectively together each mostly had since",
    "quickly partly last now already alone broadly suffered suffers endured saw sees itself",
    "posting booking recording notching logging registering suffering enduring",
    "managed managing scored only staged staging enjoyed",  # "managed a gain of just 0.5%"
    "clocked clocking",  # "clocked a weekly gain of 0.6%"
)
# Words that may join a claim to the next one that shares its subject.
CARRY_WORDS = word_list(
    "and after before but then while also further as having had has have was were is are it",
    "even later earlier only ending leaving whereas before after still then both just last already",
    "briefly initially since again thereby itself subsequently eventually having been being including",
    "quickly swiftly promptly abruptly suddenly sharply steadily gradually",  # "then abruptly"
    "a day one from finally suffering suffered posting marking recording notching logging booking",
    "posted marked recorded notched logged booked clocked clocking",
    "topping breaching surpassing beating eclipsing",  # "..., topping Friday's record of 83.35"
    "now registering each all half of most much part some about nearly roughly third quarter",
    "paring trimming erasing reversing capping",  # "..., paring Thursday's record slide"
    "yet",  # "edged up 0.2% on Friday yet lost 6.5% in the quarter": as "but"
    "though although",  # "..., though both had touched fresh five-year lows in the morning"
    "despite",  # "rose 5% this week, despite slipping 0.9% on Friday"
)

# "hovered near the flatline", "held around unchanged": a price that stayed at its last close
NEAR_FLAT = (
    r"(?:near|around|close\s+to|at|just\s+(?:above|below))\s+(?:the\s+)?(?:flat[\s-]?line"
    r"|flat|unchanged(?:\s+(?:levels?|mark))?)"
)
FLAT_RE = re.compile(  # "little changed", "flat", "hovered near the flatline"
    r"(?:(?:little|barely|almost|virtually|largely|nearly)\s+(?:changed|moved)|unchanged|flat|steady"
    r"|(?:barely|hardly|scarcely)\s+(?:budg(?:ed|ing)|mov(?:ed|ing))"  # "barely budging on the day"
    r"|(?:broadly|essentially|roughly|basically|largely)\s+flat"
    r"|(?:almost|nearly|virtually|essentially|basically)\s+(?:flat|unchanged)|"
    + NEAR_FLAT
    + r")\b",
    re.IGNORECASE,
)
