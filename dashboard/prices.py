"""Where prices come from: the one Protocol every source implements, and the price book.

A source is one module per outside system (the bundled snapshot, Yahoo, the Moscow Exchange,
the Bank of Russia). The reconciler never sees a source, only a ``PriceBook``: for each
instrument, its series from every vendor that has it, best first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from dashboard.domain import Instrument, PriceSeries, QualityFlag, Source


class PriceSource(Protocol):
    """A provider of daily price history."""

    name: str  # "snapshot", "yahoo", "moex", "cbr"

    def series(self, instrument: Instrument) -> tuple[PriceSeries, ...]:
        """Every series this provider holds for the instrument (full history), best first.

        Returns an empty tuple when it has none. Raises ``SourceUnavailable`` when a live
        provider cannot be reached or answers with something unusable.
        """
        ...


@dataclass(frozen=True)
class PriceBook:
    """The price data one check runs on: instrument id -> series, best first."""

    series: Mapping[str, tuple[PriceSeries, ...]]
    notices: tuple[QualityFlag, ...] = field(default=())  # e.g. a live source fell back
    preferred: Mapping[str, Source] = field(default_factory=dict)  # the user's vendor choices

    def for_instrument(self, instrument_id: str) -> tuple[PriceSeries, ...]:
        """The instrument's series, best first; empty when there is no data."""
        return self.series.get(instrument_id, ())

    def from_source(self, instrument_id: str, source: Source) -> PriceSeries | None:
        """The instrument's series from one vendor, if present."""
        return next((s for s in self.for_instrument(instrument_id) if s.source is source), None)


def build_book(
    provider: PriceSource,
    instruments: Iterable[Instrument],
    prefer: Mapping[str, Source] | None = None,
) -> PriceBook:
    """Ask one provider for each instrument; ``prefer`` moves a chosen vendor to the front.

    A provider may also offer ``prefetch(instruments)`` (one batched request) and ``notices``
    (QualityFlags such as a fallback to the snapshot); both are used when present.
    """
    chosen = dict(prefer or {})
    wanted = list(instruments)
    prefetch = getattr(provider, "prefetch", None)
    if callable(prefetch):  # live providers batch their requests (one Yahoo call per article)
        prefetch(wanted)
    book: dict[str, tuple[PriceSeries, ...]] = {}
    for instrument in wanted:
        found = provider.series(instrument)
        if instrument.id in chosen:
            want = chosen[instrument.id]
            found = tuple(sorted(found, key=lambda s: s.source is not want))
        book[instrument.id] = found
    notices = tuple(getattr(provider, "notices", ()))  # e.g. a live source fell back
    return PriceBook(series=book, notices=notices, preferred=chosen)
