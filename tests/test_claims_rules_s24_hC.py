"""Claim parser rules from session 24 (helper hC): the day a claim is dated by when words the
tail did not read stand between the move and its day. A weekday named later in the claim's own
clause dates it even when another clause names the reference day ("slid 1.7% in a broad tech
sell-off on Monday, and futures pointed to a steadier open on Tuesday"); a weekday's session or
trade with a word for the part of the day dates the move ("in Saturday's half-day session", "in
Friday's early trade"); "overnight on Sunday" is Sunday's, not the reference day's.
Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

OWN_CLAUSE_DAYS: list[Row] = [
    ('The Nasdaq slid 1.7% in a broad tech sell-off on Monday, and futures pointed to a steadier open on Tuesday.',
     '2024-09-10',
     ['NASDAQ session_change down 1.7 percent 2024-09-09']),
    ('Gold dropped 1.1% in heavy profit-taking on Tuesday, and bullion traders were back at their desks on Wednesday.',
     '2024-04-17',
     ['GOLD session_change down 1.1 percent 2024-04-16']),
]  # fmt: skip

PARTS_OF_NAMED_DAYS: list[Row] = [
    ("The Kospi rose 12.4 points to 2,641.2 in Saturday's half-day session.",
     '1997-03-08',
     ['KOSPI session_change up 12.4 points 1997-03-08 level=2641.2']),
    ("The Sensex shed 0.6% in Thursday's afternoon session as banks slipped.",
     '2024-05-17',
     ['SENSEX session_change down 0.6 percent 2024-05-16']),
    ("The Hang Seng lost 1.9% in Monday's late trade as property shares sagged.",
     '2024-02-06',
     ['HSI session_change down 1.9 percent 2024-02-05']),
    ("The rand weakened 1.2% to 18.40 per dollar in Friday's early trade.",
     '2024-06-11',
     ['USDZAR session_change down 1.2 percent 2024-06-07 inverse level=18.4']),
]  # fmt: skip

OVERNIGHT_ON_A_DAY: list[Row] = [
    ('The lira touched a record 7.24 per dollar overnight on Sunday as markets reopened in Asia, and was 6% weaker at 6.88 on Monday.',
     '2018-08-13',
     ['USDTRY intraday_extreme down 2018-08-12 inverse level=7.24', 'USDTRY record down 2018-08-12 inverse level=7.24', 'USDTRY intraday_change down 6 percent 2018-08-13 inverse level=6.88']),
    ('The peso hit an all-time low of 21.40 per dollar overnight on Tuesday as the vote count dragged on.',
     '2024-06-05',
     ['USDMXN intraday_extreme down 2024-06-04 inverse level=21.4', 'USDMXN record down 2024-06-04 inverse level=21.4']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OWN_CLAUSE_DAYS))
def test_own_clause_day_past_unread_words(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "slid 1.7% in a broad tech sell-off on Monday, and ... on Tuesday": the weekday in the
    claim's own clause dates it, not the reference day another clause names."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARTS_OF_NAMED_DAYS))
def test_part_of_a_named_days_session(sentence: str, published: str, expected: list[str]) -> None:
    """ "in Saturday's half-day session", "in Monday's late trade": that weekday's move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OVERNIGHT_ON_A_DAY))
def test_overnight_on_a_weekday(sentence: str, published: str, expected: list[str]) -> None:
    """ "touched a record 7.24 per dollar overnight on Sunday": the weekday dates the extreme."""
    assert extract(sentence, published) == expected
