"""The tolerance rules, written once: how close a figure must be to a claim, and which verdict.

A claimed size carries its own precision: "15%" is a rounded figure (14.5 to 15.5), "2.1%" a
finer one (2.05 to 2.15). Hedges move the band ("about" widens it, "more than" makes it
one-sided). A small allowance covers differences between vendors. The same band is used by
every measure; ``TOLERANCE_RULES`` and ``VERDICT_RULES`` are the tables the README shows.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from dashboard.domain import Claim, Hedge, Unit, Verdict

# Allowance for differences between vendors (rounding, close-time conventions), per unit.
SOURCE_ALLOWANCE: dict[Unit, float] = {
    Unit.PERCENT: 0.02,  # percentage points
    Unit.BASIS_POINTS: 0.1,  # ^TNX is quoted to 0.001 percent = 0.1 bp
    Unit.POINTS: 0.0002,  # a fraction of the reference price (0.02 %), converted per claim
}
ABOUT_WIDENING = 0.05  # "about 15%": the band grows by 5 % of the stated size (±0.75 pp)
ABOUT_LEVEL_WIDENING = 0.005  # "about $100": the band grows by 0.5 % of the stated level
ALMOST_DEPTH = 0.2  # "almost 1%": from 80 % of the stated size up to the stated size
FLAT_BAND_PCT = 0.1  # "flat", "little changed": within ±0.1 % of the previous close
SESSION_EXTREME_BAND_PCT = 0.25  # "at session highs": the close within 0.25 % of the high

_UNIT_WORD = {Unit.PERCENT: "pp", Unit.BASIS_POINTS: "bp", Unit.POINTS: "points"}

TOLERANCE_RULES: tuple[tuple[str, str, str], ...] = (
    (
        "exact (“rose 15%”, “2.1%”)",
        "stated size ± half a unit of its last stated digit",
        "15% → 14.5 to 15.5; 2.1% → 2.05 to 2.15; 12 bp → 11.5 to 12.5",
    ),
    (
        "about, around, roughly",
        f"exact band widened by {ABOUT_WIDENING:.0%} of the stated size "
        f"({ABOUT_LEVEL_WIDENING:.1%} of a stated level)",
        "about 15% → ±1.25 pp (0.5 + 0.75); about $100 → ±$1.00",
    ),
    (
        "almost, nearly",
        f"from {1 - ALMOST_DEPTH:.0%} of the stated size up to the stated size",
        "almost 1% → 0.8 to 1.0",
    ),
    ("more than, over, at least", "one-sided: at least the stated size", "more than 3% → ≥ 3"),
    (
        "less than, under",
        "one-sided: at most the stated size, same direction",
        "less than 1% → 0 to 1",
    ),
    (
        "as much as",
        "compared with the session's extreme (intraday low or high), exact band",
        "as much as 45% → the low vs the previous close, 44.5 to 45.5",
    ),
    (
        "source allowance",
        f"added to every band: {SOURCE_ALLOWANCE[Unit.PERCENT]} pp, "
        f"{SOURCE_ALLOWANCE[Unit.BASIS_POINTS]} bp, "
        f"{SOURCE_ALLOWANCE[Unit.POINTS]:.2%} of the reference price for points",
        "vendors round and stamp closes differently",
    ),
    (
        "time of writing",
        "a time-of-writing figure (“was up 15%”, “at session highs”) is checked against the "
        "whole session's range, not the close",
        "up 15% with a range of +9.6 … +24.0% → consistent",
    ),
    ("flat, little changed", f"within ±{FLAT_BAND_PCT}% of the previous close", ""),
    (
        "at session highs / lows",
        f"the close within {SESSION_EXTREME_BAND_PCT}% of the day's high (low)",
        "close 453.53, high 453.69 → 0.04% → consistent",
    ),
)

VERDICT_RULES: tuple[tuple[Verdict, str], ...] = (
    (
        Verdict.SUPPORTED,
        "the figure lies inside the claim's band (or, with no size, moves the claimed way)",
    ),
    (
        Verdict.CONSISTENT,
        "the claim is about a moment daily bars cannot pin down, and the session's range "
        "(vs the reference) overlaps the claim's band",
    ),
    (
        Verdict.INACCURATE,
        "right direction (the figure is on the claimed side of zero), size outside the band; "
        "or a level outside the day's range",
    ),
    (
        Verdict.CONTRADICTED,
        "the figure has the opposite sign (beyond the band), the whole range is on the other "
        "side, or a claimed record / biggest move is not one",
    ),
    (
        Verdict.NOT_CHECKABLE,
        "no row for the session, no reference row, no size or direction to test, or a "
        "reference the vendor does not publish (a Yahoo FX start-of-day snapshot outside its range)",
    ),
)


@dataclass(frozen=True)
class Band:
    """The magnitudes (in the claimed direction, claim's unit) a claim accepts."""

    low: float
    high: float  # math.inf when one-sided
    rule: str  # how the band was set, for the explanation ("±0.5 pp")

    def contains(self, value: float) -> bool:
        """Whether a magnitude lies inside the band."""
        return self.low <= value <= self.high

    def overlaps(self, low: float, high: float) -> bool:
        """Whether a range of magnitudes [low, high] meets the band."""
        return low <= self.high and high >= self.low


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def stated_decimals(claim: Claim, value: float) -> int:
    """How many decimals the article wrote the number with (from the claim's own text)."""
    for token in _NUMBER.findall(claim.text):
        cleaned = token.replace(",", "")
        if math.isclose(float(cleaned), value, rel_tol=0, abs_tol=1e-9):
            return len(cleaned.split(".")[1]) if "." in cleaned else 0
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return len(text.split(".")[1]) if "." in text else 0


def half_unit(claim: Claim, value: float) -> float:
    """Half a unit of the last stated digit: "15" → 0.5, "2.1" → 0.05."""
    return 0.5 * 10.0 ** (-stated_decimals(claim, value))


def allowance(unit: Unit, reference_price: float | None = None) -> float:
    """The source allowance in the claim's unit (points need the reference price)."""
    if unit is Unit.POINTS:
        return SOURCE_ALLOWANCE[unit] * abs(reference_price or 0.0)
    return SOURCE_ALLOWANCE[unit]


def size_band(claim: Claim, reference_price: float | None = None) -> Band:
    """The band of accepted magnitudes for a claim with a stated size."""
    assert claim.size is not None
    size = claim.size
    unit = claim.unit or Unit.PERCENT
    half = half_unit(claim, size)
    extra = allowance(unit, reference_price)
    word = _UNIT_WORD[unit]
    hedge = claim.hedge
    if hedge is Hedge.ABOUT:
        widen = ABOUT_WIDENING * size
        tol = half + widen
        return Band(
            size - tol - extra,
            size + tol + extra,
            f"±{_num(tol)} {word} (about: ±{_num(half)} widened by {_num(widen)})",
        )
    if hedge is Hedge.ALMOST:
        return Band(
            size * (1 - ALMOST_DEPTH) - extra,
            size + extra,
            f"{_num(size * (1 - ALMOST_DEPTH))} to {_num(size)} {word} (almost)",
        )
    if hedge in (Hedge.MORE_THAN, Hedge.AT_LEAST):
        return Band(
            size - extra, math.inf, f"≥ {_num(size)} {word} ({hedge.value.replace('_', ' ')})"
        )
    if hedge is Hedge.LESS_THAN:
        return Band(0.0, size + extra, f"0 to {_num(size)} {word} (less than)")
    note = " (as much as: vs the extreme)" if hedge is Hedge.AS_MUCH_AS else ""
    return Band(size - half - extra, size + half + extra, f"±{_num(half)} {word}{note}")


def level_band(claim: Claim) -> Band:
    """The band of accepted prices for a stated level (not a magnitude: the price itself)."""
    assert claim.level is not None
    level = claim.level
    half = half_unit(claim, level)
    if claim.hedge is Hedge.ABOUT:
        tol = half + ABOUT_LEVEL_WIDENING * level
        return Band(level - tol, level + tol, f"±{_num(tol)} (about)")
    if claim.hedge in (Hedge.MORE_THAN, Hedge.AT_LEAST):
        return Band(level, math.inf, f"≥ {_num(level)}")
    if claim.hedge is Hedge.LESS_THAN:
        return Band(-math.inf, level, f"≤ {_num(level)}")
    return Band(level - half, level + half, f"±{_num(half)}")


def judge_size(band: Band, magnitude: float) -> Verdict:
    """Verdict for a figure signed in the claimed direction (+ = the way the claim says)."""
    if band.contains(magnitude):
        return Verdict.SUPPORTED
    return Verdict.CONTRADICTED if magnitude < 0 else Verdict.INACCURATE


def judge_range(band: Band, low: float, high: float) -> Verdict:
    """Verdict for a time-of-writing claim against the session's range of magnitudes."""
    if band.overlaps(low, high):
        return Verdict.CONSISTENT
    return Verdict.CONTRADICTED if high < 0 else Verdict.INACCURATE


def judge_direction(magnitude: float) -> Verdict:
    """Verdict for a claim with a direction but no size (magnitude signed in that direction)."""
    return Verdict.SUPPORTED if magnitude > 0 else Verdict.CONTRADICTED


def judge_flat(observed_pct: float) -> Verdict:
    """Verdict for "flat" / "little changed"."""
    return Verdict.SUPPORTED if abs(observed_pct) <= FLAT_BAND_PCT else Verdict.INACCURATE


def _num(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".")


def rules_markdown() -> str:
    """The tolerance and verdict tables as Markdown (the README includes this text)."""
    lines = ["| claim wording | band | example |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in TOLERANCE_RULES]
    lines += ["", "| verdict | when |", "|---|---|"]
    lines += [f"| `{verdict.value}` | {text} |" for verdict, text in VERDICT_RULES]
    return "\n".join(lines) + "\n"
