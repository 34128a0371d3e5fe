"""Claim parser rules from session 25 (helper pB): hedged extremes and market names in sizes.

- "climbed to as much as $9,912", "rose to as much as 151.95 yen": the day's extreme at that
  level (as "to as high as" is), not a size;
- "bitcoin's price fell", "gold's price": the market itself (not "oil's price cap");
- "on the LME" between a size and its level ("dropped 2.8% on the LME to $8,200"): the venue,
  so the level stays on the move;
- spot gold by a clock time beside gold futures' smaller move: two contracts, so the spot state
  is not the day's extreme pared by a close;
- "at the height of the selloff", "at the depth of the rout" (fronted or after the move): the
  day's extreme, like "at one point";
- a fronted extreme ("At one point on Tuesday, ...") carried into a later clause with a closing
  verb ("and it closed 8.5% lower"): that clause is the session's close, not the extreme.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

AS_MUCH_LEVELS: list[Row] = [
    ('Copper on the London Metal Exchange rose 1.1% to $9,860 a tonne, having earlier climbed to as much as $9,912.',
     '2024-04-12',
     ['COPPER session_change up 1.1 percent 2024-04-12 level=9860',
      'COPPER intraday_extreme up 2024-04-12 level=9912']),
    ('Copper climbed to as much as $9,912 a tonne on Friday.',
     '2024-04-12',
     ['COPPER intraday_extreme up 2024-04-12 level=9912']),
    ('The dollar rose to as much as 151.95 yen on Monday.',
     '2024-04-08',
     ['USDJPY intraday_extreme up 2024-04-08 level=151.95']),
]  # fmt: skip

NAMES_AND_VENUES: list[Row] = [
    ("Bitcoin's price fell by nearly a fifth in a week.",
     '2024-04-16',
     ['BTC period_change down 20 percent almost 2024-04-16 since=2024-04-09']),
    ("Gold's price fell 2% on Monday.",
     '2024-04-16',
     ['GOLD session_change down 2 percent 2024-04-15']),
    ('Copper prices dropped as much as 2.8% on the LME to $8,200 per tonne.',
     '2024-04-16',
     ['COPPER intraday_extreme down 2.8 percent as_much_as 2024-04-16 level=8200']),
    ('Aluminium rose 1.2% on the LME to $2,450 a tonne on Tuesday.',
     '2024-04-16',
     ['ALUMINIUM session_change up 1.2 percent 2024-04-16 level=2450']),
    ('Spot gold fell 0.6% to $2,315.29 per ounce by 0230 GMT, while U.S. gold futures fell 0.5% to $2,329.40.',
     '2024-04-17',
     ['GOLD intraday_change down 0.6 percent 2024-04-17 level=2315.29',
      'GOLD session_change down 0.5 percent 2024-04-17 level=2329.4']),
]  # fmt: skip

HEIGHT_OF_SELLOFF: list[Row] = [
    ('At the height of the selloff, the Dow was down more than 1,400 points.',
     '2024-04-16',
     ['DJIA intraday_extreme down 1400 points more_than 2024-04-16']),
    ('The Dow was down more than 1,400 points at the height of the selloff.',
     '2024-04-16',
     ['DJIA intraday_extreme down 1400 points more_than 2024-04-16']),
    ('At the depth of the rout on Monday, the Nikkei was off 12%.',
     '2024-04-16',
     ['NIKKEI225 intraday_extreme down 12 percent 2024-04-15']),
    ("At one point on Tuesday, Germany's DAX was down 9.7%, and it closed 8.5% lower at 4,273.53.",
     '2001-09-11',
     ['DAX intraday_extreme down 9.7 percent 2001-09-11',
      'DAX session_change down 8.5 percent 2001-09-11 level=4273.53']),
    ("At its worst on Tuesday, Germany's DAX was down 9.7%, and it closed 8.5% lower at 4,273.53.",
     '2001-09-11',
     ['DAX intraday_extreme down 9.7 percent 2001-09-11',
      'DAX session_change down 8.5 percent 2001-09-11 level=4273.53']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(AS_MUCH_LEVELS))
def test_as_much_as_a_level(sentence: str, published: str, expected: list[str]) -> None:
    """ "climbed to as much as $9,912": the day's extreme at that level, not a size."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NAMES_AND_VENUES))
def test_possessive_prices_and_venues(sentence: str, published: str, expected: list[str]) -> None:
    """ "bitcoin's price fell", "on the LME to $8,200", spot beside futures: market and level."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HEIGHT_OF_SELLOFF))
def test_height_of_the_selloff(sentence: str, published: str, expected: list[str]) -> None:
    """ "at the height of the selloff": the day's extreme; a later closing clause is the close."""
    assert extract(sentence, published) == expected
