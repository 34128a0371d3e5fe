"""Refresh the bundled snapshot from the live sources (on a machine with internet).

    python -m dashboard.sources.refresh [--out data] [--instruments IMOEX USDRUB ...]

Each live series becomes ``<out>/prices/<INSTRUMENT>.<vendor>-live.csv`` in the snapshot's
canonical schema (session,open,high,low,close,volume; written by ``build``'s own writer) and a
``primary`` entry in ``<out>/manifest.json``; the dataset it replaces as primary for that
instrument and vendor stays, demoted to ``mirror``, so its provenance and cross-checks remain.
A vendor that fails is reported on one stderr line and changes nothing. Note: rebuilding the
snapshot from the raw files (``dashboard.sources.build``) rewrites the manifest without these
live datasets; run the refresh again afterwards.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from dashboard import quality
from dashboard.domain import Instrument, PriceSeries, Source
from dashboard.errors import TapecheckError
from dashboard.instruments import load_registry
from dashboard.prices import PriceSource
from dashboard.sources.build import DEFAULT_OUT, _canonical_csv, _sha256
from dashboard.sources.cbr import CbrSource
from dashboard.sources.live import LABEL, Prefetching, plan
from dashboard.sources.moex import MoexSource
from dashboard.sources.vendors import Row, VendorTable, first_last
from dashboard.sources.yahoo import YahooSource

COMMAND = "python -m dashboard.sources.refresh --out data"
ORIGIN = {
    Source.MOEX: "Moscow Exchange ISS, https://iss.moex.com/iss/history/",
    Source.CBR: "Bank of Russia, https://www.cbr.ru/scripts/XML_dynamic.asp",
    Source.YAHOO: "Yahoo Finance via yfinance (not an exchange record)",
}


def _text(value: float) -> str:
    """A float as the shortest text that reads back to it; NaN as an empty field."""
    if pd.isna(value):
        return ""
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def table_of(frame: pd.DataFrame) -> VendorTable:
    """A canonical frame as the snapshot's text rows (session ISO, then OHLCV)."""
    rows: list[Row] = []
    for session, bar in frame.iterrows():
        values = [_text(float(bar[c])) for c in ("open", "high", "low", "close", "volume")]
        stamp = pd.Timestamp(str(session)).date().isoformat()
        rows.append((stamp, values[0], values[1], values[2], values[3], values[4]))
    return VendorTable(tuple(rows))


def dataset_id(instrument_id: str, vendor: Source) -> str:
    """'IMOEX' from MOEX -> 'IMOEX.moex-live'."""
    return f"{instrument_id}.{vendor.value}-live"


def write_dataset(
    out_dir: Path, series: PriceSeries, instrument: Instrument, fetched_at: datetime
) -> dict[str, Any]:
    """Write one live series as a snapshot CSV; return its manifest entry."""
    name = dataset_id(instrument.id, series.source)
    table = table_of(series.frame)
    data = _canonical_csv(table)
    target = out_dir / "prices" / f"{name}.csv"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    first, last = first_last(table)
    stamped = PriceSeries(instrument.id, series.source, series.frame, "snapshot", "", name)
    return {
        "instrument": instrument.id,
        "vendor": series.source.value,
        "role": "primary",
        "ticker": instrument.ticker(series.source),
        "description": series.description,
        "file": f"prices/{name}.csv",
        "raw": None,
        "repository": None,
        "origin": ORIGIN.get(series.source, series.source.value),
        "fetched_at": fetched_at.isoformat(timespec="seconds"),
        "notes": "fetched live by the refresh command",
        "parser": "live",
        "rows": len(table.rows),
        "first_session": first.isoformat() if first else None,
        "last_session": last.isoformat() if last else None,
        "skipped_lines": [],
        "sha256_output": _sha256(data),
        "command": COMMAND,
        "quality_flags": quality.counts(quality.scan(stamped, instrument)),
        "compared_with": "",
    }


def merge_entry(manifest: dict[str, Any], name: str, entry: dict[str, Any]) -> None:
    """Add or replace a dataset; other primaries of that instrument and vendor become mirrors."""
    datasets: dict[str, Any] = manifest.setdefault("datasets", {})
    for other, existing in datasets.items():
        same = (existing["instrument"], existing["vendor"]) == (
            entry["instrument"],
            entry["vendor"],
        )
        if other != name and same and existing.get("role") == "primary":
            existing["role"] = "mirror"
    datasets[name] = entry
    manifest["datasets"] = {key: datasets[key] for key in sorted(datasets)}


@dataclass(frozen=True)
class Outcome:
    """What one refresh did."""

    written: tuple[str, ...]  # dataset ids
    failures: tuple[str, ...]  # one line each


def refresh(
    out_dir: Path,
    instruments: Sequence[Instrument],
    vendors: Mapping[Source, PriceSource],
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Outcome:
    """Fetch every planned vendor for each instrument; write what came back, list what failed."""
    manifest_path = out_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text("utf-8")) if manifest_path.exists() else {}
    manifest.setdefault("format", 1)
    batcher = vendors.get(Source.YAHOO)
    if isinstance(batcher, Prefetching):
        batcher.prefetch([i for i in instruments if Source.YAHOO in plan(i)])
    written: list[str] = []
    failures: list[str] = []
    for instrument in instruments:
        for vendor in plan(instrument):
            if vendor not in vendors:
                continue
            try:
                found = vendors[vendor].series(instrument)
            except TapecheckError as error:
                failures.append(f"{instrument.id} from {LABEL[vendor]}: {error}")
                continue
            for series in found:
                entry = write_dataset(out_dir, series, instrument, clock())
                merge_entry(manifest, dataset_id(instrument.id, series.source), entry)
                written.append(dataset_id(instrument.id, series.source))
    if written:
        text = json.dumps(manifest, indent=1, ensure_ascii=False) + "\n"
        manifest_path.write_text(text, encoding="utf-8")
    return Outcome(tuple(written), tuple(failures))


def live_vendors(deadline_s: float) -> dict[Source, PriceSource]:
    """The real vendors, uncached (a refresh must see the vendor, not yesterday's cache)."""
    return {
        Source.MOEX: MoexSource(deadline_s=deadline_s),
        Source.CBR: CbrSource(deadline_s=deadline_s),
        Source.YAHOO: YahooSource(deadline_s=deadline_s),
    }


def _chosen(ids: Iterable[str] | None) -> list[Instrument]:
    registry = load_registry()
    if ids:
        return [registry.get(i) for i in ids]
    return [i for i in registry.instruments if plan(i)]


def main(argv: list[str] | None = None) -> int:
    """Command line: refresh, print one line per dataset written and per failure."""
    parser = argparse.ArgumentParser(
        prog="python -m dashboard.sources.refresh", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="snapshot directory")
    parser.add_argument(
        "--instruments", nargs="*", help="registry ids (default: all with a live vendor)"
    )
    parser.add_argument("--deadline", type=float, default=180.0, help="seconds per vendor call")
    args = parser.parse_args(argv)
    try:
        outcome = refresh(args.out, _chosen(args.instruments), live_vendors(args.deadline))
    except (TapecheckError, OSError, ValueError) as error:
        print(f"refresh failed: {error}", file=sys.stderr)
        return 1
    for name in outcome.written:
        print(f"wrote {name}")
    for line in outcome.failures:
        print(f"failed: {line}", file=sys.stderr)
    return 0 if outcome.written else 1


if __name__ == "__main__":
    sys.exit(main())
