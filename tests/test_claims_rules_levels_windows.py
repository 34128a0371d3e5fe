"""Claim parser rules for levels and windows: caused levels with a way ("sending the yield up to
0.46%"), thresholds crossed beside a later level, weekend and since-windows, spec by example
in the format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

CAUSED_UP_TO: list[Row] = [
    ("The surprise cut sent the two-year Treasury yield down to 4.12% on Tuesday.",
     "2024-03-21",
     ["US2Y level down 2024-03-19 level=4.12"]),
    ("The auction flopped, sending the 10-year Treasury yield up to 4.46%, the dollar "
     "rising 0.5% against the yen and the Nasdaq down 1.1%.", "2024-03-21",
     ["US10Y level up 2024-03-21 level=4.46",
      "USDJPY session_change up 0.5 percent 2024-03-21",
      "NASDAQ session_change down 1.1 percent 2024-03-21"]),
    ("Supply fears sent Brent up to $95 a barrel.", "2024-03-21",
     ["BRENT level up 2024-03-21 level=95"]),
    ("Supply fears sent Brent up as much as 5% to $95 a barrel.", "2024-03-21",
     ["BRENT intraday_extreme up 5 percent as_much_as 2024-03-21 level=95"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSED_UP_TO))
def test_caused_up_to_level(sentence: str, published: str, expected: list[str]) -> None:
    """ "sent the yield up to 4.46%": "up to" after a caused object is a way and a level."""
    assert extract(sentence, published) == expected


THRESHOLD_THEN_LEVEL: list[Row] = [
    ("The won strengthened past 1,300 per dollar, and was last at 1,302.5.", "2024-03-21",
     ["USDKRW level up 2024-03-21 inverse level=1300",
      "USDKRW level none 2024-03-21 inverse level=1302.5"]),
    ("The won strengthened past 1,300 per dollar before ending at 1,302.5.", "2024-03-21",
     ["USDKRW intraday_extreme up 2024-03-21 inverse level=1300",
      "USDKRW level none 2024-03-21 inverse level=1302.5"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(THRESHOLD_THEN_LEVEL))
def test_level_left_needs_afterwards(sentence: str, published: str, expected: list[str]) -> None:
    """A level is the day's extreme only when words mark the later level as afterwards."""
    assert extract(sentence, published) == expected


WEEKEND_WINDOW: list[Row] = [
    ("Ether slumped 9% over the weekend as liquidations mounted.", "2024-03-18",
     ["ETH period_change down 9 percent 2024-03-17 since=2024-03-16"]),
    ("Over the weekend, bitcoin climbed 6.5%.", "2024-03-19",
     ["BTC period_change up 6.5 percent 2024-03-17 since=2024-03-16"]),
    ("Bitcoin dropped 3.1% on Monday and 7% over the weekend.", "2024-03-19",
     ["BTC session_change down 3.1 percent 2024-03-18",
      "BTC period_change down 7 percent 2024-03-17 since=2024-03-16"]),
    ("Brent rose 2.2% over the week.", "2024-03-22",
     ["BRENT period_change up 2.2 percent 2024-03-22 since=2024-03-18"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WEEKEND_WINDOW))
def test_weekend_window(sentence: str, published: str, expected: list[str]) -> None:
    """ "over the weekend" is a window from the last Saturday to Sunday, also in a gapped clause."""
    assert extract(sentence, published) == expected


WINDOW_BEFORE_EVENT: list[Row] = [
    ("Ten-year Bund yields had climbed 45 basis points in three sessions before the ECB "
     "intervened.", "2024-03-21",
     ["DE10Y period_change up 45 bp 2024-03-20 since=2024-03-18"]),
    ("Cocoa trading in London was halted after prices jumped 30% in two sessions.", "2024-03-21",
     ["COCOA period_change up 30 percent 2024-03-20 since=2024-03-19"]),
    ("The yen rallied 3% in two sessions after the central bank hinted at a hike.", "2024-03-21",
     ["USDJPY period_change up 3 percent 2024-03-21 inverse since=2024-03-20"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WINDOW_BEFORE_EVENT))
def test_window_before_event(sentence: str, published: str, expected: list[str]) -> None:
    """A counted window that runs up to the reference day's event ends the session before."""
    assert extract(sentence, published) == expected


THRESHOLD_AFTER_TO: list[Row] = [
    ("Ether jumped 8% to above $3,000.", "2024-03-21",
     ["ETH session_change up 8 percent 2024-03-21 level=3000"]),
    ("Bitcoin slid to below $60,000 on Wednesday.", "2024-03-21",
     ["BTC level down 2024-03-20 level=60000"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(THRESHOLD_AFTER_TO))
def test_threshold_after_to(sentence: str, published: str, expected: list[str]) -> None:
    """ "to above $3,000": a threshold reached is the claim's level."""
    assert extract(sentence, published) == expected


SOFTEST_FIRMEST: list[Row] = [
    ("The won weakened to 1,392 per dollar on Thursday, its softest level since November.",
     "2024-03-21",
     ["USDKRW level down 2024-03-21 inverse level=1392",
      "USDKRW record down 2024-03-21 inverse level=1392 since=2023-11-01"]),
    ("The yen firmed to 141.2 per dollar, its firmest since July.", "2024-03-21",
     ["USDJPY level up 2024-03-21 inverse level=141.2",
      "USDJPY record up 2024-03-21 inverse level=141.2 since=2023-07-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SOFTEST_FIRMEST))
def test_softest_firmest_records(sentence: str, published: str, expected: list[str]) -> None:
    """ "its softest (firmest) level since November" is a record low (high)."""
    assert extract(sentence, published) == expected


POSTED_PER_PERIOD: list[Row] = [
    ("The FTSE 100 and the DAX posted weekly gains of 1.4% and 2.2%, respectively.",
     "2024-03-22",
     ["FTSE100 period_change up 1.4 percent 2024-03-22 since=2024-03-18",
      "DAX period_change up 2.2 percent 2024-03-22 since=2024-03-18"]),
    ("Gold and silver recorded monthly losses, of 3.1% and 5.5% respectively.", "2024-03-28",
     ["GOLD period_change down 3.1 percent 2024-03-28 since=2024-03-01",
      "SILVER period_change down 5.5 percent 2024-03-28 since=2024-03-01"]),
    ("The FTSE 100 and the DAX posted weekly gains.", "2024-03-22", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(POSTED_PER_PERIOD))
def test_posted_per_period_moves(sentence: str, published: str, expected: list[str]) -> None:
    """ "posted weekly gains of A and B, respectively": per-period moves, sized in order."""
    assert extract(sentence, published) == expected


SINCE_DATED_CLAUSE: list[Row] = [
    ("Ether has shed about 35% since hitting a record $4,090 on March 12.", "2024-05-20",
     ["ETH period_change down 35 percent about 2024-05-20 since=2024-03-12",
      "ETH intraday_extreme up 2024-03-12 level=4090",
      "ETH record up 2024-03-12 level=4090"]),
    ("Copper has climbed 9% since the mine was shut on Tuesday.", "2024-03-21",
     ["COPPER period_change up 9 percent 2024-03-21 since=2024-03-19"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SINCE_DATED_CLAUSE))
def test_since_dated_clause(sentence: str, published: str, expected: list[str]) -> None:
    """A since-clause naming a day opens the window then; a record hit there is that day's."""
    assert extract(sentence, published) == expected
