"""The on-disk cache: a fresh entry needs no fetch, a stale one is topped up, floats survive."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest

from dashboard.errors import SourceUnavailable
from dashboard.sources.cache import PriceCache, default_root, price_frame, through_cache

# Real rows: Yahoo BZ=F, 22 to 25 Feb 2022 (raw/ishwarb13__.../BZ=F.csv), as stored.
BRENT = pd.DataFrame(
    {
        "open": [94.27999877929688, 96.62999725341797, 97.55999755859375, 99.6500015258789],
        "high": [99.44000244140625, 98.69999694824219, 105.75, 101.98999786376953],
        "low": [92.55999755859375, 95.80000305175781, 97.48999786376953, 96.0],
        "close": [96.83999633789062, 96.83999633789062, 99.08000183105469, 97.93000030517578],
        "volume": [59945.0, 33549.0, 21282.0, 7025.0],
    },
    index=pd.to_datetime(["2022-02-22", "2022-02-23", "2022-02-24", "2022-02-25"]),
)
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


class Clock:
    """A settable UTC clock."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _never(since: date | None) -> pd.DataFrame:
    raise AssertionError("the fetch function must not be called")


def test_round_trip_keeps_every_digit(tmp_path: Path) -> None:
    """Stored and loaded back, the frame is identical to the last bit."""
    cache = PriceCache(tmp_path, clock=Clock(NOW))
    cache.store("yahoo", "BZ=F", BRENT)
    entry = cache.load("yahoo", "BZ=F")
    assert entry is not None and entry.fetched_at == NOW
    pd.testing.assert_frame_equal(entry.frame, price_frame(BRENT))


def test_fresh_cache_hit_needs_no_fetch(tmp_path: Path) -> None:
    """A second run within max_age answers from disk without calling the fetch function."""
    clock = Clock(NOW)
    cache = PriceCache(tmp_path, max_age=timedelta(hours=12), clock=clock)
    through_cache(cache, "yahoo", "BZ=F", lambda since: BRENT)
    clock.now = NOW + timedelta(hours=11)
    frame, provider = through_cache(cache, "yahoo", "BZ=F", _never)
    assert provider == "cache"
    assert frame.loc["2022-02-24", "high"] == 105.75


def test_stale_cache_is_topped_up_from_its_last_sessions(tmp_path: Path) -> None:
    """Past max_age, the fetch starts 10 days before the last cached session; rows merge."""
    clock = Clock(NOW)
    cache = PriceCache(tmp_path, max_age=timedelta(hours=12), clock=clock)
    through_cache(cache, "yahoo", "BZ=F", lambda since: BRENT.iloc[:3])
    clock.now = NOW + timedelta(days=1)
    asked: list[date | None] = []

    def fetch(since: date | None) -> pd.DataFrame:
        asked.append(since)
        return BRENT.iloc[2:]

    frame, provider = through_cache(cache, "yahoo", "BZ=F", fetch)
    assert asked == [date(2022, 2, 14)]
    assert provider == "live" and len(frame) == 4
    assert frame.loc["2022-02-25", "close"] == 97.93000030517578


def test_failed_fetch_stores_nothing(tmp_path: Path) -> None:
    """A fetch error propagates and leaves no cache file behind."""
    cache = PriceCache(tmp_path, clock=Clock(NOW))

    def fail(since: date | None) -> pd.DataFrame:
        raise SourceUnavailable("cannot resolve query2.finance.yahoo.com (DNS)")

    with pytest.raises(SourceUnavailable):
        through_cache(cache, "yahoo", "BZ=F", fail)
    assert cache.load("yahoo", "BZ=F") is None


def test_tickers_with_symbols_get_safe_file_names(tmp_path: Path) -> None:
    """'^STOXX' and 'BZ=F' become single file names inside the source folder."""
    cache = PriceCache(tmp_path)
    for ticker in ("^STOXX", "BZ=F", "../etc"):
        path = cache.path("yahoo", ticker)
        assert path.parent == tmp_path / "prices" / "yahoo"
        assert "/" not in path.name


def test_broken_cache_is_a_miss(tmp_path: Path) -> None:
    """A corrupt sidecar or CSV is treated as no cache, never as an error."""
    cache = PriceCache(tmp_path, clock=Clock(NOW))
    cache.store("cbr", "R01235", BRENT)
    cache.path("cbr", "R01235").with_suffix(".json").write_text("{not json", "utf-8")
    assert cache.load("cbr", "R01235") is None


def test_sidecar_records_the_fetch_time(tmp_path: Path) -> None:
    """The JSON sidecar says when the rows were fetched."""
    cache = PriceCache(tmp_path, clock=Clock(NOW))
    cache.store("moex", "IMOEX", BRENT)
    meta = json.loads(cache.path("moex", "IMOEX").with_suffix(".json").read_text("utf-8"))
    assert meta["fetched_at"] == "2026-11-25T12:00:00+00:00"


def test_root_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """$TAPECHECK_CACHE moves the cache; without it, ~/.cache/tapecheck."""
    monkeypatch.setenv("TAPECHECK_CACHE", str(tmp_path))
    assert default_root() == tmp_path
    monkeypatch.delenv("TAPECHECK_CACHE")
    assert default_root() == Path.home() / ".cache" / "tapecheck"


def test_price_frame_drops_time_and_zone() -> None:
    """Timestamps such as 2022-02-24 00:00:00+00:00 become the plain session date."""
    rows = BRENT.copy()
    rows.index = pd.DatetimeIndex(rows.index).tz_localize("UTC")
    frame = price_frame(rows)
    assert frame.index.tz is None and frame.index.name == "session"
    assert frame.index[2] == pd.Timestamp("2022-02-24")
