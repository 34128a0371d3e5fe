"""Claim parser rules for the measure of each claim: a running total named by its month
("its April loss", "its loss for October"), by "a five-session rally", carried "past" a figure,
or given per subject ("their gains for the month to 7.5% and 6.2%"); a participle reaching a
level the way the sized move just named went ("fell 0.8%, slipping below 100") is that move's
level; spec by example in the format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

RUNNING_TOTALS: list[Row] = [
    ("The Hang Seng rose 1.2% on Friday, lifting its May gain to 6.8%.", "2024-05-10",
     ["HSI session_change up 1.2 percent 2024-05-10",
      "HSI period_change up 6.8 percent 2024-05-10 since=2024-05-01"]),
    ("Brent slipped 0.5% on Tuesday, deepening its loss for October to almost 8%.", "2023-10-31",
     ["BRENT session_change down 0.5 percent 2023-10-31",
      "BRENT period_change down 8 percent almost 2023-10-31 since=2023-10-01"]),
    ("The Nikkei added 0.9% on Friday, extending a five-session rally to roughly 4%.",
     "2024-02-16",
     ["NIKKEI225 session_change up 0.9 percent 2024-02-16",
      "NIKKEI225 period_change up 4 percent about 2024-02-16 since=2024-02-12"]),
    ("The pound slid 3.6% against the dollar on Friday, taking its losses this year past 20%.",
     "2022-09-23",
     ["GBPUSD session_change down 3.6 percent 2022-09-23",
      "GBPUSD period_change down 20 percent more_than 2022-09-23 since=2022-01-01"]),
    ("The Dow and the Nasdaq ended 0.4% and 0.8% higher, respectively, on Friday, pushing their"
     " gains for the month to 7.5% and 6.2%.", "2024-11-29",
     ["DJIA session_change up 0.4 percent 2024-11-29",
      "NASDAQ session_change up 0.8 percent 2024-11-29",
      "DJIA period_change up 7.5 percent 2024-11-29 since=2024-11-01",
      "NASDAQ period_change up 6.2 percent 2024-11-29 since=2024-11-01"]),
    ("Gold climbed 1% on Friday, extending its rally to a ninth session.", "2024-03-08",
     ["GOLD session_change up 1 percent 2024-03-08"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RUNNING_TOTALS))
def test_running_totals(sentence: str, published: str, expected: list[str]) -> None:
    """A running total's window is the month, span or period named with it; "past" is more."""
    assert extract(sentence, published) == expected


LEVEL_REACHED: list[Row] = [
    ("The dollar index fell 0.8% on Friday, slipping below 100.", "2025-04-11",
     ["DXY session_change down 0.8 percent 2025-04-11 level=100"]),
    ("Bitcoin rose 4% on Friday, climbing to $68,500.", "2024-03-08",
     ["BTC session_change up 4 percent 2024-03-08 level=68500"]),
    ("Bitcoin rose 4% on Friday before slipping to $66,000.", "2024-03-08",
     ["BTC intraday_extreme up 4 percent 2024-03-08",
      "BTC level down 2024-03-08 level=66000"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEVEL_REACHED))
def test_participle_reaching_level(sentence: str, published: str, expected: list[str]) -> None:
    """A participle reaching a level the same way as the sized move just named is its level."""
    assert extract(sentence, published) == expected
