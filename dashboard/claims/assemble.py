"""Claims from a frame: the subject(s), the trigger and its tail become ``Claim`` values
(the main claim, plus a record or biggest-move claim when the words make one)."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims import context as ctx
from dashboard.claims import figures as fig
from dashboard.claims import record_ways
from dashboard.claims.frames import (
    Frame,
    back_way,
    claim_direction,
    claim_sizes,
    crept_across,
    level_for,
    levels_in_turn,
    nominal_time,
    own_level,
    own_way,
    rising_way,
    sided_way,
    size_value,
)
from dashboard.claims.left_marks import BY_FIGURE, OFF_THE_DAY, left, left_day, undated_left
from dashboard.claims.lexicon import EXTREME_VERBS, LEVEL_VERBS, MOVE_NOUNS, PARING, RECORD_SETTING
from dashboard.claims.list_slots import list_slots
from dashboard.claims.lookback import ago_date, since_date
from dashboard.claims.measures import measure_for, move_at_extreme, reached_extreme
from dashboard.claims.period_words import names_this_period, this_period_start
from dashboard.claims.range_ends import NOUN_RE, brief_leg, own_day, range_end, range_parts
from dashboard.claims.record_owner import owners_of
from dashboard.claims.record_ways import CROSSING, NEAR_BEFORE, breached_way, record_way
from dashboard.claims.tail_records import SHOWING as _SHOWING
from dashboard.claims.tail_records import Extra
from dashboard.claims.tail_state import Tail
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import TIME_RE
from dashboard.claims.triggers import Kind
from dashboard.claims.undone import undone
from dashboard.domain import Claim, Direction, Hedge, InstrumentKind, Measure, Unit

_SINCE_HITTING = re.compile(
    r"\bsince\s+(?:hitting|touching|reaching|setting|plumbing|sinking\s+to|falling\s+to)\b", re.I
)
_UP_TO = re.compile(r"\s+(up|down)\s+to\b", re.IGNORECASE)
_CLOSE_RECORD = re.compile(r"\b(?:close|closing|finish|settlement)\b", re.IGNORECASE)
_NEAR = re.compile(r"(?:near|close\s+to|within\s+sight\s+of)\b", re.IGNORECASE)
_WAYS = (Direction.UP, Direction.DOWN)

_TO_POINTS = re.compile(r"\bto\s+[\d,.]+\s+points\b", re.IGNORECASE)


_NO_LEVEL = (Measure.SESSION_HIGH, Measure.SESSION_LOW)  # the measure names the place


def _most_is_record(tail: Tail, level: float | None, sizes: list[fig.Size]) -> None:
    """ "touching 0.46%, the most since 2015": after a bare level, "the most" is its highest."""
    if level is not None and not sizes:
        up = Direction.UP  # "the fewest since 2015" keeps its own way (down)
        tail.extras = [
            replace(e, is_record=True, level=level, direction=e.direction or up) if e.most else e
            for e in tail.extras
        ]


def build(s: str, frame: Frame, previous: ctx.Previous | None) -> list[Claim]:
    trigger, tail = frame.trigger, frame.tail
    if trigger.kind in (Kind.RECORD, Kind.BIGGEST):
        return _standalone_extra(s, frame, previous)
    if trigger.kind is Kind.SWING:
        return _swing(s, frame)
    if trigger.kind is Kind.NOMINAL and trigger.match and trigger.match.groupdict().get("rec"):
        tail.extras.insert(0, Extra(False, trigger.start, trigger.end, None, None))
    if not tail.sizes and tail.level is None and OFF_THE_DAY.match(s, trigger.end):
        return []  # "pulled back from session peaks": a move within the day, not on the close
    if tail.level is not None and tail.level.other_dollar and not _all_of(frame, InstrumentKind.FX):
        tail.level = None  # "oil topped C$100": not the registry's dollar price
    direction = claim_direction(trigger, tail) or back_way(s, frame, previous)
    direction = direction or crept_across(frame)  # "crept above 4.75%"
    sizes = claim_sizes(s, trigger, tail)
    if tail.to_percent and all(
        r.instrument.kind is InstrumentKind.BOND_YIELD for _, r in frame.subjects
    ):
        sizes = []  # "the 30-year yield tumbled back to about 3.97%": a level, not a size
    level = tail.level.value if tail.level else None
    word = trigger.word.lower()
    points = _TO_POINTS.search(s, trigger.end, tail.claim_end) is not None  # "to 588 points"
    extending = word.startswith(("extend", "widen", "deepen")) and not _all_of(
        frame, InstrumentKind.BOND_YIELD
    )  # "extended its loss to 6.3%": the loss so far, as "pared its slide to 4.6%"
    paring_to = word.startswith(PARING) or extending
    if paring_to and not sizes and tail.level and (tail.level.percent or points):
        unit = Unit.PERCENT if tail.level.percent else Unit.POINTS
        sizes, level = [fig.Size(tail.level.value, unit, Hedge.EXACT)], None
    elif word.startswith(PARING) and points and level is not None:
        level = None  # "pared its slide to 1,175.21 points, or 4.6%": the loss left, not a level
    paring = word.startswith(PARING) and trigger.kind is not Kind.NOMINAL  # not "its weekly gain"
    if paring and sizes and direction is not None and not tail.ends:
        direction = Direction.UP if direction is Direction.DOWN else Direction.DOWN
    if word in EXTREME_VERBS and sizes and level is None and not tail.noun_size:
        levels_in_turn(frame, sizes)  # "touched $32.51 and $5.20, respectively"
        level, sizes = sizes[0].value, []
    _most_is_record(tail, level, sizes)
    if (
        sizes
        and direction is None
        and sizes[0].hedge is Hedge.AS_MUCH_AS
        and trigger.kind is Kind.NEUTRAL
    ):
        way = _UP_TO.match(s, trigger.end)
        if way is not None and sizes[0].is_money:
            direction = Direction.UP if way.group(1).lower() == "up" else Direction.DOWN
            level, sizes = sizes[0].value, sizes[1:]
    if sizes and (sizes[0].is_money or sizes[0].counter is not None) and direction is None:
        if BY_FIGURE.match(s, trigger.end):
            return []  # "swung by more than 3 yen": a range with no way, not a level
        if levels_in_turn(frame, sizes):  # "were at $67,200 and $3,280, respectively"
            sizes = []
        level, sizes = sizes[0].value if sizes else level, sizes[1:]  # "traded around $1.09"
        _most_is_record(tail, level, sizes)  # "bought 7.35 yuan, the most since 2007"
    if (
        sizes
        and sizes[0].unit is Unit.PERCENT
        and direction is None
        and _all_of(frame, InstrumentKind.BOND_YIELD)
    ):
        level, sizes = sizes[0].value, sizes[1:]  # "the gilt yield hovered around 4.08%"
    at_points = _AT_POINTS.search(s, trigger.end, max(trigger.end, tail.claim_end))
    if (
        sizes
        and sizes[0].unit is Unit.POINTS
        and direction is None
        and at_points
        and _all_of(frame, InstrumentKind.EQUITY_INDEX)
    ):
        level, sizes = sizes[0].value, sizes[1:]  # "the DAX was trading around 2,200 points"
    if word in EXTREME_VERBS and direction is None:
        records = [e.direction for e in tail.extras if e.direction is not None]
        if not records and any(e.is_record for e in tail.extras):
            records = [record_ways.bare_record_way(frame, previous, tail.extras)]
        moved = own_way(s, frame, previous)  # "little changed, after touching"
        direction = records[0] if records else (moved if moved in _WAYS else None)
    if word in EXTREME_VERBS and level is None and not tail.noun_size:
        direction = None  # "it hit the previous day": nothing to check without a level
    crossing = word in LEVEL_VERBS or trigger.crossing
    if (
        crossing
        and sizes
        and (sizes[0].is_money or sizes[0].counter or sizes[0].unit is Unit.POINTS)
    ):
        level, sizes = sizes[0].value, sizes[1:]  # "topped $70,000", "160 yen", "8,000 points"
    if trigger.crossing and direction is None and level is not None and word.startswith("push"):
        direction = sided_way(frame, tail.side) if tail.side else rising_way(frame, previous)
    crossed = level is not None or any(e.is_record for e in tail.extras)  # "breached $4,000"
    if crossing and direction is None and crossed:
        direction = rising_way(frame, previous)  # "crossed 5% for the first time in 16 years"
    reached = [e for e in tail.extras if e.is_record and e.attached]
    if trigger.caused and direction is None and level is not None and reached:
        direction = reached[0].direction or rising_way(frame, previous)  # "sent X to a record"
    if (
        crossing
        and sizes
        and sizes[0].unit is Unit.PERCENT
        and _all_of(frame, InstrumentKind.BOND_YIELD)
    ):
        level, sizes = sizes[0].value, sizes[1:]  # "the 10-year yield topped 5%": a level
    moving = previous is not None and previous.direction in (Direction.UP, Direction.DOWN)
    if trigger.briefly and direction is None and level is not None and not sizes and moving:
        direction = own_way(s, frame, previous)  # "..., briefly trading near $139"
    beside = [e for e in tail.extras if e.is_record]
    if trigger.briefly and direction is None and level is not None and not sizes and beside:
        direction = beside[0].direction or rising_way(frame, previous)  # "a level not seen"
    if trigger.briefly and direction is None and level is not None and not sizes and tail.side:
        direction = sided_way(frame, tail.side)  # "briefly traded above $3,000": the side reached
    if trigger.briefly and direction is None and level is not None and not sizes and crossing:
        direction = rising_way(frame, previous)  # "having briefly breached 7.5% on Nov. 9"
    if trigger.briefly and direction is None and level is not None and not sizes:
        ways = [e.direction or rising_way(frame, previous) for e in tail.extras if e.is_record]
        direction = ways[0] if ways else None  # "briefly traded at $1,330, a level not seen since"
    attached = [e for e in tail.extras if e.is_record and e.attached]
    measure = measure_for(trigger, tail, sizes, level, direction, bool(attached))
    measure, direction = reached_extreme(s, trigger, tail, measure, direction)
    if measure is Measure.SESSION_CHANGE and sizes and (since := left_day(s, frame)) is not None:
        measure, frame = (
            Measure.PERIOD_CHANGE,
            replace(frame, since=since),
        )  # "from Monday's record"
    dated = trigger.match is not None and trigger.match.groupdict().get("poss")
    undoing = not dated and undone(s, trigger.start, tail.times)  # "gave up an early 1.1% gain"
    if trigger.kind is Kind.NOMINAL and measure is Measure.SESSION_CHANGE and undoing:
        measure = Measure.INTRADAY_EXTREME  # "reversed a 4% slide": the day's extreme
    out: list[Claim] = []
    vague = not sizes and level is None
    carried = (
        frame.start == trigger.start
    )  # "..., recovering from a 3.3% slump": no subject of its own
    leads_on = (
        carried and vague and s[trigger.end : trigger.end + 6].strip().lower().startswith("from")
    )
    pared = word.startswith(PARING) and trigger.kind is Kind.MOTION  # "pared losses": no size
    late = frame.afterthought and direction is not Direction.FLAT  # "before trading flat" states
    dropped = attached or late or leads_on or tail.streak or pared or tail.reached
    keep_main = measure is not None and not (vague and dropped)
    if keep_main and measure is not None:
        at_extreme = measure in (Measure.SESSION_HIGH, Measure.SESSION_LOW)  # no way: the measure
        claimed_way = Direction.NONE if at_extreme else direction or Direction.NONE  # names it
        if at_extreme and sizes and (split := move_at_extreme(trigger, tail)) is not None:
            out.extend(_claims(s, frame, measure, Direction.NONE, [], None))  # "near its session
            measure, claimed_way = split  # low at 19.25, 1.1% weaker than its previous close"
        out.extend(_claims(s, frame, measure, claimed_way, sizes, level))
    dated = nominal_time(frame, measure or Measure.SESSION_CHANGE)[0]
    for extra in tail.extras:
        ranked = extra.most or _SHOWING.search(s, extra.start, extra.end)  # "its worst showing"
        if ranked and not extra.is_record and measure is Measure.PERIOD_CHANGE:
            continue  # "a weekly gain of 6%, its biggest since June": a multi-session comparison
        if extra.is_record and extra.level is None and level is not None and not left(s, extra):
            extra = replace(extra, level=level)
        if extra.is_record and extra.level == level and left(s, extra):
            extra = replace(extra, level=None)
        if undated_left(s, extra):
            continue  # "as the dollar rebounded from a three-year low": a low on no day named
        extra = _left_record(s, extra, direction)  # "retreating from Thursday's record"
        if extra.is_record and extra.direction is None and direction is None and tail.side:
            extra = replace(extra, direction=sided_way(frame, tail.side))  # "settled below $70"
        if extra.session is None and dated != frame.session:  # "Friday's 14% plunge, the
            extra = replace(extra, session=dated)  # lira's worst day since 2001": that Friday
        out.extend(_extra_claims(s, frame, extra, direction, keep_main))
    return out


_AT_POINTS = re.compile(  # a level told in points, not a distance ("11 points shy of its record")
    r"\b(?:around|about|roughly|near|at|close\s+to)\s+\d[\d,.]*\s+points\b"
    r"(?!\s+(?:shy|below|above|off|short|away|from|higher|lower|up|down)\b)",
    re.IGNORECASE,
)


def _all_of(frame: Frame, kind: InstrumentKind) -> bool:
    """Whether every subject of the frame is that kind of instrument."""
    return all(r.instrument.kind is kind for _, r in frame.subjects)


def _claims(
    s: str,
    frame: Frame,
    measure: Measure,
    direction: Direction,
    sizes: list[fig.Size],
    level: float | None,
) -> list[Claim]:
    session, since, words = nominal_time(frame, measure)
    out: list[Claim] = []
    places = list_slots(s, frame, len(sizes)) or range(len(frame.subjects))
    for index, (_mention, resolved) in zip(places, frame.subjects, strict=True):
        size = sizes[min(index, len(sizes) - 1)] if sizes else None
        value, unit = size_value(size, resolved)
        claim_level = level_for(own_level(frame, level, index), resolved, frame)
        claim_level = None if measure in _NO_LEVEL else claim_level  # "near its session highs"
        out.append(
            Claim(
                text=s[frame.start : frame.tail.claim_end],
                start=frame.start,
                end=max(frame.tail.claim_end, frame.trigger.end),
                instrument=resolved.instrument.id,
                subject=resolved.subject,
                measure=measure,
                direction=direction,
                size=value,
                unit=unit,
                hedge=size.hedge if size else Hedge.EXACT,
                level=claim_level,
                session=session,
                since=since if measure is Measure.PERIOD_CHANGE else None,
                inverse=resolved.inverse,
                time_words=words,
                default_note=resolved.default_note,
            )
        )
    return out


def _left_record(s: str, extra: Extra, direction: Direction | None) -> Extra:
    """A record that names no way, moved away from, is the one the move left: a high for a fall."""
    if (
        not extra.is_record
        or extra.direction is not None
        or s[extra.start : extra.start + 5] != "from "
    ):
        return extra
    if direction not in (Direction.UP, Direction.DOWN):
        return extra
    return replace(extra, direction=_opposite(direction))


def _extra_claims(
    s: str, frame: Frame, extra: Extra, direction: Direction | None, kept_main: bool
) -> list[Claim]:
    way = extra.direction or direction or Direction.NONE
    if extra.is_record and way is Direction.NONE:
        way = record_way(frame, extra.level)
    start, end = (
        (frame.start, frame.tail.claim_end)
        if extra.attached and not kept_main
        else (extra.start, extra.end)
    )
    start, end = min(start, end), max(start, end)
    out: list[Claim] = []
    owners = owners_of(s, extra, [r for _, r in frame.subjects])
    for index, (_mention, resolved) in enumerate(frame.subjects):
        if resolved not in owners:
            continue
        inverse = resolved.inverse
        if extra.owner and resolved.instrument.kind is InstrumentKind.FX:
            inverse = extra.owner == resolved.instrument.quote_currency
        out.append(
            Claim(
                text=s[start:end],
                start=start,
                end=end,
                instrument=resolved.instrument.id,
                subject=resolved.subject,
                measure=Measure.RECORD if extra.is_record else Measure.BIGGEST_MOVE,
                direction=way,
                level=own_level(frame, extra.level, index) if extra.is_record else None,
                session=extra.session or frame.session,
                since=ago_date(extra.ago, extra.session or frame.session)
                if extra.ago
                else extra.since,
                inverse=inverse,
                time_words=frame.time_words,
                default_note=resolved.default_note,
            )
        )
    return out


def _standalone_extra(s: str, frame: Frame, previous: ctx.Previous | None) -> list[Claim]:
    trigger = frame.trigger
    m = trigger.match
    if m is None or _NEAR.match(trigger.word):  # "near a record high" is no record
        return []
    lead_end = trigger.start + len(m.groupdict().get("lead") or "")
    if NEAR_BEFORE.search(s, max(0, lead_end - 48), lead_end):
        return []
    is_record = trigger.kind is Kind.RECORD
    if not is_record and fig.multi_session(m):  # "its best week since March"
        return []
    if _SINCE_HITTING.search(s, max(0, trigger.start - 24), trigger.start + 12):
        return []  # "since hitting a 38-year low in early July": an undated past point
    anchor = m.groupdict().get("anchor")
    since = None
    poss = m.groupdict().get("poss")
    told = TIME_RE.match(poss) if poss else None
    set_on = resolve(told, frame.session).session if told else None  # "Monday's 17-month low"
    if anchor and anchor.lower().startswith("since"):
        since = since_date(anchor, frame.session)
    elif (is_record and m.groupdict().get("ago")) or (anchor and anchor.lower().startswith("in ")):
        since = ago_date(m.group(0), set_on or frame.session)
    level = frame.tail.level.value if frame.tail.level else None
    if m.groupdict().get("num"):
        level = fig.level_from(m).value
    way = trigger.direction or (record_way(frame, level) if is_record else None)
    crossed = CROSSING.search(s, max(0, trigger.start - 16), trigger.start)
    if is_record and trigger.direction is None and poss and crossed and previous is not None:
        way = breached_way(frame, previous) or way  # "fell ..., breaching Friday's record"
    extra = Extra(is_record, frame.start, frame.tail.claim_end, way, since, level)
    if set_on is not None:  # "Thursday's record loss"
        extra = replace(extra, session=set_on)
    if anchor and names_this_period(anchor):
        since = this_period_start(anchor, frame.session)
        extra = replace(extra, since=since)
    if trigger.direction is None and not is_record:
        return []
    if (
        trigger.word[:5].lower() == "from "
        and not frame.tail.times
        and undated_left(s, replace(extra, start=trigger.start, end=trigger.end))
    ):
        return []  # "..., as the dollar rebounded from a three-year low": no day named
    out = _extra_claims(s, frame, extra, trigger.direction, kept_main=True)
    first_word = trigger.word.split(" ", 1)[0].lower()
    reaching = first_word in EXTREME_VERBS or (
        first_word in RECORD_SETTING and not _CLOSE_RECORD.search(trigger.word)
    )
    if is_record and level is not None and reaching:
        touched = _claims(s, frame, Measure.INTRADAY_EXTREME, way or Direction.UP, [], level)
        out = touched + out
    return out


def _swing(s: str, frame: Frame) -> list[Claim]:
    """ "Swung from a loss of more than 2% to a gain of about 2.6%": the first move is the
    day's extreme, the second where it stood at the end."""
    if (m := frame.trigger.match) is None:
        return []
    if (ends := range_parts(m)) is not None:
        return _range_ends(s, frame, *ends)
    out: list[Claim] = []
    for part, measure in (("first", Measure.INTRADAY_EXTREME), ("second", Measure.SESSION_CHANGE)):
        text = m.group(part)
        noun = NOUN_RE.search(text)
        if noun is None:
            return []
        sizes = [fig.size_from(f)] if (f := fig.FIGURE_RE.search(text)) else []
        if part == "second" and brief_leg(s, m.start("second"), sizes):
            measure = Measure.INTRADAY_EXTREME
        made = _claims(s, frame, measure, MOVE_NOUNS[noun.group(1).lower()], sizes, None)
        if day := own_day(text, frame.session) if part == "first" else None:
            made = [replace(c, measure=Measure.SESSION_CHANGE, session=day) for c in made]
        out.extend(made)
    return out


def _range_ends(s: str, frame: Frame, one: str, two: str) -> list[Claim]:
    """ "swung between a 0.4% loss and a 0.3% gain", "swung between $61,200 and $64,800": each
    end of the range is an extreme, a loss or the lower level down, a gain or the higher up."""
    ends = [range_end(one), range_end(two)]
    if any(e is None for e in ends):
        return []
    (way_one, size_one, level_one), (way_two, size_two, level_two) = ends  # type: ignore[misc]
    if level_one is not None and level_two is not None and level_one != level_two:
        higher = level_two > level_one
        way_one, way_two = (
            (Direction.DOWN, Direction.UP) if higher else (Direction.UP, Direction.DOWN)
        )
    out: list[Claim] = []
    for way, size, level in ((way_one, size_one, level_one), (way_two, size_two, level_two)):
        if way is None:
            return []
        sizes = [size] if size is not None else []
        for claim in _claims(s, frame, Measure.INTRADAY_EXTREME, way, sizes, level):
            flip = claim.inverse and level is not None
            out.append(replace(claim, direction=_opposite(way)) if flip else claim)
    return out


def _opposite(way: Direction) -> Direction:
    return Direction.DOWN if way is Direction.UP else Direction.UP
