"""A claim frame (subjects, trigger, tail, time) and the sizes, ways and levels it states."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dashboard.claims import context as ctx
from dashboard.claims import figures as fig
from dashboard.claims.lexicon import SPEED_VERBS
from dashboard.claims.subjects import Mention, Resolved
from dashboard.claims.tail_state import Tail
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import TIME_RE, Hint, TimeRef, sessions_back
from dashboard.claims.triggers import Kind, Trigger, implied_size
from dashboard.domain import Direction, Hedge, InstrumentKind, Measure, Unit

_HEDGE_BEFORE = re.compile(r"(?:more\s+than|nearly|almost|roughly|about|at\s+least)\s+$", re.I)


@dataclass(frozen=True)
class Frame:
    """One claim's fixed parts before it is turned into ``Claim`` objects."""

    trigger: Trigger
    tail: Tail
    subjects: tuple[tuple[Mention, Resolved], ...]
    start: int  # span start in the sentence
    session: date
    since: date | None
    time_words: str
    explicit: bool
    afterthought: bool = False  # "..., before recovering some ground": a later, vaguer move
    lead: TimeRef | None = (
        None  # fronted time words ("For the week, ..."), shared by joined clauses
    )
    back: bool = False  # dated the session before by "a day after it ...", not by its own words


def rising_way(frame: Frame, previous: ctx.Previous | None) -> Direction:
    """The way of a figure crossed with no word for the way: the way of the move just told on
    the same subject ("surged 4%, having briefly broken through 100"), else the quoted number
    rose, which for a quote currency ("the yen hit 145 per dollar") is a fall."""
    ids = {r.instrument.id for _, r in frame.subjects}
    moved = previous is not None and previous.direction in (Direction.UP, Direction.DOWN)
    # not the way of a move on another day ("eased on Tuesday, a day after it crossed 5%")
    same_day = previous is not None and previous.session == frame.session
    if previous is not None and moved and same_day and previous.resolved.instrument.id in ids:
        return previous.direction
    inverse = all(r.inverse for _, r in frame.subjects)
    return Direction.DOWN if inverse else Direction.UP


_BACK = re.compile(r"\s*back\s+to\s", re.IGNORECASE)
_ONWARD = re.compile(r"\s(?:on|onward|onwards|further|ahead)$", re.IGNORECASE)


_JOINS = re.compile(
    r"\b(?P<j>after|as|when|because|amid|while|whereas|before|and|with|but|,)(?=\s)", re.IGNORECASE
)
_CAUSES = frozenset(("after", "as", "when", "because", "amid", "while", "whereas", "before"))


def own_way(s: str, frame: Frame, previous: ctx.Previous | None) -> Direction | None:
    """The way of the claim before: its market's, or a parallel one's ("rose to 4.31%, and the
    30-year hit 4.42%"), not another market's told as a cause ("fell 7.3% after the 10-year
    yield touched 1%", whose way is the quoted number's rise to it)."""
    if previous is None:
        return None
    ids = {r.instrument.id for _, r in frame.subjects}
    joins = [m.group("j").lower() for m in _JOINS.finditer(s, previous.end, frame.start)]
    caused = bool(joins) and joins[-1] in _CAUSES  # the word that opens this subject's clause
    if previous.resolved.instrument.id in ids or not caused:
        return previous.direction
    return rising_way(frame, None)  # the quoted number rose to the level touched


def back_way(s: str, frame: Frame, previous: ctx.Previous | None) -> Direction | None:
    """ "..., before intervention pulled it back to 154.50": the way back from the move just
    told on the same subject ("pushed on to": the same way)."""
    trigger = frame.trigger
    # "..., then pushed on to 146.40": on the same way as the move just told
    onward = _ONWARD.search(trigger.word) is not None
    snapped = trigger.word.lower().startswith("snap")  # "before snapping back to 147.45"
    if not (onward or ((trigger.caused or snapped) and _BACK.match(s, trigger.end))):
        return None
    if previous is None:
        return None
    if previous.resolved.instrument.id not in {r.instrument.id for _, r in frame.subjects}:
        return None
    if onward:
        return previous.direction if previous.direction in (Direction.UP, Direction.DOWN) else None
    return {Direction.UP: Direction.DOWN, Direction.DOWN: Direction.UP}.get(previous.direction)


# Verbs of small, slow motion that name no way of their own: "crept above 4.75%"
_CREEPING = frozenset(
    [
        "edged",
        "edges",
        "edging",
        "inched",
        "inches",
        "inching",
        "crept",
        "creeps",
        "creeping",
        "nudged",
        "nudges",
        "nudging",
        "ticked",
        "ticks",
        "ticking",
        "moved",
        "moves",
        "moving",
        "drifted",
        "drifts",
        "drifting",
        "pushed",
        "pushes",
        "pushing",
    ]
)


def crept_across(frame: Frame) -> Direction | None:
    """ "crept above 4.75%", "drifted below $1.08": a move that names no way but the side of the
    price it crossed takes that side's way (not "held above", "closed below": no motion)."""
    if frame.trigger.word.lower() not in _CREEPING or frame.tail.side is None:
        return None
    if frame.tail.level is None or frame.tail.sizes:
        return None
    return sided_way(frame, frame.tail.side)


