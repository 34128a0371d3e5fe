"""Claim parser rules for common wire idioms: hedged window closes, "now" between coordinated
verbs, moves caused after "help", losses limited or narrowed, modified conjuncts, "briefly"
beyond a threshold, early moves a close undoes, days named by unclaimed moves, records a move
left, tenors without "yield" and running totals over sessions; spec by example in the format
of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

HEDGED_WINDOW_CLOSE: list[Row] = [
    ("Shanghai's benchmark index slipped 0.2% on Friday and finished the week nearly 2% "
     "lower.", "2024-03-22",
     ["SHCOMP session_change down 0.2 percent 2024-03-22",
      "SHCOMP period_change down 2 percent almost 2024-03-22 since=2024-03-18"]),
    ("Brent ended the month about $6 higher.", "2024-03-28",
     ["BRENT period_change up 6 points about 2024-03-28 since=2024-03-01"]),
    ("The yen closed the year roughly 7% weaker against the dollar.", "2023-12-29",
     ["USDJPY period_change down 7 percent about 2023-12-29 inverse since=2023-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HEDGED_WINDOW_CLOSE))
def test_hedged_window_close(sentence: str, published: str, expected: list[str]) -> None:
    """ "finished the week almost 3% higher": a hedge before the figure still sizes the window."""
    assert extract(sentence, published) == expected


NOW_BETWEEN_VERBS: list[Row] = [
    ("Copper fell 1.2% on Wednesday, and has now lost 9% since the start of the month.",
     "2024-05-15",
     ["COPPER session_change down 1.2 percent 2024-05-15",
      "COPPER period_change down 9 percent 2024-05-15 since=2024-05-01"]),
    ("The Kospi rose 1.1% on Friday and is now up 8% this year.", "2024-05-17",
     ["KOSPI session_change up 1.1 percent 2024-05-17",
      "KOSPI period_change up 8 percent 2024-05-17 since=2024-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NOW_BETWEEN_VERBS))
def test_now_between_coordinated_verbs(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., and has now slumped 17% since ...": "now" keeps the subject for the second verb."""
    assert extract(sentence, published) == expected


HELPED_CAUSE: list[Row] = [
    ("Toyota rallied 5% on upbeat guidance, helping lift the Nikkei 0.9% by the close.",
     "2024-05-10",
     ["NIKKEI225 session_change up 0.9 percent 2024-05-10"]),
    ("Energy shares slumped, helping drag the S&P 500 down 0.9% on Tuesday.", "2024-05-17",
     ["SPX session_change down 0.9 percent 2024-05-14"]),
    ("A rally in miners helped to push the FTSE 100 0.7% higher in early trade.", "2024-05-17",
     ["FTSE100 intraday_change up 0.7 percent 2024-05-17"]),
    ("Analysts said a weaker dollar could help lift gold 5% next year.", "2024-05-17", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HELPED_CAUSE))
def test_caused_move_after_help(sentence: str, published: str, expected: list[str]) -> None:
    """ "helping lift the Kospi 1.3%": the bare verb after "help" is a caused move."""
    assert extract(sentence, published) == expected


LIMITED_LOSSES: list[Row] = [
    ("Frankfurt banks lost about 4%, and the DAX limited its losses to 1.1% by the close.",
     "2023-03-17",
     ["DAX session_change down 1.1 percent 2023-03-17"]),
    ("The Hang Seng narrowed its losses to 0.4% in afternoon trade.", "2024-05-17",
     ["HSI intraday_change down 0.4 percent 2024-05-17"]),
    ("The Nasdaq jumped 2% early on Friday but later cut its gains to 0.5%.", "2024-05-17",
     ["NASDAQ intraday_extreme up 2 percent 2024-05-17",
      "NASDAQ intraday_change up 0.5 percent 2024-05-17"]),
    ("The rand narrowed its losses against the dollar.", "2024-05-17", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LIMITED_LOSSES))
def test_limited_or_narrowed_losses(sentence: str, published: str, expected: list[str]) -> None:
    """ "limited its losses to 1.7%", "narrowed", "cut its gains to": what the move shrank to."""
    assert extract(sentence, published) == expected


