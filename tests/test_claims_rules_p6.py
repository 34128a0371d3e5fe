"""Claim parser rules from the blind dev batch r9_1, spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

SESSION_AS_OBJECT: list[Row] = [
    ("The Nikkei finished Tuesday's session up 1.4%.", "2024-06-05",
     ["NIKKEI225 session_change up 1.4 percent 2024-06-04"]),
    ("Brent ended Friday's trading session 2.1% lower.", "2024-06-10",
     ["BRENT session_change down 2.1 percent 2024-06-07"]),
]  # fmt: skip

YEARS_WINDOW: list[Row] = [
    ("The Nikkei doubled in three years.", "2024-06-05",
     ["NIKKEI225 period_change up 100 percent 2024-06-05 since=2021-06-05"]),
    ("Gold has gained 30% over the past two years.", "2024-06-05",
     ["GOLD period_change up 30 percent 2024-06-05 since=2022-06-05"]),
]  # fmt: skip

NOUN_WAS_BIGGEST: list[Row] = [
    ("The Nikkei's 1.4% gain on Tuesday was its biggest in a month.", "2024-06-05",
     ["NIKKEI225 session_change up 1.4 percent 2024-06-04",
      "NIKKEI225 biggest_move up 2024-06-04 since=2024-05-04"]),
    ("Brent's 4% drop was its steepest one-day fall since March.", "2024-06-05",
     ["BRENT session_change down 4 percent 2024-06-05",
      "BRENT biggest_move down 2024-06-05 since=2024-03-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SESSION_AS_OBJECT))
def test_session_as_object(sentence: str, published: str, expected: list[str]) -> None:
    """ "finished Tuesday's session up 1.4%": the session a close verb ends dates the move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(YEARS_WINDOW))
def test_years_window(sentence: str, published: str, expected: list[str]) -> None:
    """ "in three years", "over the past two years": a window of that many years."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NOUN_WAS_BIGGEST))
def test_noun_was_biggest(sentence: str, published: str, expected: list[str]) -> None:
    """ "X's 1.4% gain on Tuesday was its biggest in a month": the sized move and a biggest move."""
    assert extract(sentence, published) == expected
