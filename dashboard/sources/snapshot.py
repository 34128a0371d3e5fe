"""The bundled offline snapshot in data/: a ``PriceSource`` that never touches the network.

data/manifest.json lists every dataset (built by ``dashboard.sources.build``); each is a CSV in
data/prices/. ``series`` serves the primary dataset of each vendor, best first; ``mirrors``
serves second copies kept for cross-checks. Files are read on first use, checked against the
manifest's sha256, and cached for the life of the process.
"""

from __future__ import annotations

import hashlib
import io
import json
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

from dashboard.domain import Instrument, PriceSeries, Source
from dashboard.errors import SnapshotError

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
COLUMNS = ["open", "high", "low", "close", "volume"]
_REQUIRED = ("instrument", "vendor", "role", "description", "file", "sha256_output")

# Which vendor comes first. Exchange data before Yahoo; Yahoo's OHLC bars before an official
# fixing or an EIA spot assessment (they have no intraday range and are not session closes).
VENDOR_RANK: tuple[Source, ...] = (Source.MOEX, Source.FINAM, Source.YAHOO, Source.CBR, Source.EIA)
# Instruments whose order is stated explicitly (the rest follow VENDOR_RANK).
PREFERENCE: dict[str, tuple[Source, ...]] = {
    "IMOEX": (Source.MOEX, Source.YAHOO),
    "RTSI": (Source.MOEX, Source.FINAM),
    "USDRUB": (Source.MOEX, Source.YAHOO, Source.CBR),
    "EURRUB": (Source.MOEX, Source.YAHOO, Source.CBR),
    "BRENT": (Source.YAHOO, Source.EIA),
    "WTI": (Source.YAHOO, Source.EIA),
    "NATGAS_US": (Source.YAHOO, Source.EIA),
}


def read_prices(path: Path, data: bytes | None = None) -> pd.DataFrame:
    """One canonical price CSV as a frame: DatetimeIndex "session", float columns."""
    try:
        raw = path.read_bytes() if data is None else data
        frame = pd.read_csv(
            io.BytesIO(raw),
            index_col="session",
            parse_dates=["session"],
            dtype=dict.fromkeys(COLUMNS, "float64"),
        )
    except (OSError, ValueError, KeyError) as error:
        raise SnapshotError(f"cannot read {path}: {error}") from error
    if list(frame.columns) != COLUMNS or not isinstance(frame.index, pd.DatetimeIndex):
        raise SnapshotError(f"{path} does not have the columns session,{','.join(COLUMNS)}")
    if not (frame.index.is_monotonic_increasing and frame.index.is_unique):
        raise SnapshotError(f"{path}: sessions are not sorted and unique")
    return frame


@cache
def _manifest(data_dir: Path) -> dict[str, Any]:
    path = data_dir / "manifest.json"
    try:
        manifest = json.loads(path.read_text("utf-8"))
        datasets = manifest["datasets"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise SnapshotError(
            f"no usable manifest at {path} ({error}); rebuild it with "
            "python -m dashboard.sources.build"
        ) from error
    if not isinstance(datasets, dict):
        raise SnapshotError(f"{path}: 'datasets' is not a mapping")
    for name, entry in datasets.items():
        missing = [k for k in _REQUIRED if not isinstance(entry, dict) or k not in entry]
        if missing:
            raise SnapshotError(f"{path}: dataset {name} lacks {', '.join(missing)}")
        if entry["vendor"] not in {str(s) for s in Source}:
            raise SnapshotError(f"{path}: dataset {name} has unknown vendor {entry['vendor']!r}")
    return dict(manifest)


@cache
def _series(data_dir: Path, dataset: str) -> PriceSeries:
    entry = _manifest(data_dir)["datasets"][dataset]
    path = data_dir / entry["file"]
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SnapshotError(f"dataset {dataset}: cannot read {path}: {error}") from error
    if hashlib.sha256(data).hexdigest() != entry["sha256_output"]:
        raise SnapshotError(f"dataset {dataset}: {path} does not match its manifest sha256")
    return PriceSeries(
        instrument=entry["instrument"],
        source=Source(entry["vendor"]),
        frame=read_prices(path, data),
        provider="snapshot",
        description=entry["description"],
        dataset=dataset,
    )


def _rank(instrument_id: str, vendor: str) -> int:
    order = PREFERENCE.get(instrument_id, VENDOR_RANK)
    source = Source(vendor)
    return order.index(source) if source in order else len(order) + VENDOR_RANK.index(source)


class SnapshotSource:
    """Daily history from the bundled snapshot (offline, read once per process)."""

    name = "snapshot"

    def __init__(self, data_dir: Path | None = None) -> None:
        self.data_dir = (data_dir or DATA_DIR).resolve()

    def manifest(self) -> dict[str, Any]:
        """The snapshot's manifest (datasets, provenance, checksums, flag counts)."""
        return _manifest(self.data_dir)

    def _datasets(self, instrument_id: str, role: str) -> tuple[PriceSeries, ...]:
        entries = self.manifest()["datasets"]
        chosen = [
            name
            for name, e in entries.items()
            if e["instrument"] == instrument_id and e["role"] == role
        ]
        chosen.sort(key=lambda name: (_rank(instrument_id, entries[name]["vendor"]), name))
        return tuple(_series(self.data_dir, name) for name in chosen)

    def series(self, instrument: Instrument) -> tuple[PriceSeries, ...]:
        """The primary dataset of each vendor for the instrument, best first; () if none."""
        return self._datasets(instrument.id, "primary")

    def mirrors(self, instrument: Instrument) -> tuple[PriceSeries, ...]:
        """Second copies of a vendor's data (for cross-checks), best first; () if none."""
        return self._datasets(instrument.id, "mirror")

    def dataset(self, dataset: str) -> PriceSeries:
        """One dataset by its manifest id."""
        if dataset not in self.manifest()["datasets"]:
            raise SnapshotError(f"no dataset {dataset!r} in the manifest")
        return _series(self.data_dir, dataset)
