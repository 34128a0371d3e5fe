"""Claim parser rules from the p4 round: moves pared or erased before a later state, spec by
example in the format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

PARED_NOUN: list[Row] = [
    ("Copper erased early gains of as much as 1.8% to trade 0.3% lower at $9,410 a tonne.",
     "2024-03-21",
     ["COPPER intraday_extreme up 1.8 percent as_much_as 2024-03-21",
      "COPPER intraday_change down 0.3 percent 2024-03-21 level=9410"]),
    ("The two-year Treasury yield pared an earlier rise of 9 basis points to stand 4 basis "
     "points higher at 4.61%.", "2024-03-21",
     ["US2Y intraday_extreme up 9 bp 2024-03-21",
      "US2Y intraday_change up 4 bp 2024-03-21 level=4.61"]),
    ("The Nasdaq closed 0.6% higher on Tuesday, though it pared an initial jump of more "
     "than 2%.", "2024-03-19",
     ["NASDAQ session_change up 0.6 percent 2024-03-19",
      "NASDAQ intraday_extreme up 2 percent more_than 2024-03-19"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARED_NOUN))
def test_pared_move_noun_is_extreme(sentence: str, published: str, expected: list[str]) -> None:
    """ "pared an earlier rise of 4%", "erased early gains of 2%": the noun's move is the extreme."""
    assert extract(sentence, published) == expected
