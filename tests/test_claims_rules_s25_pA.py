"""Claim parser rules from session 25 (helper pA): currency quote conventions and Russian
market names the blind probes showed the parser missing.

- a counter fronted for the sentence ("Against the yen, the euro hit 175.40") still holds when
  the verb reaches a bare level;
- a second, flat state against another counter ("down 0.4% against the yen ... and flat against
  sterling");
- an unsized move then sized by a participle against a named counter ("rebounded on Thursday,
  strengthening about 5% against the yuan", "fell on Monday, losing 1.1% to 0.8470 Swiss
  francs"): the one move on the named pair, not a second on the default pair;
- an unsized move against two counters ("weakened against the dollar and the euro"): each pair;
- named plural units after a level ("1.3620 Canadian dollars", "10.95 Swedish crowns"), also in
  a gapped second clause ("and 0.7% to 10.48 Swedish crowns");
- "closed at ..., barely changed from its previous close of 83.30": the flat close and the
  earlier close's level;
- "a third weekly decline": an ordinal, not a third of the price;
- "the Moscow Exchange's main index" as the MOEX index.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

COUNTERS: list[Row] = [
    ('Against the yen, the euro hit 175.40 on Thursday, its highest since 1992.',
     '2024-07-11',
     ['EURJPY intraday_extreme up 2024-07-11 level=175.4',
      'EURJPY record up 2024-07-11 level=175.4 since=1992-01-01']),
    ('Against the euro, the franc hit 0.9250 on Monday, its strongest since January.',
     '2024-08-05',
     ['EURCHF intraday_extreme up 2024-08-05 inverse level=0.925',
      'EURCHF record up 2024-08-05 inverse level=0.925 since=2024-01-01']),
    ('The euro was down 0.4% against the yen at 163.2 and flat against sterling.',
     '2024-03-19',
     ['EURJPY intraday_change down 0.4 percent 2024-03-19 level=163.2',
      'EURGBP intraday_change flat 2024-03-19']),
    ('The rouble rebounded on Thursday after the central bank halted its foreign-currency purchases, strengthening about 5% against the yuan in Moscow.',
     '2024-11-28',
     ['CNYRUB session_change up 5 percent about 2024-11-28 inverse']),
    ('The dollar fell on Monday, losing 1.1% to 0.8470 Swiss francs.',
     '2024-08-05',
     ['USDCHF session_change down 1.1 percent 2024-08-05 level=0.847']),
    ('The dollar fell against the Swiss franc and the yen on Monday.',
     '2024-08-05',
     ['USDCHF session_change down 2024-08-05',
      'USDJPY session_change down 2024-08-05']),
    ('The rouble weakened against the dollar and the euro on Wednesday.',
     '2022-03-02',
     ['USDRUB session_change down 2022-03-02 inverse',
      'EURRUB session_change down 2022-03-02 inverse']),
]  # fmt: skip

UNITS: list[Row] = [
    ('The dollar slipped 0.3% to 1.3620 Canadian dollars on Tuesday.',
     '2024-10-01',
     ['USDCAD session_change down 0.3 percent 2024-10-01 level=1.362']),
    ('The dollar rose 0.4% to 10.95 Swedish crowns.',
     '2024-10-01',
     ['USDSEK session_change up 0.4 percent 2024-10-01 level=10.95']),
    ('The Indian rupee closed at 83.32 per dollar, barely changed from its previous close of 83.30.',
     '2024-04-25',
     ['USDINR session_change flat 2024-04-25 inverse level=83.32',
      'USDINR level none 2024-04-24 inverse level=83.3']),
    ('The dollar fell 0.9% to 10.62 Norwegian crowns and 0.7% to 10.48 Swedish crowns on Thursday.',
     '2023-06-22',
     ['USDNOK session_change down 0.9 percent 2023-06-22 level=10.62',
      'USDSEK session_change down 0.7 percent 2023-06-22 level=10.48']),
    ('The MOEX index fell 1% on Friday, a third weekly decline.',
     '2024-06-14',
     ['IMOEX session_change down 1 percent 2024-06-14']),
    ("The Moscow Exchange's main index finished 0.6% lower at 3,184.5 points on Monday.",
     '2023-10-02',
     ['IMOEX session_change down 0.6 percent 2023-10-02 level=3184.5']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COUNTERS))
def test_counter_currencies_told_apart_from_the_verb(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A fronted counter, a flat state against a second counter, a participle that sizes the
    move against a named counter, and two counters of one unsized move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNITS))
def test_named_units_previous_closes_and_moscow_names(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Canadian dollars" after a level, a previous close beside a flat close, "a third weekly
    decline" as no size, and "the Moscow Exchange's main index"."""
    assert extract(sentence, published) == expected
