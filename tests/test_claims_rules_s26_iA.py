"""Claim parser rules from session 26 (helper iA): which market "the dollar" moved on.

- a level told in a named currency's plural, with its nation's adjective ("to 5.0520 Brazilian
  reais", "940 Chilean pesos", "153.40 Japanese yen", "41.2 hryvnias"): the dollar's pair with
  that currency, not the dollar index (the adjective decides a shared plural: Chilean pesos);
- "One dollar fetched 90.2 roubles": "One" before the currency word names no other country;
- the dollar moving "against most major currencies" / "against its peers" or "across the
  board", then a participle sized on a named currency: the index's move and the pair's;
- "..., while it gained 0.4% to 7.2650 in offshore trade" after an onshore yuan clause: the
  offshore yuan's pair;
- "with the greenback firmer against the yen at 151.5": an unsized way and a level in a "with"
  clause, the pair's state;
- "Versus the yen, ..., and against the Swiss franc it rose 0.3%": a clause's own fronted
  counter over the sentence's;
- "gained against the yen, the Swiss franc and the euro": a move on each listed counter.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

UNITS: list[Row] = [
    ("The dollar firmed 0.4% to 5.0520 Brazilian reais, while Sao Paulo's Bovespa index slipped 0.7%.",
     '2024-04-03',
     ['USDBRL session_change up 0.4 percent 2024-04-03 level=5.052',
      'BOVESPA session_change down 0.7 percent 2024-04-03']),
    ('The dollar edged up 0.1% to 83.45 Indian rupees.',
     '2024-04-16',
     ['USDINR session_change up 0.1 percent 2024-04-16 level=83.45']),
    ('The dollar rose 0.3% to 940 Chilean pesos.',
     '2024-04-03',
     ['USDCLP session_change up 0.3 percent 2024-04-03 level=940']),
    ('The dollar jumped 1.1% to 28.15 Turkish lira on Wednesday, a record high.',
     '2023-10-25',
     ['USDTRY session_change up 1.1 percent 2023-10-25 level=28.15',
      'USDTRY record up 2023-10-25 level=28.15']),
    ('The greenback gained 1.2% to 18.95 South African rand on Friday.',
     '2023-05-12',
     ['USDZAR session_change up 1.2 percent 2023-05-12 level=18.95']),
    ('The greenback was 0.2% higher at 153.40 Japanese yen.',
     '2024-04-03',
     ['USDJPY intraday_change up 0.2 percent 2024-04-03 level=153.4']),
    ('The dollar rose 1.1% to 41.2 hryvnias.',
     '2024-04-03',
     ['USDUAH session_change up 1.1 percent 2024-04-03 level=41.2']),
]  # fmt: skip

ONE: list[Row] = [
    ('One dollar fetched 90.2 roubles in Moscow trading on Friday.',
     '2023-09-22',
     ['USDRUB level none 2023-09-22 level=90.2']),
    ('One U.S. dollar bought 7.30 yuan on Friday.',
     '2023-09-22',
     ['USDCNY level none 2023-09-22 level=7.3']),
]  # fmt: skip

BROAD: list[Row] = [
    ('The dollar weakened against most major currencies on Thursday, falling 0.8% to 0.8610 Swiss francs and 0.6% to 138.5 yen.',
     '2023-07-13',
     ['DXY session_change down 2023-07-13',
      'USDCHF session_change down 0.8 percent 2023-07-13 level=0.861',
      'USDJPY session_change down 0.6 percent 2023-07-13 level=138.5']),
    ('The dollar weakened against its peers, falling 0.8% to 0.8610 Swiss francs.',
     '2023-07-13',
     ['DXY session_change down 2023-07-13',
      'USDCHF session_change down 0.8 percent 2023-07-13 level=0.861']),
    ('The dollar rose across the board, gaining 0.5% against the yen.',
     '2023-07-13',
     ['DXY session_change up 2023-07-13',
      'USDJPY session_change up 0.5 percent 2023-07-13']),
    ('Onshore, the dollar rose 0.3% to 7.2410 yuan, while it gained 0.4% to 7.2650 in offshore trade.',
     '2023-08-15',
     ['USDCNY session_change up 0.3 percent 2023-08-15 level=7.241',
      'USDCNH session_change up 0.4 percent 2023-08-15 level=7.265']),
]  # fmt: skip


MORE: list[Row] = [
    ('The dollar index edged up 0.1% to 104.2, with the greenback firmer against the yen at 151.5.',
     '2024-04-29',
     ['DXY session_change up 0.1 percent 2024-04-29 level=104.2',
      'USDJPY intraday_change up 2024-04-29 level=151.5']),
    ('Gold rose 1%, with the dollar weaker against the yen at 151.5.',
     '2024-04-29',
     ['GOLD session_change up 1 percent 2024-04-29',
      'USDJPY intraday_change down 2024-04-29 level=151.5']),
    ('Versus the yen, the dollar gained 0.4% to 151.4, and against the Swiss franc it rose 0.3% to 0.9140.',
     '2024-04-23',
     ['USDJPY session_change up 0.4 percent 2024-04-23 level=151.4',
      'USDCHF session_change up 0.3 percent 2024-04-23 level=0.914']),
    ('The dollar gained against the yen, the Swiss franc and the euro on Tuesday.',
     '2024-04-23',
     ['USDJPY session_change up 2024-04-23',
      'USDCHF session_change up 2024-04-23',
      'EURUSD session_change up 2024-04-23 inverse']),
    ('The rouble weakened against the dollar, the euro and the yuan on Tuesday.',
     '2024-04-23',
     ['USDRUB session_change down 2024-04-23 inverse',
      'EURRUB session_change down 2024-04-23 inverse',
      'CNYRUB session_change down 2024-04-23 inverse']),
    ('Stocks rallied, with the dollar index softer at 104.1 and the yen stronger at 150.2 per dollar.',
     '2024-04-29',
     ['DXY intraday_change down 2024-04-29 level=104.1',
      'USDJPY intraday_change up 2024-04-29 inverse level=150.2']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNITS))
def test_levels_in_named_currency_plurals(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "rose 0.3% to 940 Chilean pesos": the dollar's pair with the named currency."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ONE))
def test_one_dollar_fetched(sentence: str, published: str, expected: list[str]) -> None:
    """ "One dollar fetched 90.2 roubles": the dollar, not another country's dollar."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BROAD))
def test_broad_moves_and_offshore_clauses(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "weakened against most major currencies, falling 0.8% to 0.8610 Swiss francs": the index
    and the pair; "while it gained ... in offshore trade": the offshore yuan."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MORE))
def test_with_ways_clause_counters_and_counter_lists(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "with the greenback firmer against the yen at 151.5", "and against the Swiss franc it
    rose", "against the yen, the Swiss franc and the euro": the pair each names."""
    assert extract(sentence, published) == expected
