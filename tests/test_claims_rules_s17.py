"""Claim parser rules from session 17 (lead): markets named by description, ISO code or
epithet; more motion verbs; sizes in words; the day's extremes a later turn leaves; dated peaks
topped; move nouns and whose they are; windows joined across side clauses; the present tense as
a state; bond yields named and moved; quotes ("was bid at"). Spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

NAMES: list[Row] = [
    ("The euro climbed to 0.9120 pound on Monday.",
     "2025-03-24",
     ["EURGBP level up 2025-03-24 level=0.912"]),
    ("The Russian unit slid 3% to 98 per dollar on Tuesday.",
     "2023-08-15",
     ["USDRUB session_change down 3 percent 2023-08-15 inverse level=98"]),
    ("Japan's main share gauge rebounded 3.2% on Tuesday.",
     "2024-08-06",
     ["NIKKEI225 session_change up 3.2 percent 2024-08-06"]),
    ("Britain's top share index fell 1.1% on Friday.",
     "2024-08-02",
     ["FTSE100 session_change down 1.1 percent 2024-08-02"]),
    ("The pan-European index fell 2.2% on Thursday.",
     "2024-08-01",
     ["STOXX600 session_change down 2.2 percent 2024-08-01"]),
    ("Mumbai's 30-share index rose 1.4% on Monday.",
     "2024-06-10",
     ["SENSEX session_change up 1.4 percent 2024-06-10"]),
    ("Digital gold fell 4% on Monday.",
     "2024-08-05",
     ["BTC session_change down 4 percent 2024-08-05"]),
    ("The North Sea benchmark rose 1.5% on Monday.",
     "2024-08-05",
     ["BRENT session_change up 1.5 percent 2024-08-05"]),
    ("Seoul's won weakened 1.2% on Wednesday.",
     "2024-12-04",
     ["USDKRW session_change down 1.2 percent 2024-12-04 inverse"]),
    ("The tech-laden index fell 3% on Monday.",
     "2024-08-05",
     ["NASDAQ session_change down 3 percent 2024-08-05"]),
    ("Shanghai's composite index crashed 6.1% on Tuesday.",
     "2015-08-25",
     ["SHCOMP session_change down 6.1 percent 2015-08-25"]),
    ("KRW weakened 1.2 pct to 1,380 per USD on Monday.",
     "2024-08-05",
     ["USDKRW session_change down 1.2 percent 2024-08-05 inverse level=1380"]),
]  # fmt: skip

VERBS: list[Row] = [
    ("The DAX crumbled 3.5% on Monday.",
     "2024-08-05",
     ["DAX session_change down 3.5 percent 2024-08-05"]),
    ("Silver sprang 4.2% on Tuesday.",
     "2024-08-06",
     ["SILVER session_change up 4.2 percent 2024-08-06"]),
    ("The FTSE 100 drooped 0.6% on Wednesday.",
     "2024-08-07",
     ["FTSE100 session_change down 0.6 percent 2024-08-07"]),
    ("The Hang Seng index caved in 1,050 points, or 5.8%, to 17,100 on Thursday.",
     "2024-08-08",
     ["HSI session_change down 5.8 percent 2024-08-08 level=17100"]),
    ("Chicago corn futures settled limit-down on Monday.",
     "2024-08-05",
     ["CORN session_change down 2024-08-05"]),
    ("The Chinese unit duly slid 1.2% to 7.2100 per dollar.",
     "2024-08-05",
     ["USDCNY session_change down 1.2 percent 2024-08-05 inverse level=7.21"]),
]  # fmt: skip

SIZES: list[Row] = [
    ("The Dow swung to a gain of more than 250 points on Friday.",
     "2024-08-09",
     ["DJIA session_change up 250 points more_than 2024-08-09"]),
    ("The Nasdaq rallied to a 150-point gain on Friday.",
     "2024-08-09",
     ["NASDAQ session_change up 150 points 2024-08-09"]),
    ("The Nikkei tumbled twelve percent on Monday.",
     "2024-08-05",
     ["NIKKEI225 session_change down 12 percent 2024-08-05"]),
    ("Italy's FTSE MIB lost twelve and a half percent on Friday.",
     "2016-06-24",
     ["FTSEMIB session_change down 12.5 percent 2016-06-24"]),
    ("The dollar was down seven-tenths of a percent at 103.2 by midday in New York on Wednesday.",
     "2024-08-07",
     ["DXY intraday_change down 0.7 percent 2024-08-07 level=103.2"]),
    ("The 10-year JGB yield rose about a fifth of a percentage point to 0.62% on Tuesday.",
     "2024-08-06",
     ["JP10Y session_change up 20 bp about 2024-08-06 level=0.62"]),
    ("Silver shed about an eighth of its value on Monday.",
     "2024-08-05",
     ["SILVER session_change down 12.5 percent about 2024-08-05"]),
    ("Gold climbed thirty dollars, or a percent and a half, to $2,030 an ounce by 0900 GMT on Monday.",
     "2024-08-05",
     ["GOLD intraday_change up 1.5 percent 2024-08-05 level=2030"]),
    ("The Dow ended down 412.50, or 1.2%, at 33,400.10.",
     "2024-08-05",
     ["DJIA session_change down 1.2 percent 2024-08-05 level=33400.1"]),
    ("The won plunged by its daily 10% limit to 1,750 per dollar on Tuesday.",
     "1997-12-23",
     ["USDKRW session_change down 10 percent 1997-12-23 inverse level=1750"]),
    ("Dow futures slumped more than 800 points to their limit-down level in Asian trade on Monday.",
     "2020-03-16",
     ["YM intraday_extreme down 800 points more_than 2020-03-16"]),
    ("Gold settled down $90.20 at $1,480.10 on Monday, its biggest one-day dollar drop on record.",
     "2013-04-15",
     ["GOLD session_change down 90.2 points 2013-04-15 level=1480.1",
      "GOLD biggest_move down 2013-04-15"]),
    ("The Nikkei fell 5.3% on Thursday as a record 4.1 billion shares changed hands.",
     "2024-08-08",
     ["NIKKEI225 session_change down 5.3 percent 2024-08-08"]),
]  # fmt: skip

EXTREMES: list[Row] = [
    ("The Dow lost nearly 600 points in the first minutes of trading on Friday, swung to a gain of more than 200 points in the afternoon and closed 1.1% lower.",
     "2024-08-09",
     ["DJIA intraday_extreme down 600 points almost 2024-08-09",
      "DJIA intraday_extreme up 200 points more_than 2024-08-09",
      "DJIA session_change down 1.1 percent 2024-08-09"]),
    ("On Aug. 5, 2024, the Dow plunged almost 900 points in the first minutes of trading before ending the session down 2.9%.",
     "2024-11-20",
     ["DJIA intraday_extreme down 900 points almost 2024-08-05",
      "DJIA session_change down 2.9 percent 2024-08-05"]),
    ("Paris's CAC 40 pared losses from a session low of 5,020.10 to close 2.4% down at 5,110.80 on Monday.",
     "2024-08-05",
     ["CAC40 session_change down 2.4 percent 2024-08-05 level=5110.8",
      "CAC40 intraday_extreme down 2024-08-05 level=5020.1"]),
    ("The dollar pushed past 152 yen before abruptly dropping.",
     "2024-08-05",
     ["USDJPY intraday_extreme up 2024-08-05 level=152"]),
    ("London's FTSE 100 is down 2.5% by midday, having plunged more than 5% in the first minutes of trading.",
     "2024-08-05",
     ["FTSE100 intraday_change down 2.5 percent 2024-08-05",
      "FTSE100 intraday_extreme down 5 percent more_than 2024-08-05"]),
    ("The onshore yuan weakened to as soft as 7.3290 per dollar on Friday.",
     "2023-09-08",
     ["USDCNY intraday_extreme down 2023-09-08 inverse level=7.329"]),
    ("The pound slumped to $1.0520 in Asian trading on Monday, down almost 4% on the day.",
     "2022-09-26",
     ["GBPUSD intraday_extreme down 2022-09-26 level=1.052",
      "GBPUSD intraday_change down 4 percent almost 2022-09-26"]),
    ("The euro sank to $0.9810 in Asian trading on Thursday.",
     "2022-09-29",
     ["EURUSD level down 2022-09-29 level=0.981"]),
]  # fmt: skip

RECORDS: list[Row] = [
    ("The Dow plunged 9% to 21,200 on Monday, by far its worst day on record.",
     "2020-03-16",
     ["DJIA session_change down 9 percent 2020-03-16 level=21200",
      "DJIA biggest_move down 2020-03-16"]),
    ("The VIX closed at 82.69 on Monday, topping its 2008 closing peak of just over 80.",
     "2020-03-16",
     ["VIX level none 2020-03-16 level=82.69",
      "VIX record up 2020-03-16 level=82.69"]),
    ("Japan's Nikkei closed at 38,950.10 on Thursday, finally topping its 1989 record of 38,915.87.",
     "2024-02-22",
     ["NIKKEI225 level none 2024-02-22 level=38950.1",
      "NIKKEI225 record up 2024-02-22 level=38950.1"]),
    ("The dollar index sat at 102.3, not far from Monday's four-month low of 101.9.",
     "2024-08-06",
     ["DXY level none 2024-08-06 level=102.3",
      "DXY record down 2024-08-05 level=101.9 since=2024-04-05"]),
    ("The rouble firmed 0.5% to 72.5 per dollar on Friday but still finished the year roughly 20% weaker, its worst showing since 2014.",
     "2022-12-30",
     ["USDRUB session_change up 0.5 percent 2022-12-30 inverse level=72.5",
      "USDRUB period_change down 20 percent about 2022-12-30 inverse since=2022-01-01"]),
    ("Germany's DAX closed at 15,020.10 on Thursday, down 4.2 per cent, or 660.55 points, its worst day since 2020.",
     "2024-08-08",
     ["DAX session_change down 4.2 percent 2024-08-08 level=15020.1",
      "DAX biggest_move down 2024-08-08 since=2020-01-01"]),
    ("The 10-year yield fell to 0.62%, a record low, while 30-year yields slipped to 1.27%, also a record.",
     "2020-03-09",
     ["US10Y level down 2020-03-09 level=0.62",
      "US10Y record down 2020-03-09 level=0.62",
      "US30Y level down 2020-03-09 level=1.27",
      "US30Y record down 2020-03-09 level=1.27"]),
    ("Bitcoin pushed through $30,000 on Tuesday for the first time since July last year.",
     "2023-08-15",
     ["BTC level up 2023-08-15 level=30000",
      "BTC record up 2023-08-15 level=30000 since=2022-07-01"]),
]  # fmt: skip

MOVES: list[Row] = [
    ("The Kospi shed a further 3.1% on Tuesday, on top of a 2.6% slide the previous day.",
     "2024-08-06",
     ["KOSPI session_change down 3.1 percent 2024-08-06",
      "KOSPI session_change down 2.6 percent 2024-08-05"]),
    ("Shanghai stocks fell 4.2% on Tuesday, taking the Shanghai index's three-day losing run to nearly 11%.",
     "2015-08-25",
     ["SHCOMP session_change down 4.2 percent 2015-08-25",
      "SHCOMP period_change down 11 percent almost 2015-08-25 since=2015-08-21"]),
    ("The peso slumped 1.2% to 20.15 per dollar on Friday, sealing a weekly loss of nearly 6%.",
     "2024-08-09",
     ["USDMXN session_change down 1.2 percent 2024-08-09 inverse level=20.15",
      "USDMXN period_change down 6 percent almost 2024-08-09 inverse since=2024-08-05"]),
    ("The Nasdaq fell 1.1% on Tuesday after a 6% jump in Nvidia shares.",
     "2024-08-06",
     ["NASDAQ session_change down 1.1 percent 2024-08-06"]),
    ("Hong Kong shares rose 5% on Tuesday, recouping Monday's loss of almost 6%.",
     "2024-08-06",
     ["HSI session_change up 5 percent 2024-08-06",
      "HSI session_change down 6 percent almost 2024-08-05"]),
    ("The RTS index fell 4% on Monday after Moscow devalued the rouble, extending last week's 12% plunge.",
     "1998-08-17",
     ["RTSI session_change down 4 percent 1998-08-17",
      "RTSI period_change down 12 percent 1998-08-14 since=1998-08-10"]),
    ("The Kospi closed down 2.1% on Tuesday, following Monday's 3.4% slide on Wall Street.",
     "2024-08-06",
     ["KOSPI session_change down 2.1 percent 2024-08-06",
      "SPX session_change down 3.4 percent 2024-08-05"]),
    ("The Kospi swung from an 8.8% plunge on Monday to a 3.3% rebound on Tuesday.",
     "2024-08-06",
     ["KOSPI session_change down 8.8 percent 2024-08-05",
      "KOSPI session_change up 3.3 percent 2024-08-06"]),
    ("Chile's peso weakened 15.5 pesos to 950.30 per dollar on Thursday.",
     "2024-08-08",
     ["USDCLP session_change down 15.5 points 2024-08-08 inverse level=950.3"]),
    ("The Nikkei lost 1.8% on Tuesday, lagging the Hang Seng, which managed to close 0.4% higher.",
     "2024-08-06",
     ["NIKKEI225 session_change down 1.8 percent 2024-08-06",
      "HSI session_change up 0.4 percent 2024-08-06"]),
    ("Gold rallied 1.6% on Friday, while silver gained only half as much.",
     "2024-03-01",
     ["GOLD session_change up 1.6 percent 2024-03-01",
      "SILVER session_change up 2024-03-01"]),
]  # fmt: skip

WINDOWS: list[Row] = [
    ("The S&P 500 ended down 4% on Monday, leaving the index 18.5% below its Jan. 3 close.",
     "2022-06-13",
     ["SPX session_change down 4 percent 2022-06-13",
      "SPX period_change down 18.5 percent 2022-06-13 since=2022-01-03"]),
    ("Japan's Nikkei ended the year's final session 0.4% higher but fell 9.4% over 2022.",
     "2022-12-30",
     ["NIKKEI225 session_change up 0.4 percent 2022-12-30",
      "NIKKEI225 period_change down 9.4 percent 2022-12-30 since=2022-01-01"]),
    ("The STOXX 600 fell 0.8% on Friday to cap its worst week since March with a 2.9% drop.",
     "2024-08-02",
     ["STOXX600 session_change down 0.8 percent 2024-08-02",
      "STOXX600 period_change down 2.9 percent 2024-08-02 since=2024-07-29"]),
    ("Gold rose 0.9% on Thursday, capping its best quarter since 2020 with a gain of roughly 8%.",
     "2024-03-28",
     ["GOLD session_change up 0.9 percent 2024-03-28",
      "GOLD period_change up 8 percent about 2024-03-28 since=2024-01-01"]),
    ("The Dow jumped 4.5% on Monday after shedding 9.8% in the previous week.",
     "2008-10-13",
     ["DJIA session_change up 4.5 percent 2008-10-13",
      "DJIA period_change down 9.8 percent 2008-10-10 since=2008-10-06"]),
    ("The 10-year yield rose 4 basis points on Tuesday, leaving it up 50 basis points since the start of June.",
     "2022-06-14",
     ["US10Y session_change up 4 bp 2022-06-14",
      "US10Y period_change up 50 bp 2022-06-14 since=2022-06-01"]),
    ("Bitcoin climbed above $45,000 on Monday, building on a weekend surge of about 8%.",
     "2024-02-12",
     ["BTC level up 2024-02-12 level=45000",
      "BTC period_change up 8 percent about 2024-02-11 since=2024-02-10"]),
    ("The S&P 500 fell 0.7% on Thursday to close out a first half in which it lost 12%.",
     "2022-06-30",
     ["SPX session_change down 0.7 percent 2022-06-30",
      "SPX period_change down 12 percent 2022-06-30 since=2022-01-01"]),
    ("Over the second quarter, the Nikkei led global benchmarks with a 20% surge, gold gained 8% and Brent lost 3%.",
     "2024-06-28",
     ["NIKKEI225 period_change up 20 percent 2024-06-28 since=2024-04-01",
      "GOLD period_change up 8 percent 2024-06-28 since=2024-04-01",
      "BRENT period_change down 3 percent 2024-06-28 since=2024-04-01"]),
    ("Gold fell 12% in 2015, its third straight annual loss, while silver lost about 11% and platinum shed 26%.",
     "2015-12-31",
     ["GOLD period_change down 12 percent 2015-12-31 since=2015-01-01",
      "SILVER period_change down 11 percent about 2015-12-31 since=2015-01-01",
      "PLATINUM period_change down 26 percent 2015-12-31 since=2015-01-01"]),
    ("Wall Street ended a losing year on Tuesday, with the Dow down 16.8% for 2002 and the S&P 500 off 23.4%.",
     "2002-12-31",
     ["DJIA period_change down 16.8 percent 2002-12-31 since=2002-01-01",
      "SPX period_change down 23.4 percent 2002-12-31 since=2002-01-01"]),
    ("The Hang Seng rose 18% in 1999, most of it in a frantic fourth quarter during which the index added 14%.",
     "1999-12-31",
     ["HSI period_change up 18 percent 1999-12-31 since=1999-01-01",
      "HSI period_change up 14 percent 1999-12-31 since=1999-10-01"]),
    ("Copper jumped 22% in the April-June period.",
     "2020-06-30",
     ["COPPER period_change up 22 percent 2020-06-30 since=2020-04-01"]),
    ("In January, the Kospi rallied 8.4%, outpacing the Nikkei.",
     "2023-01-31",
     ["KOSPI period_change up 8.4 percent 2023-01-31 since=2023-01-01"]),
]  # fmt: skip

DAYS: list[Row] = [
    ("Brent rose 2.1% on Monday, then eased 0.5% on Tuesday morning.",
     "2024-08-06",
     ["BRENT session_change up 2.1 percent 2024-08-05",
      "BRENT intraday_change down 0.5 percent 2024-08-06"]),
    ("The Kospi was down 2.2% by the lunch break on Monday, after the Nasdaq slid 1.9% on Friday, while the won was 0.5% weaker at 1,340 per dollar.",
     "2024-08-05",
     ["KOSPI intraday_change down 2.2 percent 2024-08-05",
      "NASDAQ session_change down 1.9 percent 2024-08-02",
      "USDKRW intraday_change down 0.5 percent 2024-08-05 inverse level=1340"]),
    ("Treasury yields are climbing on Tuesday.",
     "2024-08-06",
     ["US10Y intraday_change up 2024-08-06"]),
    ("Seoul's Kospi is down 4.1% in afternoon trade, while Taiwan's Taiex has shed 3.9%.",
     "2024-08-05",
     ["KOSPI intraday_change down 4.1 percent 2024-08-05",
      "TAIEX intraday_change down 3.9 percent 2024-08-05"]),
    ("Bitcoin broke through $50,000 for the first time on Thursday, having added more than $3,000 in 24 hours.",
     "2024-02-15",
     ["BTC level up 2024-02-15 level=50000",
      "BTC record up 2024-02-15 level=50000",
      "BTC intraday_change up 3000 points more_than 2024-02-15"]),
]  # fmt: skip

BONDS: list[Row] = [
    ("The yield on the 10-year Bund edged up 4 basis points to 2.61% on Thursday.",
     "2024-08-08",
     ["DE10Y session_change up 4 bp 2024-08-08 level=2.61"]),
    ("The yield on the benchmark 10-year Japanese government bond fell a basis point to 0.91% in morning trade.",
     "2024-08-08",
     ["JP10Y intraday_change down 1 bp 2024-08-08 level=0.91"]),
    ("Germany's 10-year borrowing cost rose 12 basis points to 2.55% on Wednesday.",
     "2024-08-07",
     ["DE10Y session_change up 12 bp 2024-08-07 level=2.55"]),
    ("The long bond rose 22/32 on Wednesday, trimming its yield 3 basis points to 4.41%.",
     "2024-08-07",
     ["US30Y session_change down 3 bp 2024-08-07 level=4.41"]),
    ("Gilts rallied, with the benchmark 10-year gilt up more than a point and its yield 14 basis points lower at 3.92% in late trade.",
     "2024-08-07",
     ["UK10Y session_change down 14 bp 2024-08-07 level=3.92"]),
    ("Japan's benchmark 10-year yield touched 1.1% on Thursday, then reversed as the Nikkei fell 3%, and it ended 4 basis points lower at 1.02%.",
     "2024-08-08",
     ["JP10Y intraday_extreme up 2024-08-08 level=1.1",
      "NIKKEI225 session_change down 3 percent 2024-08-08",
      "JP10Y session_change down 4 bp 2024-08-08 level=1.02"]),
    ("30-yr gilt yield plunged 60 bps on Wednesday.",
     "2024-08-07",
     ["UK30Y session_change down 60 bp 2024-08-07"]),
    ("Yen slid to 155.10 per dollar on Wednesday, a 34-yr low.",
     "2024-04-24",
     ["USDJPY level down 2024-04-24 inverse level=155.1",
      "USDJPY record down 2024-04-24 inverse level=155.1 since=1990-04-24"]),
    ("U.S. natgas futures soared 12 pct on Wednesday.",
     "2024-08-07",
     ["NATGAS_US session_change up 12 percent 2024-08-07"]),
]  # fmt: skip

STATES: list[Row] = [
    ("The 10-year yield jumped 12 basis points to 2.07% and gold, after rallying as much as 3.1%, ended 0.4% lower.",
     "2016-11-09",
     ["US10Y session_change up 12 bp 2016-11-09 level=2.07",
      "GOLD intraday_extreme up 3.1 percent as_much_as 2016-11-09",
      "GOLD session_change down 0.4 percent 2016-11-09"]),
    ("The pound was bid at $1.2385 in mid-morning London trade on Friday.",
     "2024-08-09",
     ["GBPUSD level none 2024-08-09 level=1.2385"]),
    ("The dollar was offered at 5.2100 reais late on Tuesday, down 1.1%.",
     "2024-08-06",
     ["USDBRL intraday_change down 1.1 percent 2024-08-06 level=5.21"]),
    ("China's yuan weakened past 7.3 per dollar on Monday, with the onshore currency changing hands at 7.3120 in late trade.",
     "2023-09-04",
     ["USDCNY level down 2023-09-04 inverse level=7.3",
      "USDCNY level none 2023-09-04 inverse level=7.312"]),
    ("Ether slid to $3,120 in Asian hours on Wednesday before climbing back to $3,210 by 0800 GMT, up 0.6% on the day.",
     "2024-08-07",
     ["ETH intraday_extreme down 2024-08-07 level=3120",
      "ETH intraday_change up 0.6 percent 2024-08-07 level=3210"]),
    ("Minneapolis spring wheat jumped 4.1% on Tuesday, while Chicago wheat rose 1.2%.",
     "2024-08-06",
     ["WHEAT session_change up 1.2 percent 2024-08-06"]),
    ("The FTSE 100 fell 1.2% on Friday, and the domestically focused FTSE 250 had its worst day since 2020, falling 4.1%.",
     "2024-08-02",
     ["FTSE100 session_change down 1.2 percent 2024-08-02"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NAMES))
def test_markets_named_by_description_or_code(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "the Russian unit", "Japan's main share gauge", "Britain's top share index", "the pan-European
    index", "Mumbai's 30-share index", "digital gold", "the North Sea benchmark", "Seoul's won",
    "KRW", and a level in pounds of euro-sterling: the market each names."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(VERBS))
def test_more_verbs_of_motion(sentence: str, published: str, expected: list[str]) -> None:
    """ "crumbled", "sprang", "drooped", "caved in", "settled limit-down", "duly slid": each a move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SIZES))
