"""Claim parser rules from session 23 (helper hA): records the parser missed. A record told by
paraphrase after a level ("a depth not plumbed since 2020", "took the index to a level unseen
since 2016", "a price crushers had not paid since 2014", "a level last seen during the boom of
early 2008"); by rarer words ("its richest level since", "its feeblest since", "the highest for
the front-month contract since", "crested 5% ... for the first time since"); and a dated record
a window's distance is told from when the market is referred back by description ("the
second-biggest cryptocurrency now trades about 62% below its Nov. 10 record"): the record on the
day named, for the window's market. Spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

PARAPHRASED: list[Row] = [
    ('Copper slid 3.1% to $3.05 a lb on Monday after hitting an intraday trough of $2.98, a depth not plumbed since 2020.',
     '2023-05-22',
     ['COPPER session_change down 3.1 percent 2023-05-22 level=3.05', 'COPPER intraday_extreme down 2023-05-22 level=2.98', 'COPPER record down 2023-05-22 level=2.98 since=2020-01-01']),
    ("The Kospi's 2.4% slide on Tuesday, to 1,850.3, took the index to a level unseen since 2016.",
     '2019-08-06',
     ['KOSPI session_change down 2.4 percent 2019-08-06 level=1850.3', 'KOSPI record down 2019-08-06 level=1850.3 since=2016-01-01']),
    ('Soybean futures climbed 2.2% to $14.61 a bushel on Wednesday, a price crushers had not paid since 2014.',
     '2021-01-13',
     ['SOYBEANS session_change up 2.2 percent 2021-01-13 level=14.61', 'SOYBEANS record up 2021-01-13 level=14.61 since=2014-01-01']),
    ('Platinum rose 4% to $1,310 an ounce on Friday, a level last seen during the commodity boom of early 2008.',
     '2014-02-21',
     ['PLATINUM session_change up 4 percent 2014-02-21 level=1310', 'PLATINUM record up 2014-02-21 level=1310 since=2008-01-01']),
]  # fmt: skip

RARER_WORDS: list[Row] = [
    ('The Australian dollar rose 0.8% to $0.9450 on Thursday, its richest level since March 2011.',
     '2014-07-24',
     ['AUDUSD session_change up 0.8 percent 2014-07-24 level=0.945', 'AUDUSD record up 2014-07-24 level=0.945 since=2011-03-01']),
    ('The rupee weakened to 83.45 per dollar on Monday, its feeblest since March 2020.',
     '2023-11-13',
     ['USDINR level down 2023-11-13 inverse level=83.45', 'USDINR record down 2023-11-13 inverse level=83.45 since=2020-03-01']),
    ('U.S. crude futures hit $95.03 a barrel on Wednesday, the highest for the front-month contract since August 2022.',
     '2023-09-27',
     ['WTI intraday_extreme up 2023-09-27 level=95.03', 'WTI record up 2023-09-27 level=95.03 since=2022-08-01']),
    ('The 30-year gilt yield crested 5% on Tuesday for the first time since 1998.',
     '2023-08-15',
     ['UK30Y level up 2023-08-15 level=5', 'UK30Y record up 2023-08-15 level=5 since=1998-01-01']),
]  # fmt: skip

PAST_WINDOWS: list[Row] = [
    ("The Hang Seng gained 1.1% to 25,320 on Tuesday, though Asia's best-known gauge is still some 24% below its Jan. 26 record.",
     '2018-10-23',
     ['HSI session_change up 1.1 percent 2018-10-23 level=25320', 'HSI period_change down 24 percent about 2018-10-23 since=2018-01-26', 'HSI record up 2018-01-26']),
    ('Ether rose 3% to $1,850 on Monday, and the second-biggest cryptocurrency now trades about 62% below its Nov. 10 record of roughly $4,870.',
     '2022-06-27',
     ['ETH session_change up 3 percent 2022-06-27 level=1850', 'ETH period_change down 62 percent about 2022-06-27 since=2021-11-10', 'ETH record up 2021-11-10 level=4870']),
    ('Palladium jumped 5% to $1,960 an ounce on Thursday, and the autocatalyst metal is still 43% short of its March 7 record of $3,440.76.',
     '2022-07-14',
     ['PALLADIUM session_change up 5 percent 2022-07-14 level=1960', 'PALLADIUM period_change down 43 percent 2022-07-14 since=2022-03-07', 'PALLADIUM record up 2022-03-07 level=3440.76']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARAPHRASED))
def test_records_told_by_paraphrase(sentence: str, published: str, expected: list[str]) -> None:
    """ "a depth not plumbed since 2020", "took the index to a level unseen since 2016", "a
    price crushers had not paid since 2014": a record at the level just told."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RARER_WORDS))
def test_records_told_by_rarer_words(sentence: str, published: str, expected: list[str]) -> None:
    """ "its richest level since March 2011", "its feeblest since March 2020", "the highest for
    the front-month contract since", "crested 5% ... for the first time since 1998"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PAST_WINDOWS))
def test_dated_records_past_windows(sentence: str, published: str, expected: list[str]) -> None:
    """ "the second-biggest cryptocurrency now trades about 62% below its Nov. 10 record": the
    window's market set the record on the day named."""
    assert extract(sentence, published) == expected
