"""Claim parser rules from session 23 (helper hB): session changes the parser missed.

A currency's move against a second counter told after its move against a first ("Norway's
crown slipped 0.7% to 11.62 per euro and 0.4% against the dollar", "and shed 1.1% to 4.05
against the dollar", "and 0.9% to 99.10 against the euro"): the second pair's session change,
also when the first pair is no registry market, and a counter fronted before "it" ("while
against the dollar it climbed 0.7%"). A sized move noun that opens the sentence and is
equated with its owner's ranking ("The 6.1% slide in the Nasdaq on Thursday was its worst day",
"A 4.4% drop on Tuesday, the Hang Seng's worst day in a year"): the session change beside the
biggest move. A close at the day's extreme with its size after it ("ended near its session low
on Thursday, 2.3% lower at 36,120.5", "settled at the day's high on Monday with a 3.4% gain"):
the session change beside the session_high or session_low. A subject that "followed",
"responded" or "answered" with a sized move noun ("and the Kospi followed with a 2.2% fall"): its
session change. Spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

SECOND_COUNTERS: list[Row] = [
    ("Norway's crown slipped 0.7% to 11.62 per euro and 0.4% against the dollar on Tuesday after soft inflation data.",
     '2024-05-14',
     ['USDNOK session_change down 0.4 percent 2024-05-14 inverse']),
    ('The rouble weakened 1.2% to 92.40 per dollar and 0.9% to 99.10 against the euro on Friday as export receipts dried up.',
     '2023-08-11',
     ['USDRUB session_change down 1.2 percent 2023-08-11 inverse level=92.4', 'EURRUB session_change down 0.9 percent 2023-08-11 inverse level=99.1']),
    ("Poland's zloty eased past 4.40 per euro on Wednesday and shed 1.1% to 4.05 against the dollar as risk appetite faded.",
     '2022-10-12',
     ['USDPLN session_change down 1.1 percent 2022-10-12 inverse level=4.05']),
    ('The Swedish crown fell to 11.48 per euro on Monday and lost 0.6% against the dollar to 10.52.',
     '2023-03-20',
     ['USDSEK session_change down 0.6 percent 2023-03-20 inverse level=10.52']),
    ('The Australian dollar slid 1.8% to 96.30 yen, and fell a smaller 0.4% against the greenback to 65.10 U.S. cents on Thursday.',
     '2023-06-15',
     ['AUDUSD session_change down 0.4 percent 2023-06-15 level=65.1']),
    ("Poland's zloty edged up 0.2% to 4.33 per euro on Thursday, while against the dollar it climbed 0.7% to 3.98.",
     '2023-11-16',
     ['USDPLN session_change up 0.7 percent 2023-11-16 inverse level=3.98']),
]  # fmt: skip

OPENING_NOUNS: list[Row] = [
    ('The 6.1% slide in the Nasdaq on Thursday was its worst day since 2020.',
     '2022-09-16',
     ['NASDAQ session_change down 6.1 percent 2022-09-15', 'NASDAQ biggest_move down 2022-09-15 since=2020-01-01']),
    ("A 4.4% drop on Tuesday, the Hang Seng's worst day in a year, wiped out the month's gains.",
     '2023-05-31',
     ['HSI session_change down 4.4 percent 2023-05-30', 'HSI biggest_move down 2023-05-30 since=2022-05-30']),
]  # fmt: skip

ANSWERED_WITH: list[Row] = [
    ('The Nikkei slumped 3% on Wednesday, and the Kospi followed with a 2.2% fall.',
     '2024-03-20',
     ['NIKKEI225 session_change down 3 percent 2024-03-20', 'KOSPI session_change down 2.2 percent 2024-03-20']),
    ('The Bovespa responded with a 1.7% rally on Thursday after the rate decision.',
     '2024-03-22',
     ['BOVESPA session_change up 1.7 percent 2024-03-21']),
]  # fmt: skip

EXTREME_CLOSES: list[Row] = [
    ('The Nikkei ended near its session low on Thursday, 2.3% lower at 36,120.5, as exporters slumped.',
     '2024-04-18',
     ['NIKKEI225 session_low none 2024-04-18', 'NIKKEI225 session_change down 2.3 percent 2024-04-18 level=36120.5']),
    ("Brent settled at the day's high on Monday with a 3.4% gain as supply fears mounted.",
     '2023-10-09',
     ['BRENT session_high none 2023-10-09', 'BRENT session_change up 3.4 percent 2023-10-09']),
    ('Sterling closed at its strongest level of the session on Friday, 0.8% higher at $1.2750, after the jobs data.',
     '2023-07-14',
     ['GBPUSD session_high none 2023-07-14', 'GBPUSD session_change up 0.8 percent 2023-07-14 level=1.275']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SECOND_COUNTERS))
def test_moves_against_a_second_counter(sentence: str, published: str, expected: list[str]) -> None:
    """ "... to 11.62 per euro and 0.4% against the dollar": the second pair's session change,
    its way from its own verb (else the first), its level and its day."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OPENING_NOUNS))
def test_opening_move_nouns(sentence: str, published: str, expected: list[str]) -> None:
    """A sized move noun opening the sentence, equated with its owner's ranking: that owner's
    session change on the day the noun names."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EXTREME_CLOSES))
def test_closes_at_the_extreme_with_a_size(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "ended near its session low, 2.3% lower at 36,120.5": the session change beside the
    session low, with its level."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ANSWERED_WITH))
def test_moves_a_subject_answered_with(sentence: str, published: str, expected: list[str]) -> None:
    """ "the Kospi followed with a 2.2% fall": the move noun is the subject's session change."""
    assert extract(sentence, published) == expected
