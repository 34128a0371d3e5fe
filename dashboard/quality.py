"""Data-quality checks on price series: flags are raised by code, never edited away.

``scan`` looks at a whole series once (cached per series object) and finds:

- FX_CLOSE_IS_OPEN: a Yahoo FX bar whose close equals its open (a start-of-day snapshot).
- BAR_OUT_OF_RANGE: low above the open or close, or high below them (or low above high).
- DEGENERATE_BAR: open == high == low == close.
- HOLIDAY_ROW: a row dated on a day its calendar has no session (holiday, weekend, halt).
  Bank of Russia rates are dated by the day they take effect and carried over weekends, so
  they are not checked against a market calendar (STALE_VALUE marks the carried rows).
- HALT_GAP: the first row after a known halt (``sessions.HALTS``) with no rows inside it.
- SOURCES_DISAGREE (``cross_source``): two vendors' closes apart by more than a tolerance.
- STALE_VALUE: a row whose prices repeat the previous row's exactly.

``flags_for`` picks the flags for some sessions; ``cross_source`` compares two vendors.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from dashboard import sessions as cal
from dashboard.domain import Flag, Instrument, InstrumentKind, PriceSeries, QualityFlag, Source

PRICES = ["open", "high", "low", "close"]
_NO_CALENDAR_CHECK = frozenset({Source.CBR})
_FLAG_ORDER = {flag: at for at, flag in enumerate(Flag)}


class _Scan:
    """One series' flags, in session order, and indexed by session."""

    def __init__(self, flags: tuple[QualityFlag, ...]) -> None:
        self.flags = flags
        self.by_session: dict[date | None, list[QualityFlag]] = {}
        for flag in flags:
            self.by_session.setdefault(flag.session, []).append(flag)


_CACHE: weakref.WeakKeyDictionary[PriceSeries, _Scan] = weakref.WeakKeyDictionary()


def _label(series: PriceSeries) -> str:
    return series.description or f"{series.source} {series.instrument}"


def _num(value: float) -> str:
    return repr(float(value))


def _rows(frame: pd.DataFrame, mask: pd.Series | np.ndarray) -> list[tuple[date, Any]]:
    """(session, row) for the rows picked; a row has attributes open, high, low, close, volume."""
    picked = frame[mask]
    return [(ts.date(), row) for ts, row in zip(picked.index, picked.itertuples(), strict=True)]


def _full_bars(frame: pd.DataFrame) -> pd.Series:
    return frame[PRICES].notna().all(axis=1)


def fx_snapshot(series: PriceSeries, day: date, close: float) -> QualityFlag:
    """The FX_CLOSE_IS_OPEN flag on a Yahoo FX bar whose close equals its open (readers that
    meet such a bar raise this same flag, so a verdict carries it once)."""
    return QualityFlag(
        Flag.FX_CLOSE_IS_OPEN,
        f"{_label(series)} bar of {day} has close {_num(close)} equal to its open: "
        "a start-of-day snapshot, not a session close.",
        day,
        series.source,
    )


def _fx_close_is_open(series: PriceSeries, instrument: Instrument) -> list[QualityFlag]:
    if series.source is not Source.YAHOO or instrument.kind is not InstrumentKind.FX:
        return []
    f = series.frame
    return [fx_snapshot(series, day, row.close) for day, row in _rows(f, f["close"].eq(f["open"]))]


def _out_of_range(series: PriceSeries) -> list[QualityFlag]:
    f = series.frame
    body_low = f[["open", "close"]].min(axis=1)
    body_high = f[["open", "close"]].max(axis=1)
    bad = _full_bars(f) & ((f["low"] > body_low) | (f["high"] < body_high) | (f["low"] > f["high"]))
    return [
        QualityFlag(
            Flag.BAR_OUT_OF_RANGE,
            f"{_label(series)} bar of {day} is impossible: open {_num(row.open)}, "
            f"high {_num(row.high)}, low {_num(row.low)}, close {_num(row.close)}.",
            day,
            series.source,
        )
        for day, row in _rows(f, bad)
    ]


def _degenerate(series: PriceSeries) -> list[QualityFlag]:
    f = series.frame
    flat = _full_bars(f) & f[PRICES].eq(f["open"], axis=0).all(axis=1)
    return [
        QualityFlag(
            Flag.DEGENERATE_BAR,
            f"{_label(series)} bar of {day} has open, high, low and close all at "
            f"{_num(row.close)}: no range was recorded.",
            day,
            series.source,
        )
        for day, row in _rows(f, flat)
    ]


def _holiday_rows(series: PriceSeries, instrument: Instrument) -> list[QualityFlag]:
    if series.source in _NO_CALENDAR_CHECK or series.frame.empty:
        return []
    calendar = cal.calendar(instrument.calendar)
    days = series.frame.index.values.astype("datetime64[D]")
    inside = (days > np.datetime64(cal.FIRST_DAY)) & (days <= np.datetime64(cal.LAST_DAY))
    off = inside & ~np.isin(days, calendar.sessions)
    for halt in cal.halts_for(instrument):
        off |= (days >= np.datetime64(halt.start)) & (days <= np.datetime64(halt.end))
    flags = []
    for day, row in _rows(series.frame, off):
        volume = "" if pd.isna(row.volume) else f", volume {_num(row.volume)}"
        flags.append(
            QualityFlag(
                Flag.HOLIDAY_ROW,
                f"{_label(series)} has a row for {day:%a} {day} (close {_num(row.close)}"
                f"{volume}), which was not a session on the {instrument.calendar} calendar.",
                day,
                series.source,
            )
        )
    return flags


