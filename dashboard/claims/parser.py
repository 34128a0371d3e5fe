"""Assembly: sentences -> triggers -> subject + tail -> claims. Raises on bugs (see __init__)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dashboard.claims import context as ctx
from dashboard.claims import figures as fig
from dashboard.claims.lexicon import (
    BASE_FORMS,
    CLOSE_VERBS,
    EXTREME_VERBS,
    LEVEL_VERBS,
    OPEN_VERBS,
)
from dashboard.claims.sentences import dateline_date, split_sentences
from dashboard.claims.subjects import Matcher, Mention, Resolved, matcher_for
from dashboard.claims.tail import Extra, Tail, read_tail
from dashboard.claims.timewords import (
    LEAD_TIME_RE,
    TIME_RE,
    Hint,
    TimeRef,
    ago_date,
    resolve,
    sessions_back,
    since_date,
)
from dashboard.claims.triggers import Kind, Trigger, find_triggers, implied_size
from dashboard.domain import Claim, Direction, Hedge, InstrumentKind, Measure, Unit
from dashboard.instruments import Registry

_LEAD_GAP = re.compile(r"[\s,;:()–—-]*(?:\((?:Reuters|Bloomberg|AP|AFP)\)[\s–—-]*)?")
_IN_PLAY_SENTENCES = 2  # "it" / "the index" reach back this many sentences
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


def parse_claims(text: str, published: date, registry: Registry) -> tuple[Claim, ...]:
    """Every claim in ``text`` in text order. May raise on a bug: callers wrap it."""
    matcher = matcher_for(registry)
    reference = published
    in_play: Resolved | None = None
    age = 0
    claims: list[Claim] = []
    for sentence in split_sentences(text):
        body = text[sentence.start : sentence.end]
        reference = dateline_date(body, published) or reference
        found, last = _sentence_claims(body, reference, matcher, in_play)
        claims.extend(_shift(c, sentence.start, text) for c in found)
        if last is not None:
            in_play, age = last, 0
        else:
            age += 1
            if age >= _IN_PLAY_SENTENCES:
                in_play = None
    return tuple(sorted(claims, key=lambda c: c.start))


def _shift(claim: Claim, offset: int, text: str) -> Claim:
    start, end = claim.start + offset, claim.end + offset
    return replace(claim, start=start, end=end, text=text[start:end])


def _sentence_claims(
    s: str, reference: date, matcher: Matcher, in_play: Resolved | None
) -> tuple[list[Claim], Resolved | None]:
    mentions = matcher.mentions(s)
    previous: ctx.Previous | None = None
    consumed = 0
    out: list[Claim] = []
    for trigger in find_triggers(s):
        if trigger.start < consumed:
            continue
        frame = _frame(s, trigger, reference, matcher, mentions, previous, in_play, consumed)
        if frame is None:
            continue
        made = _build(s, frame, previous)
        if not made:
            continue
        out.extend(made)
        consumed = frame.tail.end
        mention, resolved = frame.subjects[-1]
        end = frame.tail.claim_end
        way = made[0].direction
        previous = ctx.Previous(mention, resolved, end, frame.session, frame.explicit, way)
    last = previous.resolved if previous else _last_named(matcher, mentions)
    return _without_echoes(out), last


def _without_echoes(claims: list[Claim]) -> list[Claim]:
    """Drop a claim with no figure when another in the sentence says the same with one
    ("U.S. stocks recovered ... and the S&P 500 closed 9.3% higher")."""

    def key(c: Claim) -> tuple[object, ...]:
        return (c.instrument, c.measure, c.direction, c.session, c.inverse)

    figured = {key(c) for c in claims if c.size is not None or c.level is not None}
    return [c for c in claims if c.size is not None or c.level is not None or key(c) not in figured]


def _last_named(matcher: Matcher, mentions: list[Mention]) -> Resolved | None:
    for mention in reversed(mentions):
        if not mention.anaphor and (found := matcher.resolve(mention, None)):
            return found
    return None


def _frame(
    s: str,
    trigger: Trigger,
    reference: date,
    matcher: Matcher,
    mentions: list[Mention],
    previous: ctx.Previous | None,
    in_play: Resolved | None,
    low: int,
) -> Frame | None:
    if _attributive(s, trigger, mentions):
        return None
    tail = read_tail(s, trigger.end, reference, matcher)
    if tail.forecast:
        return None
    found = _subjects(s, trigger, tail, matcher, mentions, previous, in_play, low)
    if found is None:
        return None
    resolved, start, prefix, may_inherit = found
    lead = _lead_time(s, low, start, reference) if start < trigger.start else None
    times = ([lead] if lead else []) + tail.times
    session, since, words, explicit = _session(times, reference, previous, may_inherit)
    if not times and _points_back(trigger, prefix):
        session, explicit = sessions_back(previous.session if previous else reference, 1), True
    return Frame(trigger, tail, tuple(resolved), start, session, since, words, explicit)


def _points_back(trigger: Trigger, prefix: str) -> bool:
    """ "a day after it plunged", "after its worst day since 1998": the day before."""
    if "day after" in prefix.lower():
        return True
    return trigger.kind in (Kind.RECORD, Kind.BIGGEST) and "after" in ctx.words(prefix)


def _subjects(
    s: str,
    trigger: Trigger,
    tail: Tail,
    matcher: Matcher,
    mentions: list[Mention],
    previous: ctx.Previous | None,
    in_play: Resolved | None,
    low: int,
) -> tuple[list[tuple[Mention, Resolved]], int, str, bool] | None:
    """Who the claim is about, where its span starts, the words before it, and whether it may
    take the previous claim's date."""
    loose = _loose_nominal(trigger)
    subject = ctx.direct_subject(s, mentions, low, trigger.start)
    if subject is None and loose:
        before = [m for m in mentions if low <= m.start and m.end <= trigger.start]
        subject = before[-1] if before else None
    if subject is None and trigger.word.lower() in BASE_FORMS:
        return None
    if subject is not None:
        between = s[subject.end : trigger.start]
        if (ctx.is_forecast(between) and not loose) or ctx.clause_is_forecast(
            s[low : subject.start]
        ):
            return None
        group = ctx.group_of(s, mentions, subject, low)
        resolved = _resolve_all(group, matcher, tail, s, mentions, previous, in_play)
        start = trigger.start if loose else group[0].start
        prefix = s[low : subject.start]
        inherit = previous is not None and ctx.joins(prefix)
        return (resolved, start, prefix, inherit) if resolved else None
    if previous is None:
        return None
    gap = s[previous.end : trigger.start]
    may_carry, may_inherit = ctx.carry_gap(gap)
    if not may_carry and not loose:
        return None
    again = matcher.resolve(previous.subject, tail.counter) if tail.counter else None
    return [(previous.subject, again or previous.resolved)], trigger.start, gap, may_inherit


