"""Claim parser rules from session 22 (helper hB): the day's extreme told apart from the close,
a state and a level. A move beside the same day's close that went further or the other way, a
move after "at one point" in the words before it, a move or price in overnight trade, a price
reached that the market then left the other way, an undoing verb past a pronoun ("but it had
eased back"), and an undoing told of another kind of market ("though the currency later
recovered" after a stock index's move). Spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

OUTRUN: list[Row] = [
    ("The Nasdaq tumbled nearly 600 points in the last hour on Wednesday before ending down 312 points, or 2.1%, at 14,540.",
     "2024-05-22",
     ["NASDAQ intraday_extreme down 600 points almost 2024-05-22",
      "NASDAQ session_change down 2.1 percent 2024-05-22 level=14540"]),
    ("The FTSE 100 closed down 1.8% at 7,210.40 after sliding almost 300 points in a matter of minutes during the morning.",
     "2024-05-22",
     ["FTSE100 session_change down 1.8 percent 2024-05-22 level=7210.4",
      "FTSE100 intraday_extreme down 300 points almost 2024-05-22"]),
    ("Nickel climbed another 2.4% to $21,300 a tonne on Tuesday, before the rally fizzled and the metal closed flat.",
     "2024-05-22",
     ["NICKEL intraday_extreme up 2.4 percent 2024-05-21 level=21300",
      "NICKEL session_change flat 2024-05-21"]),
    ("The Dax ended 0.9% lower on Friday after at one point being down more than 400 points.",
     "2024-05-22",
     ["DAX session_change down 0.9 percent 2024-05-17",
      "DAX intraday_extreme down 400 points more_than 2024-05-17"]),
    ("European shares settled 1.1% lower on Thursday after a lunchtime sell-off that at one point had the CAC 40 down nearly 3%.",
     "2024-05-22",
     ["STOXX600 session_change down 1.1 percent 2024-05-16",
      "CAC40 intraday_extreme down 3 percent almost 2024-05-16"]),
]  # fmt: skip

OVERNIGHT: list[Row] = [
    ("Soybeans rose 6-1/4 cents to $11.42 a bushel in overnight trade on Wednesday after falling 1.2% in the previous session.",
     "2024-05-22",
     ["SOYBEANS intraday_extreme up 6.25 points 2024-05-22 level=11.42",
      "SOYBEANS session_change down 1.2 percent 2024-05-21"]),
    ("The won slumped to 1,405 per dollar in overnight trade after the Fed decision, its weakest since March.",
     "2024-05-17",
     ["USDKRW intraday_extreme down 2024-05-17 inverse level=1405",
      "USDKRW record down 2024-05-17 inverse level=1405 since=2024-03-01"]),
]  # fmt: skip

TURNED_BACK: list[Row] = [
    ("The lira slid to 34.80 per dollar on Thursday, its weakest on record, before central bank selling lifted it by as much as 2.1%.",
     "2024-05-22",
     ["USDTRY intraday_extreme down 2024-05-16 inverse level=34.8",
      "USDTRY record down 2024-05-16 inverse level=34.8",
      "USDTRY intraday_extreme up 2.1 percent as_much_as 2024-05-16 inverse"]),
    ("The Australian dollar fell to $0.6120 on Monday, its lowest since November, and then climbed as much as 1.4% after the jobs data.",
     "2024-05-22",
     ["AUDUSD intraday_extreme down 2024-05-20 level=0.612",
      "AUDUSD record down 2024-05-20 level=0.612 since=2023-11-01",
      "AUDUSD intraday_extreme up 1.4 percent as_much_as 2024-05-20"]),
    ("Copper rose 2% to $9,800 a tonne in early London trading on Monday, but it had eased back to $9,650 by the afternoon.",
     "2024-05-22",
     ["COPPER intraday_extreme up 2 percent 2024-05-20 level=9800",
      "COPPER level down 2024-05-20 level=9650"]),
    ("Brent jumped 3% to $88.10 a barrel in early Asian trade on Friday, but it then surrendered the whole of that gain as Saudi supply fears eased.",
     "2024-05-17",
     ["BRENT intraday_extreme up 3 percent 2024-05-17 level=88.1"]),
]  # fmt: skip

OTHER_MARKET: list[Row] = [
    ("The rupee fell as much as 1.2% on Tuesday, and the Sensex slid 2.4%, though the currency later recovered to trade flat.",
     "2024-05-21",
     ["USDINR intraday_extreme down 1.2 percent as_much_as 2024-05-21 inverse",
      "SENSEX session_change down 2.4 percent 2024-05-21",
      "USDINR intraday_change flat 2024-05-21 inverse"]),
    ("Gold hit a record $2,450 an ounce on Monday, while the Nikkei rallied 1.5%, but the metal reversed to settle 0.6% lower.",
     "2024-05-21",
     ["GOLD intraday_extreme up 2024-05-20 level=2450",
      "GOLD record up 2024-05-20 level=2450",
      "NIKKEI225 session_change up 1.5 percent 2024-05-20",
      "GOLD session_change down 0.6 percent 2024-05-20"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OUTRUN))
def test_moves_outrun_by_the_close(sentence: str, published: str, expected: list[str]) -> None:
    """A sized move beside the same market's close on the same day that went further ("nearly
    600 points ... before ending down 312 points") or the other way ("closed flat"), also in
    units the close does not give, and a move after "at one point" in the words before it."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OVERNIGHT))
def test_overnight_moves(sentence: str, published: str, expected: list[str]) -> None:
    """A move or a price reached "in overnight trade", or a price reached "overnight": the
    day's extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TURNED_BACK))
def test_levels_and_moves_turned_back(sentence: str, published: str, expected: list[str]) -> None:
    """A price reached that the market then left the other way ("before central bank selling
    lifted it by as much as 2.1%", "and then climbed as much as 1.4%"), and an undoing verb
    past a pronoun ("but it had eased back", "but it then surrendered")."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OTHER_MARKET))
def test_undoing_of_another_market(sentence: str, published: str, expected: list[str]) -> None:
    """ "though the currency later recovered", "but the metal reversed": the undoing names a
    kind of market, so a move of another kind told just before it stays what it was."""
    assert extract(sentence, published) == expected
