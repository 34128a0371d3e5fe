"""MOEX ISS source: history pages parsed by column name, the cursor followed, errors typed."""

from __future__ import annotations

import json
import threading
import time
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pandas as pd
import pytest

from dashboard.domain import Source
from dashboard.errors import NoPriceData, SourceUnavailable
from dashboard.instruments import load_registry
from dashboard.sources.moex import CURRENCY_MARKET, INDEX_MARKET, MoexSource, parse_page

LIVE = Path(__file__).parent / "fixtures" / "live"
PAGES = {n * 2: (LIVE / f"moex_imoex_page{n}.json").read_bytes() for n in range(3)}


class PagedIss:
    """Answers ISS history URLs from the three IMOEX fixture pages, by ``start``."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: str) -> bytes:
        self.urls.append(url)
        start = int(parse_qs(urlsplit(url).query)["start"][0])
        return PAGES[start]


def _source(fetch: object) -> MoexSource:
    return MoexSource(fetch=fetch, today=lambda: date(2022, 3, 31))  # type: ignore[arg-type]


def test_page_reads_columns_by_name_and_cursor() -> None:
    """A page yields OHLC from the named columns (CLOSE comes first in ISS) and its cursor."""
    page = parse_page(PAGES[2], "IMOEX")
    assert (page.index, page.total, page.page_size) == (2, 5, 2)
    assert page.next_start == 4
    row = page.rows.loc["2022-02-24"]
    assert (row["open"], row["high"], row["low"], row["close"]) == (
        2735.88,
        2740.31,
        1681.55,
        2058.12,
    )


def test_last_page_has_no_next_start() -> None:
    """The cursor says the page at INDEX 4 of TOTAL 5 is the last."""
    assert parse_page(PAGES[4], "IMOEX").next_start is None


def test_series_follows_cursor_through_all_pages() -> None:
    """Start=0 first, then 2 and 4 (in parallel): five sessions, the suspension gap kept."""
    fetch = PagedIss()
    (series,) = _source(fetch).series(load_registry().get("IMOEX"))
    starts = [parse_qs(urlsplit(u).query)["start"][0] for u in fetch.urls]
    assert starts[0] == "0" and sorted(starts) == ["0", "2", "4"]
    assert [d.date().isoformat() for d in series.frame.index] == [
        "2022-02-21",
        "2022-02-22",
        "2022-02-24",
        "2022-02-25",
        "2022-03-24",
    ]
    assert series.source is Source.MOEX and series.provider == "live"
    assert series.frame.loc["2022-02-22", "close"] == 3084.74
    assert series.frame.loc["2022-02-25", "open"] == 2261.33


def test_series_frame_is_canonical() -> None:
    """Index named session, dates without time, float columns in the PriceSeries order."""
    (series,) = _source(PagedIss()).series(load_registry().get("IMOEX"))
    frame = series.frame
    assert frame.index.name == "session"
    assert list(frame.columns) == ["open", "high", "low", "close", "volume"]
    assert all(str(t) == "float64" for t in frame.dtypes)
    assert (frame.index == frame.index.normalize()).all()
    assert frame["volume"].isna().all()  # ISS index history has no volume


def test_history_url_asks_index_market_with_dates() -> None:
    """IMOEX history is asked of stock/index with from, till and the cursor block."""
    fetch = PagedIss()
    _source(fetch).series(load_registry().get("IMOEX"))
    parts = urlsplit(fetch.urls[0])
    query = parse_qs(parts.query)
    assert parts.netloc == "iss.moex.com"
    assert parts.path == "/iss/history/engines/stock/markets/index/securities/IMOEX.json"
    assert query["from"] == ["1997-01-01"] and query["till"] == ["2022-03-31"]
    assert query["iss.only"] == ["history,history.cursor"]


def test_exchange_rouble_asks_cets_board() -> None:
    """USD/RUB at the exchange is USD000UTSTOM on the currency market's CETS board."""
    urls: list[str] = []

    def fetch(url: str) -> bytes:
        urls.append(url)
        return (LIVE / "moex_usd000utstom_empty.json").read_bytes()

    with pytest.raises(NoPriceData, match="USD000UTSTOM"):
        _source(fetch).series(load_registry().get("USDRUB"))
    assert urlsplit(urls[0]).path == (
        "/iss/history/engines/currency/markets/selt/boards/CETS/securities/USD000UTSTOM.json"
    )


def test_markets_by_kind() -> None:
    """Indices live on stock/index, FX on currency/selt/CETS; others have no ISS market here."""
    assert CURRENCY_MARKET.board == "CETS" and INDEX_MARKET.board is None
    assert MoexSource(fetch=PagedIss()).series(load_registry().get("BRENT")) == ()


def test_not_json_is_source_unavailable() -> None:
    """An HTML error page instead of JSON is a clear SourceUnavailable."""
    with pytest.raises(SourceUnavailable, match="not ISS history JSON"):
        parse_page(b"<html>Service Temporarily Unavailable</html>", "IMOEX")


def test_cursor_that_does_not_follow_start_is_refused() -> None:
    """A server that ignores ``start`` (page 0 every time) is an error, not repeated rows."""
    with pytest.raises(SourceUnavailable, match="does not follow start=2"):
        _source(lambda url: PAGES[0]).series(load_registry().get("IMOEX"))


def test_other_security_in_answer_is_refused() -> None:
    """Rows for another SECID than the one asked are an error, not data."""
    with pytest.raises(SourceUnavailable, match="another security"):
        parse_page(PAGES[0], "RTSI")


def test_missing_cursor_means_single_page() -> None:
    """An answer without a history.cursor block is read as complete."""
    payload = json.loads(PAGES[4])
    del payload["history.cursor"]
    page = parse_page(json.dumps(payload).encode(), "IMOEX")
    assert page.next_start is None
    assert isinstance(page.rows, pd.DataFrame) and len(page.rows) == 1


def test_rows_from_two_boards_are_not_mixed() -> None:
    """When ISS lists a security on two boards, one board's rows are kept whole."""
    payload = json.loads(PAGES[0])
    payload["history"]["data"][1][0] = "OTHER"  # the 22 Feb row now claims another board
    payload["history.cursor"]["data"] = [[0, 2, 2]]
    fetch = lambda url: json.dumps(payload).encode()  # noqa: E731
    (series,) = _source(fetch).series(load_registry().get("IMOEX"))
    assert len(series.frame) == 1


def test_pages_after_the_first_are_fetched_concurrently() -> None:
    """With two workers, pages 2 and 4 are in flight together (a slow ISS costs one wait)."""
    in_flight: list[int] = []
    peak: list[int] = []
    lock = threading.Lock()
    fetch = PagedIss()

    def slow(url: str) -> bytes:
        with lock:
            in_flight.append(1)
            peak.append(len(in_flight))
        time.sleep(0.1)
        with lock:
            in_flight.pop()
        return fetch(url)

    source = MoexSource(fetch=slow, today=lambda: date(2022, 3, 31), workers=2)
    (series,) = source.series(load_registry().get("IMOEX"))
    assert len(series.frame) == 5 and max(peak) == 2
