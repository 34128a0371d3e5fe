"""Claim parser rules for market-place trading hours, bare point sizes and daily-limit moves,
spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences,
not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

PLACE_THEN_PART: list[Row] = [
    ("The euro eased 0.2% to $1.0830 in Frankfurt morning trade.", "2024-04-09",
     ["EURUSD intraday_change down 0.2 percent 2024-04-09 level=1.083"]),
    ("In Tokyo afternoon trading, the Nikkei was 0.5% firmer.", "2024-04-09",
     ["NIKKEI225 intraday_change up 0.5 percent 2024-04-09"]),
    ("Sterling rose 0.4% to $1.2660 in London trading.", "2024-04-09",
     ["GBPUSD session_change up 0.4 percent 2024-04-09 level=1.266"]),
]  # fmt: skip

FRONTED_REGION_HOURS: list[Row] = [
    ("In European trade on Tuesday, Brent gained 0.6% to $90.90 a barrel.", "2024-04-09",
     ["BRENT intraday_change up 0.6 percent 2024-04-09 level=90.9"]),
    ("In Asian trading, spot gold slipped 0.3%.", "2024-04-09",
     ["GOLD intraday_change down 0.3 percent 2024-04-09"]),
]  # fmt: skip

BARE_POINTS: list[Row] = [
    ("The dollar index was down 0.4 at 104.10 in late trading.", "2024-04-09",
     ["DXY intraday_change down 0.4 points 2024-04-09 level=104.1"]),
    ("The Dow Jones Industrial Average fell 215 to 38,620 on Tuesday.", "2024-04-09",
     ["DJIA session_change down 215 points 2024-04-09 level=38620"]),
    ("The dollar index was up 0.2 at 0930 GMT.", "2024-04-09",
     ["DXY intraday_change up 2024-04-09"]),
]  # fmt: skip

LIMIT_MOVES: list[Row] = [
    ("Corn futures fell by their 40-cent daily limit to $6.85-1/2 a bushel.", "2024-04-09",
     ["CORN session_change down 40 points 2024-04-09 level=6.855"]),
    ("Soybeans climbed by the exchange limit of 70 cents on Tuesday.", "2024-04-09",
     ["SOYBEANS session_change up 70 points 2024-04-09"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PLACE_THEN_PART))
def test_place_then_part(sentence: str, published: str, expected: list[str]) -> None:
    """'in London afternoon trade' is a state by a part of the day; 'in London trading' is not."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_REGION_HOURS))
def test_fronted_region_hours(sentence: str, published: str, expected: list[str]) -> None:
    """A fronted 'In Asian trade (on Friday),' makes the clause's move a state of the day."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BARE_POINTS))
def test_bare_points(sentence: str, published: str, expected: list[str]) -> None:
    """'was up 0.25 at 106.80': a bare number before the level is a size in points."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LIMIT_MOVES))
def test_limit_moves(sentence: str, published: str, expected: list[str]) -> None:
    """'jumped by its 70-cent daily limit': a move by the limit is sized in cents."""
    assert extract(sentence, published) == expected
