"""Claim parser rule for a day that closes the last of two coordinated clauses, spec by
example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

SHARED_DAY: list[Row] = [
    ("The Dow fell 1.9% and the Nasdaq lost 3.1% on Monday.", "2024-08-06",
     ["DJIA session_change down 1.9 percent 2024-08-05",
      "NASDAQ session_change down 3.1 percent 2024-08-05"]),
    ("Sterling rose 0.4%, while the euro gained 0.2% on Tuesday.", "2024-03-06",
     ["GBPUSD session_change up 0.4 percent 2024-03-05",
      "EURUSD session_change up 0.2 percent 2024-03-05"]),
    ("The Kospi sank 8.8% and the Taiex tumbled 8.4% on Monday as chip stocks slumped.",
     "2024-08-06",
     ["KOSPI session_change down 8.8 percent 2024-08-05",
      "TAIEX session_change down 8.4 percent 2024-08-05"]),
]  # fmt: skip

OWN_TIME_KEPT: list[Row] = [
    ("Gold rose 0.6% on Friday and silver fell 1.2% on Monday.", "2024-03-05",
     ["GOLD session_change up 0.6 percent 2024-03-01",
      "SILVER session_change down 1.2 percent 2024-03-04"]),
    ("Copper rose 1.1% and zinc-linked miners have fallen since Monday.", "2024-03-07",
     ["COPPER session_change up 1.1 percent 2024-03-07"]),
    ("The Nikkei rose 0.8% and the Topix has gained 3% this week.", "2024-03-07",
     ["NIKKEI225 session_change up 0.8 percent 2024-03-07",
      "TOPIX period_change up 3 percent 2024-03-07 since=2024-03-04"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHARED_DAY))
def test_a_closing_day_dates_both_clauses(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A day closing the second of two clauses joined by 'and'/'while' dates the first too."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OWN_TIME_KEPT))
def test_a_clause_keeps_its_own_time(sentence: str, published: str, expected: list[str]) -> None:
    """A first clause with its own day keeps it, and a window ('this week', 'since Monday')
    closing the second clause is not shared."""
    assert extract(sentence, published) == expected