def _loose_nominal(trigger: Trigger) -> bool:
    """ "Monday's 6% jump": a dated move noun names its own session, so its subject may be far."""
    poss = trigger.match.groupdict().get("poss") if trigger.match else None
    return trigger.kind is Kind.NOMINAL and bool(poss)


def _attributive(s: str, trigger: Trigger, mentions: list[Mention]) -> bool:
    """ "rising oil prices", "the falling ruble": a participle used as an adjective."""
    if trigger.kind is not Kind.MOTION or not trigger.word.lower().endswith("ing"):
        return False
    following = s[trigger.end : trigger.end + 2]
    if any(m.start in (trigger.end + 1, trigger.end) for m in mentions):
        return True
    before = s[max(0, trigger.start - 4) : trigger.start].lower()
    return following.startswith(" ") and before.endswith(("the ", " a "))


def _resolve_all(
    group: list[Mention],
    matcher: Matcher,
    tail: Tail,
    s: str,
    mentions: list[Mention],
    previous: ctx.Previous | None,
    in_play: Resolved | None,
) -> list[tuple[Mention, Resolved]]:
    counter = tail.counter or _counter_from_figures(tail)
    out: list[tuple[Mention, Resolved]] = []
    for mention in group:
        if mention.anaphor:
            found = ctx.resolve_anaphor(mention, matcher, s, mentions, previous, in_play)
            if found is not None and tail.counter and found.currency:
                again = matcher.resolve(
                    Mention(0, 0, found.subject, currency=found.currency), counter
                )
                found = again or found
        else:
            found = matcher.resolve(mention, counter)
        if found is not None:
            out.append((mention, found))
    return out


def _counter_from_figures(tail: Tail) -> str | None:
    """The counter currency a size or level names ("6 roubles", "per dollar", "$1.12")."""
    for size in tail.sizes:
        if size.counter:
            return size.counter
    return tail.level.counter if tail.level is not None else None


def _lead_time(s: str, low: int, start: int, reference: date) -> TimeRef | None:
    matches = list(LEAD_TIME_RE.finditer(s, low, start))
    if not matches or not _LEAD_GAP.fullmatch(s, matches[-1].end(), start):
        return None
    found = matches[-1]
    again = TIME_RE.match(found.group(0))
    return resolve(again, reference) if again else None


