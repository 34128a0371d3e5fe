"""Claim parser rules from session 24 (helper hA): record claims the parser missed.

- a record told after a comma with a closing noun or a qualifier ("a record finish", "still a
  record closing level", "a record for the New York contract"): the record at the claim's level;
- "the fewest" / "the least since" after a bare level: the pair's low since then (as "the most
  since" is its high);
- "since touching a 34-year low on July 3" with no level: that day's record, besides the window;
- a bond's yield lifted past a mark "for the first time since May": the mark's record;
- a level fronted before the subject with a record phrase set off after it ("At 1.0420, the
  lowest since November 2022, the euro ...", "At a record 1.2%, the yield ..."): the record at
  that level, and the level on the clause's claim;
- firsts told as a clause or without "for" ("the first time the contract has ever ended a
  session below zero", "the first time the currency had breached that level since 2013", "a
  first since March", "the first time in a year"): the record of the level reached.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

RECORD_NOUNS: list[Row] = [
    ('The Nikkei closed 0.8% higher at 40,100.5 on Friday, a record finish.',
     '2024-03-22',
     ['NIKKEI225 session_change up 0.8 percent 2024-03-22 level=40100.5', 'NIKKEI225 record up 2024-03-22 level=40100.5']),
    ("Mumbai's Sensex ended 0.6% firmer at 74,120.3 on Tuesday, still a record closing level.",
     '2024-04-09',
     ['SENSEX session_change up 0.6 percent 2024-04-09 level=74120.3', 'SENSEX record up 2024-04-09 level=74120.3']),
    ('U.S. crude briefly traded at $41.15 a barrel on Thursday, a record for the New York contract.',
     '1990-10-11',
     ['WTI intraday_extreme up 1990-10-11 level=41.15', 'WTI record up 1990-10-11 level=41.15']),
    ('A euro fetched as little as 0.8420 pounds on Monday, the fewest since 2022.',
     '2024-08-05',
     ['EURGBP intraday_extreme down 2024-08-05 level=0.842', 'EURGBP record down 2024-08-05 level=0.842 since=2022-01-01']),
    ('The dollar bought just 140.1 yen on Monday, the fewest since March.',
     '2024-08-05',
     ['USDJPY level none 2024-08-05 level=140.1', 'USDJPY record down 2024-08-05 level=140.1 since=2024-03-01']),
    ('The yen has gained about 6% since touching a 34-year low on July 3.',
     '2024-08-06',
     ['USDJPY period_change up 6 percent about 2024-08-06 inverse since=2024-07-03', 'USDJPY record down 2024-07-03 inverse since=1990-07-03']),
    ('The Nasdaq is up 12% since hitting a five-month low on April 7.',
     '2025-05-06',
     ['NASDAQ period_change up 12 percent 2025-05-06 since=2025-04-07', 'NASDAQ record down 2025-04-07 since=2024-11-07']),
    ('Ten-year notes fell 10/32 in price on Tuesday, lifting their yield above 4.5% for the first time since May.',
     '2024-08-06',
     ['US10Y level up 2024-08-06 level=4.5', 'US10Y record up 2024-08-06 level=4.5 since=2024-05-01']),
    ('At 1.0420, the lowest since November 2022, the euro was down 0.6% on Thursday.',
     '2024-08-01',
     ['EURUSD record down 2024-08-01 level=1.042 since=2022-11-01', 'EURUSD intraday_change down 0.6 percent 2024-08-01 level=1.042']),
    ("At a record 1.2%, the yield on Japan's 10-year bond was up 3 basis points on Monday.",
     '2024-08-05',
     ['JP10Y record up 2024-08-05 level=1.2', 'JP10Y intraday_change up 3 bp 2024-08-05 level=1.2']),
]  # fmt: skip

FIRSTS: list[Row] = [
    ('U.S. crude collapsed to settle at minus $5.10 a barrel on Tuesday, the first time the contract has ever ended a session below zero.',
     '2024-08-06',
     ['WTI level down 2024-08-06 level=-5.1', 'WTI record down 2024-08-06 level=-5.1']),
    ('The rupee weakened past 84 per dollar on Monday, the first time the currency had breached that level since 2013.',
     '2024-08-05',
     ['USDINR level down 2024-08-05 inverse level=84', 'USDINR record down 2024-08-05 inverse level=84 since=2013-01-01']),
    ('Gold briefly pierced $2,500 an ounce on Monday, a first since March.',
     '2024-08-05',
     ['GOLD intraday_extreme up 2024-08-05 level=2500', 'GOLD record up 2024-08-05 level=2500 since=2024-03-01']),
    ('The 10-year Bund yield briefly touched 2.9% on Monday, the first time in a year.',
     '2024-08-05',
     ['DE10Y intraday_extreme up 2024-08-05 level=2.9', 'DE10Y record up 2024-08-05 level=2.9 since=2023-08-05']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORD_NOUNS))
def test_records_told_in_less_common_words(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "a record finish", "the fewest since", "since touching a 34-year low on July 3", "At
    1.0420, the lowest since ...": a record claim beside the main one."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FIRSTS))
def test_firsts_told_as_clauses(sentence: str, published: str, expected: list[str]) -> None:
    """ "the first time the currency had breached that level since 2013", "a first since
    March": the record of the level the claim reached."""
    assert extract(sentence, published) == expected
