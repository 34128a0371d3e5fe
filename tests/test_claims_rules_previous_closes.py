"""Claim parser rules from the dev corpus's remaining misses (previous closes, fronted windows
over a clause with no claim, index members listed elsewhere), spec by example in the format of
tests/test_claims_examples.py (our own sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

COMPARED_CLOSE: list[Row] = [
    ("The South Korean won ended at 1,382.5 per dollar on Tuesday, compared with its close of 1,378.1 in the previous session.", "2024-04-23",
     ["USDKRW level none 2024-04-23 inverse level=1382.5",
      "USDKRW level none 2024-04-22 inverse level=1378.1"]),
    ("The yuan closed at 7.2450 per dollar on Friday, compared with 7.2310 at the previous day's close.", "2024-04-19",
     ["USDCNY level none 2024-04-19 inverse level=7.245",
      "USDCNY level none 2024-04-18 inverse level=7.231"]),
    ("The rupee was at 83.41 per dollar by 0945 IST, versus 83.52 on Thursday.", "2024-04-19",
     ["USDINR level none 2024-04-19 inverse level=83.41",
      "USDINR level none 2024-04-18 inverse level=83.52"]),
]  # fmt: skip

COMPARED_NOT_CLOSE: list[Row] = [
    ("Brent rose 1.2% to $84.10 a barrel, compared with a forecast of $80 in a Reuters poll.", "2024-04-19",
     ["BRENT session_change up 1.2 percent 2024-04-19 level=84.1"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COMPARED_CLOSE))
def test_compared_close_is_a_level(sentence: str, published: str, expected: list[str]) -> None:
    """', compared with its close of X in the previous session' is a level on that earlier day."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COMPARED_NOT_CLOSE))
def test_compared_without_a_day(sentence: str, published: str, expected: list[str]) -> None:
    """A figure compared with no earlier day named (a forecast, an average) is no level claim."""
    assert extract(sentence, published) == expected


