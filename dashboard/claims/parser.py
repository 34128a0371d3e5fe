"""The sentence loop: sentences -> triggers -> subject + tail -> claims.

Per sentence, each trigger (a movement verb, "was up", a record phrase...) gets a tail read
after it and a subject found before it (or carried from the previous claim, or resolved from
"it" / "the index"); ``assemble.build`` turns that frame into claims. The instrument in play
carries over to the next sentence for anaphora. Raises on bugs (``extract_claims`` wraps it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import carry, frame_time, gaps, merge, result_pair, side_clause, unknown_names
from dashboard.claims import context as ctx
from dashboard.claims import reversals as turns
from dashboard.claims.apportioned import apportioned
from dashboard.claims.assemble import build
from dashboard.claims.bare_levels import bare_level, keep_fronted
from dashboard.claims.both_records import plural_records, records_for_all, records_for_their
from dashboard.claims.cash_index import cash_indexes
from dashboard.claims.caused_moves import moves_caused
from dashboard.claims.closed_states import closed_before
from dashboard.claims.compared_moves import compared
from dashboard.claims.counterparts import counterparts
from dashboard.claims.crossed_back import crossed_back
from dashboard.claims.day_points import day_points
from dashboard.claims.days_after import points_back, side_dated
from dashboard.claims.displaced_places import places_after
from dashboard.claims.early_moves import after_reversed, early_extremes, early_states
from dashboard.claims.echoes import without_echoes
from dashboard.claims.elided import elided
from dashboard.claims.elided_units import units_carried
from dashboard.claims.figures import FIGURE_RE, NUM, Level, Size, size_from
from dashboard.claims.folded_levels import levels_folded
from dashboard.claims.frames import Frame
from dashboard.claims.fronted import fronted_first, fronted_level
from dashboard.claims.fronted_counters import fronted_counter
from dashboard.claims.fronted_since import fronted_since
from dashboard.claims.gapping import gapped, last_day
from dashboard.claims.in_turn import moves_in_turn
from dashboard.claims.last_passes import last_passes
from dashboard.claims.later_days import days_later
from dashboard.claims.left_levels import levels_beyond_close, levels_left
from dashboard.claims.left_marks import orphaned_mark
from dashboard.claims.lexicon import CLOSE_VERBS, EXTREME_VERBS, LEVEL_VERBS, PARING
from dashboard.claims.name_sizes import mask_name_sizes, sized_by_name
from dashboard.claims.named_period import periods_named
from dashboard.claims.one_extreme import extremes_joined
from dashboard.claims.owned_totals import window_words
from dashboard.claims.pared_states import pared_by_state
from dashboard.claims.passives import readable
from dashboard.claims.period_words import span_window, this_period
from dashboard.claims.previous_close import compared_closes
from dashboard.claims.record_lists import records_listed
from dashboard.claims.referenced import referenced
from dashboard.claims.respective_days import days_in_turn
from dashboard.claims.restated_nouns import restated_moves
from dashboard.claims.sentence_day import shared_day
from dashboard.claims.sentences import dateline_date, shifted, split_sentences, squeeze
from dashboard.claims.shared_intraday import shares_intraday, side_participle
from dashboard.claims.shared_window import share_window
from dashboard.claims.since_moves import moves_since
from dashboard.claims.since_reached import records_reached
from dashboard.claims.span_after import span_back, vague_span
from dashboard.claims.subject_table import matcher_for
from dashboard.claims.subjects import Matcher, Mention, Resolved
from dashboard.claims.tail import read_tail
from dashboard.claims.tail_records import inner_counter
from dashboard.claims.timeresolve import from_as_since, resolve_words
from dashboard.claims.timewords import Hint, TimeRef, sessions_back
from dashboard.claims.triggers import Kind, Trigger, find_triggers
from dashboard.claims.writing_time import last_states
from dashboard.domain import Claim, InstrumentKind, Measure
from dashboard.instruments import Registry

_RANKED = (Kind.RECORD, Kind.BIGGEST)  # a record or biggest move told of the claim before
_IN_PLAY_SENTENCES = 1  # "it" / "the index" reach back to the previous sentence only


def parse_claims(text: str, published: date, registry: Registry) -> tuple[Claim, ...]:
    """Every claim in ``text`` in text order. May raise on a bug: callers wrap it."""
    matcher = matcher_for(registry)
    reference = published
    in_play: Resolved | None = None
    age = 0
    claims: list[Claim] = []
    for sentence in split_sentences(text):
        body, where = squeeze(text[sentence.start : sentence.end])
        reference = dateline_date(body, published) or reference
        body, where = readable(body, where, matcher.mentions)
        masked, sizes = mask_name_sizes(body)  # "the DAX (-2.2%), the CAC 40 (-2.7%) and"
        found, last = _sentence_claims(masked, reference, matcher, in_play)
        found = sized_by_name(body, found, sizes)
        claims.extend(shifted(c, sentence.start, text, where) for c in found)
        if last is not None:
            in_play, age = last, 0
        else:
            age += 1
            if age >= _IN_PLAY_SENTENCES:
                in_play = None
    return tuple(sorted(claims, key=lambda c: c.start))


def _sentence_claims(
    s: str, reference: date, matcher: Matcher, in_play: Resolved | None
) -> tuple[list[Claim], Resolved | None]:
    mentions = counterparts(s, matcher.shared_head(s, matcher.mentions(s)), matcher.registry)
    mentions = cash_indexes(s, elided(s, places_after(s, mentions, matcher), matcher), matcher)
    previous: ctx.Previous | None = None
    front = side_clause.clause(s, mentions)
    front_made = False
    consumed, orphan = 0, -1
    out: list[Claim] = []
    for trigger in find_triggers(s):
        if trigger.start < consumed:
            continue
        side = front.end if front is not None and (front.anterior or front_made) else 0
        frame = _frame(s, trigger, reference, matcher, mentions, previous, in_play, consumed, side)
        if frame is None or orphaned_mark(s, trigger, orphan, out):
            orphan = trigger.end if frame is None and trigger.kind is Kind.MOTION else orphan
            continue
        if frame.tail.that_level:  # "it weakened past that level again"
            _that_level(frame, out)
        made = [] if frame.tail.counted else build(s, frame, previous)
        made = [] if turns.undoing_which(s, trigger) else turns.hit_then(s, frame.tail.end, made)
        made = turns.undoing_portion(s, trigger, made)  # "after clawing back most of an early"
        turned = made[-1:] if trigger.kind is Kind.SWING else made  # a swing's later leg turns
        if turns.reversed_after(s, frame.tail.end, turned) and not turns.dated_nominal(trigger):
            made = [r for c in made if (r := merge.reached(c)) is not None]
        if not made:
            if previous is not None and frame.start == trigger.start:  # skipped words in its clause
                previous = replace(previous, end=frame.tail.end)
            elif frame.start < trigger.start:  # "The Nasdaq whipsawed before finishing lower"
                mention, resolved = frame.subjects[-1]
                told = (mention, resolved, frame.tail.end, frame.session, frame.explicit)
                previous = ctx.Previous(*told, group=frame.subjects)
            continue
        if side_clause.holds(front, trigger, frame.subjects[0][0]):  # "Having slid 3%, X ..."
            out.extend(made)  # the main clause neither carries nor dates from a fronted one
            front_made = True
            continue
        if trigger.word.lower().startswith(PARING) and trigger.kind is not Kind.NOMINAL:
            out = [merge.peaked(c, made[0]) for c in out]
        if (had := _HAD_RELATIVE.search(s, 0, trigger.start)) is not None:
            out = [merge.overtaken(c, made[0]) if c.end > had.start() else c for c in out]
        made = merge.by_then(s, trigger.start, frame.start, out, made)
        if trigger.word.lower() in CLOSE_VERBS:
            out = [merge.pared_at_close(c, made[0]) for c in out]
        elaborates = trigger.word.lower().endswith("ing") and trigger.kind is not Kind.STATE
        elaborates = elaborates and not _SEQUEL.search(s, max(0, trigger.start - 8), trigger.start)
        elaborates = elaborates or _apposed_nominal(s, trigger)  # "..., a gain of 20%"
        if out and frame.start == trigger.start and elaborates and not frame.tail.times:
            out, made = merge.elaborated(s, out, made)
        lead = turns.outer_lead(made[0], trigger, previous.session if previous else None)
        more, consumed = gapped(s, lead, frame.tail.end, mentions, matcher, reference)
        if not more:  # "Brent and WTI slumped, the former by 3.8% and the latter by 4.1%"
            made, consumed = apportioned(s, made, consumed, mentions, matcher, reference)
        made, more = share_window(made, more)  # "rose 1% and the S&P 500 0.8% this week"
        if unknown_names.second_of_pair(s, frame, made, more):  # "A and B fell 4.4% and 2.8%"
            made, more = [c for c in made if c.size is None] + more, []
        out.extend(made)
        out.extend(more)
        mention, resolved = frame.subjects[-1]
        lead_on, end = _leads_on(frame, more, consumed, mentions, matcher)
        end = max(end, trigger.bound or 0)  # "X, up 10.8% early after the holiday, closed"
        way = made[0].direction
        window = made[0].since if made[0].measure is Measure.PERIOD_CHANGE else None
        if window is None and previous is not None and _IN_RELATIVE.search(s, 0, trigger.start):
            window = previous.since  # "..., and the DAX, which hit a record on Friday, is up 9%"
        if window is None and previous is not None and made[0].measure is Measure.LEVEL:
            window = previous.since  # "shed 4.1% this week to end Friday at 1,012, while ..."
        session, explicit = last_day(more, frame.session, frame.explicit)
        if mention.start > trigger.end:  # "Monday's 10% slide had been the rouble's ...": its day
            session, explicit = made[0].session or frame.session, True
        dated = trigger.kind is Kind.NOMINAL and made[0].time_words and not trigger.linked
        day = made[0].session
        outer = None
        if dated and day is not None and day != frame.session:  # "Friday's 2.1% drop, ..., which"
            session, explicit, outer = day, True, (frame.session, frame.explicit)
        linked = trigger.linked or trigger.word.lower().endswith("ing")  # a participle's own day
        linked = linked and frame.start == trigger.start and bool(made[0].time_words)
        linked = linked or side_dated(s, frame.start, made[0])
        if linked and previous is not None and day != previous.session:  # "..., adding to a 2.4%
            outer = (previous.session, previous.explicit)  # rise the previous day, while the won"
        if frame.back and previous is not None:  # "..., a day after it shed 4.6%, and gold rose"
            outer = previous.outer or (previous.session, previous.explicit)
        previous = ctx.Previous(
            *lead_on,
            end,
            session,
            explicit,
            way,
            frame.subjects,
            window,
            frame.lead,
            carry.named(previous, frame.subjects + _subjects_of(more, mentions, matcher)),
            trigger.kind is not Kind.STATE
            and trigger.word.lower() not in CLOSE_VERBS  # "closed 2.9% lower, while gold"
            and any(t.hint is Hint.INTRADAY for t in frame.tail.times)
            and not side_participle(s, trigger.start),
            outer,
            bool(dated) and outer is not None and not frame.back,
        )
    last = previous.resolved if previous else _last_named(matcher, mentions)
    found = levels_folded(s, merge.retraced(s, without_echoes(out)))
    found = early_extremes(s, merge.pared_by_close(s, merge.conjuncts_aligned(s, found)))
    found = day_points(s, after_reversed(s, found))  # "swung from a 2% loss to close up"
    found = units_carried(s, last_states(early_states(found, reference), reference))
    found = restated_moves(found)
    found = levels_beyond_close(s, levels_left(s, found))
    found = merge.once(
        merge.extremes_oriented(s, merge.records_levelled(s, turns.pared_after(s, found)))
    )
    found = plural_records(s, records_for_all(s, extremes_joined(found)))
    found = periods_named(s, records_for_their(s, found), reference)
    found = shared_day(s, moves_caused(s, compared_closes(s, found), reference), reference)
    found = crossed_back(s, result_pair.result_pairs(s, records_reached(found), matcher.registry))
    found = days_later(s, side_clause.dated(s, found, front, reference), reference)
    found = moves_since(s, found, reference)
    found = referenced(s, moves_in_turn(s, pared_by_state(s, found)), mentions, matcher, reference)
    found = compared(s, records_listed(s, days_in_turn(s, found, reference), reference))
    return last_passes(s, found, mentions, matcher.registry, reference), last


def _that_level(frame: Frame, out: list[Claim]) -> None:
    """ "it weakened past that level again": the level an earlier claim on it stated."""
    ids = {r.instrument.id for _, r in frame.subjects}
    earlier = [c.level for c in out if c.instrument in ids and c.level is not None]
    if frame.tail.level is None and earlier:
        frame.tail.level = Level(earlier[-1])


def _per_counter(
    subject: tuple[Mention, Resolved], counters: list[str], matcher: Matcher
) -> list[tuple[Mention, Resolved]]:
    """One currency against two counters in turn: a pair for each (none if one is missing)."""
    mention, resolved = subject
    if resolved.currency is None:
        return []
    word = Mention(mention.start, mention.end, mention.text, currency=resolved.currency)
    pairs = [matcher.resolve(word, c) for c in counters]
    return [(mention, p) for p in pairs if p is not None] if all(pairs) else []


def _leads_on(
    frame: Frame, more: list[Claim], consumed: int, mentions: list[Mention], matcher: Matcher
) -> tuple[tuple[Mention, Resolved], int]:
    """The subject and end the next claim reads on from: the last gapped clause's, when there
    is one ("A ended at X and B at Y, its/both record closes")."""
    last = _subjects_of(more[-1:], mentions, matcher)
    if last:
        return last[0], max(frame.tail.claim_end, consumed)
    if not more and consumed > frame.tail.end:  # sized in turn: "..., the former by 3.8%"
        return frame.subjects[-1], consumed
    return frame.subjects[-1], frame.tail.claim_end


def _subjects_of(
    claims: list[Claim], mentions: list[Mention], matcher: Matcher
) -> tuple[tuple[Mention, Resolved], ...]:
    """The subjects of gapped claims ("and WTI 1.5%"), for "their" later in the sentence."""
    out = []
    for c in claims:
        mention = next((m for m in mentions if m.start == c.start), None)
        if mention is not None:
            instrument = matcher.registry.get(c.instrument)
            out.append((mention, Resolved(instrument, c.inverse, c.subject, c.default_note)))
    return tuple(out)


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
    side: int = 0,
) -> Frame | None:
    if carry.attributive(s, trigger, mentions):
        return None
    bounded = s if trigger.bound is None else s[: trigger.bound]  # an apposed state's own words
    tail = read_tail(bounded, trigger.end, reference, matcher, trigger.kind is not Kind.NOMINAL)
    if not tail.times and (shared := frame_time.shared_time(s, trigger.end, reference)) is not None:
        tail.times.append(shared)  # "A fell 9 bps and B dipped 5 bps, both by mid-afternoon"
    if not tail.times and (shared := frame_time.parallel_time(s, trigger, tail.end, reference)):
        tail.times.append(shared)  # "with A sliding 4.3% and B shedding 5.1% in Asian hours"
    led = frame_time.carried_lead(previous) is not None  # "Over the week, A lost 12% and B 3%"
    if not (tail.times or led) and (
        shared := frame_time.coordinated_time(s, trigger, tail.end, reference)
    ):
        tail.times.append(shared)  # "The Dow fell 2% and the Nasdaq lost 3% on Monday"
    if tail.counter is None and trigger.kind in (Kind.RECORD, Kind.BIGGEST, Kind.SWING):
        tail.counter = inner_counter(s, matcher, trigger.start, trigger.end)
    if tail.counter is None:  # "Against the yuan, ..., the rouble weakened 0.8%"
        tail.counter = fronted_counter(s, matcher, trigger.start)
        tail.fronted = tail.counter is not None
    if tail.counter_it:  # "the yuan became ... and the rouble weakened 1.3% against it"
        codes = [m.currency for m in mentions if m.currency and m.end <= trigger.start]
        others = [c for c in codes if codes and c != codes[-1]]
        tail.it_currency = others[-1] if others else None
    when = window_words(trigger.match)
    day = previous.session if previous is not None else reference
    if when and (named := resolve_words(from_as_since(when), day, reference)) is not None:
        tail.times.append(named)  # "taking its gain this year to 60%"
    every = trigger.match.groupdict().get("every") if trigger.match else None
    if every and (window := frame_time.every_window(every, tail, reference)) is not None:
        tail.times.append(window)  # "taking its weekly loss to", "a weekly gain ... on Friday"
    if trigger.kind is Kind.MOTION and (
        this := this_period(trigger.word, tail.times, day, reference)
    ):
        tail.times.append(this)  # "extended this week's rout to more than 25%"
    span = trigger.match.groupdict().get("span") if trigger.match else None
    if span and (window := span_window(span, reference)) is not None:  # "its five-day gain"
        tail.times.append(window)
    if not tail.sizes and trigger.kind is Kind.MOTION and (fronted := _fronted_size(s, trigger)):
        tail.sizes.append(fronted)  # "held most of the 5% it gained last week"
    if not tail.sizes and tail.level is None and trigger.word.lower() in _REACHING:
        tail = keep_fronted(bare_level(s, trigger.end, reference, matcher) or tail, tail)
    if tail.forecast:
        return None
    found = carry.subjects(s, trigger, tail, matcher, mentions, previous, in_play, low)
    if found is None or (not tail.times and vague_span(found[2])):  # "just days after ..."
        return None
    resolved, start, prefix, may_inherit = found
    if start < trigger.start and trigger.kind is not Kind.NOMINAL:  # "For the first time, X rose"
        moving = trigger.kind is Kind.MOTION and trigger.word.lower() not in LEVEL_VERBS
        fronted_first(s, low, start, reference, tail, moving)
        fronted_level(s, low, start, tail, reference)
    if len(tail.counters) == 2 and len(resolved) == 1:  # "the euro gained 0.4% and 0.6%
        resolved = _per_counter(resolved[0], tail.counters, matcher) or resolved  # against ..."
    if start == trigger.start and resolved and resolved[0][0].start > trigger.end:
        tail.times.extend(carry.owner_time(s, resolved[0][0], reference))  # "in X on Friday"
    if all(r.instrument.kind is InstrumentKind.EQUITY_FUTURES for _, r in resolved):
        tail.times = [frame_time.before_the_open(t, reference) for t in tail.times]
    if len(resolved) == 1 and unknown_names.after_unknown(s, start, tail):
        tail.sizes = tail.sizes[1:]  # "The Taiex and the Kospi fell 4.4% and 2.8%": the second
    relative = _RELATIVE_CLOSED.search(s, 0, trigger.start)
    if relative is not None:  # "Gold, which hit a record on Monday, slipped": not Monday's move
        may_inherit = False
    if frame_time.takes_window(s, trigger, tail, previous) and previous is not None:
        tail.times.append(frame_time.window_taken(tail, previous))
    if trigger.kind is Kind.STATE and closed_before(s, trigger, start, tail.times):
        tail.times.append(TimeRef("", hint=Hint.CLOSE))  # "closed mixed, with the Dow up 0.1%"
    head = min([start] + [m.start for m, _ in resolved if max(low, side) <= m.start])  # "By 3:10
    lead = fronted_since(s, max(low, side), head, reference)  # p.m., the Dow widened its loss to"
    lead = lead or frame_time.lead_time(s, max(low, side), head, reference)
    lead = lead if head < trigger.start else None
    lead = None if frame_time.overruled_lead(s, max(low, side), start, tail) else lead
    after = max(start, relative.end("close")) if relative is not None else start
    # "Russian stocks on Friday rebounded": time words between the subject and its verb
    inner = frame_time.inner_times(s, after, trigger.start, reference)
    times = tail.times + [t for t in (*inner, lead) if t is not None]
    own = s[after : trigger.start].rsplit(",", 1)[-1]  # not an aside's "at its peak"
    tail.times += [t for t in inner if t.hint is Hint.EXTREME and t.words in own]
    own_times = bool(times)  # before any shared from an earlier clause
    if lead is not None and lead.hint is not Hint.NONE:
        tail.times.append(lead)  # "For the week, ...": the measure reads the fronted words too
    carried = frame_time.carried_time(s, previous, start, tail)  # fronted, or a joined window
    if not times and carried is not None and (may_inherit or not carried.words):
        lead = carried  # "For the week, the S&P 500 gained 2.6% and the Nasdaq 3.3%"
        times = [lead]
        tail.times.append(lead)
    if not times and previous is None and start < trigger.start:
        opening = frame_time.opening_lead(s, start, reference)  # the first clause made none
        if opening is not None:
            times = [opening]
            tail.times.append(opening)
    if shares_intraday(s, trigger, start, times, may_inherit, previous):
        tail.times.append(TimeRef("", hint=Hint.INTRADAY))  # "..., while the Topix shed 1.4%"
    if frame_time.joins_outer(s, trigger, start, previous) and not _IN_RELATIVE.search(s, 0, start):
        previous = frame_time.outer_clause(previous)
    session, since, words, explicit = frame_time.session_of(times, reference, previous, may_inherit)
    session = frame_time.window_end(tail.times, reference) or session
    if not (times or explicit) and may_inherit and previous and trigger.kind in _RANKED:
        session = previous.session  # "two days after it more than doubled, its biggest jump on"
    if since is not None and session == reference:
        ended = frame_time.window_before_event(s, start, tail.end, words, reference)
        session, since = ended or (session, since)
    dayless = all(not (t.session or t.since) and t.hint is not Hint.NONE for t in times)
    part_of_day = any(t.hint is not Hint.CLOSE for t in times)
    back = span_back(prefix, previous.session if previous else reference) if not times else None
    if back is not None:  # "three days (a month) after it hit a record"
        session, explicit = back, False
    elif dayless and points_back(trigger, prefix, part_of_day):  # "... at the close"
        session, explicit = sessions_back(previous.session if previous else reference, 1), True
        back = session
    closing = trigger.word.lower() in CLOSE_VERBS or trigger.word.lower().startswith("settl")
    afterthought = "before" in gaps.words(prefix) and not own_times and not closing
    return Frame(
        trigger,
        tail,
        tuple(resolved),
        start,
        session,
        since,
        words,
        explicit,
        afterthought,
        lead,
        back is not None and explicit,
    )


_REACHING = LEVEL_VERBS | EXTREME_VERBS
_OBJECT_SIZE = re.compile(  # "the 5% it gained last week": the figure is the verb's object
    r"\bthe\s+(?P<fig>(?:(?:about|around|roughly|nearly|almost|more\s+than)\s+)?"
    + NUM
    + r"\s?%)\s+(?:it|they|the\s+[a-z]+)\s+(?:had\s+|has\s+|have\s+)?$",  # "the gauge lost"
    re.IGNORECASE,
)


def _fronted_size(s: str, trigger: Trigger) -> Size | None:
    """A figure set before a pronoun subject as its verb's object sizes that verb."""
    found = _OBJECT_SIZE.search(s, max(0, trigger.start - 40), trigger.start)
    figure = FIGURE_RE.match(found.group("fig")) if found else None
    return size_from(figure) if figure else None


