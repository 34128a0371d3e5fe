"""Claim parser rules from small general gaps found by probes, spec by example in the format of
tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

PCT_UNIT: list[Row] = [
    ("Nickel rose by its daily limit of 15 pct on Monday.", "2022-03-07",
     ["NICKEL session_change up 15 percent 2022-03-07"]),
    ("Wheat futures jumped by the 5 pct daily limit on Monday.", "2022-03-07",
     ["WHEAT session_change up 5 percent 2022-03-07"]),
    ("Wheat futures jumped by the 5 per cent daily limit on Monday.", "2022-03-07",
     ["WHEAT session_change up 5 percent 2022-03-07"]),
    ("Brent pared gains to trade up 2.5 per cent at $104.", "2022-03-02",
     ["BRENT intraday_change up 2.5 percent 2022-03-02 level=104"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PCT_UNIT))
def test_pct_and_per_cent_units(sentence: str, published: str, expected: list[str]) -> None:
    """ "5 pct" and "5 per cent" are a percent wherever "5%" is (limits, "to trade up")."""
    assert extract(sentence, published) == expected


CAUSED_CLOSE_TO: list[Row] = [
    ("The OPEC decision lifted Brent close to 1.1% on Monday.", "2022-03-07",
     ["BRENT session_change up 1.1 percent almost 2022-03-07"]),
    ("The dollar's slide lifted gold close to 2% to $1,950.", "2022-03-07",
     ["GOLD session_change up 2 percent almost 2022-03-07 level=1950"]),
    ("The sell-off dragged the Nasdaq close to 3% lower.", "2022-03-07",
     ["NASDAQ session_change down 3 percent almost 2022-03-07"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSED_CLOSE_TO))
def test_caused_move_hedged_close_to(sentence: str, published: str, expected: list[str]) -> None:
    """ "lifted Brent close to 1.1%": "close to" hedges the caused size, it is not the verb."""
    assert extract(sentence, published) == expected


WHOLESALE_GAS: list[Row] = [
    ("Dutch wholesale gas prices rose 5% on Friday.", "2022-08-26",
     ["TTF session_change up 5 percent 2022-08-26"]),
    ("Dutch wholesale gas futures fell 3% to 250 euros per megawatt hour on Friday.", "2022-08-26",
     ["TTF session_change down 3 percent 2022-08-26 level=250"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WHOLESALE_GAS))
def test_wholesale_before_gas_name(sentence: str, published: str, expected: list[str]) -> None:
    """ "Dutch wholesale gas prices": "wholesale" inside a gas-price name keeps the name."""
    assert extract(sentence, published) == expected


NOT_SEEN_MOVE: list[Row] = [
    ("The Nikkei slumped 5% on Monday, a drop not seen since March 2020.", "2023-03-13",
     ["NIKKEI225 session_change down 5 percent 2023-03-13",
      "NIKKEI225 biggest_move down 2023-03-13 since=2020-03-01"]),
    ("The two-year Schatz yield shed 41 bps to 2.68%, a daily fall not seen since September 2008.",
     "2023-03-13",
     ["DE2Y session_change down 41 bp 2023-03-13 level=2.68",
      "DE2Y biggest_move down 2023-03-13 since=2008-09-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NOT_SEEN_MOVE))
def test_move_not_seen_since(sentence: str, published: str, expected: list[str]) -> None:
    """ "a daily fall not seen since September 2008": the biggest such move since then."""
    assert extract(sentence, published) == expected


LISTED_ON_OWN_MARKET: list[Row] = [
    ("Chinese shares listed in Shanghai fell 1.3% on Tuesday.", "2023-05-09",
     ["SHCOMP session_change down 1.3 percent 2023-05-09"]),
    ("Chinese stocks listed on the mainland rose 0.8% on Friday.", "2023-05-12",
     ["SHCOMP session_change up 0.8 percent 2023-05-12"]),
    ("Chinese stocks listed in Hong Kong rose 2.4% on Friday.", "2023-05-12", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LISTED_ON_OWN_MARKET))
def test_generic_stocks_listed_on_own_market(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Chinese stocks listed in Shanghai" keeps its default; listed elsewhere it does not."""
    assert extract(sentence, published) == expected
