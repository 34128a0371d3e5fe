"""One formula per Measure: a claim's figure from one vendor's rows, in the claim's perspective.

Every function takes a ``Context`` (claim, instrument, series, session) and returns a
``Reading``: the ``Figure`` (observed value, rows used, the formula in words) and which check
the verdict applies to it. Nothing here decides a verdict; ``reconcile`` does, with
``tolerance``. Records and biggest moves (look-backs over history) are in ``records``.
"""

from __future__ import annotations

from collections.abc import Callable

from dashboard import explain as ex
from dashboard import quality
from dashboard.domain import (
    Direction,
    Figure,
    Flag,
    Hedge,
    Measure,
    PriceBar,
    QualityFlag,
    RowRef,
    Unit,
)
from dashboard.readings import (
    Check,
    Context,
    Reading,
    change,
    compare,
    describe_row,
    empty,
    instrument_up,
    is_fixing,
    perspective_note,
    reference_bar,
    row,
    session_bar,
    snapshot_close,
)
from dashboard.records import biggest_move, record


def session_change(ctx: Context) -> Reading:
    """Close vs the previous row's close (a fixing: the rate set that day vs the one before)."""
    bar, prev = session_bar(ctx.series, ctx.session), reference_bar(ctx.series, ctx.session)
    if bar is None or prev is None:
        return empty(ctx, f"no row for {ex.day(ctx.session)}, or none before it")
    if snapshot_close(ctx.series, ctx.instrument, bar) or snapshot_close(
        ctx.series, ctx.instrument, prev
    ):
        return snapshot_range(ctx, bar, prev)
    now, ref = row(ctx.series, bar, "close"), row(ctx.series, prev, "close")
    if now is None or ref is None:
        return empty(ctx, "no close in the session's or the previous row")
    return compare(ctx, now, ref)


def snapshot_range(ctx: Context, bar: PriceBar, prev: PriceBar) -> Reading:
    """Yahoo FX: the closes are start-of-day snapshots, so take the day's range vs its open."""
    opening, low, high = (row(ctx.series, bar, f) for f in ("open", "low", "high"))
    flag = _snapshot_flag(ctx, bar if bar.close == bar.open else prev)
    if opening is None or low is None or high is None:
        return empty(ctx, "closes are start-of-day snapshots and the day has no range")
    ends = sorted((change(ctx, low.value, opening.value), change(ctx, high.value, opening.value)))
    unit = ctx.claim.unit or Unit.PERCENT
    text = (
        f"close equals open on {ex.day(bar.session)} ({ex.price(opening.value)}, a start-of-day "
        f"snapshot), so no close-to-close change; the day's range vs that opening snapshot "
        f"(low {ex.price(low.value)}, high {ex.price(high.value)}) = "
        f"{ex.signed(ends[0], unit)} … {ex.signed(ends[1], unit)}{perspective_note(ctx)}"
    )
    figure = Figure(ctx.series.source, None, (opening, low, high), text, low=ends[0], high=ends[1])
    return Reading(figure, Check.SNAPSHOT_RANGE, reference=opening.value, flags=(flag,))


def open_move(ctx: Context) -> Reading:
    """The session's open vs the previous row's close."""
    bar, prev = ctx.series.bar(ctx.session), ctx.series.previous_bar(ctx.session)
    if bar is None or prev is None or is_fixing(ctx.series):
        return empty(ctx, "no open for the session or no previous close")
    now, ref = row(ctx.series, bar, "open"), row(ctx.series, prev, "close")
    if now is None or ref is None:
        return empty(ctx, "the vendor has no open or no previous close")
    if snapshot_close(ctx.series, ctx.instrument, prev):
        reading = empty(ctx, "the previous close is a start-of-day snapshot, not a close")
        return Reading(reading.figure, reading.check, flags=(_snapshot_flag(ctx, prev),))
    return compare(ctx, now, ref)


def _snapshot_flag(ctx: Context, bar: PriceBar) -> QualityFlag:
    """The data-quality scan's own flag for a snapshot bar (``quality`` owns its wording)."""
    assert bar.close is not None  # a snapshot bar has a close equal to its open
    return quality.fx_snapshot(ctx.series, bar.session, bar.close)


