"""Claim parser rules for the names wire copy gives registry instruments (a country's
possessive, a place's main index, nicknames), spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

POSSESSIVE_CURRENCIES: list[Row] = [
    ("Norway's crown slipped 0.8% against the dollar on Tuesday.", "2024-04-16",
     ["USDNOK session_change down 0.8 percent 2024-04-16 inverse"]),
    ("Sweden's krona and Norway's crown each gained about 0.5% against the euro.", "2024-04-16",
     []),  # the registry quotes neither against the euro
    ("The dollar rose 1% against Sweden's crown, while Poland's zloty firmed 0.2%.",
     "2024-04-16",
     ["USDSEK session_change up 1 percent 2024-04-16",
      "USDPLN session_change up 0.2 percent 2024-04-16 inverse"]),
    ("Canada's dollar rose 0.3% to 1.3520 per U.S. dollar.", "2024-04-16",
     ["USDCAD session_change up 0.3 percent 2024-04-16 inverse level=1.352"]),
    ("Denmark's crown fell 0.4% against the dollar.", "2024-04-16", []),
]  # fmt: skip

PLACE_MAIN_INDEXES: list[Row] = [
    ("Taiwan's main share index closed down 2.1% on Friday.", "2024-07-26",
     ["TAIEX session_change down 2.1 percent 2024-07-26"]),
    ("Britain's leading share index ended 0.4% higher at 8,285.71.", "2024-07-26",
     ["FTSE100 session_change up 0.4 percent 2024-07-26 level=8285.71"]),
    ("Japan's key stock index slid 3.3%, and Canada's main stock gauge lost 0.7%.", "2024-07-26",
     ["NIKKEI225 session_change down 3.3 percent 2024-07-26",
      "TSX session_change down 0.7 percent 2024-07-26"]),
    ("Germany's blue-chip index gave up 1.1%, while France's blue-chip index shed 0.9%.",
     "2024-07-26",
     ["DAX session_change down 1.1 percent 2024-07-26",
      "CAC40 session_change down 0.9 percent 2024-07-26"]),
    ("China's blue-chip index edged up 0.2% to 3,390.1.", "2024-07-26",
     ["CSI300 session_change up 0.2 percent 2024-07-26 level=3390.1"]),
    ("The Swiss stock benchmark lost 1.3%, and the German share benchmark shed 0.8%.",
     "2024-07-26",
     ["SMI session_change down 1.3 percent 2024-07-26",
      "DAX session_change down 0.8 percent 2024-07-26"]),
]  # fmt: skip

NICKNAMES: list[Row] = [
    ("The safe-haven metal climbed 1.2% to $2,412 an ounce.", "2024-05-20",
     ["GOLD session_change up 1.2 percent 2024-05-20 level=2412"]),
    ("Silver jumped 3%, and the safe-haven metal added 0.8% on the week.", "2024-05-17",
     ["SILVER session_change up 3 percent 2024-05-17",
      "GOLD period_change up 0.8 percent 2024-05-17 since=2024-05-13"]),
]  # fmt: skip

SLIGHT_STATES: list[Row] = [
    ("The euro was a touch firmer at $1.0850.", "2024-04-16",
     ["EURUSD intraday_change up 2024-04-16 level=1.085"]),
    ("The Australian dollar was a tad weaker at $0.6410 in Asian trade.", "2024-04-16",
     ["AUDUSD intraday_change down 2024-04-16 level=0.641"]),
    ("Oil ended a shade lower on Monday.", "2024-04-16",
     ["BRENT session_change down 2024-04-15"]),
]  # fmt: skip


YUAN_COUNTERPARTS: list[Row] = [
    ("The onshore yuan eased 0.1% to 7.2450 per dollar, while its offshore counterpart slipped "
     "0.3%.", "2024-06-11",
     ["USDCNY session_change down 0.1 percent 2024-06-11 inverse level=7.245",
      "USDCNH session_change down 0.3 percent 2024-06-11 inverse"]),
    ("In Hong Kong the offshore yuan firmed 0.2%, and its onshore counterpart ended flat.",
     "2024-06-11",
     ["USDCNH session_change up 0.2 percent 2024-06-11 inverse",
      "USDCNY session_change flat 2024-06-11 inverse"]),
    ("The rupee fell 0.2%, and its offshore counterpart slipped 0.1%.", "2024-06-11",
     ["USDINR session_change down 0.2 percent 2024-06-11 inverse"]),
]  # fmt: skip

TENOR_BORROWING_COSTS: list[Row] = [
    ("Germany's 10-year borrowing costs rose 7 basis points to 2.61% on Thursday.",
     "2024-06-13", ["DE10Y session_change up 7 bp 2024-06-13 level=2.61"]),
    ("The two-year gilt yield fell 4 bps, while 30-year borrowing costs climbed 5 bps.",
     "2024-06-13",
     ["UK30Y session_change up 5 bp 2024-06-13"]),  # no two-year gilt in the registry
    ("Mortgage borrowing costs rose again, and so did corporate borrowing costs.", "2024-06-13",
     []),
]  # fmt: skip

PAPER_YIELDS: list[Row] = [
    ("The 10-year note's yield fell 8 basis points to 4.21%.", "2024-06-13",
     ["US10Y session_change down 8 bp 2024-06-13 level=4.21"]),
    ("The long bond's yield climbed to 4.55% on Friday.", "2024-06-14",
     ["US30Y level up 2024-06-14 level=4.55"]),
]  # fmt: skip

RECORDS_AT_LEVELS: list[Row] = [
    ("Gold rose 1.1% to its highest since 1980 at $2,350 an ounce.", "2024-04-09",
     ["GOLD session_change up 1.1 percent 2024-04-09 level=2350",
      "GOLD record up 2024-04-09 level=2350 since=1980-01-01"]),
    ("The yen slid to its weakest since 1990 at 160.20 per dollar on Monday.", "2024-04-30",
     ["USDJPY level down 2024-04-29 inverse level=160.2",
      "USDJPY record down 2024-04-29 inverse level=160.2 since=1990-01-01"]),
    ("Italy's 10-year yield hit its highest since 2012 at 4.97%.", "2023-10-04",
     ["IT10Y intraday_extreme up 2023-10-04 level=4.97",
      "IT10Y record up 2023-10-04 level=4.97 since=2012-01-01"]),
]  # fmt: skip

RECORD_MOVES_IN_TAIL: list[Row] = [
    ("Bitcoin tumbled 14% on Thursday in a record one-day drop.", "2024-06-14",
     ["BTC session_change down 14 percent 2024-06-13",
      "BTC biggest_move down 2024-06-13"]),
    ("Natural gas jumped 9% for a record daily gain.", "2024-06-14",
     ["NATGAS_US session_change up 9 percent 2024-06-14",
      "NATGAS_US biggest_move up 2024-06-14"]),
    ("The Nikkei fell 4% in a record weekly drop.", "2024-06-14",
     ["NIKKEI225 session_change down 4 percent 2024-06-14"]),  # a week's move: not labelled
]  # fmt: skip


INTRADAY_RECORDS: list[Row] = [
    ("The Nikkei hit a fresh intraday record of 40,472 on Friday.", "2024-03-08",
     ["NIKKEI225 intraday_extreme up 2024-03-08 level=40472",
      "NIKKEI225 record up 2024-03-08 level=40472"]),
    ("Bitcoin rose to an intraday record of $73,800 before paring gains.", "2024-03-14",
     ["BTC intraday_extreme up 2024-03-14 level=73800",
      "BTC record up 2024-03-14 level=73800"]),
    ("The S&P 500 touched an intraday record high of 5,264.85.", "2024-03-28",
     ["SPX intraday_extreme up 2024-03-28 level=5264.85",
      "SPX record up 2024-03-28 level=5264.85"]),
]  # fmt: skip

SEQUELS: list[Row] = [
    ("The DAX hit a record of 18,892.92 before closing up 0.2% at 18,869.36.", "2024-05-15",
     ["DAX intraday_extreme up 2024-05-15 level=18892.9",
      "DAX record up 2024-05-15 level=18892.9",
      "DAX session_change up 0.2 percent 2024-05-15 level=18869.4"]),
    ("Gold touched a record high of $2,450 before ending 0.4% higher.", "2024-05-20",
     ["GOLD intraday_extreme up 2024-05-20 level=2450",
      "GOLD record up 2024-05-20 level=2450",
      "GOLD session_change up 0.4 percent 2024-05-20"]),
]  # fmt: skip


CLAUSE_COUNTERS: list[Row] = [
    ("The pound rose 0.4% to $1.2810, while against the euro sterling was flat at 84.40 pence.",
     "2024-07-12",
     ["GBPUSD session_change up 0.4 percent 2024-07-12 level=1.281",
      "EURGBP intraday_change flat 2024-07-12 inverse level=84.4"]),
    ("The dollar rose 0.5% against the yen, while against the euro it was flat at $1.0850.",
     "2024-07-12",
     ["USDJPY session_change up 0.5 percent 2024-07-12",
      "EURUSD intraday_change flat 2024-07-12 inverse level=1.085"]),
    ("Oil rose 1%, but against the euro the dollar fell 0.3%.", "2024-07-12",
     ["BRENT session_change up 1 percent 2024-07-12",
      "EURUSD session_change down 0.3 percent 2024-07-12 inverse"]),
]  # fmt: skip

HYPHENED_PAIRS: list[Row] = [
    ("The dollar-yen pair rose 0.5% to 161.20.", "2024-07-03",
     ["USDJPY session_change up 0.5 percent 2024-07-03 level=161.2"]),
    ("The pound-dollar exchange rate slipped 0.2% to $1.2710.", "2024-07-03",
     ["GBPUSD session_change down 0.2 percent 2024-07-03 level=1.271"]),
    ("Euro-dollar futures fell on Wednesday.", "2024-07-03", []),  # the interest-rate market
    ("Daily turnover in the yuan-rouble pair jumped 40% on Monday.", "2024-07-03", []),
]  # fmt: skip


MARKET_TENORS: list[Row] = [
    ("The German 10-year rose 9 basis points to 2.61%.", "2025-03-06",
     ["DE10Y session_change up 9 bp 2025-03-06 level=2.61"]),
    ("The U.S. 10-year yield rose 5 bps, while the Italian 10-year added 3 bps.", "2025-03-06",
     ["US10Y session_change up 5 bp 2025-03-06", "IT10Y session_change up 3 bp 2025-03-06"]),
    ("German two-year and 10-year yields rose 5 and 7 bps, respectively.", "2025-03-06",
     ["DE2Y session_change up 5 bp 2025-03-06", "DE10Y session_change up 7 bp 2025-03-06"]),
    ("British two-year and 10-year yields rose 5 and 7 bps, respectively.", "2025-03-06",
     ["UK10Y session_change up 7 bp 2025-03-06"]),  # no two-year gilt in the registry
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(POSSESSIVE_CURRENCIES))
def test_possessive_currencies(sentence: str, published: str, expected: list[str]) -> None:
    """'Norway's crown' is the Norwegian crown: a country's possessive names its currency."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PLACE_MAIN_INDEXES))
