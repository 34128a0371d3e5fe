"""Claim parser rules from session 25 (helper qA): closes at records, fronted extremes, and the
day's highs and lows.

- a closing verb that reaches a record with a price set off after it ("settled at its lowest
  since December 2021 on Tuesday, at $69.19 a barrel"): a level (no way) and the record, not
  the day's extreme;
- a fronted extreme ("At its weakest, the yen traded at 151.97 per dollar, down nearly 0.4% on
  the day"): the move told after the price is the extreme's, not the state at writing, and a
  bare price then its size ("fetched $1.0327, down almost 5% on the day") are one claim;
- the day's highs and lows: "session peaks" is the high side, and a price told after the
  extreme's time words or a comma ("at the highs of the day in afternoon trade on Friday, above
  $92 a barrel", "at its session low of 7.2980 per dollar") is a level of its own.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

CLOSES_AT_RECORDS: list[Row] = [
    ('Brent settled at its lowest since December 2021 on Tuesday, at $69.19 a barrel, as OPEC+ cut its demand forecast.',
     '2024-09-10',
     ['BRENT level none 2024-09-10 level=69.19',
      'BRENT record down 2024-09-10 level=69.19 since=2021-12-01']),
    ("Sterling closed at its weakest since 1985 against the dollar on Monday, at $1.0686, after the government's tax-cutting budget.",
     '2022-09-27',
     ['GBPUSD level none 2022-09-26 level=1.0686',
      'GBPUSD record down 2022-09-26 level=1.0686 since=1985-01-01']),
    ('MOSCOW, March 18 - The rouble ended at its weakest since 2016 on Wednesday, at 80.15 per dollar, as oil prices slumped further.',
     '2020-03-18',
     ['USDRUB level none 2020-03-18 inverse level=80.15',
      'USDRUB record down 2020-03-18 inverse level=80.15 since=2016-01-01',
      'BRENT session_change down 2020-03-18']),
]  # fmt: skip

FRONTED_EXTREMES: list[Row] = [
    ('At its weakest, sterling fetched $1.0327, down almost 5% on the day, before recovering in European trade.',
     '2022-09-26',
     ['GBPUSD intraday_extreme down 5 percent almost 2022-09-26 level=1.0327']),
    ('At its highest, the 10-year gilt yield was 4.46%, up 11 basis points on the day, after the inflation data.',
     '2023-06-21',
     ['UK10Y intraday_extreme up 11 bp 2023-06-21 level=4.46']),
    ('At its peak, gold traded at $2,002.09 an ounce, up 1.8% on the day, as investors fled to safety.',
     '2022-03-07',
     ['GOLD intraday_extreme up 1.8 percent 2022-03-07 level=2002.09']),
]  # fmt: skip

SESSION_EXTREMES: list[Row] = [
    ('Stocks in Europe rose 1.2% on Friday and were sitting near session peaks late in the day.',
     '2023-01-06',
     ['STOXX600 session_change up 1.2 percent 2023-01-06',
      'STOXX600 session_high none 2023-01-06']),
    ('Brent crude was at the highs of the day in afternoon trade on Friday, above $92 a barrel, on fears of an Iranian strike on Israel.',
     '2024-04-12',
     ['BRENT session_high none 2024-04-12',
      'BRENT level none 2024-04-12 level=92']),
    ("The yuan was trading at its session low of 7.2980 per dollar on Tuesday after the central bank's surprise rate cut.",
     '2023-08-15',
     ['USDCNY session_low none 2023-08-15 inverse',
      'USDCNY level none 2023-08-15 inverse level=7.298']),
    ("The rupee was at the session's weakest level in Mumbai trade, at 83.60 per dollar.",
     '2024-05-15',
     ['USDINR session_low none 2024-05-15 inverse',
      'USDINR level none 2024-05-15 inverse level=83.6']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), _cases(CLOSES_AT_RECORDS))
def test_closes_at_records(text: str, published: str, expected: list[str]) -> None:
    """A closing verb reaching a record, with a price after it: a level and the record."""
    assert extract(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), _cases(FRONTED_EXTREMES))
def test_fronted_extremes(text: str, published: str, expected: list[str]) -> None:
    """ "At its weakest, X traded at P, down S on the day": one intraday extreme."""
    assert extract(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), _cases(SESSION_EXTREMES))
def test_session_extremes(text: str, published: str, expected: list[str]) -> None:
    """The day's highs and lows, and a price told beside them."""
    assert extract(text, published) == expected
