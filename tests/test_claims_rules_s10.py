"""Claim parser rules from session 10 (lead): a record set at a level is that day's extreme
whatever clause holds it, and an unsized move stays beside a participle that pares an earlier
day's move. Spec by example in the format of tests/test_claims_examples.py (our own wire-style
sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

RECORDS_SET: list[Row] = [
    ("Palladium, up 22% since January, set an all-time high of $3,440.76 an ounce on Friday.",
     "2022-03-07",
     ["PALLADIUM period_change up 22 percent 2022-03-07 since=2022-01-01",
      "PALLADIUM intraday_extreme up 2022-03-04 level=3440.76",
      "PALLADIUM record up 2022-03-04 level=3440.76"]),
    ("Bitcoin, up 60% this year, notched a fresh record of $73,750 on Thursday.", "2024-03-15",
     ["BTC period_change up 60 percent 2024-03-15 since=2024-01-01",
      "BTC intraday_extreme up 2024-03-14 level=73750",
      "BTC record up 2024-03-14 level=73750"]),
    ("The Nikkei, up 18% this year, set a record close of 40,109.23 on Monday.", "2024-03-05",
     ["NIKKEI225 period_change up 18 percent 2024-03-05 since=2024-01-01",
      "NIKKEI225 level none 2024-03-04 level=40109.2",
      "NIKKEI225 record up 2024-03-04 level=40109.2"]),
    ("The S&P 500 notched a record closing high of 5,631.22 on Monday.", "2024-07-16",
     ["SPX level none 2024-07-15 level=5631.22",
      "SPX record up 2024-07-15 level=5631.22"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORDS_SET))
def test_a_record_set_at_a_level(sentence: str, published: str, expected: list[str]) -> None:
    """ "set"/"notched" a record at a level after an apposed state is the day's extreme as well
    as the record, as "hit" and "touched" are; a record close set at a level is that level."""
    assert extract(sentence, published) == expected


PARED_EARLIER: list[Row] = [
    ("Soybeans fell on Wednesday, paring Monday's 15-cent rally.", "2024-10-23",
     ["SOYBEANS session_change down 2024-10-23",
      "SOYBEANS session_change up 15 points 2024-10-21"]),
    ("Wheat slipped, erasing part of Tuesday's 2% gain.", "2024-10-23",
     ["WHEAT session_change down 2024-10-23",
      "WHEAT session_change up 2 percent 2024-10-22"]),
    ("The rand recovered most of Monday's 1.8% slide.", "2024-10-23",
     ["USDZAR session_change down 1.8 percent 2024-10-21 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARED_EARLIER))
def test_an_unsized_move_beside_a_paring_participle(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "fell, paring Monday's rally": the unsized move is the day's own; only a verb that
    itself undoes the move ("recovered most of") is folded into it."""
    assert extract(sentence, published) == expected


