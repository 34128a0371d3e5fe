"""Claim parser rules from session 26 (helper jB): words that pick one of several markets.

- "the former" / "the latter" count only the markets named as subjects: a counter currency
  ("both hit record lows against the dollar, the former sinking ...") is not one of the two;
- a gapped "the latter" closing the sentence after a sized "the former" clause ("the former
  gaining 0.8% to $1.3120 and the latter 0.5% to $1.1230."): the second market's own move;
- a "with" clause hangs on the clause just before it ("and ether fared worse, with the
  cryptocurrency sliding 16%"): the anaphor is that clause's market, not the earlier claim's;
- levels told in turn after a plural record with one counter ("record lows of 1.0250 and 0.7150
  Swiss francs, respectively"): each market's pair against that counter;
- "0.5% each against the yen and the Swiss franc": the move on each pair.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

ORD: list[Row] = [
    ('The pound and the Swedish crown fell against the dollar on Thursday, the former sliding as far as $1.1210 in Asian trade.',
     '2022-09-22',
     ['USDSEK session_change down 2022-09-22 inverse',
      'GBPUSD intraday_extreme down 2022-09-22 level=1.121']),
    ('The yen and the Swiss franc slid against the dollar on Tuesday, the latter weakening as far as 0.9240 per dollar.',
     '2023-10-03',
     ['USDJPY session_change down 2023-10-03 inverse',
      'USDCHF intraday_extreme down 2023-10-03 inverse level=0.924']),
    ('The pound and the euro rose against the dollar on Friday, the former gaining 0.8% to $1.3120 and the latter 0.5% to $1.1230.',
     '2023-07-14',
     ['GBPUSD session_change up 0.8 percent 2023-07-14 level=1.312',
      'EURUSD session_change up 0.5 percent 2023-07-14 level=1.123']),
    ('Copper and aluminium slipped on Thursday, the former losing 1.1% to $7,930 a tonne and the latter 0.8%.',
     '2023-10-26',
     ['COPPER session_change down 1.1 percent 2023-10-26 level=7930',
      'ALUMINIUM session_change down 0.8 percent 2023-10-26']),
]  # fmt: skip

PICK: list[Row] = [
    ('Bitcoin slumped 15% on Monday after a crypto lender froze withdrawals, and ether fared worse, with the cryptocurrency sliding 16%.',
     '2022-06-13',
     ['BTC session_change down 15 percent 2022-06-13',
      'ETH session_change down 16 percent 2022-06-13']),
    ('Bitcoin dropped 4% on Monday and ether did even worse, with the token down 7%.',
     '2024-04-15',
     ['BTC session_change down 4 percent 2024-04-15',
      'ETH intraday_change down 7 percent 2024-04-15']),
    ('The euro and the dollar fell to record lows of 1.0250 and 0.7150 Swiss francs, respectively, on Monday.',
     '2011-08-08',
     ['EURCHF level down 2011-08-08 level=1.025',
      'USDCHF level down 2011-08-08 level=0.715',
      'EURCHF record down 2011-08-08 level=1.025',
      'USDCHF record down 2011-08-08 level=0.715']),
    ('The dollar gained 0.5% each against the yen and the Swiss franc on Tuesday.',
     '2023-09-05',
     ['USDJPY session_change up 0.5 percent 2023-09-05',
      'USDCHF session_change up 0.5 percent 2023-09-05']),
    ('The euro rose 0.3% each against the pound and the yen on Tuesday.',
     '2023-10-10',
     ['EURGBP session_change up 0.3 percent 2023-10-10',
      'EURJPY session_change up 0.3 percent 2023-10-10']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ORD))
def test_former_and_latter_skip_the_counter(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "against the dollar, the former ...": the counter is not one of the two markets; "and
    the latter 0.5% to $1.1230." after "the former gaining 0.8%" is the second's move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PICK))
def test_one_market_picked_of_several(sentence: str, published: str, expected: list[str]) -> None:
    """ "ether fared worse, with the cryptocurrency", "record lows of A and B Swiss francs,
    respectively", "0.5% each against the yen and the Swiss franc"."""
    assert extract(sentence, published) == expected
