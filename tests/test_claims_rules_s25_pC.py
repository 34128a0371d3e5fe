"""Claim parser rules from session 25 (helper pC), found by blind probe sentences on records
and bond yields.

- a price touched right after a bare verb that counts the session in a run ("Bund yields fell
  for a fifth straight session, touching 2.05%") is the day's extreme beside the session's
  move, not an echo of it;
- "rose for the first time in five sessions" ends a streak: the day's move, and no record;
- a level a causing verb's object reached with no way of its own ("sending the two-year yield
  to 4.35%, its highest since July") takes the way of the record at that level;
- "the 10-year U.S. yield" (the market after the tenor) names the Treasury yield.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

TOUCHED_AFTER_MOVES: list[Row] = [
    ('German Bund yields fell for a fifth straight session, touching 2.05%, the lowest in nearly a year.',
     '2024-12-02',
     ['DE10Y session_change down 2024-12-02',
      'DE10Y intraday_extreme down 2024-12-02 level=2.05',
      'DE10Y record down 2024-12-02 level=2.05 since=2023-12-02']),
    ('Gold fell for a fifth straight session on Monday, touching $2,005, the lowest in nearly a year.',
     '2024-12-02',
     ['GOLD session_change down 2024-12-02',
      'GOLD intraday_extreme down 2024-12-02 level=2005',
      'GOLD record down 2024-12-02 level=2005 since=2023-12-02']),
]  # fmt: skip

STREAK_ENDS: list[Row] = [
    ('U.S. 10-year yields rose for the first time in five sessions.',
     '2024-06-10',
     ['US10Y session_change up 2024-06-10']),
    ('The Nikkei fell for the first time in six trading days on Monday, shedding 0.8% to 38,200.',
     '2024-12-18',
     ['NIKKEI225 session_change down 0.8 percent 2024-12-16 level=38200']),
    ('Gold rose for the first time in four sessions on Tuesday.',
     '2024-12-18',
     ['GOLD session_change up 2024-12-17']),
]  # fmt: skip

CAUSED_LEVEL_WAYS: list[Row] = [
    ('Treasury yields jumped on Wednesday as the Fed signalled fewer rate cuts, sending the two-year yield to 4.35%, its highest since July.',
     '2024-12-18',
     ['US10Y session_change up 2024-12-18',
      'US2Y level up 2024-12-18 level=4.35',
      'US2Y record up 2024-12-18 level=4.35 since=2024-07-01']),
    ('The selloff sent the yen to 161.9 per dollar, its weakest since 1986.',
     '2024-07-03',
     ['USDJPY level down 2024-07-03 inverse level=161.9',
      'USDJPY record down 2024-07-03 inverse level=161.9 since=1986-01-01']),
]  # fmt: skip

MARKET_AFTER_TENOR: list[Row] = [
    ('The 10-year U.S. yield slid 7 basis points to 3.78% on Monday and the 30-year yield eased to 4.10%.',
     '2024-08-05',
     ['US10Y session_change down 7 bp 2024-08-05 level=3.78',
      'US30Y level down 2024-08-05 level=4.1']),
    ('The 30-year U.S. yield fell to 4.1% on Friday.',
     '2024-08-02',
     ['US30Y level down 2024-08-02 level=4.1']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TOUCHED_AFTER_MOVES))
def test_price_touched_after_bare_move(sentence: str, published: str, expected: list[str]) -> None:
    """ "fell for a fifth straight session, touching 2.05%": the move and the day's extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STREAK_ENDS))
def test_first_move_in_sessions_is_no_record(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "rose for the first time in five sessions": the day's move, no record."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSED_LEVEL_WAYS))
def test_caused_level_takes_record_way(sentence: str, published: str, expected: list[str]) -> None:
    """ "sending the two-year yield to 4.35%, its highest since July": the level rose there."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MARKET_AFTER_TENOR))
def test_market_after_tenor_names_yield(sentence: str, published: str, expected: list[str]) -> None:
    """ "the 10-year U.S. yield": the Treasury 10-year yield."""
    assert extract(sentence, published) == expected
