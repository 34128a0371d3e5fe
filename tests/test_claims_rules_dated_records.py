"""Claim parser rules for noun references to an earlier record dated by a calendar date or a
weekday ("some 3% below Monday's record of $2,450.07", "its April 14 record close", "the record
close of 8,014.31 from Feb. 15"): the record claim on the day named, with its level, beside any
period claim the distance makes. Spec by example in the format of tests/test_claims_examples.py
(our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

WEEKDAY_DISTANCE: list[Row] = [
    ("Gold eased 0.5% to $2,327 an ounce on Friday, some 3% below Monday's record of $2,450.07.",
     "2024-05-31",
     ["GOLD session_change down 0.5 percent 2024-05-31 level=2327",
      "GOLD period_change down 3 percent about 2024-05-31 since=2024-05-27",
      "GOLD record up 2024-05-27 level=2450.07"]),
    ("Gold eased 0.5% to $2,327 an ounce on Friday, about 3% below Monday's record.",
     "2024-05-31",
     ["GOLD session_change down 0.5 percent 2024-05-31 level=2327",
      "GOLD period_change down 3 percent about 2024-05-31 since=2024-05-27",
      "GOLD record up 2024-05-27"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WEEKDAY_DISTANCE))
def test_a_weekday_record_behind_a_sized_distance(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A weekday's record set behind a sized distance ("3% below Monday's record") is a record claim."""
    assert extract(sentence, published) == expected


DATE_POSSESSIVE: list[Row] = [
    ("Copper ended the quarter at $9,050 a tonne, some 12% below May 10's all-time high of "
     "$10,747.50.", "2021-09-30",
     ["COPPER level none 2021-09-30 level=9050",
      "COPPER record up 2021-05-10 level=10747.5"]),
    ("The rand firmed 0.8% to 14.75 per dollar on Thursday, about 11% stronger than Jan. 11's "
     "record low of 17.92.", "2016-03-31",
     ["USDZAR session_change up 0.8 percent 2016-03-31 inverse level=14.75",
      "USDZAR period_change up 11 percent about 2016-03-31 inverse since=2016-01-11",
      "USDZAR record down 2016-01-11 inverse level=17.92"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DATE_POSSESSIVE))
def test_a_calendar_date_possessive_record(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "May 10's all-time high of X" is a record on May 10 in the subject's perspective."""
    assert extract(sentence, published) == expected


SPAN_RECORDS: list[Row] = [
    ("The S&P 500 rose 0.6% on Thursday, some 67% above March 23's three-year closing low of "
     "2,237.40.", "2020-12-31",
     ["SPX session_change up 0.6 percent 2020-12-31",
      "SPX period_change up 67 percent about 2020-12-31 since=2020-03-23",
      "SPX record down 2020-03-23 level=2237.4 since=2017-03-23"]),
    ("Italy's FTSE MIB rose 5.6% on Friday, bouncing more than 9% from Tuesday's three-year "
     "closing low.", "2012-07-27",
     ["FTSEMIB session_change up 5.6 percent 2012-07-27",
      "FTSEMIB session_change up 9 percent more_than 2012-07-27",
      "FTSEMIB record down 2012-07-24 since=2009-07-24"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SPAN_RECORDS))
def test_a_dated_n_year_record_looks_back_from_its_day(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "March 23's three-year closing low": the look-back runs three years back from that day."""
    assert extract(sentence, published) == expected


DETERMINED: list[Row] = [
    ("Silver rose 1% to $22.76 an ounce on Friday, still 9% below its April 14 record close.",
     "2023-06-30",
     ["SILVER session_change up 1 percent 2023-06-30 level=22.76",
      "SILVER period_change down 9 percent 2023-06-30 since=2023-04-14",
      "SILVER record up 2023-04-14"]),
    ("The Dow fell 1.5% on Friday, leaving it 40% below its Oct. 9, 2007, record close of "
     "14,164.53.", "2008-10-10",
     ["DJIA session_change down 1.5 percent 2008-10-10",
      "DJIA period_change down 40 percent 2008-10-10 since=2007-10-09",
      "DJIA record up 2007-10-09 level=14164.5"]),
    ("The Hang Seng finished 2019 at 28,189.75, about 15% below its Jan. 26, 2018, record close "
     "of 33,154.12.", "2019-12-31",
     ["HSI record up 2018-01-26 level=33154.1"]),
    ("Ether slid 4% to $1,210 on Wednesday, widening its loss since the Nov. 10, 2021, record of "
     "$4,868 to about 75%.", "2022-11-30",
     # session 22: the running total over the dated window is now read too (a period_change)
     ["ETH session_change down 4 percent 2022-11-30 level=1210",
      "ETH period_change down 75 percent about 2022-11-30 since=2021-11-10",
      "ETH record up 2021-11-10 level=4868"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DETERMINED))
def test_a_record_dated_after_its_determiner(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "its April 14 record close", "the Nov. 10, 2021, record of X": a record on that date."""
    assert extract(sentence, published) == expected


DATED_AFTER: list[Row] = [
    ("The FTSE 100 rose 0.2% to 7,631.74 on Friday, still short of the record close of 8,014.31 "
     "from Feb. 15.", "2023-03-31",
     ["FTSE100 session_change up 0.2 percent 2023-03-31 level=7631.74",
      "FTSE100 record up 2023-02-15 level=8014.31"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DATED_AFTER))
def test_a_record_dated_after_its_noun(sentence: str, published: str, expected: list[str]) -> None:
    """ "the record close of X from Feb. 15": the record on the day the words after it name."""
    assert extract(sentence, published) == expected


RELATIVE_CLAUSE: list[Row] = [
    ("Nickel fell 3% to $32,000 a tonne on Thursday, far below the record $101,365 it hit on "
     "March 8.", "2022-03-31",
     ["NICKEL session_change down 3 percent 2022-03-31 level=32000",
      "NICKEL intraday_extreme up 2022-03-08 level=101365",
      "NICKEL record up 2022-03-08 level=101365"]),
    ("Nickel fell 3% to $32,000 a tonne on Thursday, far below the record close of $48,078 it "
     "set on March 7.", "2022-03-31",
     # session 22: a record set is the record alone (corpus README: a noun reference to an
     # earlier record is only the record claim); it used to add a level on March 7
     ["NICKEL session_change down 3 percent 2022-03-31 level=32000",
      "NICKEL record up 2022-03-07 level=48078"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RELATIVE_CLAUSE))
def test_a_record_reached_in_a_relative_clause(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "the record X it hit on March 8" is that day's extreme too; a record close set is the
    record alone."""
    assert extract(sentence, published) == expected


NOT_DATED_RECORDS: list[Row] = [
    ("Germany's DAX added 2.7% on Tuesday, building on Monday's record 11.4% surge.",
     "2008-10-14",
     ["DAX session_change up 2.7 percent 2008-10-14",
      "DAX session_change up 11.4 percent 2008-10-13",
      "DAX biggest_move up 2008-10-13"]),
    ("Analysts expect gold to revisit Monday's record of $2,450.07 by year-end.", "2024-05-31",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NOT_DATED_RECORDS))
def test_record_words_that_add_no_dated_record(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A record move noun stays a biggest move, and a record named with no claim beside it is none."""
    assert extract(sentence, published) == expected
