"""Claim parser rules from session 25 (helper qD): instruments and sizes on currency and
index-futures claims.

- "the RTS dollar index" / "the dollar-based RTS" is the RTS index, not the dollar index;
- "futures on the index" / "futures tracking the index" after a named index are that index's
  futures, found by any of the index's names (the Nasdaq Composite's are the Nasdaq e-minis);
- "The dollar index fell on Monday, losing 1.1% against the yen": the sized participle is the
  dollar's pair with the named currency, and the index keeps only its own move;
- "fell against the Swiss franc and the yen on Monday, losing 1.1% to 0.8470 francs and 1.4% to
  144.2 yen": the two sizes and levels go to the two pairs in order;
- "the currency's slide pushed the euro to 160.5 yen": the level's way from the move noun and
  whose currency it is (the yen's slide: the euro up);
- "weaker than the onshore rate of 7.2395" beside an offshore-yuan claim (and the reverse): the
  other yuan market's level.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

NAMED_INDICES: list[Row] = [
    ('The RTS dollar index fell 3.2% to 1,012 points on Tuesday.',
     '2022-03-01',
     ['RTSI session_change down 3.2 percent 2022-03-01 level=1012']),
    ("Moscow's RTS dollar index slid 1.8% on Friday, while the rouble-based MOEX index lost 0.9%.",
     '2023-08-11',
     ['RTSI session_change down 1.8 percent 2023-08-11',
      'IMOEX session_change down 0.9 percent 2023-08-11']),
    ('The Nasdaq Composite rose 2.9% on Wednesday to close at 18,983.47, and futures on the index edged up 0.2% overnight.',
     '2024-11-07',
     ['NASDAQ session_change up 2.9 percent 2024-11-06 level=18983.5',
      'NQ intraday_extreme up 0.2 percent 2024-11-07']),
    ('The S&P 500 closed 0.8% lower on Friday; futures tracking the index were up 0.4% in premarket trading on Monday.',
     '2023-03-13',
     ['SPX session_change down 0.8 percent 2023-03-10',
      'ES intraday_change up 0.4 percent 2023-03-13']),
]  # fmt: skip

DOLLAR_INDEX_COUNTERS: list[Row] = [
    ('The dollar index fell on Monday, losing 1.1% against the yen.',
     '2024-08-05',
     ['DXY session_change down 2024-08-05',
      'USDJPY session_change down 1.1 percent 2024-08-05']),
    ('The dollar index firmed on Monday, rising 0.7% against the Australian dollar.',
     '2022-06-13',
     ['DXY session_change up 2022-06-13',
      'AUDUSD session_change up 0.7 percent 2022-06-13 inverse']),
    ('The dollar index fell 0.4% to 104.2 on Monday, losing 1.1% against the yen.',
     '2024-08-05',
     ['DXY session_change down 0.4 percent 2024-08-05 level=104.2',
      'USDJPY session_change down 1.1 percent 2024-08-05']),
]  # fmt: skip

SHARED_PARTICIPLES: list[Row] = [
    ('The dollar fell against the Swiss franc and the yen on Monday, losing 1.1% to 0.8470 francs and 1.4% to 144.2 yen.',
     '2024-08-05',
     ['USDCHF session_change down 1.1 percent 2024-08-05 level=0.847',
      'USDJPY session_change down 1.4 percent 2024-08-05 level=144.2']),
    ('The euro weakened against the dollar and the pound on Friday, shedding 0.6% to $1.0830 and 0.3% to 85.10 pence.',
     '2023-12-08',
     ['EURUSD session_change down 0.6 percent 2023-12-08 level=1.083',
      'EURGBP session_change down 0.3 percent 2023-12-08 level=85.1']),
]  # fmt: skip

YUAN_RATES: list[Row] = [
    ('The offshore yuan traded at 7.2650 per dollar, weaker than the onshore rate of 7.2395.',
     '2024-05-08',
     ['USDCNH level none 2024-05-08 inverse level=7.265',
      'USDCNY level none 2024-05-08 inverse level=7.2395']),
    ('The onshore yuan ended at 6.8910 per dollar on Friday, while the offshore rate was at 6.9025.',
     '2022-09-02',
     ['USDCNY level none 2022-09-02 inverse level=6.891',
      'USDCNH level none 2022-09-02 inverse level=6.9025']),
    ('The offshore yuan traded at 7.1120 per dollar on Tuesday, compared with an onshore rate of 7.1010.',
     '2023-05-16',
     ['USDCNH level none 2023-05-16 inverse level=7.112',
      'USDCNY level none 2023-05-16 inverse level=7.101']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NAMED_INDICES))
def test_rts_dollar_index_and_futures_on_the_index(
    sentence: str, published: str, expected: list[str]
) -> None:
    """The RTS told by its dollar basis, and index futures named through "the index"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DOLLAR_INDEX_COUNTERS))
def test_dollar_index_participle_against_a_currency(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A dollar-index participle sized against a currency is the dollar's pair's move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHARED_PARTICIPLES))
def test_one_participle_sizes_two_counters(
    sentence: str, published: str, expected: list[str]
) -> None:
    """Two counters named before a participle take its two sizes in order."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(YUAN_RATES))
def test_other_yuan_market_rate(sentence: str, published: str, expected: list[str]) -> None:
    """ "the onshore rate of 7.2395" beside an offshore-yuan claim is onshore's level."""
    assert extract(sentence, published) == expected


PUSHED_LEVELS: list[Row] = [
    ("The yen weakened 1.2% to 151.70 per dollar on Wednesday, and the currency's slide pushed the euro to 160.5 yen.",
     '2023-11-01',
     ['USDJPY session_change down 1.2 percent 2023-11-01 inverse level=151.7',
      'EURJPY level up 2023-11-01 level=160.5']),
    ("The dollar's rally pushed the euro to $1.0450 on Tuesday.",
     '2023-10-03',
     ['EURUSD level down 2023-10-03 level=1.045']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PUSHED_LEVELS))
def test_level_pushed_by_a_move_noun(sentence: str, published: str, expected: list[str]) -> None:
    """ "X's slide pushed the euro to 160.5 yen": the way from X's move and X's side."""
    assert extract(sentence, published) == expected