def sided_way(frame: Frame, side: Direction) -> Direction:
    """The way of a record set beyond a threshold: the side crossed, turned for a quote
    currency ("the rupee closed below 83 per dollar" is the rupee at its strongest)."""
    if not all(r.inverse for _, r in frame.subjects):
        return side
    return Direction.UP if side is Direction.DOWN else Direction.DOWN


def claim_sizes(s: str, trigger: Trigger, tail: Tail) -> list[fig.Size]:
    """The sizes a claim states: in its tail, in a move noun, or in the verb ("doubled")."""
    named = trigger.match.groupdict() if trigger.match else {}
    said = named.get("fig")
    if trigger.kind is Kind.NOMINAL and said is not None:  # not "its close of 83.57": a level
        found = fig.FIGURE_RE.match(said)
        sizes = [fig.size_from(found)] if found else []
        if sizes and named.get("beyond") and sizes[0].hedge is Hedge.EXACT:
            sizes = [replace(sizes[0], hedge=Hedge.MORE_THAN)]  # "taking its losses beyond 50%"
        second = named.get("fig2")
        if sizes and second:  # "to about 33% and 45%, respectively": the hedge is shared
            sizes.append(replace(sizes[0], value=fig.number(second)))
        return sizes
    if tail.sizes:
        return list(tail.sizes)
    if trigger.kind is Kind.MOTION and (before := fig.size_before(s, trigger.start)):
        return [before]  # "wiping out the 1.8% it had gained the previous day"
    implied = implied_size(trigger.word)
    if implied is None:
        return []
    hedge = _HEDGE_BEFORE.search(s, max(0, trigger.start - 12), trigger.start)
    return [
        fig.Size(implied, Unit.PERCENT, fig.hedge_of(hedge.group(0).strip() if hedge else None))
    ]


def claim_direction(trigger: Trigger, tail: Tail) -> Direction | None:
    if tail.direction is not None and (tail.ends or trigger.kind in (Kind.NEUTRAL, Kind.STATE)):
        return tail.direction
    if tail.direction in (Direction.UP, Direction.DOWN) and trigger.word.lower() in SPEED_VERBS:
        return tail.direction  # "bitcoin shot lower"
    if trigger.direction is not None:
        return trigger.direction
    return tail.direction


def nominal_time(frame: Frame, measure: Measure) -> tuple[date, date | None, str]:
    """A possessive ("Tuesday's 1.6% drop", "last week's rebound") dates a nominal claim."""
    trigger = frame.trigger
    poss = trigger.match.groupdict().get("poss") if trigger.match else None
    if trigger.kind is Kind.NOMINAL and poss:
        found = TIME_RE.match(poss)
        if found is not None:
            time = resolve(found, frame.session)
            if time.session is not None:
                return time.session, time.since, poss
            if time.hint is Hint.PREVIOUS:  # "the previous session's 1.8% slide"
                traded = "session" in poss.lower() or "trading" in poss.lower()
                day = sessions_back(frame.session, 1) if traded else frame.session - timedelta(1)
                return day, None, poss
    return frame.session, frame.since, frame.time_words


def size_value(size: fig.Size | None, resolved: Resolved) -> tuple[float | None, Unit | None]:
    if size is None:
        return None, None
    value = size.value
    in_cents = "cents" in resolved.instrument.unit
    if size.cents and not in_cents and resolved.instrument.quote_currency != "JPY":
        value = round(value / 100, 10)  # (on the yen a pip is a hundredth: 450 pips, 4.5 yen)
    if size.is_money and size.counter in (None, "USD") and in_cents:  # "$0.21" on corn: 21 cents
        return round(value * 100, 8), size.unit
    if size.pp and resolved.instrument.kind is InstrumentKind.BOND_YIELD:  # a point is 100 bp
        return round(value * 100, 8), Unit.BASIS_POINTS
    return value, size.unit


def own_level(frame: Frame, level: float | None, index: int) -> float | None:
    """ "to 4.29% and 3.53%, respectively": each subject's own level, in order."""
    levels = frame.tail.levels
    if len(levels) != len(frame.subjects) or level != levels[0].value:
        return level
    return levels[index].value


def level_for(level: float | None, resolved: Resolved, frame: Frame) -> float | None:
    if level is None:
        return None
    if frame.tail.level is not None and frame.tail.level.percent:
        return level if resolved.instrument.kind is InstrumentKind.BOND_YIELD else None
    return level


def levels_in_turn(frame: Frame, sizes: list[fig.Size]) -> bool:
    """Money figures, one per subject, read as levels: each subject's own, in order; also
    yields' percents ("the 10-year and 30-year yields hit 4.99% and 5.11%, respectively")."""
    if len(frame.subjects) < 2 or len(sizes) != len(frame.subjects) or frame.tail.levels:
        return False
    yields = all(r.instrument.kind is InstrumentKind.BOND_YIELD for _, r in frame.subjects)
    if not all(size.is_money or (yields and size.unit is Unit.PERCENT) for size in sizes):
        return False
    frame.tail.levels = [fig.Level(size.value) for size in sizes]
    return True
