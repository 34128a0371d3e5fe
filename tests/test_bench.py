"""The benchmark command: its table and JSON output, and how it treats the splits."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from dashboard.claims.bench import load_split, main
from dashboard.domain import Claim, Direction, Measure, Unit
from dashboard.errors import InputError

CORPUS = Path(__file__).resolve().parent / "corpus"
FIELD_ROW = r"  {name:<28} +\d\.\d{{3}} +\d\.\d{{3}} +\d\.\d{{3}} +\d+ +\d+ +\d+"


def _row(row_id: str, text: str, claims: list[dict[str, object]]) -> str:
    return json.dumps({"id": row_id, "text": text, "published": "2022-02-25", "claims": claims})


def _gold(instrument: str, size: float) -> dict[str, object]:
    return {
        "instrument": instrument,
        "measure": "session_change",
        "direction": "down",
        "size": size,
        "unit": "percent",
        "hedge": "exact",
        "session": "2022-02-25",
        "inverse": False,
        "level": None,
        "since": None,
    }


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A two-split corpus: tuned has two sentences (one without claims), heldout one."""
    (tmp_path / "tuned").mkdir()
    (tmp_path / "heldout").mkdir()
    tuned = [
        _row("g-001", "Brent fell 2%.", [_gold("BRENT", 2.0)]),
        _row("g-002", "Troops moved.", []),
    ]
    (tmp_path / "tuned" / "g.jsonl").write_text("\n".join(tuned) + "\n")
    held = _row("g-003", "The DAX fell 4%.", [_gold("DAX", 4.0)])
    (tmp_path / "heldout" / "g.jsonl").write_text(held + "\n")
    return tmp_path


def fake_extract(text: str, published: date) -> Sequence[Claim]:
    """Finds Brent right, misreads the DAX's size, and raises a false alarm on troops."""
    found = {"Brent": ("BRENT", 2.0), "DAX": ("DAX", 3.0), "Troops": ("GOLD", 1.0)}
    return tuple(
        Claim(
            text,
            0,
            len(text),
            inst,
            word,
            Measure.SESSION_CHANGE,
            Direction.DOWN,
            size,
            Unit.PERCENT,
            session=published,
        )
        for word, (inst, size) in found.items()
        if word in text
    )


def test_table_lists_every_field_the_claim_row_and_speed(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The table has a header, five field rows, a claim row, extra fields, groups and speed."""
    assert main(["--corpus", str(corpus), "--repeats", "2"], extract=fake_extract) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "split tuned: 2 sentences, 1 gold claims, 2 predicted, 0 extraction errors, "
        "1 false-alarm sentences\n"
    )
    for name in ("instrument", "direction", "size", "measure", "session", "claim", "(hedge)"):
        assert re.search(FIELD_ROW.format(name=re.escape(name)), out), name
    assert "  " + "claim".ljust(28) + "     0.500   1.000  0.667     1     2     1" in out
    assert re.search(r"speed: [\d,]+ sentences/s \(extraction only, median of 2 passes\)", out)
    assert "heldout" not in out


def test_json_has_per_split_fields_and_hand_computed_scores(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--split both --json gives each split's counts; the held-out DAX size miss costs size only."""
    argv = ["--corpus", str(corpus), "--split", "both", "--json", "--repeats", "1"]
    assert main(argv, extract=fake_extract) == 0
    report = json.loads(capsys.readouterr().out)["splits"]
    assert set(report) == {"tuned", "heldout"}
    held = report["heldout"]
    assert held["sentences"] == 1 and held["extraction_errors"] == 0
    assert held["fields"]["instrument"] == {
        "tp": 1,
        "predicted": 1,
        "gold": 1,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    assert held["fields"]["size"]["tp"] == 0
    assert held["claim"]["tp"] == 0
    assert set(held["fields"]) == {"instrument", "direction", "size", "measure", "session"}
    assert set(held["extra_fields"]) == {"hedge", "level", "since"}
    assert held["groups"]["g"]["gold"] == 1
    assert held["sentences_per_second"] > 0


def test_a_crashing_parser_is_counted_not_fatal(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An exception from the extractor counts as an error with no predictions; exit stays 0."""

    def broken(text: str, published: date) -> Sequence[Claim]:
        raise RuntimeError(text)

    assert main(["--corpus", str(corpus), "--json", "--repeats", "1"], extract=broken) == 0
    tuned = json.loads(capsys.readouterr().out)["splits"]["tuned"]
    assert tuned["extraction_errors"] == 2
    assert tuned["predicted_claims"] == 0


def test_misses_lists_wrong_sentences_on_tuned_only(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--misses prints the false-alarm sentence with gold and predicted; it refuses heldout."""
    assert main(["--corpus", str(corpus), "--misses", "--repeats", "1"], extract=fake_extract) == 0
    out = capsys.readouterr().out
    assert "g-002 (2022-02-25): Troops moved." in out
    assert "    pred GOLD session_change down 1 percent exact session=2022-02-25" in out
    assert "g-001" not in out.split("speed:")[1]
    with pytest.raises(InputError, match="tuned split only"):
        main(["--corpus", str(corpus), "--misses", "--split", "heldout"], extract=fake_extract)


def test_missing_corpus_is_a_clear_input_error(tmp_path: Path) -> None:
    """A corpus folder without the split is reported by path."""
    with pytest.raises(InputError, match="no corpus split"):
        main(["--corpus", str(tmp_path)], extract=fake_extract)


def test_real_corpus_runs_against_the_current_parser(capsys: pytest.CaptureFixture[str]) -> None:
    """The shipped tuned split runs end to end with the real extract_claims; exit code 0."""
    assert main(["--repeats", "1"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"split tuned: {len(load_split(CORPUS, 'tuned'))} sentences")


def test_tally_counts_what_is_not_right_without_any_sentence(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--tally counts missed and wrong claims by measure on both splits and prints no text."""
    args = ["--corpus", str(corpus), "--tally", "--split", "both", "--repeats", "1"]
    assert main(args, extract=fake_extract) == 0
    out = capsys.readouterr().out.split("speed:")[-1]
    assert "split tuned: not right, by measure (no sentence is shown)" in out
    assert "  missed gold: none\n  wrong predicted: session_change 1" in out  # the troops alarm
    assert "split heldout: not right, by measure (no sentence is shown)" in out
    assert "  missed gold: session_change 1\n  wrong predicted: session_change 1" in out  # DAX
    assert "Troops" not in out and "DAX fell" not in out
