"""Metamorphic checks: rewrites of correctly parsed corpus sentences whose effect on the claims
is known in advance (none, or one measure) must have exactly that effect."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from pathlib import Path

import pytest

from dashboard.claims import extract_claims
from dashboard.claims.bench_corpus import Label, Row, load_split
from dashboard.claims.sentences import dateline_date
from dashboard.domain import Hedge, Measure
from dashboard.instruments import load_registry

REGISTRY = load_registry()
TESTS = Path(__file__).parent
OPENERS = ("Meanwhile, ", "Elsewhere, ", "In other markets, ", "Separately, ", "Still, ")
TAILS = (", traders said.", ", according to exchange data.", ", dealers said.")
_LOWER_FIRST = {"The", "At", "Against", "For", "In", "On", "By", "With", "After", "A", "An"}
_MOVE = re.compile(r"\b(?P<verb>[a-z]+) (?P<size>\d+(?:\.\d+)?%)")


def _labels(text: str, row: Row) -> Counter[Label]:
    return Counter(Label.from_claim(c) for c in extract_claims(text, row.published, REGISTRY))


def _right_rows() -> list[Row]:
    """Rows of the tuned corpus and the development corpus that the parser gets fully right."""
    rows = load_split(TESTS / "corpus", "tuned") + load_split(TESTS / "corpus_dev", "tuned")
    return [r for r in rows if r.claims and _labels(r.text, r) == Counter(r.claims)]


RIGHT = _right_rows()


def _opened(text: str, opener: str) -> str:
    first = text.split()[0]
    return opener + (text[0].lower() + text[1:] if first in _LOWER_FIRST else text)


@pytest.mark.parametrize("opener", OPENERS)
def test_an_opening_transition_changes_no_claim(opener: str) -> None:
    """ "Meanwhile, against the euro, the rouble slid": a transition leaves every claim as it was
    (sentences that open with a dateline keep it first, so they are left out)."""
    rows = [r for r in RIGHT if dateline_date(r.text, r.published) is None]
    changed = [r.id for r in rows if _labels(_opened(r.text, opener), r) != Counter(r.claims)]
    assert len(rows) > 2000 and changed == []


@pytest.mark.parametrize("ending", TAILS)
def test_an_attribution_changes_no_claim(ending: str) -> None:
    """ "..., traders said.": an attribution at the end leaves every claim as it was."""
    rows = [r for r in RIGHT if r.text.endswith(".") and not r.text.endswith('."')]
    changed = [r.id for r in rows if _labels(r.text[:-1] + ending, r) != Counter(r.claims)]
    assert len(rows) > 2000 and changed == []


def _one_sized_move(row: Row) -> re.Match[str] | None:
    """The verb and percent size of a row's only claim, a close, right after its subject."""
    claim = row.claims[0]
    if len(row.claims) != 1 or claim.measure is not Measure.SESSION_CHANGE:
        return None
    if claim.unit is None or claim.unit.value != "percent" or claim.hedge is not Hedge.EXACT:
        return None
    found = list(_MOVE.finditer(row.text))
    if len(found) != 1 or not found[0].group("verb").endswith("ed") or claim.level is not None:
        return None
    subject = extract_claims(row.text, row.published, REGISTRY)[0].subject
    return found[0] if row.text[: found[0].start()].rstrip().endswith(subject) else None


def test_a_brief_sized_move_is_the_days_extreme() -> None:
    """ "briefly plunged 9.2%": each one-move sentence rewritten this way states the day's extreme."""
    checked, changed = 0, []
    for row in RIGHT:
        move = _one_sized_move(row)
        if move is None:
            continue
        text = row.text[: move.start()] + "briefly " + row.text[move.start() :]
        want = dataclasses.replace(row.claims[0], measure=Measure.INTRADAY_EXTREME)
        checked += 1
        if _labels(text, row) != Counter([want]):
            changed.append(row.id)
    assert checked > 25 and changed == []