def _session(
    times: list[TimeRef], reference: date, previous: ctx.Previous | None, may_inherit: bool
) -> tuple[date, date | None, str, bool]:
    session: date | None = None
    since: date | None = None
    words: list[str] = []
    for time in times:
        if time.hint is Hint.PREVIOUS and session is None:
            base = previous.session if previous else reference
            session = base - timedelta(days=1)
            words.append(time.words)
        elif time.session is not None and session is None:
            session = time.session
            words.append(_strip_on(time.words))
        if time.since is not None and since is None:
            since = time.since
    if session is not None:
        return session, since, " ".join(words), True
    if previous is not None and previous.explicit and may_inherit:
        return previous.session, since, "", True
    return reference, since, "", False


def _strip_on(words: str) -> str:
    return re.sub(r"^(?:on)\s+", "", words, flags=re.IGNORECASE)


def _build(s: str, frame: Frame, previous: ctx.Previous | None) -> list[Claim]:
    trigger, tail = frame.trigger, frame.tail
    if trigger.kind in (Kind.RECORD, Kind.BIGGEST):
        return _standalone_extra(s, frame)
    direction = _direction(trigger, tail)
    sizes = _sizes(s, trigger, tail)
    level = tail.level.value if tail.level else None
    word = trigger.word.lower()
    if word.startswith("par") and not sizes and tail.level and tail.level.percent:
        sizes, level = [fig.Size(tail.level.value, Unit.PERCENT, Hedge.EXACT)], None
    if word.startswith("par") and sizes and direction is not None:
        direction = Direction.UP if direction is Direction.DOWN else Direction.DOWN
    if word in EXTREME_VERBS and sizes and level is None:
        level, sizes = sizes[0].value, []
    if sizes and sizes[0].is_money and direction is None:
        level, sizes = sizes[0].value, sizes[1:]
    if word in EXTREME_VERBS and direction is None:
        records = [e.direction for e in tail.extras if e.direction is not None]
        direction = records[0] if records else (previous.direction if previous else None)
    if word in EXTREME_VERBS and level is None:
        direction = None  # "it hit the previous day": nothing to check without a level
    if word in LEVEL_VERBS and sizes and sizes[0].is_money:
        level, sizes = sizes[0].value, sizes[1:]
    attached = [e for e in tail.extras if e.is_record and e.attached]
    measure = _measure(trigger, tail, sizes, level, direction, bool(attached))
    out: list[Claim] = []
    keep_main = measure is not None and not (attached and not sizes and level is None)
    if keep_main and measure is not None:
        out.extend(_claims(s, frame, measure, direction or Direction.NONE, sizes, level))
    for extra in tail.extras:
        out.extend(_extra_claims(s, frame, extra, direction, keep_main))
    return out


def _sizes(s: str, trigger: Trigger, tail: Tail) -> list[fig.Size]:
    """The sizes a claim states: in its tail, in a move noun, or in the verb ("doubled")."""
    if trigger.kind is Kind.NOMINAL and trigger.match is not None:
        found = fig.FIGURE_RE.match(trigger.match.group("fig"))
        return [fig.size_from(found)] if found else []
    if tail.sizes:
        return list(tail.sizes)
    implied = implied_size(trigger.word)
    if implied is None:
        return []
    hedge = _HEDGE_BEFORE.search(s, max(0, trigger.start - 12), trigger.start)
    return [
        fig.Size(implied, Unit.PERCENT, fig.hedge_of(hedge.group(0).strip() if hedge else None))
    ]


def _direction(trigger: Trigger, tail: Tail) -> Direction | None:
    if tail.direction is not None and trigger.kind in (Kind.NEUTRAL, Kind.STATE):
        return tail.direction
    if trigger.direction is not None:
        return trigger.direction
    return tail.direction


