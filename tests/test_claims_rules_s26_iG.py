"""Claim parser rules from session 26 (helper iG): currencies told from the quote side, and
the names journalists give them.

- "One dollar bought 18.95 pesos": "one" before a currency word is a determiner, not a
  country owning another dollar;
- a registry currency listed with one the registry lacks ("the Australian and New Zealand
  dollars", "South Korea's won and Taiwan's dollar both fell"): the registry one is the subject;
- "the yuan-rouble rate", "the euro-rouble rate": a hyphened pair before "rate" names the pair
  (as before "exchange rate", "pair" or "cross"), except "euro-dollar rate";
- a price touched in a side clause beside the market's stated level ("recovered to 19.05 per
  dollar after touching 19.25"): the extreme lies on the side of the stated level its price is
  on (in the subject's perspective), not the recovery's way.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

ONE_DOLLAR: list[Row] = [
    ("One dollar bought 18.95 pesos in late trade on Friday, the most since March, after Mexico's ruling party won a supermajority.",
     '2024-06-07',
     ['USDMXN level none 2024-06-07 level=18.95',
      'USDMXN record up 2024-06-07 level=18.95 since=2024-03-01']),
    ('One dollar fetched 1,451 won in Seoul on Thursday, the most since 2009.',
     '2024-12-19',
     ['USDKRW level none 2024-12-19 level=1451',
      'USDKRW record up 2024-12-19 level=1451 since=2009-01-01']),
]  # fmt: skip

LISTED_WITH_FOREIGN: list[Row] = [
    ('The Australian and New Zealand dollars fell 0.7% and 0.9% respectively as iron ore prices slumped.',
     '2024-04-16',
     ['AUDUSD session_change down 0.7 percent 2024-04-16']),
    ('The Australian and New Zealand dollars both slipped about 0.5% against the greenback on Tuesday.',
     '2024-04-16',
     ['AUDUSD session_change down 0.5 percent about 2024-04-16']),
    ("South Korea's won and Taiwan's dollar both fell about 0.8% as chip stocks slumped.",
     '2024-08-05',
     ['USDKRW session_change down 0.8 percent about 2024-08-05 inverse']),
]  # fmt: skip

PAIR_RATES: list[Row] = [
    ('The rouble was 0.8% weaker at 112.50 per dollar in Moscow trading, while the yuan-rouble rate rose 0.5% to 15.40.',
     '2024-11-27',
     ['USDRUB intraday_change down 0.8 percent 2024-11-27 inverse level=112.5',
      'CNYRUB session_change up 0.5 percent 2024-11-27 level=15.4']),
    ('The euro-rouble rate rose 0.5% to 118.40 on Wednesday.',
     '2024-11-27',
     ['EURRUB session_change up 0.5 percent 2024-11-27 level=118.4']),
]  # fmt: skip

TOUCHED_SIDES: list[Row] = [
    ('The rand recovered to 19.05 per dollar after touching 19.25 earlier in the session.',
     '2024-04-17',
     ['USDZAR level up 2024-04-17 inverse level=19.05',
      'USDZAR intraday_extreme down 2024-04-17 inverse level=19.25']),
    ('The yen recovered to 151.20 per dollar after touching 151.97 earlier in the session.',
     '2024-04-17',
     ['USDJPY level up 2024-04-17 inverse level=151.2',
      'USDJPY intraday_extreme down 2024-04-17 inverse level=151.97']),
    ('The euro recovered to $1.0850 after touching $1.0780 earlier in the session.',
     '2024-04-17',
     ['EURUSD level up 2024-04-17 level=1.085',
      'EURUSD intraday_extreme down 2024-04-17 level=1.078']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ONE_DOLLAR))
def test_one_dollar_bought(sentence: str, published: str, expected: list[str]) -> None:
    """ "One dollar bought 18.95 pesos": the dollar's pair, with its level and record."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LISTED_WITH_FOREIGN))
def test_currency_listed_with_a_foreign_one(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "The Australian and New Zealand dollars fell", "the won and Taiwan's dollar": the
    registry currency's claim."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PAIR_RATES))
def test_hyphened_pair_rate(sentence: str, published: str, expected: list[str]) -> None:
    """ "the yuan-rouble rate rose 0.5%": the pair itself."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TOUCHED_SIDES))
def test_touched_price_beside_stated_level(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "recovered to 19.05 per dollar after touching 19.25": the extreme is the rand's weakest."""
    assert extract(sentence, published) == expected
