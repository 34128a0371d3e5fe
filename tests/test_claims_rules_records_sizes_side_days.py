"""Claim parser rules for long wire wraps (blind batch r16_3): nearness to a record, record-sized
moves and move nouns ("sank a record 9.7%", "to a 2.9% loss"), side clauses whose day dates no
other clause, and states in other words ("barely budging", "pinned at session lows"), spec by
example in the format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

NEAR_A_RECORD: list[Row] = [
    ("The S&P 500 added 1% to 1,539.79 and now sits within 2% of its own all-time high.",
     "2013-03-05", ["SPX session_change up 1 percent 2013-03-05 level=1539.79"]),
    ("Gold rose 1% to $1,900 and is now within $50 of its record high.", "2023-05-02",
     ["GOLD session_change up 1 percent 2023-05-02 level=1900"]),
    ("The Dow climbed 0.8% on Friday and stands close to its record close.", "2024-01-19",
     ["DJIA session_change up 0.8 percent 2024-01-19"]),
    ("The yen weakened 0.5% and is just shy of a 34-year low.", "2024-04-24",
     ["USDJPY session_change down 0.5 percent 2024-04-24 inverse"]),
    ("The Nikkei rose 1.2% to a record high on Thursday.", "2024-02-22",
     ["NIKKEI225 session_change up 1.2 percent 2024-02-22",
      "NIKKEI225 record up 2024-02-22"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NEAR_A_RECORD))
def test_a_distance_from_a_record_is_no_record(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "within 2% of its all-time high", "close to its record close": nearness, no record."""
    assert extract(sentence, published) == expected


