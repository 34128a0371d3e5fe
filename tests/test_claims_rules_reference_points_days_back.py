"""Claim parser rules for days counted back from a clause's opening words ("; a week earlier
the gauge had closed below 12"), dated records named as reference points ("up from Monday's
17-month low of 101.95"), move nouns that rename a move in other units whatever its part of
the day, and grain quotes with spaced fractions and cent-sized move nouns; spec by example in
the format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

DAYS_COUNTED_BACK: list[Row] = [
    ("The Hang Seng slid 1.8% on Wednesday; a day earlier the index had gained 2.3%.",
     "2024-03-13",
     ["HSI session_change down 1.8 percent 2024-03-13",
      "HSI session_change up 2.3 percent 2024-03-12"]),
    ("Brent settled 2.1% higher at $84.03 a barrel on Wednesday; a week earlier it had closed "
     "below $80.", "2024-03-13",
     ["BRENT session_change up 2.1 percent 2024-03-13 level=84.03",
      "BRENT level none 2024-03-06 level=80"]),
    ("The yen weakened to 149.9 per dollar on Wednesday, and the previous session it had "
     "touched 146.5.", "2024-03-13",
     ["USDJPY level down 2024-03-13 inverse level=149.9",
      "USDJPY intraday_extreme down 2024-03-12 inverse level=146.5"]),
    ("Copper fell 1.4% on Wednesday, but two sessions earlier the metal had jumped 3%.",
     "2024-03-13",
     ["COPPER session_change down 1.4 percent 2024-03-13",
      "COPPER session_change up 3 percent 2024-03-11"]),
    ("Gold rose 0.8% on Wednesday and had fallen 1.1% a day earlier.", "2024-03-13",
     ["GOLD session_change up 0.8 percent 2024-03-13",
      "GOLD session_change down 1.1 percent 2024-03-12"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAYS_COUNTED_BACK))
def test_days_counted_back(sentence: str, published: str, expected: list[str]) -> None:
    """ "; a week earlier it had closed below $80": the clause's day counts back from the last."""
    assert extract(sentence, published) == expected


