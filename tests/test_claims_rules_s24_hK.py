"""Claim parser rules from session 24 (helper hK): a later price told after a turn in the same
sentence, where the turn's verb was not read: "before fading to $1.2030" (the participle and
base form of "fade" as a falling verb; "faded" stays out, since "before gains faded to 0.6%"
tells a move noun's remainder), and a price a cause lifted a market back over ("before
short-covering lifted it back over $9,000", like "pushed it back above"). The later price is a
level the way the turn goes, on the day of the extreme before it. Spec by example in the format
of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

FADED_TO: list[Row] = [
    ('Silver jumped to $24.80 an ounce on Monday, its highest since April, before fading to $24.35 in New York.',
     '2024-12-04',
     ['SILVER intraday_extreme up 2024-12-02 level=24.8', 'SILVER record up 2024-12-02 level=24.8 since=2024-04-01', 'SILVER level down 2024-12-02 level=24.35']),
    ('The Swiss franc strengthened to 0.8810 per dollar on Thursday before fading to 0.8870 as the SNB signalled concern.',
     '2024-12-04',
     ['USDCHF intraday_extreme up 2024-11-28 inverse level=0.881', 'USDCHF level down 2024-11-28 inverse level=0.887']),
    ('Brent spiked to $88.40 a barrel on Tuesday before fading to about $87.10 by late afternoon in London.',
     '2024-12-04',
     ['BRENT intraday_extreme up 2024-12-03 level=88.4', 'BRENT level down 2024-12-03 level=87.1']),
    ('Gold rallied to $2,480 an ounce on Friday before fading to $2,455.',
     '2024-12-04',
     ['GOLD intraday_extreme up 2024-11-29 level=2480', 'GOLD level down 2024-11-29 level=2455']),
]  # fmt: skip

BACK_OVER: list[Row] = [
    ('Aluminium slid as much as 2.6% to $2,180 a tonne on Wednesday before bargain-hunting lifted it back over $2,200.',
     '2024-12-04',
     ['ALUMINIUM intraday_extreme down 2.6 percent as_much_as 2024-12-04 level=2180', 'ALUMINIUM level up 2024-12-04 level=2200']),
    ('The Australian dollar dropped to $0.6410 on Friday before a weaker greenback pushed it back over $0.6450.',
     '2024-12-04',
     ['AUDUSD intraday_extreme down 2024-11-29 level=0.641', 'AUDUSD level up 2024-11-29 level=0.645']),
    ('Platinum sank to $905 an ounce on Tuesday before short-covering lifted it back over $920.',
     '2024-12-04',
     ['PLATINUM intraday_extreme down 2024-12-03 level=905', 'PLATINUM level up 2024-12-03 level=920']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FADED_TO))
def test_fading_to_a_later_price(sentence: str, published: str, expected: list[str]) -> None:
    """ "spiked to $88.40 ... before fading to about $87.10": the later price, a level down."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BACK_OVER))
def test_lifted_back_over_a_price(sentence: str, published: str, expected: list[str]) -> None:
    """ "before short-covering lifted it back over $920": the price crossed back, a level up."""
    assert extract(sentence, published) == expected
