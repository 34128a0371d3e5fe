"""Claim parser rules for names cut short or set apart (an owner standing for a yield or a
currency named just before, a country deciding which "crown" or "pound", a relative clause
between a subject and its "to close") and for clause bounds a colon sets, spec by example in
the format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

ELIDED_OWNER: list[Row] = [
    ("Germany's 10-year yield rose 6 basis points to 2.5%, while Italy's jumped 14 basis points"
     " to 3.9%.", "2024-05-02",
     ["DE10Y session_change up 6 bp 2024-05-02 level=2.5",
      "IT10Y session_change up 14 bp 2024-05-02 level=3.9"]),
    ("The two-year note's yield fell 12 basis points to 4.6%, and the five-year's slipped 9"
     " basis points.", "2024-05-03",
     ["US2Y session_change down 12 bp 2024-05-03 level=4.6",
      "US5Y session_change down 9 bp 2024-05-03"]),
    ("Norway's crown weakened 0.8% against the dollar and Sweden's 0.6%.", "2023-10-04",
     ["USDNOK session_change down 0.8 percent 2023-10-04 inverse",
      "USDSEK session_change down 0.6 percent 2023-10-04 inverse"]),
    ("Mexico's peso fell 1.2%, while Chile's lost 0.7%.", "2024-06-20",
     ["USDMXN session_change down 1.2 percent 2024-06-20 inverse",
      "USDCLP session_change down 0.7 percent 2024-06-20 inverse"]),
    ("Germany's DAX rose 1%, while France's CAC 40 added 0.5%.", "2024-06-20",
     ["DAX session_change up 1 percent 2024-06-20", "CAC40 session_change up 0.5 percent 2024-06-20"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ELIDED_OWNER))
def test_an_owner_alone_names_the_same_kind(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "..., while Italy's jumped 14 basis points": the yield or currency just named, with the
    new owner's country or tenor."""
    assert extract(sentence, published) == expected