REFERENCE_RECORDS: list[Row] = [
    ("The euro rose 0.4% to $1.0950 on Wednesday, well above Monday's four-month low of "
     "$1.0720.", "2024-03-13",
     ["EURUSD session_change up 0.4 percent 2024-03-13 level=1.095",
      "EURUSD record down 2024-03-11 level=1.072 since=2023-11-11"]),
    ("Natural gas futures climbed 5% to $2.10 per mmBtu on Wednesday, pulling away from "
     "Monday's 40-month low of $1.81.", "2024-03-13",
     ["NATGAS_US session_change up 5 percent 2024-03-13 level=2.1",
      "NATGAS_US record down 2024-03-11 level=1.81 since=2020-11-11"]),
    ("The lira firmed to 31.9 per dollar on Wednesday, up from Tuesday's record low of 32.4.",
     "2024-03-13",
     ["USDTRY level up 2024-03-13 inverse level=31.9",
      "USDTRY record down 2024-03-12 inverse level=32.4"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(REFERENCE_RECORDS))
def test_reference_records(sentence: str, published: str, expected: list[str]) -> None:
    """ "up from Monday's 17-month low of 101.95": that day's record, counted back from it."""
    assert extract(sentence, published) == expected


RENAMED_MOVES: list[Row] = [
    ("The Nikkei opened 2.2% lower on Wednesday, a drop of about 870 points.", "2024-03-13",
     ["NIKKEI225 open_move down 2.2 percent 2024-03-13"]),
    ("S&P 500 futures slid 1.1% in premarket trade, a loss of roughly 57 points.", "2024-03-13",
     ["ES intraday_change down 1.1 percent 2024-03-13"]),
    ("The Dow fell 2% on Wednesday, and the Nasdaq rose 1%, a gain of 160 points.", "2024-03-13",
     ["DJIA session_change down 2 percent 2024-03-13",
      "NASDAQ session_change up 1 percent 2024-03-13"]),
    ("The Dow opened 2.1% lower on Wednesday, and later fell 800 points.", "2024-03-13",
     ["DJIA open_move down 2.1 percent 2024-03-13",
      "DJIA session_change down 800 points 2024-03-13"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RENAMED_MOVES))
def test_renamed_moves(sentence: str, published: str, expected: list[str]) -> None:
    """ "opened 3.9% lower, a drop of 1,500 points": one move, sized in percent."""
    assert extract(sentence, published) == expected


GRAIN_QUOTES: list[Row] = [
    ("Corn fell 4 1/4 cents to $4.37 1/2 a bushel on Wednesday.", "2024-03-13",
     ["CORN session_change down 4.25 points 2024-03-13 level=4.375"]),
    ("Wheat settled at $5.61 3/4 a bushel on Wednesday, erasing Tuesday's 9-cent gain.",
     "2024-03-13",
     ["WHEAT level none 2024-03-13 level=5.6175",
      "WHEAT session_change up 9 points 2024-03-12"]),
    ("Soybeans added 1.1% on Wednesday, recouping part of Tuesday's 15-cent slide.",
     "2024-03-13",
     ["SOYBEANS session_change up 1.1 percent 2024-03-13",
      "SOYBEANS session_change down 15 points 2024-03-12"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GRAIN_QUOTES))
def test_grain_quotes(sentence: str, published: str, expected: list[str]) -> None:
    """ "$15.08 1/2 a bushel" is 15.085; "Tuesday's 26-cent gain" is a move sized in cents."""
    assert extract(sentence, published) == expected


FORCED_THROUGH: list[Row] = [
    ("Silver burst through $25 an ounce for the first time since 2021 on Friday.", "2024-03-15",
     ["SILVER level up 2024-03-15 level=25",
      "SILVER record up 2024-03-15 level=25 since=2021-01-01"]),
    ("The Nikkei powered through 40,000 for the first time on Friday.", "2024-03-15",
     ["NIKKEI225 level up 2024-03-15 level=40000",
      "NIKKEI225 record up 2024-03-15 level=40000"]),
    ("Traders pushed through $5 billion of orders on Friday.", "2024-03-15", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FORCED_THROUGH))
def test_forced_through(sentence: str, published: str, expected: list[str]) -> None:
    """ "burst through $3,000", "powered past 40,000": a level crossed, as with "broke"."""
    assert extract(sentence, published) == expected


UNDONE_PART_OF_DAY: list[Row] = [
    ("The FTSE 100 erased a morning gain of 0.8% to close 0.2% lower on Friday.", "2024-03-15",
     ["FTSE100 intraday_extreme up 0.8 percent 2024-03-15",
      "FTSE100 session_change down 0.2 percent 2024-03-15"]),
    ("The Kospi reversed an opening drop of 1.2% to end 0.4% higher.", "2024-03-15",
     ["KOSPI intraday_extreme down 1.2 percent 2024-03-15",
      "KOSPI session_change up 0.4 percent 2024-03-15"]),
    ("Gold gave up a morning gain of 1.1% to settle flat on Friday.", "2024-03-15",
     ["GOLD intraday_extreme up 1.1 percent 2024-03-15",
      "GOLD session_change flat 2024-03-15"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNDONE_PART_OF_DAY))
def test_undone_part_of_day(sentence: str, published: str, expected: list[str]) -> None:
    """ "erased a morning gain of 0.6% to close lower": the undone move is the day's extreme."""
    assert extract(sentence, published) == expected


CAUSED_STACKED: list[Row] = [
    ("Thursday's 1,200-point, 3.1% slide left the Dow at 37,500.", "2024-03-15",
     ["DJIA session_change down 3.1 percent 2024-03-14 level=37500"]),
    ("The Dow suffered a 2,997-point, 12.9% drop on Monday.", "2024-03-15",
     ["DJIA session_change down 12.9 percent 2024-03-11"]),
    ("Monday's 7.6% plunge left Brent at $34.36 a barrel, its lowest since 2016.", "2024-03-15",
     ["BRENT session_change down 7.6 percent 2024-03-11 level=34.36",
      "BRENT record down 2024-03-11 level=34.36 since=2016-01-01"]),
    ("Tuesday's 4.2% jump left the Hang Seng at 17,200, its biggest one-day gain since "
     "November.", "2024-03-15",
     ["HSI session_change up 4.2 percent 2024-03-12 level=17200",
      "HSI biggest_move up 2024-03-12 since=2023-11-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSED_STACKED))
def test_caused_stacked(sentence: str, published: str, expected: list[str]) -> None:
    """ "Thursday's 626-point, 10.9% slide left the FTSE at ..., its steepest fall": Thursday's."""
    assert extract(sentence, published) == expected


WINDOWS_OPENED_BY_MOVES: list[Row] = [
    ("The Kospi has recovered 9% since last Monday's 8.8% collapse.", "2024-08-16",
     ["KOSPI period_change up 9 percent 2024-08-16 since=2024-08-05",
      "KOSPI session_change down 8.8 percent 2024-08-05"]),
    ("The rouble has gained 5% since Tuesday's 3% slump.", "2024-08-16",
     ["USDRUB period_change up 5 percent 2024-08-16 inverse since=2024-08-13",
      "USDRUB session_change down 3 percent 2024-08-13 inverse"]),
    ("Brent has gained 9% since Tuesday's 4% slide, its biggest one-day fall in two years.",
     "2024-08-16",
     ["BRENT period_change up 9 percent 2024-08-16 since=2024-08-13",
      "BRENT session_change down 4 percent 2024-08-13",
      "BRENT biggest_move down 2024-08-13 since=2022-08-13"]),
    ("The Nikkei has risen 21% since last Monday's 12.4% plunge, which was the index's worst "
     "day since 1987.", "2024-08-16",
     ["NIKKEI225 period_change up 21 percent 2024-08-16 since=2024-08-05",
      "NIKKEI225 session_change down 12.4 percent 2024-08-05",
      "NIKKEI225 biggest_move down 2024-08-05 since=1987-01-01"]),
    ("The Nikkei has risen 21% since last Monday's 12.4% collapse, its worst week since 1987.",
     "2024-08-16",
     ["NIKKEI225 period_change up 21 percent 2024-08-16 since=2024-08-05",
      "NIKKEI225 session_change down 12.4 percent 2024-08-05"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WINDOWS_OPENED_BY_MOVES))
def test_windows_opened_by_moves(sentence: str, published: str, expected: list[str]) -> None:
    """ "up 21% since last Monday's 12.4% collapse": that collapse is Monday's move too."""
    assert extract(sentence, published) == expected


RECORDS_OF_REFERENCE: list[Row] = [
    ("Gold was down 0.3% at $2,737 an ounce early on Monday, below Thursday's record of "
     "$2,790.15.", "2024-11-04",
     ["GOLD intraday_change down 0.3 percent 2024-11-04 level=2737",
      "GOLD record up 2024-10-31 level=2790.15"]),
    ("Bitcoin slipped 2% to $68,100 on Monday, well under Friday's record of $73,750.",
     "2024-11-04",
     ["BTC session_change down 2 percent 2024-11-04 level=68100",
      "BTC record up 2024-11-01 level=73750"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORDS_OF_REFERENCE))
def test_records_of_reference(sentence: str, published: str, expected: list[str]) -> None:
    """ "below Thursday's record of $2,790.15": that day's record, with its level."""
    assert extract(sentence, published) == expected


FIRST_BEYOND_A_MARK: list[Row] = [
    ("Japan's Nikkei ended at 40,109.23 on Monday, the first close above the 40,000 mark in "
     "its 74-year history.", "2024-03-04",
     ["NIKKEI225 level none 2024-03-04 level=40109.2",
      "NIKKEI225 record up 2024-03-04 level=40000"]),
    ("Bitcoin settled at $70,150 on Monday, its first finish above the $70,000 level since "
     "2021.", "2024-03-04",
     ["BTC level none 2024-03-04 level=70150",
      "BTC record up 2024-03-04 level=70000 since=2021-01-01"]),
    ("The Dow closed at 39,120 on Monday, its first close below the 39,500 mark since January.",
     "2024-03-04",
     ["DJIA level none 2024-03-04 level=39120",
      "DJIA record down 2024-03-04 level=39500 since=2024-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FIRST_BEYOND_A_MARK))
def test_first_beyond_a_mark(sentence: str, published: str, expected: list[str]) -> None:
    """ "its first close above the 40,000 mark": a record at that level, as "above 40,000"."""
    assert extract(sentence, published) == expected
