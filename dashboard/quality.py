"""Data-quality checks on price series: flags are raised by code, never edited away. (Stub.)"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dashboard.domain import Instrument, PriceSeries, QualityFlag


def flags_for(
    series: PriceSeries, instrument: Instrument, sessions: Sequence[date]
) -> tuple[QualityFlag, ...]:
    """Flags on the rows of ``series`` at ``sessions`` (and the gap before them)."""
    del series, instrument, sessions
    return ()


def cross_source(
    primary: PriceSeries, other: PriceSeries, sessions: Sequence[date], tolerance_pct: float = 1.0
) -> tuple[QualityFlag, ...]:
    """A SOURCES_DISAGREE flag for each session where two vendors' closes differ too much."""
    del primary, other, sessions, tolerance_pct
    return ()
