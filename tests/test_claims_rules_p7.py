"""Claim parser rules from the blind dev batch r9_2, spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

MARKET_HOURS: list[Row] = [
    ("The lira weakened 0.6% to 32.40 per dollar in early Istanbul trade.", "2024-03-20",
     ["USDTRY intraday_change down 0.6 percent 2024-03-20 inverse level=32.4"]),
    ("In early London trade, the FTSE 100 rose 0.3% and the DAX fell 0.2%.", "2024-03-20",
     ["FTSE100 intraday_change up 0.3 percent 2024-03-20",
      "DAX intraday_change down 0.2 percent 2024-03-20"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MARKET_HOURS))
def test_part_of_day_in_a_named_market(sentence: str, published: str, expected: list[str]) -> None:
    """ "in early Moscow trade": a part of the day named with its market is a state in the day."""
    assert extract(sentence, published) == expected


SHARED_PART_OF_DAY: list[Row] = [
    ("The Hang Seng fell 0.8% in afternoon trade on Wednesday, while the CSI 300 lost 0.5%.",
     "2024-04-17",
     ["HSI intraday_change down 0.8 percent 2024-04-17",
      "CSI300 intraday_change down 0.5 percent 2024-04-17"]),
    ("The Kospi rose 1.2% in morning trade, while the Nikkei closed 0.4% lower.", "2024-04-17",
     ["KOSPI intraday_change up 1.2 percent 2024-04-17",
      "NIKKEI225 session_change down 0.4 percent 2024-04-17"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHARED_PART_OF_DAY))
def test_joined_clause_shares_part_of_day(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "A lost 1.1% in morning trade, while B shed 1.4%": B's move is in the same part of the day."""
    assert extract(sentence, published) == expected
