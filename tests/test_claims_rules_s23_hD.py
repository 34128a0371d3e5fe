"""Claim parser rules from session 23 (helper hD): prices the market stood at, which the parser
missed. A price told beside the day's extreme ("closed near its session high at 16,353.4",
"settled well off that session high at $94.34", "ended well off its strongest levels of the day
at 0.8510") is a level claim of its own, direction none. A price a verb's object was sent back
to ("profit-taking trimmed it to $31.75", "nudged it back to 32.35", "helped it claw back to
$8,260", "lifted it to trade around 18.95") is a level, its way the verb's or the way back.
Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

EXTREME_LEVELS: list[Row] = [
    ('The Australian dollar was trading near its session lows at $0.6615 late in Sydney on Thursday.',
     '2024-05-16',
     ['AUDUSD session_low none 2024-05-16', 'AUDUSD level none 2024-05-16 level=0.6615']),
    ('The Hang Seng closed near its session high at 16,353.4 on Friday as property shares rallied.',
     '2024-03-08',
     ['HSI session_high none 2024-03-08', 'HSI level none 2024-03-08 level=16353.4']),
    ('Brent climbed as high as $95.96 a barrel on Tuesday but settled well off that session high at $94.34.',
     '2023-09-19',
     ['BRENT intraday_extreme up 2023-09-19 level=95.96', 'BRENT level none 2023-09-19 level=94.34']),
    ('The Swiss franc strengthened as much as 1.1% to 0.8430 per dollar on Monday, but ended well off its strongest levels of the day at 0.8510.',
     '2024-08-05',
     ['USDCHF intraday_extreme up 1.1 percent as_much_as 2024-08-05 inverse level=0.843', 'USDCHF level none 2024-08-05 inverse level=0.851']),
]  # fmt: skip


CAUSED_LEVELS: list[Row] = [
    ('Silver climbed to $32.50 an ounce on Monday before profit-taking trimmed it to $31.75.',
     '2024-05-20',
     ['SILVER intraday_extreme up 2024-05-20 level=32.5', 'SILVER level down 2024-05-20 level=31.75']),
    ('The lira slid to 32.60 per dollar on Wednesday before central bank selling nudged it back to 32.35.',
     '2024-06-12',
     ['USDTRY intraday_extreme down 2024-06-12 inverse level=32.6', 'USDTRY level up 2024-06-12 inverse level=32.35']),
    ('Copper fell to $8,180 a tonne on Wednesday before Chinese buying helped it claw back to $8,260.',
     '2024-02-07',
     ['COPPER intraday_extreme down 2024-02-07 level=8180', 'COPPER level up 2024-02-07 level=8260']),
    ('The rand weakened to 19.15 per dollar early on Friday before a rebound in metals prices lifted it to trade around 18.95.',
     '2023-10-13',
     ['USDZAR intraday_extreme down 2023-10-13 inverse level=19.15', 'USDZAR level up 2023-10-13 inverse level=18.95']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EXTREME_LEVELS))
def test_levels_beside_the_days_extreme(sentence: str, published: str, expected: list[str]) -> None:
    """ "near its session lows at $0.6615", "well off that session high at $94.34": the price
    is a level claim of its own (the session extreme, when told, keeps no level)."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSED_LEVELS))
def test_levels_an_object_was_sent_back_to(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "trimmed it to $31.75", "nudged it back to 32.35", "helped it claw back to $8,260",
    "lifted it to trade around 18.95": a level the object reached, after the day's extreme."""
    assert extract(sentence, published) == expected
