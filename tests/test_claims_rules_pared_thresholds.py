"""Claim parser rules for moves pared or erased before a later state and thresholds crossed, spec
by example in the format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

PARED_NOUN: list[Row] = [
    ("Copper erased early gains of as much as 1.8% to trade 0.3% lower at $9,410 a tonne.",
     "2024-03-21",
     ["COPPER intraday_extreme up 1.8 percent as_much_as 2024-03-21",
      "COPPER intraday_change down 0.3 percent 2024-03-21 level=9410"]),
    ("The two-year Treasury yield pared an earlier rise of 9 basis points to stand 4 basis "
     "points higher at 4.61%.", "2024-03-21",
     ["US2Y intraday_extreme up 9 bp 2024-03-21",
      "US2Y intraday_change up 4 bp 2024-03-21 level=4.61"]),
    ("The Nasdaq closed 0.6% higher on Tuesday, though it pared an initial jump of more "
     "than 2%.", "2024-03-19",
     ["NASDAQ session_change up 0.6 percent 2024-03-19",
      "NASDAQ intraday_extreme up 2 percent more_than 2024-03-19"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARED_NOUN))
def test_pared_move_noun_is_extreme(sentence: str, published: str, expected: list[str]) -> None:
    """ "pared an earlier rise of 4%", "erased early gains of 2%": the noun's move is the extreme."""
    assert extract(sentence, published) == expected


