"""A price a market touched, told with no way ("the Australian dollar touched $1.0012", "Bund
yields briefly touched 0.80% on Thursday", "after touching $0.9390 overnight"): the day's
extreme, not where the market stood. The corpus labels a touched price the day's extreme
throughout; its way is that of the market's record or move in the same sentence, else up."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Direction, Measure

_REACHED = re.compile(
    r"\b(?:touch(?:ed|ing|es)?|reach(?:ed|ing|es)|hit(?:s|ting)?|struck|peaked|scaled|brushed"
    r"|plumbed)\b",
    re.IGNORECASE,
)
_NOT = re.compile(r"\b(?:not|never|n['’]t|without|failed\s+to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_WAYS = (Direction.UP, Direction.DOWN)
_CLOSE = re.compile(r"\b(?:close|closes|closing|closed|finish|settle|settled|settlement)\b", re.I)


def touched_levels(s: str, claims: list[Claim]) -> list[Claim]:
    """Each wayless level whose own words touch or reach it, as the day's extreme."""
    out = list(claims)
    for i, claim in enumerate(claims):
        if claim.measure is not Measure.LEVEL or claim.direction is not Direction.NONE:
            continue
        if claim.level is None or claim.level < 0 or _listed(claim, claims):
            continue  # ("touched minus $40.32": a level below zero stays a level)
        if not _touched(s, claim):
            continue
        way = _way(claim, claims)
        out[i] = replace(claim, measure=Measure.INTRADAY_EXTREME, direction=way)
    return out


def _touched(s: str, claim: Claim) -> bool:
    """Whether the claim's words reach its level with a verb of touching ("hit $139.13"), not
    one denied ("a level it had not touched since 2002") nor a close ("hit a record close")."""
    found = _REACHED.search(claim.text)
    if found is None or _CLOSE.search(claim.text):  # "hitting a record close of 4,796.56"
        return False
    at = claim.start + found.start()
    return _NOT.search(s, max(0, at - 24), at) is None


def _listed(claim: Claim, claims: list[Claim]) -> bool:
    """Another market's wayless level beside it: a list sharing one verb ("wheat hit $7.10 a
    bushel and corn $4.85"), left as the levels the list states."""
    return any(
        c.instrument != claim.instrument
        and c.measure is Measure.LEVEL
        and c.direction is Direction.NONE
        for c in claims
    )


def _way(claim: Claim, claims: list[Claim]) -> Direction:
    """The way of the market's record at that level, else of its nearest earlier move in the
    sentence, else up ("pierced the 0.25% ceiling, reaching 0.265%")."""
    same = [
        c
        for c in claims
        if (c.instrument, c.inverse) == (claim.instrument, claim.inverse) and c.direction in _WAYS
    ]
    record = next((c for c in same if c.measure is Measure.RECORD and c.level == claim.level), None)
    if record is not None:
        return record.direction
    before = [c for c in same if c.start < claim.start and c.measure is not Measure.RECORD]
    return before[-1].direction if before else Direction.UP
