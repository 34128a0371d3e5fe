"""Claim parser rules for records and levels (blind dev batch r15_1), spec by example in the
format of tests/test_claims_examples.py (our own wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

RENAMED_MOVE: list[Row] = [
    ("Brent jumped 7% on Friday, a gain that marked its biggest one-day rise since April 2020.",
     "2022-08-29",
     ["BRENT session_change up 7 percent 2022-08-26",
      "BRENT biggest_move up 2022-08-26 since=2020-04-01"]),
    ("The Nikkei sank 5% on Monday, a drop that was the index's sharpest one-day fall since "
     "March.", "2022-08-29",
     ["NIKKEI225 session_change down 5 percent 2022-08-29",
      "NIKKEI225 biggest_move down 2022-08-29 since=2022-03-01"]),
]  # fmt: skip

REACHING_LEVELS_SEEN: list[Row] = [
    ("Brent jumped 4% on Monday, hitting levels last seen in 2014.", "2022-08-29",
     ["BRENT session_change up 4 percent 2022-08-29",
      "BRENT record up 2022-08-29 since=2014-01-01"]),
    ("The yen slid past 150 per dollar to reach levels not seen since 1990.", "2022-10-20",
     ["USDJPY level down 2022-10-20 inverse level=150",
      "USDJPY record down 2022-10-20 inverse level=150 since=1990-01-01"]),
]  # fmt: skip

PUSHED_PAST: list[Row] = [
    ("The euro pushed above $1.17 for the first time since September 2021.", "2025-06-30",
     ["EURUSD level up 2025-06-30 level=1.17",
      "EURUSD record up 2025-06-30 level=1.17 since=2021-09-01"]),
    ("The dollar pushed through 150 yen on Wednesday, its strongest since 1990.", "2022-10-19",
     ["USDJPY level up 2022-10-19 level=150",
      "USDJPY record up 2022-10-19 level=150 since=1990-01-01"]),
    ("Bitcoin pushed past $70,000 on Monday.", "2024-03-11",
     ["BTC level none 2024-03-11 level=70000"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RENAMED_MOVE))
def test_renamed_move_record(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., a slide that marked its sharpest fall since March": the move renamed, compared."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(REACHING_LEVELS_SEEN))
def test_reaching_levels_last_seen(sentence: str, published: str, expected: list[str]) -> None:
    """ "to reach levels last seen in 2008", "hitting levels not seen since": a record."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PUSHED_PAST))
def test_pushed_past_threshold(sentence: str, published: str, expected: list[str]) -> None:
    """ "the yield pushed past 5%": with no object, "push" crosses a threshold like "crossed"."""
    assert extract(sentence, published) == expected
