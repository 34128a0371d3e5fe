"""Claim parser rules for parts of the day and the days joined clauses share (blind dev batch
r9_2), spec by example in the format of tests/test_claims_examples.py (our own wire-style
sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

MARKET_HOURS: list[Row] = [
    ("The lira weakened 0.6% to 32.40 per dollar in early Istanbul trade.", "2024-03-20",
     ["USDTRY intraday_change down 0.6 percent 2024-03-20 inverse level=32.4"]),
    ("In early London trade, the FTSE 100 rose 0.3% and the DAX fell 0.2%.", "2024-03-20",
     ["FTSE100 intraday_change up 0.3 percent 2024-03-20",
      "DAX intraday_change down 0.2 percent 2024-03-20"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MARKET_HOURS))
def test_part_of_day_in_a_named_market(sentence: str, published: str, expected: list[str]) -> None:
    """ "in early Moscow trade": a part of the day named with its market is a state in the day."""
    assert extract(sentence, published) == expected


SHARED_PART_OF_DAY: list[Row] = [
    ("The Hang Seng fell 0.8% in afternoon trade on Wednesday, while the CSI 300 lost 0.5%.",
     "2024-04-17",
     ["HSI intraday_change down 0.8 percent 2024-04-17",
      "CSI300 intraday_change down 0.5 percent 2024-04-17"]),
    ("The Kospi rose 1.2% in morning trade, while the Nikkei closed 0.4% lower.", "2024-04-17",
     ["KOSPI intraday_change up 1.2 percent 2024-04-17",
      "NIKKEI225 session_change down 0.4 percent 2024-04-17"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHARED_PART_OF_DAY))
def test_joined_clause_shares_part_of_day(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "A lost 1.1% in morning trade, while B shed 1.4%": B's move is in the same part of the day."""
    assert extract(sentence, published) == expected


WINDOW_ENDED_BY_DAY: list[Row] = [
    ("The Nasdaq finished the week 3.1% higher on Friday.", "2024-03-09",
     ["NASDAQ period_change up 3.1 percent 2024-03-08 since=2024-03-04"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WINDOW_ENDED_BY_DAY))
def test_day_named_after_window_ends_it(sentence: str, published: str, expected: list[str]) -> None:
    """ "finished the week 3.1% higher on Friday": the weekday closes the window, not the dateline."""
    assert extract(sentence, published) == expected


APPOSED_LEVELS: list[Row] = [
    ("Gold settled 0.8% lower, at $2,318.40 an ounce, on Thursday.", "2024-05-10",
     ["GOLD session_change down 0.8 percent 2024-05-09 level=2318.4"]),
    ("The Dow and the S&P 500 closed 0.6% and 0.4% higher, at 38,852 and 5,187 respectively.",
     "2024-05-08",
     ["DJIA session_change up 0.6 percent 2024-05-08 level=38852",
      "SPX session_change up 0.4 percent 2024-05-08 level=5187"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(APPOSED_LEVELS))
def test_level_set_off_by_comma(sentence: str, published: str, expected: list[str]) -> None:
    """ "ended 1.1% higher, at $71.35 a barrel": a level after a comma is where the move left it."""
    assert extract(sentence, published) == expected


PENCE_COUNTER: list[Row] = [
    ("The euro slipped 0.2% to 86.10 pence on Wednesday.", "2024-01-17",
     ["EURGBP session_change down 0.2 percent 2024-01-17 level=86.1"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PENCE_COUNTER))
def test_pence_name_sterling_counter(sentence: str, published: str, expected: list[str]) -> None:
    """ "the euro ... at 85.60 pence": a level in pence is quoted against sterling."""
    assert extract(sentence, published) == expected


CAUSE_BETWEEN_CLAUSES: list[Row] = [
    ("The rand fell 1.2% on Friday amid worries about power cuts, while the Bovespa lost 0.8%.",
     "2024-06-17",
     ["USDZAR session_change down 1.2 percent 2024-06-14 inverse",
      "BOVESPA session_change down 0.8 percent 2024-06-14"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSE_BETWEEN_CLAUSES))
def test_cause_clause_keeps_the_day(sentence: str, published: str, expected: list[str]) -> None:
    """ "on Thursday as investors fretted ..., while the Bovespa slid": the joined clause keeps the day."""
    assert extract(sentence, published) == expected


PERCENT_LEVEL_AFTER_BP: list[Row] = [
    ("The 10-year Bund yield jumped 14 basis points to around 2.6% on Thursday.", "2024-05-31",
     ["DE10Y session_change up 14 bp 2024-05-30 level=2.6"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PERCENT_LEVEL_AFTER_BP))
def test_hedged_percent_after_bp_is_level(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "tumbled more than 100 basis points to around 4%": the hedged percent is the level reached."""
    assert extract(sentence, published) == expected


WEEKDAY_PART_FRONTED: list[Row] = [
    ("On Friday afternoon, the Nasdaq Composite was down 1.8%.", "2024-04-20",
     ["NASDAQ intraday_change down 1.8 percent 2024-04-19"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WEEKDAY_PART_FRONTED))
def test_fronted_weekday_with_part_of_day(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "On Thursday afternoon, the Dow plunged ...": a weekday with its part of the day dates it."""
    assert extract(sentence, published) == expected


GROUND_GIVEN_BACK: list[Row] = [
    ("The Hang Seng sank 4% before recovering much of the loss to close down 1.1% on Monday.",
     "2024-04-15",
     ["HSI intraday_extreme down 4 percent 2024-04-15",
      "HSI session_change down 1.1 percent 2024-04-15"]),
    ("Copper jumped 3% before giving up part of that move to settle 0.9% higher.", "2024-04-15",
     ["COPPER intraday_extreme up 3 percent 2024-04-15",
      "COPPER session_change up 0.9 percent 2024-04-15"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GROUND_GIVEN_BACK))
def test_share_of_a_move_taken_back(sentence: str, published: str, expected: list[str]) -> None:
    """ "before recovering much of the loss to close down 3.2%": the share given back is no figure."""
    assert extract(sentence, published) == expected


FLAT_FIRST_IN_WITH: list[Row] = [
    ("Trading was thin, with the FTSE 100 flat and the DAX down 0.3%.", "2024-05-02",
     ["FTSE100 intraday_change flat 2024-05-02",
      "DAX intraday_change down 0.3 percent 2024-05-02"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FLAT_FIRST_IN_WITH))
def test_flat_state_opening_with_clause(sentence: str, published: str, expected: list[str]) -> None:
    """ "with E-mini S&P 500 futures flat and Nasdaq 100 futures up 0.1%": the flat one is a claim."""
    assert extract(sentence, published) == expected
