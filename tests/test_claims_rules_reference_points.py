"""Claim parser rules for moves told by reference to another point: sized runs and two-day
windows ("capping a run of roughly 35% since February", "over Thursday and Friday"), gaps from
a dated record and closes off a session peak, moves "within minutes", states "after being",
city benchmarks, the cash index of named futures, gapped clauses after an unregistered
subject and moves a run "has seen"; spec by example in the format of
tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

RUNS: list[Row] = [
    ("Silver rose 1.2% on Tuesday, capping a run of about 25% since March.", "2024-05-21",
     ["SILVER session_change up 1.2 percent 2024-05-21",
      "SILVER period_change up 25 percent about 2024-05-21 since=2024-03-01"]),
    ("Cocoa rose 2% on Friday, extending a 40% run-up this year.", "2024-03-01",
     ["COCOA session_change up 2 percent 2024-03-01",
      "COCOA period_change up 40 percent 2024-03-01 since=2024-01-01"]),
    ("Copper extended its losing run to a fifth session on Monday.", "2024-05-20", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RUNS))
def test_a_sized_run_is_a_rise(sentence: str, published: str, expected: list[str]) -> None:
    """ "a run of about 25%", "a 40% run-up": a rise over the noun's window; an unsized
    "losing run" is no move noun."""
    assert extract(sentence, published) == expected


TWO_DAYS: list[Row] = [
    ("The Kospi lost 6% over Thursday and Friday.", "2025-04-07",
     ["KOSPI period_change down 6 percent 2025-04-04 since=2025-04-03"]),
    ("Across Friday and Monday, the yen gained 2.5% against the dollar.", "2025-04-08",
     ["USDJPY period_change up 2.5 percent 2025-04-07 inverse since=2025-04-04"]),
    ("Brent fell 2% on Monday, having already shed 7% over Thursday and Friday.", "2025-04-07",
     ["BRENT session_change down 2 percent 2025-04-07",
      "BRENT period_change down 7 percent 2025-04-04 since=2025-04-03"]),
    ("Gold rose 1% on Monday, having already gained 3% last week.", "2025-04-07",
     ["GOLD session_change up 1 percent 2025-04-07",
      "GOLD period_change up 3 percent 2025-04-04 since=2025-03-31"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TWO_DAYS))
def test_two_named_days_are_a_window(sentence: str, published: str, expected: list[str]) -> None:
    """ "over Thursday and Friday": a window from the first day to the second; "having already
    shed" carries the subject like "having shed"."""
    assert extract(sentence, published) == expected


PEAK_GAPS: list[Row] = [
    ("The Kospi fell 2% on Monday and now sits about 15% below the record high it set on July 11.",
     "2024-08-05",
     ["KOSPI session_change down 2 percent 2024-08-05",
      "KOSPI period_change down 15 percent about 2024-08-05 since=2024-07-11",
      "KOSPI record up 2024-07-11"]),
    ("Copper slid 3% to $8,100 on Friday, leaving it 22% below the record $10,190 it hit on "
     "March 7.", "2022-07-01",
     ["COPPER session_change down 3 percent 2022-07-01 level=8100",
      "COPPER period_change down 22 percent 2022-07-01 since=2022-03-07",
      "COPPER record up 2022-03-07 level=10190"]),
    ("Silver rose 2% and is still some 37% below the record high it set in 2011.", "2024-05-17",
     ["SILVER session_change up 2 percent 2024-05-17"]),
    ("A further 5% drop would leave the DAX 12% below the record it set on July 4.", "2024-08-05",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PEAK_GAPS))
def test_a_gap_from_a_dated_record(sentence: str, published: str, expected: list[str]) -> None:
    """ "sits 15% below the record high it set on July 11": a move over the window from that
    day, and that day's record (with its level); an undated record or a forecast is neither."""
    assert extract(sentence, published) == expected


