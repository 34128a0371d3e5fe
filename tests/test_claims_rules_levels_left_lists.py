"""Claim parser rules for levels reached and left within a day, "with" states sized before
their way, closes after a turn, figure lists naming their unit once, markets named after
"for" inside another noun phrase, records hit on the day a window starts, signed levels,
firsts "on record", moves by a subject's own limit, records joined to a streak by "and" and
moves told after "responded by"; spec by example in the format of
tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

LEVEL_BEYOND_CLOSE: list[Row] = [
    ("Gold climbed to $2,450 an ounce on Tuesday before ending 0.4% higher at $2,431.",
     "2024-05-21",
     ["GOLD intraday_extreme up 2024-05-21 level=2450",
      "GOLD session_change up 0.4 percent 2024-05-21 level=2431"]),
    ("The two-year Treasury yield dropped to 4.61% on Monday, but a rally in oil left it 3 "
     "basis points higher at 4.75%.", "2024-04-15",
     ["US2Y intraday_extreme down 2024-04-15 level=4.61",
      "US2Y session_change up 3 bp 2024-04-15 level=4.75"]),
    ("The rupee recovered 0.3% to 83.10 per dollar on Friday after the dollar had earlier "
     "climbed to 83.45 rupees.", "2023-10-20",
     ["USDINR session_change up 0.3 percent 2023-10-20 inverse level=83.1",
      "USDINR intraday_extreme up 2023-10-20 level=83.45"]),
    ("Brent rose to $90 on Thursday and WTI settled 1% lower at $85.", "2024-04-11",
     ["BRENT level up 2024-04-11 level=90",
      "WTI session_change down 1 percent 2024-04-11 level=85"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEVEL_BEYOND_CLOSE))
def test_level_beyond_close(sentence: str, published: str, expected: list[str]) -> None:
    """A level reached, then a close on its other side ("before ending ... at"), is the extreme."""
    assert extract(sentence, published) == expected


WITH_SIZED_WAY: list[Row] = [
    ("Asian shares slipped on Tuesday, with Japan's Nikkei 0.8% lower and the Kospi 1.2% "
     "lower.", "2024-03-19",
     ["NIKKEI225 intraday_change down 0.8 percent 2024-03-19",
      "KOSPI intraday_change down 1.2 percent 2024-03-19"]),
    ("The yen firmed, with the dollar 0.6% weaker at 149.20 yen.", "2024-03-19",
     ["USDJPY session_change up 2024-03-19 inverse",
      "USDJPY intraday_change down 0.6 percent 2024-03-19 level=149.2"]),
    ("Copper rose 2% on Tuesday, with aluminium about 1% higher.", "2024-03-19",
     ["COPPER session_change up 2 percent 2024-03-19",
      "ALUMINIUM intraday_change up 1 percent about 2024-03-19"]),
    ("European shares closed 0.6% lower, with the DAX 0.9% lower.", "2024-02-01",
     ["STOXX600 session_change down 0.6 percent 2024-02-01",
      "DAX session_change down 0.9 percent 2024-02-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WITH_SIZED_WAY))
def test_with_sized_way(sentence: str, published: str, expected: list[str]) -> None:
    """ "with the Nasdaq 1.1% lower": a "with" clause's size before its way is a bare state."""
    assert extract(sentence, published) == expected


