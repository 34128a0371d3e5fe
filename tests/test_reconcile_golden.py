"""Golden answers: the reconciler against hand-derived verdicts and figures on the snapshot.

The expected values in tests/golden/*.json were computed from the snapshot rows with the
calculator in tests/golden/author_cases.py, never by the reconciler. These tests only compare.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from dashboard.domain import Article, Claim, Direction, Hedge, Measure, Reconciliation, Unit
from dashboard.reconcile import reconcile
from tests.reconcile_data import book, using_snapshot

GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = json.loads((GOLDEN / "cases.json").read_text("utf-8"))["cases"]
SEED = json.loads((GOLDEN / "seed.json").read_text("utf-8"))["cases"]
ARTICLE = Article(text="", published=pd.Timestamp("2022-02-25"))


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def to_claim(fields: dict[str, Any]) -> Claim:
    """A Claim from a golden case's ``claim`` fields."""
    return Claim(
        text=fields["text"],
        start=0,
        end=len(fields["text"]),
        instrument=fields["instrument"],
        subject=fields["text"],
        measure=Measure(fields["measure"]),
        direction=Direction(fields["direction"]),
        size=fields["size"],
        unit=None if fields["unit"] is None else Unit(fields["unit"]),
        hedge=Hedge(fields["hedge"]),
        level=fields["level"],
        session=_day(fields["session"]),
        since=_day(fields["since"]),
        inverse=fields["inverse"],
    )


def check(case: dict[str, Any]) -> Reconciliation:
    """Reconcile one golden case on the snapshot and compare every expected field."""
    claim = to_claim(case["claim"])
    (result,) = reconcile([claim], book(claim.instrument), ARTICLE)
    where = f"{case['id']}: {result.explanation}"
    assert result.verdict.value == case["verdict"], where
    if case["observed"] is None:
        assert result.observed is None, where
    else:
        assert result.observed is not None, where
        assert result.observed == pytest.approx(case["observed"], abs=0.0051), where
    if case["source"] is not None:
        assert result.source is not None and result.source.value == case["source"], where
    if case["sessions"]:
        assert [d.isoformat() for d in result.sessions] == case["sessions"], where
    flags = {f.flag.value for f in result.flags}
    assert set(case["flags"]) <= flags, where
    assert result.explanation, where
    return result


def test_golden_files_read_the_committed_snapshot() -> None:
    """The golden answers are checked against data/ (the snapshot), not the shared raw files."""
    assert using_snapshot()


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_case(case: dict[str, Any]) -> None:
    """Each hand-derived case gets its verdict, observed figure, source, sessions and flags."""
    check(case)


@pytest.mark.parametrize("case", SEED, ids=[c["id"] for c in SEED])
def test_seed_claim(case: dict[str, Any]) -> None:
    """The seed article's 8 claims come out as issue 2's table says."""
    check(case)


def test_golden_cases_cover_every_measure_with_60_or_more() -> None:
    """The golden file holds at least 60 cases and every Measure appears in it."""
    measures = {c["claim"]["measure"] for c in CASES}
    assert len(CASES) >= 60
    assert measures == {m.value for m in Measure}