def _measure(
    trigger: Trigger,
    tail: Tail,
    sizes: list[fig.Size],
    level: float | None,
    direction: Direction | None,
    attached_record: bool,
) -> Measure | None:
    hints = {t.hint for t in tail.times}
    if trigger.kind is Kind.SESSION_EXTREME:
        return Measure.SESSION_HIGH if direction is Direction.UP else Measure.SESSION_LOW
    if direction is None:
        return Measure.LEVEL if level is not None and not sizes else None
    if (sizes and sizes[0].hedge is Hedge.AS_MUCH_AS) or Hint.EXTREME in hints:
        return Measure.INTRADAY_EXTREME
    if Hint.PERIOD in hints or (trigger.kind is Kind.NOMINAL and _period_possessor(trigger)):
        return Measure.PERIOD_CHANGE
    word = trigger.word.lower()
    if word in EXTREME_VERBS:
        return Measure.INTRADAY_EXTREME
    if word.startswith("par") and sizes:
        return Measure.SESSION_CHANGE if Hint.CLOSE in hints else Measure.INTRADAY_CHANGE
    if Hint.OPEN in hints or word in OPEN_VERBS:
        return Measure.OPEN_MOVE
    if trigger.kind is Kind.STATE:
        return Measure.SESSION_CHANGE if Hint.CLOSE in hints else Measure.INTRADAY_CHANGE
    if Hint.INTRADAY in hints and word not in CLOSE_VERBS:
        return Measure.INTRADAY_EXTREME if attached_record else Measure.INTRADAY_CHANGE
    if not sizes and level is not None:
        return Measure.LEVEL
    return Measure.SESSION_CHANGE


def _period_possessor(trigger: Trigger) -> bool:
    poss = trigger.match.groupdict().get("poss") if trigger.match else None
    return bool(poss and re.search(r"week|month|year", poss, re.I))


def _claims(
    s: str,
    frame: Frame,
    measure: Measure,
    direction: Direction,
    sizes: list[fig.Size],
    level: float | None,
) -> list[Claim]:
    session, since, words = _nominal_time(frame, measure)
    out: list[Claim] = []
    for index, (_mention, resolved) in enumerate(frame.subjects):
        size = sizes[min(index, len(sizes) - 1)] if sizes else None
        value, unit = _size_value(size, resolved)
        claim_level = _level_for(level, resolved, frame)
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


def _nominal_time(frame: Frame, measure: Measure) -> tuple[date, date | None, str]:
    """A possessive ("Tuesday's 1.6% drop", "last week's rebound") dates a nominal claim."""
    trigger = frame.trigger
    poss = trigger.match.groupdict().get("poss") if trigger.match else None
    if trigger.kind is Kind.NOMINAL and poss:
        found = TIME_RE.match(poss)
        if found is not None:
            time = resolve(found, frame.session)
            if time.session is not None:
                return time.session, time.since, poss
    return frame.session, frame.since, frame.time_words


def _size_value(size: fig.Size | None, resolved: Resolved) -> tuple[float | None, Unit | None]:
    if size is None:
        return None, None
    value = size.value
    if size.cents and "cents" not in resolved.instrument.unit:
        value = round(value / 100, 10)
    return value, size.unit


def _level_for(level: float | None, resolved: Resolved, frame: Frame) -> float | None:
    if level is None:
        return None
    if frame.tail.level is not None and frame.tail.level.percent:
        return level if resolved.instrument.kind is InstrumentKind.BOND_YIELD else None
    return level


def _extra_claims(
    s: str, frame: Frame, extra: Extra, direction: Direction | None, kept_main: bool
) -> list[Claim]:
    way = extra.direction or direction or (Direction.UP if extra.is_record else Direction.NONE)
    start, end = (
        (frame.start, frame.tail.claim_end)
        if extra.attached and not kept_main
        else (extra.start, extra.end)
    )
    start, end = min(start, end), max(start, end)
    out: list[Claim] = []
    for _mention, resolved in frame.subjects:
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
                level=extra.level if extra.is_record else None,
                session=extra.session or frame.session,
                since=extra.since,
                inverse=inverse,
                time_words=frame.time_words,
                default_note=resolved.default_note,
            )
        )
    return out


def _standalone_extra(s: str, frame: Frame) -> list[Claim]:
    trigger = frame.trigger
    m = trigger.match
    if m is None:
        return []
    is_record = trigger.kind is Kind.RECORD
    anchor = m.groupdict().get("anchor")
    since = None
    if anchor and anchor.lower().startswith("since"):
        since = since_date(anchor, frame.session)
    elif is_record and (m.groupdict().get("ago") or (anchor and anchor.lower().startswith("in "))):
        since = ago_date(m.group(0), frame.session)
    level = frame.tail.level.value if frame.tail.level else None
    if m.groupdict().get("num"):
        level = fig.level_from(m).value
    way = trigger.direction or (Direction.UP if is_record else None)
    extra = Extra(is_record, frame.start, frame.tail.claim_end, way, since, level)
    if trigger.direction is None and not is_record:
        return []
    return _extra_claims(s, frame, extra, trigger.direction, kept_main=True)
