"""Vendor parsers, on hand-cut excerpts of the raw files (tests/fixtures/raw)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.errors import PriceDataError
from dashboard.sources import vendors

RAW = Path(__file__).parent / "fixtures" / "raw"


def _parse(parser: str, relative: str) -> vendors.VendorTable:
    return vendors.PARSERS[parser]((RAW / relative).read_text("utf-8"), relative)


def _row(table: vendors.VendorTable, session: str) -> vendors.Row:
    return next(r for r in table.rows if r[0] == session)


def test_moex_iss_decimal_comma_and_day_first_dates() -> None:
    """MOEX ISS: dd.mm.yyyy dates, decimal commas become points, columns picked by name."""
    table = _parse("moex_iss", "empenoso__imoex-sp500-historical-returns/IMOEX.csv")
    assert _row(table, "2022-02-24") == (
        "2022-02-24",
        "2735.88",
        "2740.31",
        "1681.55",
        "2058.12",
        "",
    )


def test_moex_iss_close_only_rows_keep_empty_fields() -> None:
    """Early IMOEX rows have only a close; the other fields stay empty, not zero."""
    table = _parse("moex_iss", "empenoso__imoex-sp500-historical-returns/IMOEX.csv")
    assert table.rows[0] == ("1997-09-22", "", "", "", "100", "")


def test_finam_yyyymmdd_and_spreadsheet_volume() -> None:
    """Finam: YYYYMMDD dates; a '9,08642E+12' volume keeps its digits with a decimal point."""
    table = _parse("finam", "Dimitrii1993__Diplom/RTSI.csv")
    assert _row(table, "2022-02-23") == (
        "2022-02-23", "1233.4900000", "1233.8300000", "1200.3400000", "1204.1100000", "0"
    )  # fmt: skip
    assert _row(table, "2016-02-24")[5] == "9.08642E+12"


def test_yahoo_ticker_history_layout_dated_by_calendar_day() -> None:
    """Ticker.history timestamps '2022-02-24 00:00:00+00:00' become the session 2022-02-24."""
    table = _parse("yahoo", "Alexshch09__Stocks-prices/RUB=X.csv")
    assert _row(table, "2022-02-24")[1:5] == (
        "81.41439819335938", "89.93609619140625", "81.40570068359375", "81.41439819335938"
    )  # fmt: skip


def test_yahoo_semicolon_decimal_comma_file() -> None:
    """The ';' yf.download file: Adj Close dropped, decimal commas converted, full precision."""
    table = _parse("yahoo", "Maxime-bgn__fx_trading/USDRUB=X.csv")
    assert _row(table, "2022-02-24") == (
        "2022-02-24", "81.41439819335938", "89.93609619140625", "81.40570068359375",
        "81.41439819335938", "0",
    )  # fmt: skip


def test_yahoo_close_first_column_order() -> None:
    """Date,Close,High,Low,Open,Volume files map each column by its name."""
    table = _parse("yahoo", "alitalbi__storage_data_fy/^STOXX.csv")
    assert _row(table, "2022-02-25") == (
        "2022-02-25", "440.6300048828125", "453.6900024414063", "440.6300048828125",
        "453.5299987792969", "337460500",
    )  # fmt: skip


def test_yahoo_stray_ticker_header_is_skipped_and_reported() -> None:
    """ZW=F's second header line ',ZW=F,...' is left out and named in ``skipped``."""
    table = _parse("yahoo", "alitalbi__storage_data_fy/ZW=F.csv")
    assert [r[0] for r in table.rows] == ["2022-02-23", "2022-02-24", "2022-02-25"]
    assert len(table.skipped) == 1 and "line 2" in table.skipped[0]


def test_cbr_newest_first_is_sorted_oldest_first() -> None:
    """Bank of Russia M/D/YYYY rates arrive newest first and come out in session order."""
    table = _parse("cbr_mdy", "Kirill-Murashev__sberindex/usd_rub.csv")
    assert table.rows[0] == ("1992-07-01", "", "", "", "0.12526", "")
    assert _row(table, "2022-02-25")[4] == "86.9288"
    assert [r[0] for r in table.rows] == sorted(r[0] for r in table.rows)


def test_sovcom_carry_forward_rows_are_kept() -> None:
    """SovCom's calendar-day rows (26-28 Feb 2022 all 83.5485) are kept as the vendor gives them."""
    table = _parse("cbr_updated", "BaskovKonstantin__SovCom/usd_quotes.csv")
    carried = [r for r in table.rows if r[0] in ("2022-02-26", "2022-02-27", "2022-02-28")]
    assert [r[4] for r in carried] == ["83.5485", "83.5485", "83.5485"]
    assert table.rows[0][4] == "125.26"  # not redenominated


def test_eia_date_price() -> None:
    """EIA Date,Price files give a close-only row per assessment."""
    table = _parse("eia", "datasets__oil-prices/brent-daily.csv")
    assert _row(table, "2022-02-25") == ("2022-02-25", "", "", "", "98.56", "")


def test_bad_number_names_file_and_line() -> None:
    """A cell that is not a number stops the parse with the file and line in the message."""
    text = "Date,Price\n2022-02-24,101.29\n2022-02-25,n/a\n"
    with pytest.raises(PriceDataError, match=r"brent\.csv line 3: not a number"):
        vendors.parse_eia(text, "brent.csv")


def test_two_rows_on_one_day_are_refused() -> None:
    """A file dating two rows the same day is refused rather than silently de-duplicated."""
    text = "Date,Price\n2022-02-24,101.29\n2022-02-24,98.56\n"
    with pytest.raises(PriceDataError, match="two rows dated 2022-02-24"):
        vendors.parse_eia(text, "brent.csv")


def test_bad_date_is_refused() -> None:
    """A date in the wrong format names the format expected."""
    with pytest.raises(PriceDataError, match="not a date"):
        vendors.parse_cbr_mdy("date,rate\n2022-02-25,86.9288\n", "usd_rub.csv")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(allow_nan=False, allow_infinity=False, width=64), min_size=1, max_size=5))
def test_decimal_comma_values_round_trip_exactly(values: list[float]) -> None:
    """Any float written with a decimal comma in a ';' Yahoo file reads back bit for bit."""
    lines = ["Date;Close;High;Low;Open;Volume"]
    lines += [f"2022-02-{10 + i:02d};{repr(v).replace('.', ',')};;;;" for i, v in enumerate(values)]
    table = vendors.parse_yahoo("\n".join(lines) + "\n", "prop.csv")
    assert [float(r[4]) for r in table.rows] == values
    assert len(table.rows) == len(values) and not table.skipped
