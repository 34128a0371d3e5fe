"""Claim parser rules from session 22 (helper hD): the day's extreme the parser missed. A sized
move noun with a part of the day between its size and noun ("wiped out a 2.1% morning slide")
or told as a deficit ("erased a 250-point deficit"); a state fronted before the subject past a
cause ("Down as much as 4% on Tuesday despite a rate hike, the lira ..."); a range told with its
ends as nouns ("from a high of $81.20 to a low of $77.05", "lurched between a loss of 1.5% and a
gain of 2%", "traded between 38,120 and 38,940"); and the day's high or low told as a noun the
market stands off ("1.2% off the day's high of $9,838", "off the day's low of 157.85"). Spec by
example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

UNDONE_NOUNS: list[Row] = [
    ("The Hang Seng wiped out a 2.1% morning slide to close 0.6% higher on Tuesday.",
     "2024-05-22",
     ["HSI intraday_extreme down 2.1 percent 2024-05-21",
      "HSI session_change up 0.6 percent 2024-05-21"]),
    ("Germany's DAX gave back a 0.7% morning gain and finished 0.4% lower on Tuesday.",
     "2024-05-22",
     ["DAX intraday_extreme up 0.7 percent 2024-05-21",
      "DAX session_change down 0.4 percent 2024-05-21"]),
    ("The Dow erased a 250-point deficit to end up 40 points on Tuesday.",
     "2024-05-22",
     ["DJIA intraday_extreme down 250 points 2024-05-21",
      "DJIA session_change up 40 points 2024-05-21"]),
]  # fmt: skip

FRONTED: list[Row] = [
    ("Down as much as 4% on Tuesday despite a rate hike by the central bank, the lira ended 1.2% weaker.",
     "2024-05-22",
     ["USDTRY intraday_extreme down 4 percent as_much_as 2024-05-21 inverse",
      "USDTRY session_change down 1.2 percent 2024-05-21 inverse"]),
]  # fmt: skip

RANGES: list[Row] = [
    ("WTI traded in a range of more than $4 on Tuesday, from a high of $81.20 to a low of $77.05.",
     "2024-05-21",
     ["WTI intraday_extreme up 2024-05-21 level=81.2",
      "WTI intraday_extreme down 2024-05-21 level=77.05"]),
    ("Silver lurched between a loss of 1.5% and a gain of 2% on Tuesday before ending 0.8% higher.",
     "2024-05-22",
     ["SILVER intraday_extreme down 1.5 percent 2024-05-21",
      "SILVER intraday_extreme up 2 percent 2024-05-21",
      "SILVER session_change up 0.8 percent 2024-05-21"]),
    ("The Nikkei traded between 38,120 and 38,940 on Tuesday.",
     "2024-05-22",
     ["NIKKEI225 intraday_extreme down 2024-05-21 level=38120",
      "NIKKEI225 intraday_extreme up 2024-05-21 level=38940"]),
]  # fmt: skip

DAY_NOUNS: list[Row] = [
    ("Copper was at $9,720 a tonne on Tuesday, 1.2% off the day's high of $9,838.",
     "2024-05-22",
     ["COPPER level none 2024-05-21 level=9720",
      "COPPER intraday_extreme up 2024-05-21 level=9838"]),
    ("The yen stood at 157.10 per dollar on Tuesday, off the day's low of 157.85.",
     "2024-05-22",
     ["USDJPY level none 2024-05-21 inverse level=157.1",
      "USDJPY intraday_extreme down 2024-05-21 inverse level=157.85"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNDONE_NOUNS))
def test_undone_move_nouns(sentence: str, published: str, expected: list[str]) -> None:
    """A sized move noun undone the same day, with "morning" between size and noun or told as
    a "deficit": the day's extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED))
def test_fronted_state_past_a_cause(sentence: str, published: str, expected: list[str]) -> None:
    """A state fronted before the subject keeps the subject past its cause ("despite ...")."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RANGES))
def test_ranges_told_as_nouns(sentence: str, published: str, expected: list[str]) -> None:
    """The day's range with its two ends: "from a high of X to a low of Y", "lurched between a
    loss and a gain", "traded between X and Y": both ends are extremes."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAY_NOUNS))
def test_day_extreme_nouns(sentence: str, published: str, expected: list[str]) -> None:
    """ "off the day's high of", "off the day's low of": the noun's level is the extreme."""
    assert extract(sentence, published) == expected
