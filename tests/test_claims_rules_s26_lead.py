"""Claim parser rules from session 26 (lead): a flat state at a level inside an absolute "with"
clause ("with the STOXX 600 flat at 524.3", "and gold little changed at $2,330") is the day's
flat move with its level; time words right after "from <price>" ("from 4.27% late Tuesday",
"from 89.9 at Tuesday's close") date that earlier price, not the move to the new one. Spec by
example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

STATES: list[Row] = [
    ('Shares in Europe hovered near record highs, with the STOXX 600 flat at 524.3 points by 0815 GMT.',
     '2024-05-21',
     ['STOXX600 intraday_change flat 2024-05-21 level=524.3']),
    ('Traders stayed on the sidelines, with the euro steady at $1.0850 ahead of the data.',
     '2024-05-21',
     ['EURUSD intraday_change flat 2024-05-21 level=1.085']),
    ('Markets were quiet, with the dollar index unchanged at 104.20 and gold little changed at $2,330.',
     '2024-05-21',
     ['DXY intraday_change flat 2024-05-21 level=104.2',
      'GOLD intraday_change flat 2024-05-21 level=2330']),
    ('Asian stocks slipped, with the Nikkei flat at 38,900 and the Hang Seng down 0.5%.',
     '2024-05-21',
     ['NIKKEI225 intraday_change flat 2024-05-21 level=38900',
      'HSI intraday_change down 0.5 percent 2024-05-21']),
]  # fmt: skip

FROM_DAYS: list[Row] = [
    ('The 10-year U.S. Treasury yield rose to 4.34% from 4.27% late Tuesday.',
     '2024-03-20',
     ['US10Y level up 2024-03-20 level=4.34']),
    ("The yield on Germany's 10-year Bund slipped to 2.41% from 2.46% late on Tuesday.",
     '2024-03-20',
     ['DE10Y level down 2024-03-20 level=2.41']),
    ("The rouble firmed to 88.5 per dollar from 89.9 at Tuesday's close.",
     '2024-03-20',
     ['USDRUB level up 2024-03-20 inverse level=88.5']),
    ("Copper climbed to $8,950 a ton from $8,820 at Tuesday's close.",
     '2024-03-20',
     ['COPPER level up 2024-03-20 level=8950']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STATES))
def test_flat_states_at_a_level(sentence: str, published: str, expected: list[str]) -> None:
    """A "with" clause's flat state at a level is the day's flat move at that level."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FROM_DAYS))
def test_days_of_the_price_moved_from(sentence: str, published: str, expected: list[str]) -> None:
    """Time words after "from <price>" date that price, not the move to the new level."""
    assert extract(sentence, published) == expected
