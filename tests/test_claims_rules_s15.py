"""Claim parser rules from session 15 (lead): dated move nouns and their rankings, asides and
"that day"; states and levels the close left; bond prices told with their yields; crosses the
registry does not hold; levels and rankings told in turn or of "the former"/"the latter"; sizes
added to a named market; earlier quotes compared; futures beside their cash index; distances
from dated marks. Spec by example in the format of tests/test_claims_examples.py (our own
wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

NOUN_RANKINGS: list[Row] = [
    ("Tuesday's 6.2% plunge in copper, to $8,120 a tonne, was the metal's worst day since 2008.",
     "2024-03-07",
     ["COPPER session_change down 6.2 percent 2024-03-05 level=8120",
      "COPPER biggest_move down 2024-03-05 since=2008-01-01"]),
    ("Friday's 4.4% slump in the Hang Seng was its deepest since March 2020.",
     "2024-03-11",
     ["HSI session_change down 4.4 percent 2024-03-08",
      "HSI biggest_move down 2024-03-08 since=2020-03-01"]),
    ("Monday's 9.8% leap in U.S. natural gas to $3.12 was the largest since January.",
     "2024-03-06",
     ["NATGAS_US session_change up 9.8 percent 2024-03-04 level=3.12",
      "NATGAS_US biggest_move up 2024-03-04 since=2024-01-01"]),
    ("Wednesday's 2.6% jump in the Nasdaq was the index's best day since November, while the Dow's 410-point gain on the day was its biggest in a month.",
     "2024-03-08",
     ["NASDAQ session_change up 2.6 percent 2024-03-06",
      "NASDAQ biggest_move up 2024-03-06 since=2023-11-01",
      "DJIA session_change up 410 points 2024-03-06",
      "DJIA biggest_move up 2024-03-06 since=2024-02-06"]),
]  # fmt: skip

NOUN_ASIDES: list[Row] = [
    ("Tuesday's 412-point slide in the Dow, a 1.2% drop that left the index at 33,560.10, was its worst day since March.",
     "2024-03-07",
     ["DJIA session_change down 1.2 percent 2024-03-05 level=33560.1",
      "DJIA biggest_move down 2024-03-05 since=2023-03-01"]),
    ("Friday's 6% collapse in the lira, which took it to 32.10 per dollar, was the currency's worst day since 2021.",
     "2024-03-11",
     ["USDTRY session_change down 6 percent 2024-03-08 inverse level=32.1",
      "USDTRY biggest_move down 2024-03-08 inverse since=2021-01-01"]),
    ("Monday's 7% plunge in the Nikkei was its worst since 1987, and the Topix's 6.5% slide that day was also a record.",
     "2024-08-06",
     ["NIKKEI225 session_change down 7 percent 2024-08-05",
      "NIKKEI225 biggest_move down 2024-08-05 since=1987-01-01",
      "TOPIX session_change down 6.5 percent 2024-08-05",
      "TOPIX biggest_move down 2024-08-05"]),
    ("Thursday's 6% drop in ether was its steepest since June, and bitcoin's 4% slide that day took it below $60,000.",
     "2024-08-09",
     ["ETH session_change down 6 percent 2024-08-08",
      "ETH biggest_move down 2024-08-08 since=2024-06-01",
      "BTC session_change down 4 percent 2024-08-08 level=60000"]),
    ("Tuesday's 18% plunge in shares of a regional lender dragged the STOXX 600 down 1.4% that day.",
     "2024-03-07",
     ["STOXX600 session_change down 1.4 percent 2024-03-05"]),
]  # fmt: skip

SAME_DAY: list[Row] = [
    ("Friday's 3.4% drop in the Kospi was its worst since 2022, and the won slid 1.2% against the dollar that day.",
     "2024-03-12",
     ["KOSPI session_change down 3.4 percent 2024-03-08",
      "KOSPI biggest_move down 2024-03-08 since=2022-01-01",
      "USDKRW session_change down 1.2 percent 2024-03-08 inverse"]),
    ("Thursday's 5% fall in Brent was the steepest in a year, and U.S. crude lost 5.3% the same day.",
     "2024-03-11",
     ["BRENT session_change down 5 percent 2024-03-07",
      "BRENT biggest_move down 2024-03-07 since=2023-03-07",
      "WTI session_change down 5.3 percent 2024-03-07"]),
]  # fmt: skip

CLOSE_ASIDES: list[Row] = [
    ("The Nasdaq recovered to close 212.4 points, or 1.4%, lower at 15,080.3 on Tuesday.",
     "2024-03-05",
     ["NASDAQ session_change down 1.4 percent 2024-03-05 level=15080.3"]),
]  # fmt: skip

HAD_BEEN: list[Row] = [
    ("The FTSE 100 ended 61.2 points, or 0.8%, lower at 7,640.3 on Wednesday, having been off more than 150 points in the morning.",
     "2024-03-06",
     ["FTSE100 session_change down 0.8 percent 2024-03-06 level=7640.3",
      "FTSE100 intraday_extreme down 150 points more_than 2024-03-06"]),
    ("The S&P 500, which had been down more than 60 points early in the session, rallied to close 35.2 points, or 0.7%, higher on Tuesday.",
     "2024-03-05",
     ["SPX intraday_extreme down 60 points more_than 2024-03-05",
      "SPX session_change up 0.7 percent 2024-03-05"]),
]  # fmt: skip

HAD_RELATIVE: list[Row] = [
    ("Gold, which had jumped to $2,195 in Asian trade, its highest on record, ended Friday at $2,168, still up 0.8% on the day.",
     "2024-03-08",
     ["GOLD intraday_extreme up 2024-03-08 level=2195",
      "GOLD record up 2024-03-08 level=2195",
      "GOLD session_change up 0.8 percent 2024-03-08 level=2168"]),
]  # fmt: skip

HAVING_LEVELS: list[Row] = [
    ("Gold settled 1.2% lower at $2,110 on Tuesday, having jumped above $2,150 in Asian trade.",
     "2024-03-05",
     ["GOLD session_change down 1.2 percent 2024-03-05 level=2110",
      "GOLD intraday_extreme up 2024-03-05 level=2150"]),
    ("The Bund yield, which had climbed above 2.5% earlier on Monday, fell back below 2.4% after the data.",
     "2024-03-04",
     ["DE10Y intraday_extreme up 2024-03-04 level=2.5",
      "DE10Y level down 2024-03-04 level=2.4"]),
]  # fmt: skip

BOND_PRICES: list[Row] = [
    ("The 10-year Treasury note slid 3/4 point in price on Thursday, pushing its yield up 9 basis points to 4.18%.",
     "2024-03-07",
     ["US10Y session_change up 9 bp 2024-03-07 level=4.18"]),
    ("The 30-year bond gained 1-1/4 points in price, cutting its yield to 4.31%.",
     "2024-03-07",
     ["US30Y level down 2024-03-07 level=4.31"]),
    ("The 30-year bond was down 1/2 point in late trade, yielding 4.42%.",
     "2024-03-07",
     ["US30Y level none 2024-03-07 level=4.42"]),
    ("Benchmark 10-year notes rose 20/32 in price, driving their yield down 8 basis points to 4.05% on Friday.",
     "2024-03-08",
     ["US10Y session_change down 8 bp 2024-03-08 level=4.05"]),
]  # fmt: skip

BOND_PRICES_MORE: list[Row] = [
    ("Ten-year note prices fell 20/32 on Tuesday, and their yield rose 8 basis points to 4.22%.",
     "2024-03-06",
     ["US10Y session_change up 8 bp 2024-03-05 level=4.22"]),
    ("Japan's benchmark 10-year government bond lost 0.4 point in price, driving its yield up 5 basis points to 0.78%, the highest since November.",
     "2024-03-08",
     ["JP10Y session_change up 5 bp 2024-03-08 level=0.78",
      "JP10Y record up 2024-03-08 level=0.78 since=2023-11-01"]),
    ("Treasuries rallied on Friday, pushing yields lower.",
     "2024-03-08",
     ["US10Y session_change down 2024-03-08"]),
]  # fmt: skip

CROSSES: list[Row] = [
    ("The rand weakened 0.8% against the dollar and lost 1.1% against the euro on Tuesday.",
     "2024-03-05",
     ["USDZAR session_change down 0.8 percent 2024-03-05 inverse"]),
    ("The Australian dollar slid 0.9% to $0.6520 on Monday, and it did worse against the euro, losing 1.3% as carry trades unwound.",
     "2024-03-04",
     ["AUDUSD session_change down 0.9 percent 2024-03-04 level=0.652"]),
]  # fmt: skip

PLURAL_RECORDS: list[Row] = [
    ("The yen slid to 151.90 per dollar and 164.30 per euro on Wednesday, record lows against both currencies, as traders shrugged off warnings.",
     "2024-03-27",
     ["USDJPY level down 2024-03-27 inverse level=151.9",
      "EURJPY level down 2024-03-27 inverse level=164.3",
      "USDJPY record down 2024-03-27 inverse level=151.9",
      "EURJPY record down 2024-03-27 inverse level=164.3"]),
]  # fmt: skip

SWISS_FRANCS: list[Row] = [
    ("A dollar fetched 0.8820 Swiss francs on Friday, up 0.3% on the day.",
     "2024-03-08",
     ["USDCHF intraday_change up 0.3 percent 2024-03-08 level=0.882"]),
    ("The euro bought 0.9550 Swiss francs in late trade on Friday.",
     "2024-03-08",
     ["EURCHF level none 2024-03-08 level=0.955"]),
]  # fmt: skip

CLOSED_IN_TURN: list[Row] = [
    ("Gold and platinum settled at $2,150.30 and $905.10 an ounce, respectively, up 1.3% and 0.4% on the day.",
     "2024-03-06",
     ["GOLD session_change up 1.3 percent 2024-03-06 level=2150.3",
      "PLATINUM session_change up 0.4 percent 2024-03-06 level=905.1"]),
]  # fmt: skip

PAIRED_LEVELS: list[Row] = [
    ("The DAX and the CAC 40 closed at 17,814.50 and 7,956.40, down 0.9% and 1.1%, respectively.",
     "2024-03-08",
     ["DAX session_change down 0.9 percent 2024-03-08 level=17814.5",
      "CAC40 session_change down 1.1 percent 2024-03-08 level=7956.4"]),
]  # fmt: skip

GAPPED_ALTERNATIVE: list[Row] = [
    ("The Nasdaq fell 1.6%, the S&P 500 1.1% and the Dow 402 points, or 1%, on Tuesday as chipmakers slumped.",
     "2024-03-06",
     ["NASDAQ session_change down 1.6 percent 2024-03-05",
      "SPX session_change down 1.1 percent 2024-03-05",
      "DJIA session_change down 1 percent 2024-03-05"]),
]  # fmt: skip

GAPPED_HEDGE: list[Row] = [
    ("The yen jumped as much as 2.5% against the dollar and 2% against the euro on Thursday.",
     "2024-03-07",
     ["USDJPY intraday_extreme up 2.5 percent as_much_as 2024-03-07 inverse",
      "EURJPY intraday_extreme up 2 percent as_much_as 2024-03-07 inverse"]),
    ("The DAX lost 1.2% on Monday and the euro as much as 0.9% to $1.0790.",
     "2024-03-04",
     ["DAX session_change down 1.2 percent 2024-03-04",
      "EURUSD intraday_extreme down 0.9 percent as_much_as 2024-03-04 level=1.079"]),
]  # fmt: skip

FORMER_LATTER: list[Row] = [
    ("The DAX gained 1.4% and the CAC 40 2.2% on Thursday, the former's best day since January and the latter's best since November.",
     "2024-03-08",
     ["DAX session_change up 1.4 percent 2024-03-07",
      "CAC40 session_change up 2.2 percent 2024-03-07",
      "DAX biggest_move up 2024-03-07 since=2024-01-01",
      "CAC40 biggest_move up 2024-03-07 since=2023-11-01"]),
]  # fmt: skip

ELIDED_RANKINGS: list[Row] = [
    ("The Nikkei and the Topix jumped 4.2% and 3.9% on Monday, the former's best day since 2020 and the latter's since 2016.",
     "2024-03-04",
     ["NIKKEI225 session_change up 4.2 percent 2024-03-04",
      "TOPIX session_change up 3.9 percent 2024-03-04",
      "NIKKEI225 biggest_move up 2024-03-04 since=2020-01-01",
      "TOPIX biggest_move up 2024-03-04 since=2016-01-01"]),
    ("The Kospi rose 1.1%, the Nikkei 0.8% and the Hang Seng 2.9% on Tuesday, the last its best day since January.",
     "2024-03-05",
     ["KOSPI session_change up 1.1 percent 2024-03-05",
      "NIKKEI225 session_change up 0.8 percent 2024-03-05",
      "HSI session_change up 2.9 percent 2024-03-05",
      "HSI biggest_move up 2024-03-05 since=2024-01-01"]),
]  # fmt: skip

SIZED_OBJECTS: list[Row] = [
    ("Gilts extended their slide on Wednesday, a rout that has added nearly 60 basis points to the 10-year gilt yield since Friday's budget.",
     "2024-03-06",
     ["UK10Y period_change up 60 bp almost 2024-03-06 since=2024-03-01"]),
    ("The Bund yield rose 3 basis points on Monday, extending a sell-off that has added about 25 basis points to the 10-year Treasury yield since last Wednesday.",
     "2024-03-04",
     ["DE10Y session_change up 3 bp 2024-03-04",
      "US10Y period_change up 25 bp about 2024-03-04 since=2024-02-28"]),
]  # fmt: skip

MONTH_WORDS: list[Row] = [
    ("The yen's 2.5% rally on Friday was its biggest since the market turmoil of March 2020.",
     "2024-03-08",
     ["USDJPY session_change up 2.5 percent 2024-03-08 inverse",
      "USDJPY biggest_move up 2024-03-08 inverse since=2020-03-01"]),
]  # fmt: skip

EARLIER_QUOTES: list[Row] = [
    ("The dollar traded at 149.80 yen on Tuesday, versus 150.40 in New York on Monday.",
     "2024-03-05",
     ["USDJPY level none 2024-03-05 level=149.8",
      "USDJPY level none 2024-03-04 level=150.4"]),
    ("The rupee ended at 82.90 per dollar on Monday, against 82.75 at Friday's close.",
     "2024-03-04",
     ["USDINR level none 2024-03-04 inverse level=82.9",
      "USDINR level none 2024-03-01 inverse level=82.75"]),
]  # fmt: skip

SWING_COUNTER: list[Row] = [
    ("The dollar swung between 147.10 and 150.20 yen on Friday.",
     "2024-03-08",
     ["USDJPY intraday_extreme down 2024-03-08 level=147.1",
      "USDJPY intraday_extreme up 2024-03-08 level=150.2"]),
]  # fmt: skip

COMPARED_WINDOWS: list[Row] = [
    ("The Kospi gained 3.1% over the week, outpacing the Nikkei, which added 1.4%.",
     "2024-03-08",
     ["KOSPI period_change up 3.1 percent 2024-03-08 since=2024-03-04",
      "NIKKEI225 period_change up 1.4 percent 2024-03-08 since=2024-03-04"]),
    ("Copper outshone aluminium on Tuesday, climbing 2.4% to $8,650 a tonne against a 0.6% rise in aluminium.",
     "2024-03-05",
     ["COPPER session_change up 2.4 percent 2024-03-05 level=8650",
      "ALUMINIUM session_change up 0.6 percent 2024-03-05"]),
]  # fmt: skip

MISC: list[Row] = [
    ("The dollar shot as high as a record 120 roubles on Monday before ending the day 5% higher at 110.",
     "2022-03-07",
     ["USDRUB intraday_extreme up 2022-03-07 level=120",
      "USDRUB record up 2022-03-07 level=120",
      "USDRUB session_change up 5 percent 2022-03-07 level=110"]),
    ("The franc hit record highs against both the euro and the dollar on Friday.",
     "2024-03-08",
     ["EURCHF record up 2024-03-08 inverse",
      "USDCHF record up 2024-03-08 inverse"]),
    ("The FTSE 100 shook off an early 1.1% drop to close 0.2% higher on Thursday.",
     "2024-03-07",
     ["FTSE100 intraday_extreme down 1.1 percent 2024-03-07",
      "FTSE100 session_change up 0.2 percent 2024-03-07"]),
    ("Turkey's lira touched a record low of 32.40 per dollar on Tuesday before the central bank stepped in, ending the day 0.5% stronger at 32.05.",
     "2024-03-05",
     ["USDTRY intraday_extreme down 2024-03-05 inverse level=32.4",
      "USDTRY record down 2024-03-05 inverse level=32.4",
      "USDTRY session_change up 0.5 percent 2024-03-05 inverse level=32.05"]),
]  # fmt: skip

FUTURES_AND_CASH: list[Row] = [
    ("Dow futures gained 0.8% before the bell on Thursday, and the blue-chip index went on to close 402.5 points, or 1.1%, higher at 38,790.4.",
     "2024-03-07",
     ["YM intraday_change up 0.8 percent 2024-03-07",
      "DJIA session_change up 1.1 percent 2024-03-07 level=38790.4"]),
]  # fmt: skip

SUNDAY_FUTURES: list[Row] = [
    ("U.S. stock futures fell 1.5% when electronic trading resumed on Sunday evening after the weekend's bank rescue.",
     "2024-03-11",
     ["ES open_move down 1.5 percent 2024-03-10"]),
]  # fmt: skip

YEAR_WINDOWS: list[Row] = [
    ("The CAC 40 ended 2023 up 16.5%, the DAX gained 20.3% and the FTSE 100 rose 3.8%.",
     "2023-12-29",
     ["CAC40 period_change up 16.5 percent 2023-12-29 since=2023-01-01",
      "DAX period_change up 20.3 percent 2023-12-29 since=2023-01-01",
      "FTSE100 period_change up 3.8 percent 2023-12-29 since=2023-01-01"]),
    ("Italy's FTSE MIB added 0.4% on Friday to end 2023 up 28%.",
     "2023-12-29",
     ["FTSEMIB session_change up 0.4 percent 2023-12-29",
      "FTSEMIB period_change up 28 percent 2023-12-29 since=2023-01-01"]),
    ("The lira weakened 0.2% to 29.5 per dollar on Friday, leaving it down about 37% against the greenback for 2023.",
     "2023-12-29",
     ["USDTRY session_change down 0.2 percent 2023-12-29 inverse level=29.5",
      "USDTRY period_change down 37 percent about 2023-12-29 inverse since=2023-01-01"]),
]  # fmt: skip

EARLY_LEVELS: list[Row] = [
    ("Gold jumped to $2,152 in the first hour of trade on Monday, its highest on record, and ended the session at $2,119, up 1.3%.",
     "2024-03-04",
     ["GOLD intraday_extreme up 2024-03-04 level=2152",
      "GOLD record up 2024-03-04 level=2152",
      "GOLD session_change up 1.3 percent 2024-03-04 level=2119"]),
]  # fmt: skip

RECORD_SIZES: list[Row] = [
    ("Gold jumped a record $120 to $2,300 an ounce on Monday as the dollar tumbled.",
     "2024-03-04",
     ["GOLD session_change up 120 points 2024-03-04 level=2300",
      "GOLD biggest_move up 2024-03-04",
      "DXY session_change down 2024-03-04"]),
]  # fmt: skip

WHICH_RECORDS: list[Row] = [
    ("The yen slid to 151.90 per dollar on Wednesday and the euro climbed to $1.1050, the former's weakest since 1990 and the latter's strongest since January.",
     "2024-03-27",
     ["USDJPY level down 2024-03-27 inverse level=151.9",
      "EURUSD level up 2024-03-27 level=1.105",
      "USDJPY record down 2024-03-27 inverse level=151.9 since=1990-01-01",
      "EURUSD record up 2024-03-27 level=1.105 since=2024-01-01"]),
]  # fmt: skip

FROM_MARKS: list[Row] = [
    ("The Hang Seng rose 1.3% to 16,600.5 on Monday, still about 50% short of its Jan. 29, 2018 record close.",
     "2024-03-04",
     ["HSI session_change up 1.3 percent 2024-03-04 level=16600.5",
      "HSI period_change down 50 percent about 2024-03-04 since=2018-01-29",
      "HSI record up 2018-01-29"]),
    ("The rand firmed 0.6% to 18.72 per dollar on Friday, about 5% stronger than the record low it touched on Feb. 6.",
     "2024-03-08",
     ["USDZAR session_change up 0.6 percent 2024-03-08 inverse level=18.72",
      "USDZAR period_change up 5 percent about 2024-03-08 inverse since=2024-02-06",
      "USDZAR record down 2024-02-06 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NOUN_RANKINGS))
def test_a_dated_move_noun_is_ranked_on_its_own_day(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Tuesday's 6.2% plunge in copper, to $8,120 a tonne, was the metal's worst day since 2008": the
    level it reached is the move's, and the ranking is Tuesday's, not the publication day's."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NOUN_ASIDES))
def test_a_dated_move_nouns_aside_and_that_day_are_its_own(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "a 1.2% drop that left the index at 33,560.10", "which took it to 32.10 per dollar", "the
    Topix's 6.5% slide that day was also a record", "took it below $60,000": the noun's size in
    percent, its level and its day."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SAME_DAY))
def test_that_day_and_the_same_day_are_the_dated_claims_day(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Friday's 3.4% drop in the Kospi ..., and the won slid 1.2% against the dollar that day":
    Friday's, not the publication day's."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSE_ASIDES))
def test_a_close_told_in_points_and_percent_keeps_its_way_word(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "recovered to close 212.4 points, or 1.4%, lower": down, in percent."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HAD_BEEN))
def test_a_state_the_close_left_is_the_days_extreme(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "ended 61.2 points, or 0.8%, lower ..., having been off more than 150 points", "which had been
    down more than 60 points ..., rallied to close 35.2 points, or 0.7%, higher": the extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HAD_RELATIVE))
def test_a_level_in_a_pluperfect_relative_the_close_left_is_the_extreme(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Gold, which had jumped to $2,195 in Asian trade, ..., ended Friday at $2,168, still up 0.8%":
    the $2,195 was the extreme, and the close is the day's move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HAVING_LEVELS))
def test_a_level_reached_having_or_which_had_is_left_by_the_close(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "settled 1.2% lower at $2,110, having jumped above $2,150 in Asian trade", "which had climbed
    above 2.5% earlier on Monday, fell back below 2.4%": the level left was the extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BOND_PRICES))
def test_a_bond_price_move_gives_its_yields_claim(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "slid 3/4 point in price ..., pushing its yield up 9 basis points to 4.18%", "yielding 4.42%":
    the yield's move or level on the bond's tenor; the price itself is no claim."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BOND_PRICES_MORE))
def test_a_bond_yield_told_as_subject_market_and_generic_bonds(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "and their yield rose 8 basis points", "Japan's benchmark 10-year government bond" (Japan's, with
    the record after it), "Treasuries rallied, pushing yields lower" (the 10-year)."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CROSSES))
def test_a_currency_carried_to_an_unlisted_cross_makes_no_claim(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "lost 1.1% against the euro" after the rand's dollar move, "it did worse against the euro,
    losing 1.3%": no registry pair, so no claim (not the first pair's, not the euro's)."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PLURAL_RECORDS))
def test_record_lows_against_both_counters_are_each_levels(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "slid to 151.90 per dollar and 164.30 per euro ..., record lows against both currencies"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SWISS_FRANCS))
def test_a_quote_in_swiss_francs_is_a_level(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "A dollar fetched 0.8820 Swiss francs", "The euro bought 0.9550 Swiss francs"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSED_IN_TURN))
def test_a_state_after_closes_told_in_turn_is_the_close(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "settled at $2,150.30 and $905.10 an ounce, respectively, up 1.3% and 0.4% on the day"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PAIRED_LEVELS))
def test_levels_paired_before_states_told_in_turn(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "closed at 17,814.50 and 7,956.40, down 0.9% and 1.1%, respectively": each its own level."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GAPPED_ALTERNATIVE))
def test_a_gapped_clause_prefers_its_percent(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "and the Dow 402 points, or 1%": 1 percent."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GAPPED_HEDGE))
def test_a_gapped_clause_keeps_as_much_as(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "as much as 2.5% against the dollar and 2% against the euro", "and the euro as much as 0.9%":
    both the day's extremes."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FORMER_LATTER))
def test_the_former_and_the_latter_each_rank(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "the former's best day since January and the latter's best since November"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ELIDED_RANKINGS))
def test_a_ranking_with_its_noun_left_out(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "the latter's since 2016", "the last its best day since January"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SIZED_OBJECTS))
def test_a_size_added_to_a_named_market_is_its_move(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "a rout that has added nearly 60 basis points to the 10-year gilt yield since Friday's budget":
    the gilt's move over that window, not the subject's."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MONTH_WORDS))
def test_a_month_name_ends_at_a_word_boundary(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "since the market turmoil of March 2020": March 2020 (not "mar" in "market")."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EARLIER_QUOTES))
def test_a_level_compared_with_an_earlier_quote(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "versus 150.40 in New York on Monday", "against 82.75 at Friday's close": a level on that day."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SWING_COUNTER))
def test_a_swings_counter_told_by_its_unit(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "swung between 147.10 and 150.20 yen": the dollar against the yen, not the dollar index."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COMPARED_WINDOWS))
def test_a_move_set_against_anothers_shares_its_window_and_subject(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "gained 3.1% over the week, outpacing the Nikkei, which added 1.4%": the week's; "Copper
    outshone aluminium ..., climbing 2.4%": copper's."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MISC))
def test_records_pares_and_closing_participles(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "as high as a record 120 roubles", "record highs against both the euro and the dollar", "shook off
    an early 1.1% drop", "before the central bank stepped in, ending the day 0.5% stronger"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FUTURES_AND_CASH))
def test_a_cash_index_after_premarket_futures_is_the_days_close(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Dow futures gained 0.8% before the bell ..., and the blue-chip index went on to close ... 1.1%,
    higher": the Dow's close, not a premarket state; "went on to a record close of X, up 1.1%"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SUNDAY_FUTURES))
def test_futures_reopening_on_sunday_evening_are_that_sundays_open(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "fell 1.5% when electronic trading resumed on Sunday evening": Sunday's move at the open."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(YEAR_WINDOWS))
def test_a_move_told_over_a_named_year_is_that_years(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "The CAC 40 ended 2023 up 16.5%, the DAX gained 20.3% and ...", "to end 2023 up 28%", "for
    2023": the year's move, shared by the clauses joined to it; the year is no level."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EARLY_LEVELS))
def test_a_level_reached_early_and_left_by_the_close_is_the_extreme(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "jumped to $2,152 in the first hour of trade ..., and ended the session at $2,119, up 1.3%"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORD_SIZES))
def test_a_record_money_size_before_a_level_is_the_move(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "jumped a record $120 to $2,300 an ounce": a move of $120 and the biggest, not a record at 120."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WHICH_RECORDS))
def test_records_of_the_former_and_the_latter_take_their_own_levels(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "the former's weakest since 1990 and the latter's strongest since January": each market's
    record at its own level."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FROM_MARKS))
def test_a_distance_from_a_dated_mark_is_the_move_since_it(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "still about 50% short of its Jan. 29, 2018 record close", "about 5% stronger than the record
    low it touched on Feb. 6": the move since that day."""
    assert extract(sentence, published) == expected
