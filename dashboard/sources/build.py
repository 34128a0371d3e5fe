"""Build the offline snapshot in data/ from the raw vendor files, with its manifest.

    python -m dashboard.sources.build [--raw ../shared/market-data/raw] [--out data]
    python -m dashboard.sources.build --summary      # the table of datasets, from the manifest

Every raw file is either a dataset below or a listed metadata file; anything else stops the
build. Each dataset becomes ``<out>/prices/<dataset>.csv`` (session,open,high,low,close,volume,
values as the vendor wrote them) and one entry in ``<out>/manifest.json``. The provenance facts
(repository, last commit, licence) are copied from shared/market-data/PROVENANCE.md into
``DATASETS``. The build is deterministic: a rerun writes identical bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from dashboard import quality
from dashboard.domain import PriceSeries, Source
from dashboard.errors import PriceDataError, TapecheckError
from dashboard.instruments import load_registry
from dashboard.sources.snapshot import read_prices
from dashboard.sources.vendors import PARSERS, VendorTable, first_last

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_RAW = ROOT.parent / "shared" / "market-data" / "raw"
DEFAULT_OUT = ROOT / "data"
COMMAND = "python -m dashboard.sources.build --raw ../shared/market-data/raw --out data"
HEADER = "session,open,high,low,close,volume\n"
MIRROR_TOLERANCE_PCT = 1.0


class Role(StrEnum):
    """A primary dataset is served first; a mirror is a second copy from the same vendor."""

    PRIMARY = "primary"
    MIRROR = "mirror"


@dataclass(frozen=True)
class Repo:
    """Facts about one source repository (PROVENANCE.md)."""

    name: str
    head: str  # snapshot HEAD
    licence: str


@dataclass(frozen=True)
class DatasetSpec:
    """One raw file and what it is."""

    dataset: str  # "<INSTRUMENT>.<vendor>-<repository owner>"
    vendor: Source
    role: Role
    raw: str  # path under the raw directory
    parser: str  # key of vendors.PARSERS
    ticker: str
    description: str
    repo: Repo
    path: str  # path in the repository
    commit: str  # last commit touching the file
    notes: str = ""

    @property
    def instrument(self) -> str:
        return self.dataset.split(".", 1)[0]


_NONE = "none stated"
EMPENOSO = Repo(
    "empenoso/imoex-sp500-historical-returns",
    "8d607f1c6da6f6339a168d6f434b67ca6ea73793",
    'MIT ("Copyright (c) 2026 Mikhail Shardin")',
)
DIPLOM = Repo("Dimitrii1993/Diplom", "4b2ebdda96f88c750483216fcf742a45f7bbb2eb", _NONE)
KIRILL = Repo(
    "Kirill-Murashev/sberindex",
    "3d9c4a6b54d6758b33575acd4c0b90f38a6ce8f2",
    'MIT ("Copyright (c) 2023 Kirill-Murashev")',
)
SOVCOM = Repo("BaskovKonstantin/SovCom", "75afe3a2a7b5425e7f4b2395a854b4614b69c5be", _NONE)
ALEX = Repo("Alexshch09/Stocks-prices", "11c6cc3c080b66a3bcdd820d4863f327a5a0a433", _NONE)
MAXIME = Repo("Maxime-bgn/fx_trading", "68386b79fe77c2f8840244260d1bb4894cbc927f", _NONE)
ALITALBI = Repo("alitalbi/storage_data_fy", "941406838f8b8a613f95450e8df70f806c1de58a", _NONE)
FINANZAS = Repo(
    "finanzascuantitativasfc/2024-1-data", "918b29015f5be57cb909db32cbc74b8b4cf627a1", _NONE
)
ISHWAR = Repo(
    "ishwarb13/Portfolio-Optimization-Ishwar-Bankar",
    "0e68dc749ed6450bdedf7ccc5a1415309facf1cd",
    _NONE,
)
OIL = Repo(
    "datasets/oil-prices",
    "2d75ce3a792c2f152619c10272e86052be3a8390",
    "ODC-PDDL-1.0 (datapackage.json; LICENSE is a public-domain dedication)",
)
GAS = Repo("datasets/natural-gas", "f7771269b6241e01e6b88408da03723029e2e82d", "ODC-PDDL-1.0")

_YAHOO_NOTE = (
    "Yahoo Finance via yfinance, downloaded by the repository owner; not an exchange record"
)
_FX_NOTE = (
    _YAHOO_NOTE + "; FX bars are on a UTC day and the close is often the day's opening snapshot"
)
_CBR_NOTE = (
    "Bank of Russia official rate (a fixing, not a session close), dated by the day it takes effect"
)
_FIN = "831dfcea140959ff68e7da846c64f9bad0332b93"
_OIL = "1b938b5bbf7df718b657448e73ea8938d6cea6c7"
_Y, _P, _M = Source.YAHOO, Role.PRIMARY, Role.MIRROR


def _alitalbi(dataset: str, ticker: str, what: str, commit: str) -> DatasetSpec:
    return DatasetSpec(
        dataset, _Y, _P, f"alitalbi__storage_data_fy/{ticker}.csv", "yahoo", ticker,
        f"Yahoo {ticker}, {what}", ALITALBI, f"{ticker}.csv", commit,
        _FX_NOTE if ticker.endswith("=X") else _YAHOO_NOTE,
    )  # fmt: skip


DATASETS: tuple[DatasetSpec, ...] = (
    DatasetSpec(
        "IMOEX.moex-empenoso", Source.MOEX, _P, "empenoso__imoex-sp500-historical-returns/IMOEX.csv",
        "moex_iss", "IMOEX", "MOEX ISS IMOEX, MOEX Russia Index (official)", EMPENOSO, "IMOEX.csv",
        "ce190b583855673045a7827cac3814aa5a4054a0",
        "only the close before 2002-11-25; VALUE (turnover) left out, VOLUME is empty",
    ),
    DatasetSpec(
        "RTSI.finam-dimitrii1993", Source.FINAM, _P, "Dimitrii1993__Diplom/RTSI.csv", "finam",
        "RI.RTSI", "Finam RI.RTSI, RTS Index (Moscow Exchange data)", DIPLOM, "data/RTSI.csv",
        "467f40a571fd0183fa45306c8f9f760ec5f3cdab",
        "some VOLUME cells are in spreadsheet notation (9,08642E+12), kept as written",
    ),
    DatasetSpec(
        "USDRUB.yahoo-alexshch09", _Y, _P, "Alexshch09__Stocks-prices/RUB=X.csv", "yahoo", "RUB=X",
        "Yahoo RUB=X, US dollar in roubles", ALEX, "data/RUB=X.csv",
        "11c6cc3c080b66a3bcdd820d4863f327a5a0a433", _FX_NOTE,
    ),
    DatasetSpec(
        "USDRUB.yahoo-maxime-bgn", _Y, _M, "Maxime-bgn__fx_trading/USDRUB=X.csv", "yahoo",
        "USDRUB=X", "Yahoo USDRUB=X, US dollar in roubles (second download)", MAXIME,
        "USDRUB=X.csv", "3528d393c8626d9a219d0bab8b17f66c967ba3ec", _FX_NOTE,
    ),
    DatasetSpec(
        "USDRUB.cbr-kirill-murashev", Source.CBR, _P, "Kirill-Murashev__sberindex/usd_rub.csv",
        "cbr_mdy", "R01235", "Bank of Russia official USD/RUB rate", KIRILL, "data/usd_rub.csv",
        "51f7d5e6c70130e10152242e532d0b31f1f2746d",
        _CBR_NOTE + "; values before 1998 redenominated (divided by 1000)",
    ),
    DatasetSpec(
        "USDRUB.cbr-sovcom", Source.CBR, _M, "BaskovKonstantin__SovCom/usd_quotes.csv",
        "cbr_updated", "R01235", "Bank of Russia official USD/RUB rate (SovCom copy)", SOVCOM,
        "data/usd_quotes.csv", "d6ed80fa7bb73aab0e3438f0caa52a7e264a75d2",
        _CBR_NOTE + "; NOT redenominated before 1998 (old roubles); one row per calendar day, "
        "the last rate carried forward",
    ),
    DatasetSpec(
        "EURRUB.cbr-sovcom", Source.CBR, _P, "BaskovKonstantin__SovCom/eur_quotes.csv",
        "cbr_updated", "R01239", "Bank of Russia official EUR/RUB rate (SovCom copy)", SOVCOM,
        "data/eur_quotes.csv", "d6ed80fa7bb73aab0e3438f0caa52a7e264a75d2",
        _CBR_NOTE + "; one row per calendar day, the last rate carried forward",
    ),
    _alitalbi("EURUSD.yahoo-alitalbi", "EURUSD=X", "euro in US dollars", "93084e3e09502e6b95b58d18719569b3aa66d6cb"),
    _alitalbi("STOXX600.yahoo-alitalbi", "^STOXX", "STOXX Europe 600", "d5ebb61377772922b91d951e7f3c8d9fcc3543f2"),
    DatasetSpec(
        "STOXX600.yahoo-finanzas", _Y, _M, "finanzascuantitativasfc__2024-1-data/^STOXX.csv",
        "yahoo", "^STOXX", "Yahoo ^STOXX, STOXX Europe 600 (second download)", FINANZAS,
        "^STOXX.csv", _FIN, _YAHOO_NOTE,
    ),
    DatasetSpec(
        "SPX.yahoo-finanzas", _Y, _P, "finanzascuantitativasfc__2024-1-data/^SPX.csv", "yahoo",
        "^SPX", "Yahoo ^SPX, S&P 500", FINANZAS, "^SPX.csv", _FIN, _YAHOO_NOTE,
    ),
    DatasetSpec(
        "NASDAQ.yahoo-finanzas", _Y, _P, "finanzascuantitativasfc__2024-1-data/^IXIC.csv", "yahoo",
        "^IXIC", "Yahoo ^IXIC, Nasdaq Composite", FINANZAS, "^IXIC.csv", _FIN, _YAHOO_NOTE,
    ),
    _alitalbi("SX5E.yahoo-alitalbi", "^STOXX50E", "Euro Stoxx 50", "3f118296c0f6eff4cc24d0d966c6524830743601"),
    _alitalbi("DAX.yahoo-alitalbi", "^GDAXI", "DAX", "210720c6ff4ace0f4e048acc0ee5714ea3dec246"),
    _alitalbi("FTSE100.yahoo-alitalbi", "^FTSE", "FTSE 100", "d7927e95c42ded6664b8509de69dd7f99bcfc4af"),
    _alitalbi("CAC40.yahoo-alitalbi", "^FCHI", "CAC 40", "ebfdbfe729611946cbc349fe3cc4ded9428dbf16"),
    _alitalbi("DJIA.yahoo-alitalbi", "^DJI", "Dow Jones Industrial Average", "f780c492e22bfaa80f3b7dfd34d83d6138612339"),
    _alitalbi("ES.yahoo-alitalbi", "ES=F", "E-mini S&P 500 futures", "1317b63007fc17f8292b2f649f9fdc9129c71e07"),
    _alitalbi("NQ.yahoo-alitalbi", "NQ=F", "E-mini Nasdaq-100 futures", "5c6c8a0c529b66bc7a8bc697783619100ca97862"),
    _alitalbi("VIX.yahoo-alitalbi", "^VIX", "CBOE Volatility Index", "941406838f8b8a613f95450e8df70f806c1de58a"),
    _alitalbi("US10Y.yahoo-alitalbi", "^TNX", "US 10-year Treasury yield (percent)", "d6336ca303b2d7d4d689ed732d8346b16a65dfb2"),
    _alitalbi("GOLD.yahoo-alitalbi", "GC=F", "COMEX gold front-month futures", "544ba3a9b942f95cd06473623ecf94969927ec88"),
    _alitalbi("NATGAS_US.yahoo-alitalbi", "NG=F", "NYMEX Henry Hub natural gas front-month futures", "517789c115596f434db6da0dbcbfb6a3552ec8b5"),
    _alitalbi("WHEAT.yahoo-alitalbi", "ZW=F", "CBOT wheat front-month futures (US cents per bushel)", "1e10588c037ba32ce79ef34e5c5f519f2c3900dc"),
    _alitalbi("WTI.yahoo-alitalbi", "CL=F", "NYMEX WTI crude front-month futures", "43c8ac55537fdcec6b7e56ede5afa1eda23b3153"),
    DatasetSpec(
        "BRENT.yahoo-ishwarb13", _Y, _P, "ishwarb13__Portfolio-Optimization-Ishwar-Bankar/BZ=F.csv",
        "yahoo", "BZ=F", "Yahoo BZ=F, Brent front-month futures", ISHWAR, "data/BZ=F.csv",
        "0e68dc749ed6450bdedf7ccc5a1415309facf1cd", _YAHOO_NOTE,
    ),
    DatasetSpec(
        "BRENT.eia-datasets", Source.EIA, _P, "datasets__oil-prices/brent-daily.csv", "eia",
        "RBRTE", "EIA Europe Brent spot price FOB (USD per barrel)", OIL, "data/brent-daily.csv",
        _OIL, "an assessed spot price, not a futures settlement",
    ),
    DatasetSpec(
        "WTI.eia-datasets", Source.EIA, _P, "datasets__oil-prices/wti-daily.csv", "eia", "RWTC",
        "EIA Cushing, OK WTI spot price FOB (USD per barrel)", OIL, "data/wti-daily.csv", _OIL,
        "an assessed spot price, not a futures settlement",
    ),
    DatasetSpec(
        "NATGAS_US.eia-datasets", Source.EIA, _P, "datasets__natural-gas/daily.csv", "eia",
        "RNGWHHD", "EIA Henry Hub natural gas spot price (USD per MMBtu)", GAS, "data/daily.csv",
        GAS.head, "an assessed spot price, not a futures settlement",
    ),
    DatasetSpec(
        "BTC.yahoo-alexshch09", _Y, _P, "Alexshch09__Stocks-prices/BTC-USD.csv", "yahoo",
        "BTC-USD", "Yahoo BTC-USD, bitcoin in US dollars", ALEX, "data/BTC-USD.csv",
        ALEX.head, _YAHOO_NOTE + "; seven days a week, UTC days",
    ),
)  # fmt: skip

# Raw files that are metadata, not prices: covered on purpose, not turned into datasets.
METADATA_FILES = {
    "datasets__oil-prices/datapackage.json": "Frictionless data package describing the EIA "
    "oil files (licence ODC-PDDL-1.0); no prices",
}


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _canonical_csv(table: VendorTable) -> bytes:
    lines = [HEADER, *(",".join(row) + "\n" for row in table.rows)]
    return "".join(lines).encode("utf-8")


def _check_coverage(
    raw_dir: Path, datasets: Sequence[DatasetSpec], metadata: Mapping[str, str]
) -> None:
    """Every raw file is a dataset or a metadata file, and every dataset's file exists."""
    if not raw_dir.is_dir():
        raise PriceDataError(f"raw directory not found: {raw_dir}")
    present = {p.relative_to(raw_dir).as_posix() for p in raw_dir.rglob("*") if p.is_file()}
    known = {d.raw for d in datasets} | set(metadata)
    if unknown := sorted(present - known):
        raise PriceDataError(f"raw files with no dataset or metadata entry: {unknown}")
    if missing := sorted(({d.raw for d in datasets} | set(metadata)) - present):
        raise PriceDataError(f"raw files missing from {raw_dir}: {missing}")


