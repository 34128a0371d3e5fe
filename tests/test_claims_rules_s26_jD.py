"""Claim parser rules from session 26 (helper jD): currency moves told against several
counters or in gapped clauses.

- a list of three counters closing its clause ("against the yen, the Swiss franc and the Canadian
  dollar on Friday"): the day after it is the move's, and the Canadian dollar is its own counter;
- two counters followed by "yesterday": the move on each pair;
- one size (or one each) against two counters with levels told in turn ("0.2% against the yen
  and the Swiss franc, to 149.8 yen and 0.8830 francs respectively"): a level for each pair;
- a counter named by its nation ("against its Japanese counterpart to 155.8 yen"): the level;
- the yuan's second market in a gapped clause ("to 6.93 per dollar in onshore trade and to 6.94
  offshore", "0.2% onshore and 0.3% offshore"): a claim on USDCNH (or USDCNY) too;
- a participle after "was the only/first ... currency to gain" ("..., rising 0.2% to 0.8950"):
  the rank is told as done, so the participle's move is a claim.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

COUNTER_LISTS: list[Row] = [
    ('The euro slipped against the dollar, the yen and the Swiss franc on Thursday.',
     '2024-06-14',
     ['EURUSD session_change down 2024-06-13',
      'EURJPY session_change down 2024-06-13',
      'EURCHF session_change down 2024-06-13']),
    ('The greenback fell against the yen, the Swiss franc and the Canadian dollar on Friday after a weak payrolls report.',
     '2024-08-05',
     ['USDJPY session_change down 2024-08-02',
      'USDCHF session_change down 2024-08-02',
      'USDCAD session_change down 2024-08-02']),
    ('The dollar rose against the yen and the euro yesterday, extending gains after hawkish remarks from Fed officials.',
     '2023-02-18',
     ['USDJPY session_change up 2023-02-17',
      'EURUSD session_change up 2023-02-17 inverse']),
]  # fmt: skip

COUNTER_LEVELS: list[Row] = [
    ('The dollar climbed 0.5% against the yen and 0.3% against the Swiss franc, to 151.10 yen and 0.9070 francs respectively.',
     '2023-11-01',
     ['USDJPY session_change up 0.5 percent 2023-11-01 level=151.1',
      'USDCHF session_change up 0.3 percent 2023-11-01 level=0.907']),
    ('The dollar rose 0.2% against the yen and the Swiss franc, to 149.8 yen and 0.8830 francs respectively.',
     '2023-10-03',
     ['USDJPY session_change up 0.2 percent 2023-10-03 level=149.8',
      'USDCHF session_change up 0.2 percent 2023-10-03 level=0.883']),
    ('The dollar fell 0.4% against the yen and the franc on Monday, to 141.20 yen and 0.8615 francs respectively.',
     '2023-06-13',
     ['USDJPY session_change down 0.4 percent 2023-06-12 level=141.2',
      'USDCHF session_change down 0.4 percent 2023-06-12 level=0.8615']),
    ('The dollar jumped 0.9% against its Japanese counterpart to 155.8 yen.',
     '2024-04-29',
     ['USDJPY session_change up 0.9 percent 2024-04-29 level=155.8']),
    ('The Australian dollar rose 0.6% against its U.S. counterpart to $0.6720 on Thursday after strong jobs data.',
     '2023-12-15',
     ['AUDUSD session_change up 0.6 percent 2023-12-14 level=0.672']),
]  # fmt: skip

YUAN_SIDES: list[Row] = [
    ('The yuan weakened to 6.93 per dollar in onshore trade and to 6.94 offshore.',
     '2022-12-01',
     ['USDCNY level down 2022-12-01 inverse level=6.93',
      'USDCNH level down 2022-12-01 inverse level=6.94']),
    ('The yuan firmed to 7.1820 per dollar onshore and to 7.1905 in offshore trade on Monday.',
     '2023-11-14',
     ['USDCNY level up 2023-11-13 inverse level=7.182',
      'USDCNH level up 2023-11-13 inverse level=7.1905']),
    ("China's yuan slipped 0.2% onshore and 0.3% offshore on Tuesday after weak trade data.",
     '2023-08-09',
     ['USDCNY session_change down 0.2 percent 2023-08-08 inverse',
      'USDCNH session_change down 0.3 percent 2023-08-08 inverse']),
]  # fmt: skip

RANKED: list[Row] = [
    ('The Swiss franc was the only major currency to gain against the dollar, rising 0.2% to 0.8950.',
     '2023-05-18',
     ['USDCHF session_change up 0.2 percent 2023-05-18 inverse level=0.895']),
    ('The rand was the first emerging-market currency to recover, gaining 1.2% to 18.45 per dollar on Wednesday.',
     '2023-06-01',
     ['USDZAR session_change up 1.2 percent 2023-05-31 inverse level=18.45']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COUNTER_LISTS))
def test_counter_lists(sentence: str, published: str, expected: list[str]) -> None:
    """ "against the yen, the Swiss franc and the euro on Thursday": each pair, on that day."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COUNTER_LEVELS))
def test_levels_per_counter(sentence: str, published: str, expected: list[str]) -> None:
    """ "to 149.8 yen and 0.8830 francs respectively", "against its Japanese counterpart to
    155.8 yen": the level on each pair."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(YUAN_SIDES))
def test_gapped_yuan_markets(sentence: str, published: str, expected: list[str]) -> None:
    """ "to 6.93 per dollar in onshore trade and to 6.94 offshore": the offshore yuan's too."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RANKED))
def test_participle_after_a_rank(sentence: str, published: str, expected: list[str]) -> None:
    """ "was the only major currency to gain against the dollar, rising 0.2%": a claim."""
    assert extract(sentence, published) == expected
