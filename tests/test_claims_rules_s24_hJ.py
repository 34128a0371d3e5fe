"""Claim parser rules from session 24 (helper hJ): a sized move noun told as an earlier day's.
A noun after "reeling from", "recover from", "holding on to" or "which followed" is the
sentence's market's own move ("still reeling from a 4.1% slump a day earlier", "struggling to
recover from the 5.6% tumble it suffered last Friday", "which followed a 5.8% drop the previous
day"), dated by its own words; a noun with no day words of its own but "from the previous
day/session" after it is the session before the dated claim ahead of it ("holding on to a 1.5%
gain from the previous session", "built on a 2.2% rise from the previous day").
Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

LINKED_NOUNS: list[Row] = [
    ('Indian shares, still reeling from a 4.1% slump a day earlier, fell as much as 2% on Wednesday.',
     '2024-08-08',
     ['NIFTY50 session_change down 4.1 percent 2024-08-06', 'NIFTY50 intraday_extreme down 2 percent as_much_as 2024-08-07']),
    ('Brent crude, still reeling from a 3.4% slump a day earlier, dipped as much as 1% on Thursday.',
     '2024-08-08',
     ['BRENT session_change down 3.4 percent 2024-08-07', 'BRENT intraday_extreme down 1 percent as_much_as 2024-08-08']),
    ('The Nikkei ended 0.4% higher on Tuesday, struggling to recover from the 5.6% tumble it suffered last Friday.',
     '2024-08-08',
     ['NIKKEI225 session_change up 0.4 percent 2024-08-06', 'NIKKEI225 session_change down 5.6 percent 2024-08-02']),
    ("Wednesday's 6.1% slide in the Topix, which followed a 5.8% drop the previous day, was its worst since 1987.",
     '2024-08-08',
     ['TOPIX session_change down 6.1 percent 2024-08-07', 'TOPIX session_change down 5.8 percent 2024-08-06', 'TOPIX biggest_move down 2024-08-07 since=1987-01-01']),
]  # fmt: skip

PREVIOUS_DAY_NOUNS: list[Row] = [
    ('The yen was at 143.20 per dollar on Thursday, holding on to a 1.5% gain from the previous session.',
     '2024-08-08',
     ['USDJPY level none 2024-08-08 inverse level=143.2', 'USDJPY session_change up 1.5 percent 2024-08-07 inverse']),
    ('The Hang Seng stood 0.7% higher at midday on Friday, holding on to a 2.4% rally from the previous day.',
     '2024-08-08',
     ['HSI intraday_change up 0.7 percent 2024-08-02', 'HSI session_change up 2.4 percent 2024-08-01']),
    ('The Kospi was 0.6% up in early trade on Tuesday as it built on a 2.2% rise from the previous day.',
     '2024-08-08',
     ['KOSPI intraday_change up 0.6 percent 2024-08-06', 'KOSPI session_change up 2.2 percent 2024-08-05']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LINKED_NOUNS))
def test_linked_move_nouns(sentence: str, published: str, expected: list[str]) -> None:
    """ "still reeling from a 4.1% slump a day earlier": the market's own earlier move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PREVIOUS_DAY_NOUNS))
def test_previous_day_move_nouns(sentence: str, published: str, expected: list[str]) -> None:
    """ "holding on to a 1.5% gain from the previous session": the session before."""
    assert extract(sentence, published) == expected
