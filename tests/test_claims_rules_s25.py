"""Claim parser rules from session 25 (lead): an index whose name has a slash ("the S&P/TSX
composite", "the S&P/ASX 200") or runs to four words ("the Dow Jones Industrial Average") is read
wherever a name's words are matched: as the owner of a ranking ("... had become the S&P/TSX
composite's worst session since 2008"), after a move noun ("a 3% drop in the S&P/ASX 200, the
steepest in more than a year"), and as the object a move left at a level. Found by swapping each
index name into sentences the parser gets right. Spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

NAMES: list[Row] = [
    ("By the close, Monday's 7.6% plunge had become the S&P/TSX composite's worst session since December 2008.",
     '2020-03-10',
     ['TSX session_change down 7.6 percent 2020-03-09',
      'TSX biggest_move down 2020-03-09 since=2008-12-01']),
    ("By the close, Monday's 7.6% plunge had become the Dow Jones Industrial Average's worst session since December 2008.",
     '2020-03-10',
     ['DJIA session_change down 7.6 percent 2020-03-09',
      'DJIA biggest_move down 2020-03-09 since=2008-12-01']),
    ('Monday brought a 3% drop in the S&P/ASX 200, the steepest in more than a year, as bank shares slid.',
     '2023-03-13',
     ['ASX200 session_change down 3 percent 2023-03-13',
      'ASX200 biggest_move down 2023-03-13 since=2022-03-13']),
    ("Thursday's 10.9% slide left the Dow Jones Industrial Average at 5,237.48.",
     '2020-03-13',
     ['DJIA session_change down 10.9 percent 2020-03-12 level=5237.48']),
    ("A 5.8% drop on Friday, the S&P/ASX 200's worst day since March 2020, capped a bad week for Sydney.",
     '2024-08-02',
     ['ASX200 session_change down 5.8 percent 2024-08-02',
      'ASX200 biggest_move down 2024-08-02 since=2020-03-01']),
    ('The S&P/TSX composite index slid 2.4% on Thursday, leaving it at its lowest close since March 2021.',
     '2022-06-17',
     ['TSX session_change down 2.4 percent 2022-06-16',
      'TSX record down 2022-06-16 since=2021-03-01']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NAMES))
def test_long_and_slashed_index_names(sentence: str, published: str, expected: list[str]) -> None:
    """Slashed and four-word index names own rankings and levels like one-word names do."""
    assert extract(sentence, published) == expected
