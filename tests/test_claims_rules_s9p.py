"""Claim parser rules for wrong-claim guards and measures (session 9, precision), spec by
example in the format of tests/test_claims_examples.py (our own wire-style sentences, not
corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

OVERNIGHT_FUTURES: list[Row] = [
    ("Nasdaq 100 futures rose 0.9% in overnight trading after strong chip earnings.", "2024-06-13",
     ["NQ intraday_extreme up 0.9 percent 2024-06-13"]),
    ("E-mini Dow futures shed 0.6% in overnight trade as traders awaited inflation data.", "2024-06-13",
     ["YM intraday_extreme down 0.6 percent 2024-06-13"]),
]  # fmt: skip

LIMIT_SIZES: list[Row] = [
    ("S&P 500 futures hit their 7% limit down on Sunday evening as virus fears spread.",
     "2020-03-10", ["ES intraday_extreme down 7 percent 2020-03-08"]),
    ("Nasdaq 100 futures sank to their 5% limit-down in overnight trading on Monday.",
     "2020-03-23", ["NQ intraday_extreme down 5 percent 2020-03-23"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OVERNIGHT_FUTURES))
def test_overnight_trading_futures(sentence: str, published: str, expected: list[str]) -> None:
    """Futures moving "in overnight trading" before the cash open make the day's extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LIMIT_SIZES))
def test_limit_moves_are_sizes(sentence: str, published: str, expected: list[str]) -> None:
    """ "their 5% limit down" sizes the move (5%, down), never a level of 5."""
    assert extract(sentence, published) == expected
