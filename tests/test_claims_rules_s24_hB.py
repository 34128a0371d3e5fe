"""Claim parser rules from session 24 (helper hB): session changes the parser missed or made up.
A move a policy permits is no claim: an unsized move whose verb is the bare infinitive after
"let" ("the central bank let it weaken", "letting the currency fall") states what someone
allowed, not how the market traded. A market named after "tracking" is the subject of a
relative clause that follows it ("tracking copper, which climbed 2.1%"). A plural owner's
possessive owns the move noun after it as "'s" does ("European shares' 2.6% rebound").
Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

PERMITTED_MOVES: list[Row] = [
    ('The Turkish lira slid past 30 per dollar for the first time on Tuesday after the central bank let it weaken in small steps.',
     '2024-05-31',
     ['USDTRY level down 2024-05-28 inverse level=30', 'USDTRY record down 2024-05-28 inverse level=30']),
    ('The yen weakened past 160 per dollar on Monday, with Tokyo seemingly letting the currency fall.',
     '2024-05-31',
     ['USDJPY level down 2024-05-27 inverse level=160']),
    ('The rouble traded at 92.5 per dollar on Wednesday as the central bank let it weaken gradually.',
     '2024-05-31',
     ['USDRUB level none 2024-05-29 inverse level=92.5']),
]  # fmt: skip

TRACKED_RELATIVES: list[Row] = [
    ('The rand strengthened 0.6% on Friday, tracking copper, which climbed 2.1% to $9,850 a tonne.',
     '2024-05-31',
     ['USDZAR session_change up 0.6 percent 2024-05-31 inverse', 'COPPER session_change up 2.1 percent 2024-05-31 level=9850']),
    ('Canadian stocks edged higher on Monday, tracking U.S. crude, which rose 1.8% to $78.40 a barrel.',
     '2024-05-31',
     ['TSX session_change up 2024-05-27', 'WTI session_change up 1.8 percent 2024-05-27 level=78.4']),
    ('Miners tracked spot gold, which jumped 1.4% on Wednesday to $2,380 an ounce.',
     '2024-05-31',
     ['GOLD session_change up 1.4 percent 2024-05-29 level=2380']),
]  # fmt: skip

PLURAL_OWNERS: list[Row] = [
    ("Japanese stocks' 4.2% slide on Tuesday was the steepest since March 2020.",
     '2024-05-31',
     ['NIKKEI225 session_change down 4.2 percent 2024-05-28', 'NIKKEI225 biggest_move down 2024-05-28 since=2020-03-01']),
    ("European shares' 2.6% rebound on Thursday came after three days of losses.",
     '2024-05-31',
     ['STOXX600 session_change up 2.6 percent 2024-05-30']),
    ("Chinese equities' 5% tumble on Monday wiped out the year's gains.",
     '2024-05-31',
     ['SHCOMP session_change down 5 percent 2024-05-27']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PERMITTED_MOVES))
def test_permitted_moves_are_no_claims(sentence: str, published: str, expected: list[str]) -> None:
    """ "the central bank let it weaken": an unsized move after "let" is a policy, not a move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TRACKED_RELATIVES))
def test_tracked_market_relatives(sentence: str, published: str, expected: list[str]) -> None:
    """ "tracking copper, which climbed 2.1%": the tracked market is the relative's subject."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PLURAL_OWNERS))
def test_plural_possessive_owners(sentence: str, published: str, expected: list[str]) -> None:
    """ "European shares' 2.6% rebound on Thursday": the plural owner's move that day."""
    assert extract(sentence, published) == expected