def test_sizes_in_words_limits_and_bare_points(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "a gain of more than 250 points", "a 150-point gain", "twelve and a half percent", "seven-tenths
    of a percent", "a fifth of a percentage point", "an eighth of its value", "thirty dollars, or a
    percent and a half", "ended down 412.50, or 1.2%", "by its daily 10% limit", "to their
    limit-down level in Asian trade"; no dollar for "one-day dollar drop", no level in "4.1 billion"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EXTREMES))
def test_the_days_extremes_a_later_turn_or_state_leaves(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A first-minutes move a later swing or the close undid, "from a session low of", "pushed past 152
    yen before abruptly dropping", "is down 2.5% by midday, having plunged more than 5%", "as soft
    as", and a level reached in Asian trading that the sentence moves on from (else a level)."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORDS))
def test_records_rankings_and_marks(sentence: str, published: str, expected: list[str]) -> None:
    """ "by far its worst day on record", a dated peak topped ("its 2008 closing peak"), "not far from
    Monday's four-month low", no ranking of a year's "showing", a mark after an alternative size,
    ", also a record", "since July last year"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MOVES))
def test_move_nouns_and_whose_they_are(sentence: str, published: str, expected: list[str]) -> None:
    """ "on top of a 2.6% slide the previous day", "three-day losing run", "sealing a weekly loss",
    not "a 6% jump in Nvidia shares", "Monday's loss of almost 6%", "extending last week's plunge"
    (the subject's), "Monday's slide on Wall Street", a swing's ends on two days, "15.5 pesos",
    "which managed to close 0.4% higher", and no size in "half as much"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WINDOWS))
