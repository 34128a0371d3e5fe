"""Claim parser rules for precision traps and undone moves: company shares, past episodes, moves
partly undone or crossed back, flat verbs; spec by example as in tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

COMPANY_OWNER: list[Row] = [
    ("Rio Tinto's London shares fell 3.1% on Tuesday.", "2024-04-25", []),
    ("Anglo American's London shares leapt 16% on Thursday, while the FTSE 100 added 0.5%.",
     "2024-04-25", ["FTSE100 session_change up 0.5 percent 2024-04-25"]),
    ("Hang Lung's Hong Kong shares rose 5% on Monday, their best day since 2022.", "2024-04-25",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COMPANY_OWNER))
def test_two_word_company_owns_market_phrase(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A two-word company possessive before a market's shares ("Rio Tinto's London shares")."""
    assert extract(sentence, published) == expected


FIGURE_IN_APPOSITIVE: list[Row] = [
    ("Palladium, a metal that once fetched more than $3,000 an ounce, slid 4% to $962 on "
     "Friday.", "2024-01-12",
     ["PALLADIUM session_change down 4 percent 2024-01-12 level=962"]),
    ("Ether, a token that traded near $4,800 in 2021, slid 4% to $2,210 on Friday.",
     "2024-01-12", ["ETH session_change down 4 percent 2024-01-12 level=2210"]),
    ("Copper, a metal that fetched $10,845 a tonne at its peak, fell 1.1% to $8,420 on "
     "Tuesday.", "2024-03-12",
     ["COPPER session_change down 1.1 percent 2024-03-12 level=8420"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FIGURE_IN_APPOSITIVE))
def test_figure_comma_inside_appositive(sentence: str, published: str, expected: list[str]) -> None:
    """A thousands comma ("$3,000") does not end an appositive between subject and verb."""
    assert extract(sentence, published) == expected


EPISODE_PAST: list[Row] = [
    ("The 30-year gilt yield, which spiked more than 100 basis points in a matter of days "
     "during the pension-fund crisis, climbed 7 basis points to 4.79% on Tuesday.", "2023-08-15",
     ["UK30Y session_change up 7 bp 2023-08-15 level=4.79"]),
    ("The Dow, which plunged 22.6% in the 1987 crash, fell 1.2% on Monday.", "2024-03-12",
     ["DJIA session_change down 1.2 percent 2024-03-11"]),
    ("Sterling, which slumped to $1.0350 during the 2022 gilt crisis, rose 0.3% to $1.27 on "
     "Friday.", "2024-03-12", ["GBPUSD session_change up 0.3 percent 2024-03-08 level=1.27"]),
    ("The VIX jumped to 82.69 during the pandemic crash, and on Friday it rose 2 points to 16.",
     "2024-03-12", ["VIX session_change up 2 points 2024-03-08 level=16"]),
    ("Gold rose 2% on Monday during the crisis.", "2024-03-12",
     ["GOLD session_change up 2 percent 2024-03-11"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EPISODE_PAST))
def test_move_dated_by_past_episode(sentence: str, published: str, expected: list[str]) -> None:
    """A move dated only by a named episode ("during the 2022 gilt crisis") is history."""
    assert extract(sentence, published) == expected


PORTION_UNDONE: list[Row] = [
    ("The FTSE 100 recouped most of an 8.7% early slump to end 3.2% lower on Friday.",
     "2016-06-24", ["FTSE100 intraday_extreme down 8.7 percent 2016-06-24",
                    "FTSE100 session_change down 3.2 percent 2016-06-24"]),
    ("The Nikkei recovered most of a 5% early drop to close 1.1% lower on Friday.", "2016-06-24",
     ["NIKKEI225 intraday_extreme down 5 percent 2016-06-24",
      "NIKKEI225 session_change down 1.1 percent 2016-06-24"]),
    ("Brent clawed back half of a 4% early slide to settle 2% lower at $80.10 on Friday.",
     "2016-06-24", ["BRENT intraday_extreme down 4 percent 2016-06-24",
                    "BRENT session_change down 2 percent 2016-06-24 level=80.1"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PORTION_UNDONE))
def test_portion_of_move_undone(sentence: str, published: str, expected: list[str]) -> None:
    """ "recouped most of an 8.7% early slump": the undone move noun is the day's extreme."""
    assert extract(sentence, published) == expected


OTHER_CLAUSE_EXTREME: list[Row] = [
    ("Lloyds lost 30% at one point on Friday, while the FTSE 100 ended 3.2% lower.",
     "2016-06-24", ["FTSE100 session_change down 3.2 percent 2016-06-24"]),
    ("Tesla shares sank 12% at one point on Tuesday, and the Nasdaq fell 1.4%.", "2024-04-25",
     ["NASDAQ session_change down 1.4 percent 2024-04-23"]),
    ("At one point on Friday, the FTSE 100 was down 8.7%.", "2016-06-24",
     ["FTSE100 intraday_extreme down 8.7 percent 2016-06-24"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OTHER_CLAUSE_EXTREME))
def test_extreme_of_other_clause(sentence: str, published: str, expected: list[str]) -> None:
    """ "X lost 30% at one point on Friday, while Y ended 3.2% lower": Y takes the day only."""
    assert extract(sentence, published) == expected


BARELY_MOVED: list[Row] = [
    ("Exports fell 4% in June, yet the Australian dollar barely budged at $0.6510.",
     "2024-08-01", ["AUDUSD intraday_change flat 2024-08-01 level=0.651"]),
    ("The yen hardly moved after the data, while the Nikkei rose 1%.", "2024-08-02",
     ["USDJPY intraday_change flat 2024-08-02 inverse",
      "NIKKEI225 session_change up 1 percent 2024-08-02"]),
    ("Spot gold scarcely budged at $2,410 an ounce.", "2024-08-02",
     ["GOLD intraday_change flat 2024-08-02 level=2410"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BARELY_MOVED))
def test_barely_moved_is_flat(sentence: str, published: str, expected: list[str]) -> None:
    """ "barely budged at $0.6510", "hardly moved": a flat state, as "little changed" is."""
    assert extract(sentence, published) == expected


PARED_TO_SIZE_AT_LEVEL: list[Row] = [
    ("The rouble pared its loss to 1.1% at 62.90 per dollar.", "2022-12-05",
     ["USDRUB intraday_change down 1.1 percent 2022-12-05 inverse level=62.9"]),
    ("The euro trimmed its gain to 0.3% at $1.0850 after the data.", "2022-12-05",
     ["EURUSD intraday_change up 0.3 percent 2022-12-05 level=1.085"]),
    ("Brent narrowed its loss to 0.5% at $81.20 a barrel by midday.", "2022-12-05",
     ["BRENT intraday_change down 0.5 percent 2022-12-05 level=81.2"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARED_TO_SIZE_AT_LEVEL))
def test_pared_to_size_at_level(sentence: str, published: str, expected: list[str]) -> None:
    """ "pared its loss to 1.1% at 62.90 per dollar": the percent is the size, then the level."""
    assert extract(sentence, published) == expected


PLUPERFECT_THEN_STATE: list[Row] = [
    ("Germany's two-year yield, which had been up 4 basis points before the decision, was last "
     "2 basis points lower at 2.14%.", "2024-10-17",
     ["DE2Y intraday_extreme up 4 bp 2024-10-17",
      "DE2Y intraday_change down 2 bp 2024-10-17 level=2.14"]),
    ("The Nikkei, which had jumped 2% in the morning, was up 0.7% in afternoon trade.",
     "2024-10-17", ["NIKKEI225 intraday_extreme up 2 percent 2024-10-17",
                    "NIKKEI225 intraday_change up 0.7 percent 2024-10-17"]),
    ("The pound, which had been up 0.5% earlier, was up 0.8% at $1.27.", "2024-10-17",
     ["GBPUSD intraday_change up 0.5 percent 2024-10-17",
      "GBPUSD intraday_change up 0.8 percent 2024-10-17 level=1.27"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PLUPERFECT_THEN_STATE))
def test_pluperfect_undone_by_state(sentence: str, published: str, expected: list[str]) -> None:
    """ "X, which had been up 4 bp, was last 2 bp lower": the earlier move, undone, is an extreme."""
    assert extract(sentence, published) == expected


OWNER_BEFORE_CAUSE: list[Row] = [
    ("Chile's peso firmed 2.1% on Friday, riding a 7% jump in copper as rumours swirled.",
     "2022-11-04", ["USDCLP session_change up 2.1 percent 2022-11-04 inverse",
                    "COPPER session_change up 7 percent 2022-11-04"]),
    ("The Canadian dollar firmed 0.5% on Friday, tracking a 2% rise in oil after OPEC cut "
     "output.", "2022-11-04", ["USDCAD session_change up 0.5 percent 2022-11-04 inverse",
                              "BRENT session_change up 2 percent 2022-11-04"]),
    ("The rand weakened 1% on Friday amid a 3% slide in gold while the dollar firmed.",
     "2022-11-04", ["USDZAR session_change down 1 percent 2022-11-04 inverse",
                    "GOLD session_change down 3 percent 2022-11-04",
                    "DXY session_change up 2022-11-04"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OWNER_BEFORE_CAUSE))
def test_move_owner_before_cause(sentence: str, published: str, expected: list[str]) -> None:
    """ "a 7% jump in copper as rumours swirled": a cause clause after the owner ends the noun."""
    assert extract(sentence, published) == expected


JOINED_APPOSED_NAME: list[Row] = [
    ("The RTS index crashed 19.1% on Monday, forcing two trading halts, and its rouble-based "
     "sibling, the MICEX, shed 18.7%.", "2008-10-06",
     ["RTSI session_change down 19.1 percent 2008-10-06",
      "IMOEX session_change down 18.7 percent 2008-10-06"]),
    ("The Nikkei fell 2% on Monday, and its broader sibling, the Topix, shed 1.7%.", "2024-03-12",
     ["NIKKEI225 session_change down 2 percent 2024-03-11",
      "TOPIX session_change down 1.7 percent 2024-03-11"]),
    ("Gold rose 1% on Monday, while its poorer cousin, silver, jumped 3%.", "2024-03-12",
     ["GOLD session_change up 1 percent 2024-03-11",
      "SILVER session_change up 3 percent 2024-03-11"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(JOINED_APPOSED_NAME))
def test_joined_clause_apposed_name(sentence: str, published: str, expected: list[str]) -> None:
    """ ", and its rouble-based sibling, the MICEX, shed 18.7%": the apposed name is the subject."""
    assert extract(sentence, published) == expected


BENCHMARK_YIELD_OF_MARKET: list[Row] = [
    ("The Bank of Japan offered to buy unlimited amounts of 10-year bonds, and the benchmark "
     "yield fell 1 basis point to 0.245% on Thursday.", "2022-04-21",
     ["JP10Y session_change down 1 bp 2022-04-21 level=0.245"]),
    ("Gilts sold off, and the benchmark yield rose 10 basis points to 4.2%.", "2022-04-21",
     ["UK10Y session_change up 10 bp 2022-04-21 level=4.2"]),
    ("The Bank of England bought long-dated bonds, and the 30-year yield plunged 100 basis "
     "points.", "2022-09-28", ["UK30Y session_change down 100 bp 2022-09-28"]),
    ("Stocks rallied, and the benchmark yield fell 10 basis points to 4.2%.", "2022-04-21", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BENCHMARK_YIELD_OF_MARKET))
def test_benchmark_yield_of_market(sentence: str, published: str, expected: list[str]) -> None:
    """ "the benchmark yield" beside one government's bonds (or its central bank's) is its 10-year."""
    assert extract(sentence, published) == expected


RELATIVE_ON_MOVE_NOUN: list[Row] = [
    ("The 10-year Treasury yield erased a 9-basis-point jump that followed the payrolls report "
     "and ended Friday flat at 4.05%.", "2024-01-05",
     ["US10Y intraday_extreme up 9 bp 2024-01-05",
      "US10Y session_change flat 2024-01-05 level=4.05"]),
    ("The pound gave up a 1% gain that greeted the jobs data and ended 0.3% lower at $1.2650 on "
     "Friday.", "2024-01-12", ["GBPUSD intraday_extreme up 1 percent 2024-01-12",
                               "GBPUSD session_change down 0.3 percent 2024-01-12 level=1.265"]),
    ("Gold erased a $30 jump that followed the Fed decision and settled flat at $2,030.",
     "2024-01-12", ["GOLD intraday_extreme up 30 points 2024-01-12",
                    "GOLD session_change flat 2024-01-12 level=2030"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RELATIVE_ON_MOVE_NOUN))
def test_relative_on_move_noun(sentence: str, published: str, expected: list[str]) -> None:
    """ "erased a 9 bp jump that followed the data and ended flat": "and" rejoins the subject."""
    assert extract(sentence, published) == expected


CROSSED_THEN_BACK: list[Row] = [
    ("The rouble, which crossed 101 per dollar on Monday, recovered to 97.40 on Tuesday.",
     "2023-08-15", ["USDRUB level down 2023-08-14 inverse level=101",
                    "USDRUB level up 2023-08-15 inverse level=97.4"]),
    ("Italy's 10-year yield, which had breached 7.4% on Wednesday, fell back 40 basis points to "
     "7.03% on Thursday.", "2011-11-10",
     ["IT10Y level up 2011-11-09 level=7.4",
      "IT10Y session_change down 40 bp 2011-11-10 level=7.03"]),
    ("The yen, which crossed 160 per dollar on Monday, weakened further to 161.2 on Tuesday.",
     "2024-07-02", ["USDJPY level down 2024-07-01 inverse level=160",
                    "USDJPY level down 2024-07-02 inverse level=161.2"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CROSSED_THEN_BACK))
def test_level_crossed_then_back(sentence: str, published: str, expected: list[str]) -> None:
    """ "which crossed 101 per dollar on Monday, recovered to 97.40": crossed the other way."""
    assert extract(sentence, published) == expected
