"""Claim parser rules from session 23 (helper hJ): the day a clause names spreads to the
sentence's undated clauses even when "more than"/"less than" hedges the first move ("jumped
more than 6% to $84.10 a barrel on Monday after ..., and U.S. crude rose 5.2%", "rallied more
than 10 cents ... on Monday, but ... the contract settled just 1 cent higher"): a "than" before
a figure is a hedge, not a comparison clause about another day. A day named by another past
tense than a move verb dates the sentence too ("opened about $3 higher ... when electronic
trading resumed on Sunday evening"), though not a market shut ("closed for a holiday on
Monday"). Spec by example in the format
of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

HEDGED_DAYS: list[Row] = [
    ('Brent crude jumped more than 6% to $84.10 a barrel on Monday after drone strikes hit a Saudi plant, and U.S. crude rose 5.2% to $79.40.',
     '2023-10-12',
     ['BRENT session_change up 6 percent more_than 2023-10-09 level=84.1', 'WTI session_change up 5.2 percent 2023-10-09 level=79.4']),
    ('The Australian dollar rose less than 0.5% to $0.6420 on Tuesday after the RBA held rates, and the ASX 200 slipped 0.7% to 7,050.',
     '2023-10-12',
     ['AUDUSD session_change up 0.5 percent less_than 2023-10-10 level=0.642', 'ASX200 session_change down 0.7 percent 2023-10-10 level=7050']),
    ('Silver spiked more than 80 cents to $23.90 an ounce in early London trading on Monday, but buyers melted away and the metal settled just 10 cents higher at $23.21.',
     '2023-10-12',
     ['SILVER intraday_extreme up 0.8 points more_than 2023-10-09 level=23.9', 'SILVER session_change up 0.1 points 2023-10-09 level=23.21']),
    ('Soybeans climbed more than 20 cents to $13.10 a bushel in early Chicago trading on Tuesday, but farmers sold into the rally and the contract settled just 2 cents higher at $12.92.',
     '2023-10-12',
     ['SOYBEANS intraday_extreme up 20 points more_than 2023-10-10 level=13.1', 'SOYBEANS session_change up 2 points 2023-10-10 level=12.92']),
    ('Wheat jumped more than 15 cents to $6.05 a bushel in early trade on Monday, but the rally faded and the contract settled 3 cents lower at $5.87.',
     '2023-10-12',
     ['WHEAT intraday_extreme up 15 points more_than 2023-10-09 level=6.05', 'WHEAT session_change down 3 points 2023-10-09 level=5.87']),
    ('Corn rallied more than 10 cents to $5.02 a bushel in early Chicago trading on Monday, but the gains faded and the contract settled just 1 cent higher at $4.93.',
     '2023-10-12',
     ['CORN intraday_extreme up 10 points more_than 2023-10-09 level=5.02', 'CORN session_change up 1 points 2023-10-09 level=4.93']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HEDGED_DAYS))
def test_hedged_move_dates_the_sentence(sentence: str, published: str, expected: list[str]) -> None:
    """A day told after "more than"/"less than" and a figure ("rallied more than 10 cents ...
    on Monday, but ... the contract settled just 1 cent higher") dates the undated clauses."""
    assert extract(sentence, published) == expected


RESUMED_DAYS: list[Row] = [
    ('Brent futures opened about $3 higher at $87.60 a barrel when electronic trading resumed on Sunday evening, after the weekend attacks on Israel.',
     '2023-10-10',
     ['BRENT open_move up 3 points about 2023-10-08 level=87.6']),
    ('Gold futures opened about $20 higher at $1,852 an ounce when electronic trading resumed on Sunday evening, after the weekend attacks on Israel.',
     '2023-10-10',
     ['GOLD open_move up 20 points about 2023-10-08 level=1852']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RESUMED_DAYS))
def test_resumed_trade_dates_the_sentence(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "when electronic trading resumed on Sunday evening": a day named by a past tense other
    than a move verb dates the sentence's undated claims."""
    assert extract(sentence, published) == expected
