"""The live composite: vendor routing, one Yahoo batch, and a visible, bounded fallback."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pandas as pd
import pytest
import yfinance

from dashboard.domain import Flag, Instrument, PriceSeries, Source
from dashboard.errors import SourceUnavailable
from dashboard.instruments import load_registry
from dashboard.prices import PriceSource
from dashboard.sources.cbr import CbrSource
from dashboard.sources.live import LiveSource, build_live_book, plan
from dashboard.sources.moex import MoexSource
from dashboard.sources.yahoo import YahooSource

LIVE = Path(__file__).parent / "fixtures" / "live"
MOEX_PAGES = {n * 2: (LIVE / f"moex_imoex_page{n}.json").read_bytes() for n in range(3)}
MOEX_EMPTY = (LIVE / "moex_usd000utstom_empty.json").read_bytes()
CBR_DYNAMIC = (LIVE / "cbr_dynamic_R01235_2022-02-22_03-01.xml").read_bytes()
TODAY = date(2022, 3, 31)


def _get(instrument_id: str) -> Instrument:
    return load_registry().get(instrument_id)


class Network:
    """Answers MOEX and Bank of Russia URLs from the fixtures, or hangs, or fails; counts calls."""

    def __init__(self, mode: str = "up") -> None:
        self.mode = mode
        self.urls: list[str] = []
        self.release = threading.Event()

    def __call__(self, url: str) -> bytes:
        self.urls.append(url)
        if self.mode == "hang":
            self.release.wait(5.0)  # a proxy that never answers; released at test end
        if self.mode != "up":
            raise SourceUnavailable(f"cannot resolve {urlsplit(url).hostname} (DNS)")
        if "cbr.ru" in url:
            return CBR_DYNAMIC
        if "USD000UTSTOM" in url:
            return MOEX_EMPTY
        return MOEX_PAGES[int(parse_qs(urlsplit(url).query)["start"][0])]


class YahooAnswer:
    """Stands in for yfinance.download: the fixture batch, and a record of each call."""

    def __init__(self, mode: str = "up") -> None:
        self.mode = mode
        self.calls: list[list[str]] = []

    def __call__(self, tickers: list[str], **kwargs: Any) -> pd.DataFrame:
        self.calls.append(list(tickers))
        if self.mode == "down":
            return pd.DataFrame()  # what yf.download does when the network is dead
        return pd.read_csv(
            LIVE / "yahoo_download_2022-02-22_28.csv", header=[0, 1], index_col=0, parse_dates=True
        )


class FakeSnapshot:
    """A fallback holding one series per (instrument, vendor), marked provider="snapshot"."""

    name = "snapshot"

    def __init__(self, held: dict[str, tuple[PriceSeries, ...]]) -> None:
        self.held = held
        self.asked: list[str] = []

    def series(self, instrument: Instrument) -> tuple[PriceSeries, ...]:
        self.asked.append(instrument.id)
        return self.held.get(instrument.id, ())


def _snapshot_series(instrument_id: str, source: Source, closes: dict[str, float]) -> PriceSeries:
    frame = pd.DataFrame({"close": list(closes.values())}, index=pd.to_datetime(list(closes)))
    frame.index.name = "session"
    return PriceSeries(instrument_id, source, frame, "snapshot", f"{source} snapshot copy", "x")


# Real closes (PROVENANCE §1, §2a, §4) for the fake snapshot.
SNAPSHOT = {
    "IMOEX": (_snapshot_series("IMOEX", Source.MOEX, {"2022-02-24": 2058.12}),),
    "RTSI": (_snapshot_series("RTSI", Source.FINAM, {"2022-02-24": 742.91}),),
    "USDRUB": (_snapshot_series("USDRUB", Source.CBR, {"2022-02-25": 86.9288}),),
    "BRENT": (
        _snapshot_series("BRENT", Source.YAHOO, {"2022-02-24": 99.08000183105469}),
        _snapshot_series("BRENT", Source.EIA, {"2022-02-24": 101.29}),
    ),
}


@pytest.fixture(autouse=True)
def _private_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test writes to the real cache folders."""
    monkeypatch.setenv("TAPECHECK_CACHE", str(tmp_path))
    monkeypatch.setattr(yfinance, "set_tz_cache_location", lambda path: None)


def _live(
    network: Network,
    yahoo: YahooAnswer,
    monkeypatch: pytest.MonkeyPatch,
    fallback: PriceSource | None = None,
    deadline_s: float = 2.0,
) -> LiveSource:
    monkeypatch.setattr(yfinance, "download", yahoo)
    vendors: dict[Source, PriceSource] = {
        Source.MOEX: MoexSource(fetch=network, today=lambda: TODAY, deadline_s=deadline_s),
        Source.CBR: CbrSource(fetch=network, today=lambda: TODAY, deadline_s=deadline_s),
        Source.YAHOO: YahooSource(deadline_s=deadline_s),
    }
    snapshot = FakeSnapshot(SNAPSHOT) if fallback is None else fallback
    return LiveSource(snapshot, vendors=vendors, deadline_s=deadline_s)


def test_routing_moscow_to_iss_official_rates_to_cbr_rest_to_yahoo() -> None:
    """IMOEX/RTSI from ISS only; USD/RUB from ISS, the Bank of Russia and Yahoo; Brent Yahoo."""
    assert plan(_get("IMOEX")) == (Source.MOEX,)
    assert plan(_get("RTSI")) == (Source.MOEX,)
    assert set(plan(_get("USDRUB"))) == {Source.MOEX, Source.CBR, Source.YAHOO}
    assert plan(_get("BRENT")) == (Source.YAHOO,)


