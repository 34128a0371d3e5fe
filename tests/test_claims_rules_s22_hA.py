"""Claim parser rules from session 22 (helper hA): a market's first close past a round mark,
told outside the main clause ("a day after it first closed above 3,000", "a session after the
index logged its first close above 16,500", "which first ended above 2,150 on Wednesday", "a
rise that handed the index its first close above 9,300 since July"): a record with the mark as
its level (and a level claim when a verb tells the close), dated by its own words, else the
session before the main claim's after "a day after", else the main claim's. Spec by example in
the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

FIRST_CLOSES: list[Row] = [
    ('The Kospi edged 0.3% lower in Seoul on Tuesday, a day after it first closed above 3,000.',
     '2021-11-02',
     ['KOSPI session_change down 0.3 percent 2021-11-02', 'KOSPI level none 2021-11-01 level=3000', 'KOSPI record up 2021-11-01 level=3000']),
    ("Germany's DAX was 0.4% firmer in early Frankfurt dealings on Tuesday, a session after the index logged its first close above 16,500.",
     '2023-06-13',
     ['DAX intraday_change up 0.4 percent 2023-06-13', 'DAX level none 2023-06-12 level=16500', 'DAX record up 2023-06-12 level=16500']),
    ('The Hang Seng closed at 15,276.9 on Thursday, a day after the CSI 300 posted its first finish below 3,200.',
     '2024-01-18',
     ['HSI level none 2024-01-18 level=15276.9', 'CSI300 level none 2024-01-17 level=3200', 'CSI300 record down 2024-01-17 level=3200']),
    ("A day after the Sensex's first close above 57,000, the index rose another 0.4% on Wednesday.",
     '2021-09-01',
     ['SENSEX record up 2021-08-31 level=57000', 'SENSEX session_change up 0.4 percent 2021-09-01']),
    ('Wall Street rallied on Wednesday, with the Nasdaq climbing 2.1% a day after its first close above 14,000.',
     '2022-02-09',
     ['SPX session_change up 2022-02-09', 'NASDAQ session_change up 2.1 percent 2022-02-09', 'NASDAQ record up 2022-02-08 level=14000']),
    ("Japan's Topix, which first ended above 2,150 on Wednesday, slipped 0.2% on Friday as exporters lost ground.",
     '2023-05-26',
     ['TOPIX session_change down 0.2 percent 2023-05-26', 'TOPIX level none 2023-05-24 level=2150', 'TOPIX record up 2023-05-24 level=2150']),
    ("The CAC 40 settled at 5,722.4 on Friday, its first finish above 5,700 in the index's history.",
     '2019-10-25',
     ['CAC40 level none 2019-10-25 level=5722.4', 'CAC40 record up 2019-10-25 level=5700']),
    ("Spain's IBEX 35 ended 0.8% higher at 9,334.6 on Friday, a rise that handed the index its first close above 9,300 since July.",
     '2019-10-25',
     ['IBEX35 session_change up 0.8 percent 2019-10-25 level=9334.6', 'IBEX35 record up 2019-10-25 level=9300 since=2019-07-01']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FIRST_CLOSES))
def test_first_closes_past_a_mark(sentence: str, published: str, expected: list[str]) -> None:
    """A first close past a mark in a side clause: "a day after it first closed above 3,000",
    "the CSI 300 posted its first finish below 3,200", "A day after the Sensex's first close
    above 57,000": the record (and level) on the day the words give."""
    assert extract(sentence, published) == expected
