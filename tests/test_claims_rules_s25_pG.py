"""Claim parser rules from session 25 (helper pG): market moves told beside moves that are no
claim (a company's shares, an economic figure, a forecast).

- a window told by an unclaimed first clause ("Toyota's shares have risen 60% this year",
  "Shares of MicroStrategy doubled in a month", "since their April 2021 listing") and answered
  by the market's move (a comparison, "over the same period" / "over that period", a present
  perfect): the market's move over that window;
- a cause told after a part of the day ("in early trade on the report, and ...") or a market
  place before it ("in New York premarket trading"): the part of the day still holds for the
  joined clause;
- an economic figure's time words ("crude inventories rose by 5.5 million barrels last week,
  and WTI fell"): that figure's time, not the joined market move's;
- a move noun dated by a day's possessive as the subject of a modal ("Friday's 2.1% slide in the
  Hang Seng could extend") or a ", having crossed ..." after a forecast ("Analysts see the Sensex
  hitting 100,000 by 2027, having crossed 80,000 ... on Wednesday"): the move happened; only
  what comes next is a forecast.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

UNCLAIMED_WINDOWS: list[Row] = [
    ("Toyota's shares have risen 60% this year, outpacing a 28% gain in the Nikkei.",
     '2023-09-15',
     ['NIKKEI225 period_change up 28 percent 2023-09-15 since=2023-01-01']),
    ("Nvidia's shares have gained more than 150% this year, and the chipmaker's weighting helped lift the Nasdaq Composite 18% over the same period.",
     '2024-06-18',
     ['NASDAQ period_change up 18 percent 2024-06-18 since=2024-01-01']),
    ('Coinbase shares have dropped 80% since their April 2021 listing, tracking the slump in bitcoin, which has lost roughly two-thirds of its value over that period.',
     '2022-06-14',
     ['BTC period_change down 66.7 percent about 2022-06-14 since=2021-04-01']),
    ('Shares of MicroStrategy doubled in a month, while bitcoin gained about 40% over that period.',
     '2024-11-22',
     ['BTC period_change up 40 percent about 2024-11-22 since=2024-10-22']),
    ('Shares in Glencore have fallen 22% this year, compared with a 4% rise in the FTSE 100.',
     '2024-06-18',
     ['FTSE100 period_change up 4 percent 2024-06-18 since=2024-01-01']),
]  # fmt: skip

DAYS_AND_CAUSES: list[Row] = [
    ('Alibaba jumped 14% in New York premarket trading on the news, and Nasdaq 100 futures added 0.3%.',
     '2023-03-28',
     ['NQ intraday_change up 0.3 percent 2023-03-28']),
    ('Tesla fell 3% in early trade on the report, and the Nasdaq lost 0.4%.',
     '2023-03-28',
     ['NASDAQ intraday_change down 0.4 percent 2023-03-28']),
    ('Gold rose 1% in early trade on the report, and the Nasdaq lost 0.4%.',
     '2023-03-28',
     ['GOLD intraday_change up 1 percent 2023-03-28',
      'NASDAQ intraday_change down 0.4 percent 2023-03-28']),
    ('U.S. crude inventories rose by 5.5 million barrels last week, and WTI futures fell 92 cents to $77.40 a barrel.',
     '2023-11-01',
     ['WTI session_change down 0.92 points 2023-11-01 level=77.4']),
    ('Jobless claims rose to 248,000 last week, and the S&P 500 fell 1%.',
     '2023-11-01',
     ['SPX session_change down 1 percent 2023-11-01']),
    ("Strategists said Friday's 2.1% slide in the Hang Seng could extend into next week if Beijing's stimulus disappoints.",
     '2024-10-14',
     ['HSI session_change down 2.1 percent 2024-10-11']),
    ('Analysts see the Sensex hitting 100,000 by 2027, having crossed 80,000 for the first time on Wednesday.',
     '2024-07-03',
     ['SENSEX level up 2024-07-03 level=80000', 'SENSEX record up 2024-07-03 level=80000']),
    ("Analysts said Monday's 3% drop in the Nikkei might deepen.",
     '2024-10-14',
     ['NIKKEI225 session_change down 3 percent 2024-10-14']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNCLAIMED_WINDOWS))
def test_windows_of_unclaimed_clauses(sentence: str, published: str, expected: list[str]) -> None:
    """ "Toyota's shares have risen 60% this year, outpacing a 28% gain in the Nikkei": the
    market's move over the company clause's window."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAYS_AND_CAUSES))
def test_times_past_causes_data_and_modals(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "in early trade on the report, and ...", "inventories rose ... last week, and WTI fell",
    "Friday's 2.1% slide in the Hang Seng could extend": whose time, and which move happened."""
    assert extract(sentence, published) == expected
