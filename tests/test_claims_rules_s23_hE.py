"""Claim parser rules from session 23 (helper hE): the day's extremes among the day's moves.
A swing's second leg told as the most it went ("to a loss of as much as 1.9%") or as reached
inside a short stretch ("within minutes", "overnight") is the day's other extreme, not the close,
and "whipsawed from ... to ..." is a swing; an "as much as" figure no claim took is the day's
extreme when told after a past verb on the market's own move ("stretched its advance to as much
as 2.2%", "deepened the slide to"), after "ahead by", or apposed to the market before its first
claim ("China's CSI 300 ..., up as much as 1.1% in the first hour, ... closed down 0.4%"); and a
price a market touched or reached, told with no way, is the day's extreme (up unless the market's
record or an earlier move in the sentence says down); a move the close reverses, told as the
day before's ("reversing a 1.3% loss from a day earlier"), is that session's move. Spec by
example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

SWING_LEGS: list[Row] = [
    ("Italy's FTSE MIB swung from a gain of 0.7% to a loss of as much as 1.9% on Wednesday before closing 1.1% lower.",
     '2023-03-15',
     ['FTSEMIB intraday_extreme up 0.7 percent 2023-03-15', 'FTSEMIB intraday_extreme down 1.9 percent as_much_as 2023-03-15', 'FTSEMIB session_change down 1.1 percent 2023-03-15']),
    ('The Hang Seng whipsawed from a 1.2% loss to a gain of 0.8% on Friday before ending 0.3% higher.',
     '2021-07-09',
     ['HSI intraday_extreme down 1.2 percent 2021-07-09', 'HSI intraday_extreme up 0.8 percent 2021-07-09', 'HSI session_change up 0.3 percent 2021-07-09']),
    ('Dow futures swung from a loss of 1.1% to a gain of more than 3% overnight as the vote count dragged on.',
     '2020-11-04',
     ['YM intraday_extreme down 1.1 percent 2020-11-04', 'YM intraday_extreme up 3 percent more_than 2020-11-04']),
    ("The pound swung from a 0.4% gain to a loss of 0.6% within minutes of the Bank of England's statement on Wednesday.",
     '2022-05-11',
     ['GBPUSD intraday_extreme up 0.4 percent 2022-05-11', 'GBPUSD intraday_extreme down 0.6 percent 2022-05-11']),
]  # fmt: skip

AS_MUCH_AS_LEFT: list[Row] = [
    ("Hong Kong's Hang Seng opened 0.9% higher on Tuesday and stretched its advance to as much as 2.2% in the afternoon.",
     '2024-02-13',
     ['HSI open_move up 0.9 percent 2024-02-13', 'HSI intraday_extreme up 2.2 percent as_much_as 2024-02-13']),
    ('The Bovespa opened 0.8% lower on Tuesday and deepened the slide to as much as 2.6% by midday.',
     '2016-01-12',
     ['BOVESPA open_move down 0.8 percent 2016-01-12', 'BOVESPA intraday_extreme down 2.6 percent as_much_as 2016-01-12']),
    ("Moscow's MOEX index settled up 0.9% on Monday, having been ahead by as much as 2.3% in the first hour of trade.",
     '2017-04-10',
     ['IMOEX session_change up 0.9 percent 2017-04-10', 'IMOEX intraday_extreme up 2.3 percent as_much_as 2017-04-10']),
    ("China's CSI 300 started Wednesday on a firm footing, up as much as 1.1% in the first hour, but property shares dragged and it closed down 0.4% at 3,612.6.",
     '2019-06-05',
     ['CSI300 intraday_extreme up 1.1 percent as_much_as 2019-06-05', 'CSI300 session_change down 0.4 percent 2019-06-05 level=3612.6']),
]  # fmt: skip

TOUCHED_LEVELS: list[Row] = [
    ('Spot silver touched $34.02 an ounce on Wednesday before profit-taking set in.',
     '2012-03-14',
     ['SILVER intraday_extreme up 2012-03-14 level=34.02']),
    ('Spot platinum reached $1,712 an ounce on Wednesday.',
     '2012-03-14',
     ['PLATINUM intraday_extreme up 2012-03-14 level=1712']),
]  # fmt: skip


EARLIER_DAY_MOVES: list[Row] = [
    ('The Nasdaq Composite ended Wednesday 3.8% higher, reversing a 1.3% loss from a day earlier.',
     '2022-03-16',
     ['NASDAQ session_change up 3.8 percent 2022-03-16', 'NASDAQ session_change down 1.3 percent 2022-03-15']),
    ('Chicago corn finished 9 cents higher at $5.62 a bushel on Wednesday, reversing a 7-cent loss from the previous session.',
     '2023-05-17',
     ['CORN session_change up 9 points 2023-05-17 level=5.62', 'CORN session_change down 7 points 2023-05-16']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SWING_LEGS))
def test_swing_second_legs(sentence: str, published: str, expected: list[str]) -> None:
    """A swing's second leg told as "as much as", "within minutes" or "overnight", or beside a
    close, is the day's other extreme; "whipsawed from ... to ..." swings too."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(AS_MUCH_AS_LEFT))
def test_as_much_as_left_over(sentence: str, published: str, expected: list[str]) -> None:
    """An "as much as" figure no claim took: "stretched its advance to as much as 2.2%",
    "having been ahead by as much as 2.3%", "the CSI 300 ..., up as much as 1.1% ...": the
    day's extreme of the market it is told of."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TOUCHED_LEVELS))
def test_touched_levels(sentence: str, published: str, expected: list[str]) -> None:
    """A price touched or reached, told with no way: the day's extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EARLIER_DAY_MOVES))
def test_earlier_day_moves(sentence: str, published: str, expected: list[str]) -> None:
    """A move the close reverses, told as a day earlier's: that session's move."""
    assert extract(sentence, published) == expected
