"""Claim parser rules from session 25 (helper qE): one phrase shared by two markets.

- a result clause whose object is both markets ("leaving them down 4% and 3.5% for the week",
  "leaving both up about 2% ... this week"): a window move for each, sizes in naming order;
- two prices after a shared verb without "respectively" ("fell to $1.2010 and $1.0480"): each
  market its own price, in naming order;
- an all-time record phrase after the pair ("record lows against the dollar", "their weakest
  levels on record", "both record closing highs"): a record for each market at its price.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

SHARED_WINDOWS: list[Row] = [
    ('The DAX and the CAC 40 slid on Friday, leaving them down 4% and 3.5% for the week.',
     '2022-05-13',
     ['DAX session_change down 2022-05-13',
      'CAC40 session_change down 2022-05-13',
      'DAX period_change down 4 percent 2022-05-13 since=2022-05-09',
      'CAC40 period_change down 3.5 percent 2022-05-13 since=2022-05-09']),
    ('The S&P 500 and the Nasdaq rose 0.6% and 1.1% on Friday, leaving them up 2.3% and 3.4% for the week.',
     '2023-06-16',
     ['SPX session_change up 0.6 percent 2023-06-16',
      'NASDAQ session_change up 1.1 percent 2023-06-16',
      'SPX period_change up 2.3 percent 2023-06-16 since=2023-06-12',
      'NASDAQ period_change up 3.4 percent 2023-06-16 since=2023-06-12']),
    ('The yen and the Swiss franc strengthened on Friday, leaving both up about 2% against the dollar this week.',
     '2024-08-02',
     ['USDJPY session_change up 2024-08-02 inverse',
      'USDCHF session_change up 2024-08-02 inverse',
      'USDJPY period_change up 2 percent about 2024-08-02 inverse since=2024-07-29',
      'USDCHF period_change up 2 percent about 2024-08-02 inverse since=2024-07-29']),
]  # fmt: skip

SHARED_PRICES: list[Row] = [
    ('The pound and the euro fell to $1.2010 and $1.0480 on Monday.',
     '2023-10-02',
     ['GBPUSD level down 2023-10-02 level=1.201',
      'EURUSD level down 2023-10-02 level=1.048']),
    ('The Nikkei and the Topix closed at 38,487.90 and 2,675.30 on Friday.',
     '2024-02-16',
     ['NIKKEI225 level none 2024-02-16 level=38487.9',
      'TOPIX level none 2024-02-16 level=2675.3']),
    ('Copper and nickel rose to $10,800 and $21,000 a tonne in London on Monday.',
     '2024-05-20',
     ['COPPER level up 2024-05-20 level=10800',
      'NICKEL level up 2024-05-20 level=21000']),
    ('The Turkish lira and the Indian rupee weakened to 32.5 and 83.6 per dollar on Tuesday, record lows against the dollar.',
     '2024-04-16',
     ['USDTRY level down 2024-04-16 inverse level=32.5',
      'USDINR level down 2024-04-16 inverse level=83.6',
      'USDTRY record down 2024-04-16 inverse level=32.5',
      'USDINR record down 2024-04-16 inverse level=83.6']),
    ('The South African rand and the Brazilian real sank to 19.9 and 6.2 per dollar on Wednesday, their weakest levels on record.',
     '2024-12-18',
     ['USDZAR level down 2024-12-18 inverse level=19.9',
      'USDBRL level down 2024-12-18 inverse level=6.2',
      'USDZAR record down 2024-12-18 inverse level=19.9',
      'USDBRL record down 2024-12-18 inverse level=6.2']),
    ('Wheat and corn jumped to $12.94 and $8.24 a bushel on Friday, their highest levels since 2008.',
     '2022-05-13',
     ['WHEAT level up 2022-05-13 level=12.94',
      'CORN level up 2022-05-13 level=8.24',
      'WHEAT record up 2022-05-13 level=12.94 since=2008-01-01',
      'CORN record up 2022-05-13 level=8.24 since=2008-01-01']),
    ('The Dow and the S&P 500 ended at 38,654.42 and 5,026.61 on Friday, both record closing highs.',
     '2024-02-09',
     ['DJIA level none 2024-02-09 level=38654.4',
      'SPX level none 2024-02-09 level=5026.61',
      'DJIA record up 2024-02-09 level=38654.4',
      'SPX record up 2024-02-09 level=5026.61']),]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHARED_WINDOWS))
def test_windows_shared_by_two_markets(sentence: str, published: str, expected: list[str]) -> None:
    """ "leaving them down 4% and 3.5% for the week": a window move for each market."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHARED_PRICES))
def test_prices_shared_by_two_markets(sentence: str, published: str, expected: list[str]) -> None:
    """ "fell to $1.2010 and $1.0480", "..., record lows against the dollar": each market its
    own price, and its own record."""
    assert extract(sentence, published) == expected
