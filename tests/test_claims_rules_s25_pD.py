"""Claim parser rules from session 25 (helper pD):

- records an earlier day set, told after "within reach of" / "within striking distance of"
  ("..., within reach of the record $2,431.29 it hit last Friday"): the words after the comma
  are still about the claim's market, so the dated record (and, for a verb of reaching, that
  day's extreme) is read as after "below";
- "the price" as the anaphor of the commodity or coin in play ("Palladium jumped 6.5% on Monday,
  and the price was up another 1.1% by 0400 GMT on Tuesday"), like "prices";
- a "with" state hung on a closing verb that names its own day ("ended the week 2.2% lower,
  ..., with the Stoxx 600 down 0.8% on Friday"): still the close, as with no day named.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

WITHIN_REACH: list[Row] = [
    ('Spot gold rose 0.9% to $2,398.70 an ounce by 0615 GMT, within reach of the record $2,431.29 it hit last Friday.',
     '2024-04-17',
     ['GOLD intraday_change up 0.9 percent 2024-04-17 level=2398.7',
      'GOLD intraday_extreme up 2024-04-12 level=2431.29',
      'GOLD record up 2024-04-12 level=2431.29']),
    ('Bitcoin climbed 3% to $94,100, within striking distance of the record $94,900 it struck on Tuesday.',
     '2024-11-20',
     ['BTC session_change up 3 percent 2024-11-20 level=94100',
      'BTC intraday_extreme up 2024-11-19 level=94900',
      'BTC record up 2024-11-19 level=94900']),
    ('The Nikkei rose 0.8% to 39,100, within reach of the all-time high of 40,888 it set on March 22.',
     '2024-05-22',
     ['NIKKEI225 session_change up 0.8 percent 2024-05-22 level=39100',
      'NIKKEI225 record up 2024-03-22 level=40888']),
    ('Copper was up 1.1% at $8,950 a tonne by 1000 GMT, within reach of the 11-month high of $9,050 it hit on Monday.',
     '2024-03-20',
     ['COPPER intraday_change up 1.1 percent 2024-03-20 level=8950',
      'COPPER intraday_extreme up 2024-03-18 level=9050',
      'COPPER record up 2024-03-18 level=9050 since=2023-04-18']),
    ('The Nasdaq gained 0.5% on Wednesday, within reach of the record close of 18,647.45 it notched on July 10.',
     '2024-07-17',
     ['NASDAQ session_change up 0.5 percent 2024-07-17',
      'NASDAQ record up 2024-07-10 level=18647.5']),
    ('Gold was up 0.4% at $2,395 an ounce on Tuesday, within reach of the record $2,431.29 it hit last Friday.',
     '2024-04-16',
     ['GOLD intraday_change up 0.4 percent 2024-04-16 level=2395',
      'GOLD intraday_extreme up 2024-04-12 level=2431.29',
      'GOLD record up 2024-04-12 level=2431.29']),
]  # fmt: skip

THE_PRICE: list[Row] = [
    ('Palladium jumped 6.5% on Monday, and the price was up another 1.1% by 0400 GMT on Tuesday.',
     '2024-11-19',
     ['PALLADIUM session_change up 6.5 percent 2024-11-18',
      'PALLADIUM intraday_change up 1.1 percent 2024-11-19']),
    ('Cocoa futures rose 2.1% to $3,120 a tonne on Monday, and the price has gained 22% this year.',
     '2023-06-06',
     ['COCOA session_change up 2.1 percent 2023-06-05 level=3120',
      'COCOA period_change up 22 percent 2023-06-06 since=2023-01-01']),
    ('Copper slid 1.4% on Thursday, and the price was down another 0.9% at $8,850 a tonne by 0900 GMT on Friday.',
     '2024-08-02',
     ['COPPER session_change down 1.4 percent 2024-08-01',
      'COPPER intraday_change down 0.9 percent 2024-08-02 level=8850']),
    ('Corn fell 1.2% to $4.31 a bushel on Friday, and the price has lost 8% since the start of the year.',
     '2024-02-12',
     ['CORN session_change down 1.2 percent 2024-02-09 level=4.31',
      'CORN period_change down 8 percent 2024-02-12 since=2024-01-01']),
    ('Ether jumped 7% on Monday, and the price was up another 2% at $3,350 on Tuesday morning.',
     '2024-11-12',
     ['ETH session_change up 7 percent 2024-11-11',
      'ETH intraday_change up 2 percent 2024-11-12 level=3350']),
]  # fmt: skip

CLOSED_WITH_DAY: list[Row] = [
    ('European shares ended the week 2.2% lower, their worst weekly showing since early September, with the Stoxx 600 down 0.8% on Friday.',
     '2024-11-15',
     ['STOXX600 period_change down 2.2 percent 2024-11-15 since=2024-11-11',
      'STOXX600 session_change down 0.8 percent 2024-11-15']),
    ("Asian stocks ended mixed, with Japan's Nikkei up 1.2% on Friday and the Hang Seng down 0.3%.",
     '2023-03-17',
     ['NIKKEI225 session_change up 1.2 percent 2023-03-17',
      'HSI session_change down 0.3 percent 2023-03-17']),
    ('U.S. stocks ended lower, with the Nasdaq down 1.1% on Thursday.',
     '2024-07-25',
     ['SPX session_change down 2024-07-25',
      'NASDAQ session_change down 1.1 percent 2024-07-25']),
    ('Gold settled sharply lower, with spot silver down 6.5% on Friday.',
     '2024-06-07',
     ['GOLD session_change down 2024-06-07',
      'SILVER session_change down 6.5 percent 2024-06-07']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WITHIN_REACH))
def test_records_within_reach(sentence: str, published: str, expected: list[str]) -> None:
    """ "within reach of the record $2,431.29 it hit last Friday": that day's record claim."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(THE_PRICE))
def test_the_price_as_anaphor(sentence: str, published: str, expected: list[str]) -> None:
    """ "and the price was up another 1.1% by 0400 GMT": the commodity or coin in play."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSED_WITH_DAY))
def test_closed_with_a_day_named(sentence: str, published: str, expected: list[str]) -> None:
    """ "ended the week 2.2% lower, ..., with the Stoxx 600 down 0.8% on Friday": the close."""
    assert extract(sentence, published) == expected
