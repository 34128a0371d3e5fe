"""How numbers, dates and verdicts are written in an explanation: one style everywhere.

The explanation is one sentence with the numbers and rows used, e.g.
"MOEX Russia Index (moex) low 1,681.55 on 24 Feb 2022 vs close 3,084.74 on 22 Feb 2022
= −45.49%; claimed −45% (as much as), tolerance ±0.5 pp → supported". The dashboard, the CLI
and the CSV all show this same text.
"""

from __future__ import annotations

from datetime import date

from dashboard.domain import Claim, Hedge, Measure, Source, Unit, Verdict

MINUS = "−"

SOURCE_LABEL: dict[Source, str] = {
    Source.MOEX: "Moscow Exchange",
    Source.CBR: "Bank of Russia",
    Source.YAHOO: "Yahoo",
    Source.EIA: "EIA",
    Source.FINAM: "Finam",
}


def day(session: date) -> str:
    """A session date as "24 Feb 2022"."""
    return f"{session.day} {session:%b %Y}"


def price(value: float) -> str:
    """A price with thousands separators, 2 to 4 decimals as the data need: 1,681.55; 86.9288."""
    text = f"{value:,.4f}".rstrip("0")
    whole, _, decimals = text.partition(".")
    return f"{whole}.{decimals.ljust(2, '0')}"


def signed(value: float, unit: Unit = Unit.PERCENT, digits: int = 2) -> str:
    """A signed figure in a unit: +9.87%, −45.49%, +1.70 bp, −1.15 points."""
    sign = MINUS if value < 0 else "+"
    body = f"{abs(value):,.{digits}f}"
    if unit is Unit.PERCENT:
        return f"{sign}{body}%"
    if unit is Unit.BASIS_POINTS:
        return f"{sign}{body} bp"
    return f"{sign}{body} points"


def claimed(claim: Claim) -> str:
    """The claim as stated: "claimed −45% (as much as)", "claimed up (no size)"."""
    if claim.size is None:
        if claim.level is not None:
            return f"claimed level {price(claim.level)}{_hedge(claim.hedge)}"
        if claim.measure in (Measure.SESSION_HIGH, Measure.SESSION_LOW):
            return f"claimed at session {claim.measure.value.removeprefix('session_')}s"
        return f"claimed {claim.direction.value} (no size)"
    unit = claim.unit or Unit.PERCENT
    sign = MINUS if claim.claimed is not None and claim.claimed < 0 else "+"
    size = f"{claim.size:g}"
    tail = {Unit.PERCENT: "%", Unit.BASIS_POINTS: " bp", Unit.POINTS: " points"}[unit]
    return f"claimed {sign}{size}{tail}{_hedge(claim.hedge)}"


def _hedge(hedge: Hedge) -> str:
    return "" if hedge is Hedge.EXACT else f" ({hedge.value.replace('_', ' ')})"


def sentence(
    subject: str, figure_text: str, claim_text: str, tolerance: str, verdict: Verdict
) -> str:
    """Join the parts into the one-sentence explanation."""
    tol = f", tolerance {tolerance}" if tolerance else ""
    return f"{subject} {figure_text}; {claim_text}{tol} → {verdict.value}"
