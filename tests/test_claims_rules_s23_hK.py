"""Claim parser rules from session 23 (helper hK): a move read without its size, whose size and
level are told later in its own clauses ("rebounded on Wednesday, 0.9% higher at 2,612.4",
"fell on Tuesday as property shares slumped, to end 1.4% lower at 17,203.5", "extended its
gains in afternoon trade to sit 0.8% higher", "was trading at 151.20 per dollar by 0600 GMT,
0.3% weaker"): the size and level are that move's; a closing verb makes it the session's move,
a resting verb ("was", "to stand", "to sit", "was trading") the state within the day. Spec by
example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

LATER_SIZES: list[Row] = [
    ('The Kospi rebounded on Wednesday, 0.9% higher at 2,612.4.',
     '2024-08-06',
     ['KOSPI session_change up 0.9 percent 2024-07-31 level=2612.4']),
    ('The Hang Seng fell on Tuesday as property shares slumped, to end 1.4% lower at 17,203.5.',
     '2024-08-06',
     ['HSI session_change down 1.4 percent 2024-08-06 level=17203.5']),
    ("Japan's Topix extended its gains in afternoon trade on Monday to sit 0.8% higher at 2,455.1.",
     '2024-08-06',
     ['TOPIX intraday_change up 0.8 percent 2024-08-05 level=2455.1']),
    ('The 10-year Treasury yield rose on Monday as the session wore on to stand 7 basis points higher at 4.31% by late afternoon.',
     '2024-08-06',
     ['US10Y intraday_change up 7 bp 2024-08-05 level=4.31']),
    ('The yen slipped on Tuesday after the central bank held rates and was trading at 151.20 per dollar by 0600 GMT, 0.3% weaker.',
     '2024-08-06',
     ['USDJPY intraday_change down 0.3 percent 2024-08-06 inverse level=151.2']),
    ("The Nikkei climbed on Friday to finish at the day's high, 1.2% higher at 38,120.5.",
     '2024-08-06',
     ['NIKKEI225 session_change up 1.2 percent 2024-08-02 level=38120.5', 'NIKKEI225 session_high none 2024-08-02']),
    ('The euro firmed on Wednesday after upbeat German data and was quoted at $1.0950 by midday, 0.4% stronger.',
     '2024-08-08',
     ['EURUSD intraday_change up 0.4 percent 2024-08-07 level=1.095']),
    ('Brent crude rose on Thursday as supply fears mounted, to settle 1.1% higher at $82.40 a barrel.',
     '2024-08-08',
     ['BRENT session_change up 1.1 percent 2024-08-08 level=82.4']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LATER_SIZES))
def test_later_sized_states(sentence: str, published: str, expected: list[str]) -> None:
    """A sized state later in a sizeless move's clauses: ", ending 0.9% higher at 2,612.4",
    "to stand 7 basis points higher at 4.31%": the move's size and level."""
    assert extract(sentence, published) == expected
