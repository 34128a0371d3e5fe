"""The Tail record: everything a tail says, filled in while it is read."""

from __future__ import annotations

from dataclasses import dataclass, field

from dashboard.claims.figures import Level, Size
from dashboard.claims.tail_records import Extra
from dashboard.claims.timewords import TimeRef
from dashboard.domain import Direction


@dataclass
class Tail:
    """Everything a tail says (mutable while it is being read)."""

    end: int
    claim_end: int
    direction: Direction | None = None
    sizes: list[Size] = field(default_factory=list)
    level: Level | None = None
    counter: str | None = None
    times: list[TimeRef] = field(default_factory=list)
    extras: list[Extra] = field(default_factory=list)
    forecast: bool = False
    counted: bool = False  # "in five of the past six weeks": how often, not a move
    fronted: bool = False  # the counter is one fronted for the sentence ("Against the euro, ...")
    counter_it: bool = False  # "against it": the counter currency is one named earlier
    it_currency: str | None = None  # that currency, once the sentence's mentions are known
    streak: bool = False  # "has fallen for 10 of the past 12 sessions": no move of the day
    that_level: bool = False  # "past that level": the level of the claim before
    levels: list[Level] = field(default_factory=list)  # "to 4.29% and 3.53%": one per subject
    counters: list[str] = field(default_factory=list)  # "against sterling and the yen": each
    to_percent: bool = False  # "to about 3.97%": a yield's level, another instrument's size
    ends: bool = False  # "to end flat", "to settle 2.6% higher": the way at the close
    side: Direction | None = None  # "below $70": the side of the threshold the level names
    noun_size: bool = False  # "hit a 2.9% loss", "hit their 5% limit down": a size, not a level
    way_from: bool = False  # the way came from ", up from 4.331%": a level stood there, that way
    reached: bool = False  # "surged to their best day since November": that move is the claim
    own_verb: bool = True  # False after a move noun: "to trade 0.4% lower" is its own claim
