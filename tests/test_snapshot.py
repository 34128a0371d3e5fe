"""The bundled snapshot: loads, serves vendors best first, and keeps the vendors' values."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from dashboard.domain import Source
from dashboard.errors import SnapshotError
from dashboard.instruments import load_registry
from dashboard.prices import PriceSource
from dashboard.sources.snapshot import DATA_DIR, SnapshotSource

GOLDEN = Path(__file__).parent / "fixtures" / "snapshot_rows.csv"
ROOT = Path(__file__).resolve().parent.parent


def _instrument(instrument_id: str):  # type: ignore[no-untyped-def]
    return load_registry().get(instrument_id)


def _golden() -> list[dict[str, str]]:
    with GOLDEN.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_snapshot_source_satisfies_the_protocol() -> None:
    """SnapshotSource is a PriceSource named "snapshot" that defaults to the repo's data/."""
    source: PriceSource = SnapshotSource()
    assert source.name == "snapshot"
    assert SnapshotSource().data_dir == (ROOT / "data").resolve() == DATA_DIR.resolve()


@pytest.mark.parametrize(
    "row", _golden(), ids=lambda r: f"{r['dataset']}-{r['session']}-{r['field']}"
)
def test_rows_checked_in_provenance_round_trip(row: dict[str, str]) -> None:
    """Each value checked by hand in PROVENANCE.md (or read off the raw row) comes back exactly."""
    series = SnapshotSource().dataset(row["dataset"])
    bar = series.bar(date.fromisoformat(row["session"]))
    assert bar is not None
    assert getattr(bar, row["field"]) == float(row["value"])


def test_usdrub_yahoo_before_cbr() -> None:
    """USD/RUB: Yahoo's OHLC bars first, then the Bank of Russia fixing; mirrors kept apart."""
    source = SnapshotSource()
    usdrub = _instrument("USDRUB")
    assert [s.dataset for s in source.series(usdrub)] == [
        "USDRUB.yahoo-alexshch09",
        "USDRUB.cbr-kirill-murashev",
    ]
    assert [s.dataset for s in source.mirrors(usdrub)] == [
        "USDRUB.yahoo-maxime-bgn",
        "USDRUB.cbr-sovcom",
    ]


def test_brent_futures_before_eia_spot() -> None:
    """Brent: Yahoo BZ=F futures first, the EIA spot assessment second."""
    found = SnapshotSource().series(_instrument("BRENT"))
    assert [(s.source, s.dataset) for s in found] == [
        (Source.YAHOO, "BRENT.yahoo-ishwarb13"),
        (Source.EIA, "BRENT.eia-datasets"),
    ]


def test_every_registry_instrument_of_the_seed_has_data() -> None:
    """The 23 seed instruments each have at least one primary series."""
    source = SnapshotSource()
    seed = "IMOEX RTSI USDRUB EURRUB EURUSD STOXX600 SX5E DAX FTSE100 CAC40 DJIA SPX NASDAQ ES NQ VIX US10Y BRENT WTI GOLD NATGAS_US WHEAT BTC"
    assert all(source.series(_instrument(i)) for i in seed.split())


def test_frame_shape_and_metadata() -> None:
    """Frames: sorted unique DatetimeIndex "session", float columns, NaN where absent."""
    series = SnapshotSource().series(_instrument("EURRUB"))[0]
    frame = series.frame
    assert isinstance(frame.index, pd.DatetimeIndex) and frame.index.name == "session"
    assert frame.index.is_monotonic_increasing and frame.index.is_unique
    assert list(frame.columns) == ["open", "high", "low", "close", "volume"]
    assert all(frame[c].dtype == "float64" for c in frame.columns)
    assert frame["open"].isna().all() and frame["close"].notna().all()
    assert series.provider == "snapshot" and series.description and series.dataset


def test_unknown_instrument_has_no_series() -> None:
    """An instrument with no dataset gets an empty tuple, not an error."""
    source = SnapshotSource()
    brent = _instrument("BRENT")
    other = type(brent)(id="NOPE", name="x", kind=brent.kind, unit="x", calendar="ALWAYS")
    assert source.series(other) == () and source.mirrors(other) == ()


def test_missing_snapshot_raises_snapshot_error(tmp_path: Path) -> None:
    """A data directory with no manifest raises SnapshotError saying how to rebuild."""
    with pytest.raises(SnapshotError, match=r"dashboard\.sources\.build"):
        SnapshotSource(tmp_path).manifest()


def test_manifest_entry_without_file_raises_snapshot_error(tmp_path: Path) -> None:
    """A manifest entry that lacks a required key is refused by name."""
    manifest = json.loads((DATA_DIR / "manifest.json").read_text("utf-8"))
    del manifest["datasets"]["BRENT.eia-datasets"]["file"]
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    with pytest.raises(SnapshotError, match=r"BRENT\.eia-datasets lacks file"):
        SnapshotSource(tmp_path).manifest()


def test_corrupt_csv_raises_snapshot_error(tmp_path: Path) -> None:
    """A price file that no longer matches its manifest sha256 is refused."""
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    target = copy / "prices" / "BRENT.eia-datasets.csv"
    target.write_bytes(target.read_bytes().replace(b"98.56", b"98.57"))
    with pytest.raises(SnapshotError, match="sha256"):
        SnapshotSource(copy).series(_instrument("BRENT"))


def test_loading_every_series_takes_under_a_second() -> None:
    """A fresh process loads the manifest and every series in under one second."""
    code = (
        "import time; from dashboard.instruments import load_registry;"
        "from dashboard.sources.snapshot import SnapshotSource;"
        "r = load_registry(); s = SnapshotSource(); t = time.perf_counter();"
        "[(s.series(i), s.mirrors(i)) for i in r.instruments];"
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert float(out.stdout) < 1.0


def test_series_are_cached_per_process() -> None:
    """Two SnapshotSource objects on one directory share the loaded series."""
    brent = _instrument("BRENT")
    assert SnapshotSource().series(brent)[0] is SnapshotSource().series(brent)[0]
