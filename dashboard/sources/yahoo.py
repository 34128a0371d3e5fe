"""Yahoo Finance daily bars through yfinance: the only module that imports yfinance.

yfinance 1.7 quirks handled here (see /work/shared/STACK.md):
- ``yf.download`` never raises: it logs the error and returns an empty frame (also on a DNS
  failure), so an empty answer is ``SourceUnavailable`` with the logged reason, and a ticker
  missing from a non-empty batch is ``NoPriceData``.
- Columns are a (Price, Ticker) MultiIndex; we keep ``multi_level_index=True`` so one and
  many tickers look alike, and read each ticker's block by name.
- A batch is aligned on the union of all tickers' dates: rows where a ticker has no price at
  all are that ticker's non-sessions and are dropped.
- ``end`` is exclusive; ``auto_adjust=False`` so close is the traded close, not adjusted.
- Its caches go under our cache directory (``set_tz_cache_location`` before the first request).
- ``timeout=`` bounds one read only: the whole download runs under ``deadline``.
- Daily FX bars are on a London/UTC day and their close is often the day's opening snapshot
  (Open == Close); the series says so, and ``quality`` flags it.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from dashboard.domain import Instrument, InstrumentKind, PriceSeries, Source
from dashboard.errors import NoPriceData, PriceDataError, SourceUnavailable
from dashboard.sources.cache import PriceCache, default_root, merge, price_frame
from dashboard.sources.deadline import call_with_deadline

Download = Callable[..., pd.DataFrame]  # the shape of ``yfinance.download``
_FIELDS = {"Open": "open", "High": "high", "Low": "low", "Close": "close", "Volume": "volume"}
_cache_dir_set: list[str] = []  # the directory handed to yfinance, once per process


def _yfinance() -> Any:
    import yfinance  # imported lazily: the offline app never pays for it

    return yfinance


def _point_yfinance_cache(root: str) -> None:
    if _cache_dir_set:
        return
    Path(root).mkdir(parents=True, exist_ok=True)
    _yfinance().set_tz_cache_location(root)
    _cache_dir_set.append(root)


class _Captured(logging.Handler):
    """Collects what yfinance logs while a download runs (its errors are only logged)."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage().strip())


@contextmanager
def _capture_yfinance_errors() -> Iterator[_Captured]:
    logger = logging.getLogger("yfinance")
    handler = _Captured()
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


def reason(messages: Iterable[str]) -> str:
    """One line from yfinance's logged errors: rate limit and DNS named plainly."""
    text = " ".join(m for m in messages if m)
    lowered = text.lower()
    if "ratelimit" in lowered or "too many requests" in lowered or "rate limit" in lowered:
        return "Yahoo is rate limiting us (too many requests); try again later"
    if "resolve host" in lowered or "name or service not known" in lowered:
        return "cannot resolve Yahoo's servers (DNS); no internet?"
    first = next((m for m in messages if m), "")
    return first.splitlines()[0][:200] if first else "no error was reported"


def split_download(data: pd.DataFrame | None, tickers: Iterable[str]) -> dict[str, pd.DataFrame]:
    """A ``yf.download`` result as one canonical frame per ticker that has any prices."""
    wanted = list(tickers)
    if data is None or data.empty:
        return {}
    if not isinstance(data.columns, pd.MultiIndex):
        blocks = {wanted[0]: data} if len(wanted) == 1 else {}  # multi_level_index=False
    else:
        names = list(data.columns.names)
        level = names.index("Ticker") if "Ticker" in names else 1
        present = {str(t).upper(): t for t in data.columns.get_level_values(level).unique()}
        blocks = {
            t: pd.DataFrame(data.xs(present[t.upper()], axis=1, level=level))
            for t in wanted
            if t.upper() in present
        }
    frames = {}
    for ticker, block in blocks.items():
        frame = price_frame(block.rename(columns=_FIELDS))
        frame = frame.dropna(how="all", subset=["open", "high", "low", "close"])
        if not frame.empty:
            frames[ticker] = frame
    return frames


def describe(instrument: Instrument, ticker: str) -> str:
    """What the series is, with the FX caveat where it applies."""
    text = f"Yahoo {ticker}, {instrument.name} daily bars"
    if instrument.kind is InstrumentKind.FX:
        text += " (London/UTC day; the close is often the day's opening snapshot)"
    return text


