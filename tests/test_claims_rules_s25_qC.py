"""Claim parser rules from session 25 (helper qC): a side clause's day or month does not date
the main claim.

- a contact relative clause after an extreme or price ("the 38-year low it plumbed on
  Wednesday", "the record close it notched on Friday") and a "having" clause over a figure with
  a thousands comma ("having crossed 80,000 ... on Wednesday") date only their own event;
- a move measured from a mark on a named weekday ("down about 2% from its record close on
  Monday", "2.5% below its record high of $2,431.29 on Friday"): the window starts that day and
  ends on the reference day, with the record on that day;

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

DAYS: list[Row] = [
    ('The yen weakened to 161.60 per dollar in Asian trade, close to the 38-year low it plumbed on Wednesday.',
     '2024-07-05',
     ['USDJPY level down 2024-07-05 inverse level=161.6',
      'USDJPY record down 2024-07-03 inverse since=1986-07-03']),
    ('The S&P 500 edged up 0.1% in early trading, a shade below the record close it notched on Friday.',
     '2024-07-15',
     ['SPX intraday_change up 0.1 percent 2024-07-15',
      'SPX record up 2024-07-12']),
    ('European shares jumped 3% in early deals, bouncing off the one-year low they hit on Monday.',
     '2022-03-09',
     ['STOXX600 intraday_change up 3 percent 2022-03-09',
      'STOXX600 record down 2022-03-07 since=2021-03-07']),
    ('The Sensex rose 1% to 80,350, having crossed 80,000 for the first time on Wednesday.',
     '2024-07-04',
     ['SENSEX session_change up 1 percent 2024-07-04 level=80350',
      'SENSEX level up 2024-07-03 level=80000',
      'SENSEX record up 2024-07-03 level=80000']),
    ('Bitcoin steadied around $66,000, having surged past $69,000 for the first time since November 2021 on Monday.',
     '2024-03-06',
     ['BTC level none 2024-03-06 level=66000',
      'BTC level up 2024-03-04 level=69000',
      'BTC record up 2024-03-04 level=69000 since=2021-11-01']),
]  # fmt: skip

MARKS: list[Row] = [
    ('The S&P 500 was down about 2% from its record close on Monday.',
     '2024-07-18',
     ['SPX period_change down 2 percent about 2024-07-18 since=2024-07-15',
      'SPX record up 2024-07-15']),
    ('Bitcoin fell 4% to $69,500 on Thursday, more than 5% off its all-time high on Monday.',
     '2024-03-14',
     ['BTC session_change down 4 percent 2024-03-14 level=69500',
      'BTC period_change down 5 percent more_than 2024-03-14 since=2024-03-11',
      'BTC record up 2024-03-11']),
    ('Gold slipped 0.4% to $2,370 an ounce, leaving it about 2.5% below its record high of $2,431.29 on Friday.',
     '2024-04-16',
     ['GOLD session_change down 0.4 percent 2024-04-16 level=2370',
      'GOLD period_change down 2.5 percent about 2024-04-16 since=2024-04-12',
      'GOLD record up 2024-04-12 level=2431.29']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAYS))
def test_side_clause_days_date_only_their_event(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "the record close it notched on Friday", "having crossed 80,000 ... on Wednesday": the
    main claim keeps its own day."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MARKS))
def test_moves_from_a_weekday_mark(sentence: str, published: str, expected: list[str]) -> None:
    """ "down about 2% from its record close on Monday": a window from Monday to today."""
    assert extract(sentence, published) == expected
