"""The canonical price frame, and the on-disk cache of live fetches.

Every live fetch is stored as CSV per (source, ticker) with a small JSON sidecar holding the
fetch time, so a second run within ``max_age`` needs no network, and an older cache is only
topped up from its last sessions. The cache lives in ``$TAPECHECK_CACHE`` or
``~/.cache/tapecheck``; yfinance's own caches go in its ``yfinance/`` sub-folder.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import pandas as pd

COLUMNS = ("open", "high", "low", "close", "volume")
ENV_VAR = "TAPECHECK_CACHE"
OVERLAP = timedelta(days=10)  # a top-up re-fetches the last days: vendors revise recent rows


def default_root() -> Path:
    """``$TAPECHECK_CACHE`` if set, else ``~/.cache/tapecheck``."""
    configured = os.environ.get(ENV_VAR)
    return Path(configured) if configured else Path.home() / ".cache" / "tapecheck"


def price_frame(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows with a date-like index and some of ``COLUMNS`` as the canonical PriceSeries frame.

    Session index (dates, no time part, no timezone, sorted, unique: the last row of a
    repeated date wins), float columns open/high/low/close/volume with NaN where missing.
    """
    index = pd.DatetimeIndex(pd.to_datetime(rows.index))
    if index.tz is not None:
        index = index.tz_localize(None)  # keep the vendor's local date
    frame = rows.reindex(columns=list(COLUMNS)).apply(pd.to_numeric, errors="coerce")
    frame = frame.astype("float64")
    frame.index = index.normalize().rename("session")
    frame = frame[~frame.index.duplicated(keep="last")]
    return pd.DataFrame(frame.sort_index())


def merge(older: pd.DataFrame, newer: pd.DataFrame) -> pd.DataFrame:
    """One frame from two: rows of ``newer`` replace rows of ``older`` on the same session."""
    if older.empty:
        return price_frame(newer)
    if newer.empty:
        return price_frame(older)
    return price_frame(pd.concat([older, newer]))


@dataclass(frozen=True)
class CacheEntry:
    """A cached frame and when it was fetched (UTC)."""

    frame: pd.DataFrame
    fetched_at: datetime

    def age(self, now: datetime) -> timedelta:
        """How long ago it was fetched."""
        return now - self.fetched_at

    @property
    def last_session(self) -> date | None:
        """The last session it holds."""
        return self.frame.index[-1].date() if len(self.frame) else None


class PriceCache:
    """CSV files under ``root/prices/<source>/<ticker>.csv`` with a ``.json`` fetch record."""

    def __init__(
        self,
        root: Path | None = None,
        max_age: timedelta = timedelta(hours=12),
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.root = root if root is not None else default_root()
        self.max_age = max_age
        self.clock = clock

    def path(self, source: str, ticker: str) -> Path:
        """The CSV file for one vendor's ticker (the ticker is %-quoted: '^GSPC', 'BZ=F')."""
        return self.root / "prices" / source / f"{quote(ticker, safe='')}.csv"

    def load(self, source: str, ticker: str) -> CacheEntry | None:
        """The cached frame, or None when there is none or it cannot be read."""
        csv_path = self.path(source, ticker)
        meta_path = csv_path.with_suffix(".json")
        try:
            meta = json.loads(meta_path.read_text("utf-8"))
            fetched_at = datetime.fromisoformat(str(meta["fetched_at"]))
            raw = pd.read_csv(csv_path, index_col="session", parse_dates=["session"])
        except (OSError, ValueError, KeyError, TypeError):
            return None  # a missing or broken cache is a miss, never an error
        return CacheEntry(frame=price_frame(raw), fetched_at=fetched_at)

    def fresh(self, source: str, ticker: str) -> CacheEntry | None:
        """The cached entry if it is younger than ``max_age``."""
        entry = self.load(source, ticker)
        if entry is None or entry.age(self.clock()) > self.max_age:
            return None
        return entry

    def store(self, source: str, ticker: str, frame: pd.DataFrame) -> CacheEntry:
        """Write the frame and its fetch time (atomically: a crash leaves the old file)."""
        csv_path = self.path(source, ticker)
        csv_path.parent.mkdir(parents=True, exist_ok=True)
        entry = CacheEntry(frame=price_frame(frame), fetched_at=self.clock())
        _atomic_write(csv_path, entry.frame.to_csv(date_format="%Y-%m-%d"))
        meta = {"source": source, "ticker": ticker, "fetched_at": entry.fetched_at.isoformat()}
        meta["rows"] = str(len(entry.frame))
        _atomic_write(csv_path.with_suffix(".json"), json.dumps(meta, indent=1))
        return entry

    def top_up_from(self, source: str, ticker: str) -> tuple[CacheEntry | None, date | None]:
        """The (stale) entry to extend and the first session to re-fetch (None: everything)."""
        entry = self.load(source, ticker)
        if entry is None or entry.last_session is None:
            return None, None
        return entry, entry.last_session - OVERLAP


def _atomic_write(path: Path, text: str) -> None:
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def through_cache(
    cache: PriceCache | None,
    source: str,
    ticker: str,
    fetch_since: Callable[[date | None], pd.DataFrame],
) -> tuple[pd.DataFrame, str]:
    """The frame and its provider: a fresh cache ("cache"), else a fetch ("live").

    A stale cache is topped up: ``fetch_since`` gets the first session to re-fetch (None means
    the whole history) and the new rows are merged over the cached ones. Fetch errors
    propagate; nothing is stored then.
    """
    if cache is None:
        return price_frame(fetch_since(None)), "live"
    entry = cache.fresh(source, ticker)
    if entry is not None:
        return entry.frame, "cache"
    older, since = cache.top_up_from(source, ticker)
    fetched = fetch_since(since)
    frame = merge(older.frame, fetched) if older is not None else price_frame(fetched)
    return cache.store(source, ticker, frame).frame, "live"
