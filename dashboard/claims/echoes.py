"""Echoes: a claim with no figure that another claim of the sentence states with one."""

from __future__ import annotations

import re

from dashboard.domain import Claim, Direction, Measure

_MOVES = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE, Measure.INTRADAY_EXTREME)


_EXTENDING = re.compile(r"^(?:extending|prolonging|deepening)\s+(?:its|their)\b", re.IGNORECASE)


_TURN = re.compile(r"\b(?:turned|turns|turning|swung|swings|flipped|flips)\b", re.IGNORECASE)


def _held(c: Claim) -> bool:
    """A state at the time of writing ("held on to most of its gains"), which only a figured
    move or state echoes; a turn in the day ("turned negative in the final hour") is echoed by
    a figured extreme of the same way too."""
    return c.measure is Measure.INTRADAY_CHANGE and _TURN.search(c.text) is None


_REACHING = re.compile(r"(?:touching|hitting|reaching)\s", re.IGNORECASE)
_RUN = re.compile(  # "fell for a fifth straight session", "extended gains for a fifth day"
    r"\bfor\s+(?:a|an|the)\s+[\w-]+\s+(?:straight\s+|consecutive\s+|successive\s+)?"
    r"(?:session|day)\b|\bextend(?:ed|s|ing)\s+(?:its\s+|their\s+)?(?:gains|losses)\b",
    re.IGNORECASE,
)


def _touched_after(c: Claim, claims: list[Claim]) -> bool:
    """ "Bund yields fell for a fifth session, touching 2.05%": a bare verb that counts the
    session in a run and, set off right after it, a price touched within the day are two facts
    (the close's way and the day's extreme), so the touch does not echo the move ("fell on
    Tuesday, touching minus 0.003%" stays the one extreme)."""
    if c.measure is not Measure.SESSION_CHANGE or _RUN.search(c.text) is None:
        return False
    return any(
        t.measure is Measure.INTRADAY_EXTREME
        and t.size is None
        and (t.instrument, t.direction, t.session, t.inverse)
        == (c.instrument, c.direction, c.session, c.inverse)
        and 0 < t.start - c.end <= 2
        and _REACHING.match(t.text) is not None
        for t in claims
    )


def without_echoes(claims: list[Claim]) -> list[Claim]:
    """Drop a claim with no figure when another in the sentence says the same with one
    ("U.S. stocks recovered ... and the S&P 500 closed 9.3% higher")."""

    def key(c: Claim) -> tuple[object, ...]:
        measure = "move" if c.measure in _MOVES else c.measure
        return (c.instrument, measure, c.direction, c.session, c.inverse)

    def reached(c: Claim) -> tuple[object, ...]:  # "weakened past 30 ..., extending its slide"
        moved = c.measure is Measure.LEVEL and c.direction in (Direction.UP, Direction.DOWN)
        return (c.instrument, "move" if moved else c.measure, c.direction, c.session, c.inverse)

    figured = {key(c) for c in claims if c.size is not None or c.level is not None}
    # a state at the time of writing ("held on to most of its gains") is not the peak it
    # came down from ("after jumping as much as 2.4%"): only a figured move or state echoes it
    standing = {
        key(c)
        for c in claims
        if (c.size is not None or c.level is not None) and c.measure is not Measure.INTRADAY_EXTREME
    }
    levels = {reached(c) for c in claims if c.level is not None}
    kept = [
        c
        for c in claims
        if c.size is not None
        or c.level is not None
        or _touched_after(c, claims)
        or (
            key(c) not in (standing if _held(c) else figured)
            and not (_EXTENDING.search(c.text) and key(c) in levels)
        )
    ]
    seen: set[tuple[object, ...]] = set()
    out: list[Claim] = []
    for c in kept:  # "For the Dow, it was ...": the subject and its anaphor claim it once
        same = (*key(c), c.measure, c.size, c.unit, c.level, c.since)
        if same not in seen:
            seen.add(same)
            out.append(c)
    return out
