"""Claim parser rules found by the metamorphic probe (the same claim worded another way), spec
by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

ABBREVIATED_DAYS: list[Row] = [
    ("The Kospi fell 1.8% on Tues. as chipmakers slid.", "2024-09-05",
     ["KOSPI session_change down 1.8 percent 2024-09-03"]),
    ("Copper climbed 2.3% to $9,870 a tonne Thurs. after weak U.S. data.", "2024-09-09",
     ["COPPER session_change up 2.3 percent 2024-09-05 level=9870"]),
    ("The franc strengthened 0.6% on Mon. The dollar slipped.", "2024-09-04",
     ["USDCHF session_change up 0.6 percent 2024-09-02 inverse",
      "DXY session_change down 2024-09-04"]),
]  # fmt: skip

EPITHET_NAMES: list[Row] = [
    ("The yellow metal slid 1.1% to $2,497 an ounce on Wednesday.", "2024-09-04",
     ["GOLD session_change down 1.1 percent 2024-09-04 level=2497"]),
    ("The red metal gained 0.9% on the London Metal Exchange.", "2024-09-04",
     ["COPPER session_change up 0.9 percent 2024-09-04"]),
]  # fmt: skip

PERCENT_SPELLINGS: list[Row] = [
    ("The yield on 10-year gilts rose to 4.12 per cent, its highest since July.", "2024-09-04",
     ["UK10Y level up 2024-09-04 level=4.12", "UK10Y record up 2024-09-04 level=4.12 since=2024-07-01"]),
    ("The Hang Seng slid 1.4 pct, taking its loss this month to more than 6 pct.", "2024-09-04",
     ["HSI session_change down 1.4 percent 2024-09-04",
      "HSI period_change down 6 percent more_than 2024-09-04 since=2024-09-01"]),
    ("Bund and gilt yields rose 7 and 9 bp, respectively.", "2024-09-04",
     ["DE10Y session_change up 7 bp 2024-09-04", "UK10Y session_change up 9 bp 2024-09-04"]),
]  # fmt: skip

CAUSED_HEDGES: list[Row] = [
    ("The strike threat lifted Brent roughly 2.2% to $79.10 a barrel.", "2024-09-04",
     ["BRENT session_change up 2.2 percent about 2024-09-04 level=79.1"]),
    ("The rate cut sent the lira at least 3% lower.", "2024-09-04",
     ["USDTRY session_change down 3 percent at_least 2024-09-04 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ABBREVIATED_DAYS))
def test_abbreviated_weekdays(sentence: str, published: str, expected: list[str]) -> None:
    """'on Tues.', 'Thurs.' are the weekdays they abbreviate; the stop ends no sentence before a
    lower-case word, but does before a capital."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EPITHET_NAMES))
def test_epithet_names(sentence: str, published: str, expected: list[str]) -> None:
    """'The yellow metal' is gold and 'the red metal' copper, with or without an earlier
    mention."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PERCENT_SPELLINGS))
def test_percent_spellings(sentence: str, published: str, expected: list[str]) -> None:
    """'per cent' and 'pct' are '%' in levels and sizes; 'bp' closes a paired size list."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSED_HEDGES))
def test_caused_move_hedges(sentence: str, published: str, expected: list[str]) -> None:
    """Any hedge may qualify the size of a caused move ('lifted Brent roughly 2.2%')."""
    assert extract(sentence, published) == expected


PARTICLE_LEVELS: list[Row] = [
    ("The 10-year Treasury yield edged up to 4.31% on Thursday.", "2024-09-27",
     ["US10Y level up 2024-09-26 level=4.31"]),
    ("Gold inched up to a record $2,531.60 an ounce.", "2024-08-20",
     ["GOLD level up 2024-08-20 level=2531.6", "GOLD record up 2024-08-20 level=2531.6"]),
    ("Gold rose up to 2% in early trade.", "2024-08-20",
     ["GOLD intraday_extreme up 2 percent as_much_as 2024-08-20"]),
]  # fmt: skip

SETTLED_FLAT: list[Row] = [
    ("Soybeans settled flat on Friday, while corn slipped 0.4%.", "2024-09-20",
     ["SOYBEANS session_change flat 2024-09-20", "CORN session_change down 0.4 percent 2024-09-20"]),
]  # fmt: skip

DAY_FIRST_DATELINES: list[Row] = [
    ("LONDON, 5 August (AFP) - Britain's FTSE 100 fell 2% as the global rout deepened.",
     "2024-08-06", ["FTSE100 session_change down 2 percent 2024-08-05"]),
]  # fmt: skip

FRACTION_SIZES: list[Row] = [
    ("The Hang Seng rose 1.1% on Monday, capping a 17-1/2% surge in September.", "2024-09-30",
     ["HSI session_change up 1.1 percent 2024-09-30",
      "HSI period_change up 17.5 percent 2024-09-30 since=2024-09-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARTICLE_LEVELS))
def test_particle_up_to_is_a_level(sentence: str, published: str, expected: list[str]) -> None:
    """After 'edged', 'inched', 'ticked' or 'crept', 'up to' is the particle and a level; after a
    verb with its own way it stays the hedge 'as much as'."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SETTLED_FLAT))
def test_settled_flat_is_the_close(sentence: str, published: str, expected: list[str]) -> None:
    """'settled flat' is the close (a future's settlement), as 'ended flat' is."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAY_FIRST_DATELINES))
def test_day_first_datelines(sentence: str, published: str, expected: list[str]) -> None:
    """A dateline may put the day first ('LONDON, 5 August (AFP) -'); its date is the reference."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRACTION_SIZES))
def test_fraction_sizes_in_move_nouns(sentence: str, published: str, expected: list[str]) -> None:
    """'a 17-1/2% surge' is a 17.5% move, in move nouns as in verb tails."""
    assert extract(sentence, published) == expected


DAY_FIRST_WINDOWS: list[Row] = [
    ("Gold has gained 4% since 22 April as central banks kept buying.", "2024-08-09",
     ["GOLD period_change up 4 percent 2024-08-09 since=2024-04-22"]),
    ("The FTSE 100 has risen 5% since its 12 October low.", "2022-12-21",
     ["FTSE100 period_change up 5 percent 2022-12-21 since=2022-10-12"]),
    ("Dutch gas has fallen 70% since its 26 August record close.", "2022-12-21",
     ["TTF period_change down 70 percent 2022-12-21 since=2022-08-26",
      "TTF record up 2022-08-26"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAY_FIRST_WINDOWS))
def test_day_first_dates_open_windows(sentence: str, published: str, expected: list[str]) -> None:
    """'since 22 April', 'since its 26 August record close': a day-first date opens the window."""
    assert extract(sentence, published) == expected
