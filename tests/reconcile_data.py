"""Price books for the reconciler tests: the committed snapshot, or (until it lands) the raw files.

Prices are never typed in: every value comes from data/ (or ../shared/market-data/raw read
with the vendor parsers, only when the snapshot is not there yet).
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path

import pandas as pd

from dashboard.domain import PriceSeries, Source
from dashboard.instruments import load_registry
from dashboard.prices import PriceBook

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT.parent / "shared" / "market-data" / "raw"

# (instrument, vendor) -> (raw file, parser): the order within an instrument is the book's order.
RAW_FILES: dict[tuple[str, Source], tuple[str, str]] = {
    ("IMOEX", Source.MOEX): ("empenoso__imoex-sp500-historical-returns/IMOEX.csv", "moex_iss"),
    ("RTSI", Source.FINAM): ("Dimitrii1993__Diplom/RTSI.csv", "finam"),
    ("USDRUB", Source.YAHOO): ("Alexshch09__Stocks-prices/RUB=X.csv", "yahoo"),
    ("USDRUB", Source.CBR): ("Kirill-Murashev__sberindex/usd_rub.csv", "cbr_mdy"),
    ("EURRUB", Source.CBR): ("BaskovKonstantin__SovCom/eur_quotes.csv", "cbr_updated"),
    ("EURUSD", Source.YAHOO): ("alitalbi__storage_data_fy/EURUSD=X.csv", "yahoo"),
    ("STOXX600", Source.YAHOO): ("alitalbi__storage_data_fy/^STOXX.csv", "yahoo"),
    ("SX5E", Source.YAHOO): ("alitalbi__storage_data_fy/^STOXX50E.csv", "yahoo"),
    ("DAX", Source.YAHOO): ("alitalbi__storage_data_fy/^GDAXI.csv", "yahoo"),
    ("FTSE100", Source.YAHOO): ("alitalbi__storage_data_fy/^FTSE.csv", "yahoo"),
    ("SPX", Source.YAHOO): ("finanzascuantitativasfc__2024-1-data/^SPX.csv", "yahoo"),
    ("US10Y", Source.YAHOO): ("alitalbi__storage_data_fy/^TNX.csv", "yahoo"),
    ("VIX", Source.YAHOO): ("alitalbi__storage_data_fy/^VIX.csv", "yahoo"),
    ("BRENT", Source.YAHOO): ("ishwarb13__Portfolio-Optimization-Ishwar-Bankar/BZ=F.csv", "yahoo"),
    ("BRENT", Source.EIA): ("datasets__oil-prices/brent-daily.csv", "eia"),
    ("WTI", Source.YAHOO): ("alitalbi__storage_data_fy/CL=F.csv", "yahoo"),
    ("WTI", Source.EIA): ("datasets__oil-prices/wti-daily.csv", "eia"),
    ("GOLD", Source.YAHOO): ("alitalbi__storage_data_fy/GC=F.csv", "yahoo"),
    ("BTC", Source.YAHOO): ("Alexshch09__Stocks-prices/BTC-USD.csv", "yahoo"),
}


def _snapshot_series(instrument_id: str) -> tuple[PriceSeries, ...] | None:
    """The committed snapshot's series for an instrument, or None when there is no snapshot."""
    if not using_snapshot():
        return None
    try:
        module = importlib.import_module("dashboard.sources.snapshot")
    except ImportError:
        return None
    found = module.SnapshotSource().series(load_registry().get(instrument_id))
    return tuple(found)


def _raw_series(instrument_id: str, source: Source) -> PriceSeries:
    """One series read from a raw vendor file with the project's parsers."""
    from dashboard.sources.vendors import PARSERS

    path, parser = RAW_FILES[(instrument_id, source)]
    table = PARSERS[parser]((RAW / path).read_text("utf-8"), path)
    index = pd.DatetimeIndex([pd.Timestamp(r[0]) for r in table.rows], name="session")
    columns = ("open", "high", "low", "close", "volume")
    data = {
        name: [float(r[i + 1]) if r[i + 1] else float("nan") for r in table.rows]
        for i, name in enumerate(columns)
    }
    return PriceSeries(instrument_id, source, pd.DataFrame(data, index=index), provider="raw")


@cache
def series_for(instrument_id: str) -> tuple[PriceSeries, ...]:
    """Every series for an instrument, best first: the snapshot when present, else raw files."""
    found = _snapshot_series(instrument_id)
    if found is not None:
        return found
    sources = [s for (i, s) in RAW_FILES if i == instrument_id]
    return tuple(_raw_series(instrument_id, s) for s in sources)


def book(*instrument_ids: str) -> PriceBook:
    """A price book holding the named instruments."""
    return PriceBook({i: series_for(i) for i in instrument_ids})


def using_snapshot() -> bool:
    """Whether the books come from the committed snapshot (not the raw files)."""
    return (ROOT / "data" / "manifest.json").is_file()