RECORD_SIZE: list[Row] = [
    ("Taiwan's TAIEX sank a record 9.7% on Monday.", "2025-04-07",
     ["TAIEX session_change down 9.7 percent 2025-04-07",
      "TAIEX biggest_move down 2025-04-07"]),
    ("The Dow fell a record 2,997 points on Monday.", "2020-03-16",
     ["DJIA session_change down 2997 points 2020-03-16",
      "DJIA biggest_move down 2020-03-16"]),
    ("The 10-year gilt yield jumped by a record 50 basis points.", "2022-09-28",
     ["UK10Y session_change up 50 bp 2022-09-28",
      "UK10Y biggest_move up 2022-09-28"]),
    ("Treasury yields hit a record 5%.", "2023-10-19",
     ["US10Y intraday_extreme up 2023-10-19 level=5",
      "US10Y record up 2023-10-19 level=5"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORD_SIZE))
def test_a_record_size_after_the_verb_is_the_biggest_move(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "sank a record 9.7%": the move, and the biggest on record; "hit a record 5%" a level."""
    assert extract(sentence, published) == expected


TO_A_MOVE: list[Row] = [
    ("Bank shares slumped, pushing Europe's Stoxx 600 to a 2.9% loss, its worst day in a year.",
     "2023-03-15",
     ["STOXX600 session_change down 2.9 percent 2023-03-15",
      "STOXX600 biggest_move down 2023-03-15 since=2022-03-15"]),
    ("Strong earnings lifted the Nasdaq to a 1.4% gain on Tuesday.", "2023-03-15",
     ["NASDAQ session_change up 1.4 percent 2023-03-14"]),
    ("The CAC 40 fell to a 0.7% loss by the close.", "2024-06-11",
     ["CAC40 session_change down 0.7 percent 2024-06-11"]),
    ("The payrolls report sent the dollar index to a 0.8% gain.", "2024-04-05",
     ["DXY session_change up 0.8 percent 2024-04-05"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TO_A_MOVE))
def test_to_a_sized_move_noun_is_the_move(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "pushing the Stoxx 600 to a 2.9% loss", "fell to a 0.7% loss": the day's sized move."""
    assert extract(sentence, published) == expected


RECORD_NOUN: list[Row] = [
    ("Germany's DAX tacked on another 2.7% on Tuesday, building on Monday's record 11.4% surge.",
     "2008-10-14",
     ["DAX session_change up 2.7 percent 2008-10-14",
      "DAX session_change up 11.4 percent 2008-10-13",
      "DAX biggest_move up 2008-10-13"]),
    ("The Nikkei suffered a record 12.4% plunge on Monday.", "2024-08-05",
     ["NIKKEI225 session_change down 12.4 percent 2024-08-05",
      "NIKKEI225 biggest_move down 2024-08-05"]),
    ("Brent rose 2% on Thursday after Wednesday's record 9% slide.", "2022-03-10",
     ["BRENT session_change up 2 percent 2022-03-10",
      "BRENT session_change down 9 percent 2022-03-09",
      "BRENT biggest_move down 2022-03-09"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORD_NOUN))
def test_a_record_sized_move_noun_is_the_biggest_move(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Monday's record 11.4% surge": that day's move, and the biggest on record."""
    assert extract(sentence, published) == expected


SETTLE_RECORD: list[Row] = [
    ("U.S. natural gas futures slid 9.6% to $3.59 on Tuesday, their lowest settle since July 2021.",
     "2023-01-10",
     ["NATGAS_US session_change down 9.6 percent 2023-01-10 level=3.59",
      "NATGAS_US record down 2023-01-10 level=3.59 since=2021-07-01"]),
    ("Brent rose 2% to settle at $95, its highest settle since August.", "2023-09-05",
     ["BRENT session_change up 2 percent 2023-09-05 level=95",
      "BRENT record up 2023-09-05 level=95 since=2023-08-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SETTLE_RECORD))
def test_the_highest_settle_is_a_record(sentence: str, published: str, expected: list[str]) -> None:
    """ "their lowest settle since July 2021": a record, like "their lowest close since"."""
    assert extract(sentence, published) == expected


SIDE_DAYS: list[Row] = [
    ("Italy's 10-year yield plunged 70 basis points on Thursday after the ECB unveiled a plan late "
     "on Wednesday, while the Euro Stoxx 50 rose 2.8%.", "2020-03-19",
     ["IT10Y session_change down 70 bp 2020-03-19",
      "SX5E session_change up 2.8 percent 2020-03-19"]),
    ("The DAX rose 1% after the ECB moved on Wednesday, while the euro slipped 0.3%.",
     "2020-03-19",
     ["DAX session_change up 1 percent 2020-03-19",
      "EURUSD session_change down 0.3 percent 2020-03-19"]),
    ("The Kospi was up 1.3% by the lunch break on Wednesday, adding to a 2.4% rebound the previous "
     "day, while the won firmed 0.3%.", "2024-12-11",
     ["KOSPI intraday_change up 1.3 percent 2024-12-11",
      "KOSPI session_change up 2.4 percent 2024-12-10",
      "USDKRW session_change up 0.3 percent 2024-12-11 inverse"]),
    ("The Nikkei rose 1% on Wednesday, extending a 2% gain on Tuesday, while the yen slipped 0.2%.",
     "2024-12-11",
     ["NIKKEI225 session_change up 1 percent 2024-12-11",
      "NIKKEI225 session_change up 2 percent 2024-12-10",
      "USDJPY session_change down 0.2 percent 2024-12-11 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SIDE_DAYS))
def test_a_side_clause_day_does_not_date_the_next_clause(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A trailing "after" clause's day, or an earlier move's ("adding to a 2.4% rebound the
    previous day"), dates neither the clause it hangs on nor the "while" clause after it."""
    assert extract(sentence, published) == expected


STATES: list[Row] = [
    ("The euro hovered around $1.1610, barely budging on the day.", "2017-10-27",
     ["EURUSD intraday_change flat 2017-10-27 level=1.161"]),
    ("The yen was barely budging at 150.20 per dollar.", "2023-10-27",
     ["USDJPY intraday_change flat 2023-10-27 inverse level=150.2"]),
    ("U.S. natural gas futures opened 6% lower on Monday and were pinned at session lows by midday.",
     "2024-02-12",
     ["NATGAS_US open_move down 6 percent 2024-02-12",
      "NATGAS_US session_low none 2024-02-12"]),
    ("The Nasdaq stayed stuck near session highs in afternoon trade.", "2024-02-12",
     ["NASDAQ session_high none 2024-02-12"]),
    ("The Mexican peso plunged more than 13% to 20.78 per dollar, before both clawed back part of "
     "their losses.", "2016-11-09",
     ["USDMXN intraday_extreme down 13 percent more_than 2016-11-09 inverse level=20.78"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STATES))
def test_states_and_turns_in_other_words(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "barely budging" is flat; "pinned at session lows" the day's low; a move "before both
    clawed back part of their losses" the day's extreme."""
    assert extract(sentence, published) == expected


DEALS: list[Row] = [
    ("The rouble firmed to around 96.50 per dollar in over-the-counter deals, extending its "
     "recovery from Monday's 17-month low of 101.95.", "2023-08-16",
     ["USDRUB level up 2023-08-16 inverse level=96.5",
      "USDRUB record down 2023-08-14 inverse level=101.95 since=2022-03-14"]),
    ("The yuan slipped 0.3% to 7.30 per dollar in interbank deals, its weakest since November.",
     "2023-08-16",
     ["USDCNY session_change down 0.3 percent 2023-08-16 inverse level=7.3",
      "USDCNY record down 2023-08-16 inverse level=7.3 since=2022-11-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DEALS))
def test_the_market_a_quote_was_dealt_in_ends_no_tail(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "in over-the-counter deals", "in interbank deals": where it traded; the tail reads on."""
    assert extract(sentence, published) == expected