def test_live_series_when_all_is_well(monkeypatch: pytest.MonkeyPatch) -> None:
    """IMOEX comes live from ISS with no notice; the fallback adds nothing ISS already gave."""
    live = _live(Network(), YahooAnswer(), monkeypatch)
    (series,) = live.series(_get("IMOEX"))
    assert series.provider == "live" and series.source is Source.MOEX
    assert series.frame.loc["2022-02-24", "low"] == 1681.55
    assert live.notices == ()


def test_prefetch_makes_one_yahoo_call_for_all_instruments(monkeypatch: pytest.MonkeyPatch) -> None:
    """Brent, STOXX 600, bitcoin and the rouble: one yf.download with the four tickers."""
    yahoo = YahooAnswer()
    live = _live(Network(), yahoo, monkeypatch)
    wanted = [_get(i) for i in ("BRENT", "STOXX600", "BTC", "USDRUB", "IMOEX")]
    live.prefetch(wanted)
    for instrument in wanted:
        live.series(instrument)
    assert len(yahoo.calls) == 1
    assert sorted(yahoo.calls[0]) == ["BTC-USD", "BZ=F", "RUB=X", "^STOXX"]


def test_hung_vendor_falls_back_within_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    """ISS hangs: after 0.3 s IMOEX is served from the snapshot, with a notice saying so."""
    network = Network("hang")
    live = _live(network, YahooAnswer(), monkeypatch, deadline_s=0.3)
    began = time.monotonic()
    (series,) = live.series(_get("IMOEX"))
    waited = time.monotonic() - began
    network.release.set()
    assert series.provider == "snapshot" and series.source is Source.MOEX
    assert waited < 1.0
    (notice,) = live.notices
    assert notice.flag is Flag.SNAPSHOT_FALLBACK and notice.source is Source.MOEX
    assert "MOEX ISS" in notice.message and "no answer within 0.3 s" in notice.message
    assert "snapshot" in notice.message and "24 Feb 2022" in notice.message


def test_failed_vendor_is_not_asked_again_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """After ISS fails, RTSI falls back without a request; its snapshot has Finam's series."""
    network = Network("dead")
    live = _live(network, YahooAnswer(), monkeypatch)
    live.series(_get("IMOEX"))
    asked = len(network.urls)
    (rtsi,) = live.series(_get("RTSI"))
    assert len(network.urls) == asked
    assert rtsi.source is Source.FINAM and rtsi.provider == "snapshot"
    assert "not asked" in live.notices[-1].message


def test_dead_network_everything_from_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    """No network at all: every instrument is served from the snapshot, each failure noticed."""
    live = _live(Network("dead"), YahooAnswer("down"), monkeypatch)
    wanted = [_get(i) for i in ("IMOEX", "USDRUB", "BRENT")]
    book = build_live_book(live, wanted)
    assert all(s.provider == "snapshot" for i in wanted for s in book.for_instrument(i.id))
    assert book.from_source("BRENT", Source.YAHOO) is not None
    flagged = {(n.source, n.message.split(" prices for ")[1].split()[0]) for n in book.notices}
    assert (Source.YAHOO, "BRENT") in flagged and (Source.CBR, "USDRUB") in flagged
    assert all(n.flag is Flag.SNAPSHOT_FALLBACK for n in book.notices)


def test_failed_batch_is_reported_for_each_instrument(monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty Yahoo batch names the real reason on every instrument, not 'not asked'."""
    yahoo = YahooAnswer("down")
    live = _live(Network(), yahoo, monkeypatch)
    wanted = [_get("BRENT"), _get("STOXX600")]
    build_live_book(live, wanted)
    assert len(yahoo.calls) == 1
    messages = [n.message for n in live.notices if n.source is Source.YAHOO]
    assert len(messages) == 2
    assert all("Yahoo returned nothing" in m and "not asked" not in m for m in messages)


def test_partial_failure_keeps_the_live_vendors(monkeypatch: pytest.MonkeyPatch) -> None:
    """USD/RUB: ISS has no rows, the Bank of Russia and Yahoo answer; order Yahoo, then CBR."""
    live = _live(Network(), YahooAnswer(), monkeypatch)
    live.prefetch([_get("USDRUB")])
    found = live.series(_get("USDRUB"))
    assert [(s.source, s.provider) for s in found] == [
        (Source.YAHOO, "live"),
        (Source.CBR, "live"),
    ]
    (notice,) = live.notices
    assert notice.source is Source.MOEX and "no rows for USD000UTSTOM" in notice.message
    assert "the live Yahoo series" in notice.message


def test_snapshot_only_vendors_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Brent's EIA spot series has no live source: it follows the live Yahoo series, no notice."""
    live = _live(Network(), YahooAnswer(), monkeypatch)
    found = live.series(_get("BRENT"))
    assert [(s.source, s.provider) for s in found] == [
        (Source.YAHOO, "live"),
        (Source.EIA, "snapshot"),
    ]
    assert live.notices == ()


def test_without_fallback_the_notice_says_nothing_is_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    """With an empty fallback, the failure still shows, saying there is nothing instead."""
    live = _live(Network("dead"), YahooAnswer(), monkeypatch, fallback=FakeSnapshot({}))
    assert live.series(_get("IMOEX")) == ()
    assert "showing nothing" in live.notices[0].message


def test_a_bug_in_a_vendor_does_not_crash_the_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected exception in a vendor becomes a fallback with its name in the notice."""

    class Broken:
        name = "moex"

        def series(self, instrument: Instrument) -> tuple[PriceSeries, ...]:
            raise KeyError("CLOSE")

    live = LiveSource(FakeSnapshot(SNAPSHOT), vendors={Source.MOEX: Broken()}, deadline_s=1.0)
    (series,) = live.series(_get("IMOEX"))
    assert series.provider == "snapshot"
    assert "KeyError" in live.notices[0].message