OPENING_WINDOW: list[Row] = [
    ("Since the start of the week, the currency has lost 1.2%, while the Kospi is down 2.3%.", "2024-08-07",
     ["KOSPI period_change down 2.3 percent 2024-08-07 since=2024-08-05"]),
    ("On Friday, the currency slid 0.8%, and the Bovespa fell 1.4%.", "2024-08-06",
     ["BOVESPA session_change down 1.4 percent 2024-08-02"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OPENING_WINDOW))
def test_opening_time_dates_a_later_clause(
    sentence: str, published: str, expected: list[str]
) -> None:
    """Time words opening the sentence date a coordinated clause when the first made no claim."""
    assert extract(sentence, published) == expected


MEMBERS_LISTED: list[Row] = [
    ("The Hang Seng rose 1.1%, and the China Enterprises Index of mainland firms listed in the city added 1.6%.", "2024-05-06",
     ["HSI session_change up 1.1 percent 2024-05-06",
      "HSCEI session_change up 1.6 percent 2024-05-06"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MEMBERS_LISTED))
def test_index_of_members_listed_somewhere(
    sentence: str, published: str, expected: list[str]
) -> None:
    """'the X Index of mainland companies listed in the city' is still X's subject."""
    assert extract(sentence, published) == expected


RUNNING_WINDOWS: list[Row] = [
    ("New York cocoa rose 2.1% on Thursday, extending a rally that has more than doubled prices this year.", "2024-11-21",
     ["COCOA session_change up 2.1 percent 2024-11-21",
      "COCOA period_change up 100 percent more_than 2024-11-21 since=2024-01-01"]),
    ("Taiwan's Taiex fell 1.8% on Friday to close out a 4.5% drop this week.", "2024-08-02",
     ["TAIEX session_change down 1.8 percent 2024-08-02",
      "TAIEX period_change down 4.5 percent 2024-08-02 since=2024-07-29"]),
    ("Silver slipped 0.6% on Monday, though it still held most of the 7% it gained last week.", "2024-05-20",
     ["SILVER session_change down 0.6 percent 2024-05-20",
      "SILVER period_change up 7 percent 2024-05-17 since=2024-05-13"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RUNNING_WINDOWS))
def test_running_windows_beside_a_day(sentence: str, published: str, expected: list[str]) -> None:
    """'a rally that has doubled prices this year', 'to close out a 4.5% drop this week' and
    'the 7% it gained last week' are period moves of the sentence's subject."""
    assert extract(sentence, published) == expected


FORMER_LATTER: list[Row] = [
    ("Brent hit $96.20 a barrel and WTI $93.10 on Wednesday, the former a 10-month high.", "2023-09-27",
     ["BRENT intraday_extreme up 2023-09-27 level=96.2",
      "WTI level none 2023-09-27 level=93.1",
      "BRENT record up 2023-09-27 level=96.2 since=2022-11-27"]),
    ("The Kospi and the Taiex rose 1.2% and 0.8% on Tuesday, extending a rally that has lifted the latter by more than 9% this month.", "2024-07-09",
     ["KOSPI session_change up 1.2 percent 2024-07-09",
      "TAIEX session_change up 0.8 percent 2024-07-09",
      "TAIEX period_change up 9 percent more_than 2024-07-09 since=2024-07-01"]),
    ("Chicago soybeans hit $14.20 a bushel and corn $6.90 on Friday, the former a record.", "2022-06-10",
     ["SOYBEANS intraday_extreme up 2022-06-10 level=14.2",
      "CORN level none 2022-06-10 level=6.9",
      "SOYBEANS record up 2022-06-10 level=14.2"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FORMER_LATTER))
def test_former_and_latter(sentence: str, published: str, expected: list[str]) -> None:
    """'the former' / 'the latter' name the first / second of the last two instruments named."""
    assert extract(sentence, published) == expected


LEVELS_REACHED_THEN_CLOSED: list[Row] = [
    ("The Indian rupee breached 83 per U.S. dollar for the first time on Thursday, though the currency ended at 82.87 after suspected intervention.", "2022-10-20",
     ["USDINR intraday_extreme down 2022-10-20 inverse level=83",
      "USDINR record down 2022-10-20 inverse level=83",
      "USDINR level none 2022-10-20 inverse level=82.87"]),
    ("The VIX fell back below 20 on Wednesday, a day after it closed at 23.4.", "2024-08-07",
     ["VIX level down 2024-08-07 level=20",
      "VIX level none 2024-08-06 level=23.4"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEVELS_REACHED_THEN_CLOSED))
def test_level_reached_then_closed_back(sentence: str, published: str, expected: list[str]) -> None:
    """A level passed, then a close on the other side the same day ('though it ended at'), was the
    day's extreme; a close on another day leaves the level as stated."""
    assert extract(sentence, published) == expected


RECORD_COUNTERS_SPANS: list[Row] = [
    ("The yen weakened to its weakest against the euro since 2008 on Monday.", "2024-07-01",
     ["EURJPY record down 2024-07-01 inverse since=2008-01-01"]),
    ("Corn futures fell 1.9% to a two-and-a-half-year low on Monday.", "2023-07-31",
     ["CORN session_change down 1.9 percent 2023-07-31",
      "CORN record down 2023-07-31 since=2021-01-31"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORD_COUNTERS_SPANS))
def test_record_counter_and_half_years(sentence: str, published: str, expected: list[str]) -> None:
    """'its weakest against the euro since 2008' is on the euro cross; 'a two-and-a-half-year
    low' looks back thirty months."""
    assert extract(sentence, published) == expected


GAVE_BACK_AND: list[Row] = [
    ("Gold briefly topped $2,500 an ounce on Friday, though the metal later gave back much of that move and ended 0.2% higher.", "2024-08-16",
     ["GOLD intraday_extreme up 2024-08-16 level=2500",
      "GOLD session_change up 0.2 percent 2024-08-16"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GAVE_BACK_AND))
def test_gave_back_and_ended(sentence: str, published: str, expected: list[str]) -> None:
    """'the metal later gave back much of that move and ended 0.2% higher': the subject of the
    first verb phrase closes the day too."""
    assert extract(sentence, published) == expected