def _flag_counts(
    spec: DatasetSpec, series: PriceSeries, primaries: dict[tuple[str, Source], PriceSeries]
) -> tuple[dict[str, int], str]:
    instrument = load_registry().get(spec.instrument)
    flags = list(quality.scan(series, instrument))
    compared = ""
    primary = primaries.get((spec.instrument, spec.vendor))
    if spec.role is Role.MIRROR and primary is not None:
        sessions = [ts.date() for ts in series.frame.index]
        flags += quality.cross_source(primary, series, sessions, MIRROR_TOLERANCE_PCT)
        compared = f"closes compared with {primary.dataset} (tolerance ±{MIRROR_TOLERANCE_PCT:g} %)"
    return quality.counts(flags), compared


def _entry(spec: DatasetSpec, raw: bytes, table: VendorTable, out: bytes) -> dict[str, object]:
    first, last = first_last(table)
    return {
        "instrument": spec.instrument,
        "vendor": str(spec.vendor),
        "role": str(spec.role),
        "ticker": spec.ticker,
        "description": spec.description,
        "file": f"prices/{spec.dataset}.csv",
        "raw": f"raw/{spec.raw}",
        "repository": spec.repo.name,
        "repository_path": spec.path,
        "last_commit": spec.commit,
        "snapshot_head": spec.repo.head,
        "licence": spec.repo.licence,
        "notes": spec.notes,
        "parser": spec.parser,
        "rows": len(table.rows),
        "first_session": first.isoformat() if first else None,
        "last_session": last.isoformat() if last else None,
        "skipped_lines": list(table.skipped),
        "sha256_raw": _sha256(raw),
        "sha256_output": _sha256(out),
        "command": COMMAND,
    }


