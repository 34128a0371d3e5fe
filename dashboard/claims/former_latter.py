"""Marks told of one of two markets just named: "The S&P 500 soared 9.5% and the Nasdaq 12.2%,
the former's best day since 2008 and the latter's best since 2001", "the Dow and the S&P 500
lost 5.6% and 6.7%, the latter its worst day since 2008". "The former" is the first of the last
two markets named in the sentence's moves, "the latter" the second; the mark is that market's
alone (a copy made for the other one is dropped)."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Measure

_WHICH = re.compile(r"\bthe\s+(?P<w>former|latter)\b", re.IGNORECASE)
_MARKS = (Measure.RECORD, Measure.BIGGEST_MOVE)


def former_latter(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, with each mark told of "the former" or "the latter" on that market."""
    if "former" not in s and "latter" not in s:
        return claims
    out: list[Claim] = []
    for claim in claims:
        moved = _moved(s, claim, claims) if claim.measure in _MARKS else claim
        if not any(_same(moved, kept) for kept in out):
            out.append(moved)
    return out


def _moved(s: str, mark: Claim, claims: list[Claim]) -> Claim:
    which = _WHICH.search(s, max(0, mark.start - 4), min(len(s), mark.start + 14))
    if which is None:
        return mark
    named: list[Claim] = []
    for claim in claims:
        if claim.measure in _MARKS or claim.start >= which.start():
            continue
        if not any(c.instrument == claim.instrument for c in named):
            named.append(claim)
    if len(named) < 2:
        return mark
    owner = named[-2] if which.group("w").lower() == "former" else named[-1]
    return replace(mark, instrument=owner.instrument, subject=owner.subject, inverse=owner.inverse)


def _same(a: Claim, b: Claim) -> bool:
    return (a.instrument, a.measure, a.start, a.since) == (
        b.instrument,
        b.measure,
        b.start,
        b.since,
    )
