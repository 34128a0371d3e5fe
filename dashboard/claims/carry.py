"""Who a claim is about: the subject right before its words, a coordinated group, a subject
carried from the claim before (across "and", "then", an appositive record, "both"), the owner of a
participle clause, or the instrument "it" / "the index" points back to."""

from __future__ import annotations

import re
from datetime import date

from dashboard.claims import context as ctx
from dashboard.claims import figure_counters, gaps, in_turn, offshore, side_clause
from dashboard.claims import figures as fig
from dashboard.claims.cash_owners import cash_owner
from dashboard.claims.closes import its_close
from dashboard.claims.continued import CLOSING, continues, past_record
from dashboard.claims.crosses import unlisted_cross
from dashboard.claims.frame_time import reached_by_move
from dashboard.claims.lexicon import BASE_FORMS, MOVE_NOUNS
from dashboard.claims.owner_words import (
    DATED_OWNER,
    named_after,
    owner_after,
    owner_inside,
    unknown_owner,
)
from dashboard.claims.participles import forecast_from, participle_subject
from dashboard.claims.reference_records import carried_to
from dashboard.claims.subjects import Matcher, Mention, Resolved
from dashboard.claims.tail_state import Tail
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import TIME_RE, TimeRef
from dashboard.claims.triggers import Kind, Trigger
from dashboard.domain import InstrumentKind, Unit


