"""Claim parser rules for bond yields, commodities and levels (third round of blind dev
batches), spec by example in the format of tests/test_claims_examples.py (our own wire-style
sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

NEGATIVE_LEVELS: list[Row] = [
    ("Japan's 10-year yield fell 2 basis points to minus 0.05% on Tuesday.", "2019-03-26",
     ["JP10Y session_change down 2 bp 2019-03-26 level=-0.05"]),
    ("Germany's 10-year Bund yield dropped as low as minus 0.62%, a record low.", "2019-07-04",
     ["DE10Y intraday_extreme down 2019-07-04 level=-0.62",
      "DE10Y record down 2019-07-04 level=-0.62"]),
]  # fmt: skip

ALL_TIME_HISTORY: list[Row] = [
    ("Nickel slumped 12% to $18,200 a tonne, the steepest drop in its history.", "2024-02-07",
     ["NICKEL session_change down 12 percent 2024-02-07 level=18200",
      "NICKEL biggest_move down 2024-02-07"]),
    ("Cocoa futures climbed 4% to $11,020 a tonne, the highest in the contract's history.",
     "2024-04-19",
     ["COCOA session_change up 4 percent 2024-04-19 level=11020",
      "COCOA record up 2024-04-19 level=11020"]),
]  # fmt: skip

GRAIN_FRACTIONS: list[Row] = [
    ("Soybean futures rose 1.8% to $14.32-3/4 a bushel.", "2022-06-09",
     ["SOYBEANS session_change up 1.8 percent 2022-06-09 level=14.3275"]),
    ("Corn futures on the Chicago Board of Trade fell 2% to $6.10-1/2 a bushel on Friday.",
     "2022-07-15",
     ["CORN session_change down 2 percent 2022-07-15 level=6.105"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NEGATIVE_LEVELS))
def test_negative_levels(sentence: str, published: str, expected: list[str]) -> None:
    """'minus 0.05%' and 'minus $37' are levels below zero."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ALL_TIME_HISTORY))
def test_in_its_history_is_all_time(sentence: str, published: str, expected: list[str]) -> None:
    """'the lowest in the contract's history' is an all-time record (no look-back start)."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GRAIN_FRACTIONS))
def test_grain_fractions(sentence: str, published: str, expected: list[str]) -> None:
    """'$14.32-3/4' quotes a fraction of the last cent; an exchange name may follow the subject."""
    assert extract(sentence, published) == expected


TENOR_YIELDS: list[Row] = [
    ("The 10-year yield rose to 4.62%, while two-year yields fell 3 basis points to 4.91%.",
     "2024-05-01",
     ["US10Y level up 2024-05-01 level=4.62",
      "US2Y session_change down 3 bp 2024-05-01 level=4.91"]),
    ("Italian 10-year bond yields climbed 11 basis points on Monday.", "2024-06-10",
     ["IT10Y session_change up 11 bp 2024-06-10"]),
    ("Two- and 30-year Treasury yields fell 8 and 5 basis points, respectively, to 4.70% and "
     "4.49%.", "2024-05-03",
     ["US2Y session_change down 8 bp 2024-05-03 level=4.7",
      "US30Y session_change down 5 bp 2024-05-03 level=4.49"]),
    ("German two-year and 10-year bond yields fell 7 and 4 basis points on Wednesday.",
     "2024-06-05",
     ["DE2Y session_change down 7 bp 2024-06-05",
      "DE10Y session_change down 4 bp 2024-06-05"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TENOR_YIELDS))
def test_tenor_yields(sentence: str, published: str, expected: list[str]) -> None:
    """A tenor before bare 'yields' names that tenor's yield; coordinated tenors each name one."""
    assert extract(sentence, published) == expected


WINDOWED_NOUNS: list[Row] = [
    ("WTI posted a weekly gain of about 6%, its biggest since June, settling at $79.10 a "
     "barrel on Friday.", "2024-07-05",
     ["WTI period_change up 6 percent about 2024-07-05 since=2024-07-01",
      "WTI level none 2024-07-05 level=79.1"]),
    ("Copper booked a 4% monthly loss.", "2024-05-31",
     ["COPPER period_change down 4 percent 2024-05-31 since=2024-05-01"]),
    ("The FTSE 100 rose 0.5%, bringing its gain for the quarter to 3.1%.", "2024-06-28",
     ["FTSE100 session_change up 0.5 percent 2024-06-28",
      "FTSE100 period_change up 3.1 percent 2024-06-28 since=2024-04-01"]),
    ("Gold is on course for a weekly gain of more than 2%, traders said.", "2024-05-16", []),
]  # fmt: skip

