"""Claim parser rules for day extremes (overnight futures, limit moves, moves undone or made
within hours), slow moves across a price and ", weaker by 7 paise" after a close, spec by
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


REVERSED_LATER: list[Row] = [
    ("The euro rose 0.4% to $1.0950 after upbeat German data, before a hawkish Fed pulled it back.",
     "2024-03-12", ["EURUSD intraday_extreme up 0.4 percent 2024-03-12 level=1.095"]),
    ("The Australian dollar weakened past $0.6500 on Tuesday, though it later recovered to"
     " trade 0.2% firmer.", "2024-03-12",
     ["AUDUSD intraday_extreme down 2024-03-12 level=0.65",
      "AUDUSD intraday_change up 0.2 percent 2024-03-12"]),
    ("Gold jumped to $2,180 an ounce on Tuesday and silver climbed to $25.10, before both"
     " retreated.", "2024-03-12",
     ["GOLD intraday_extreme up 2024-03-12 level=2180",
      "SILVER intraday_extreme up 2024-03-12 level=25.1"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(REVERSED_LATER))
def test_moves_undone_later(sentence: str, published: str, expected: list[str]) -> None:
    """A move undone later ("..., after X, before Y pulled it back", "though it later
    recovered", "before both retreated") reached the day's extreme."""
    assert extract(sentence, published) == expected


DAY_POINTS: list[Row] = [
    ("The Nasdaq swung from a loss of more than 300 points to close up 1.1% on Wednesday.",
     "2024-03-13", ["NASDAQ intraday_extreme down 300 points more_than 2024-03-13",
                    "NASDAQ session_change up 1.1 percent 2024-03-13"]),
    ("The FTSE 100 clawed back from a 1.8% intraday slide to finish 0.4% lower on Wednesday.",
     "2024-03-13", ["FTSE100 intraday_extreme down 1.8 percent 2024-03-13",
                    "FTSE100 session_change down 0.4 percent 2024-03-13"]),
    ("Cocoa futures jumped 12% within hours on Wednesday as traders scrambled to cover.",
     "2024-03-13", ["COCOA intraday_extreme up 12 percent 2024-03-13"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAY_POINTS))
def test_points_inside_the_day(sentence: str, published: str, expected: list[str]) -> None:
    """A move the day's path left ("swung from a 2% loss to close up") or reached "within
    hours" is the day's extreme, not its close."""
    assert extract(sentence, published) == expected


CREPT_ACROSS: list[Row] = [
    ("Germany's 10-year Bund yield crept above 2.5% on Wednesday.", "2024-03-13",
     ["DE10Y level up 2024-03-13 level=2.5"]),
    ("The yen edged below 147 per dollar on Wednesday.", "2024-03-13",
     ["USDJPY level up 2024-03-13 inverse level=147"]),
    ("Spot gold held above $2,150 an ounce on Wednesday.", "2024-03-13",
     ["GOLD level none 2024-03-13 level=2150"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CREPT_ACROSS))
def test_slow_moves_across_a_price(sentence: str, published: str, expected: list[str]) -> None:
    """A verb of slow motion with no way of its own ("crept above 2.5%") takes the way of the
    side it crossed; a verb of no motion ("held above") states no way."""
    assert extract(sentence, published) == expected


APPOSED_BY: list[Row] = [
    ("The rupee closed at 83.12 per dollar on Wednesday, weaker by 7 paise from its previous"
     " close.", "2024-03-13", ["USDINR session_change down 0.07 points 2024-03-13 inverse level=83.12"]),
    ("Spot gold settled at $2,171.40 an ounce on Wednesday, higher by 0.6%.", "2024-03-13",
     ["GOLD session_change up 0.6 percent 2024-03-13 level=2171.4"]),
    ("The rupee ended at 83.05 per dollar on Wednesday, up from 83.11 on Tuesday.", "2024-03-13",
     ["USDINR level up 2024-03-13 inverse level=83.05"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(APPOSED_BY))
def test_apposed_comparative_by(sentence: str, published: str, expected: list[str]) -> None:
    """ ", weaker by 7 paise" set off after a close's level sizes that close, like ", 0.1% weaker";
    ", up from 83.11 on Tuesday" gives the level its way (and dates nothing)."""
    assert extract(sentence, published) == expected