PLACED_CURRENCY: list[Row] = [
    ("Sweden's Riksbank cut its policy rate, and the crown fell 1% against the dollar.",
     "2024-05-08", ["USDSEK session_change down 1 percent 2024-05-08 inverse"]),
    ("The crown fell 1%.", "2024-05-08", []),
    ("Egypt let its currency float, and the pound plunged past 49 per dollar.", "2024-03-06", []),
    ("The pound fell 0.5% to $1.2650 as Britain's inflation cooled.", "2024-06-20",
     ["GBPUSD session_change down 0.5 percent 2024-06-20 level=1.265"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PLACED_CURRENCY))
def test_the_place_decides_which_crown_or_pound(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A bare "the crown" is the crown of the country the sentence names (none without one);
    "the pound" after Egypt is the Egyptian pound, which the registry lacks."""
    assert extract(sentence, published) == expected


PAST_RELATIVE: list[Row] = [
    ("Brazil's Bovespa, which had been down 1.8% at midday, recovered to close 0.3% higher at"
     " 128,100.", "2024-05-21",
     ["BOVESPA intraday_extreme down 1.8 percent 2024-05-21",
      "BOVESPA session_change up 0.3 percent 2024-05-21 level=128100"]),
    ("The rand, which slid as much as 1% early on, clawed back the loss to end 0.2% firmer.",
     "2024-05-21",
     ["USDZAR intraday_extreme down 1 percent as_much_as 2024-05-21 inverse",
      "USDZAR session_change up 0.2 percent 2024-05-21 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PAST_RELATIVE))
def test_a_relative_clause_between_subject_and_close(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "The Bovespa, which had been down 1.8%, recovered to close 0.3% higher": the subject
    before the relative clause owns the main clause's close."""
    assert extract(sentence, published) == expected


CLAUSE_BOUNDS: list[Row] = [
    ("European yields jumped after the ECB chief declined to rule out a hike this year:"
     " Germany's 10-year added 9 basis points to 0.11%.", "2022-02-03",
     ["DE10Y session_change up 9 bp 2022-02-03 level=0.11"]),
    ("Stocks slid on Monday; the Nikkei lost 2%.", "2024-03-06",
     ["NIKKEI225 session_change down 2 percent 2024-03-04"]),
    ("The won closed at 1,380.5 per dollar, down 0.6% from Friday and its weakest finish since"
     " November 2022.", "2024-04-15",
     ["USDKRW session_change down 0.6 percent 2024-04-15 inverse level=1380.5",
      "USDKRW record down 2024-04-15 inverse level=1380.5 since=2022-11-01"]),
    ("The Kospi lost 2.1% to 2,450, a level last seen in January.", "2024-04-15",
     ["KOSPI session_change down 2.1 percent 2024-04-15 level=2450",
      "KOSPI record down 2024-04-15 level=2450 since=2024-01-01"]),
    ("The Kospi lost 2.1% to 2,450, a level not seen since early March.", "2024-04-15",
     ["KOSPI session_change down 2.1 percent 2024-04-15 level=2450",
      "KOSPI record down 2024-04-15 level=2450 since=2024-03-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLAUSE_BOUNDS))
def test_clause_bounds_and_tails(sentence: str, published: str, expected: list[str]) -> None:
    """Time words ending a clause before a colon date only that clause; "from Friday" (the
    base of a move) does not end the tail; "a level last seen in January" is a record."""
    assert extract(sentence, published) == expected


RECORDS_SAID_ONCE: list[Row] = [
    ("The Nikkei added 0.7% to 40,003.60, its first close above 40,000.", "2024-03-04",
     ["NIKKEI225 session_change up 0.7 percent 2024-03-04 level=40003.6",
      "NIKKEI225 record up 2024-03-04 level=40000"]),
    ("The Dow gained 0.3% to a record close of 40,003.59 on Friday, its first finish above"
     " 40,000.", "2024-05-17",
     ["DJIA session_change up 0.3 percent 2024-05-17 level=40003.6",
      "DJIA record up 2024-05-17 level=40003.6"]),
    ("Brent fell 2% to $60.70 and WTI lost 3.9% to $57.25, the lowest for both since February"
     " 2021.", "2025-04-09",
     ["BRENT session_change down 2 percent 2025-04-09 level=60.7",
      "WTI session_change down 3.9 percent 2025-04-09 level=57.25",
      "WTI record down 2025-04-09 level=57.25 since=2021-02-01",
      "BRENT record down 2025-04-09 level=60.7 since=2021-02-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORDS_SAID_ONCE))
def test_records_said_once(sentence: str, published: str, expected: list[str]) -> None:
    """ "its first close above 40,000" with no look-back is a record (one, beside a stated
    record close); "the lowest for both since 2021" is a record for each market named."""
    assert extract(sentence, published) == expected


APPOSED_STATE: list[Row] = [
    ("Gold, up 12% this year, fell 0.5% on Wednesday.", "2025-04-09",
     ["GOLD period_change up 12 percent 2025-04-09 since=2025-01-01",
      "GOLD session_change down 0.5 percent 2025-04-09"]),
    ("The Nasdaq, up 2% at one point, closed 1% lower.", "2025-04-09",
     ["NASDAQ intraday_extreme up 2 percent 2025-04-09",
      "NASDAQ session_change down 1 percent 2025-04-09"]),
    ("The Kospi, down about 2% just before, rebounded to end 1.1% higher.", "2025-04-09",
     ["KOSPI intraday_extreme down 2 percent about 2025-04-09",
      "KOSPI session_change up 1.1 percent 2025-04-09"]),
    ("The People's Bank of China set the yuan's midpoint at 7.1090, but the spot rate still"
     " firmed 0.2% to 7.2950 per dollar by lunchtime.", "2023-08-17",
     ["USDCNY intraday_change up 0.2 percent 2023-08-17 inverse level=7.295"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(APPOSED_STATE))
def test_a_state_set_off_between_subject_and_verb(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Gold, up 12% this year, fell 0.5%": the state set off by commas is a claim of its own
    (the day's extreme when the close turns the other way); "the spot rate" is the currency."""
    assert extract(sentence, published) == expected


NATIONAL_CURRENCY: list[Row] = [
    ("The Norwegian currency weakened 0.5% to 10.70 per dollar.", "2024-06-14",
     ["USDNOK session_change down 0.5 percent 2024-06-14 inverse level=10.7"]),
    ("The Australian currency fell 0.4% to $0.6610.", "2024-06-14",
     ["AUDUSD session_change down 0.4 percent 2024-06-14 level=0.661"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NATIONAL_CURRENCY))
def test_the_national_currency(sentence: str, published: str, expected: list[str]) -> None:
    """ "the Norwegian currency": every registry currency answers to its country's adjective."""
    assert extract(sentence, published) == expected
