"""Moves taken in turn: "The Dow and the S&P 500 rose 0.3% and fell 0.2%, respectively" gives
each market its own move, and "ended up 0.8% and down 1.2%" states two closes."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import groupby

from dashboard.claims.context import Previous
from dashboard.claims.folding import holds
from dashboard.claims.subjects import Matcher, Mention, Resolved
from dashboard.domain import Claim, Measure

_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_AND_GAP = re.compile(r"\s*,?\s*(?:and|but)\s+", re.IGNORECASE)
_BARE_START = re.compile(r"(?:up|down|higher|lower|[$€£]?\d|about|around|nearly|almost)\b|[$€£]")
_CLOSED_AT = re.compile(r"\b(?:closed|ended|finished|settled|closing|ending|finishing)\b", re.I)
_FUTURES = re.compile(r"\b(?:futures|e-minis?)\b", re.IGNORECASE)
_OF_DAY = re.compile(
    r"\b(?:trade|trading|morning|afternoon|noon|open|opening|GMT|ET|a\.m\.|p\.m\.|hours?|minutes)\b"
)


def countered(
    s: str, span: tuple[int, int], previous: Previous, matcher: Matcher, counter: str | None
) -> list[tuple[Mention, Resolved]] | None:
    """ "were 0.2% weaker and 0.5% stronger, respectively, against the dollar": the counter
    closing the list is every named market's, each resolved against it."""
    if not counter or len(previous.group) < 2 or not _RESPECTIVELY.search(s, *span):
        return None
    each = [(m, matcher.resolve(m, counter)) for m, _ in previous.group]
    return [(m, found) for m, found in each if found] if all(f for _, f in each) else None


def sized(count: int, previous: Previous) -> list[tuple[Mention, Resolved]] | None:
    """ "Gold rose 1% and silver 2% on Friday, capping weekly gains of 3% and 5%": as many
    sizes as markets named, more than the last claim's own subjects, are the last ones' each."""
    if not len(previous.group) < count <= len(previous.named):
        return None
    return list(previous.named[-count:])


def moves_in_turn(s: str, claims: list[Claim]) -> list[Claim]:
    """Each market named takes, in order, the move of its own place in the list."""
    return _diagonal(s, _shared_hours(_shared_close(s, claims)))


def _shared_close(s: str, claims: list[Claim]) -> list[Claim]:
    """ "ended up 0.8% and down 1.2%": a bare way conjoined to a close, with no verb of its own,
    is a close too."""
    out = list(claims)
    for index, state in enumerate(claims):
        before = [c for c in claims[:index] if c.end <= state.start]
        if state.measure is not Measure.INTRADAY_CHANGE or not before:
            continue
        close = before[-1]
        if close.measure is not Measure.SESSION_CHANGE or not _CLOSED_AT.search(close.text):
            continue
        if not _AND_GAP.fullmatch(s, close.end, state.start) or not _bare(state):
            continue
        if not _OF_DAY.search(state.text):
            out[index] = replace(state, measure=Measure.SESSION_CHANGE)
    return out


def _one_move(group: list[Claim]) -> bool:
    """Every claim of the group is the same sized move, read for each market named."""
    moves = {(c.measure, c.direction, c.size, c.unit) for c in group}
    return len(moves) == 1 and group[0].size is not None


def _shared_hours(claims: list[Claim]) -> list[Claim]:
    """ "Dow futures jumped 5% before the bell, while Nasdaq 100 futures edged up 0.3%": futures
    moves of one sentence and day share the premarket hours the first one names."""
    out = list(claims)
    early = None
    for index, c in enumerate(claims):
        if not _FUTURES.search(c.subject):
            continue
        if c.measure is Measure.INTRADAY_CHANGE and c.time_words:
            early = c
            continue
        bare = not c.time_words and not _CLOSED_AT.search(c.text)
        if early and bare and c.measure is Measure.SESSION_CHANGE and c.session == early.session:
            out[index] = replace(c, measure=Measure.INTRADAY_CHANGE)
    return out


def _bare(state: Claim) -> bool:
    """The state's words are a way and a figure, after at most its own subject ("the Kospi
    down 1.2%"): no verb of its own."""
    at = state.text.find(state.subject) if state.subject else -1
    rest = state.text[at + len(state.subject) :].lstrip() if 0 <= at <= 4 else state.text
    return _BARE_START.match(rest) is not None


def _diagonal(s: str, claims: list[Claim]) -> list[Claim]:
    """ "A and B rose 0.3% and fell 0.2%, respectively": of two moves each read for both, A
    keeps the first and B the second."""
    if not holds(s, ("respectively",)) or not _RESPECTIVELY.search(s):
        return claims
    groups = [list(g) for _, g in groupby(claims, key=lambda c: (c.start, c.end))]
    for first in range(len(groups)):
        names = [c.instrument for c in groups[first]]
        run = groups[first : first + len(names)]
        if len(names) < 2 or len(run) < len(names):
            continue
        if any([c.instrument for c in g] != names or not _one_move(g) for g in run):
            continue
        if not _RESPECTIVELY.search(s, run[-1][0].start, run[-1][0].end + 12):
            continue
        drop = {id(c) for i, g in enumerate(run) for j, c in enumerate(g) if i != j}
        return [c for c in claims if id(c) not in drop]
    return claims
