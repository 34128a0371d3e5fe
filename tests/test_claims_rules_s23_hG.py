"""Claim parser rules from session 23 (helper hG): lists of markets whose sizes are told
"respectively", where one listed name is not in the registry. The unknown name keeps its place
whether it is lower-case in the middle of the list ("Copper, lead and nickel gained 1.1%, 0.9%
and 2.2%") or the last name before the verb ("The Nikkei and Japan's Mothers 250 index slid",
"Brent and Dubai crude rose"), so each known market takes the size at its own place instead of
the whole list being lost. Spec by example in the format of tests/test_claims_examples.py (our
own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

UNKNOWN_LISTED: list[Row] = [
    ('Copper, lead and nickel gained 1.1%, 0.9% and 2.2%, respectively, on Wednesday.',
     '2024-03-08',
     ['COPPER session_change up 1.1 percent 2024-03-06', 'NICKEL session_change up 2.2 percent 2024-03-06']),
    ("The Nikkei and Japan's Mothers 250 index slid 1.4% and 2.6%, respectively, on Thursday.",
     '2024-03-08',
     ['NIKKEI225 session_change down 1.4 percent 2024-03-07']),
    ('Cocoa and robusta coffee futures climbed 2.1% and 3.4%, respectively, on Monday.',
     '2024-03-08',
     ['COCOA session_change up 2.1 percent 2024-03-04']),
    ('Wheat, oats and soybeans rose 1.5%, 3.2% and 0.8%, respectively, on Tuesday.',
     '2024-03-08',
     ['WHEAT session_change up 1.5 percent 2024-03-05', 'SOYBEANS session_change up 0.8 percent 2024-03-05']),
    ('Gold, rhodium and platinum rose 0.5%, 4% and 1.2%, respectively, on Friday.',
     '2024-03-08',
     ['GOLD session_change up 0.5 percent 2024-03-08', 'PLATINUM session_change up 1.2 percent 2024-03-08']),
    ('Brent and Dubai crude rose 1.1% and 0.9%, respectively, on Wednesday.',
     '2024-03-08',
     ['BRENT session_change up 1.1 percent 2024-03-06']),
    ('The euro and the Danish crown slipped 0.2% and 0.1%, respectively, on Monday.',
     '2024-03-08',
     ['EURUSD session_change down 0.2 percent 2024-03-04']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNKNOWN_LISTED))
def test_unknown_names_keep_their_place(sentence: str, published: str, expected: list[str]) -> None:
    """ "Copper, lead and nickel gained 1.1%, 0.9% and 2.2%, respectively": the name the registry
    lacks keeps its place, each known market its own size."""
    assert extract(sentence, published) == expected