@dataclass
class YahooSource:
    """PriceSource for Yahoo daily bars; ``prefetch`` asks for many tickers in one request."""

    cache: PriceCache | None = None
    deadline_s: float = 20.0
    start: date | None = None  # None: the whole history (period="max")
    timeout_s: float = 10.0  # yfinance's own per-read timeout
    download: Download | None = None  # tests inject a fake; default yfinance.download
    today: Callable[[], date] = date.today
    name: str = "yahoo"
    _frames: dict[str, tuple[pd.DataFrame, str]] = field(default_factory=dict, repr=False)
    _errors: dict[str, PriceDataError] = field(default_factory=dict, repr=False)

    def series(self, instrument: Instrument) -> tuple[PriceSeries, ...]:
        """The instrument's Yahoo bars (prefetched, cached, or fetched now)."""
        ticker = instrument.ticker(Source.YAHOO)
        if ticker is None:
            return ()
        if ticker not in self._frames and ticker not in self._errors:
            self.prefetch([instrument])
        if ticker in self._errors:
            raise self._errors[ticker]
        frame, provider = self._frames[ticker]
        return (
            PriceSeries(
                instrument=instrument.id,
                source=Source.YAHOO,
                frame=frame,
                provider=provider,
                description=describe(instrument, ticker),
                dataset=f"yahoo-{ticker}",
            ),
        )

    def prefetch(self, instruments: Iterable[Instrument]) -> dict[str, PriceDataError]:
        """Load every instrument's bars: fresh cache first, the rest in ONE download.

        Returns the errors by Yahoo ticker (also raised later by ``series``).
        """
        tickers = sorted({t for i in instruments if (t := i.ticker(Source.YAHOO))})
        stale: dict[str, tuple[pd.DataFrame | None, date | None]] = {}
        for ticker in tickers:
            self._errors.pop(ticker, None)
            entry = self.cache.fresh(self.name, ticker) if self.cache else None
            if entry is not None:
                self._frames[ticker] = (entry.frame, "cache")
                continue
            older, since = self.cache.top_up_from(self.name, ticker) if self.cache else (None, None)
            stale[ticker] = (older.frame if older else None, since)
        if stale:
            self._download(stale)
        return {t: self._errors[t] for t in tickers if t in self._errors}

    def _download(self, stale: dict[str, tuple[pd.DataFrame | None, date | None]]) -> None:
        tickers = sorted(stale)
        sinces = [since for _, since in stale.values()]
        first = None if None in sinces else min(s for s in sinces if s is not None)
        try:
            frames = call_with_deadline(
                lambda: self._call(tickers, first or self.start),
                self.deadline_s,
                f"Yahoo {', '.join(tickers)}",
            )
        except PriceDataError as error:
            self._errors.update(dict.fromkeys(tickers, error))
            return
        for ticker in tickers:
            older, _ = stale[ticker]
            if ticker not in frames:
                self._errors[ticker] = NoPriceData(f"Yahoo returned no rows for {ticker}")
                continue
            frame = merge(older, frames[ticker]) if older is not None else frames[ticker]
            if self.cache is not None:
                frame = self.cache.store(self.name, ticker, frame).frame
            self._frames[ticker] = (frame, "live")

    def _call(self, tickers: list[str], first: date | None) -> dict[str, pd.DataFrame]:
        root = self.cache.root if self.cache else default_root()
        _point_yfinance_cache(str(root / "yfinance"))
        download = self.download or _yfinance().download
        window: dict[str, object] = {"period": "max"}
        if first is not None:  # end is exclusive: ask for tomorrow to include today
            window = {
                "start": first.isoformat(),
                "end": (self.today() + timedelta(days=1)).isoformat(),
            }
        with _capture_yfinance_errors() as captured, warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # yfinance's own pandas calls
            try:
                data = download(
                    tickers,
                    **window,
                    interval="1d",
                    auto_adjust=False,
                    actions=False,
                    progress=False,
                    multi_level_index=True,
                    group_by="column",
                    timeout=self.timeout_s,
                )
            except Exception as error:  # YFRateLimitError and friends when not hidden
                raise SourceUnavailable(reason([f"{type(error).__name__}: {error}"])) from error
        frames = split_download(data, tickers)
        if not frames:
            raise SourceUnavailable(
                f"Yahoo returned nothing for {', '.join(tickers)}: {reason(captured.messages)}"
            )
        return frames