def _halt_gaps(series: PriceSeries, instrument: Instrument) -> list[QualityFlag]:
    index = series.frame.index
    flags = []
    for halt in cal.halts_for(instrument):
        before = index[index < pd.Timestamp(halt.start)]
        after = index[index > pd.Timestamp(halt.end)]
        within = index[(index >= pd.Timestamp(halt.start)) & (index <= pd.Timestamp(halt.end))]
        if len(before) and len(after) and not len(within):
            last, first = before[-1].date(), after[0].date()
            flags.append(
                QualityFlag(
                    Flag.HALT_GAP,
                    f"{_label(series)} has no rows between {last} and {first}: the {halt.market} "
                    f"was halted from {halt.start} to {halt.end}.",
                    first,
                    series.source,
                )
            )
    return flags


def _stale(series: PriceSeries) -> list[QualityFlag]:
    f = series.frame[PRICES]
    prev = f.shift(1)
    present = f.notna()
    same_fields = present.eq(prev.notna()).all(axis=1)
    repeats = (f.eq(prev) | ~present).all(axis=1) & present.any(axis=1) & same_fields
    repeats.iloc[:1] = False
    previous = f.index[np.flatnonzero(repeats.to_numpy()) - 1]
    return [
        QualityFlag(
            Flag.STALE_VALUE,
            f"{_label(series)} row of {day} repeats the prices of the row of "
            f"{before.date()} exactly (close {_num(row.close)}).",
            day,
            series.source,
        )
        for (day, row), before in zip(_rows(series.frame, repeats), previous, strict=True)
    ]


def scan(series: PriceSeries, instrument: Instrument) -> tuple[QualityFlag, ...]:
    """Every flag on the whole series, in session order (computed once per series)."""
    return _scan(series, instrument).flags


def _scan(series: PriceSeries, instrument: Instrument) -> _Scan:
    cached = _CACHE.get(series)
    if cached is not None:
        return cached
    found = [
        *_fx_close_is_open(series, instrument),
        *_out_of_range(series),
        *_degenerate(series),
        *_holiday_rows(series, instrument),
        *_halt_gaps(series, instrument),
        *_stale(series),
    ]
    found.sort(key=lambda q: (q.session or date.min, _FLAG_ORDER[q.flag]))
    result = _Scan(tuple(found))
    _CACHE[series] = result
    return result


def counts(flags: Sequence[QualityFlag]) -> dict[str, int]:
    """How many flags of each kind, by flag value, in Flag order."""
    return {str(flag): n for flag in Flag if (n := sum(1 for q in flags if q.flag is flag)) > 0}


def flags_for(
    series: PriceSeries, instrument: Instrument, sessions: Sequence[date]
) -> tuple[QualityFlag, ...]:
    """Flags on the rows of ``series`` at ``sessions`` (and the gap before them).

    Besides each row's own flags: a HOLIDAY_ROW on the vendor row before it (the row a
    "previous close" would use), and a HALT_GAP when a session asked for has no row because
    its market was halted.
    """
    scanned = _scan(series, instrument)
    found: list[QualityFlag] = []
    for day in map(cal.as_day, sessions):
        found.extend(scanned.by_session.get(day, ()))
        previous = series.previous_bar(day)
        if previous is not None:
            found.extend(
                q
                for q in scanned.by_session.get(previous.session, ())
                if q.flag is Flag.HOLIDAY_ROW
            )
        halt = cal.halt_covering(instrument, day)
        if halt is not None and series.bar(day) is None:
            found.append(
                QualityFlag(
                    Flag.HALT_GAP,
                    f"{_label(series)} has no row for {day}: the {halt.market} was halted "
                    f"from {halt.start} to {halt.end}.",
                    day,
                    series.source,
                )
            )
    return tuple(dict.fromkeys(found))


def cross_source(
    primary: PriceSeries, other: PriceSeries, sessions: Sequence[date], tolerance_pct: float = 1.0
) -> tuple[QualityFlag, ...]:
    """A SOURCES_DISAGREE flag for each session where two vendors' closes differ too much."""
    wanted = pd.DatetimeIndex([pd.Timestamp(d) for d in sessions])
    both = wanted[wanted.isin(primary.frame.index) & wanted.isin(other.frame.index)]
    a = primary.frame.loc[both, "close"]
    b = other.frame.loc[both, "close"]
    gap = (b / a - 1.0) * 100.0
    bad = gap.abs() > tolerance_pct
    return tuple(
        QualityFlag(
            Flag.SOURCES_DISAGREE,
            f"On {ts.date()} {_label(other)} closed at {_num(b[ts])} and {_label(primary)} at "
            f"{_num(a[ts])}: {gap[ts]:+.2f} %, beyond ±{tolerance_pct:g} %.",
            ts.date(),
            other.source,
        )
        for ts in gap.index[bad.to_numpy()]
    )