def _extreme_vs_opening_snapshot(
    ctx: Context, extreme: RowRef, bar: PriceBar, prev: PriceBar
) -> Reading:
    """Yahoo FX with a snapshot previous close: the extreme vs the day's opening snapshot."""
    opening = row(ctx.series, bar, "open")
    if opening is None:
        return empty(ctx, "the previous close is a snapshot and the day has no open")
    value = change(ctx, extreme.value, opening.value)
    unit = ctx.claim.unit or Unit.PERCENT
    text = (
        f"the previous close is a start-of-day snapshot, so {describe_row(extreme)} is measured "
        f"from the day's opening snapshot {ex.price(opening.value)} = {ex.signed(value, unit)}"
        f"{perspective_note(ctx)}"
    )
    figure = Figure(ctx.series.source, None, (extreme, opening), text, low=value, high=value)
    flags = (_snapshot_flag(ctx, prev),)
    return Reading(figure, Check.SNAPSHOT_RANGE, reference=opening.value, flags=flags)


def intraday_extreme(ctx: Context) -> Reading:
    """The session's low (or high) vs the previous close; a stated level vs that extreme."""
    bar, prev = ctx.series.bar(ctx.session), ctx.series.previous_bar(ctx.session)
    if bar is None or prev is None or ctx.claim.direction not in (Direction.UP, Direction.DOWN):
        return empty(ctx, "no session row, no previous row, or no direction")
    extreme = row(ctx.series, bar, "high" if instrument_up(ctx.claim) else "low")
    ref = row(ctx.series, prev, "close")
    if extreme is None or ref is None:
        return empty(ctx, "the vendor has no intraday high/low for the session")
    if ctx.claim.size is None and ctx.claim.level is not None:
        text = describe_row(extreme)
        figure = Figure(ctx.series.source, extreme.value, (extreme,), text)
        return Reading(figure, Check.POINT_LEVEL, reference=extreme.value)
    if snapshot_close(ctx.series, ctx.instrument, prev):
        return _extreme_vs_opening_snapshot(ctx, extreme, bar, prev)
    return compare(ctx, extreme, ref)


def day_range(ctx: Context, bar: PriceBar, prev: PriceBar) -> tuple[float, float] | None:
    """The session's low and high as changes vs the previous close, in the claim's perspective."""
    if bar.low is None or bar.high is None or prev.close is None:
        return None
    ends = sorted((change(ctx, bar.low, prev.close), change(ctx, bar.high, prev.close)))
    return ends[0], ends[1]


def _from_daily(ctx: Context, bar: PriceBar, message: str) -> QualityFlag:
    """INTRADAY_FROM_DAILY: a time-of-writing claim read from the session's daily bar."""
    return QualityFlag(Flag.INTRADAY_FROM_DAILY, message, bar.session, ctx.series.source)


def intraday_change(ctx: Context) -> Reading:
    """A time-of-writing move: the session's range vs the previous close (and the close)."""
    bar, prev = ctx.series.bar(ctx.session), ctx.series.previous_bar(ctx.session)
    if bar is None or prev is None:
        return empty(ctx, f"no row for {ex.day(ctx.session)}, or none before it")
    if snapshot_close(ctx.series, ctx.instrument, bar) or snapshot_close(
        ctx.series, ctx.instrument, prev
    ):
        return snapshot_range(ctx, bar, prev)
    ends = day_range(ctx, bar, prev)
    refs = [row(ctx.series, bar, f) for f in ("low", "high", "close")]
    ref = row(ctx.series, prev, "close")
    if ends is None or ref is None or None in refs:
        return empty(ctx, "the vendor has no intraday range for the session")
    low, high, close = (r for r in refs if r is not None)
    unit = ctx.claim.unit or Unit.PERCENT
    closing = change(ctx, close.value, ref.value)
    text = (
        f"range on {ex.day(bar.session)} (low {ex.price(low.value)}, high {ex.price(high.value)})"
        f" vs {describe_row(ref)} = {ex.signed(ends[0], unit)} … {ex.signed(ends[1], unit)}, "
        f"close {ex.price(close.value)} = {ex.signed(closing, unit)}{perspective_note(ctx)}"
    )
    figure = Figure(
        ctx.series.source, closing, (low, high, close, ref), text, low=ends[0], high=ends[1]
    )
    flag = _from_daily(
        ctx, bar, "a time-of-writing figure checked against the session's daily range"
    )
    return Reading(figure, Check.RANGE, reference=ref.value, flags=(flag,))


