"""Look-backs over history: records ("record low", "highest since 2014") and biggest moves.

A record is the session's extreme (its intraday high or low, or its close) beyond every earlier
value of the series, over the full history or since ``claim.since``. A biggest move is the
session's one-session change beyond every earlier one-session change in the window.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard import explain as ex
from dashboard import quality
from dashboard.domain import Direction, Figure
from dashboard.readings import (
    Check,
    Context,
    Reading,
    empty,
    instrument_up,
    is_fixing,
    perspective_note,
    row,
    session_bar,
    snapshot_close,
)


def _window(ctx: Context, frame: pd.DataFrame, before: date) -> pd.DataFrame:
    """Rows strictly before ``before`` and, with a look-back, on or after ``claim.since``."""
    mask = frame.index < pd.Timestamp(before)
    if ctx.claim.since is not None:
        mask &= frame.index >= pd.Timestamp(ctx.claim.since)
    return frame[mask]


def _coverage(ctx: Context, earlier: pd.DataFrame) -> str:
    """ "since 1 Dec 2003" (the first row compared), noting when data start after ``since``."""
    first = earlier.index[0].date()
    text = f"since {ex.day(first)}"
    if ctx.claim.since is not None and first > ctx.claim.since:
        text += f" (the data start after the look-back start {ex.day(ctx.claim.since)})"
    return text


def _extreme(values: pd.Series, up: bool) -> tuple[float, date]:
    """The highest (``up``) or lowest value and its date."""
    position = int(values.to_numpy().argmax() if up else values.to_numpy().argmin())
    return float(values.iloc[position]), pd.Timestamp(values.index[position]).date()


def _beyond(value: float, earlier: float, up: bool) -> float:
    """How far (in %) ``value`` lies beyond ``earlier`` in the record's direction."""
    return (value / earlier - 1) * 100 if up else (earlier / value - 1) * 100


def _record_note(ctx: Context, up: bool) -> str:
    """ "(a RUB record low is a USDRUB record high)" for an inverse claim."""
    if not ctx.claim.inverse:
        return ""
    quote = ctx.instrument.quote_currency or "quote currency"
    mine, theirs = ("low", "high") if up else ("high", "low")
    return f" (a {quote} record {mine} is a {ctx.instrument.id} record {theirs})"


def record(ctx: Context) -> Reading:
    """The session's high/low (or close) against every earlier value in the window."""
    if ctx.claim.direction not in (Direction.UP, Direction.DOWN):
        return empty(ctx, "a record with no direction (high or low)")
    bar = session_bar(ctx.series, ctx.session)
    if bar is None:
        return empty(ctx, f"no row for {ex.day(ctx.session)}")
    up = instrument_up(ctx.claim)
    extreme = row(ctx.series, bar, "high" if up else "low") or row(ctx.series, bar, "close")
    close = row(ctx.series, bar, "close")
    earlier = _window(ctx, ctx.series.frame, bar.session)
    if extreme is None or close is None or earlier.empty:
        return empty(ctx, "no value for the session or no earlier rows to compare")
    side = "high" if up else "low"
    columns = [c for c in (side, "close") if c in earlier]
    stacked = earlier[columns].max(axis=1) if up else earlier[columns].min(axis=1)
    stacked = stacked.dropna()
    closes = earlier["close"].dropna()
    if stacked.empty or closes.empty:
        return empty(ctx, "no earlier values to compare")
    previous, when = _extreme(stacked, up)
    previous_close, close_when = _extreme(closes, up)
    margin = _beyond(extreme.value, previous, up)
    close_margin = _beyond(close.value, previous_close, up)
    word = f"{extreme.field} {ex.price(extreme.value)} on {ex.day(bar.session)}"
    if is_fixing(ctx.series):
        word = f"rate {ex.price(extreme.value)} (effective {ex.day(bar.session)})"
    text = (
        f"{word} vs every earlier {'rate' if is_fixing(ctx.series) else side + ' or close'} "
        f"{_coverage(ctx, earlier)}: previous extreme {ex.price(previous)} on "
        f"{ex.day(when)} ({ex.signed(margin)} beyond); close {ex.price(close.value)} vs earlier "
        f"closes' extreme {ex.price(previous_close)} on {ex.day(close_when)} "
        f"({ex.signed(close_margin)} beyond){_record_note(ctx, up)}"
    )
    figure = Figure(ctx.series.source, extreme.value, (extreme, close), text)
    return Reading(figure, Check.RECORD, reference=previous, margin=max(margin, close_margin))


def _moves(ctx: Context, closes: pd.Series) -> pd.Series:
    """One-session changes in % in the claim's perspective (+ = the subject rose)."""
    previous = closes.shift(1)
    moves = (previous / closes - 1) * 100 if ctx.claim.inverse else (closes / previous - 1) * 100
    return moves.dropna()


def biggest_move(ctx: Context) -> Reading:
    """The session's change against every earlier one-session change in the window."""
    if ctx.claim.direction not in (Direction.UP, Direction.DOWN):
        return empty(ctx, "a biggest move with no direction")
    bar = session_bar(ctx.series, ctx.session)
    prev = None if bar is None else ctx.series.previous_bar(bar.session)
    if bar is None or prev is None:
        return empty(ctx, f"no row for {ex.day(ctx.session)}, or none before it")
    if snapshot_close(ctx.series, ctx.instrument, bar):
        assert bar.close is not None  # a snapshot bar has a close equal to its open
        flag = quality.fx_snapshot(ctx.series, bar.session, bar.close)
        reading = empty(ctx, "the closes are start-of-day snapshots; no session change")
        return Reading(reading.figure, reading.check, flags=(flag,))
    moves = _moves(ctx, ctx.series.frame["close"].dropna())
    key = pd.Timestamp(bar.session)
    sign = 1.0 if ctx.claim.direction is Direction.UP else -1.0
    earlier = _window(ctx, moves.to_frame("move"), bar.session)["move"] * sign
    if key not in moves.index or earlier.empty:
        return empty(ctx, "no close-to-close change for the session or no earlier changes")
    observed = float(moves[key])
    biggest, when = _extreme(earlier, True)
    size = observed * sign
    margin = size - biggest if size > 0 else size
    refs = tuple(r for r in (row(ctx.series, bar, "close"), row(ctx.series, prev, "close")) if r)
    text = (
        f"close {ex.price(bar.close or 0.0)} on {ex.day(bar.session)} vs close "
        f"{ex.price(prev.close or 0.0)} on {ex.day(prev.session)} = {ex.signed(observed)}; "
        f"biggest earlier {'rise' if sign > 0 else 'fall'} "
        f"{_coverage(ctx, earlier.to_frame())}: {ex.signed(biggest * sign)} on {ex.day(when)}"
        f"{perspective_note(ctx)}"
    )
    figure = Figure(ctx.series.source, observed, refs, text)
    return Reading(figure, Check.RECORD, reference=prev.close, margin=margin)
