"""Claim parser rules for days counted back from a clause's opening words ("; a week earlier
the gauge had closed below 12"), dated records named as reference points ("up from Monday's
17-month low of 101.95"), move nouns that rename a move in other units whatever its part of
the day, and grain quotes with spaced fractions and cent-sized move nouns; spec by example in
the format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

DAYS_COUNTED_BACK: list[Row] = [
    ("The Hang Seng slid 1.8% on Wednesday; a day earlier the index had gained 2.3%.",
     "2024-03-13",
     ["HSI session_change down 1.8 percent 2024-03-13",
      "HSI session_change up 2.3 percent 2024-03-12"]),
    ("Brent settled 2.1% higher at $84.03 a barrel on Wednesday; a week earlier it had closed "
     "below $80.", "2024-03-13",
     ["BRENT session_change up 2.1 percent 2024-03-13 level=84.03",
      "BRENT level none 2024-03-06 level=80"]),
    ("The yen weakened to 149.9 per dollar on Wednesday, and the previous session it had "
     "touched 146.5.", "2024-03-13",
     ["USDJPY level down 2024-03-13 inverse level=149.9",
      "USDJPY intraday_extreme down 2024-03-12 inverse level=146.5"]),
    ("Copper fell 1.4% on Wednesday, but two sessions earlier the metal had jumped 3%.",
     "2024-03-13",
     ["COPPER session_change down 1.4 percent 2024-03-13",
      "COPPER session_change up 3 percent 2024-03-11"]),
    ("Gold rose 0.8% on Wednesday and had fallen 1.1% a day earlier.", "2024-03-13",
     ["GOLD session_change up 0.8 percent 2024-03-13",
      "GOLD session_change down 1.1 percent 2024-03-12"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAYS_COUNTED_BACK))
def test_days_counted_back(sentence: str, published: str, expected: list[str]) -> None:
    """ "; a week earlier it had closed below $80": the clause's day counts back from the last."""
    assert extract(sentence, published) == expected


REFERENCE_RECORDS: list[Row] = [
    ("The euro rose 0.4% to $1.0950 on Wednesday, well above Monday's four-month low of "
     "$1.0720.", "2024-03-13",
     ["EURUSD session_change up 0.4 percent 2024-03-13 level=1.095",
      "EURUSD record down 2024-03-11 level=1.072 since=2023-11-11"]),
    ("Natural gas futures climbed 5% to $2.10 per mmBtu on Wednesday, pulling away from "
     "Monday's 40-month low of $1.81.", "2024-03-13",
     ["NATGAS_US session_change up 5 percent 2024-03-13 level=2.1",
      "NATGAS_US record down 2024-03-11 level=1.81 since=2020-11-11"]),
    ("The lira firmed to 31.9 per dollar on Wednesday, up from Tuesday's record low of 32.4.",
     "2024-03-13",
     ["USDTRY level up 2024-03-13 inverse level=31.9",
      "USDTRY record down 2024-03-12 inverse level=32.4"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(REFERENCE_RECORDS))
def test_reference_records(sentence: str, published: str, expected: list[str]) -> None:
    """ "up from Monday's 17-month low of 101.95": that day's record, counted back from it."""
    assert extract(sentence, published) == expected


RENAMED_MOVES: list[Row] = [
    ("The Nikkei opened 2.2% lower on Wednesday, a drop of about 870 points.", "2024-03-13",
     ["NIKKEI225 open_move down 2.2 percent 2024-03-13"]),
    ("S&P 500 futures slid 1.1% in premarket trade, a loss of roughly 57 points.", "2024-03-13",
     ["ES intraday_change down 1.1 percent 2024-03-13"]),
    ("The Dow fell 2% on Wednesday, and the Nasdaq rose 1%, a gain of 160 points.", "2024-03-13",
     ["DJIA session_change down 2 percent 2024-03-13",
      "NASDAQ session_change up 1 percent 2024-03-13"]),
    ("The Dow opened 2.1% lower on Wednesday, and later fell 800 points.", "2024-03-13",
     ["DJIA open_move down 2.1 percent 2024-03-13",
      "DJIA session_change down 800 points 2024-03-13"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RENAMED_MOVES))
def test_renamed_moves(sentence: str, published: str, expected: list[str]) -> None:
    """ "opened 3.9% lower, a drop of 1,500 points": one move, sized in percent."""
    assert extract(sentence, published) == expected


GRAIN_QUOTES: list[Row] = [
    ("Corn fell 4 1/4 cents to $4.37 1/2 a bushel on Wednesday.", "2024-03-13",
     ["CORN session_change down 4.25 points 2024-03-13 level=4.375"]),
    ("Wheat settled at $5.61 3/4 a bushel on Wednesday, erasing Tuesday's 9-cent gain.",
     "2024-03-13",
     ["WHEAT level none 2024-03-13 level=5.6175",
      "WHEAT session_change up 9 points 2024-03-12"]),
    ("Soybeans added 1.1% on Wednesday, recouping part of Tuesday's 15-cent slide.",
     "2024-03-13",
     ["SOYBEANS session_change up 1.1 percent 2024-03-13",
      "SOYBEANS session_change down 15 points 2024-03-12"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GRAIN_QUOTES))
def test_grain_quotes(sentence: str, published: str, expected: list[str]) -> None:
    """ "$15.08 1/2 a bushel" is 15.085; "Tuesday's 26-cent gain" is a move sized in cents."""
    assert extract(sentence, published) == expected
