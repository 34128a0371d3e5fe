"""The live price source: the best vendor for each instrument, with a visible fallback.

Routing (``plan``): the Moscow Exchange ISS for the Moscow indices and the exchange rouble,
the Bank of Russia for its official rates, Yahoo for the rest (not for an index ISS already
covers: Yahoo's IMOEX.ME stopped updating in 2024). ``prefetch`` asks every vendor at once,
in parallel and within one deadline, with a single batched Yahoo request for all Yahoo
tickers. Any failure (network, deadline, rate limit, unreadable answer, no rows) falls back
to the injected fallback source (the bundled snapshot) for that vendor's series and leaves a
``SNAPSHOT_FALLBACK`` notice naming what failed and what is shown instead. A vendor that
failed on the network is not asked again for ``cooldown_s``: the next instruments fall back
at once instead of each waiting out the deadline.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import Protocol, runtime_checkable

from dashboard.domain import Flag, Instrument, InstrumentKind, PriceSeries, QualityFlag, Source
from dashboard.errors import PriceDataError, SourceUnavailable, TapecheckError
from dashboard.prices import PriceBook, PriceSource, build_book
from dashboard.sources import moex
from dashboard.sources.cache import PriceCache
from dashboard.sources.cbr import CbrSource
from dashboard.sources.deadline import call_with_deadline, run_all
from dashboard.sources.moex import MoexSource
from dashboard.sources.yahoo import YahooSource

LABEL = {Source.MOEX: "MOEX ISS", Source.CBR: "Bank of Russia", Source.YAHOO: "Yahoo"}
# Best first, as the snapshot ranks vendors: exchange data, then Yahoo's OHLC bars, then an
# official fixing or a spot assessment (no intraday range, not a session close).
RANK: tuple[Source, ...] = (Source.MOEX, Source.FINAM, Source.YAHOO, Source.CBR, Source.EIA)
Result = tuple[PriceSeries, ...] | Exception


@runtime_checkable
class Prefetching(Protocol):
    """A vendor that can load many instruments in one request (Yahoo)."""

    def prefetch(self, instruments: Iterable[Instrument]) -> object:
        """Load them all; later ``series`` calls answer from memory."""
        ...


def plan(instrument: Instrument) -> tuple[Source, ...]:
    """The live vendors asked for an instrument."""
    vendors: list[Source] = []
    if instrument.ticker(Source.MOEX) and moex.market_for(instrument) is not None:
        vendors.append(Source.MOEX)
    if instrument.ticker(Source.CBR):
        vendors.append(Source.CBR)
    moex_index = Source.MOEX in vendors and instrument.kind is InstrumentKind.EQUITY_INDEX
    if instrument.ticker(Source.YAHOO) and not moex_index:
        vendors.append(Source.YAHOO)
    return tuple(vendors)


def _why(error: Exception) -> str:
    return error.detail if isinstance(error, TapecheckError) and error.detail else str(error)


class LiveSource:
    """PriceSource over MOEX ISS, the Bank of Russia and Yahoo, falling back to ``fallback``."""

    name = "live"

    def __init__(
        self,
        fallback: PriceSource | None,
        *,
        vendors: Mapping[Source, PriceSource] | None = None,
        cache: PriceCache | None = None,
        deadline_s: float = 10.0,
        cooldown_s: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if vendors is None:
            shared = cache if cache is not None else PriceCache()
            vendors = {
                Source.MOEX: MoexSource(cache=shared, deadline_s=deadline_s),
                Source.CBR: CbrSource(cache=shared, deadline_s=deadline_s),
                Source.YAHOO: YahooSource(cache=shared, deadline_s=deadline_s),
            }
        self.fallback = fallback
        self.vendors = dict(vendors)
        self.deadline_s = deadline_s
        self.cooldown_s = cooldown_s
        self.clock = clock
        self._results: dict[tuple[Source, str], Result] = {}
        self._down: dict[Source, tuple[float, str]] = {}  # vendor -> (failed at, why)
        self._notices: list[QualityFlag] = []

    @property
    def notices(self) -> tuple[QualityFlag, ...]:
        """Every fallback notice so far, once each, in order (for ``PriceBook.notices``)."""
        return tuple(dict.fromkeys(self._notices))

    def prefetch(self, instruments: Iterable[Instrument]) -> None:
        """Ask every vendor for every instrument in parallel, within one deadline."""
        wanted = list(instruments)
        calls: dict[tuple[Source, str], tuple[str, Callable[[], object]]] = {}
        batch = [i for i in wanted if self._asks(Source.YAHOO, i)]
        yahoo = self.vendors.get(Source.YAHOO)
        batched = isinstance(yahoo, Prefetching) and bool(batch) and not self._skip(Source.YAHOO)
        if batched and isinstance(yahoo, Prefetching):
            fetch_all = partial(yahoo.prefetch, batch)
            calls[(Source.YAHOO, "*")] = ("Yahoo " + ", ".join(i.id for i in batch), fetch_all)
        for instrument in wanted:
            for vendor in plan(instrument):
                if (vendor is Source.YAHOO and batched) or not self._asks(vendor, instrument):
                    continue
                if self._skip(vendor) is None:
                    what = f"{LABEL[vendor]} {instrument.id}"
                    calls[(vendor, instrument.id)] = (what, partial(self._ask, vendor, instrument))
        for key, result in run_all(calls, self.deadline_s).items():
            vendor, instrument_id = key
            if instrument_id == "*":  # the batch: each instrument's answer is in memory now
                for each in batch:
                    answer = result if isinstance(result, Exception) else self._held(vendor, each)
                    self._results[(vendor, each.id)] = answer
                    if isinstance(answer, Exception):
                        self._failed(vendor, answer)
                continue
            if isinstance(result, Exception):
                self._failed(vendor, result)
            self._results[key] = result  # type: ignore[assignment]

    def series(self, instrument: Instrument) -> tuple[PriceSeries, ...]:
        """Live series best first; a failed vendor's series come from the fallback instead."""
        vendors = plan(instrument)
        found: list[PriceSeries] = []
        failed: dict[Source, Exception] = {}
        for vendor in vendors:
            result = self._results.pop((vendor, instrument.id), None)
            if result is None:
                result = self._live(vendor, instrument)
            if isinstance(result, Exception):
                failed[vendor] = result
            else:
                found.extend(result)
        extra = self._from_fallback(instrument, {s.source for s in found}, failed)
        return tuple(sorted(found + extra, key=_rank))

    def _asks(self, vendor: Source, instrument: Instrument) -> bool:
        return vendor in plan(instrument) and (vendor, instrument.id) not in self._results

    def _skip(self, vendor: Source) -> str | None:
        """Why a vendor is not asked now (it failed on the network moments ago), or None."""
        if vendor not in self.vendors:
            return f"no live {LABEL[vendor]} source is configured"
        down = self._down.get(vendor)
        if down is None or self.clock() - down[0] > self.cooldown_s:
            return None
        return f"not asked: it failed {self.clock() - down[0]:.0f} s ago ({down[1]})"

    def _ask(self, vendor: Source, instrument: Instrument) -> tuple[PriceSeries, ...]:
        try:
            return self.vendors[vendor].series(instrument)
        except PriceDataError:
            raise
        except Exception as error:  # a bug or an odd answer must not take the app down
            raise SourceUnavailable(f"{type(error).__name__}: {error}") from error

    def _held(self, vendor: Source, instrument: Instrument) -> Result:
        """What a vendor holds after its batch prefetch (from memory: no deadline needed)."""
        try:
            return self._ask(vendor, instrument)
        except PriceDataError as error:
            return error

    def _live(self, vendor: Source, instrument: Instrument) -> Result:
        skipped = self._skip(vendor)
        if skipped is not None:
            return SourceUnavailable(skipped)
        try:
            return call_with_deadline(
                partial(self._ask, vendor, instrument),
                self.deadline_s,
                f"{LABEL[vendor]} {instrument.id}",
            )
        except PriceDataError as error:
            self._failed(vendor, error)
            return error

    def _failed(self, vendor: Source, error: Exception) -> None:
        if isinstance(error, SourceUnavailable) and self._skip(vendor) is None:
            self._down[vendor] = (self.clock(), _why(error))

    def _from_fallback(
        self, instrument: Instrument, live: set[Source], failed: Mapping[Source, Exception]
    ) -> list[PriceSeries]:
        """Fallback series for vendors not served live (failed, or with no live source)."""
        try:
            held = self.fallback.series(instrument) if self.fallback else ()
        except TapecheckError as error:
            held, missing = (), f"the fallback failed too ({_why(error)})"
        else:
            missing = "no fallback data"
        extra = [s for s in held if s.source not in live]
        for vendor, problem in failed.items():
            shown = [s for s in extra if s.source is vendor]
            instead = _describe(shown[0]) if shown else _others(live, extra, missing)
            message = (
                f"Live {LABEL[vendor]} prices for {instrument.id} failed ({_why(problem)}); "
                f"showing {instead} instead."
            )
            self._notices.append(QualityFlag(Flag.SNAPSHOT_FALLBACK, message, source=vendor))
        return extra


def _rank(series: PriceSeries) -> int:
    return RANK.index(series.source) if series.source in RANK else len(RANK)


def _describe(series: PriceSeries) -> str:
    as_of = f", last session {series.last_session:%d %b %Y}" if series.last_session else ""
    return f"the {series.provider} {series.description or series.source.value}{as_of}"


def _others(live: set[Source], extra: list[PriceSeries], missing: str) -> str:
    """What is shown when the fallback has nothing from the failed vendor."""
    if live or extra:
        shown = [f"the live {LABEL.get(s, s.value)} series" for s in sorted(live, key=RANK.index)]
        shown += [_describe(s) for s in extra]
        return "only " + " and ".join(shown)
    return f"nothing: {missing}"


def build_live_book(
    source: LiveSource,
    instruments: Iterable[Instrument],
    prefer: Mapping[str, Source] | None = None,
) -> PriceBook:
    """Prefetch, build the book, and put the source's fallback notices on it.

    ``prices.build_book`` does both for any provider with ``prefetch`` and ``notices``.
    """
    return build_book(source, instruments, prefer)