UNLISTED_GRADES: list[Row] = [
    ("In the Gulf, Dubai crude fell to $81 a barrel.", "2024-04-17", []),
    ("India bought discounted Urals crude at about $60 a barrel, while Brent rose 1%.",
     "2024-04-17",
     ["BRENT session_change up 1 percent 2024-04-17"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WINDOWED_NOUNS))
def test_windowed_move_nouns(sentence: str, published: str, expected: list[str]) -> None:
    """'a weekly loss of 11%' and 'its gain for the quarter' span their windows."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNLISTED_GRADES))
def test_unlisted_grades(sentence: str, published: str, expected: list[str]) -> None:
    """A capitalised grade before a generic commodity word ('Urals crude') is not the default."""
    assert extract(sentence, published) == expected


EARLIER_RECORDS: list[Row] = [
    ("Silver was down 1.1% and has lost about 6% since last Friday's record of $35.10.",
     "2025-06-11",
     ["SILVER intraday_change down 1.1 percent 2025-06-11",
      "SILVER period_change down 6 percent about 2025-06-11 since=2025-06-06",
      "SILVER record up 2025-06-06 level=35.1"]),
    ("Platinum eased from Tuesday's record of $1,420.30.", "2025-06-12",
     ["PLATINUM session_change down 2025-06-12",
      "PLATINUM record up 2025-06-10 level=1420.3"]),
]  # fmt: skip

OWNED_RECORDS: list[Row] = [
    ("Soybeans rose 2% to $15.90, the contract's highest since 2012.", "2022-06-09",
     ["SOYBEANS session_change up 2 percent 2022-06-09 level=15.9",
      "SOYBEANS record up 2022-06-09 level=15.9 since=2012-01-01"]),
    ("Gold and silver rose 1% and 2%, respectively, to settle at $2,410 and $31.20, their "
     "highest closes since May.", "2024-07-16",
     ["GOLD session_change up 1 percent 2024-07-16 level=2410",
      "SILVER session_change up 2 percent 2024-07-16 level=31.2",
      "GOLD record up 2024-07-16 level=2410 since=2024-05-01",
      "SILVER record up 2024-07-16 level=31.2 since=2024-05-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EARLIER_RECORDS))
def test_earlier_records(sentence: str, published: str, expected: list[str]) -> None:
    """'last Friday's record of $35.10' is a record on that day with its level."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OWNED_RECORDS))
def test_owned_records(sentence: str, published: str, expected: list[str]) -> None:
    """'the contract's highest', 'their highest closes': records with each subject's level."""
    assert extract(sentence, published) == expected


YIELD_JARGON: list[Row] = [
    ("The 10-year has backed up 25 basis points this week.", "2024-10-04",
     ["US10Y period_change up 25 bp 2024-10-04 since=2024-09-30"]),
    ("Gilts sold off again and the 30-year jumped 20 basis points.", "2022-09-28",
     ["UK30Y session_change up 20 bp 2022-09-28"]),
]  # fmt: skip

LIMITS_AND_STREAKS: list[Row] = [
    ("Soybean futures fell by the 7% daily limit on Monday.", "2024-03-04",
     ["SOYBEANS session_change down 7 percent 2024-03-04"]),
    ("Gold rose for a third week, with spot prices up 1.2% since Monday.", "2024-03-08",
     ["GOLD period_change up 1.2 percent 2024-03-08 since=2024-03-04"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(YIELD_JARGON))
def test_yield_jargon(sentence: str, published: str, expected: list[str]) -> None:
    """'backed up 25 bp' is a rise; a bare 'the 10-year' with nothing before is that yield."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LIMITS_AND_STREAKS))
def test_limits_and_weekly_streaks(sentence: str, published: str, expected: list[str]) -> None:
    """'by the 7% daily limit' sizes the move; 'rose for a third week' is the week's move."""
    assert extract(sentence, published) == expected


MOVE_RELATIVES: list[Row] = [
    ("Copper rose 1.5% to $9,800 a tonne, extending a rally that has added about 12% this year.",
     "2024-04-16",
     ["COPPER session_change up 1.5 percent 2024-04-16 level=9800",
      "COPPER period_change up 12 percent about 2024-04-16 since=2024-01-01"]),
    ("Silver scaled $32 an ounce, a 12-year high.", "2024-05-20",
     ["SILVER intraday_extreme up 2024-05-20 level=32",
      "SILVER record up 2024-05-20 level=32 since=2012-05-20"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MOVE_RELATIVES))
def test_move_relatives(sentence: str, published: str, expected: list[str]) -> None:
    """'a rally that has added 12% this year' is the subject's move; 'scaled' reaches a level."""
    assert extract(sentence, published) == expected


UNLISTED_GOODS: list[Row] = [
    ("Copper rose 1.1%, while zinc prices fell 0.4%.", "2024-05-02",
     ["COPPER session_change up 1.1 percent 2024-05-02"]),
    ("Wheat futures slipped 0.8% and lumber futures lost 2%.", "2024-05-02",
     ["WHEAT session_change down 0.8 percent 2024-05-02"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNLISTED_GOODS))
def test_unlisted_goods(sentence: str, published: str, expected: list[str]) -> None:
    """'zinc prices' and 'lumber futures' name goods the registry lacks: no anaphor."""
    assert extract(sentence, published) == expected


HEDGED_YIELD_LEVELS: list[Row] = [
    ("The two-year yield, which had hit 4.9% early on, its highest since 2007, eased "
     "back to about 4.81% by the close.", "2023-07-06",
     ["US2Y intraday_extreme up 2023-07-06 level=4.9",
      "US2Y record up 2023-07-06 level=4.9 since=2007-01-01",
      "US2Y level down 2023-07-06 level=4.81"]),
    ("The FTSE 100 pared its losses to about 0.5%.", "2023-07-06",
     ["FTSE100 intraday_change down 0.5 percent about 2023-07-06"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HEDGED_YIELD_LEVELS))
def test_hedged_yield_levels(sentence: str, published: str, expected: list[str]) -> None:
    """A yield 'back to about 4.81%' is a level (an index's 'to about 0.5%' stays a size)."""
    assert extract(sentence, published) == expected


SPELLED_TENORS: list[Row] = [
    ("The five-year yield rose 6 basis points to 4.31%.", "2024-04-10",
     ["US5Y session_change up 6 bp 2024-04-10 level=4.31"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SPELLED_TENORS))
def test_spelled_tenors(sentence: str, published: str, expected: list[str]) -> None:
    """A tenor spelled out ('five-year') names the same yield as its digits ('5-year')."""
    assert extract(sentence, published) == expected
