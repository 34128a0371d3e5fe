"""The command line: its contract (JSON keys, exit codes) and its error messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.cli import EXIT_ERROR, main
from tests.conftest import ROOT, SEED


def test_missing_file_is_one_line_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    """A path that does not exist exits 2 with one error line and no stdout."""
    assert main(["check", "/no/such/story.txt"]) == EXIT_ERROR
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("error: ")


def test_bad_date_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """An unreadable --published exits 2 and names the value."""
    assert main(["check", str(SEED), "--published", "Friday"]) == EXIT_ERROR
    assert "'Friday'" in capsys.readouterr().err


def test_unknown_vendor_in_prefer_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """--prefer with a vendor that does not exist lists the valid ones."""
    assert main(["check", str(SEED), "--prefer", "USDRUB=reuters"]) == EXIT_ERROR
    assert "cbr" in capsys.readouterr().err


def test_empty_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An empty article exits 2 with a clear message."""
    story = tmp_path / "empty.txt"
    story.write_text("")
    assert main(["check", str(story), "--published", "2022-02-25"]) == EXIT_ERROR
    assert "empty" in capsys.readouterr().err


def test_instruments_lists_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    """`instruments` prints one line per registry entry, MOEX among them."""
    assert main(["instruments"]) == 0
    assert "IMOEX" in capsys.readouterr().out


def test_seed_json_via_python_m() -> None:
    """`python -m dashboard check SEED --format json` prints the 8 claims with the public keys."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "dashboard",
            "check",
            str(SEED.relative_to(ROOT)),
            "--format",
            "json",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    claims = json.loads(done.stdout)
    assert len(claims) == 8
    text = SEED.read_text("utf-8")
    for claim in claims:
        assert text[claim["start"] : claim["end"]] == claim["text"]


def test_prefer_rests_the_verdict_on_the_chosen_vendor(capsys: pytest.CaptureFixture[str]) -> None:
    """--prefer USDRUB=cbr makes the Bank of Russia rate the figure the ruble verdicts rest on."""
    assert main(["check", str(SEED), "--format", "json", "--prefer", "USDRUB=cbr"]) == 0
    rows = [r for r in json.loads(capsys.readouterr().out) if r["instrument"] == "USDRUB"]
    assert rows and all(r["source"] == "cbr" for r in rows)
    assert all("chosen for this check" in r["explanation"] for r in rows)
