"""Which measure a claim states (a close, an intraday move or extreme, a level, a window)."""

from __future__ import annotations

import re

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import CLOSE_VERBS, EXTREME_VERBS, OPEN_VERBS, PARING
from dashboard.claims.tail_state import Tail
from dashboard.claims.timewords import Hint
from dashboard.claims.triggers import Kind, Trigger
from dashboard.domain import Direction, Hedge, Measure


def measure_for(
    trigger: Trigger,
    tail: Tail,
    sizes: list[fig.Size],
    level: float | None,
    direction: Direction | None,
    attached_record: bool,
) -> Measure | None:
    """The measure a claim states, from its trigger, its tail's time words and its figures."""
    hints = {t.hint for t in tail.times}
    if trigger.kind is Kind.SESSION_EXTREME:
        return Measure.SESSION_HIGH if direction is Direction.UP else Measure.SESSION_LOW
    if direction is None:
        return Measure.LEVEL if level is not None and not sizes else None
    if sizes and sizes[0].hedge is Hedge.AS_MUCH_AS:
        return Measure.INTRADAY_EXTREME
    if (
        trigger.kind is Kind.NOMINAL
        and trigger.match
        and "intraday" in trigger.match.group(0).lower()
    ):
        return Measure.INTRADAY_EXTREME  # "recovering from an intraday drop of 4%"
    if _day_possessor(trigger):
        return Measure.SESSION_CHANGE  # "By midday, X was 3% lower, extending Friday's 1.8% drop"
    if Hint.EXTREME in hints:
        return Measure.INTRADAY_EXTREME
    windowed = Hint.PERIOD in hints and (sizes or any(t.since for t in tail.times))
    if windowed or (trigger.kind is Kind.NOMINAL and _period_possessor(trigger)):
        return Measure.PERIOD_CHANGE
    word = trigger.word.lower()
    if word in EXTREME_VERBS or (trigger.briefly and (sizes or level is not None)):
        return Measure.INTRADAY_EXTREME
    if word.startswith(PARING) and sizes:
        return Measure.SESSION_CHANGE if Hint.CLOSE in hints else Measure.INTRADAY_CHANGE
    if (Hint.OPEN in hints and word not in CLOSE_VERBS) or word in OPEN_VERBS:
        return Measure.OPEN_MOVE  # "closed up 1.8% at the bell": the closing bell
    if word in ("pointing", "pointed") and not sizes:
        return Measure.INTRADAY_CHANGE  # "futures were pointing lower": the state before the open
    if direction is Direction.FLAT and Hint.CLOSE not in hints and word not in CLOSE_VERBS:
        return Measure.INTRADAY_CHANGE  # "little changed", "left oil barely changed"
    if direction is Direction.FLAT and not sizes:
        return Measure.SESSION_CHANGE  # "ended flat at $6,850": the close, with its level
    if trigger.kind is Kind.STATE and not sizes and level is not None and tail.way_from:
        return Measure.LEVEL  # "was last at 4.354%, up from 4.331%": where it stood, its way
    if trigger.kind is Kind.STATE or trigger.holding:
        closed = Hint.CLOSE in hints or (trigger.caused and Hint.INTRADAY not in hints)
        return Measure.SESSION_CHANGE if closed else Measure.INTRADAY_CHANGE
    if direction is Direction.FLAT:
        return Measure.SESSION_CHANGE  # "ended flat at $6,850": the close, no move
    if Hint.INTRADAY in hints and (word not in CLOSE_VERBS or _half_day(tail)):
        extreme = attached_record and not sizes and word in EXTREME_VERBS  # "hit a record in Asian"
        if not extreme and not sizes and level is not None:
            return Measure.LEVEL  # "strengthened to 0.9250 per euro by late morning"
        return Measure.INTRADAY_EXTREME if extreme else Measure.INTRADAY_CHANGE
    if not sizes and level is not None:
        return Measure.LEVEL
    return Measure.SESSION_CHANGE


_HALF_DAY = re.compile(
    r"morning\s+session|^the\s+morning$|(?:midday|lunch)(?:time)?\s+break", re.IGNORECASE
)


def _half_day(tail: Tail) -> bool:
    """ "ended the morning session 1.5% lower": a close of the half day, a state in the day."""
    return any(_HALF_DAY.search(t.words) for t in tail.times)


def _period_possessor(trigger: Trigger) -> bool:
    poss = trigger.match.groupdict().get("poss") if trigger.match else None
    months = (
        r"|january|february|march|april|may|june|july|august|september|october|november|december"
    )
    return bool(poss and re.search(r"week|month|year" + months, poss, re.I))


_DAY = re.compile(
    r"monday|tuesday|wednesday|thursday|friday|yesterday|the\s+(?:previous|prior)\s+(?:day|session|trading)",
    re.I,
)
_PART_OF_DAY = re.compile(r"\b(?:early|earlier|initial|opening|morning|intraday|overnight)\b", re.I)


def _day_possessor(trigger: Trigger) -> bool:
    """ "Friday's 1.8% drop": a day's whole move, whatever time the clause around it is told at."""
    poss = trigger.match.groupdict().get("poss") if trigger.match else None
    if trigger.kind is not Kind.NOMINAL or not poss or not _DAY.match(poss):
        return False
    return not _PART_OF_DAY.search(trigger.match.group(0)) if trigger.match else False


_AS_MOST = re.compile(
    r"\s+as\s+(much|many|high|little|low|few|weak|strong|far)\s+as\s+[$€£]?\d", re.IGNORECASE
)


def reached_extreme(
    s: str, trigger: Trigger, tail: Tail, measure: Measure | None, direction: Direction | None
) -> tuple[Measure | None, Direction | None]:
    """A level that was the day's extreme: "the euro bought as much as $1.4730" (the way the
    words give), "slid to an intraday record low of 8.56"."""
    if measure is not Measure.LEVEL:
        return measure, direction
    if (most := _AS_MOST.match(s, trigger.end)) is not None:
        word = most.group(1).lower()
        if word == "far":  # "sank as far as $1.0327": the verb's way
            return Measure.INTRADAY_EXTREME, direction
        low = word in ("little", "low", "few", "weak")
        return Measure.INTRADAY_EXTREME, Direction.DOWN if low else Direction.UP
    if any(e.is_record and "intraday" in s[e.start : e.end].lower() for e in tail.extras):
        return Measure.INTRADAY_EXTREME, direction
    return measure, direction


# past forms only, not lexicon.CLOSE_VERBS: its "close" is also the preposition "close to",
# which the session-extreme phrase may hold ("hovering close to its session low")
_CLOSING = re.compile(
    r"\b(?:closed|closing|ended|ending|finished|finishing|settled|settling)\b", re.I
)


def move_at_extreme(trigger: Trigger, tail: Tail) -> tuple[Measure, Direction] | None:
    """The move told beside a session extreme ("near its session low at 19.25, 1.1% weaker than
    its previous close"): the day's close after a closing verb, else the state in the day."""
    if tail.direction not in (Direction.UP, Direction.DOWN):
        return None
    closing = _CLOSING.search(trigger.word) is not None
    return (Measure.SESSION_CHANGE if closing else Measure.INTRADAY_CHANGE), tail.direction
