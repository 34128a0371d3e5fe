"""Claim parser rules from session 12 (lead): a span before the words after it ("two months
after touching a record", "less than two weeks after ... on Dec. 18"). Spec by example in the
format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

SPANS_AFTER: list[Row] = [
    ("Gold fell 1.2% on Tuesday, two months after touching a record $2,790 an ounce.",
     "2024-12-31",
     ["GOLD session_change down 1.2 percent 2024-12-31",
      "GOLD intraday_extreme up 2024-10-31 level=2790",
      "GOLD record up 2024-10-31 level=2790"]),
    ("Cocoa slid 3% on Monday, less than two weeks after touching a record $12,931 a tonne on Dec. 18.",
     "2024-12-30",
     ["COCOA session_change down 3 percent 2024-12-30",
      "COCOA intraday_extreme up 2024-12-18 level=12931",
      "COCOA record up 2024-12-18 level=12931"]),
    ("Palladium dropped 4% on Friday, a week after it hit a record $3,440 an ounce.",
     "2022-03-11",
     ["PALLADIUM session_change down 4 percent 2022-03-11",
      "PALLADIUM intraday_extreme up 2022-03-04 level=3440",
      "PALLADIUM record up 2022-03-04 level=3440"]),
    ("The yen weakened to 157.40 per dollar on Thursday, four sessions after it touched 161.95, its weakest since 1986.",
     "2024-07-11",
     ["USDJPY level down 2024-07-11 inverse level=157.4",
      "USDJPY intraday_extreme down 2024-07-05 inverse level=161.95",
      "USDJPY record down 2024-07-05 inverse level=161.95 since=1986-01-01"]),
    ("Brent shed 2% on Wednesday, 10 days after it touched a two-year high of $94.60 a barrel.",
     "2023-10-04",
     ["BRENT session_change down 2 percent 2023-10-04",
      "BRENT intraday_extreme up 2023-09-24 level=94.6",
      "BRENT record up 2023-09-24 level=94.6 since=2021-09-24"]),
    ("Silver eased 1.5% on Friday, just days after touching a 12-year high of $34.87 an ounce.",
     "2024-10-25",
     ["SILVER session_change down 1.5 percent 2024-10-25"]),
    ("Bitcoin slipped 2% on Friday, barely a week after it hit a record of about $108,000.",
     "2024-12-27",
     ["BTC session_change down 2 percent 2024-12-27"]),
    ("The Nifty gave up 0.8% on Thursday, its biggest fall in seven months after a rate decision.",
     "2024-06-06",
     ["NIFTY50 session_change down 0.8 percent 2024-06-06",
      "NIFTY50 biggest_move down 2024-06-06 since=2023-11-06"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SPANS_AFTER))
def test_a_span_before_the_words_after_it(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A counted span ("two months", "a week", "four sessions", "10 days") puts the words after
    it that long before the clause's day; a vague one ("just days", "barely a week") only with a
    date of their own; "in seven months after" is a look-back, not a span."""
    assert extract(sentence, published) == expected
