"""Claim parser rules for lists and pairing ("respectively", "the former / the latter"), spec
by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

UNIT_AFTER_PRICE: list[Row] = [
    # (session 23: a price "touched" is the day's extreme, README `intraday_extreme`: "touched")
    ("Copper touched $4.90 a pound on Tuesday, the latter a record.", "2024-05-22",
     ["COPPER intraday_extreme up 2024-05-21 level=4.9"]),
    ("Platinum and copper hit $1,040 an ounce and $4.90 a pound, respectively, on Tuesday, "
     "the former its highest since 2021 and the latter a record.", "2024-05-22",
     ["PLATINUM intraday_extreme up 2024-05-21 level=1040",
      "COPPER intraday_extreme up 2024-05-21 level=4.9",
      "PLATINUM record up 2024-05-21 level=1040 since=2021-01-01",
      "COPPER record up 2024-05-21 level=4.9"]),
    ("Gold and copper touched $2,400 per ounce and $4.85 per pound on Tuesday, respectively.",
     "2024-05-22",
     ["GOLD level none 2024-05-21 level=2400", "COPPER level none 2024-05-21 level=4.85"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNIT_AFTER_PRICE))
def test_unit_after_price(sentence: str, published: str, expected: list[str]) -> None:
    """A unit after a price ("$4.90 a pound") is never a subject and belongs to its price."""
    assert extract(sentence, published) == expected


SHARED_WINDOW: list[Row] = [
    ("The Dow rose 1% and the S&P 500 0.8% this week.", "2024-05-24",
     ["DJIA period_change up 1 percent 2024-05-24 since=2024-05-20",
      "SPX period_change up 0.8 percent 2024-05-24 since=2024-05-20"]),
    ("Gold rose 1% and silver 2% this week.", "2024-05-24",
     ["GOLD period_change up 1 percent 2024-05-24 since=2024-05-20",
      "SILVER period_change up 2 percent 2024-05-24 since=2024-05-20"]),
    ("The Dow rose 1% on Friday and the S&P 500 0.8% this week.", "2024-05-24",
     ["DJIA session_change up 1 percent 2024-05-24",
      "SPX period_change up 0.8 percent 2024-05-24 since=2024-05-20"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHARED_WINDOW))
def test_window_closing_gapped_clause(sentence: str, published: str, expected: list[str]) -> None:
    """A window closing a gapped clause is the shared verb's window unless the first has a time."""
    assert extract(sentence, published) == expected


DAYS_IN_TURN: list[Row] = [
    ("Japan's Nikkei sank 12.4% and jumped 10.2% on Monday and Tuesday, respectively.",
     "2024-08-06",
     ["NIKKEI225 session_change down 12.4 percent 2024-08-05",
      "NIKKEI225 session_change up 10.2 percent 2024-08-06"]),
    ("The Dow fell 1% and the Nasdaq 2% on Monday and Tuesday, respectively.", "2024-08-06",
     ["DJIA session_change down 1 percent 2024-08-05",
      "NASDAQ session_change down 2 percent 2024-08-06"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAYS_IN_TURN))
def test_days_in_turn(sentence: str, published: str, expected: list[str]) -> None:
    """Two moves closed by "on <day> and <day>, respectively" each take their own day."""
    assert extract(sentence, published) == expected
