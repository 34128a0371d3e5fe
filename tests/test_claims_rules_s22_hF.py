"""Claim parser rules from session 22 (helper hF): moves over several sessions told as a running
total whose window is set off by commas or measured from a dated mark ("taking its rally since
last Thursday, when the central bank held rates, to more than 6%", "lifting its gain from the
Feb. 11 low, its weakest close in two years, to nearly 12%", "taking its drop from the April peak
to more than 14%"), owned by a one-word name or by the period itself ("cutting silver's weekly gain
to 2.2%", "trimming the month's advance to 4.5%"), and a period closed by the day whose
own move is a share of the price ("capping a quarter in which it fell by a fifth"). Spec by
example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

RUNNING: list[Row] = [
    ("The Kospi added 1.2% on Wednesday, taking its rally since last Thursday, when the central bank held rates, to more than 6%.",
     "2021-05-19",
     ["KOSPI session_change up 1.2 percent 2021-05-19",
      "KOSPI period_change up 6 percent more_than 2021-05-19 since=2021-05-13"]),
    ("Copper fell 2.1% on Thursday, deepening its loss since the March 7 peak of $10,845 to about a third.",
     "2022-11-10",
     ["COPPER session_change down 2.1 percent 2022-11-10",
      "COPPER period_change down 33.3 percent about 2022-11-10 since=2022-03-07"]),
    ("The Dow climbed 0.9% on Tuesday, lifting its gain from the Feb. 11 low, its weakest close in two years, to nearly 12%.",
     "2016-03-15",
     ["DJIA session_change up 0.9 percent 2016-03-15",
      "DJIA period_change up 12 percent almost 2016-03-15 since=2016-02-11"]),
    ("The Shanghai Composite slid 1.4% on Tuesday, taking its drop from the April peak to more than 14%.",
     "2019-08-27",
     ["SHCOMP session_change down 1.4 percent 2019-08-27",
      "SHCOMP period_change down 14 percent more_than 2019-08-27 since=2019-04-01"]),
    ("The Nikkei lost 0.8% on Friday, extending its slide from its May 22, 2017 high of 20,100 to 4%.",
     "2017-06-09",
     ["NIKKEI225 session_change down 0.8 percent 2017-06-09",
      "NIKKEI225 period_change down 4 percent 2017-06-09 since=2017-05-22"]),
    ("The yen firmed 0.6% on Thursday, taking the yen's rise since the June 1 Bank of Japan meeting, when policymakers held steady, to 4%.",
     "2022-06-16",
     ["USDJPY session_change up 0.6 percent 2022-06-16 inverse",
      "USDJPY period_change up 4 percent 2022-06-16 inverse since=2022-06-01"]),
]  # fmt: skip

OWNED: list[Row] = [
    ("Silver fell 1.3% on Friday, cutting silver's weekly gain to 2.2%.",
     "2022-06-17",
     ["SILVER session_change down 1.3 percent 2022-06-17",
      "SILVER period_change up 2.2 percent 2022-06-17 since=2022-06-13"]),
    ("Wheat futures fell 3% on Thursday, trimming the month's advance to 4.5%.",
     "2018-07-12",
     ["WHEAT session_change down 3 percent 2018-07-12",
      "WHEAT period_change up 4.5 percent 2018-07-12 since=2018-07-01"]),
]  # fmt: skip

SHARES: list[Row] = [
    ("The euro slid 0.7% on Friday, capping a quarter in which it fell by a fifth.",
     "2015-03-27",
     ["EURUSD session_change down 0.7 percent 2015-03-27",
      "EURUSD period_change down 20 percent 2015-03-27 since=2015-01-01"]),
    ("The rand firmed 0.4% on Tuesday, ending a year in which the currency gained more than a tenth of its value.",
     "2019-12-31",
     ["USDZAR session_change up 0.4 percent 2019-12-31 inverse",
      "USDZAR period_change up 10 percent more_than 2019-12-31 inverse since=2019-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RUNNING))
def test_running_totals_with_marked_windows(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A running total whose window has commas in it ("since last Thursday, when ...,", "since
    the March 7 peak of $10,845") or runs from a mark ("from the April peak", "from the Feb. 11
    low, its weakest close in two years,"): the move since that day or month."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OWNED))
def test_running_totals_owned_by_a_name_or_the_period(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A running total owned by a one-word name ("silver's weekly gain") or by its period ("the
    month's advance"), also after "cutting" or "trimming": the move over that window."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHARES))
def test_periods_closed_with_a_share_lost(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A period the day closes whose own move is a share of the price ("a quarter in which it
    fell by a fifth", "a year in which the currency gained more than a tenth of its value")."""
    assert extract(sentence, published) == expected