TURNED_TO_CLOSE: list[Row] = [
    ("The FTSE 100 turned around to end 0.3% higher on Friday.", "2024-03-22",
     ["FTSE100 session_change up 0.3 percent 2024-03-22"]),
    ("Silver turned tail to settle 1.1% lower at $24.80.", "2024-03-22",
     ["SILVER session_change down 1.1 percent 2024-03-22 level=24.8"]),
    ("Brent rose 1% on Monday and the DAX turned around to close 0.5% lower.", "2023-03-15",
     ["BRENT session_change up 1 percent 2023-03-13",
      "DAX session_change down 0.5 percent 2023-03-13"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TURNED_TO_CLOSE))
def test_turned_to_close(sentence: str, published: str, expected: list[str]) -> None:
    """ "turned around to close 0.6% higher": the close belongs to the subject that turned."""
    assert extract(sentence, published) == expected


SIZE_LISTS: list[Row] = [
    ("The Dow, the S&P 500 and the Nasdaq fell 1.2, 1.5 and 2.1 percent on Friday.",
     "2023-02-03",
     ["DJIA session_change down 1.2 percent 2023-02-03",
      "SPX session_change down 1.5 percent 2023-02-03",
      "NASDAQ session_change down 2.1 percent 2023-02-03"]),
    ("Gold, silver and platinum rose 1.1, 2.4, and 3% respectively on Tuesday.", "2024-03-05",
     ["GOLD session_change up 1.1 percent 2024-03-05",
      "SILVER session_change up 2.4 percent 2024-03-05",
      "PLATINUM session_change up 3 percent 2024-03-05"]),
    ("Two-, 10- and 30-year Treasury yields fell 12, 10 and 8 basis points on Thursday.",
     "2024-03-07",
     ["US2Y session_change down 12 bp 2024-03-07",
      "US10Y session_change down 10 bp 2024-03-07",
      "US30Y session_change down 8 bp 2024-03-07"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SIZE_LISTS))
def test_size_lists(sentence: str, published: str, expected: list[str]) -> None:
    """ "rose 19, 17 and 6 basis points": a list of figures naming its unit once, in order."""
    assert extract(sentence, published) == expected


OBJECT_OF_FOR: list[Row] = [
    ("Rigs drilling for oil in Canada fell by 12 this week to 95, an industry count showed.", "2024-04-05",
     []),
    ("Appetite for gold in India slumped 20% in March.", "2024-04-05", []),
    ("Premiums for the yuan in Hong Kong dropped sharply on Monday.", "2024-04-01", []),
    ("Prices for copper rose 2% on Monday.", "2024-03-04",
     ["COPPER session_change up 2 percent 2024-03-04"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OBJECT_OF_FOR))
def test_object_of_for(sentence: str, published: str, expected: list[str]) -> None:
    """ "rigs drilling for oil dropped": a market after "for" in another noun phrase is no subject."""
    assert extract(sentence, published) == expected


SINCE_RECORD_HIT: list[Row] = [
    ("Silver has given up 12% since touching a record high of $49.80 on Jan. 17.", "2025-02-14",
     ["SILVER period_change down 12 percent 2025-02-14 since=2025-01-17",
      "SILVER intraday_extreme up 2025-01-17 level=49.8",
      "SILVER record up 2025-01-17 level=49.8"]),
    ("Brent has shed nearly $15 since touching a two-year high of $98.96 on Sept. 27.",
     "2023-10-06",
     ["BRENT period_change down 15 points almost 2023-10-06 since=2023-09-27",
      "BRENT intraday_extreme up 2023-09-27 level=98.96",
      "BRENT record up 2023-09-27 level=98.96 since=2021-09-27"]),
    ("Bitcoin has lost 20% since hitting a record $64,895 on Sept. 14.", "2021-11-19",
     ["BTC period_change down 20 percent 2021-11-19 since=2021-09-14",
      "BTC intraday_extreme up 2021-09-14 level=64895",
      "BTC record up 2021-09-14 level=64895"]),
    ("The S&P 500 has lost 8% since hitting a record close of 4,796.56 on Jan. 3, 2022.",
     "2022-02-23",
     ["SPX period_change down 8 percent 2022-02-23 since=2022-01-03",
      "SPX level none 2022-01-03 level=4796.56",
      "SPX record up 2022-01-03 level=4796.56"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SINCE_RECORD_HIT))
def test_since_record_hit(sentence: str, published: str, expected: list[str]) -> None:
    """ "since touching a record high of $49.80 on Jan. 17": that day's extreme and record; a
    record close hit at a level is that day's level (the README's "closed at a record")."""
    assert extract(sentence, published) == expected


SIGNED_LEVELS: list[Row] = [
    ("The Bund yield fell on Tuesday, touching minus 0.003%.", "2016-06-14",
     ["DE10Y intraday_extreme down 2016-06-14 level=-0.003"]),
    ("WTI touched minus $40.32 a barrel on Monday.", "2020-04-20",
     ["WTI level none 2020-04-20 level=-40.32"]),
    ("Japan's 10-year yield hit minus 0.3% on Wednesday.", "2016-07-06",
     ["JP10Y level none 2016-07-06 level=-0.3"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SIGNED_LEVELS))
def test_signed_levels(sentence: str, published: str, expected: list[str]) -> None:
    """ "touching minus 0.003%": a figure below zero after a verb is a level, never a size."""
    assert extract(sentence, published) == expected


FIRST_ON_RECORD: list[Row] = [
    ("Gold rose above $2,000 for the first time on record on Tuesday, touching $2,010.",
     "2020-08-04",
     ["GOLD level up 2020-08-04 level=2000",
      "GOLD record up 2020-08-04 level=2000",
      "GOLD intraday_extreme up 2020-08-04 level=2010"]),
    ("Bitcoin topped $100,000 for the first time in its history on Thursday.", "2024-12-05",
     ["BTC level up 2024-12-05 level=100000",
      "BTC record up 2024-12-05 level=100000"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FIRST_ON_RECORD))
def test_first_on_record(sentence: str, published: str, expected: list[str]) -> None:
    """ "for the first time on record" / "in its history" is "ever": an all-time first."""
    assert extract(sentence, published) == expected


OWN_LIMIT_MOVES: list[Row] = [
    ("Corn futures slid their daily limit of 30 cents to $5.10 a bushel.", "2023-07-17",
     ["CORN session_change down 30 points 2023-07-17 level=5.1"]),
    ("Soybeans fell their 70-cent daily limit on Monday.", "2023-07-17",
     ["SOYBEANS session_change down 70 points 2023-07-17"]),
    ("Oat futures hit their daily limit of 20 cents, and wheat rose 2%.", "2023-07-17",
     ["WHEAT session_change up 2 percent 2023-07-17"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OWN_LIMIT_MOVES))
def test_own_limit_moves(sentence: str, published: str, expected: list[str]) -> None:
    """ "rose its daily limit of 45 cents": a motion verb moves by the subject's own limit."""
    assert extract(sentence, published) == expected


STREAK_AND_RECORD: list[Row] = [
    ("Brent fell 1% to $70.10 on Monday, its third straight decline and its lowest settlement "
     "since March.", "2024-11-21",
     ["BRENT session_change down 1 percent 2024-11-18 level=70.1",
      "BRENT record down 2024-11-18 level=70.1 since=2024-03-01"]),
    ("The Nikkei climbed 1.2% to 39,850 on Tuesday, its fourth consecutive gain and its highest "
     "close since July.", "2024-10-15",
     ["NIKKEI225 session_change up 1.2 percent 2024-10-15 level=39850",
      "NIKKEI225 record up 2024-10-15 level=39850 since=2024-07-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STREAK_AND_RECORD))
def test_streak_and_record(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., its fifth straight loss and its lowest close since May": the record is the move's."""
    assert extract(sentence, published) == expected


RESPONDED_BY: list[Row] = [
    ("The rand responded by sliding 1.4% to 18.90 per dollar on Tuesday.", "2024-05-28",
     ["USDZAR session_change down 1.4 percent 2024-05-28 inverse level=18.9"]),
    ("Gold reacted by rising 2% on Friday.", "2018-09-14",
     ["GOLD session_change up 2 percent 2018-09-14"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RESPONDED_BY))
def test_responded_by(sentence: str, published: str, expected: list[str]) -> None:
    """ "the lira responded by jumping 5.6%": the gerund after "responded by" is the subject's move."""
    assert extract(sentence, published) == expected
