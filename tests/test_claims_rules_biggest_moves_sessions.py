"""Claim parser rules for biggest moves, earlier sessions and fronted times in wire copy ("In its
worst day since 1987, the Dow ...", "— its steepest fall since March 2020 —", "the worst session
in the history of the index", "gave up over 12%", "a session earlier", "the low it had plumbed on
Tuesday", "At the opening bell in Paris, ...", "Latin American stocks"), spec by example in the
format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

GIVE_BACK: list[Row] = [
    ("The Hang Seng gave up over 5% on Tuesday.", "2024-10-08",
     ["HSI session_change down 5 percent more_than 2024-10-08"]),
    ("Silver gave back more than 3% on Friday as the dollar firmed.", "2024-05-31",
     ["SILVER session_change down 3 percent more_than 2024-05-31",
      "DXY session_change up 2024-05-31"]),
    ("The Nasdaq gave back roughly 2% in the final hour.", "2024-07-24",
     ["NASDAQ session_change down 2 percent about 2024-07-24"]),
    ("The peso won back around 1.5% against the dollar on Wednesday.", "2024-06-05",
     ["USDMXN session_change up 1.5 percent about 2024-06-05 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GIVE_BACK))
def test_a_give_back_takes_any_hedge(sentence: str, published: str, expected: list[str]) -> None:
    """ "gave up over 12%", "won back around 1.5%": the phrasal verb's size keeps its hedge."""
    assert extract(sentence, published) == expected