MODIFIED_CONJUNCT: list[Row] = [
    ("The Nikkei and the broader Topix rose 1.2% and 0.9%, respectively, on Monday.",
     "2024-06-11",
     ["NIKKEI225 session_change up 1.2 percent 2024-06-10",
      "TOPIX session_change up 0.9 percent 2024-06-10"]),
    ("The MOEX index and the dollar-denominated RTS fell 2.1% and 3.4%, respectively.",
     "2024-06-11",
     ["IMOEX session_change down 2.1 percent 2024-06-11",
      "RTSI session_change down 3.4 percent 2024-06-11"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MODIFIED_CONJUNCT))
def test_modified_conjunct_keeps_the_list(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "and the dollar-denominated RTS": a compound modifier before a conjunct keeps the list."""
    assert extract(sentence, published) == expected


BRIEFLY_BEYOND: list[Row] = [
    ("Brent briefly traded below $70 a barrel on Tuesday before recovering.", "2024-06-13",
     ["BRENT intraday_extreme down 2024-06-11 level=70"]),
    ("Bitcoin briefly traded above $70,000 for the first time since March.", "2024-06-13",
     ["BTC intraday_extreme up 2024-06-13 level=70000",
      "BTC record up 2024-06-13 level=70000 since=2024-03-01"]),
    ("Bitcoin traded above $70,000 on Tuesday.", "2024-06-13",
     ["BTC level none 2024-06-11 level=70000"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BRIEFLY_BEYOND))
def test_briefly_beyond_threshold(sentence: str, published: str, expected: list[str]) -> None:
    """ "briefly traded above $3,000": the day's extreme, on the side of the threshold."""
    assert extract(sentence, published) == expected


EARLY_MOVE_UNDONE: list[Row] = [
    ("The Nikkei recovered from an early 1.2% drop to close 0.4% higher.", "2024-06-13",
     ["NIKKEI225 intraday_extreme down 1.2 percent 2024-06-13",
      "NIKKEI225 session_change up 0.4 percent 2024-06-13"]),
    ("The Hang Seng turned lower after an initial 0.8% gain and finished down 0.5% on Monday.",
     "2024-06-13",
     ["HSI intraday_extreme up 0.8 percent 2024-06-10",
      "HSI session_change down 0.5 percent 2024-06-10"]),
    ("The Kospi fell 0.2% on Thursday after an early 0.5% dip.", "2024-06-13",
     ["KOSPI session_change down 0.2 percent 2024-06-13",
      "KOSPI intraday_extreme down 0.5 percent 2024-06-13"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EARLY_MOVE_UNDONE))
def test_early_move_undone_by_close(sentence: str, published: str, expected: list[str]) -> None:
    """ "after an early 1.5% slide ... ended 0.3% higher": the early move was the extreme."""
    assert extract(sentence, published) == expected


UNCLAIMED_MOVE_DAY: list[Row] = [
    ("Nvidia fell 5% on Thursday, dragging chip stocks lower, and the Nasdaq lost 2%.",
     "2023-03-10",
     ["NASDAQ session_change down 2 percent 2023-03-09"]),
    ("The FTSE 100 rose 0.6%, while Shell shares jumped 4% on Tuesday after results.",
     "2024-05-02",
     ["FTSE100 session_change up 0.6 percent 2024-04-30"]),
    ("The Fed will announce its decision on Wednesday, and the S&P 500 rose 1%.", "2023-03-10",
     ["SPX session_change up 1 percent 2023-03-10"]),
    ("The S&P 500 is up 1% after Tesla surged 10% on Thursday.", "2023-03-10",
     ["SPX intraday_change up 1 percent 2023-03-10"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNCLAIMED_MOVE_DAY))
def test_unclaimed_move_dates_sentence(sentence: str, published: str, expected: list[str]) -> None:
    """ "SVB's stock sank 60% on Thursday, ..., and the Russell 2000 closed down": Thursday."""
    assert extract(sentence, published) == expected


DATED_BARE_RECORD: list[Row] = [
    ("Bitcoin slid 3% to $66,100 on Wednesday, retreating from Tuesday's record.", "2024-05-22",
     ["BTC session_change down 3 percent 2024-05-22 level=66100",
      "BTC record up 2024-05-21"]),
    ("Gold eased 0.6% to $2,410 on Tuesday from Monday's record high.", "2024-05-22",
     ["GOLD session_change down 0.6 percent 2024-05-21 level=2410",
      "GOLD record up 2024-05-20"]),
    ("Gold slipped 0.5% on Tuesday from Monday's record of $2,450.", "2024-05-22",
     ["GOLD session_change down 0.5 percent 2024-05-21",
      "GOLD record up 2024-05-20 level=2450"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DATED_BARE_RECORD))
def test_dated_record_left(sentence: str, published: str, expected: list[str]) -> None:
    """ "from Monday's record": that day's record, without the level the move reached."""
    assert extract(sentence, published) == expected


TENOR_WITHOUT_YIELD: list[Row] = [
    ("Gilts sold off, and the British 30-year rose 12 basis points to 5.2%.", "2025-03-05",
     ["UK30Y session_change up 12 bp 2025-03-05 level=5.2"]),
    ("Italy's 10-year fell 15 basis points to 3.6% on Wednesday.", "2025-03-06",
     ["IT10Y session_change down 15 bp 2025-03-05 level=3.6"]),
    ("Bund yields jumped, with the German two-year up 9 basis points in early trade.",
     "2025-03-05",
     ["DE10Y session_change up 2025-03-05",
      "DE2Y intraday_change up 9 bp 2025-03-05"]),
    ("Germany's 10-year bond auction drew weak demand on Wednesday.", "2025-03-05", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TENOR_WITHOUT_YIELD))
def test_market_tenor_without_yield(sentence: str, published: str, expected: list[str]) -> None:
    """ "the German 10-year up 30 basis points": a government's tenor alone is its yield."""
    assert extract(sentence, published) == expected


RUNNING_TOTAL_OVER_SESSIONS: list[Row] = [
    ("The Hang Seng rose 2% on Friday, taking its gain over five sessions to 9%.", "2023-03-13",
     ["HSI session_change up 2 percent 2023-03-10",
      "HSI period_change up 9 percent 2023-03-10 since=2023-03-06"]),
    ("Brent fell 1% on Monday, bringing its loss in two sessions to 4%.", "2023-03-13",
     ["BRENT session_change down 1 percent 2023-03-13",
      "BRENT period_change down 4 percent 2023-03-13 since=2023-03-10"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RUNNING_TOTAL_OVER_SESSIONS))
def test_running_total_over_sessions(sentence: str, published: str, expected: list[str]) -> None:
    """ "bringing its slide over three sessions to 100 bp": a window counted back from the day."""
    assert extract(sentence, published) == expected


HELPED_ADJECTIVE_VERB: list[Row] = [
    ("Strong exporter demand helped the yen firm 0.5% against the dollar on Tuesday.",
     "2023-10-25",
     ["USDJPY session_change up 0.5 percent 2023-10-24 inverse"]),
    ("Traders expect a firm dollar this week.", "2023-10-25", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HELPED_ADJECTIVE_VERB))
def test_firm_after_help_is_a_verb(sentence: str, published: str, expected: list[str]) -> None:
    """ "helped the rouble firm 1.1%": "firm" after "help" and its object is a rise."""
    assert extract(sentence, published) == expected
