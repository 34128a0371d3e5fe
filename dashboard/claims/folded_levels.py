"""A bare level folded into the move it closes: "Oil prices slid 3%, with Brent settling at
$87.45", "shed 4.1% this week to end Friday at 1,012"."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims.apposed import apposed_sizes
from dashboard.claims.lexicon import CLOSE_VERBS
from dashboard.domain import Claim, Direction, Measure


def levels_folded(s: str, claims: list[Claim]) -> list[Claim]:
    """ "Oil prices slid 3%, with Brent settling at $87.45": a level with no move of its own on
    the instrument of a sized session move earlier in the sentence is that move's level; and a
    close at a level followed by the window's move it ends is that move's level too."""
    out: list[Claim] = []
    for claim in apposed_sizes(s, claims):
        host = next(
            (
                i
                for i, c in enumerate(out)
                if (
                    c.measure is Measure.SESSION_CHANGE
                    or _window_closed(s, c, claim)
                    or _same_moment(s, c, claim)
                )
                and c.size is not None
                and c.level is None
                and (c.instrument, c.session) == (claim.instrument, claim.session)
                and (c.inverse == claim.inverse or _other_side_folds(s, c, claim))
            ),
            None,
        )
        folds = claim.measure is Measure.LEVEL and claim.direction is Direction.NONE
        if host is None or not folds or claim.level is None:
            out.append(claim)
            continue
        out[host] = replace(out[host], level=claim.level)
    return out


def _same_moment(s: str, host: Claim, level: Claim) -> bool:
    """A state in the day and a level in a "with" clause after it, with no time words of its
    own, are one moment ("ended the morning 0.8% firmer, with the Hang Seng at 24,860.19")."""
    if host.measure is not Measure.INTRADAY_CHANGE or level.time_words not in ("", host.time_words):
        return False
    return _WITH.search(s, host.end, level.start) is not None


_WITH = re.compile(r"\bwith\b", re.IGNORECASE)


def _other_side_folds(s: str, host: Claim, level: Claim) -> bool:
    """ "The rouble slid 2%, with the dollar at 92.10", "pushing the pound to $1.5410": a bare
    level told of the pair's other side folds into the move, unless it is a clause of its own
    ("The zloty fell 1.2%, and the dollar bought 4.50 zlotys")."""
    if level.direction is not Direction.NONE:
        return False
    return _AND_CLAUSE.fullmatch(s, host.end, level.start) is None


_AND_CLAUSE = re.compile(r"\s*,?\s*(?:and|while|whereas)\s+", re.IGNORECASE)


_WORD = re.compile(r"[A-Za-z]+")
_PARTICIPLE = re.compile(r"(?!having\b)[a-z]+ing\b", re.IGNORECASE)
_APPOSED = re.compile(r"\s*,\s*(?:having\s+)?", re.IGNORECASE)


def closes_folded(s: str, claims: list[Claim]) -> list[Claim]:
    """ "The yen ended 2022 around 131 per dollar, down about 12% for the year", "ended the
    quarter at 4.57%, roughly 75 basis points above where it began July": the close is where
    the window's move ended, so its level goes on that move, which ends on the close's day."""
    out: list[Claim] = []
    for claim in claims:
        at = len(out) - 1
        if at > 0 and _inside(out[at], out[at - 1]):  # "closed out 2023 at a record 134,185"
            at -= 1
        if at >= 0 and _closes(s, out[at], claim):
            out[at] = replace(claim, level=out[at].level, session=out[at].session)
            out.append(out.pop(at))
            continue
        out.append(claim)
    return out


def _inside(record: Claim, level: Claim) -> bool:
    """A record told within the close's own words, at its level."""
    return (
        record.measure is Measure.RECORD
        and record.instrument == level.instrument
        and level.start <= record.start
        and record.end <= level.end
    )


def _closes(s: str, level: Claim, move: Claim) -> bool:
    return (
        level.measure is Measure.LEVEL
        and level.direction is Direction.NONE
        and level.level is not None
        and move.measure is Measure.PERIOD_CHANGE
        and move.size is not None
        and move.level is None
        and (level.instrument, level.inverse) == (move.instrument, move.inverse)
        and _APPOSED.fullmatch(s, level.end, move.start) is not None
        and any(w.lower() in CLOSE_VERBS for w in _WORD.findall(level.text))
        and not _PARTICIPLE.match(move.text)  # "..., bringing its gain this year to 180%"
    )


_TO_CLOSE = re.compile(r"\s+to\s+$", re.IGNORECASE)


def _window_closed(s: str, move: Claim, level: Claim) -> bool:
    """ "shed 4.1% this week to end Friday at 1,012": the close that ends the window."""
    return move.measure is Measure.PERIOD_CHANGE and bool(
        _TO_CLOSE.fullmatch(s, move.end, level.start)
    )
