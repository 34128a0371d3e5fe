"""Bank of Russia source: windows-1251 XML, decimal commas, Nominal, effective dates."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from dashboard.domain import Source
from dashboard.errors import NoPriceData, SourceUnavailable
from dashboard.instruments import load_registry
from dashboard.sources.cbr import CbrSource, parse_daily, parse_dynamic, rate_per_unit

LIVE = Path(__file__).parent / "fixtures" / "live"
DYNAMIC = (LIVE / "cbr_dynamic_R01235_2022-02-22_03-01.xml").read_bytes()
DAILY = (LIVE / "cbr_daily_2023-09-27.xml").read_bytes()


def test_fixture_really_is_windows_1251() -> None:
    """The daily answer is not UTF-8: it must be decoded as the declaration says."""
    with pytest.raises(UnicodeDecodeError):
        DAILY.decode("utf-8")
    assert "Доллар США" in DAILY.decode("cp1251")


def test_dynamic_rates_by_effective_date() -> None:
    """Five records, dated the day each rate takes effect; no 24 Feb 2022 rate."""
    frame = parse_dynamic(DYNAMIC, "R01235")
    assert [d.date().isoformat() for d in frame.index] == [
        "2022-02-22",
        "2022-02-23",
        "2022-02-25",
        "2022-02-26",
        "2022-03-01",
    ]
    assert frame.loc["2022-02-25", "close"] == 86.9288
    assert frame.loc["2022-02-26", "close"] == 83.5485


def test_fixing_has_only_a_close() -> None:
    """Open, high, low and volume stay NaN: a fixing is one number a day."""
    frame = parse_dynamic(DYNAMIC, "R01235")
    assert frame[["open", "high", "low", "volume"]].isna().all().all()
    assert frame.index.name == "session"


def test_decimal_comma_and_nominal() -> None:
    """'24,8221' for 100 drams is 0.248221 roubles a dram; '86,9288' for 1 dollar is 86.9288."""
    assert math.isclose(rate_per_unit("24,8221", "100"), 0.248221, rel_tol=1e-12)
    assert rate_per_unit("86,9288", "1") == 86.9288
    with pytest.raises(ValueError):
        rate_per_unit("1,0", "0")


def test_daily_answer_per_unit_rates() -> None:
    """XML_daily of 27.09.2023: USD 96.2378 per dollar, JPY 64.6412 per 100 yen."""
    assert parse_daily(DAILY, "R01235") == (date(2023, 9, 27), 96.2378)
    day, yen = parse_daily(DAILY, "R01820")
    assert day == date(2023, 9, 27) and math.isclose(yen, 0.646412, rel_tol=1e-12)


def test_daily_without_the_currency_is_no_data() -> None:
    """A currency absent from the daily answer is NoPriceData, named by its code."""
    with pytest.raises(NoPriceData, match="R01589"):
        parse_daily(DAILY, "R01589")


def test_series_asks_xml_dynamic_for_the_registry_code() -> None:
    """USD/RUB asks XML_dynamic for R01235 from 01/07/1992 to today, dd/mm/yyyy."""
    urls: list[str] = []

    def fetch(url: str) -> bytes:
        urls.append(url)
        return DYNAMIC

    source = CbrSource(fetch=fetch, today=lambda: date(2022, 3, 1))
    (series,) = source.series(load_registry().get("USDRUB"))
    query = parse_qs(urlsplit(urls[0]).query)
    assert urlsplit(urls[0]).path == "/scripts/XML_dynamic.asp"
    assert query == {
        "date_req1": ["01/07/1992"],
        "date_req2": ["01/03/2022"],
        "VAL_NM_RQ": ["R01235"],
    }
    assert series.source is Source.CBR and series.provider == "live"
    assert "fixing" in series.description


def test_instrument_without_cbr_code_has_no_series() -> None:
    """Brent has no Bank of Russia rate: an empty tuple, and no request."""
    source = CbrSource(fetch=lambda url: pytest.fail("no request expected"))
    assert source.series(load_registry().get("BRENT")) == ()


def test_empty_answer_is_no_data() -> None:
    """A ValCurs with no records (no rates in the range) is NoPriceData."""
    empty = b'<?xml version="1.0" encoding="windows-1251"?><ValCurs ID="R01235" DateRange1="24.02.2022" DateRange2="24.02.2022" name="Foreign Currency Market Dynamic"></ValCurs>'
    source = CbrSource(fetch=lambda url: empty)
    with pytest.raises(NoPriceData, match="R01235"):
        source.series(load_registry().get("USDRUB"))


def test_html_error_page_is_source_unavailable() -> None:
    """An HTML page (a block or an outage) is SourceUnavailable, not a crash."""
    with pytest.raises(SourceUnavailable, match="not XML"):
        parse_dynamic(b"<html><body>Error<br></body>", "R01235")


def test_unreadable_value_is_source_unavailable() -> None:
    """A record whose value is not a number is reported with the currency code."""
    bad = DYNAMIC.replace(b"86,9288", b"n/a")
    with pytest.raises(SourceUnavailable, match="R01235"):
        parse_dynamic(bad, "R01235")
