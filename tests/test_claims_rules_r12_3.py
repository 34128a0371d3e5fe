"""Claim parser rules found on the r12_3 blind batch, spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

TURNED_TO_TRADE: list[Row] = [
    ("The euro erased early losses to trade 0.3% higher on Tuesday.", "2024-03-12",
     ["EURUSD intraday_change up 0.3 percent 2024-03-12"]),
    ("Brent gave up its initial gains to trade 1.1% lower.", "2024-03-12",
     ["BRENT intraday_change down 1.1 percent 2024-03-12"]),
    ("The rand weakened to 18.95 per dollar before the currency recouped its losses to trade"
     " little changed.", "2024-03-12",
     ["USDZAR intraday_extreme down 2024-03-12 inverse level=18.95",
      "USDZAR intraday_change flat 2024-03-12 inverse"]),
]  # fmt: skip


LEFT_BY_RECOVERY: list[Row] = [
    ("Bitcoin slumped to $58,400 on Tuesday, before the token clawed back some of its losses.",
     "2024-03-12",
     ["BTC intraday_extreme down 2024-03-12 level=58400"]),
    ("The lira sank to 32.4 per dollar, a record low, before the currency regained some ground.",
     "2024-03-12",
     ["USDTRY intraday_extreme down 2024-03-12 inverse level=32.4",
      "USDTRY record down 2024-03-12 inverse level=32.4"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TURNED_TO_TRADE))
def test_turned_to_trade(sentence: str, published: str, expected: list[str]) -> None:
    """A turn ("erased early gains", "gave up its gains") then "to trade X% lower / flat" is a state."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEFT_BY_RECOVERY))
def test_left_by_recovery(sentence: str, published: str, expected: list[str]) -> None:
    """A level fallen to, then left ("before ... clawed back", "recouped", "regained"), is the extreme."""
    assert extract(sentence, published) == expected