def test_windows_and_the_moves_over_them(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "below its Jan. 3 close", "the year's final session", "to cap its worst week ... with a 2.9%
    drop", "with a gain of roughly 8%", "in the previous week", "since the start of June", "a weekend
    surge", "a first half in which it lost 12%", "a frantic fourth quarter during which", "in the
    April-June period", a fronted "In January,", a fronted quarter after "led ... with", a with-list item after "for 2002",
    and a joined clause that shares the year across a side clause."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAYS))
def test_days_and_the_time_of_writing(sentence: str, published: str, expected: list[str]) -> None:
    """ "on Tuesday morning", that Tuesday (a state); a side clause's own day ("after the Nasdaq slid
    on Friday") dates only itself; the present tense on the day ("are climbing", "has shed") is a
    state; "in 24 hours"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BONDS))
def test_bond_yields_named_and_moved(sentence: str, published: str, expected: list[str]) -> None:
    """ "the yield on the 10-year Bund", "the 10-year Japanese government bond", "Germany's 10-year
    borrowing cost", "trimming its yield", "its yield 14 basis points lower", "it" after a
    basis-point move is the yield, and newswire shorthand ("30-yr", "34-yr low", "natgas")."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STATES))
def test_states_quotes_and_subjects(sentence: str, published: str, expected: list[str]) -> None:
    """ "gold, after rallying ..., ended", "was bid at", "was offered at ... reais", "the onshore
    currency", a level reached then the day's move set off after it (one state), other wheat
    contracts, and "the FTSE 250" (not the FTSE 100)."""
    assert extract(sentence, published) == expected
