"""Claim parser rules from the r14_1 blind batch (cross-asset desk stories), spec by example in
the format of tests/test_claims_examples.py (our own wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

WORD_BASIS_POINTS: list[Row] = [
    ("The two-year yield fell 3 basis points, while the five-year yield added a basis point.", "2024-06-21",
     ["US2Y session_change down 3 bp 2024-06-21",
      "US5Y session_change up 1 bp 2024-06-21"]),
    ("Germany's 10-year Bund yield slipped half a basis point on Friday.", "2024-06-21",
     ["DE10Y session_change down 0.5 bp 2024-06-21"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WORD_BASIS_POINTS))
def test_a_basis_point_in_words(sentence: str, published: str, expected: list[str]) -> None:
    """'a basis point' / 'half a basis point' is a size of 1 / 0.5 bp."""
    assert extract(sentence, published) == expected


OFFSHORE_YUAN_COUNTER: list[Row] = [
    ("The dollar was up 0.2% at 7.1810 yuan in offshore trading on Tuesday.", "2024-06-18",
     ["USDCNH intraday_change up 0.2 percent 2024-06-18 level=7.181"]),
    ("The dollar rose 0.2% to 7.1810 yuan on Tuesday.", "2024-06-18",
     ["USDCNY session_change up 0.2 percent 2024-06-18 level=7.181"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OFFSHORE_YUAN_COUNTER))
def test_a_yuan_counter_in_offshore_trade(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A dollar level in yuan read 'in offshore trade' is the offshore yuan (CNH)."""
    assert extract(sentence, published) == expected


FRONTED_CLOCK: list[Row] = [
    ("By 0630 GMT, Brent had risen 0.8% to $82.10 a barrel and U.S. crude had gained 0.9%.",
     "2024-06-18",
     ["BRENT intraday_change up 0.8 percent 2024-06-18 level=82.1",
      "WTI intraday_change up 0.9 percent 2024-06-18"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_CLOCK))
def test_a_fronted_clock_time_is_intraday(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A clock time fronted before the subject ('By 0630 GMT, ...') makes the moves intraday."""
    assert extract(sentence, published) == expected
