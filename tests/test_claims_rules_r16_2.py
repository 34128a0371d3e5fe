"""Claim parser rules for levels reached and left within a day; spec by example in the format
of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

LEVEL_BEYOND_CLOSE: list[Row] = [
    ("Gold climbed to $2,450 an ounce on Tuesday before ending 0.4% higher at $2,431.",
     "2024-05-21",
     ["GOLD intraday_extreme up 2024-05-21 level=2450",
      "GOLD session_change up 0.4 percent 2024-05-21 level=2431"]),
    ("The two-year Treasury yield dropped to 4.61% on Monday, but a rally in oil left it 3 "
     "basis points higher at 4.75%.", "2024-04-15",
     ["US2Y intraday_extreme down 2024-04-15 level=4.61",
      "US2Y session_change up 3 bp 2024-04-15 level=4.75"]),
    ("The rupee recovered 0.3% to 83.10 per dollar on Friday after the dollar had earlier "
     "climbed to 83.45 rupees.", "2023-10-20",
     ["USDINR session_change up 0.3 percent 2023-10-20 inverse level=83.1",
      "USDINR intraday_extreme up 2023-10-20 level=83.45"]),
    ("Brent rose to $90 on Thursday and WTI settled 1% lower at $85.", "2024-04-11",
     ["BRENT level up 2024-04-11 level=90",
      "WTI session_change down 1 percent 2024-04-11 level=85"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEVEL_BEYOND_CLOSE))
def test_level_beyond_close(sentence: str, published: str, expected: list[str]) -> None:
    """A level reached, then a close on its other side ("before ending ... at"), is the extreme."""
    assert extract(sentence, published) == expected
