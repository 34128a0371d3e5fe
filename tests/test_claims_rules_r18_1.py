"""Claim parser rules for wire idioms of size and cause: hedges "better than", "a touch more
than", "no less than", "just under"; a sized move noun that takes, sends, lifts or leaves an
instrument somewhere is that instrument's move; "priciest", "dearest" and "cheapest" since a
date are records; spec by example in the format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

HEDGE_WORDS: list[Row] = [
    ("Brazil's Bovespa added better than 3% on Thursday.", "2024-05-09",
     ["BOVESPA session_change up 3 percent more_than 2024-05-09"]),
    ("The yen firmed by a touch more than 1% against the dollar on Monday.", "2024-05-09",
     ["USDJPY session_change up 1 percent more_than 2024-05-06 inverse"]),
    ("Copper has shed no less than 9% this week.", "2024-05-09",
     ["COPPER period_change down 9 percent at_least 2024-05-09 since=2024-05-06"]),
    ("The Hang Seng slid just under 2% on Wednesday.", "2024-05-09",
     ["HSI session_change down 2 percent less_than 2024-05-08"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HEDGE_WORDS))
def test_hedge_words(sentence: str, published: str, expected: list[str]) -> None:
    """ "better than 20%" is more_than, "no less than" at_least, "just under" less_than."""
    assert extract(sentence, published) == expected


CAUSING_MOVE: list[Row] = [
    ("A 55-point drop left the Nikkei at 38,120.5 at the close on Tuesday.", "2024-05-09",
     ["NIKKEI225 session_change down 55 points 2024-05-07 level=38120.5"]),
    ("A 3% slide sent Brent to $80.10 a barrel on Monday.", "2024-05-09",
     ["BRENT session_change down 3 percent 2024-05-06 level=80.1"]),
    ("Tuesday's 1.2% rally took the Dow to 39,500.", "2024-05-09",
     ["DJIA session_change up 1.2 percent 2024-05-07 level=39500"]),
    ("An early jump of as much as 2% lifted gold to $2,390 an ounce on Wednesday.", "2024-05-09",
     ["GOLD intraday_extreme up 2 percent as_much_as 2024-05-08 level=2390"]),
    ("Copper is up 9% this year after Monday's 2% gain took COMEX futures to $4.60 a pound.",
     "2024-05-09",
     ["COPPER period_change up 9 percent 2024-05-09 since=2024-01-01",
      "COPPER session_change up 2 percent 2024-05-06 level=4.6"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSING_MOVE))
def test_move_noun_carries_object(sentence: str, published: str, expected: list[str]) -> None:
    """ "A 41-point gain left the ASX 200 at 7,845.2": the sized noun is the object's move."""
    assert extract(sentence, published) == expected


PRICIEST: list[Row] = [
    ("Silver rose 2% to $31.20 an ounce, its priciest since 2012.", "2024-05-09",
     ["SILVER session_change up 2 percent 2024-05-09 level=31.2",
      "SILVER record up 2024-05-09 level=31.2 since=2012-01-01"]),
    ("U.S. natural gas fell to $1.60, its cheapest since 1995.", "2024-05-09",
     ["NATGAS_US level down 2024-05-09 level=1.6",
      "NATGAS_US record down 2024-05-09 level=1.6 since=1995-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PRICIEST))
def test_priciest_since(sentence: str, published: str, expected: list[str]) -> None:
    """ "its priciest since 2012" is a record high, "its cheapest since 1995" a record low."""
    assert extract(sentence, published) == expected