def build(
    raw_dir: Path,
    out_dir: Path,
    datasets: Sequence[DatasetSpec] = DATASETS,
    metadata: Mapping[str, str] = METADATA_FILES,
) -> dict[str, Any]:
    """Parse every raw file, write data/prices/*.csv and data/manifest.json; return the manifest.

    ``datasets`` and ``metadata`` default to the full table; tests pass a few fixture excerpts.
    """
    _check_coverage(raw_dir, datasets, metadata)
    prices = out_dir / "prices"
    prices.mkdir(parents=True, exist_ok=True)
    entries: dict[str, dict[str, object]] = {}
    primaries: dict[tuple[str, Source], PriceSeries] = {}
    for spec in sorted(datasets, key=lambda d: d.role is Role.MIRROR):
        raw = (raw_dir / spec.raw).read_bytes()
        table = PARSERS[spec.parser](raw.decode("utf-8"), spec.raw)
        out = _canonical_csv(table)
        target = prices / f"{spec.dataset}.csv"
        target.write_bytes(out)
        frame = read_prices(target)
        series = PriceSeries(
            spec.instrument, spec.vendor, frame, "snapshot", spec.description, spec.dataset
        )
        if spec.role is Role.PRIMARY:
            primaries[(spec.instrument, spec.vendor)] = series
        entry = _entry(spec, raw, table, out)
        entry["quality_flags"], entry["compared_with"] = _flag_counts(spec, series, primaries)
        entries[spec.dataset] = entry
    for stale in prices.glob("*.csv"):
        if stale.stem not in entries:
            stale.unlink()
    manifest = {
        "format": 1,
        "command": COMMAND,
        "raw_metadata": {
            f"raw/{name}": {"note": note, "sha256": _sha256((raw_dir / name).read_bytes())}
            for name, note in metadata.items()
        },
        "datasets": {name: entries[name] for name in sorted(entries)},
    }
    text = json.dumps(manifest, indent=1, ensure_ascii=False) + "\n"
    (out_dir / "manifest.json").write_text(text, encoding="utf-8")
    return manifest