def near_extreme(ctx: Context) -> Reading:
    """ "At session highs (lows)": the close's distance from the day's high (low), in %."""
    bar = ctx.series.bar(ctx.session)
    if bar is None:
        return empty(ctx, f"no row for {ex.day(ctx.session)}")
    want_high = (ctx.claim.measure is Measure.SESSION_HIGH) != ctx.claim.inverse
    extreme = row(ctx.series, bar, "high" if want_high else "low")
    close = row(ctx.series, bar, "close")
    if extreme is None or close is None:
        return empty(ctx, "the vendor has no high/low or close for the session")
    distance = (close.value / extreme.value - 1) * 100
    text = (
        f"close {ex.price(close.value)} vs {extreme.field} {ex.price(extreme.value)} on "
        f"{ex.day(bar.session)} = {ex.signed(distance)}"
    )
    figure = Figure(ctx.series.source, distance, (close, extreme), text)
    flag = _from_daily(ctx, bar, "a time-of-writing claim checked against the session's daily bar")
    return Reading(figure, Check.NEAR_EXTREME, reference=extreme.value, flags=(flag,))


def level(ctx: Context) -> Reading:
    """A stated level vs the session's close, and the day's range."""
    bar = session_bar(ctx.series, ctx.session)
    if bar is None or ctx.claim.level is None:
        return empty(ctx, f"no row for {ex.day(ctx.session)} or no stated level")
    close = row(ctx.series, bar, "close")
    if close is None:
        return empty(ctx, "the vendor has no close for the session")
    low, high = row(ctx.series, bar, "low"), row(ctx.series, bar, "high")
    rows = tuple(r for r in (close, low, high) if r is not None)
    text = describe_row(close, is_fixing(ctx.series))
    snapshot = snapshot_close(ctx.series, ctx.instrument, bar)
    if snapshot:
        text += " (equal to the open: a start-of-day snapshot, so only the range is used)"
    if low is not None and high is not None:
        text += f" (range {ex.price(low.value)} … {ex.price(high.value)})"
    figure = Figure(
        ctx.series.source,
        None if snapshot else close.value,
        rows,
        text,
        low=None if low is None else low.value,
        high=None if high is None else high.value,
    )
    return Reading(figure, Check.LEVEL, reference=close.value)


def period_change(ctx: Context) -> Reading:
    """Close on the session vs the last close before ``since`` (the window's start)."""
    if ctx.claim.since is None:
        return empty(ctx, "no start date for the period")
    bar = session_bar(ctx.series, ctx.session)
    start = reference_bar(ctx.series, ctx.claim.since)
    if bar is None or start is None:
        return empty(ctx, "no row for the session or before the period's start")
    now, ref = row(ctx.series, bar, "close"), row(ctx.series, start, "close")
    if now is None or ref is None:
        return empty(ctx, "no close at one end of the period")
    return compare(ctx, now, ref)


FORMULAS: dict[Measure, Callable[[Context], Reading]] = {
    Measure.SESSION_CHANGE: session_change,
    Measure.OPEN_MOVE: open_move,
    Measure.INTRADAY_EXTREME: intraday_extreme,
    Measure.INTRADAY_CHANGE: intraday_change,
    Measure.SESSION_HIGH: near_extreme,
    Measure.SESSION_LOW: near_extreme,
    Measure.LEVEL: level,
    Measure.PERIOD_CHANGE: period_change,
    Measure.RECORD: record,
    Measure.BIGGEST_MOVE: biggest_move,
}


def read(ctx: Context) -> Reading:
    """The reading for the claim's measure ("as much as" on a change reads the extreme)."""
    measure = ctx.claim.measure
    if ctx.claim.hedge is Hedge.AS_MUCH_AS and measure in (
        Measure.SESSION_CHANGE,
        Measure.INTRADAY_CHANGE,
    ):
        measure = Measure.INTRADAY_EXTREME
    return FORMULAS[measure](ctx)
