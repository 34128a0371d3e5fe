"""Claim parser rules from session 24 (helper hF): moves over a window and rankings told
outside the main verb.

- A sized move in the present perfect with a window in its own clause, even when words stand
  between them ("has climbed about 22% in local-currency terms this year", "has underperformed
  its neighbours this month, losing roughly 4%", "has now lost about 12% in less than a
  month"): the window's move (period_change), from the window's first day.
- A ranking told once for two markets that moved separately ("the two indexes' best day since
  March", "the worst day on record for both benchmarks", "X's 3.8% drop and Y's 4.1% slide were
  the steepest since", "and they logged their biggest one-day gains since 2022"): a biggest
  move for each market.
- A ranking set beside a sized move noun of an earlier day ("a 1.9% slide on Thursday that had
  been its steepest one-day fall since March 2020", "a 29 basis point jump on Tuesday that was
  already the biggest one-day rise since 2022"): that day's biggest move, in the noun's
  direction.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

PERFECT_WINDOWS: list[Row] = [
    ("Brazil's Bovespa has climbed about 22% in local-currency terms this year, though foreign investors have stayed away.",
     '2023-12-15',
     ['BOVESPA period_change up 22 percent about 2023-12-15 since=2023-01-01']),
    ("Chile's peso has underperformed its neighbours this month, losing roughly 4% against the dollar.",
     '2024-05-24',
     ['USDCLP period_change down 4 percent about 2024-05-24 inverse since=2024-05-01']),
    ("Hong Kong's Hang Seng slipped 0.8% on Wednesday, and the index has now lost about 12% in less than a month.",
     '2024-10-30',
     ['HSI session_change down 0.8 percent 2024-10-30', 'HSI period_change down 12 percent about 2024-10-30 since=2024-09-30']),
]  # fmt: skip

SHARED_RANKINGS: list[Row] = [
    ("The Nasdaq gained 1.2% on Thursday and the S&P 500 added 0.9%, the two indexes' best day since March.",
     '2024-08-08',
     ['NASDAQ session_change up 1.2 percent 2024-08-08', 'SPX session_change up 0.9 percent 2024-08-08', 'SPX biggest_move up 2024-08-08 since=2024-03-01', 'NASDAQ biggest_move up 2024-08-08 since=2024-03-01']),
    ('The Nikkei tumbled 7.1% and the Topix shed 6.9% on Wednesday, the worst day on record for both benchmarks.',
     '2024-08-07',
     ['NIKKEI225 session_change down 7.1 percent 2024-08-07', 'TOPIX session_change down 6.9 percent 2024-08-07', 'TOPIX biggest_move down 2024-08-07', 'NIKKEI225 biggest_move down 2024-08-07']),
    ("The FTSE 100's 3.8% drop and the DAX's 4.1% slide were the steepest since March 2020.",
     '2022-03-07',
     ['FTSE100 session_change down 3.8 percent 2022-03-07', 'DAX session_change down 4.1 percent 2022-03-07', 'DAX biggest_move down 2022-03-07 since=2020-03-01', 'FTSE100 biggest_move down 2022-03-07 since=2020-03-01']),
    ('The DAX and the CAC 40 jumped 3.3% and 4.1%, respectively, on Tuesday, and they logged their biggest one-day gains since 2022.',
     '2024-11-05',
     ['DAX session_change up 3.3 percent 2024-11-05', 'CAC40 session_change up 4.1 percent 2024-11-05', 'CAC40 biggest_move up 2024-11-05 since=2022-01-01', 'DAX biggest_move up 2024-11-05 since=2022-01-01']),
]  # fmt: skip

APPOSED_RANKINGS: list[Row] = [
    ('The euro firmed 0.3% on Friday after a 1.9% slide on Thursday that had been its steepest one-day fall since March 2020.',
     '2024-04-12',
     ['EURUSD session_change up 0.3 percent 2024-04-12', 'EURUSD session_change down 1.9 percent 2024-04-11', 'EURUSD biggest_move down 2024-04-11 since=2020-03-01']),
    ('Gilt yields eased 6 basis points on Wednesday after a 29 basis point jump on Tuesday that was already the biggest one-day rise since 2022.',
     '2024-11-06',
     ['UK10Y session_change down 6 bp 2024-11-06', 'UK10Y session_change up 29 bp 2024-11-05', 'UK10Y biggest_move up 2024-11-05 since=2022-01-01']),
    ('Gold steadied on Monday after a 3.1% drop on Friday that had been its sharpest one-day loss since 2021.',
     '2024-06-10',
     ['GOLD session_change down 3.1 percent 2024-06-07', 'GOLD biggest_move down 2024-06-07 since=2021-01-01']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PERFECT_WINDOWS))
def test_perfect_tense_windows(sentence: str, published: str, expected: list[str]) -> None:
    """ "has climbed about 22% in local-currency terms this year", "has now lost about 12% in
    less than a month": the window's move, from its first day."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHARED_RANKINGS))
def test_rankings_shared_by_two_markets(sentence: str, published: str, expected: list[str]) -> None:
    """ "the two indexes' best day", "for both benchmarks", "were the steepest", "they logged
    their biggest gains": a biggest move for each market."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(APPOSED_RANKINGS))
def test_rankings_beside_an_earlier_days_move_noun(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "a 1.9% slide on Thursday that had been its steepest one-day fall since March 2020":
    that day's biggest move."""
    assert extract(sentence, published) == expected
