"""Claim parser rules for records, time words and lists of markets, added after the third
round of blind dev batches (our own wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

TIME_WORDS: list[Row] = [
    ("The Hang Seng rose 1.4% this morning.", "2024-03-12",
     ["HSI intraday_change up 1.4 percent 2024-03-12"]),
    ("At the close on Tuesday, France's CAC 40 was down 1.2%.", "2024-03-13",
     ["CAC40 session_change down 1.2 percent 2024-03-12"]),
    ("In early trading on Thursday, the Nikkei was up 0.9% and the Kospi added 0.4%.",
     "2024-03-14",
     ["NIKKEI225 intraday_change up 0.9 percent 2024-03-14",
      "KOSPI intraday_change up 0.4 percent 2024-03-14"]),
]  # fmt: skip

OVERNIGHT_FUTURES: list[Row] = [
    ("Dow futures slid 1.1% overnight.", "2024-04-15",
     ["YM intraday_extreme down 1.1 percent 2024-04-15"]),
    ("Gold fell 0.8% overnight.", "2024-04-15",
     ["GOLD session_change down 0.8 percent 2024-04-15"]),
]  # fmt: skip

REVERSED_BY_A_NOUN: list[Row] = [
    ("The pound sank to $1.21 on Friday before a swift rebound.", "2024-04-19",
     ["GBPUSD intraday_extreme down 2024-04-19 level=1.21"]),
    ("Copper jumped 3% before a late selloff.", "2024-04-19",
     ["COPPER intraday_extreme up 3 percent 2024-04-19"]),
    ("The euro rose to $1.10 before heavy selling knocked it back.", "2024-04-19",
     ["EURUSD intraday_extreme up 2024-04-19 level=1.1"]),
]  # fmt: skip

LISTS: list[Row] = [
    ("The DAX lost 1.2% and the CAC 40 gave up 0.9% on Monday.", "2024-04-22",
     ["DAX session_change down 1.2 percent 2024-04-22",
      "CAC40 session_change down 0.9 percent 2024-04-22"]),
    ("The MSCI World 100 and the Nikkei rose 2% and 3%, respectively.", "2024-04-22",
     ["NIKKEI225 session_change up 3 percent 2024-04-22"]),
    ("The rand has fallen 6% this year and it's down 0.4% today.", "2024-04-22",
     ["USDZAR period_change down 6 percent 2024-04-22 inverse since=2024-01-01",
      "USDZAR intraday_change down 0.4 percent 2024-04-22 inverse"]),
]  # fmt: skip

BIGGEST_MOVES: list[Row] = [
    ("European shares suffered their worst day of the year on Thursday.", "2024-08-01",
     ["STOXX600 biggest_move down 2024-08-01 since=2024-01-01"]),
    ("For the FTSE 100, it was the sharpest one-day fall since Feb. 9, and the DAX's drop was"
     " its biggest since March.", "2024-08-01",
     ["FTSE100 biggest_move down 2024-08-01 since=2024-02-09",
      "DAX biggest_move down 2024-08-01 since=2024-03-01"]),
]  # fmt: skip

WINDOWS: list[Row] = [
    ("The Hang Seng fell 2% on Friday, capping a three-day slide of more than 6%.", "2024-10-11",
     ["HSI session_change down 2 percent 2024-10-11",
      "HSI period_change down 6 percent more_than 2024-10-11 since=2024-10-09"]),
    ("The Kospi rose 1.5%, bringing its gain over the past four sessions to 7%.", "2024-10-11",
     ["KOSPI session_change up 1.5 percent 2024-10-11",
      "KOSPI period_change up 7 percent 2024-10-11 since=2024-10-08"]),
    ("Copper fell 1%, taking its losses since the data were released on Tuesday to 4%.",
     "2024-10-11",
     ["COPPER session_change down 1 percent 2024-10-11",
      "COPPER period_change down 4 percent 2024-10-11 since=2024-10-08"]),
    ("Silver was up 0.5%, having lost 6% over Wednesday and Thursday.", "2024-10-11",
     ["SILVER intraday_change up 0.5 percent 2024-10-11",
      "SILVER period_change down 6 percent 2024-10-10 since=2024-10-09"]),
    ("Corn settled at $4.12 a bushel but posted a weekly decline of 2.4%.", "2024-10-11",
     ["CORN level none 2024-10-11 level=4.12",
      "CORN period_change down 2.4 percent 2024-10-11 since=2024-10-07"]),
    ("The Nasdaq is on course for a monthly gain of 5%.", "2024-10-11", []),
    ("Gold is at $2,630, well above its level of Oct. 3, when it rose 1% to a record.",
     "2024-10-11",
     ["GOLD level none 2024-10-11 level=2630",
      "GOLD session_change up 1 percent 2024-10-03",
      "GOLD record up 2024-10-03"]),
]  # fmt: skip

RECORD_PHRASES: list[Row] = [
    ("Soybeans fell 12 cents to $11.80 a bushel, the contract's lowest close since March 2021.",
     "2024-06-14",
     ["SOYBEANS session_change down 12 points 2024-06-14 level=11.8",
      "SOYBEANS record down 2024-06-14 level=11.8 since=2021-03-01"]),
    ("The Kospi rose 2.1%, the index's biggest since January.", "2024-06-14",
     ["KOSPI session_change up 2.1 percent 2024-06-14",
      "KOSPI biggest_move up 2024-06-14 since=2024-01-01"]),
    ("The FTSE 100 gained 1.4% for its best day since March.", "2024-06-14",
     ["FTSE100 session_change up 1.4 percent 2024-06-14",
      "FTSE100 biggest_move up 2024-06-14 since=2024-03-01"]),
    ("The VIX jumped to 28.4, its highest intraday reading since April.", "2024-06-14",
     ["VIX intraday_extreme up 2024-06-14 level=28.4",  # session 12: an intraday high (was level)
      "VIX record up 2024-06-14 level=28.4 since=2024-04-01"]),
]  # fmt: skip

FRONTED_TIMES: list[Row] = [
    ("Over the week, gold and silver gained 2% and 4%, respectively.", "2024-06-14",
     ["GOLD period_change up 2 percent 2024-06-14 since=2024-06-10",
      "SILVER period_change up 4 percent 2024-06-14 since=2024-06-10"]),
    ("At the opening bell, the Dow was up 0.5% and the S&P 500 0.4%.", "2024-06-14",
     ["DJIA open_move up 0.5 percent 2024-06-14",
      "SPX open_move up 0.4 percent 2024-06-14"]),
    ("The Nasdaq closed down 1.1% at the bell.", "2024-06-14",
     ["NASDAQ session_change down 1.1 percent 2024-06-14"]),
]  # fmt: skip

LEVELS_LEFT: list[Row] = [
    ("Brent jumped to $96.10 in early trade before ending at $94.20.", "2024-10-11",
     ["BRENT intraday_extreme up 2024-10-11 level=96.1",
      "BRENT level none 2024-10-11 level=94.2"]),
    ("Silver was little changed at $31.20 by midday, after touching $31.75 earlier.",
     "2024-10-11",
     ["SILVER intraday_change flat 2024-10-11 level=31.2",
      "SILVER intraday_extreme up 2024-10-11 level=31.75"]),
    ("The yen hit 150 per dollar before settling at 149.2.", "2024-10-11",
     ["USDJPY intraday_extreme down 2024-10-11 inverse level=150",
      "USDJPY level none 2024-10-11 inverse level=149.2"]),
]  # fmt: skip

RECORDS_NAMED_APART: list[Row] = [
    ("The CAC 40 fell 1.9% to 7,210.4, and the index's close was its lowest since March.",
     "2024-06-14",
     ["CAC40 session_change down 1.9 percent 2024-06-14 level=7210.4",
      "CAC40 record down 2024-06-14 level=7210.4 since=2024-03-01"]),
    ("The Dow and the S&P 500 set record closes on Thursday.", "2024-06-14",
     ["DJIA record up 2024-06-13", "SPX record up 2024-06-13"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TIME_WORDS))
def test_time_words(sentence: str, published: str, expected: list[str]) -> None:
    """'This morning' is intraday; a fronted 'at the close on Friday' keeps both its parts."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OVERNIGHT_FUTURES))