DASHED: list[Row] = [
    ("The lira slumped 6% on Monday — its steepest one-day fall since 2021 — as the central "
     "bank's governor was sacked.", "2023-03-20",
     ["USDTRY session_change down 6 percent 2023-03-20 inverse",
      "USDTRY biggest_move down 2023-03-20 inverse since=2021-01-01"]),
    ("Brent jumped 8% on Thursday - its biggest gain since March 2022 - after the attack.",
     "2024-04-18",
     ["BRENT session_change up 8 percent 2024-04-18",
      "BRENT biggest_move up 2024-04-18 since=2022-03-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DASHED))
def test_a_dash_ends_a_since_anchor(sentence: str, published: str, expected: list[str]) -> None:
    """ "— its steepest fall since March 2020 —": the closing dash ends the look-back."""
    assert extract(sentence, published) == expected


FRONTED_BIGGEST: list[Row] = [
    ("In its biggest one-day drop since 2008, the Nikkei fell 7.1% on Tuesday.", "2024-08-06",
     ["NIKKEI225 biggest_move down 2024-08-06 since=2008-01-01",
      "NIKKEI225 session_change down 7.1 percent 2024-08-06"]),
    ("In their biggest one-day jump since June, Treasury yields rose 20 basis points on Friday.",
     "2024-11-08",
     ["US10Y biggest_move up 2024-11-08 since=2024-06-01",
      "US10Y session_change up 20 bp 2024-11-08"]),
    ("With its best day since March, gold climbed 2.4% to $2,390 an ounce.", "2024-05-10",
     ["GOLD biggest_move up 2024-05-10 since=2024-03-01",
      "GOLD session_change up 2.4 percent 2024-05-10 level=2390"]),
    ("In its sharpest rally since 2020, the yen strengthened 3% against the dollar on Monday.",
     "2024-08-07",
     ["USDJPY biggest_move up 2024-08-05 inverse since=2020-01-01",
      "USDJPY session_change up 3 percent 2024-08-05 inverse"]),
    ("In its worst week since 2022, the DAX fell 4%.", "2024-06-14",
     ["DAX period_change down 4 percent 2024-06-14 since=2024-06-10"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_BIGGEST))
def test_a_fronted_biggest_move_is_the_main_clauses(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "In its worst day since 1987, the Dow fell 7%": the main subject's move, that day
    (a fronted worst week is a move over the week, not a biggest move)."""
    assert extract(sentence, published) == expected


SESSION_EARLIER: list[Row] = [
    ("The Nikkei, which had plunged 12.4% a session earlier, rebounded 10.2% on Tuesday.",
     "2024-08-06",
     ["NIKKEI225 session_change down 12.4 percent 2024-08-05",
      "NIKKEI225 session_change up 10.2 percent 2024-08-06"]),
    ("Brent rose 1.2% on Monday after sliding 3% a session earlier.", "2024-09-09",
     ["BRENT session_change up 1.2 percent 2024-09-09",
      "BRENT session_change down 3 percent 2024-09-06"]),
    ("The rand, which had weakened 2% one trading day before, firmed 0.8% against the dollar "
     "on Thursday.", "2024-06-06",
     ["USDZAR session_change down 2 percent 2024-06-05 inverse",
      "USDZAR session_change up 0.8 percent 2024-06-06 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SESSION_EARLIER))
def test_a_session_earlier_is_the_previous_session(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "a session earlier", "one trading day before": the session before the claim in play
    (Friday's, before a Monday)."""
    assert extract(sentence, published) == expected


PLACED_LEAD: list[Row] = [
    ("At the opening bell in Frankfurt on Tuesday, the DAX was 1.4% lower.", "2024-08-06",
     ["DAX open_move down 1.4 percent 2024-08-06"]),
    ("At the open in Madrid, the IBEX 35 was up 0.6%, led by banks.", "2024-05-14",
     ["IBEX35 open_move up 0.6 percent 2024-05-14"]),
    ("At the close in New York on Friday, the Nasdaq was 2.1% higher.", "2024-11-11",
     ["NASDAQ session_change up 2.1 percent 2024-11-08"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PLACED_LEAD))
def test_a_place_in_a_fronted_time_phrase(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "At the opening bell in Paris on Monday, ...": the place leaves the open and the day
    both in force."""
    assert extract(sentence, published) == expected


DAY_OWNED_MOVE: list[Row] = [
    ("By midday on Tuesday, the Hang Seng was 2% higher, adding to Monday's 1.5% gain.",
     "2024-09-24",
     ["HSI intraday_change up 2 percent 2024-09-24",
      "HSI session_change up 1.5 percent 2024-09-23"]),
    ("At the open on Wednesday, the Kospi was 3% lower, extending the previous session's 2.4% "
     "slide.", "2024-09-04",
     ["KOSPI open_move down 3 percent 2024-09-04",
      "KOSPI session_change down 2.4 percent 2024-09-03"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAY_OWNED_MOVE))
def test_a_days_move_is_that_days_close(sentence: str, published: str, expected: list[str]) -> None:
    """ "extending Friday's 1.8% drop": a day's whole move, though the clause around it is told
    at the open or by midday."""
    assert extract(sentence, published) == expected


OTHER_REGION: list[Row] = [
    ("Latin American stocks slid on Monday, with Brazil's Bovespa down 2.2%.", "2024-06-03",
     ["BOVESPA intraday_change down 2.2 percent 2024-06-03"]),
    ("Central European shares fell 1.5% on Friday as investors fretted.", "2024-04-12", []),
    ("American stocks rose 0.8% on Thursday.", "2024-04-11",
     ["SPX session_change up 0.8 percent 2024-04-11"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OTHER_REGION))
def test_a_region_word_before_a_default_names_another_region(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Latin American stocks", "Central European shares": not the S&P 500 or STOXX 600."""
    assert extract(sentence, published) == expected


HISTORY_OF: list[Row] = [
    ("The Kospi slumped 8.8% on Monday, the worst session in the history of the index.",
     "2024-08-05",
     ["KOSPI session_change down 8.8 percent 2024-08-05",
      "KOSPI biggest_move down 2024-08-05"]),
    ("Gold and silver jumped 5% and 9%, respectively, on Friday, the biggest gains in the "
     "history of both contracts.", "2020-03-13",
     ["GOLD session_change up 5 percent 2020-03-13",
      "SILVER session_change up 9 percent 2020-03-13",
      "GOLD biggest_move up 2020-03-13",
      "SILVER biggest_move up 2020-03-13"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HISTORY_OF))
def test_the_history_of_a_market_is_all_time(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "the worst session in the history of both indexes": an all-time biggest move."""
    assert extract(sentence, published) == expected


RECORD_SET_EARLIER: list[Row] = [
    ("Gold slipped 1% on Friday, retreating from the record high it had hit on Thursday.",
     "2024-04-12",
     ["GOLD session_change down 1 percent 2024-04-12", "GOLD record up 2024-04-11"]),
    ("The yen firmed 0.5% on Wednesday, recovering from the 34-year low it had touched on "
     "Monday.", "2024-04-03",
     ["USDJPY session_change up 0.5 percent 2024-04-03 inverse",
      "USDJPY record down 2024-04-01 inverse since=1990-04-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORD_SET_EARLIER))
def test_a_record_it_had_set_is_on_its_own_day(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "the five-month low it had plumbed on Tuesday": the record on the day it was set."""
    assert extract(sentence, published) == expected
