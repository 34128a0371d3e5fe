"""Claim parser rules from the r12_2 blind dev batch, spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

YIELD_PERCENTAGE_POINTS: list[Row] = [
    ("The two-year Treasury yield jumped 0.21 percentage point to 4.87% on Tuesday.",
     "2023-03-14",
     ["US2Y session_change up 21 bp 2023-03-14 level=4.87"]),
    ("Britain's 10-year gilt yield has fallen half a percentage point since Monday.",
     "2022-10-07",
     ["UK10Y period_change down 50 bp 2022-10-07 since=2022-10-03"]),
]  # fmt: skip

DOLLARS_ON_CENT_QUOTES: list[Row] = [
    ("Wheat futures fell $0.35 to $7.12 a bushel on Thursday.", "2022-08-04",
     ["WHEAT session_change down 35 points 2022-08-04 level=7.12"]),
    ("Brent crude rose $1.15 to $84.30 a barrel.", "2023-09-01",
     ["BRENT session_change up 1.15 points 2023-09-01 level=84.3"]),
]  # fmt: skip

QUOTE_VERBS: list[Row] = [
    ("The pound fetched $1.2640 in late New York trading, down 0.3% on the day.", "2023-10-03",
     ["GBPUSD intraday_change down 0.3 percent 2023-10-03 level=1.264"]),
    ("The dollar bought 151.40 yen on Tuesday, the most since 1990.", "2024-03-26",
     ["USDJPY level none 2024-03-26 level=151.4",
      "USDJPY record up 2024-03-26 level=151.4 since=1990-01-01"]),
]  # fmt: skip

ZERO_THRESHOLDS: list[Row] = [
    ("Japan's 10-year yield slipped below zero on Thursday for the first time since 2020.",
     "2024-01-18",
     ["JP10Y level down 2024-01-18 level=0",
      "JP10Y record down 2024-01-18 level=0 since=2020-01-01"]),
]  # fmt: skip

PARED_TO_BASIS_POINTS: list[Row] = [
    ("The two-year Treasury yield climbed as much as 18 basis points on Friday before paring"
     " the rise to 6 basis points.", "2023-07-07",
     ["US2Y intraday_extreme up 18 bp as_much_as 2023-07-07",
      "US2Y intraday_change up 6 bp 2023-07-07"]),
]  # fmt: skip

FIRST_RECORD_IN: list[Row] = [
    ("The Dow added 0.9% to 37,700.10 on Wednesday, its first record close in 23 months.",
     "2023-12-13",
     ["DJIA session_change up 0.9 percent 2023-12-13 level=37700.1",
      "DJIA record up 2023-12-13 level=37700.1"]),
]  # fmt: skip


SINCE_AN_EVENT: list[Row] = [
    ("Brent climbed above $90 on Monday for the first time since OPEC+ cut output in"
     " November 2022, trading as high as $90.40.", "2023-09-04",
     ["BRENT level up 2023-09-04 level=90",
      "BRENT record up 2023-09-04 level=90 since=2022-11-01",
      "BRENT intraday_extreme up 2023-09-04 level=90.4"]),
    ("The yen weakened to 151.20 per dollar, its weakest since Tokyo intervened in October"
     " 2022.", "2023-11-13",
     ["USDJPY level down 2023-11-13 inverse level=151.2",
      "USDJPY record down 2023-11-13 inverse level=151.2 since=2022-10-01"]),
]  # fmt: skip

WEEKS_AFTER: list[Row] = [
    ("Bitcoin slid 9% on Friday, two weeks after it topped $73,000 for the first time.",
     "2024-03-29",
     ["BTC session_change down 9 percent 2024-03-29",
      "BTC level up 2024-03-15 level=73000",
      "BTC record up 2024-03-15 level=73000"]),
]  # fmt: skip

CAUSED_THRESHOLDS: list[Row] = [
    ("Sterling hit $1.2800 on Tuesday before soft wage data knocked it back below $1.27.",
     "2023-07-11",
     ["GBPUSD intraday_extreme up 2023-07-11 level=1.28",
      "GBPUSD level down 2023-07-11 level=1.27"]),
    ("Bitcoin jumped to $72,000 on Monday before profit-taking pulled it back to $69,500.",
     "2024-03-11",
     ["BTC intraday_extreme up 2024-03-11 level=72000",
      "BTC level down 2024-03-11 level=69500"]),
    ("Copper is up 9% this month after Monday's 3% jump took futures above $4.50 a pound.",
     "2024-05-15",
     ["COPPER period_change up 9 percent 2024-05-15 since=2024-05-01",
      "COPPER session_change up 3 percent 2024-05-13 level=4.5"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(QUOTE_VERBS))
def test_quote_verbs(sentence: str, published: str, expected: list[str]) -> None:
    """ "The pound fetched $1.26", "the dollar bought 151 yen": a quoted level with no way."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ZERO_THRESHOLDS))
def test_zero_thresholds(sentence: str, published: str, expected: list[str]) -> None:
    """ "below zero" is a threshold level of 0, as "below 1%" is one of 1."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARED_TO_BASIS_POINTS))
def test_pared_to_basis_points(sentence: str, published: str, expected: list[str]) -> None:
    """ "paring the rise to 6 basis points": a size in basis points, never a level."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FIRST_RECORD_IN))
def test_first_record_in_a_span(sentence: str, published: str, expected: list[str]) -> None:
    """ "its first record close in 23 months" is an all-time record; the span is no window."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(YIELD_PERCENTAGE_POINTS))
def test_percentage_points_on_yields(sentence: str, published: str, expected: list[str]) -> None:
    """A percentage point on a yield is 100 basis points ("0.21 percentage point" = 21 bp)."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DOLLARS_ON_CENT_QUOTES))
def test_dollar_sizes_on_cent_quotes(sentence: str, published: str, expected: list[str]) -> None:
    """A move in dollars on an instrument quoted in cents is sized in cents ("$0.35" = 35)."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SINCE_AN_EVENT))
def test_since_an_event(sentence: str, published: str, expected: list[str]) -> None:
    """ "since <event> in November 2022": the look-back starts in the month the event names."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WEEKS_AFTER))
def test_weeks_after(sentence: str, published: str, expected: list[str]) -> None:
    """ "two weeks after it topped $73,000": that clause is 14 days before the main one."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSED_THRESHOLDS))
def test_caused_thresholds(sentence: str, published: str, expected: list[str]) -> None:
    """ "data knocked it back below $1.27": a threshold the object crossed (when a sized move
    noun does the pushing, the threshold is that move's level); "pulled it back to" reverses
    the move just told."""
    assert extract(sentence, published) == expected
