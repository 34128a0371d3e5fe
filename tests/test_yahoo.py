"""Yahoo source: one batched download, MultiIndex split by ticker, yfinance's silent failures."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yfinance

from dashboard.domain import Source
from dashboard.errors import NoPriceData, SourceUnavailable
from dashboard.instruments import load_registry
from dashboard.sources.cache import PriceCache
from dashboard.sources.yahoo import YahooSource, reason, split_download

LIVE = Path(__file__).parent / "fixtures" / "live"
TICKERS = ["BTC-USD", "BZ=F", "RUB=X", "^STOXX"]


def _answer() -> pd.DataFrame:
    """The fixture as yf.download returns it: (Price, Ticker) columns, naive Date index."""
    return pd.read_csv(
        LIVE / "yahoo_download_2022-02-22_28.csv", header=[0, 1], index_col=0, parse_dates=True
    )


class FakeDownload:
    """Records each yf.download call and answers with the fixture (or a given frame)."""

    def __init__(self, answer: pd.DataFrame | None = None, log: str = "") -> None:
        self.answer = _answer() if answer is None else answer
        self.log = log
        self.calls: list[tuple[Any, dict[str, Any]]] = []

    def __call__(self, tickers: Any, **kwargs: Any) -> pd.DataFrame:
        self.calls.append((tickers, kwargs))
        if self.log:
            logging.getLogger("yfinance").error(self.log)
        return self.answer


@pytest.fixture(autouse=True)
def _private_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Caches go to tmp, and yfinance is never pointed at a real folder."""
    monkeypatch.setenv("TAPECHECK_CACHE", str(tmp_path / "default-cache"))
    monkeypatch.setattr(yfinance, "set_tz_cache_location", lambda path: None)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeDownload:
    """yfinance.download replaced by a recorder answering with the fixture."""
    download = FakeDownload()
    monkeypatch.setattr(yfinance, "download", download)
    return download


def _instruments(*ids: str) -> list[Any]:
    registry = load_registry()
    return [registry.get(i) for i in ids]


def test_one_download_for_many_instruments(fake: FakeDownload) -> None:
    """Four instruments, one yf.download call with all four tickers, then no more calls."""
    source = YahooSource()
    instruments = _instruments("BTC", "BRENT", "USDRUB", "STOXX600")
    assert source.prefetch(instruments) == {}
    for instrument in instruments:
        source.series(instrument)
    assert len(fake.calls) == 1
    tickers, kwargs = fake.calls[0]
    assert sorted(tickers) == TICKERS
    assert kwargs["auto_adjust"] is False and kwargs["multi_level_index"] is True
    assert kwargs["period"] == "max" and kwargs["progress"] is False


def test_batch_rows_belong_to_their_ticker(fake: FakeDownload) -> None:
    """Brent's 24 Feb 2022 bar is Brent's: O 97.56 H 105.75 L 97.49 C 99.08 (as stored)."""
    source = YahooSource()
    (brent,) = source.series(_instruments("BRENT")[0])
    bar = brent.bar(date(2022, 2, 24))
    assert bar is not None
    assert (bar.open, bar.high, bar.low, bar.close) == (
        97.55999755859375,
        105.75,
        97.48999786376953,
        99.08000183105469,
    )
    assert brent.source is Source.YAHOO and brent.provider == "live"


def test_union_dates_are_not_sessions_of_other_tickers(fake: FakeDownload) -> None:
    """Bitcoin's weekend rows leave empty rows for Brent; they are dropped, not kept as NaN."""
    frames = split_download(_answer(), TICKERS)
    assert len(frames["BTC-USD"]) == 7
    assert pd.Timestamp("2022-02-26") not in frames["BZ=F"].index
    assert len(frames["BZ=F"]) == 5


def test_flat_columns_for_one_ticker() -> None:
    """multi_level_index=False (flat Open..Volume) is read too, for a single ticker."""
    flat = _answer().xs("^STOXX", axis=1, level="Ticker")
    frames = split_download(flat, ["^STOXX"])
    assert frames["^STOXX"].loc["2022-02-25", "close"] == 453.5299987792969


def test_empty_answer_is_source_unavailable_with_logged_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """yf.download's empty frame after a DNS error becomes a SourceUnavailable naming DNS."""
    log = "['BZ=F']: Failed to perform, curl: (6) Could not resolve host: query2.finance.yahoo.com"
    fake = FakeDownload(answer=pd.DataFrame(), log=log)
    monkeypatch.setattr(yfinance, "download", fake)
    with pytest.raises(SourceUnavailable, match="DNS"):
        YahooSource().series(_instruments("BRENT")[0])


def test_rate_limit_is_named() -> None:
    """YFRateLimitError in the log reads as a rate limit, one line."""
    message = reason(["['BZ=F']: YFRateLimitError('Too Many Requests. Rate limited.')"])
    assert message.startswith("Yahoo is rate limiting us")


def test_rate_limit_exception_is_source_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    """When yfinance raises YFRateLimitError, the source raises SourceUnavailable."""

    def raising(tickers: Any, **kwargs: Any) -> pd.DataFrame:
        raise yfinance.exceptions.YFRateLimitError()

    monkeypatch.setattr(yfinance, "download", raising)
    with pytest.raises(SourceUnavailable, match="rate limiting"):
        YahooSource().series(_instruments("BRENT")[0])


def test_ticker_missing_from_batch_is_no_data(fake: FakeDownload) -> None:
    """A ticker absent from a non-empty batch is NoPriceData; the others still load."""
    source = YahooSource()
    errors = source.prefetch(_instruments("BRENT", "GOLD"))
    assert isinstance(errors["GC=F"], NoPriceData)
    with pytest.raises(NoPriceData, match="GC=F"):
        source.series(_instruments("GOLD")[0])
    assert source.series(_instruments("BRENT")[0])


def test_cached_tickers_are_not_downloaded_again(fake: FakeDownload, tmp_path: Path) -> None:
    """A second source on the same cache answers from disk: still one download in total."""
    cache = PriceCache(tmp_path)
    YahooSource(cache=cache).prefetch(_instruments("BRENT", "STOXX600"))
    second = YahooSource(cache=cache)
    second.prefetch(_instruments("BRENT", "STOXX600"))
    (brent,) = second.series(_instruments("BRENT")[0])
    assert len(fake.calls) == 1
    assert brent.provider == "cache"


def test_start_date_asks_a_window_with_exclusive_end(fake: FakeDownload) -> None:
    """With a start, yf.download gets start and end = tomorrow (end is exclusive)."""
    source = YahooSource(start=date(2022, 2, 22), today=lambda: date(2022, 2, 28))
    source.prefetch(_instruments("BRENT"))
    _, kwargs = fake.calls[0]
    assert kwargs["start"] == "2022-02-22" and kwargs["end"] == "2022-03-01"
    assert "period" not in kwargs


def test_fx_series_carries_the_close_caveat(fake: FakeDownload) -> None:
    """Yahoo FX bars say their close is often the day's opening snapshot."""
    (rub,) = YahooSource().series(_instruments("USDRUB")[0])
    assert "opening snapshot" in rub.description
    assert rub.frame.loc["2022-02-24", "open"] == rub.frame.loc["2022-02-24", "close"]


def test_instrument_without_yahoo_ticker_needs_no_call(fake: FakeDownload) -> None:
    """RTSI has no Yahoo ticker: empty tuple, no download."""
    assert YahooSource().series(_instruments("RTSI")[0]) == ()
    assert fake.calls == []