def summary(manifest: dict[str, Any]) -> str:
    """A Markdown table: instrument × vendor × dataset × range × rows × flags."""
    lines = [
        "| instrument | vendor | role | dataset | sessions | rows | quality flags |",
        "|---|---|---|---|---|---|---|",
    ]
    datasets = manifest["datasets"]
    assert isinstance(datasets, dict)
    for name, d in sorted(datasets.items(), key=lambda kv: (kv[1]["instrument"], kv[0])):
        flags = ", ".join(f"{k} {v}" for k, v in d["quality_flags"].items()) or "none"
        lines.append(
            f"| {d['instrument']} | {d['vendor']} | {d['role']} | {name} | "
            f"{d['first_session']} to {d['last_session']} | {d['rows']} | {flags} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: build the snapshot, or print the summary table of the built one."""
    parser = argparse.ArgumentParser(
        prog="python -m dashboard.sources.build", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--raw", type=Path, default=DEFAULT_RAW, help="raw vendor files")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="snapshot directory")
    parser.add_argument("--summary", action="store_true", help="print the table from the manifest")
    args = parser.parse_args(argv)
    try:
        if args.summary:
            manifest = json.loads((args.out / "manifest.json").read_text("utf-8"))
        else:
            manifest = build(args.raw, args.out)
            print(f"wrote {len(manifest['datasets'])} datasets to {args.out}", file=sys.stderr)
    except (TapecheckError, OSError, ValueError) as error:
        print(f"snapshot build failed: {error}", file=sys.stderr)
        return 1
    print(summary(manifest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
