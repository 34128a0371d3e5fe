"""Claim parser rules from session 26 (helper jE): a session's move versus a state within it.

- a move told with a resting infinitive after it ("added 0.6% to trade at $2,490") and no day
  or closing word of its own: the state at the time of writing (intraday_change);
- a closing participle on a market that closed earlier in the day ("with the Shanghai Composite
  closing down 3.2% earlier in the day"): that market's session move, not the day's extreme;
- a bare state set off after "at the close" ("was the worst performer in Europe at the close,
  down 2.1%"), a clause fronted by "At the close" / "At the settle", or the first state of a
  "with" list whose last words close it ("with the DAX up 1.2% and the CAC 40 up 0.8% at the
  close"): the session's move.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

RESTING_INFINITIVES: list[Row] = [
    ('Copper rose 0.9% to $9,410 a tonne, while aluminium added 0.6% to trade at $2,490.',
     '2024-04-11',
     ['COPPER session_change up 0.9 percent 2024-04-11 level=9410',
      'ALUMINIUM intraday_change up 0.6 percent 2024-04-11 level=2490']),
    ('Silver fell 1.4% to $29.10 an ounce, and palladium gained 2% to trade at $905.',
     '2024-06-13',
     ['SILVER session_change down 1.4 percent 2024-06-13 level=29.1',
      'PALLADIUM intraday_change up 2 percent 2024-06-13 level=905']),
    ('Gold slipped 0.3% to $2,315 an ounce, while silver shed 1.1% to trade at $27.20.',
     '2024-05-14',
     ['GOLD session_change down 0.3 percent 2024-05-14 level=2315',
      'SILVER intraday_change down 1.1 percent 2024-05-14 level=27.2']),
]  # fmt: skip

EARLIER_CLOSES: list[Row] = [
    ('The STOXX 600 ended 1.1% lower on Monday, with the Shanghai Composite closing down 3.2% earlier in the day.',
     '2024-02-05',
     ['STOXX600 session_change down 1.1 percent 2024-02-05',
      'SHCOMP session_change down 3.2 percent 2024-02-05']),
    ("Wall Street ended lower on Friday, with South Korea's KOSPI closing down 0.9% earlier in the day.",
     '2024-04-12',
     ['SPX session_change down 2024-04-12',
      'KOSPI session_change down 0.9 percent 2024-04-12']),
]  # fmt: skip

CLOSED_STATES: list[Row] = [
    ("Italy's FTSE MIB was the worst performer in Europe at the close, down 2.1%, as bank shares slumped.",
     '2024-01-10',
     ['FTSEMIB session_change down 2.1 percent 2024-01-10']),
    ("Hong Kong's Hang Seng was the biggest decliner in Asia at the close, down 2.4%.",
     '2024-07-17',
     ['HSI session_change down 2.4 percent 2024-07-17']),
    ('European shares rose on Tuesday, with the DAX up 1.2% and the CAC 40 up 0.8% at the close.',
     '2024-05-14',
     ['STOXX600 session_change up 2024-05-14',
      'DAX session_change up 1.2 percent 2024-05-14',
      'CAC40 session_change up 0.8 percent 2024-05-14']),
    ('At the settle, Brent was up $1.05, or 1.3%, at $83.10 a barrel.',
     '2024-04-03',
     ['BRENT session_change up 1.3 percent 2024-04-03 level=83.1']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), _cases(RESTING_INFINITIVES))
def test_resting_infinitive_is_a_state(text: str, published: str, expected: list[str]) -> None:
    """ "added 0.6% to trade at $2,490" with no day of its own: a state within the day."""
    assert extract(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), _cases(EARLIER_CLOSES))
def test_earlier_close_is_a_session_move(text: str, published: str, expected: list[str]) -> None:
    """ "closing down 3.2% earlier in the day": that market's session move."""
    assert extract(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), _cases(CLOSED_STATES))
def test_state_at_the_close_is_a_session_move(
    text: str, published: str, expected: list[str]
) -> None:
    """ "at the close, down 2.1%", "At the settle, Brent was up 1.3%": the session's move."""
    assert extract(text, published) == expected