SESSION_PEAKS: list[Row] = [
    ("Wheat settled 8 cents higher at $6.12 a bushel on Thursday, off a session high of $6.25.",
     "2024-05-16",
     ["WHEAT session_change up 8 points 2024-05-16 level=6.12",
      "WHEAT intraday_extreme up 2024-05-16 level=6.25"]),
    ("Gold ended 0.8% lower at $2,310 an ounce, well above its intraday low of $2,285.",
     "2024-05-16",
     ["GOLD session_change down 0.8 percent 2024-05-16 level=2310",
      "GOLD intraday_extreme down 2024-05-16 level=2285"]),
    ("Gold ended 0.8% lower at $2,310 an ounce, below a session low of $2,285.", "2024-05-16",
     ["GOLD session_change down 0.8 percent 2024-05-16 level=2310"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SESSION_PEAKS))
def test_a_close_off_a_session_peak(sentence: str, published: str, expected: list[str]) -> None:
    """ "settled at $6.12, off a session high of $6.25": that day's extreme at that level."""
    assert extract(sentence, published) == expected


WITHIN_HOURS: list[Row] = [
    ("Cocoa more than doubled within hours on Tuesday as short sellers scrambled.", "2024-03-26",
     ["COCOA intraday_extreme up 100 percent more_than 2024-03-26"]),
    ("The Nikkei opened 3% lower on Monday and within minutes had slumped 6%.", "2024-08-05",
     ["NIKKEI225 open_move down 3 percent 2024-08-05",
      "NIKKEI225 intraday_extreme down 6 percent 2024-08-05"]),
    ("The Kospi opened 1% higher on Monday and at one point had climbed 2.5%.", "2024-08-12",
     ["KOSPI open_move up 1 percent 2024-08-12",
      "KOSPI intraday_extreme up 2.5 percent 2024-08-12"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WITHIN_HOURS))
def test_a_sized_move_within_hours_is_an_extreme(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "more than doubled within hours", "within minutes had slumped 6%": a sized move reached
    inside the session is its extreme."""
    assert extract(sentence, published) == expected


LEFT_STATES: list[Row] = [
    ("The euro ended 0.3% higher at $1.0850 on Friday, after being as much as 1.2% stronger.",
     "2024-03-08",
     ["EURUSD session_change up 0.3 percent 2024-03-08 level=1.085",
      "EURUSD intraday_extreme up 1.2 percent as_much_as 2024-03-08"]),
    ("The lira fell 2% after being targeted by speculators.", "2024-03-08",
     ["USDTRY session_change down 2 percent 2024-03-08 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEFT_STATES))
def test_after_being_is_a_state(sentence: str, published: str, expected: list[str]) -> None:
    """ "after being as much as 1.2% stronger": an earlier state, the day's extreme when hedged
    "as much as", with no up/down word needed."""
    assert extract(sentence, published) == expected


CITY_BENCHMARKS: list[Row] = [
    ("Milan's benchmark was stuck at session lows by midday on Monday.", "2020-02-24",
     ["FTSEMIB session_low none 2020-02-24"]),
    ("Madrid's benchmark rose 1.1% and Zurich's benchmark 0.4%.", "2024-03-04",
     ["IBEX35 session_change up 1.1 percent 2024-03-04",
      "SMI session_change up 0.4 percent 2024-03-04"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CITY_BENCHMARKS))
def test_a_city_benchmark(sentence: str, published: str, expected: list[str]) -> None:
    """ "Milan's benchmark", like "Frankfurt's benchmark": the city's main index."""
    assert extract(sentence, published) == expected


UNKNOWN_FIRST: list[Row] = [
    ("Paris wheat fell 2% on Monday and Chicago wheat 1.5%.", "2024-03-05",
     ["WHEAT session_change down 1.5 percent 2024-03-04"]),
    ("Dalian iron ore jumped 4% this week, and Brent 3.1%.", "2024-03-08",
     ["BRENT period_change up 3.1 percent 2024-03-08 since=2024-03-04"]),
    ("Nvidia shares fell 10% and the Nasdaq 3%.", "2024-03-08",
     ["NASDAQ session_change down 3 percent 2024-03-08"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNKNOWN_FIRST))
def test_a_gapped_clause_after_an_unknown_subject(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Paris wheat fell 2% on Monday and Chicago wheat 1.5%": the first subject is not in the
    registry, but the gapped clause still shares its verb, measure and day."""
    assert extract(sentence, published) == expected


CASH_INDEX: list[Row] = [
    ("E-mini S&P 500 futures were up 0.5% on Thursday, after the cash index's 2.1% drop "
     "yesterday.", "2024-03-07",
     ["ES intraday_change up 0.5 percent 2024-03-07",
      "SPX session_change down 2.1 percent 2024-03-06"]),
    ("Dow futures sank 1% overnight, and the cash index opened 1.4% lower.", "2024-03-07",
     ["YM intraday_extreme down 1 percent 2024-03-07",
      "DJIA open_move down 1.4 percent 2024-03-07"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CASH_INDEX))
def test_the_cash_index_of_named_futures(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "the cash index" after a named futures contract: the index that contract tracks."""
    assert extract(sentence, published) == expected


SEEN_MOVES: list[Row] = [
    ("Silver rose 1% on Monday, extending a rally that has seen prices more than double since "
     "the start of the year.", "2024-11-25",
     ["SILVER session_change up 1 percent 2024-11-25",
      "SILVER period_change up 100 percent more_than 2024-11-25 since=2024-01-01"]),
    ("The rand fell 2% on Friday, deepening a slide that has seen the currency lose 15% this "
     "year.", "2024-11-22",
     ["USDZAR session_change down 2 percent 2024-11-22 inverse",
      "USDZAR period_change down 15 percent 2024-11-22 inverse since=2024-01-01"]),
    ("Cocoa rose 2% on Tuesday, in a rally that has seen prices double.", "2024-03-26",
     ["COCOA session_change up 2 percent 2024-03-26"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SEEN_MOVES))
def test_a_move_a_run_has_seen(sentence: str, published: str, expected: list[str]) -> None:
    """ "a rally that has seen prices more than double since the start of the year": the bare
    verb after "seen" is a move over that window; with no window, no claim."""
    assert extract(sentence, published) == expected
