"""The price book: vendor preference, batched prefetch and notices from a provider."""

from __future__ import annotations

import pandas as pd

from dashboard.domain import Flag, Instrument, PriceSeries, QualityFlag, Source
from dashboard.instruments import load_registry
from dashboard.prices import build_book


def _empty(instrument: str, source: Source) -> PriceSeries:
    frame = pd.DataFrame(columns=["open", "high", "low", "close", "volume"], dtype=float)
    return PriceSeries(instrument, source, frame)


class _Provider:
    """A provider that records its calls and carries one notice."""

    name = "fake"

    def __init__(self) -> None:
        self.prefetched: list[list[str]] = []
        self.notices = (QualityFlag(Flag.SNAPSHOT_FALLBACK, "Yahoo timed out; snapshot shown"),)

    def prefetch(self, instruments: list[Instrument]) -> None:
        self.prefetched.append([i.id for i in instruments])

    def series(self, instrument: Instrument) -> tuple[PriceSeries, ...]:
        return (_empty(instrument.id, Source.YAHOO), _empty(instrument.id, Source.CBR))


def test_prefetch_is_one_batch_for_all_instruments() -> None:
    """A provider with prefetch gets one call naming every instrument."""
    registry = load_registry()
    provider = _Provider()
    build_book(provider, [registry.get("USDRUB"), registry.get("BRENT")])
    assert provider.prefetched == [["USDRUB", "BRENT"]]


def test_notices_reach_the_book() -> None:
    """A provider's fallback notices travel on the book."""
    book = build_book(_Provider(), [load_registry().get("USDRUB")])
    assert [n.flag for n in book.notices] == [Flag.SNAPSHOT_FALLBACK]


def test_prefer_moves_the_chosen_vendor_first() -> None:
    """--prefer USDRUB=cbr puts the Bank of Russia series first."""
    book = build_book(_Provider(), [load_registry().get("USDRUB")], {"USDRUB": Source.CBR})
    assert [s.source for s in book.for_instrument("USDRUB")] == [Source.CBR, Source.YAHOO]
    assert book.from_source("USDRUB", Source.YAHOO) is not None
    assert book.for_instrument("GOLD") == ()
