"""Claim parser rules from session 9 (lead): a level left later in the same day, and other
turns told after the claim. Spec by example in the format of tests/test_claims_examples.py (our
own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

LATER_LEFT: list[Row] = [
    ("The rand weakened past 19 per dollar on Tuesday, though it later recovered to trade 0.4% "
     "firmer.", "2023-05-30",
     ["USDZAR intraday_extreme down 2023-05-30 inverse level=19",
      "USDZAR intraday_change up 0.4 percent 2023-05-30 inverse"]),
    ("Brent climbed above $90 a barrel on Wednesday but later retreated to trade 0.6% lower.",
     "2023-09-27",
     ["BRENT intraday_extreme up 2023-09-27 level=90",
      "BRENT intraday_change down 0.6 percent 2023-09-27"]),
    ("The yen weakened past 150 per dollar on Oct. 2 and recovered two weeks later.", "2023-10-20",
     ["USDJPY level down 2023-10-02 inverse level=150",
      "USDJPY session_change up 2023-10-16 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LATER_LEFT))
def test_a_level_left_later_that_day(sentence: str, published: str, expected: list[str]) -> None:
    """ "weakened past 19 per dollar, though it later recovered": the level was the day's
    extreme; "two weeks later" leaves it a level."""
    assert extract(sentence, published) == expected


DAYS_LATER: list[Row] = [
    ("Palladium touched a record on Monday and tumbled 4.5% the next day.", "2022-03-10",
     ["PALLADIUM record up 2022-03-07",
      "PALLADIUM session_change down 4.5 percent 2022-03-08"]),
    ("Bitcoin slid 6% on Friday, and two days later it fell a further 3%.", "2022-06-14",
     ["BTC session_change down 6 percent 2022-06-10",
      "BTC session_change down 3 percent 2022-06-13"]),
    ("The Kospi lost 1.8% on Thursday and added 0.9% the following session.", "2024-12-10",
     ["KOSPI session_change down 1.8 percent 2024-12-05",
      "KOSPI session_change up 0.9 percent 2024-12-06"]),
    ("Copper hit a record on May 20, and a week later it closed 7% lower.", "2024-05-30",
     ["COPPER record up 2024-05-20",
      "COPPER session_change down 7 percent 2024-05-27"]),
    ("Gold rose 1% on Tuesday and is expected to climb further the next day.", "2024-05-21",
     ["GOLD session_change up 1 percent 2024-05-21"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAYS_LATER))
def test_days_counted_on(sentence: str, published: str, expected: list[str]) -> None:
    """ "tumbled 4.5% the next day", "two days later it fell": the day counts on from the claim
    before; a day after the publication date moves nothing."""
    assert extract(sentence, published) == expected
