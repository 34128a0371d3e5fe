"""Claim parser rules for whole wire stories (fronted windows, levels last seen, epithet
anaphors), spec by example in the format of tests/test_claims_examples.py (our own sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

FRONTED_SINCE: list[Row] = [
    ("Since Tuesday, the yen has gained 1.8% against the dollar.", "2024-08-08",
     ["USDJPY period_change up 1.8 percent 2024-08-08 inverse since=2024-08-06"]),
    ("Since the start of the month, gold has climbed 4.2%.", "2024-03-21",
     ["GOLD period_change up 4.2 percent 2024-03-21 since=2024-03-01"]),
    ("Since last Friday, the Nikkei has shed 3.5%, while the Topix is down 2.9%.", "2024-08-01",
     ["NIKKEI225 period_change down 3.5 percent 2024-08-01 since=2024-07-26",
      "TOPIX period_change down 2.9 percent 2024-08-01 since=2024-07-26"]),
]  # fmt: skip

BOUND_NOT_LEAD: list[Row] = [
    ("Copper has slid since Monday, and aluminium fell 0.6% on Thursday.", "2024-05-30",
     ["COPPER period_change down 2024-05-30 since=2024-05-27",
      "ALUMINIUM session_change down 0.6 percent 2024-05-30"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_SINCE))
def test_fronted_since_dates_the_clause(sentence: str, published: str, expected: list[str]) -> None:
    """A fronted 'Since Monday,' / 'Since the start of the week,' makes the clause a period move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BOUND_NOT_LEAD))
def test_inner_since_is_not_a_lead(sentence: str, published: str, expected: list[str]) -> None:
    """A 'since Monday' closing one clause does not date the clause joined after it."""
    assert extract(sentence, published) == expected


LAST_SEEN: list[Row] = [
    ("The Swiss franc strengthened 1.1% to levels last seen in 2015.", "2024-08-05",
     ["USDCHF session_change up 1.1 percent 2024-08-05 inverse",
      "USDCHF record up 2024-08-05 inverse since=2015-01-01"]),
    ("Germany's two-year yield fell to 1.95%, a level not seen since 2022.", "2024-10-01",
     ["DE2Y level down 2024-10-01 level=1.95",
      "DE2Y record down 2024-10-01 level=1.95 since=2022-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LAST_SEEN))
def test_levels_last_seen_is_a_record(sentence: str, published: str, expected: list[str]) -> None:
    """'levels last seen in 1998' / 'a level not seen since 2022' is the extreme since that year."""
    assert extract(sentence, published) == expected


FIRST_TIME_SINCE_PART: list[Row] = [
    ("The Stoxx 600 rose above 500 on Monday for the first time since late April.", "2024-07-08",
     ["STOXX600 level up 2024-07-08 level=500",
      "STOXX600 record up 2024-07-08 level=500 since=2024-04-01"]),
    ("Silver rose above $30 an ounce for the first time since mid-February 2013.", "2024-05-17",
     ["SILVER level up 2024-05-17 level=30",
      "SILVER record up 2024-05-17 level=30 since=2013-02-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FIRST_TIME_SINCE_PART))
def test_first_time_since_part_of_a_month(
    sentence: str, published: str, expected: list[str]
) -> None:
    """'for the first time since late April' / 'mid-February' is a record, not a window."""
    assert extract(sentence, published) == expected


EPITHET_ANAPHOR: list[Row] = [
    ("The Nasdaq lost 1.1% and the S&P 500 shed 0.6%, after the tech-heavy index had opened "
     "down 2%.", "2024-04-19",
     ["NASDAQ session_change down 1.1 percent 2024-04-19",
      "SPX session_change down 0.6 percent 2024-04-19",
      "NASDAQ open_move down 2 percent 2024-04-19"]),
    ("The Dow added 0.5% and the S&P 500 rose 0.3%, with the blue-chip average hitting a record.",
     "2024-05-16",
     ["DJIA session_change up 0.5 percent 2024-05-16",
      "SPX session_change up 0.3 percent 2024-05-16",
      "DJIA record up 2024-05-16"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EPITHET_ANAPHOR))
def test_epithet_anaphor_names_its_owner(
    sentence: str, published: str, expected: list[str]
) -> None:
    """'the tech-heavy index' / 'the blue-chip average' is the index in view with that epithet."""
    assert extract(sentence, published) == expected


PEAK_RESTATED: list[Row] = [
    ("The Dow dropped as much as 1,100 points, or 3.2%, in early trade on Monday.", "2024-08-05",
     ["DJIA intraday_extreme down 3.2 percent as_much_as 2024-08-05"]),
    ("Gold jumped as much as $61.30, or 2.5%, to $2,493.80 an ounce.", "2024-08-16",
     ["GOLD intraday_extreme up 2.5 percent as_much_as 2024-08-16 level=2493.8"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PEAK_RESTATED))
def test_peak_restated_as_percent(sentence: str, published: str, expected: list[str]) -> None:
    """'as much as $11.73, or 19.5%': the percent restating a peak is the peak (as_much_as)."""
    assert extract(sentence, published) == expected


QUALIFIED_MARK: list[Row] = [
    ("The euro slid below the psychologically key 1.05 level on Thursday.", "2024-11-14",
     ["EURUSD level down 2024-11-14 level=1.05"]),
    ("Brent climbed above the closely watched $90 mark.", "2024-04-05",
     ["BRENT level up 2024-04-05 level=90"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(QUALIFIED_MARK))
def test_qualified_mark_is_a_threshold(sentence: str, published: str, expected: list[str]) -> None:
    """'past the closely watched 7-per-dollar level', 'above the key $90 mark' state a level."""
    assert extract(sentence, published) == expected


MAIN_STOCK_INDEX: list[Row] = [
    ("Canada's main stock index rose 0.6% on Tuesday, led by energy shares.", "2024-06-18",
     ["TSX session_change up 0.6 percent 2024-06-18"]),
    ("Australia's benchmark stock index slipped 0.4%.", "2024-06-18",
     ["ASX200 session_change down 0.4 percent 2024-06-18"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MAIN_STOCK_INDEX))
def test_country_main_stock_index(sentence: str, published: str, expected: list[str]) -> None:
    """'Canada's main stock index' / 'Australia's benchmark stock index' name the TSX and ASX 200."""
    assert extract(sentence, published) == expected


RUNNING_TOTAL_PAST_WINDOW: list[Row] = [
    ("Silver jumped 2.4%, taking its gain over the past week to 9%.", "2024-05-17",
     ["SILVER session_change up 2.4 percent 2024-05-17",
      "SILVER period_change up 9 percent 2024-05-17 since=2024-05-10"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RUNNING_TOTAL_PAST_WINDOW))
def test_running_total_over_the_past_week(
    sentence: str, published: str, expected: list[str]
) -> None:
    """'taking its gain over the past week to 9%' is a period move over that window."""
    assert extract(sentence, published) == expected


ONE_CLAIM_PER_FACT: list[Row] = [
    ("The yen weakened to 160 per dollar on Monday, touching 160.00 before rebounding.",
     "2024-04-29",
     ["USDJPY intraday_extreme down 2024-04-29 inverse level=160"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ONE_CLAIM_PER_FACT))
def test_one_claim_per_fact(sentence: str, published: str, expected: list[str]) -> None:
    """A level restated by 'touching X before rebounding' is one extreme, claimed once."""
    assert extract(sentence, published) == expected