def test_place_main_indexes(sentence: str, published: str, expected: list[str]) -> None:
    """A place's main, key or leading (stock, share) index, and the stock benchmark of a
    market's stocks ('the Swiss stock benchmark'), is its benchmark."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NICKNAMES))
def test_nicknames(sentence: str, published: str, expected: list[str]) -> None:
    """'The safe-haven metal' is gold."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SLIGHT_STATES))
def test_slight_states(sentence: str, published: str, expected: list[str]) -> None:
    """'A touch', 'a tad', 'a shade' before a direction word are 'slightly': an unsized move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(YUAN_COUNTERPARTS))
def test_yuan_counterparts(sentence: str, published: str, expected: list[str]) -> None:
    """'Its offshore counterpart' after a yuan is the offshore yuan, 'onshore' the onshore one."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TENOR_BORROWING_COSTS))
def test_tenor_borrowing_costs(sentence: str, published: str, expected: list[str]) -> None:
    """'N-year borrowing costs' is that tenor's yield; with no tenor it names nothing."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PAPER_YIELDS))
def test_paper_yields(sentence: str, published: str, expected: list[str]) -> None:
    """'The long bond's yield' is the long bond yield: the paper's possessive names its yield."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORDS_AT_LEVELS))
def test_records_at_levels(sentence: str, published: str, expected: list[str]) -> None:
    """'Its highest since 1980 at $2,350': the level after 'at' closes the look-back."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORD_MOVES_IN_TAIL))
def test_record_moves_in_tail(sentence: str, published: str, expected: list[str]) -> None:
    """'Tumbled 14% in a record one-day drop' is also the biggest move on record."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(INTRADAY_RECORDS))
def test_intraday_records(sentence: str, published: str, expected: list[str]) -> None:
    """'Hit an intraday record of 40,472' is the day's extreme at a record, like 'a record'."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SEQUELS))
def test_sequels(sentence: str, published: str, expected: list[str]) -> None:
    """'Hit a record ... before closing up 0.2%': a move after 'before' is a later move, not the
    size of the record reached."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLAUSE_COUNTERS))
def test_clause_counters(sentence: str, published: str, expected: list[str]) -> None:
    """'While against the euro sterling was flat': a counter fronted in a clause holds for it."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HYPHENED_PAIRS))
def test_hyphened_pairs(sentence: str, published: str, expected: list[str]) -> None:
    """'The dollar-yen pair' is dollar/yen; turnover in a pair is no price."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MARKET_TENORS))
def test_market_tenors(sentence: str, published: str, expected: list[str]) -> None:
    """'The German 10-year' is the Bund yield; a tenor paired before a government's yield is
    that government's, and one the registry lacks keeps its own figure."""
    assert extract(sentence, published) == expected
