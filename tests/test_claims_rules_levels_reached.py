"""Claim parser rules for a level a move reaches ("to top $100", "to as low as $1,900"), spec
by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

REACHED: list[Row] = [
    ("Brent jumped 5.1% to top $100 a barrel on Monday.", "2022-03-07",
     ["BRENT session_change up 5.1 percent 2022-03-07 level=100"]),
    ("Bitcoin climbed 4% to breach $70,000 for the first time.", "2024-03-05",
     ["BTC session_change up 4 percent 2024-03-05 level=70000",
      "BTC record up 2024-03-05 level=70000"]),
    ("The yen slid to breach 160 per dollar.", "2024-04-29",
     ["USDJPY level down 2024-04-29 inverse level=160"]),
    ("Gold rose 1.3% to hit a record $2,450 an ounce.", "2024-05-20",
     ["GOLD session_change up 1.3 percent 2024-05-20 level=2450",
      "GOLD record up 2024-05-20 level=2450"]),
    ("Silver fell to as low as $28.10 an ounce before recovering.", "2024-06-07",
     ["SILVER intraday_extreme down 2024-06-07 level=28.1"]),
    ("The Nikkei would need to rise 5% to top 40,000.", "2024-02-22", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(REACHED))
def test_levels_a_move_reaches(sentence: str, published: str, expected: list[str]) -> None:
    """'to top/hit/breach X' gives the move its level (and 'to hit a record $X' a record too);
    'to as low as X' is the day's extreme at X; a goal stays no claim."""
    assert extract(sentence, published) == expected