def subjects(
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
    after = owner_after(s, trigger, mentions)
    after = after or cash_owner(s, trigger, mentions, matcher, previous, in_play)  # "in the index"
    if after is not None and not gaps.clause_is_forecast(s[low : trigger.start]):
        found = matcher.resolve(after, tail.counter)  # "outpacing a 1.9% rise in Brent"
        joined = previous is not None and gaps.joins(_after_owner(s, previous, trigger))
        return ([(after, found)], trigger.start, s[low : trigger.start], joined) if found else None
    if after is None and named_after(s, trigger, mentions) is not None:
        return None  # "rose 1% after a 2% drop in the dollar on Friday": not the subject's move
    if after is None and unknown_owner(s, trigger, mentions):
        return None  # "as a 3% drop in BHP outweighed gains in banks": a company's move
    paired = trigger.match.groupdict().get("fig2") if trigger.match else None
    if paired and previous is not None and len(previous.named) == 2:  # "their losses to 40% and
        gap = s[previous.end : trigger.start]  # 48%, respectively": each subject named so far
        return list(previous.named), trigger.start, gap, gaps.carry_gap(gap)[1]
    loose = _loose_nominal(trigger) or _opening_nominal(s, trigger, low)
    noun = trigger.kind is Kind.NOMINAL or _owned_move(trigger)
    subject = ctx.direct_subject(s, mentions, low, trigger.start, noun)
    ahead = side_clause.owner(s, trigger, tail, mentions) if subject is None else None
    if ahead is not None and previous is None:  # "Having fallen 3% on Monday, the index ..."
        resolved = _resolve_all([ahead], matcher, tail, s, mentions, previous, in_play)
        return (resolved, trigger.start, "", False) if resolved else None
    if subject is None and loose:
        before = ctx.named_between(s, mentions, low, trigger.start)  # not "per dollar"
        if before and previous is not None and _EXTENDING.search(s, 0, trigger.start):
            before = []  # "fell 5% after Moscow devalued the rouble, extending last week's 20%
        subject = before[-1] if before else _owner_named_after(s, trigger, mentions)  # plunge"
    inside = owner_inside(s, trigger, mentions)
    inside = inside if subject is None or trigger.kind is Kind.NOMINAL else None
    if inside is not None:  # "the yuan's steepest one-day fall since 1994"
        resolved = _resolve_all([inside], matcher, tail, s, mentions, previous, in_play)
        gap = s[previous.end : trigger.start] if previous is not None else "-"
        same = not gap.strip() or _EQUATED.fullmatch(gap) is not None  # the same move, renamed
        return (resolved, trigger.start, s[low : trigger.start], same) if resolved else None
    infinitive = None
    if subject is None:
        since = previous.end if previous is not None else low
        subject = infinitive = _infinitive_owner(s, trigger, mentions, since)
    result = None
    if subject is None and trigger.kind is Kind.RECORD:
        subject = result = _result_owner(s, trigger, mentions, low)
    base = trigger.word.lower() in BASE_FORMS and not _PERFECT.search(s, 0, trigger.start)
    if base and trigger.word.lower() in _PAST_TOO:
        base = _INFINITIVE.search(s, 0, trigger.start) is not None
    if subject is None and base and not continues(s, trigger, previous):
        return None  # "to shed", "could fall": not "having shed 9%"
    participle = None
    carries = previous is not None and gaps.carry_gap(s[previous.end : trigger.start])[0]
    if subject is None and not carries:  # "Gold was not spared, dropping 5%": no claim to carry
        subject = participle = participle_subject(s, trigger, mentions, low)
    if subject is not None:
        between = s[subject.end : trigger.start]
        if infinitive is not None:  # "to close" states what happened, unlike "set to close"
            between = _TO_BEFORE.sub("", between)
        if result is not None:  # "enough for the index to notch a record": it did
            between = ""
        if participle is not None:  # "Gold was not spared, dropping 5%": "not" stays in its clause
            between = _NEGATION.sub(" ", between)
        between = gaps.ASIDE.sub(" ", between)  # "..., whose investors had bet he would hold,"
        if (gaps.is_forecast(between) and not loose) or gaps.clause_is_forecast(
            s[forecast_from(s, trigger, participle, low) : subject.start]
        ):
            return None
        group = matcher.tenor_pair(s, subject) or ctx.group_of(s, mentions, subject, low)
        resolved = _resolve_all(group, matcher, tail, s, mentions, previous, in_play)
        start = trigger.start if loose else group[0].start
        prefix = s[low : min(subject.start, group[0].start)]  # "as the S&P 500 and the Dow slumped"
        inherit = previous is not None and (gaps.joins(prefix) or _reached(s, trigger, subject))
        return (resolved, start, prefix, inherit) if resolved else None
    if previous is None:
        return None
    gap = s[previous.end : trigger.start]
    may_carry, may_inherit = gaps.carry_gap(
        past_record(gap)
    )  # "..., its worst day since 2008, finishing"
    if not may_carry and (_MOVE_APPOSITIVE.fullmatch(gap) or gaps.wiping(trigger.kind, gap)):
        may_carry = may_inherit = True  # "..., its third straight loss, ending at its weakest"
    may_carry = may_carry or carried_to(s, trigger, gap)  # "..., up from Monday's record low of"
    if not may_carry and _appositive(s, trigger, mentions, max(previous.end, previous.subject.end)):
        # "rose 3.8% after the central bank acted, its biggest gain since 1998": the same day
        gap, may_carry, may_inherit = "", True, True
    if not may_carry and _BOTH_NAMED.fullmatch(gap) and len(previous.named) > 1:
        may_carry = True  # "..., with both gauges closing at record highs"
    if not may_carry and _MOVE_RELATIVE.search(s, max(0, trigger.start - 60), trigger.start):
        may_carry, may_inherit = True, False  # "extending a rally that has added 19% this year"
    if not may_carry and continues(s, trigger, previous):
        may_carry = True  # "... reversed a 4% slide to close higher"
    relative = _RELATIVE_END.search(s, 0, trigger.start)
    if not may_carry and relative is not None and relative.start() < previous.end:
        may_carry, may_inherit = True, False  # "Brent, which had jumped 2% early on, ended"
    if not may_carry and its_close(trigger.match):
        may_carry = True  # "ended at 83.4950, compared with its close of 83.5750 on Thursday"
    if not may_carry and not loose:
        return None
    main = side_clause.after_as(s, previous, gap, (mentions, matcher))
    if main is not None:  # "X weakened 0.4%, as oil fell, after touching its strongest ..."
        return [main], trigger.start, gap, may_inherit
    counter = tail.counter or figure_counters.carried(tail, previous, s, trigger.end)
    again = matcher.resolve(previous.subject, counter) if counter else None
    if again is None and unlisted_cross(previous.resolved, previous.subject.currency, tail.counter):
        return None  # "The rand fell 1% against the dollar and slid 2% against the euro"
    each = in_turn.countered(s, (trigger.end, tail.end), previous, matcher, counter)
    if each := each or (None if again else in_turn.sized(len(tail.sizes), previous)):
        return each, trigger.start, gap, may_inherit  # "..., respectively, against the dollar"
    if again is None and len(previous.group) > 1:  # "..., respectively, their worst day"
        return list(previous.group), trigger.start, gap, may_inherit
    both = trigger.match is not None and trigger.match.groupdict().get("both")  # "lowest for both"
    if again is None and len(previous.named) > 1 and (_BOTH.search(gap) or both):  # "both fell"
        return list(previous.named), trigger.start, gap, may_inherit
    if again is None and len(previous.named) > 1 and _THEIR.match(s, trigger.start):
        return list(previous.named), trigger.start, gap, may_inherit  # "A lost 5% and B 6%, their"
    return [(previous.subject, again or previous.resolved)], trigger.start, gap, may_inherit


def _reached(s: str, trigger: Trigger, subject: Mention) -> bool:
    """ "Friday's 8% plunge that took the pound to its lowest since 1985": the record the move
    reached is on the move's day."""
    if trigger.kind not in (Kind.RECORD, Kind.BIGGEST):
        return False
    return reached_by_move(s, subject.start)


def _owned_move(trigger: Trigger) -> bool:
    """ "the Nasdaq's slide was its worst since October": the move noun's owner is the subject."""
    owned = (fig.NOUN_WAS_BIGGEST_RE, fig.NOUN_WAS_RECORD_RE)
    return trigger.match is not None and trigger.match.re in owned


_NEGATION = re.compile(r"\b(?:not|never|didn['’]t|wasn['’]t|weren['’]t)\b", re.IGNORECASE)
_MOVE_RELATIVE = re.compile(  # the move noun's own verb: its subject is the claim's subject
    r",\s*(?:extending|capping|prolonging|adding\s+to)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?"
    r"(?:rally|rebound|recovery|advance|climb|surge|slide|selloff|sell-off|slump|decline|rout"
    r"|losing\s+streak|winning\s+streak)\s+(?:that|which)\s+(?:has|have|had)\s+"
    r"(?:(?:now|already|more\s+than|nearly|almost)\s+)*$",
    re.IGNORECASE,
)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_TURNED_TO = re.compile(  # a turn, then what it turned into: that move happened
    r"\b(?:reversed|reversing|reverses|changed|changing|changes)\s+(?:course|direction)\s+to\s+$"
    r"|\b(?:turned|turning|turns)\s+(?:around|tail)\s+to\s+$",
    re.IGNORECASE,
)
_CLAUSE_GAP = re.compile(r"[,;:()]|\b(?:and|but|while|whereas|as|after|which|that)\b", re.I)


_ENOUGH_FOR = re.compile(r"\benough\s+for\s+$", re.IGNORECASE)
_TO_VERB = re.compile(r"\s+(?:to\s+(?:notch|post|set|hit|reach|mark|record|log|book)\s+)?$", re.I)


def _result_owner(s: str, trigger: Trigger, mentions: list[Mention], low: int) -> Mention | None:
    """ "that was enough for the index to notch a record close": a result clause that says the
    subject did it (unlike "needs to post a record")."""
    before = [m for m in mentions if low <= m.start and m.end <= trigger.start]
    if not before or not _TO_VERB.fullmatch(s, before[-1].end, trigger.start):
        return None
    found = _ENOUGH_FOR.search(s, max(0, before[-1].start - 12), before[-1].start)
    return before[-1] if found is not None else None


def _infinitive_owner(
    s: str, trigger: Trigger, mentions: list[Mention], low: int
) -> Mention | None:
    """ "The STOXX 600 erased early gains to close 0.8% lower", "before it reversed course to
    end lower": "to close" belongs to the subject of its own clause's verb."""
    turned = _TURNED_TO.search(s, max(0, trigger.start - 40), trigger.start) is not None
    if trigger.word.lower() not in CLOSING and not turned:  # "reversed course to drop"
        return None
    if not _TO_BEFORE.search(s, max(0, trigger.start - 4), trigger.start):
        return None
    closing = trigger.word.lower() in CLOSING
    floor = 0 if turned else low  # "Gold turned around to climb", "... to close higher"
    before = [m for m in mentions if floor <= m.start and m.end <= trigger.start]
    if not before or _CLAUSE_GAP.search(s, before[-1].end, trigger.start):
        return _past_relative(s, trigger, mentions) if closing else None
    if floor < low and re.search(r"\bbefore\b", s[before[-1].end : trigger.start], re.I):
        return None  # "X rose 1% before the turn": the turn's own subject stands after it
    return before[-1]


_RELATIVE = re.compile(  # also past ", or nearly 14%," inside it
    r"\s*,\s*(?:which|who)\s(?:[^,;()]|,\s*or\s+(?:[a-z]+\s+)?\d[\d.,]*\s*%\s*,)*,\s*", re.I
)
_PARTICIPLE_ASIDE = re.compile(  # an aside with no figure of a move: "triggering a 45-minute halt,"
    r"[a-z]+ing\s(?![^,;]*\d\s*(?:%|percent|per\s+cent|points?|basis|bp))[^,;()]{1,50},\s*",
    re.IGNORECASE,
)


def _past_relative(s: str, trigger: Trigger, mentions: list[Mention]) -> Mention | None:
    """ "The IPC, which had been off 2.1%, erased the loss to close 0.4% higher": the subject
    before a relative clause owns the main clause's "to close"."""
    for m in reversed([m for m in mentions if m.end <= trigger.start]):
        if (relative := _RELATIVE.match(s, m.end)) is not None:
            end = relative.end()
            if (aside := _PARTICIPLE_ASIDE.match(s, end, trigger.start)) is not None:
                end = aside.end()  # "..., which had been down 10%, triggering a halt, rebounded"
            return None if _CLAUSE_GAP.search(s, end, trigger.start) else m
    return None


_EQUATED = re.compile(  # "A 5.8% drop on Friday, the Nikkei's worst day": dated, then equated
    r"(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday)(?=\s*,))?"
    r"(?:\s*,\s*|\s+(?:was|is|had\s+(?:already\s+)?(?:been|become)|has\s+(?:already\s+)?been"
    r"|became|marked)\s+)",
    re.IGNORECASE,
)


def _owner_named_after(s: str, trigger: Trigger, mentions: list[Mention]) -> Mention | None:
    """ "Tuesday's 1.9% drop was the yuan's steepest fall": a dated move noun with no subject
    before it belongs to the owner of the phrase it is equated with."""
    after = next((m for m in mentions if m.start >= trigger.end), None)
    if after is None or after.anaphor or not _EQUATED.fullmatch(s, trigger.end, after.start):
        return None
    return after if s.startswith(("'s", "’s"), after.end) else None


def _after_owner(s: str, previous: ctx.Previous, trigger: Trigger) -> str:
    """The words between the claim before (past its dated owner) and this one: "... on Friday
    and a 5.8% slide in the Nasdaq" shares Friday."""
    start = max(previous.end, previous.subject.end)
    dated = DATED_OWNER.match(s, start)
    return s[dated.end() if dated else start : trigger.start]


def owner_time(s: str, owner: Mention, reference: date) -> list[TimeRef]:
    """ "a 6% plunge in the S&P 500 on Friday": the day named right after the owner."""
    dated = DATED_OWNER.match(s, owner.end)
    when = TIME_RE.match(s, dated.start("t")) if dated is not None else None
    return [resolve(when, reference)] if when is not None else []


def _appositive(s: str, trigger: Trigger, mentions: list[Mention], after: int) -> bool:
    """A record or biggest-move phrase, or "down 10%", set off by a comma, with no other
    instrument between."""
    appositive = trigger.kind is Kind.STATE and trigger.word.lower() in ("up", "down", "off")
    if trigger.kind not in (Kind.RECORD, Kind.BIGGEST) and not appositive:
        return False
    head = s[: trigger.start].rstrip()
    if not head.endswith((",", "(")) and not _RENAMED.search(
        s, max(0, trigger.start - 60), trigger.start
    ):
        return False  # "(its best close in a month)", ", a slide that marked its worst ..."
    return not any(after <= m.start < trigger.start for m in mentions)


_RENAMED = re.compile(  # a noun phrase renaming the move or level just named, then its verb
    r",\s*(?:a|an|the)\s+(?:[\w-]+\s+)?(?:"
    + "|".join(sorted(MOVE_NOUNS, key=len, reverse=True))
    + r"|move|level|milestone)\s+(?:that|which)\s+(?:marked|was|became|proved|represented"
    r"|amounted\s+to)\s+$",
    re.IGNORECASE,
)


_MOVE_APPOSITIVE = re.compile(  # a noun phrase renaming the move just named
    r"\s*,\s*(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:"
    + "|".join(sorted(MOVE_NOUNS, key=len, reverse=True))
    + r"|session|day|week)s?(?:\s*,\s*|\s+and\s+)",  # "its fifth straight loss and its lowest"
    re.IGNORECASE,
)


_PAST_TOO = frozenset({"shed"})  # "..., which sank 9.4% the previous day, shed 1.4%": a past
_INFINITIVE = re.compile(
    r"\b(?:to|could|would|may|might|will|can|should|must|did|does|do)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
_PERFECT = re.compile(r"\b(?:having|has|have|had)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_RELATIVE_END = re.compile(  # also closed by a record appositive: "..., its highest since 2002,"
    r",\s*which\s(?:[^,;]|,(?=\d))*,(?:\s*(?:its|their)\s[^,;]{1,40},)?\s*$", re.IGNORECASE
)
_BOTH_NAMED = re.compile(
    r"[\s,;]*(?:(?:even\s+)?(?:and|with|while|as|though|although|but|whereas)\s+)?"
    r"(?:both|all\s+(?:three|four)|each)\s+(?:(?:gauges?|indexes|indices|index|benchmarks?"
    r"|markets?|contracts?|currency|currencies|yields?)\s+)?",  # "with each gauge finishing"
    re.IGNORECASE,
)
_BOTH = re.compile(r"\b(?:both|each|all\s+(?:three|four))\b", re.IGNORECASE)
_THEIR = re.compile(r"their\s", re.IGNORECASE)


def named(
    previous: ctx.Previous | None, subjects: tuple[tuple[Mention, Resolved], ...]
) -> tuple[tuple[Mention, Resolved], ...]:
    """Every instrument the sentence's claims have been about so far, once each."""
    out = list(previous.named) if previous else []
    for pair in subjects:
        if all(pair[1].instrument.id != r.instrument.id for _, r in out):
            out.append(pair)
    return tuple(out)


def _loose_nominal(trigger: Trigger) -> bool:
    """ "Monday's 6% jump", "after a 2.5% drop": a move noun tied to the sentence's subject,
    which may stand further back than a verb's."""
    poss = trigger.match.groupdict().get("poss") if trigger.match else None
    return trigger.kind is Kind.NOMINAL and (bool(poss) or trigger.linked)


def _opening_nominal(s: str, trigger: Trigger, low: int) -> bool:
    """ "A 5.8% drop on Friday, the Nikkei's worst day ...": a move noun that opens the
    sentence, tied like a dated one to the owner it is equated with."""
    return trigger.kind is Kind.NOMINAL and not s[low : trigger.start].strip()


_EXTENDING = re.compile(r",\s*(?:extending|adding\s+to|on\s+top\s+of)\s+$", re.IGNORECASE)
_NOUN_BEFORE = re.compile(r"\b(?:ground|gains|losses|value)\s+$", re.IGNORECASE)


_FOR_OWNER = re.compile(
    r"\s+for\s+(?!(?:the\s+|its\s+|their\s+|a\s+)?(?:day|week|month|quarter|year|session|period"
    r"|half|first|second|third|fourth|year-to-date|straight|consecutive|\d)\b)"
    r"(?P<the>(?:the\s+)?)(?P<w>[A-Za-z])"
)


def attributive(s: str, trigger: Trigger, mentions: list[Mention]) -> bool:
    """ "rising oil prices", "the falling ruble": a participle used as an adjective; "a 12% gain
    for Nvidia": a move noun another owner (no registry market) takes."""
    if trigger.kind is Kind.NOMINAL and (owner := _FOR_OWNER.match(s, trigger.end)):
        return not any(m.start in (owner.start("w"), owner.start("the")) for m in mentions)
    if trigger.kind is Kind.MOTION and _NOUN_BEFORE.search(
        s, max(0, trigger.start - 12), trigger.start
    ):
        return True  # "clawing back ground lost earlier in the week": a reduced relative
    if trigger.kind is not Kind.MOTION or not trigger.word.lower().endswith("ing"):
        return False
    following = s[trigger.end : trigger.end + 2]
    if any(m.start in (trigger.end + 1, trigger.end) for m in mentions):
        return True
    before = s[max(0, trigger.start - 4) : trigger.start].lower()
    return following.startswith(" ") and before.endswith(("the ", " a "))


def _bond_for_basis_points(
    found: Resolved | None, tail: Tail, mention: Mention, matcher: Matcher, mentions: list[Mention]
) -> Resolved | None:
    """ "..., as the Nikkei crashed 7.3%, and it ended 6 basis points lower": a move in basis
    points is a yield's, so "it" is the last yield named, not the last market."""
    if found is None or found.instrument.kind is InstrumentKind.BOND_YIELD:
        return found
    if not any(size.unit is Unit.BASIS_POINTS for size in tail.sizes):
        return found
    for earlier in reversed([m for m in mentions if m.end <= mention.start and not m.anaphor]):
        bond = matcher.resolve(earlier, None)
        if bond is not None and bond.instrument.kind is InstrumentKind.BOND_YIELD:
            return bond
    return found


def _pair_other(s: str, mention: Mention, previous: ctx.Previous | None) -> str | None:
    """ "fell to 0.7067 Swiss francs, before the U.S. currency recovered to 0.7400": a currency
    named again after its pair's claim keeps that pair's other currency."""
    if previous is None or mention.currency is None:  # "the U.S. currency": not the index
        return None
    if mention.currency != "USD" and not _CLAUSE_OPENS.search(s, 0, mention.start):
        return None  # "and the British currency ended": not "leaving the Japanese currency"
    if not re.search(r"\b(?:currency|unit)\b", mention.text, re.IGNORECASE):
        return None  # "..., as the dollar rebounded": the dollar index
    pair = previous.resolved.instrument
    if pair.kind is not InstrumentKind.FX or mention.currency not in (
        pair.base_currency,
        pair.quote_currency,
    ):
        return None
    return pair.quote_currency if mention.currency == pair.base_currency else pair.base_currency


_CLAUSE_OPENS = re.compile(r"(?:[,;]|\b(?:and|but|while|whereas))\s+$", re.IGNORECASE)


def _resolve_all(
    group: list[Mention],
    matcher: Matcher,
    tail: Tail,
    s: str,
    mentions: list[Mention],
    previous: ctx.Previous | None,
    in_play: Resolved | None,
) -> list[tuple[Mention, Resolved]]:
    counter = tail.counter or figure_counters.from_figures(tail, s, group)
    counter = offshore.counter_market(counter, s, group[-1], tail.end) if group else counter
    out: list[tuple[Mention, Resolved]] = []
    for mention in group:
        if mention.anaphor:
            found = ctx.resolve_anaphor(mention, matcher, s, mentions, previous, in_play)
            found = _bond_for_basis_points(found, tail, mention, matcher, mentions)
            if (
                found is not None and counter and found.currency
            ):  # "it also rose to 1.0165 per euro"
                again = matcher.resolve(
                    Mention(0, 0, found.subject, currency=found.currency), counter
                )
                lost = again is None and unlisted_cross(found, found.currency, counter)
                found = None if lost else again or found
        else:
            own = figure_counters.own(tail, mention) or counter or _pair_other(s, mention, previous)
            found = matcher.resolve(mention, own)
        if found is not None:
            out.append((mention, found))
    if len(out) > 1 and out[-1][1].instrument.kind is InstrumentKind.EQUITY_FUTURES:
        out = [(m, matcher.futures_of(m) or r) for m, r in out]  # "S&P 500 and Nasdaq futures"
    return out
