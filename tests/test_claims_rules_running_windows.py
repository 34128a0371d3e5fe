"""Claim parser rules for the measure of each claim: a running total named by its month
("its April loss", "its loss for October"), by "a five-session rally", carried "past" a figure,
or given per subject ("their gains for the month to 7.5% and 6.2%"); a participle reaching a
level the way the sized move just named went ("fell 0.8%, slipping below 100") is that move's
level; a second size with its own month, quarter or half is a move over it; an appositive
renaming the day ("on Friday, the last trading day of the quarter,") and "yet" keep the subject;
"the previous week's 7% slide" is last week's move; "remains up" is a state; "ended a wild Friday
down" dates the close; "a lb" is a unit; spec by example in the format of
tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

RUNNING_TOTALS: list[Row] = [
    ("The Hang Seng rose 1.2% on Friday, lifting its May gain to 6.8%.", "2024-05-10",
     ["HSI session_change up 1.2 percent 2024-05-10",
      "HSI period_change up 6.8 percent 2024-05-10 since=2024-05-01"]),
    ("Brent slipped 0.5% on Tuesday, deepening its loss for October to almost 8%.", "2023-10-31",
     ["BRENT session_change down 0.5 percent 2023-10-31",
      "BRENT period_change down 8 percent almost 2023-10-31 since=2023-10-01"]),
    ("The Nikkei added 0.9% on Friday, extending a five-session rally to roughly 4%.",
     "2024-02-16",
     ["NIKKEI225 session_change up 0.9 percent 2024-02-16",
      "NIKKEI225 period_change up 4 percent about 2024-02-16 since=2024-02-12"]),
    ("The pound slid 3.6% against the dollar on Friday, taking its losses this year past 20%.",
     "2022-09-23",
     ["GBPUSD session_change down 3.6 percent 2022-09-23",
      "GBPUSD period_change down 20 percent more_than 2022-09-23 since=2022-01-01"]),
    ("The Dow and the Nasdaq ended 0.4% and 0.8% higher, respectively, on Friday, pushing their"
     " gains for the month to 7.5% and 6.2%.", "2024-11-29",
     ["DJIA session_change up 0.4 percent 2024-11-29",
      "NASDAQ session_change up 0.8 percent 2024-11-29",
      "DJIA period_change up 7.5 percent 2024-11-29 since=2024-11-01",
      "NASDAQ period_change up 6.2 percent 2024-11-29 since=2024-11-01"]),
    ("Gold climbed 1% on Friday, extending its rally to a ninth session.", "2024-03-08",
     ["GOLD session_change up 1 percent 2024-03-08"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RUNNING_TOTALS))
def test_running_totals(sentence: str, published: str, expected: list[str]) -> None:
    """A running total's window is the month, span or period named with it; "past" is more."""
    assert extract(sentence, published) == expected


