"""Claim parser rules from session 11 (lead): windows told in review copy, a year a close verb
ends before a level ("ended 2022 at 3.67%"), and a close at a level followed by the window's move it ends: the level goes
on that move (the corpus README's "on the sized move when there is one"), while a state at the
time of writing keeps its own level claim. Spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

CLOSES_AT_LEVELS: list[Row] = [
    ("Britain's 10-year gilt yield ended 2022 at 3.67%.",
     "2022-12-30",
     ["UK10Y level none 2022-12-30 level=3.67"]),
    ("The ASX 200 finished the month at 7,680, some 4% higher over the month.",
     "2024-02-29",
     ["ASX200 period_change up 4 percent about 2024-02-29 level=7680 since=2024-02-01"]),
    ("Copper settled at $9,120 a tonne on Friday, having gained about 3% this week.",
     "2024-05-03",
     ["COPPER period_change up 3 percent about 2024-05-03 level=9120 since=2024-04-29"]),
    ("Brent hovered near $93 a barrel, having gained nearly 30% since late June.",
     "2023-09-25",
     ["BRENT level none 2023-09-25 level=93",
      "BRENT period_change up 30 percent almost 2023-09-25 since=2023-06-01"]),
]  # fmt: skip

REVIEW_WINDOWS: list[Row] = [
    ("Milan's FTSE MIB shed 9% between Monday and Friday, its worst week since 2020.",
     "2024-08-09",
     ["FTSEMIB period_change down 9 percent 2024-08-09 since=2024-08-05"]),
    ("Over the course of 2023, the German 10-year yield fell about 55 basis points to 2.02%.",
     "2023-12-29",
     ["DE10Y period_change down 55 bp about 2023-12-29 level=2.02 since=2023-01-01"]),
    ("The Kospi edged up 0.3% in the final session of the year to 2,655, locking in an 18.7% annual gain.",
     "2023-12-28",
     ["KOSPI session_change up 0.3 percent 2023-12-28",
      "KOSPI period_change up 18.7 percent 2023-12-28 since=2023-01-01"]),
    ("Platinum ended 2024 at $910 an ounce, having lost almost a tenth of its value since May.",
     "2024-12-31",
     ["PLATINUM period_change down 10 percent almost 2024-12-31 since=2024-05-01"]),
    ("Sterling dropped 2.8% against the dollar across the week.",
     "2024-07-05",
     ["GBPUSD period_change down 2.8 percent 2024-07-05 since=2024-07-01"]),
    ("The yen weakened 10% over the course of the year.",
     "2024-12-27",
     ["USDJPY period_change down 10 percent 2024-12-27 inverse since=2024-01-01"]),
]  # fmt: skip

BRIEF_CROSSINGS: list[Row] = [
    ("Italy's 10-year yield ended the month at 4.72%, having briefly breached 5% on Oct. 19.",
     "2023-10-31",
     ["IT10Y level none 2023-10-31 level=4.72",
      "IT10Y intraday_extreme up 2023-10-19 level=5"]),
    ("The won briefly breached 1,400 per dollar on Tuesday.",
     "2024-04-16",
     ["USDKRW intraday_extreme down 2024-04-16 inverse level=1400"]),
]  # fmt: skip

CLOSES_WITH_RECORDS: list[Row] = [
    ("The Nikkei closed out 2023 at a 33-year high of 33,464.17 on Friday, up 28% for the year.",
     "2023-12-29",
     ["NIKKEI225 record up 2023-12-29 level=33464.2 since=1990-12-29",
      "NIKKEI225 period_change up 28 percent 2023-12-29 level=33464.2 since=2023-01-01"]),
    ("Cocoa settled at a record $11,878 a tonne on Friday, bringing its gain since the start of the year to more than 180%.",
     "2024-04-19",
     ["COCOA level none 2024-04-19 level=11878",
      "COCOA record up 2024-04-19 level=11878",
      "COCOA period_change up 180 percent more_than 2024-04-19 since=2024-01-01"]),
]  # fmt: skip

DAY_EXTREMES: list[Row] = [
    ("The Nasdaq finished at its lows of the day, down 2.1%.",
     "2024-03-08",
     ["NASDAQ session_low none 2024-03-08",
      "NASDAQ session_change down 2.1 percent 2024-03-08"]),
    ("The FTSE 100 closed at its high for the day on Tuesday.",
     "2024-03-05",
     ["FTSE100 session_high none 2024-03-05"]),
    ("The Hang Seng ended at its highest point of the day, up 1.8%.",
     "2024-03-07",
     ["HSI session_high none 2024-03-07",
      "HSI session_change up 1.8 percent 2024-03-07"]),
    ("The DAX hit a session low of 17,800 in early trade.",
     "2024-03-08",
     ["DAX intraday_extreme down 2024-03-08 level=17800"]),
]  # fmt: skip

WHEN_CLAUSES: list[Row] = [
    ("Copper has lost 12% since May 20, when it hit a record $11,104.50 a tonne.",
     "2024-06-14",
     ["COPPER period_change down 12 percent 2024-06-14 since=2024-05-20",
      "COPPER intraday_extreme up 2024-05-20 level=11104.5",
      "COPPER record up 2024-05-20 level=11104.5"]),
    ("The Bund yield rose 33 basis points in March, most of which came on March 5, when it jumped 30 basis points.",
     "2025-03-31",
     ["DE10Y period_change up 33 bp 2025-03-31 since=2025-03-01",
      "DE10Y session_change up 30 bp 2025-03-05"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSES_AT_LEVELS))
def test_a_close_at_a_level_and_the_window_it_ends(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "ended 2022 at 3.67%" is that day's level; "finished the month at 7,680, some 4%
    higher": the level is on the month's move; "hovered near $93, having gained": two claims."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(REVIEW_WINDOWS))
def test_windows_in_review_copy(sentence: str, published: str, expected: list[str]) -> None:
    """ "between Monday and Friday", a fronted "Over the course of 2023", "across the week", "in
    the holiday-shortened week" and "an 18.7% annual gain" beside the day's move are windows."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BRIEF_CROSSINGS))
def test_a_level_briefly_breached(sentence: str, published: str, expected: list[str]) -> None:
    """ "briefly breached 5%": the day's extreme, the quoted number rising (the won's fall)."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSES_WITH_RECORDS))
def test_a_record_close_and_the_window_it_ends(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "closed out 2023 at a 33-year high of X, up 28% for the year": the record stays and the
    level goes on the year's move; a participle ("bringing its gain ... to") keeps both apart."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAY_EXTREMES))
def test_a_close_at_the_days_extreme(sentence: str, published: str, expected: list[str]) -> None:
    """ "at its lows of the day", "at its high for the day", "at its highest point of the day"
    name the session's extreme as "at session lows" does; "hit a session low of" stays a level
    reached within the day."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WHEN_CLAUSES))
def test_a_when_clause_after_a_dated_day(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "since May 20, when it hit a record", "on March 5, when it jumped": the "when" clause's
    claims are on the day named, as after "since last Thursday, when"."""
    assert extract(sentence, published) == expected
