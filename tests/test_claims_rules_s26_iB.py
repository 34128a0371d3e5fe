"""Claim parser rules from session 26 (helper iB): which market a cross or twin quote is on.

- the yuan told in its market after the name ("the yuan in offshore trade firmed", "the yuan in
  onshore trade slipped", "the euro in thin holiday trade rose"): the phrase no longer keeps the
  subject from its verb;
- "in Hong Kong trade" in the yuan's own clause, or an offshore market in the clause of a yuan
  counter even when a later clause names the onshore yuan: the offshore yuan (USDCNH);
- a price in pence on sterling ("touching 83.20 pence", "little changed at 86.60 pence", "and
  0.1% to 88.90 pence per euro"): the pound against the euro (EURGBP, sterling the quote);
- "euro-yen", "euro/yen": the euro against the yen (registry aliases of EURJPY);
- one sized move told against two counters ("jumped 2% against the euro and the dollar"): the
  move on each pair;
- a gapped flat clause after a flat one ("The euro was flat at $1.0890 and the pound steady at
  $1.2780"): its own flat claim, with its level;
- a turn whose verb is another pair's move ("jumped 3.2% ..., but lost ground against the
  euro"): no undoing of the first move, which stays the session's.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

YUAN_MARKETS: list[Row] = [
    ("Hong Kong's Hang Seng jumped 3.7% on Friday, and the yuan in offshore trade firmed 0.3% to 7.2450 per dollar.",
     '2025-02-21',
     ['HSI session_change up 3.7 percent 2025-02-21',
      'USDCNH session_change up 0.3 percent 2025-02-21 inverse level=7.245']),
    ('The yuan in onshore trade slipped 0.2% to 7.2880 per dollar as the central bank set a firmer fixing.',
     '2023-08-15',
     ['USDCNY session_change down 0.2 percent 2023-08-15 inverse level=7.288']),
    ('The euro in thin holiday trade rose 0.2% to $1.0420.',
     '2024-12-24',
     ['EURUSD session_change up 0.2 percent 2024-12-24 level=1.042']),
    ('The yuan fell to 7.2630 per dollar in Hong Kong trade on Monday, its weakest since November.',
     '2024-04-15',
     ['USDCNH level down 2024-04-15 inverse level=7.263',
      'USDCNH record down 2024-04-15 inverse level=7.263 since=2023-11-01']),
    ('The dollar climbed to 7.1100 yuan in offshore trade on Monday, the most on record, while the onshore yuan was little changed.',
     '2019-08-05',
     ['USDCNH level up 2019-08-05 level=7.11',
      'USDCNH record up 2019-08-05 level=7.11',
      'USDCNY intraday_change flat 2019-08-05 inverse']),
    (
        "Euro-yen slid 0.7% to 166.20 on Thursday amid suspected intervention by Tokyo.",
        "2024-05-02",
        ["EURJPY session_change down 0.7 percent 2024-05-02 level=166.2"],
    ),
]  # fmt: skip

STERLING_IN_PENCE: list[Row] = [
    ('Sterling hit its strongest level against the euro in more than two years on Wednesday, touching 83.20 pence.',
     '2024-09-25',
     ['EURGBP record up 2024-09-25 inverse level=83.2 since=2022-09-25',
      'EURGBP intraday_extreme up 2024-09-25 inverse level=83.2']),
    ("The pound was little changed at 86.60 pence after the Bank of England governor's comments.",
     '2023-11-30',
     ['EURGBP intraday_change flat 2023-11-30 inverse level=86.6']),
    (
        "The pound eased 0.2% to $1.1950 and 0.1% to 88.90 pence per euro after data showed the economy grew in January.",
        "2023-03-10",
        [
            "GBPUSD session_change down 0.2 percent 2023-03-10 level=1.195",
            "EURGBP session_change down 0.1 percent 2023-03-10 inverse level=88.9",
        ],
    ),
]  # fmt: skip

SHARED_MOVES: list[Row] = [
    ('The franc jumped 2% against the euro and the dollar on Thursday after the Swiss National Bank raised rates for the first time in 15 years.',
     '2022-06-16',
     ['EURCHF session_change up 2 percent 2022-06-16 inverse',
      'USDCHF session_change up 2 percent 2022-06-16 inverse']),
    ('The yen weakened 0.5% against the dollar and the euro on Tuesday as Treasury yields climbed.',
     '2024-10-01',
     ['USDJPY session_change down 0.5 percent 2024-10-01 inverse',
      'EURJPY session_change down 0.5 percent 2024-10-01 inverse',
      'US10Y session_change up 2024-10-01']),
    ('The euro was flat at $1.0890 and the pound steady at $1.2780 as traders waited for U.S. inflation data.',
     '2024-03-12',
     ['EURUSD intraday_change flat 2024-03-12 level=1.089',
      'GBPUSD intraday_change flat 2024-03-12 level=1.278']),
    (
        "The pound jumped 3.2% to $1.1710 after softer U.S. inflation data, its best day since 2017, but lost ground against the euro.",
        "2022-11-10",
        [
            "GBPUSD session_change up 3.2 percent 2022-11-10 level=1.171",
            "GBPUSD biggest_move up 2022-11-10 since=2017-01-01",
            "EURGBP session_change down 2022-11-10 inverse",
        ],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(YUAN_MARKETS))
def test_yuan_told_in_its_market(sentence: str, published: str, expected: list[str]) -> None:
    """ "the yuan in offshore trade", "in Hong Kong trade": the yuan market the clause names."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STERLING_IN_PENCE))
def test_sterling_priced_in_pence(sentence: str, published: str, expected: list[str]) -> None:
    """ "touching 83.20 pence": sterling quoted in pence is the pound against the euro."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHARED_MOVES))
def test_moves_shared_across_pairs(sentence: str, published: str, expected: list[str]) -> None:
    """ "jumped 2% against the euro and the dollar", "and the pound steady at $1.2780", "but
    lost ground against the euro": the move on each market the clause names."""
    assert extract(sentence, published) == expected