NOT_SEEN_SINCE: list[Row] = [
    ("The yen weakened to 151.90 per dollar on Wednesday, lows not seen since July.", "2024-10-23",
     ["USDJPY level down 2024-10-23 inverse level=151.9",
      "USDJPY record down 2024-10-23 inverse level=151.9 since=2024-07-01"]),
    ("Brent fell to $65 a barrel, prices last seen in 2021.", "2024-09-10",
     ["BRENT level down 2024-09-10 level=65",
      "BRENT record down 2024-09-10 level=65 since=2021-01-01"]),
    ("The Kospi slumped 3% to 2,400, a level not seen in 14 months.", "2024-10-23",
     ["KOSPI session_change down 3 percent 2024-10-23 level=2400",
      "KOSPI record down 2024-10-23 level=2400 since=2023-08-23"]),
    ("The Swiss franc firmed to 0.8400 per dollar, a level it last touched in January.",
     "2024-08-05",
     ["USDCHF level up 2024-08-05 inverse level=0.84",
      "USDCHF record up 2024-08-05 inverse level=0.84 since=2024-01-01"]),
    ("The rand fell to 19.20 per dollar on Monday, and it had not been that weak since March.",
     "2024-06-03",
     ["USDZAR level down 2024-06-03 inverse level=19.2",
      "USDZAR record down 2024-06-03 inverse level=19.2 since=2024-03-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NOT_SEEN_SINCE))
def test_levels_not_seen_since(sentence: str, published: str, expected: list[str]) -> None:
    """ "lows not seen since July", "prices last seen in 2021", "not seen in 14 months", "a
    level it last touched in January" and "it had not been that weak since March" are records
    since then, on the level just reached."""
    assert extract(sentence, published) == expected


RECORDS_IN_TURN: list[Row] = [
    ("The Nikkei and the Topix gained 1.1% and 0.8% to records of 41,087.75 and 2,929.17, "
     "respectively.", "2024-07-11",
     ["NIKKEI225 session_change up 1.1 percent 2024-07-11 level=41087.8",
      "TOPIX session_change up 0.8 percent 2024-07-11 level=2929.17",
      "NIKKEI225 record up 2024-07-11 level=41087.8",
      "TOPIX record up 2024-07-11 level=2929.17"]),
    ("The yen fell to 151.90 per dollar and the won to 1,400, lows not seen since 1990 and 2022 "
     "respectively.", "2024-10-23",
     ["USDJPY level down 2024-10-23 inverse level=151.9",
      "USDKRW level down 2024-10-23 inverse level=1400",
      "USDJPY record down 2024-10-23 inverse level=151.9 since=1990-01-01",
      "USDKRW record down 2024-10-23 inverse level=1400 since=2022-01-01"]),
    ("The euro and sterling fell to $0.9550 and $1.0350, respectively, their lowest since 2002 "
     "and 1985.", "2022-09-26",
     ["EURUSD level down 2022-09-26 level=0.955",
      "GBPUSD level down 2022-09-26 level=1.035",
      "EURUSD record down 2022-09-26 level=0.955 since=2002-01-01",
      "GBPUSD record down 2022-09-26 level=1.035 since=1985-01-01"]),
    ("Gold and silver hit record highs of $2,790 and $34.80 on Wednesday.", "2024-10-31",
     ["GOLD intraday_extreme up 2024-10-30 level=2790",
      "GOLD record up 2024-10-30 level=2790",
      "SILVER intraday_extreme up 2024-10-30 level=34.8",
      "SILVER record up 2024-10-30 level=34.8"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORDS_IN_TURN))
def test_records_listed_in_turn(sentence: str, published: str, expected: list[str]) -> None:
    """ "to records of X and Y, respectively", "lows not seen since 1990 and 2022", "their lowest
    since 2002 and 1985" and "hit record highs of $X and $Y" give the n-th record (its level or
    look-back) to the n-th market."""
    assert extract(sentence, published) == expected


YEARS_TOLD: list[Row] = [
    ("Gold tacked on 0.9% in the final session of 2021 but still posted a 3.6% yearly drop.",
     "2021-12-31",
     ["GOLD session_change up 0.9 percent 2021-12-31",
      "GOLD period_change down 3.6 percent 2021-12-31 since=2021-01-01"]),
    ("Copper edged up 0.2% in the year's last session but still chalked up a yearly loss of 14%.",
     "2022-12-30",
     ["COPPER session_change up 0.2 percent 2022-12-30",
      "COPPER period_change down 14 percent 2022-12-30 since=2022-01-01"]),
    ("The yen posted its biggest annual fall since 1979, a drop of 11%.", "2022-12-30",
     ["USDJPY period_change down 11 percent 2022-12-30 inverse since=2022-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(YEARS_TOLD))
def test_years_told(sentence: str, published: str, expected: list[str]) -> None:
    """ "yearly" is "annual"; "in the final session of 2021" leaves the subject to the next
    verb; "its biggest annual fall since 1979, a drop of 11%" is the year's move."""
    assert extract(sentence, published) == expected


SINCE_AN_EVENT_IN: list[Row] = [
    ("The 10-year yield has climbed 130 basis points since the Fed's first hike in March.",
     "2022-06-14",
     ["US10Y period_change up 130 bp 2022-06-14 since=2022-03-01"]),
    ("Since the Fed began raising rates in March, the dollar index has gained 7%.", "2022-06-14",
     ["DXY period_change up 7 percent 2022-06-14 since=2022-03-01"]),
    ("Gold has rallied 40% since the pandemic hit markets in March 2020.", "2020-08-06",
     ["GOLD period_change up 40 percent 2020-08-06 since=2020-03-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SINCE_AN_EVENT_IN))
def test_since_an_event_in_a_month(sentence: str, published: str, expected: list[str]) -> None:
    """A since-clause that names only the month of its event ("since the Fed's first hike in
    March", fronted or not) starts the window on that month's first day, in the year given."""
    assert extract(sentence, published) == expected


UNDONE_BY_THE_MAIN_MOVE: list[Row] = [
    ("The Nasdaq turned negative in afternoon trade after rising in the morning.", "2024-05-17",
     ["NASDAQ intraday_change down 2024-05-17",
      "NASDAQ intraday_extreme up 2024-05-17"]),
    ("Copper fell 1.1% after climbing 2% in early trade.", "2024-05-21",
     ["COPPER session_change down 1.1 percent 2024-05-21",
      "COPPER intraday_extreme up 2 percent 2024-05-21"]),
    ("Gold fell 1% on Friday after rising 2% on Thursday.", "2024-05-17",
     ["GOLD session_change down 1 percent 2024-05-17",
      "GOLD session_change up 2 percent 2024-05-16"]),
    ("Gold rose 0.5% on Friday, capping its best week since March, a gain of nearly 4%.",
     "2024-05-17",
     ["GOLD session_change up 0.5 percent 2024-05-17",
      "GOLD period_change up 4 percent almost 2024-05-17 since=2024-05-13"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNDONE_BY_THE_MAIN_MOVE))
def test_moves_undone_by_the_main_move(sentence: str, published: str, expected: list[str]) -> None:
    """ "turned negative after rising in the morning": the "after" move the main move of the
    other way undid that day was the day's extreme (not so across days); "capping its best
    week since March, a gain of nearly 4%" is the week's move only, not the day's as well."""
    assert extract(sentence, published) == expected