LEVEL_REACHED: list[Row] = [
    ("The dollar index fell 0.8% on Friday, slipping below 100.", "2025-04-11",
     ["DXY session_change down 0.8 percent 2025-04-11 level=100"]),
    ("Bitcoin rose 4% on Friday, climbing to $68,500.", "2024-03-08",
     ["BTC session_change up 4 percent 2024-03-08 level=68500"]),
    ("Bitcoin rose 4% on Friday before slipping to $66,000.", "2024-03-08",
     ["BTC intraday_extreme up 4 percent 2024-03-08",
      "BTC level down 2024-03-08 level=66000"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEVEL_REACHED))
def test_participle_reaching_level(sentence: str, published: str, expected: list[str]) -> None:
    """A participle reaching a level the same way as the sized move just named is its level."""
    assert extract(sentence, published) == expected


WINDOWS_IN_TURN: list[Row] = [
    ("Gold slipped 0.3% on Friday but gained 4.1% over the quarter and 12.8% in the first half.",
     "2024-06-28",
     ["GOLD session_change down 0.3 percent 2024-06-28",
      "GOLD period_change up 4.1 percent 2024-06-28 since=2024-04-01",
      "GOLD period_change up 12.8 percent 2024-06-28 since=2024-01-01"]),
    ("The Nikkei rose 0.6% on Friday and 2.8% in June.", "2024-06-28",
     ["NIKKEI225 session_change up 0.6 percent 2024-06-28",
      "NIKKEI225 period_change up 2.8 percent 2024-06-28 since=2024-06-01"]),
    ("Copper lost 1.1% in March and about 8% in the first quarter.", "2023-03-31",
     ["COPPER period_change down 1.1 percent 2023-03-31 since=2023-03-01",
      "COPPER period_change down 8 percent about 2023-03-31 since=2023-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WINDOWS_IN_TURN))
def test_windows_in_turn(sentence: str, published: str, expected: list[str]) -> None:
    """A second size with its own month, quarter or half is a move over that window."""
    assert extract(sentence, published) == expected


DAY_RENAMED: list[Row] = [
    ("The Nikkei slipped 0.3% on Tuesday, the last session before the holiday, but gained 2%"
     " this month.", "2024-12-24",
     ["NIKKEI225 session_change down 0.3 percent 2024-12-24",
      "NIKKEI225 period_change up 2 percent 2024-12-24 since=2024-12-01"]),
    ("The euro edged up 0.2% on Friday, the final trading day of the quarter, but lost 6.5% in"
     " the quarter.", "2022-09-30",
     ["EURUSD session_change up 0.2 percent 2022-09-30",
      "EURUSD period_change down 6.5 percent 2022-09-30 since=2022-07-01"]),
    ("The euro edged up 0.2% on Friday yet lost 6.5% in the quarter.", "2022-09-30",
     ["EURUSD session_change up 0.2 percent 2022-09-30",
      "EURUSD period_change down 6.5 percent 2022-09-30 since=2022-07-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAY_RENAMED))
def test_day_renamed(sentence: str, published: str, expected: list[str]) -> None:
    """An appositive renaming the day, or "yet", leaves the subject to the next verb."""
    assert extract(sentence, published) == expected


EARLIER_PERIODS: list[Row] = [
    ("The Nasdaq rose 3.5% this week, recouping last week's 2% loss.", "2024-07-05",
     ["NASDAQ period_change up 3.5 percent 2024-07-05 since=2024-07-01",
      "NASDAQ period_change down 2 percent 2024-06-28 since=2024-06-24"]),
    ("Bitcoin jumped 9% this week, erasing the previous week's 7% slide.", "2024-07-05",
     ["BTC period_change up 9 percent 2024-07-05 since=2024-07-01",
      "BTC period_change down 7 percent 2024-06-28 since=2024-06-24"]),
    ("Brent rose 1.2% on Friday, trimming the prior month's 6% slide.", "2024-07-05",
     ["BRENT session_change up 1.2 percent 2024-07-05",
      "BRENT period_change down 6 percent 2024-06-30 since=2024-06-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EARLIER_PERIODS))
def test_earlier_periods(sentence: str, published: str, expected: list[str]) -> None:
    """ "the previous week's 7% slide" is last week's move; the verb undoing it is no claim."""
    assert extract(sentence, published) == expected


REMAINING_STATES: list[Row] = [
    ("Nickel fell 4% on Tuesday but remains up nearly 80% since the invasion.", "2022-03-08",
     ["NICKEL session_change down 4 percent 2022-03-08",
      "NICKEL period_change up 80 percent almost 2022-03-08 since=2022-02-24"]),
    ("The yen remained 0.3% weaker at 161.2 per dollar.", "2024-07-05",
     ["USDJPY intraday_change down 0.3 percent 2024-07-05 inverse level=161.2"]),
    ("The Hang Seng stayed 1.1% higher in afternoon trade.", "2024-07-05",
     ["HSI intraday_change up 1.1 percent 2024-07-05"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(REMAINING_STATES))
def test_remaining_states(sentence: str, published: str, expected: list[str]) -> None:
    """ "remains up", "stayed 1.1% higher" state where a market stands, as "is up" does."""
    assert extract(sentence, published) == expected


DAY_ENDED: list[Row] = [
    ("The Nikkei finished a volatile Monday 3% higher.", "2008-10-14",
     ["NIKKEI225 session_change up 3 percent 2008-10-13"]),
    ("The Dow ended a wild Friday down 128 points, or 1.5%, at 8,451.19.", "2008-10-10",
     ["DJIA session_change down 1.5 percent 2008-10-10 level=8451.19"]),
    ("Gold ended a quiet Monday little changed at $850.", "2008-10-14",
     ["GOLD session_change flat 2008-10-13 level=850"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAY_ENDED))
def test_described_day_ended(sentence: str, published: str, expected: list[str]) -> None:
    """ "ended a wild Friday down 1.5%": the weekday a close verb ends is the claim's day."""
    assert extract(sentence, published) == expected


POUND_ABBREVIATED: list[Row] = [
    ("Copper spiked to $5.20 a lb on Monday before easing.", "2024-05-20",
     ["COPPER intraday_extreme up 2024-05-20 level=5.2"]),
    ("Copper rose 2% to $5.10 per lb on Monday.", "2024-05-20",
     ["COPPER session_change up 2 percent 2024-05-20 level=5.1"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(POUND_ABBREVIATED))
def test_pound_abbreviated(sentence: str, published: str, expected: list[str]) -> None:
    """ "a lb" is the quote's unit, read past like "a pound" (so "before easing" still turns)."""
    assert extract(sentence, published) == expected


COMPOUND_MODIFIED_NOUNS: list[Row] = [
    ("Gold rose 1% on Wednesday after Tuesday's 2% post-Fed slide.", "2024-06-05",
     ["GOLD session_change up 1 percent 2024-06-05",
      "GOLD session_change down 2 percent 2024-06-04"]),
    ("The Nifty rebounded 3.4% on Wednesday, recouping half of Tuesday's 5.9% election-day rout.",
     "2024-06-05",
     ["NIFTY50 session_change up 3.4 percent 2024-06-05",
      "NIFTY50 session_change down 5.9 percent 2024-06-04"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COMPOUND_MODIFIED_NOUNS))
def test_compound_modified_nouns(sentence: str, published: str, expected: list[str]) -> None:
    """A compound before a sized move noun ("election-day rout") that names no span is filler."""
    assert extract(sentence, published) == expected
