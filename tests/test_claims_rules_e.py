"""Claim parser rules for live-blog intraday reporting (states at the time of writing, opens and
closes, times of day), spec by example in the format of tests/test_claims_examples.py (our own
wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

SIGN_CROSSED: list[Row] = [
    ("The FTSE 100 slipped into the red in early trade.", "2024-03-12",
     ["FTSE100 intraday_change down 2024-03-12"]),
    ("The Hang Seng turned positive by midday.", "2024-03-12",
     ["HSI intraday_change up 2024-03-12"]),
    ("The CAC 40 dipped into negative territory at the open before closing 0.4% higher.",
     "2024-03-12",
     ["CAC40 open_move down 2024-03-12", "CAC40 session_change up 0.4 percent 2024-03-12"]),
]  # fmt: skip

TIMES_OF_DAY: list[Row] = [
    ("Brent rose 1.2% by mid-afternoon.", "2024-03-12",
     ["BRENT intraday_change up 1.2 percent 2024-03-12"]),
    ("The DAX was down 0.6% shortly after noon.", "2024-03-12",
     ["DAX intraday_change down 0.6 percent 2024-03-12"]),
    ("Copper slipped 0.8% by early afternoon in London.", "2024-03-12",
     ["COPPER intraday_change down 0.8 percent 2024-03-12"]),
]  # fmt: skip

UNDONE_AND: list[Row] = [
    ("The Nikkei erased its early gains and turned negative in afternoon trade.", "2024-03-12",
     ["NIKKEI225 intraday_change down 2024-03-12"]),
]  # fmt: skip

UNSIZED_LEVEL_BY_TIME: list[Row] = [
    ("The yen weakened to 151.2 per dollar by late morning.", "2024-03-12",
     ["USDJPY level down 2024-03-12 inverse level=151.2"]),
]  # fmt: skip

RELATIONS: list[Row] = [
    ("The gap between two- and 10-year Treasury yields turned negative on Tuesday.", "2024-03-12",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SIGN_CROSSED))
def test_sign_crossed(sentence: str, published: str, expected: list[str]) -> None:
    """'into the red', 'into negative territory', 'turned positive' give the way of the move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TIMES_OF_DAY))
def test_times_of_day(sentence: str, published: str, expected: list[str]) -> None:
    """'by mid-afternoon', 'shortly after noon', 'by early afternoon' are states in the day."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNDONE_AND))
def test_undone_and(sentence: str, published: str, expected: list[str]) -> None:
    """'erased its early gains and turned negative': the subject reaches the second verb."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNSIZED_LEVEL_BY_TIME))
def test_unsized_level_by_time(sentence: str, published: str, expected: list[str]) -> None:
    """A level with no size stays a level claim when a time of day is named."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RELATIONS))
def test_relations(sentence: str, published: str, expected: list[str]) -> None:
    """'the gap between two- and 10-year yields' is a relation, not a claim on either yield."""
    assert extract(sentence, published) == expected
