"""What a formula reads and returns, and the row helpers every formula shares.

Perspective: when ``claim.inverse`` is True (the subject is the quote currency, "the ruble
gained" about USD/RUB), the subject's change is ``prev / now - 1``, not ``now / prev - 1``.
A Bank of Russia rate is dated by the day it takes effect: the rate set on a session is the
first row dated after it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

import pandas as pd

from dashboard import explain as ex
from dashboard.domain import (
    Claim,
    Direction,
    Figure,
    Instrument,
    InstrumentKind,
    PriceBar,
    PriceSeries,
    QualityFlag,
    RowRef,
    Source,
    Unit,
)


class Check(StrEnum):
    """Which comparison the verdict makes on a reading."""

    CHANGE = "change"  # the observed figure against the claim's band
    RANGE = "range"  # a time-of-writing figure: the session's range against the band
    SNAPSHOT_RANGE = "snapshot_range"  # range vs a Yahoo FX start-of-day snapshot
    NEAR_EXTREME = "near_extreme"  # "at session highs": the close's distance from the high
    LEVEL = "level"  # a stated price vs the close, then the day's range
    POINT_LEVEL = "point_level"  # a stated price vs one value (the intraday high or low)
    RECORD = "record"  # margin beyond every earlier extreme (> 0 = a record)
    NONE = "none"  # nothing to compare (the reason is in the figure's note)


@dataclass(frozen=True)
class Context:
    """What a formula needs: the claim, its instrument, one vendor's series, the session."""

    claim: Claim
    instrument: Instrument
    series: PriceSeries
    session: date


@dataclass(frozen=True)
class Reading:
    """One vendor's figure for a claim and the check it feeds."""

    figure: Figure
    check: Check
    reference: float | None = None  # the price a change is measured from
    margin: float | None = None  # record / biggest move: beyond the earlier extreme
    flags: tuple[QualityFlag, ...] = field(default=())


def is_fixing(series: PriceSeries) -> bool:
    """A Bank of Russia official rate: one value a day, set for the next day, not a close."""
    return series.source is Source.CBR


def snapshot_close(series: PriceSeries, instrument: Instrument, bar: PriceBar | None) -> bool:
    """A Yahoo FX bar whose close equals its open: the close is a start-of-day snapshot."""
    return (
        bar is not None
        and series.source is Source.YAHOO
        and instrument.kind is InstrumentKind.FX
        and bar.open is not None
        and bar.close == bar.open
    )


def session_bar(series: PriceSeries, session: date) -> PriceBar | None:
    """The session's row. A Bank of Russia rate is dated by the day it takes effect, so the
    rate set on ``session`` is the first row dated after it."""
    if not is_fixing(series):
        return series.bar(session)
    later = series.frame.index[series.frame.index > _ts(session)]
    return series.bar(later[0].date()) if len(later) else None


def reference_bar(series: PriceSeries, session: date) -> PriceBar | None:
    """The previous session's row (for a fixing: the rate in effect on ``session``)."""
    if not is_fixing(series):
        return series.previous_bar(session)
    earlier = series.frame.index[series.frame.index <= _ts(session)]
    return series.bar(earlier[-1].date()) if len(earlier) else None


def _ts(session: date) -> pd.Timestamp:
    return pd.Timestamp(session)


def change(ctx: Context, now: float, ref: float, unit: Unit | None = None) -> float:
    """The move from ``ref`` to ``now`` in the claim's unit and perspective."""
    unit = unit or ctx.claim.unit or Unit.PERCENT
    inverse = ctx.claim.inverse
    if unit is Unit.PERCENT:
        return (ref / now - 1) * 100 if inverse else (now / ref - 1) * 100
    if unit is Unit.BASIS_POINTS:
        percent_quoted = ctx.instrument.unit == "percent"
        move = (now - ref) * 100 if percent_quoted else (now / ref - 1) * 10_000
        return -move if inverse else move
    return ref - now if inverse else now - ref


def row(series: PriceSeries, bar: PriceBar, name: str) -> RowRef | None:
    """A reference to one field of a bar, or None when the vendor has no value there."""
    value = getattr(bar, name)
    return None if value is None else RowRef(series.source, bar.session, name, value)


def describe_row(ref: RowRef, fixing: bool = False) -> str:
    """ "close 3,084.74 on 22 Feb 2022"; a fixing says when it took effect."""
    if fixing:
        return f"rate {ex.price(ref.value)} (effective {ex.day(ref.session)})"
    return f"{ref.field} {ex.price(ref.value)} on {ex.day(ref.session)}"


def perspective_note(ctx: Context) -> str:
    """Says how an inverse claim was computed ("rouble change = prev / now − 1")."""
    if not ctx.claim.inverse:
        return ""
    quote = ctx.instrument.quote_currency or "quote currency"
    return (
        f" ({quote} change = previous / now − 1, since {ctx.instrument.id} is "
        f"{ctx.instrument.unit}: a fall in it is a {quote} gain)"
    )


def empty(ctx: Context, why: str) -> Reading:
    """A reading with no figure, saying why."""
    return Reading(Figure(ctx.series.source, None, (), why, note=why), Check.NONE)


def compare(ctx: Context, now: RowRef, ref: RowRef, check: Check = Check.CHANGE) -> Reading:
    """A one-value change reading: ``now`` against ``ref``."""
    fixing = is_fixing(ctx.series)
    value = change(ctx, now.value, ref.value)
    unit = ctx.claim.unit or Unit.PERCENT
    text = (
        f"{describe_row(now, fixing)} vs {describe_row(ref, fixing)} = "
        f"{ex.signed(value, unit)}{perspective_note(ctx)}"
    )
    figure = Figure(ctx.series.source, value, (now, ref), text)
    return Reading(figure, check, reference=ref.value)


def instrument_up(claim: Claim) -> bool:
    """Whether the claim's direction is a rise in the instrument's own quote."""
    return (claim.direction is Direction.UP) != claim.inverse
