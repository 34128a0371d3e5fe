"""The snapshot build: deterministic, covers every raw file, manifest says where data came from."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from dashboard.errors import PriceDataError
from dashboard.instruments import load_registry
from dashboard.sources import build
from dashboard.sources.vendors import PARSERS

FIXTURES = Path(__file__).parent / "fixtures" / "raw"
ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
RAW = ROOT.parent / "shared" / "market-data" / "raw"
FIXTURE_SPECS = tuple(d for d in build.DATASETS if (FIXTURES / d.raw).is_file())

# Row counts stated in shared/market-data/PROVENANCE.md.
PROVENANCE_ROWS = {
    "IMOEX.moex-empenoso": 7185,
    "RTSI.finam-dimitrii1993": 2191,
    "USDRUB.cbr-kirill-murashev": 7231,
    "USDRUB.cbr-sovcom": 7229,
    "EURRUB.cbr-sovcom": 6179,
    "USDRUB.yahoo-alexshch09": 5348,
    "USDRUB.yahoo-maxime-bgn": 2602,
    "BRENT.yahoo-ishwarb13": 3233,
    "BRENT.eia-datasets": 9958,
    "WTI.eia-datasets": 10226,
}


def _manifest() -> dict:  # type: ignore[type-arg]
    return json.loads((DATA / "manifest.json").read_text("utf-8"))


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_fixture_build_is_deterministic(tmp_path: Path) -> None:
    """Building the fixture excerpts twice writes byte-identical files."""
    assert len(FIXTURE_SPECS) == 10
    build.build(FIXTURES, tmp_path / "a", FIXTURE_SPECS, {})
    build.build(FIXTURES, tmp_path / "b", FIXTURE_SPECS, {})
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")


def test_fixture_build_writes_canonical_csv(tmp_path: Path) -> None:
    """The IMOEX excerpt becomes session,open,high,low,close,volume rows, values as written."""
    build.build(FIXTURES, tmp_path, FIXTURE_SPECS, {})
    lines = (tmp_path / "prices" / "IMOEX.moex-empenoso.csv").read_text("utf-8").splitlines()
    assert lines[0] == "session,open,high,low,close,volume"
    assert "2022-02-24,2735.88,2740.31,1681.55,2058.12," in lines


def test_fixture_manifest_entry(tmp_path: Path) -> None:
    """A manifest entry names instrument, vendor, role, provenance, range, checksums, flags."""
    manifest = build.build(FIXTURES, tmp_path, FIXTURE_SPECS, {})
    entry = manifest["datasets"]["RTSI.finam-dimitrii1993"]
    raw = (FIXTURES / "Dimitrii1993__Diplom" / "RTSI.csv").read_bytes()
    out = (tmp_path / "prices" / "RTSI.finam-dimitrii1993.csv").read_bytes()
    assert (entry["instrument"], entry["vendor"], entry["role"]) == ("RTSI", "finam", "primary")
    assert entry["repository"] == "Dimitrii1993/Diplom"
    assert entry["last_commit"] == "467f40a571fd0183fa45306c8f9f760ec5f3cdab"
    assert (entry["rows"], entry["first_session"], entry["last_session"]) == (
        8, "2016-02-24", "2022-03-24"
    )  # fmt: skip
    assert entry["sha256_raw"] == hashlib.sha256(raw).hexdigest()
    assert entry["sha256_output"] == hashlib.sha256(out).hexdigest()
    assert entry["quality_flags"]["holiday_row"] == 1
    assert entry["quality_flags"]["trading_halt_gap"] == 1


def test_mirror_compared_with_its_primary(tmp_path: Path) -> None:
    """The SovCom copy disagrees with the redenominated Kirill series on 1992-07-01 and 1997-12-30."""
    manifest = build.build(FIXTURES, tmp_path, FIXTURE_SPECS, {})
    entry = manifest["datasets"]["USDRUB.cbr-sovcom"]
    assert entry["quality_flags"]["sources_disagree"] == 2
    assert "USDRUB.cbr-kirill-murashev" in entry["compared_with"]


def test_unlisted_raw_file_stops_the_build(tmp_path: Path) -> None:
    """A raw file with no dataset or metadata entry is refused by name."""
    raw = tmp_path / "raw"
    shutil.copytree(FIXTURES, raw)
    (raw / "someone__else").mkdir()
    (raw / "someone__else" / "mystery.csv").write_text("Date,Price\n", "utf-8")
    with pytest.raises(PriceDataError, match=r"mystery\.csv"):
        build.build(raw, tmp_path / "out", FIXTURE_SPECS, {})


def test_table_covers_every_raw_file_once() -> None:
    """30 datasets with distinct raw files and ids; every id's instrument is in the registry."""
    raws = [d.raw for d in build.DATASETS]
    assert len(raws) == len(set(raws)) == 30
    ids = set(load_registry().ids())
    assert all(d.instrument in ids for d in build.DATASETS)
    assert all(d.parser in PARSERS for d in build.DATASETS)


