"""The refresh command: live series written in the snapshot's schema, manifest updated."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pandas as pd
import pytest
import yfinance

from dashboard.domain import Source
from dashboard.instruments import load_registry
from dashboard.prices import PriceSource
from dashboard.sources.cbr import CbrSource
from dashboard.sources.moex import MoexSource
from dashboard.sources.refresh import Outcome, refresh
from dashboard.sources.snapshot import SnapshotSource
from dashboard.sources.yahoo import YahooSource

ROOT = Path(__file__).resolve().parent.parent
LIVE = Path(__file__).parent / "fixtures" / "live"
FETCHED = datetime(2026, 11, 25, 22, 0, tzinfo=UTC)


def _network(url: str) -> bytes:
    if "cbr.ru" in url:
        return (LIVE / "cbr_dynamic_R01235_2022-02-22_03-01.xml").read_bytes()
    if "USD000UTSTOM" in url:
        return (LIVE / "moex_usd000utstom_empty.json").read_bytes()
    start = int(parse_qs(urlsplit(url).query)["start"][0])
    return (LIVE / f"moex_imoex_page{start // 2}.json").read_bytes()


def _download(tickers: list[str], **kwargs: Any) -> pd.DataFrame:
    path = LIVE / "yahoo_download_2022-02-22_28.csv"
    return pd.read_csv(path, header=[0, 1], index_col=0, parse_dates=True)


def _vendors() -> dict[Source, PriceSource]:
    today = lambda: date(2022, 3, 31)  # noqa: E731
    return {
        Source.MOEX: MoexSource(fetch=_network, today=today),
        Source.CBR: CbrSource(fetch=_network, today=today),
        Source.YAHOO: YahooSource(),
    }


@dataclass(frozen=True)
class Run:
    """One refresh into a fresh folder (run once for the module: quality scans are slow)."""

    out: Path
    outcome: Outcome


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    """Refresh IMOEX, USD/RUB and Brent into a folder whose manifest has the IMOEX primary."""
    folder = tmp_path_factory.mktemp("data")
    bundled = json.loads((ROOT / "data" / "manifest.json").read_text("utf-8"))
    old = bundled["datasets"]["IMOEX.moex-empenoso"]  # the bundled entry, its file not copied
    manifest = {"format": 1, "datasets": {"IMOEX.moex-empenoso": old}}
    (folder / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    registry = load_registry()
    wanted = [registry.get(i) for i in ("IMOEX", "USDRUB", "BRENT")]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TAPECHECK_CACHE", str(folder.parent / "cache"))
        patch.setattr(yfinance, "set_tz_cache_location", lambda path: None)
        patch.setattr(yfinance, "download", _download)
        yield Run(folder, refresh(folder, wanted, _vendors(), clock=lambda: FETCHED))


def test_writes_live_datasets_and_lists_failures(run: Run) -> None:
    """Four datasets written; the exchange rouble (no rows) is one failure line."""
    outcome = run.outcome
    assert sorted(outcome.written) == [
        "BRENT.yahoo-live",
        "IMOEX.moex-live",
        "USDRUB.cbr-live",
        "USDRUB.yahoo-live",
    ]
    (failure,) = outcome.failures
    assert failure.startswith("USDRUB from MOEX ISS") and "USD000UTSTOM" in failure


def test_csv_rows_in_the_snapshot_schema(run: Run) -> None:
    """Header and rows as the snapshot writes them; the 24 Feb 2022 IMOEX row digit for digit."""
    out = run.out
    lines = (out / "prices" / "IMOEX.moex-live.csv").read_text("utf-8").splitlines()
    assert lines[0] == "session,open,high,low,close,volume"
    assert "2022-02-24,2735.88,2740.31,1681.55,2058.12," in lines
    cbr = (out / "prices" / "USDRUB.cbr-live.csv").read_text("utf-8").splitlines()
    assert "2022-02-25,,,,86.9288," in cbr


def test_manifest_entry_and_demoted_primary(run: Run) -> None:
    """The live dataset is primary with a matching sha256; the old primary becomes a mirror."""
    out = run.out
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    entry = manifest["datasets"]["IMOEX.moex-live"]
    data = (out / "prices" / "IMOEX.moex-live.csv").read_bytes()
    assert entry["sha256_output"] == hashlib.sha256(data).hexdigest()
    assert entry["role"] == "primary" and entry["fetched_at"] == "2026-11-25T22:00:00+00:00"
    assert (entry["first_session"], entry["last_session"], entry["rows"]) == (
        "2022-02-21",
        "2022-03-24",
        5,
    )
    assert manifest["datasets"]["IMOEX.moex-empenoso"]["role"] == "mirror"


def test_snapshot_source_reads_the_refresh(run: Run) -> None:
    """SnapshotSource serves the refreshed file as IMOEX's MOEX series."""
    out = run.out
    (series,) = SnapshotSource(out).series(load_registry().get("IMOEX"))
    assert series.dataset == "IMOEX.moex-live" and series.source is Source.MOEX
    assert series.frame.loc["2022-02-24", "low"] == 1681.55
