"""Claim parser rule for one day per sentence: a clause that names no day takes the day another
clause names, spec by example in the format of tests/test_claims_examples.py (our own
wire-style sentences, published the day after the trading they describe)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

DAY_REACHES: list[Row] = [
    ("The Hang Seng slid 1.8% on Thursday, while the Shanghai Composite lost 0.6%.",
     "2024-06-14",
     ["HSI session_change down 1.8 percent 2024-06-13",
      "SHCOMP session_change down 0.6 percent 2024-06-13"]),
    ("The Bovespa fell 1.2% on Monday, whereas the peso firmed 0.5% against the dollar.",
     "2024-06-11",
     ["BOVESPA session_change down 1.2 percent 2024-06-10",
      "USDMXN session_change up 0.5 percent 2024-06-10 inverse"]),
    ("Brent slumped 3% on Tuesday as supply fears eased, with WTI down 3.4%.", "2024-06-12",
     ["BRENT session_change down 3 percent 2024-06-11",
      "WTI intraday_change down 3.4 percent 2024-06-11"]),
    ("The Dax pared a drop of as much as 2.1% to close 0.4% lower on Wednesday.", "2024-06-13",
     ["DAX intraday_extreme down 2.1 percent as_much_as 2024-06-12",
      "DAX session_change down 0.4 percent 2024-06-12"]),
    ("Silver climbed 2% on Tuesday and was up 1.1% by late afternoon.", "2024-06-12",
     ["SILVER session_change up 2 percent 2024-06-11",
      "SILVER intraday_change up 1.1 percent 2024-06-11"]),
    ("The FTSE 100 opened higher on Thursday, and the index was up 0.5% at midday.",
     "2024-06-14",
     ["FTSE100 open_move up 2024-06-13",
      "FTSE100 intraday_change up 0.5 percent 2024-06-13"]),
    ("Copper rose more than 2% on Friday, while aluminium slipped 0.4%.", "2024-06-15",
     ["COPPER session_change up 2 percent more_than 2024-06-14",
      "ALUMINIUM session_change down 0.4 percent 2024-06-14"]),
    ("The Kospi closed 1.1% higher at 2,701.2 on Tuesday, having risen as much as 1.6% in the "
     "session.", "2024-06-12",
     ["KOSPI session_change up 1.1 percent 2024-06-11 level=2701.2",
      "KOSPI intraday_extreme up 1.6 percent as_much_as 2024-06-11"]),
    ("The Nikkei turned higher to close up 0.8% on Thursday, while the Topix ended flat.",
     "2024-06-14",
     ["NIKKEI225 session_change up 0.8 percent 2024-06-13",
      "TOPIX session_change flat 2024-06-13"]),
]  # fmt: skip

GAPPED_AND_RELATIVE: list[Row] = [
    ("Chicago wheat hit $7.10 a bushel and corn $4.85 on Wednesday.", "2024-06-13",
     ["WHEAT level none 2024-06-12 level=7.1",
      "CORN level none 2024-06-12 level=4.85"]),
    ("The Bund yield, which had hit 2.6% the previous session, its highest in a year, eased 4 "
     "basis points on Friday.", "2024-06-10",
     ["DE10Y intraday_extreme up 2024-06-06 level=2.6",
      "DE10Y record up 2024-06-06 level=2.6 since=2023-06-06",
      "DE10Y session_change down 4 bp 2024-06-07"]),
]  # fmt: skip

DAY_KEPT: list[Row] = [
    ("Copper, which hit a record on Monday, fell 1.3% to $10,120 a tonne.", "2024-05-22",
     ["COPPER record up 2024-05-20",
      "COPPER session_change down 1.3 percent 2024-05-22 level=10120"]),
    ("The Nikkei rose 0.9%, recouping much of Tuesday's 1.4% drop.", "2024-06-13",
     ["NIKKEI225 session_change up 0.9 percent 2024-06-13",
      "NIKKEI225 session_change down 1.4 percent 2024-06-11"]),
    ("Silver slipped 0.7% to $29.10 after climbing 2.5% on Monday.", "2024-06-12",
     ["SILVER session_change down 0.7 percent 2024-06-12 level=29.1",
      "SILVER session_change up 2.5 percent 2024-06-10"]),
]  # fmt: skip


COMING_DAY: list[Row] = [
    ("The central bank will announce its rate decision on Wednesday, while the rupee slipped "
     "0.2% against the dollar.", "2024-06-10",
     ["USDINR session_change down 0.2 percent 2024-06-10 inverse"]),
    ("Traders were looking ahead to the ECB meeting on Thursday, and the euro eased 0.3%.",
     "2024-06-03",
     ["EURUSD session_change down 0.3 percent 2024-06-03"]),
    ("The Bank of Japan meets on Friday; the yen weakened 0.4% to 157.20 per dollar.",
     "2024-06-11",
     ["USDJPY session_change down 0.4 percent 2024-06-11 inverse level=157.2"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COMING_DAY))
def test_a_coming_event_day_dates_no_claim(
    sentence: str, published: str, expected: list[str]
) -> None:
    """The weekday of an event still to come does not date the market clause after it."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAY_REACHES))
def test_a_named_day_reaches_the_other_clauses(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A day named in one clause dates the sentence's clauses that name none."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAY_KEPT))
def test_a_side_day_stays_in_its_clause(sentence: str, published: str, expected: list[str]) -> None:
    """A day in a relative or 'after' clause, or a possessive stays in its clause."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GAPPED_AND_RELATIVE))
def test_gapped_and_relative_days(sentence: str, published: str, expected: list[str]) -> None:
    """A gapped clause's day dates the first; 'the previous session' steps back from the day named."""
    assert extract(sentence, published) == expected
