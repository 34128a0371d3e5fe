"""Claim parser rules from session 23 (helper hF): moves over a period and biggest moves.
A ranking whose copula names its owner ("was the currency's steepest one-day fall since
2013"), a flash-style ranking with no determiner (", biggest one-day drop since 2016") and a
look-back hedged by "at least" ("its biggest one-day gain in at least 15 years") are the day's
biggest move. A move noun owned by a year ("a 2019 rally of about 6%"), a week "of" something
or the period's best or worst week ("to end a week of heavy selling down 3.1%", "ended its best
week since 2016 up 7%"), a move "clocked" over a week, a period closed after a clause about
something else ("..., capping a week in which it climbed 21 basis points", "the last session
of a month in which it lost more than a tenth of its value") and a gap from a dated record
("a quarter below the record it set on March 4", "$60 below Tuesday's record of $1,585") are
moves over the period. "it" never points back to a plural subject ("as Japanese stocks
climbed, but it still posted ..."). Spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

RANKINGS: list[Row] = [
    ("The rupee's 1.2% slide on Wednesday, after the central bank held rates, was the currency's steepest one-day fall since 2013.",
     '2019-03-15',
     ['USDINR session_change down 1.2 percent 2019-03-13 inverse', 'USDINR biggest_move down 2019-03-13 inverse since=2013-01-01']),
    ("Thursday's 2.1% slide in the won, to 1,190 per dollar, after North Korea fired a missile, was the currency's worst day since 2016.",
     '2019-03-15',
     ['USDKRW session_change down 2.1 percent 2019-03-14 inverse level=1190', 'USDKRW biggest_move down 2019-03-14 inverse since=2016-01-01']),
    ('Copper settled 6.1% higher on Friday, its biggest one-day gain in at least 15 years.',
     '2019-03-15',
     ['COPPER session_change up 6.1 percent 2019-03-15', 'COPPER biggest_move up 2019-03-15 since=2004-03-15']),
    ('HONG KONG, March 15 - Hang Seng sank 3.4% to 28,102 on Friday, biggest one-day drop since 2016, as tech names slumped.',
     '2019-03-15',
     ['HSI session_change down 3.4 percent 2019-03-15 level=28102', 'HSI biggest_move down 2019-03-15 since=2016-01-01']),
]  # fmt: skip

PERIODS: list[Row] = [
    ('The FTSE 100 ended the day at 7,228.3 on Friday, a close that capped a 2019 rally of about 6%.',
     '2019-03-15',
     ['FTSE100 level none 2019-03-15 level=7228.3', 'FTSE100 period_change up 6 percent about 2019-03-15 since=2019-01-01']),
    ('The dollar index fell 0.2% on Friday, but it still clocked a weekly gain of 0.4%.',
     '2019-03-15',
     ['DXY session_change down 0.2 percent 2019-03-15', 'DXY period_change up 0.4 percent 2019-03-15 since=2019-03-11']),
    ('The yen weakened 0.3% on Friday as Japanese stocks climbed, but it still posted a weekly rise of 0.5%.',
     '2019-03-15',
     ['USDJPY session_change down 0.3 percent 2019-03-15 inverse', 'NIKKEI225 session_change up 2019-03-15', 'USDJPY period_change up 0.5 percent 2019-03-15 inverse since=2019-03-11']),
    ('Silver fell 1.2% to $15.10 an ounce on Friday, leaving it roughly a quarter below the record it set on March 4.',
     '2019-03-15',
     ['SILVER session_change down 1.2 percent 2019-03-15 level=15.1', 'SILVER period_change down 25 percent about 2019-03-15 since=2019-03-04', 'SILVER record up 2019-03-04']),
    ("Palladium slid 2.4% to $1,520 an ounce on Friday, leaving it more than $60 below Tuesday's record of $1,585.",
     '2019-03-15',
     ['PALLADIUM session_change down 2.4 percent 2019-03-15 level=1520', 'PALLADIUM period_change down 60 points more_than 2019-03-15 since=2019-03-12', 'PALLADIUM record up 2019-03-12 level=1585']),
    ('The Kospi added 0.5% on Friday to end a week of heavy selling down 3.1%.',
     '2019-03-15',
     ['KOSPI session_change up 0.5 percent 2019-03-15', 'KOSPI period_change down 3.1 percent 2019-03-15 since=2019-03-11']),
    ('Platinum ended its best week since 2016 up 7% at $840 an ounce.',
     '2019-03-15',
     ['PLATINUM period_change up 7 percent 2019-03-15 level=840 since=2019-03-11']),
    ('The 10-year gilt yield rose 5 basis points on Friday as hopes for a rate cut faded, capping a week in which it climbed 21 basis points.',
     '2019-03-15',
     ['UK10Y session_change up 5 bp 2019-03-15', 'UK10Y period_change up 21 bp 2019-03-15 since=2019-03-11']),
    ('The rand firmed 0.8% on Friday, the last session of a month in which it lost more than a tenth of its value.',
     '2019-03-15',
     ['USDZAR session_change up 0.8 percent 2019-03-15 inverse', 'USDZAR period_change down 10 percent more_than 2019-03-15 inverse since=2019-03-01']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RANKINGS))
def test_rankings_of_a_day(sentence: str, published: str, expected: list[str]) -> None:
    """ "was the currency's steepest one-day fall since 2013", ", biggest one-day drop
    since 2016", "in at least 15 years": the day's biggest move, with its look-back."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PERIODS))
def test_moves_over_a_period(sentence: str, published: str, expected: list[str]) -> None:
    """ "a 2019 rally of about 6%", "to end a week of heavy selling down 3.1%", "capping a week
    in which it climbed 21 basis points", "$60 below Tuesday's record": moves over the period."""
    assert extract(sentence, published) == expected