PHRASAL_AND_HYPHENED: list[Row] = [
    ("Gold tacked on $21.40, or 1.1%, to $1,962 an ounce on Tuesday.", "2023-10-11",
     ["GOLD session_change up 1.1 percent 2023-10-10 level=1962"]),
    ("The euro put on 0.6% against the dollar.", "2024-03-21",
     ["EURUSD session_change up 0.6 percent 2024-03-21"]),
    ("The German two-year yield rose 9 basis points on Tuesday, reversing Monday's "
     "14-basis-point slide.", "2024-03-21",
     ["DE2Y session_change up 9 bp 2024-03-19",
      "DE2Y session_change down 14 bp 2024-03-18"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PHRASAL_AND_HYPHENED))
def test_phrasal_gain_and_hyphened_bp(sentence: str, published: str, expected: list[str]) -> None:
    """ "tacked on $3.59", "put on 0.6%" are gains; "a 14-basis-point slide" is sized in bp."""
    assert extract(sentence, published) == expected


RUNNING_TOTAL_CUT: list[Row] = [
    ("Platinum trimmed its weekly gain to 3.1% after a 0.9% slide on Friday.", "2024-07-12",
     ["PLATINUM period_change up 3.1 percent 2024-07-12 since=2024-07-08",
      "PLATINUM session_change down 0.9 percent 2024-07-12"]),
    ("The Nasdaq rose 1% on Friday, paring its loss for the month to 2.4%.", "2024-07-12",
     ["NASDAQ session_change up 1 percent 2024-07-12",
      "NASDAQ period_change down 2.4 percent 2024-07-12 since=2024-07-01"]),
    ("Bitcoin pared its losses to 0.5% on Friday.", "2024-07-12",
     ["BTC intraday_change down 0.5 percent 2024-07-12"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RUNNING_TOTAL_CUT))
def test_cut_running_total(sentence: str, published: str, expected: list[str]) -> None:
    """ "trimmed its weekly gain to 4.2%": the window's total keeps the noun's way."""
    assert extract(sentence, published) == expected


THRESHOLD_SIDE: list[Row] = [
    ("Copper settled below $8,000 a tonne for the first time since March.", "2024-09-10",
     ["COPPER level none 2024-09-10 level=8000",
      "COPPER record down 2024-09-10 level=8000 since=2024-03-01"]),
    ("Gold was 1.2% lower at $2,480 an ounce at the settlement.", "2024-09-10",
     ["GOLD session_change down 1.2 percent 2024-09-10 level=2480"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(THRESHOLD_SIDE))
def test_threshold_side_and_settlement(sentence: str, published: str, expected: list[str]) -> None:
    """A record set below a threshold is a low; "at the settlement" closes the state."""
    assert extract(sentence, published) == expected


FROM_A_YEAR_AGO: list[Row] = [
    ("Brent was at $80 a barrel, down 10% from a year earlier.", "2023-08-01",
     ["BRENT level none 2023-08-01 level=80",
      "BRENT period_change down 10 percent 2023-08-01 since=2022-08-01"]),
    ("Henry Hub gas is up 35% from its level three months ago.", "2023-08-01",
     ["NATGAS_US period_change up 35 percent 2023-08-01 since=2023-05-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FROM_A_YEAR_AGO))
def test_change_from_a_year_ago(sentence: str, published: str, expected: list[str]) -> None:
    """ "down 10% from a year earlier": a change over the window back to that date."""
    assert extract(sentence, published) == expected


LEVEL_IDIOMS: list[Row] = [
    ("Dutch gas hovered around 34 euros a megawatt-hour on Tuesday.", "2023-08-02",
     ["TTF level none 2023-08-01 level=34"]),
    ("The Australian dollar fell as far as $0.6420 on Tuesday.", "2023-08-02",
     ["AUDUSD intraday_extreme down 2023-08-01 level=0.642"]),
    ("Corn slid 3% on Friday, leaving them down 9% for the week.", "2024-07-12",
     ["CORN session_change down 3 percent 2024-07-12",
      "CORN period_change down 9 percent 2024-07-12 since=2024-07-08"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEVEL_IDIOMS))
def test_level_idioms(sentence: str, published: str, expected: list[str]) -> None:
    """ "around 34 euros a megawatt-hour" is a price; "as far as" an extreme; "them" an anaphor."""
    assert extract(sentence, published) == expected


SINCE_A_DAY: list[Row] = [
    ("Brent has gained about 6% since Oct. 9 and was steady at $88 a barrel on Friday.",
     "2023-10-27",
     ["BRENT period_change up 6 percent about 2023-10-27 since=2023-10-09",
      "BRENT intraday_change flat 2023-10-27 level=88"]),
    ("The dollar index has risen 3% since the Nov. 5 election.", "2024-11-20",
     ["DXY period_change up 3 percent 2024-11-20 since=2024-11-05"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SINCE_A_DAY))
def test_since_a_named_day(sentence: str, published: str, expected: list[str]) -> None:
    """ "since Oct. 9", "since the Nov. 5 election": the window opens on that day."""
    assert extract(sentence, published) == expected


BREACHED_RECORD: list[Row] = [
    ("The yen slid to 161.9 per dollar on Monday, breaching Friday's record of 161.7.",
     "2024-07-01",
     ["USDJPY level down 2024-07-01 inverse level=161.9",
      "USDJPY record down 2024-06-28 inverse level=161.7"]),
    ("Bitcoin rose to $73,800 on Thursday, topping Tuesday's record of $72,900.",
     "2024-03-14",
     ["BTC level up 2024-03-14 level=73800",
      "BTC record up 2024-03-12 level=72900"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BREACHED_RECORD))
def test_breached_earlier_record(sentence: str, published: str, expected: list[str]) -> None:
    """ "breaching Friday's record of 161.7": that record, on the side the move went."""
    assert extract(sentence, published) == expected


CAUSED_FRACTION: list[Row] = [
    ("Palladium rose 2% on Tuesday, extending a rally that has lifted prices by half since "
     "March.", "2024-07-09",
     ["PALLADIUM session_change up 2 percent 2024-07-09",
      "PALLADIUM period_change up 50 percent 2024-07-09 since=2024-03-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSED_FRACTION))
def test_caused_fraction(sentence: str, published: str, expected: list[str]) -> None:
    """ "a rally that has lifted prices by a third": a fraction sizes the caused move."""
    assert extract(sentence, published) == expected


BREAKING_THRESHOLD: list[Row] = [
    ("Bitcoin rose 2% to $72,400 on Thursday, a day after breaking above $70,000 for the "
     "first time.", "2024-03-14",
     ["BTC session_change up 2 percent 2024-03-14 level=72400",
      "BTC level up 2024-03-13 level=70000",
      "BTC record up 2024-03-13 level=70000"]),
    ("The lira slumped as much as 6% against the dollar on Friday, breaching 20 per dollar "
     "for the first time.", "2023-06-09",
     ["USDTRY intraday_extreme down 6 percent as_much_as 2023-06-09 inverse level=20",
      "USDTRY record down 2023-06-09 inverse level=20"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BREAKING_THRESHOLD))
def test_breaking_a_threshold(sentence: str, published: str, expected: list[str]) -> None:
    """ "breaking above $2,000" crosses a level; on a sized move with no level it is its level."""
    assert extract(sentence, published) == expected