def test_overnight_futures(sentence: str, published: str, expected: list[str]) -> None:
    """Futures 'overnight' are the day's pre-open extreme; elsewhere overnight is the reference
    day, the night before its trade (session 12: it was the day before, a Sunday here)."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(REVERSED_BY_A_NOUN))
def test_reversed_by_a_noun(sentence: str, published: str, expected: list[str]) -> None:
    """'before a rebound' / 'before X knocked it back' undo the move: it was the extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LISTS))
def test_lists(sentence: str, published: str, expected: list[str]) -> None:
    """'gave up 0.9%' is a fall; an unregistered 'Name 100' keeps the first size; 'it's' is a state."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BIGGEST_MOVES))
def test_biggest_moves(sentence: str, published: str, expected: list[str]) -> None:
    """'suffered its worst day of the year', 'X's drop was its biggest since', 'since Feb. 9'."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WINDOWS))
def test_windows(sentence: str, published: str, expected: list[str]) -> None:
    """Running totals over named windows; 'on course for' projects; '<date>, when' dates."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORD_PHRASES))
def test_record_phrases(sentence: str, published: str, expected: list[str]) -> None:
    """'the contract's lowest close since', 'the index's biggest since', 'for its best day'."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_TIMES))
def test_fronted_times(sentence: str, published: str, expected: list[str]) -> None:
    """'Over the week,' and 'At the opening bell,' frame the list; 'closed ... at the bell'."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEVELS_LEFT))
def test_levels_left(sentence: str, published: str, expected: list[str]) -> None:
    """A level moved to or touched, then left for another stated level, was the day's extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORDS_NAMED_APART))
def test_records_named_apart(sentence: str, published: str, expected: list[str]) -> None:
    """'the index's close was its lowest since March'; 'set record closes' (plural)."""
    assert extract(sentence, published) == expected