_APPOSED_NOMINAL = re.compile(r",\s*$")
_SEQUEL = re.compile(r"\b(?:before|after|then)\s+$", re.IGNORECASE)  # another move, not this one


def _apposed_nominal(s: str, trigger: Trigger) -> bool:
    """ "strengthened to 0.7405 at one point, a gain of more than 20%": an indefinite move
    noun set off by a comma sizes the move just named."""
    if trigger.kind is not Kind.NOMINAL or not trigger.word.lower().startswith(("a ", "an ")):
        return False
    return _APPOSED_NOMINAL.search(s, max(0, trigger.start - 3), trigger.start) is not None


_IN_RELATIVE = re.compile(r",\s*which\s(?:[^,;]|,(?=\d))*$", re.IGNORECASE)
_HAD_RELATIVE = re.compile(  # "..., which had fallen 2% in early trade, closed": a pluperfect
    r",\s*which\s+had\b(?:[^,;]|,(?=\d))*,(?:[^,;]|,(?=\d))*$", re.IGNORECASE
)
_RELATIVE_CLOSED = re.compile(  # a comma inside a figure ("$2,450") closes nothing
    r",\s*which\b(?:[^,;]|,(?=\d))*(?P<close>,)(?:[^,;]|,(?=\d))*$", re.IGNORECASE
)