def test_committed_manifest_matches_the_table() -> None:
    """data/manifest.json lists exactly the datasets of the build table, with their raw paths."""
    datasets = _manifest()["datasets"]
    assert {k: v["raw"] for k, v in datasets.items()} == {
        d.dataset: f"raw/{d.raw}" for d in build.DATASETS
    }


def test_committed_files_match_manifest_checksums() -> None:
    """Every data/prices file is present and hashes to its manifest sha256; no stray files."""
    datasets = _manifest()["datasets"]
    files = {p.name for p in (DATA / "prices").glob("*.csv")}
    assert files == {Path(e["file"]).name for e in datasets.values()}
    for entry in datasets.values():
        digest = hashlib.sha256((DATA / entry["file"]).read_bytes()).hexdigest()
        assert digest == entry["sha256_output"], entry["file"]


@pytest.mark.parametrize("dataset,rows", sorted(PROVENANCE_ROWS.items()))
def test_row_counts_match_provenance(dataset: str, rows: int) -> None:
    """The committed manifest's row counts are the ones PROVENANCE.md states."""
    assert _manifest()["datasets"][dataset]["rows"] == rows


def test_committed_snapshot_rebuilds_from_raw() -> None:
    """Parsing ../shared/market-data/raw gives the committed raw and output checksums."""
    if not RAW.is_dir():
        # The raw vendor files are not part of the repository. CI has them beside the clone and
        # sets TAPECHECK_REQUIRE_RAW=1, so there a missing folder fails; elsewhere it is reported
        # as skipped (never as passed).
        message = f"raw vendor files not found at {RAW} (../shared/market-data/raw)"
        if os.environ.get("TAPECHECK_REQUIRE_RAW") == "1":
            pytest.fail(message)
        pytest.skip(message)
    datasets = _manifest()["datasets"]
    for spec in build.DATASETS:
        raw = (RAW / spec.raw).read_bytes()
        table = PARSERS[spec.parser](raw.decode("utf-8"), spec.raw)
        entry = datasets[spec.dataset]
        assert hashlib.sha256(raw).hexdigest() == entry["sha256_raw"], spec.raw
        assert hashlib.sha256(build._canonical_csv(table)).hexdigest() == entry["sha256_output"]


def test_summary_command_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    """--summary prints one Markdown row per dataset from the committed manifest."""
    assert build.main(["--summary", "--out", str(DATA)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 + len(build.DATASETS)
    assert any(
        line.startswith("| BRENT | yahoo | primary | BRENT.yahoo-ishwarb13 |") for line in lines
    )


def test_missing_raw_dir_is_a_clear_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command exits 1 with one line naming the missing raw directory."""
    assert build.main(["--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == 1
    assert "raw directory not found" in capsys.readouterr().err
