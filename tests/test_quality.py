"""Quality flags found where PROVENANCE.md says the quirks are, on the committed snapshot."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard import quality
from dashboard.domain import Flag, PriceSeries
from dashboard.instruments import load_registry
from dashboard.sources.snapshot import SnapshotSource


def _series(dataset: str) -> PriceSeries:
    return SnapshotSource().dataset(dataset)


def _scan(dataset: str) -> tuple[Flag, ...]:
    series = _series(dataset)
    return tuple(q.flag for q in quality.scan(series, load_registry().get(series.instrument)))


def _flags_on(dataset: str, day: date) -> set[Flag]:
    series = _series(dataset)
    found = quality.flags_for(series, load_registry().get(series.instrument), [day])
    return {q.flag for q in found if q.session == day}


def test_rub_x_close_equals_open_on_24_feb_2022() -> None:
    """Yahoo RUB=X 2022-02-24: close 81.4144 == open, flagged as a start-of-day snapshot."""
    assert Flag.FX_CLOSE_IS_OPEN in _flags_on("USDRUB.yahoo-alexshch09", date(2022, 2, 24))


def test_fx_snapshot_flag_only_on_yahoo_fx() -> None:
    """The FX snapshot flag is never raised on an equity index or a fixing."""
    assert Flag.FX_CLOSE_IS_OPEN not in _scan("STOXX600.yahoo-alitalbi")
    assert Flag.FX_CLOSE_IS_OPEN not in _scan("USDRUB.cbr-kirill-murashev")


def test_rtsi_holiday_row_on_23_feb_2022() -> None:
    """The Finam RTSI row of 2022-02-23 (volume 0) is on a Moscow holiday."""
    assert _flags_on("RTSI.finam-dimitrii1993", date(2022, 2, 23)) == {Flag.HOLIDAY_ROW}


def test_holiday_row_travels_with_the_next_session() -> None:
    """Asking about RTSI 2022-02-24 also returns the holiday row its previous close comes from."""
    series = _series("RTSI.finam-dimitrii1993")
    found = quality.flags_for(series, load_registry().get("RTSI"), [date(2022, 2, 24)])
    assert [(q.flag, q.session) for q in found] == [(Flag.HOLIDAY_ROW, date(2022, 2, 23))]
    assert "2022-02-23" in found[0].message and "volume 0" in found[0].message


def test_bz_f_degenerate_bar_on_1_mar_2022() -> None:
    """Yahoo BZ=F 2022-03-01 has O=H=L=C=100.85."""
    assert _flags_on("BRENT.yahoo-ishwarb13", date(2022, 3, 1)) == {Flag.DEGENERATE_BAR}


def test_bz_f_first_row_high_below_open() -> None:
    """Yahoo BZ=F 2010-01-04 has a high below its open."""
    assert Flag.BAR_OUT_OF_RANGE in _flags_on("BRENT.yahoo-ishwarb13", date(2010, 1, 4))


def test_clean_session_has_no_flags() -> None:
    """IMOEX 2022-02-24 is a normal row: no flag."""
    assert _flags_on("IMOEX.moex-empenoso", date(2022, 2, 24)) == set()


def test_moscow_halt_gap_before_24_mar_2022() -> None:
    """IMOEX and RTSI: the first row after the halt carries a HALT_GAP naming both ends."""
    for dataset in ("IMOEX.moex-empenoso", "RTSI.finam-dimitrii1993"):
        series = _series(dataset)
        found = quality.flags_for(
            series, load_registry().get(series.instrument), [date(2022, 3, 24)]
        )
        gaps = [q for q in found if q.flag is Flag.HALT_GAP]
        assert (
            len(gaps) == 1 and "2022-02-25" in gaps[0].message and "2022-03-24" in gaps[0].message
        )


def test_halted_day_without_row_gets_halt_gap() -> None:
    """A claim dated 2022-03-01 on IMOEX finds no row and a HALT_GAP saying why."""
    assert _flags_on("IMOEX.moex-empenoso", date(2022, 3, 1)) == {Flag.HALT_GAP}


def test_sovcom_carried_rate_is_stale() -> None:
    """SovCom's 2022-02-27 row repeats 2022-02-26's 83.5485 (carried over the weekend)."""
    assert _flags_on("USDRUB.cbr-sovcom", date(2022, 2, 27)) == {Flag.STALE_VALUE}
    assert Flag.STALE_VALUE not in _flags_on("USDRUB.cbr-sovcom", date(2022, 2, 25))


def test_fixings_are_not_checked_against_a_market_calendar() -> None:
    """Bank of Russia rates dated on Saturdays raise no HOLIDAY_ROW."""
    assert Flag.HOLIDAY_ROW not in _scan("USDRUB.cbr-sovcom")


def test_cross_source_agrees_in_2022_and_disagrees_before_redenomination() -> None:
    """Kirill vs SovCom: equal on 2022-02-25; 1000x apart on 1997-12-30 (old roubles)."""
    kirill, sovcom = _series("USDRUB.cbr-kirill-murashev"), _series("USDRUB.cbr-sovcom")
    days = [date(2022, 2, 25), date(1997, 12, 30)]
    found = quality.cross_source(kirill, sovcom, days)
    assert [(q.flag, q.session) for q in found] == [(Flag.SOURCES_DISAGREE, date(1997, 12, 30))]


def test_cross_source_tolerance_yahoo_vs_cbr_on_24_feb_2022() -> None:
    """SovCom's fixing row 80.4194 vs Yahoo's close 81.4144 is -1.22 %: flagged at ±1 %, not ±2 %."""
    yahoo, cbr = _series("USDRUB.yahoo-alexshch09"), _series("USDRUB.cbr-sovcom")
    day = [date(2022, 2, 24)]
    assert quality.cross_source(yahoo, cbr, day, 2.0) == ()
    found = quality.cross_source(yahoo, cbr, day, 1.0)
    assert len(found) == 1 and "-1.22 %" in found[0].message


def test_scan_is_cached_and_never_edits() -> None:
    """scan returns the same tuple on a second call and leaves the frame untouched."""
    series = _series("BRENT.yahoo-ishwarb13")
    before = series.frame.copy()
    brent = load_registry().get("BRENT")
    assert quality.scan(series, brent) is quality.scan(series, brent)
    pd.testing.assert_frame_equal(series.frame, before)


def test_counts_by_flag() -> None:
    """counts() tallies flags by their value, leaving out kinds not found."""
    series = _series("RTSI.finam-dimitrii1993")
    found = quality.flags_for(
        series, load_registry().get("RTSI"), [date(2022, 2, 23), date(2022, 3, 24)]
    )
    assert quality.counts(found) == {"holiday_row": 1, "trading_halt_gap": 1}
