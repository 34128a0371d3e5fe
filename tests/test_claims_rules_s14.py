"""Claim parser rules from session 14 (lead): parts of the day, levels left the same day, the
day's extremes inside the sentence's structure, asides, counters, windows shared by joined
clauses, and marks of "the former" or "the latter". Spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

DAY_PARTS: list[Row] = [
    ("The Kospi sank 8.8% on Monday after diving as much as 10% in the afternoon, while gold fell 1.5%.",
     "2024-08-05",
     ["KOSPI session_change down 8.8 percent 2024-08-05",
      "KOSPI intraday_extreme down 10 percent as_much_as 2024-08-05",
      "GOLD session_change down 1.5 percent 2024-08-05"]),
    ("U.S. stock futures jumped 2% before the bell on Tuesday, but the Dow still closed 0.9% lower, while oil rose 1.2%.",
     "2024-08-06",
     ["ES intraday_change up 2 percent 2024-08-06",
      "DJIA session_change down 0.9 percent 2024-08-06",
      "BRENT session_change up 1.2 percent 2024-08-06"]),
    ("The Hang Seng lost 1.8% in early trade, while the yuan weakened 0.3%.",
     "2024-08-07",
     ["HSI intraday_change down 1.8 percent 2024-08-07",
      "USDCNY intraday_change down 0.3 percent 2024-08-07 inverse"]),
]  # fmt: skip

LEVELS_LEFT: list[Row] = [
    ("Palladium shot up to a record $3,440 an ounce on Monday, only to end the session 4.2% lower.",
     "2022-03-07",
     ["PALLADIUM intraday_extreme up 2022-03-07 level=3440",
      "PALLADIUM record up 2022-03-07 level=3440",
      "PALLADIUM session_change down 4.2 percent 2022-03-07"]),
    ("Silver jumped to $29.80 in Asian hours on Tuesday, then gave back most of the gain to trade 0.6% higher in London.",
     "2024-05-21",
     ["SILVER intraday_extreme up 2024-05-21 level=29.8",
      "SILVER intraday_change up 0.6 percent 2024-05-21"]),
    ("The Nasdaq pushed through 20,000 for the first time on Wednesday but could not hold the milestone.",
     "2024-12-11",
     ["NASDAQ intraday_extreme up 2024-12-11 level=20000",
      "NASDAQ record up 2024-12-11 level=20000"]),
]  # fmt: skip

FROM_THE_CLOSE_BEFORE: list[Row] = [
    ("The rouble firmed to 61.5 per dollar by midday on Wednesday, about 10% stronger than Tuesday's close.",
     "2014-12-17",
     ["USDRUB intraday_change up 10 percent about 2014-12-17 inverse level=61.5"]),
    ("Brent traded at $78.20 a barrel on Monday, 2.3% below Friday's settlement.",
     "2024-08-05",
     ["BRENT intraday_change down 2.3 percent 2024-08-05 level=78.2"]),
    ("Japan's 10-year yield stood at 1.1% on Wednesday, about 10 basis points above where it was a week earlier.",
     "2024-05-29",
     ["JP10Y level none 2024-05-29 level=1.1",
      "JP10Y period_change up 10 bp about 2024-05-29 since=2024-05-22"]),
    ("The Bund yield fell to minus 0.71% on Thursday, more than 25 basis points below where it started the month.",
     "2019-08-15",
     ["DE10Y level down 2019-08-15 level=-0.71",
      "DE10Y period_change down 25 bp more_than 2019-08-15 since=2019-08-01"]),
    ("The euro was trading at $1.0850, 1.2% above where it began the year.",
     "2024-03-08",
     ["EURUSD level none 2024-03-08 level=1.085",
      "EURUSD period_change up 1.2 percent 2024-03-08 since=2024-01-01"]),
]  # fmt: skip

PARED_EXTREMES: list[Row] = [
    ("The Dow sank 1,100 points in the first hour of trading on Monday before ending 600.15 points, or 1.9%, lower at 31,400.20.",
     "2024-08-05",
     ["DJIA intraday_extreme down 1100 points 2024-08-05",
      "DJIA session_change down 1.9 percent 2024-08-05 level=31400.2"]),
    ("The FTSE 100 was down almost 4% at its lowest on Friday and closed 2.1% lower.",
     "2024-08-02",
     ["FTSE100 intraday_extreme down 4 percent almost 2024-08-02",
      "FTSE100 session_change down 2.1 percent 2024-08-02"]),
    ("Brazil's Bovespa, which had been down more than 6% in early trade, triggering a circuit breaker, rebounded to close 1.3% higher on Thursday.",
     "2020-03-12",
     ["BOVESPA intraday_extreme down 6 percent more_than 2020-03-12",
      "BOVESPA session_change up 1.3 percent 2020-03-12"]),
    ("The Nasdaq closed 2.1% lower on Tuesday, though it ended well off its lows after sliding as much as 4% at midday.",
     "2024-09-03",
     ["NASDAQ session_change down 2.1 percent 2024-09-03",
      "NASDAQ intraday_extreme down 4 percent as_much_as 2024-09-03"]),
    ("The DAX closed 1.1% lower on Monday after clawing back most of an early slide of more than 4%.",
     "2024-08-05",
     ["DAX session_change down 1.1 percent 2024-08-05",
      "DAX intraday_extreme down 4 percent more_than 2024-08-05"]),
    ("The Nasdaq sank 4% in the opening minutes on Monday before clawing back more than half of that loss to close down 1.5%.",
     "2024-08-05",
     ["NASDAQ intraday_extreme down 4 percent 2024-08-05",
      "NASDAQ session_change down 1.5 percent 2024-08-05"]),
]  # fmt: skip

FRONTED_STATES: list[Row] = [
    ("At one point down almost 9%, the Kospi recovered to close 1.3% lower on Monday.",
     "2024-08-05",
     ["KOSPI intraday_extreme down 9 percent almost 2024-08-05",
      "KOSPI session_change down 1.3 percent 2024-08-05"]),
    ("Briefly up 2% in early trade, the Nikkei ended 0.5% lower on Friday.",
     "2024-08-09",
     ["NIKKEI225 intraday_extreme up 2 percent 2024-08-09",
      "NIKKEI225 session_change down 0.5 percent 2024-08-09"]),
    ("The Dow trimmed its loss to 588 points, or 1.9%, by the close on Wednesday.",
     "2024-07-24",
     ["DJIA session_change down 1.9 percent 2024-07-24"]),
    ("Brent crude for June delivery, which at one point slumped to $60.10 a barrel, settled at $62.40 on Wednesday.",
     "2025-04-09",
     ["BRENT intraday_extreme down 2025-04-09 level=60.1",
      "BRENT level none 2025-04-09 level=62.4"]),
    ("Up as much as 1.4% at $1.0950 at one point, the euro was last 0.6% higher at $1.0870 on Wednesday.",
     "2024-03-20",
     ["EURUSD intraday_extreme up 1.4 percent as_much_as 2024-03-20 level=1.095",
      "EURUSD intraday_change up 0.6 percent 2024-03-20 level=1.087"]),
    ("Japan's Topix, down as much as 12.5% in the afternoon after a week of losses, closed 12.2% lower on Monday.",
     "2024-08-05",
     ["TOPIX intraday_extreme down 12.5 percent as_much_as 2024-08-05",
      "TOPIX session_change down 12.2 percent 2024-08-05"]),
]  # fmt: skip

CLOSED_STATES: list[Row] = [
    ("The rand ended well off its weakest levels on Friday but was still down about 2% at 19.10 per dollar.",
     "2023-05-12",
     ["USDZAR session_change down 2 percent about 2023-05-12 inverse level=19.1"]),
    ("The Dow closed 1.9% lower on Monday, though it ended off its lows after sliding as much as 1,100 points at midday.",
     "2024-08-05",
     ["DJIA session_change down 1.9 percent 2024-08-05",
      "DJIA intraday_extreme down 1100 points as_much_as 2024-08-05"]),
    ("Bitcoin crossed $70,000 for the first time on Monday and touched $72,400 at one point, but later gave back part of the gain.",
     "2024-03-11",
     ["BTC level up 2024-03-11 level=70000",
      "BTC record up 2024-03-11 level=70000",
      "BTC intraday_extreme up 2024-03-11 level=72400"]),
]  # fmt: skip

APPOSED_STATES: list[Row] = [
    ("Ether, down as much as 11% at $1,030 on Saturday, had clawed back above $1,100 by Sunday.",
     "2022-06-19",
     ["ETH intraday_extreme down 11 percent as_much_as 2022-06-18 level=1030",
      "ETH level up 2022-06-19 level=1100"]),
    ("The rand \u2014 already down about 9% this year \u2014 slid a further 1.1% on Thursday to 19.05 per dollar.",
     "2023-05-25",
     ["USDZAR period_change down 9 percent about 2023-05-25 inverse since=2023-01-01",
      "USDZAR session_change down 1.1 percent 2023-05-25 inverse level=19.05"]),
]  # fmt: skip

NOMINAL_RANKS: list[Row] = [
    ("The lira's 14% collapse against the dollar on Friday, which came after Washington doubled tariffs, was its worst day since 2001.",
     "2018-08-11",
     ["USDTRY session_change down 14 percent 2018-08-10 inverse",
      "USDTRY biggest_move down 2018-08-10 inverse since=2001-01-01"]),
    ("The 10-year Treasury yield's 30-basis-point jump on Wednesday, to about 4.61%, was its steepest one-day rise since 2009.",
     "2023-10-05",
     ["US10Y session_change up 30 bp 2023-10-04 level=4.61",
      "US10Y biggest_move up 2023-10-04 since=2009-01-01"]),
    ("Silver's 9% leap on Monday, as buyers piled into metals, was the biggest one-day gain since 2020.",
     "2024-05-21",
     ["SILVER session_change up 9 percent 2024-05-20",
      "SILVER biggest_move up 2024-05-20 since=2020-01-01"]),
    ("Platinum's 7% leap on Thursday was its largest one-day gain since 2008.",
     "2024-05-17",
     ["PLATINUM session_change up 7 percent 2024-05-16",
      "PLATINUM biggest_move up 2024-05-16 since=2008-01-01"]),
]  # fmt: skip

HAVING_CLAUSES: list[Row] = [
    ("The Indian rupee, having hit a record 87.95 per dollar in the morning, ended 0.3% weaker at 87.60.",
     "2025-02-10",
     ["USDINR intraday_extreme down 2025-02-10 inverse level=87.95",
      "USDINR record down 2025-02-10 inverse level=87.95",
      "USDINR session_change down 0.3 percent 2025-02-10 inverse level=87.6"]),
    ("The won ended the day at a record 1,450 per dollar, down 0.4%.",
     "2024-12-27",
     ["USDKRW session_change down 0.4 percent 2024-12-27 inverse level=1450",
      "USDKRW record down 2024-12-27 inverse level=1450"]),
]  # fmt: skip

RELATIVE_ASIDES: list[Row] = [
    ("China's offshore yuan slid 1.1% to 7.3010 per dollar on Tuesday.",
     "2024-04-16",
     ["USDCNH session_change down 1.1 percent 2024-04-16 inverse level=7.301"]),
    ("The rand, which at one point slid 2.4% on Thursday, a day after the budget speech, was last 1.1% weaker at 19.02 per dollar.",
     "2024-05-30",
     ["USDZAR intraday_extreme down 2.4 percent 2024-05-30 inverse",
      "USDZAR intraday_change down 1.1 percent 2024-05-30 inverse level=19.02"]),
]  # fmt: skip

ASIDES: list[Row] = [
    ("The S&P 500, with bond yields climbing and oil back above $90, fell 1.4% on Tuesday.",
     "2023-09-26",
     ["SPX session_change down 1.4 percent 2023-09-26"]),
    ("Brent, as Saudi Arabia signalled deeper output cuts, rose 2.1% on Monday to settle at $84.40 a barrel.",
     "2023-06-05",
     ["BRENT session_change up 2.1 percent 2023-06-05 level=84.4"]),
    ("Brazil's real, the most traded currency in Latin America, slid 1.2% to 5.10 per dollar on Friday.",
     "2024-04-12",
     ["USDBRL session_change down 1.2 percent 2024-04-12 inverse level=5.1"]),
]  # fmt: skip

DAYS_RANGE: list[Row] = [
    ("The Kospi rebounded 3.1% to 2,480 on Friday and finished close to the top of the day's range.",
     "2024-08-09",
     ["KOSPI session_change up 3.1 percent 2024-08-09 level=2480",
      "KOSPI session_high none 2024-08-09"]),
    ("The S&P 500 lost 3% on Monday and finished pinned to the day's trough.",
     "2024-08-05",
     ["SPX session_change down 3 percent 2024-08-05",
      "SPX session_low none 2024-08-05"]),
    ("Silver settled at $28.10 an ounce on Friday, down 3.4%, and not far from the day's low.",
     "2024-07-26",
     ["SILVER session_change down 3.4 percent 2024-07-26 level=28.1",
      "SILVER session_low none 2024-07-26"]),
    ("The FTSE 100 fell 2% on Thursday and ended barely above its low of the session.",
     "2024-08-01",
     ["FTSE100 session_change down 2 percent 2024-08-01",
      "FTSE100 session_low none 2024-08-01"]),
    ("The pound was at the bottom of its range for the day by midday on Monday, down 0.8%.",
     "2024-08-05",
     ["GBPUSD session_low none 2024-08-05",
      "GBPUSD intraday_change down 0.8 percent 2024-08-05"]),
    ("The Nifty 50 rose 1.5% to a record 24,300 on Monday, finishing just shy of its session peak.",
     "2024-07-01",
     ["NIFTY50 session_change up 1.5 percent 2024-07-01 level=24300",
      "NIFTY50 record up 2024-07-01 level=24300",
      "NIFTY50 session_high none 2024-07-01"]),
    ("Soybean futures finished locked at the day's low on Tuesday.",
     "2024-07-02",
     ["SOYBEANS session_low none 2024-07-02"]),
    ("The Topix ended at its high for the day on Tuesday, up 9.3% at 2,434.00, clawing back much of Monday's rout.",
     "2024-08-06",
     ["TOPIX session_high none 2024-08-06",
      "TOPIX session_change up 9.3 percent 2024-08-06 level=2434"]),
]  # fmt: skip

TRADE_NOUNS: list[Row] = [
    ("The MOEX index fell 1.8% on Friday after new sanctions on oil companies, taking its loss this month to 6%.",
     "2024-06-14",
     ["IMOEX session_change down 1.8 percent 2024-06-14",
      "IMOEX period_change down 6 percent 2024-06-14 since=2024-06-01"]),
    ("Gold miners jumped as gold rose 1.2% on Wednesday.",
     "2024-03-06",
     ["GOLD session_change up 1.2 percent 2024-03-06"]),
]  # fmt: skip

COUNTERS: list[Row] = [
    ("The dollar rose 0.6% to 17.05 Mexican pesos on Wednesday.",
     "2024-06-05",
     ["USDMXN session_change up 0.6 percent 2024-06-05 level=17.05"]),
    ("The U.S. dollar climbed to C$1.3950 on Thursday, its strongest against the loonie since 2020.",
     "2024-12-19",
     ["USDCAD level up 2024-12-19 level=1.395",
      "USDCAD record up 2024-12-19 level=1.395 since=2020-01-01"]),
    ("The euro rose 0.8% to 163.20 yen on Monday, and the single currency has gained 2% against the Japanese unit this month.",
     "2024-07-08",
     ["EURJPY session_change up 0.8 percent 2024-07-08 level=163.2",
      "EURJPY period_change up 2 percent 2024-07-08 since=2024-07-01"]),
    ("The dollar fell as much as 1.5% to 0.8420 Swiss francs on Friday, before the U.S. currency recovered to 0.8510.",
     "2024-08-02",
     ["USDCHF intraday_extreme down 1.5 percent as_much_as 2024-08-02 level=0.842",
      "USDCHF level up 2024-08-02 level=0.851"]),
]  # fmt: skip

DAY_AFTER: list[Row] = [
    ("The Nasdaq jumped 12.2% on Wednesday, a day after sliding below 15,000 at the close for the first time since January.",
     "2025-04-10",
     ["NASDAQ session_change up 12.2 percent 2025-04-09",
      "NASDAQ level down 2025-04-08 level=15000",
      "NASDAQ record down 2025-04-08 level=15000 since=2025-01-01"]),
    ("The Dow rallied 2.1% on Thursday, a day after sinking below 40,000 at the close.",
     "2024-08-08",
     ["DJIA session_change up 2.1 percent 2024-08-08",
      "DJIA level down 2024-08-07 level=40000"]),
]  # fmt: skip

MONTHS_IN_WHICH: list[Row] = [
    ("The Nasdaq fell 1.2% on Friday, after a grim June in which it lost almost 9%.",
     "2022-07-01",
     ["NASDAQ session_change down 1.2 percent 2022-07-01",
      "NASDAQ period_change down 9 percent almost 2022-06-30 since=2022-06-01"]),
]  # fmt: skip

FORMER_LATTER_LEVELS: list[Row] = [
    ("The two-year and 10-year Treasury yields rose 12 and 9 basis points on Friday, the former to 4.86%, its highest since 2007.",
     "2023-07-07",
     ["US2Y session_change up 12 bp 2023-07-07 level=4.86",
      "US10Y session_change up 9 bp 2023-07-07",
      "US2Y record up 2023-07-07 level=4.86 since=2007-01-01"]),
    ("Copper and aluminium lost 2.1% and 1.5% on Monday, the latter to $2,210 a tonne.",
     "2024-08-05",
     ["COPPER session_change down 2.1 percent 2024-08-05",
      "ALUMINIUM session_change down 1.5 percent 2024-08-05 level=2210"]),
    ("The Nikkei jumped 3.4% on Wednesday and the Topix 3.1%, both indexes' best day since March.",
     "2024-08-07",
     ["NIKKEI225 session_change up 3.4 percent 2024-08-07",
      "TOPIX session_change up 3.1 percent 2024-08-07",
      "TOPIX biggest_move up 2024-08-07 since=2024-03-01",
      "NIKKEI225 biggest_move up 2024-08-07 since=2024-03-01"]),
]  # fmt: skip

BOND_PRICES: list[Row] = [
    ("Prices of 30-year gilts fell more than 2 points on Thursday.",
     "2022-09-29",
     []),
]  # fmt: skip

GROUP_DAYS: list[Row] = [
    ("The S&P 500 and the Nasdaq jumped 2.1% and 2.8% on Friday, as the dollar and oil slid 0.5% and 1.9%, respectively.",
     "2024-08-09",
     ["SPX session_change up 2.1 percent 2024-08-09",
      "NASDAQ session_change up 2.8 percent 2024-08-09",
      "DXY session_change down 0.5 percent 2024-08-09",
      "BRENT session_change down 1.9 percent 2024-08-09"]),
    ("Gold hit a record on Tuesday, as the Nikkei and the Topix fell 1.2% and 1.5%, respectively.",
     "2024-03-06",
     ["GOLD record up 2024-03-05",
      "NIKKEI225 session_change down 1.2 percent 2024-03-05",
      "TOPIX session_change down 1.5 percent 2024-03-05"]),
]  # fmt: skip

SHARED_WINDOWS: list[Row] = [
    ("The Nikkei lost 4.7% this week, while the Topix shed 3.9%.",
     "2024-08-02",
     ["NIKKEI225 period_change down 4.7 percent 2024-08-02 since=2024-07-29",
      "TOPIX period_change down 3.9 percent 2024-08-02 since=2024-07-29"]),
    ("The Dow gained 13.7% in 2023, while the Nasdaq jumped 43.4%.",
     "2023-12-29",
     ["DJIA period_change up 13.7 percent 2023-12-29 since=2023-01-01",
      "NASDAQ period_change up 43.4 percent 2023-12-29 since=2023-01-01"]),
    ("The Nikkei lost 4.7% this week, while the Topix shed 1.2% on Friday.",
     "2024-08-02",
     ["NIKKEI225 period_change down 4.7 percent 2024-08-02 since=2024-07-29",
      "TOPIX session_change down 1.2 percent 2024-08-02"]),
    ("The Nasdaq gained 43.4% in 2023, its best year since 2020, while the Dow rose 13.7%.",
     "2023-12-29",
     ["NASDAQ period_change up 43.4 percent 2023-12-29 since=2023-01-01",
      "DJIA period_change up 13.7 percent 2023-12-29 since=2023-01-01"]),
    ("European shares ended the week 2.5% higher on Friday, while the Dow shed 0.7%.",
     "2022-03-11",
     ["STOXX600 period_change up 2.5 percent 2022-03-11 since=2022-03-07",
      "DJIA session_change down 0.7 percent 2022-03-11"]),
    ("The Dow rebounded 1.2% on Thursday, after it tumbled 2.9% in a holiday-shortened session on Monday.",
     "2018-12-27",
     ["DJIA session_change up 1.2 percent 2018-12-27",
      "DJIA session_change down 2.9 percent 2018-12-24"]),
]  # fmt: skip

EARLIER_EXTREMES: list[Row] = [
    ("The pound rose to $1.2650 on Thursday, having earlier slid to $1.2480.",
     "2024-05-09",
     ["GBPUSD level up 2024-05-09 level=1.265",
      "GBPUSD intraday_extreme down 2024-05-09 level=1.248"]),
    ("The dollar plunged to a postwar low of 80.60 yen in Tokyo on Monday.",
     "1995-04-10",
     ["USDJPY level down 1995-04-10 level=80.6",
      "USDJPY record down 1995-04-10 level=80.6"]),
]  # fmt: skip

VERBS: list[Row] = [
    ("The Kospi snapped back 3.8% on Tuesday after Monday's rout.",
     "2024-08-06",
     ["KOSPI session_change up 3.8 percent 2024-08-06"]),
    ("Japan's Topix nudged 0.3% higher to a record close of 2,900.18 on Thursday.",
     "2024-07-11",
     ["TOPIX session_change up 0.3 percent 2024-07-11 level=2900.18",
      "TOPIX record up 2024-07-11 level=2900.18"]),
]  # fmt: skip


LATER_PRICES: list[Row] = [
    ("The Hang Seng closed 2.3% lower on Friday after touching a two-year low.",
     "2024-01-19",
     ["HSI session_change down 2.3 percent 2024-01-19",
      "HSI record down 2024-01-19 since=2022-01-19"]),
    ("The pound, which had slumped to $1.2300 in Asian trade, was at $1.2410 by midday in London.",
     "2024-04-16",
     ["GBPUSD intraday_extreme down 2024-04-16 level=1.23",
      "GBPUSD level none 2024-04-16 level=1.241"]),
    ("The rand, which tumbled to 19.80 per dollar overnight, steadied near 19.45 in morning trade.",
     "2023-05-12",
     ["USDZAR intraday_extreme down 2023-05-12 inverse level=19.8",
      "USDZAR level none 2023-05-12 inverse level=19.45"]),
    ("The yen weakened past 160 per dollar on Monday before suspected intervention sent it as much as 3% higher.",
     "2024-04-29",
     ["USDJPY intraday_extreme down 2024-04-29 inverse level=160",
      "USDJPY intraday_extreme up 3 percent as_much_as 2024-04-29 inverse"]),
]  # fmt: skip

EXTREMES_IN_MORE_WORDS: list[Row] = [
    ("The Dow, which had at one point been down almost 1,100 points, closed 2.6% lower on Monday.",
     "2024-08-05",
     ["DJIA intraday_extreme down 1100 points almost 2024-08-05",
      "DJIA session_change down 2.6 percent 2024-08-05"]),
    ("Gold spiked 2% to $2,431 an ounce in Asian trade on Friday, within a whisker of its record, before giving back most of the advance.",
     "2024-04-19",
     ["GOLD intraday_extreme up 2 percent 2024-04-19 level=2431"]),
    ("The offshore yuan traded as weak as 7.35 per dollar in Hong Kong on Tuesday.",
     "2025-04-08",
     ["USDCNH intraday_extreme down 2025-04-08 inverse level=7.35"]),
    ("The pound sank as far as $1.2030 in Asian hours on Monday.",
     "2024-08-05",
     ["GBPUSD intraday_extreme down 2024-08-05 level=1.203"]),
    ("Copper pared an intraday jump of as much as 4% to $10,800 a tonne, and was last up 1.5%.",
     "2024-05-20",
     ["COPPER intraday_extreme up 4 percent as_much_as 2024-05-20 level=10800",
      "COPPER intraday_change up 1.5 percent 2024-05-20"]),
]  # fmt: skip

GAPPED_AFTER_TWO_UNITS: list[Row] = [
    ("The Nasdaq lost 355 points, or 9.7%, and the S&P 500 5.8% on Friday.",
     "2000-04-14",
     ["NASDAQ session_change down 9.7 percent 2000-04-14",
      "SPX session_change down 5.8 percent 2000-04-14"]),
]  # fmt: skip

WAY_FROM_AN_EARLIER_PRICE: list[Row] = [
    ("The 10-year Bund yield was last at 2.61% on Thursday, up from 2.55% late on Wednesday.",
     "2024-06-13",
     ["DE10Y level up 2024-06-13 level=2.61"]),
    ("Brent was at $82.10 a barrel by 1030 GMT on Tuesday, down from Monday's close of $83.40.",
     "2024-06-11",
     ["BRENT level down 2024-06-11 level=82.1"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAY_PARTS))
def test_a_clause_after_a_close_or_a_day_move_keeps_its_own_part_of_the_day(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "tumbled 10.6% on Tuesday after plunging 14% in the afternoon, while gold slid 2%", "but the
    Dow still closed 0.9% lower, while oil rose 1.2%": the later market's day move, not a state
    in the day; "lost 1.8% in early trade, while the yuan weakened" still shares the morning."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEVELS_LEFT))
def test_a_level_left_the_same_day_was_the_extreme(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "spiked to a record, only to end the session 4.2% lower", "then gave back most of the gain",
    "but could not hold the milestone": the level reached was the day's extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FROM_THE_CLOSE_BEFORE))
def test_figures_measured_from_an_earlier_price(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "10% stronger than Tuesday's close" is the day's move; "10 basis points above where it was
    a week earlier", "below where it started the month" are moves since then."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARED_EXTREMES))
def test_early_moves_a_close_pares(sentence: str, published: str, expected: list[str]) -> None:
    """ "sank 1,100 points ... before ending 600.15 points, or 1.9%, lower", "down almost 4% at its
    lowest ... and closed 2.1% lower", "which had been down 6%, triggering a circuit breaker,
    rebounded", "after clawing back most of an early slide": the early move was the extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_STATES))
def test_fronted_states_before_their_subject(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "At one point down almost 9%,", "Briefly up 2%,", "Up as much as 1.4% ... at one point,": the
    day's extreme of the subject after them; "trimmed its loss to 588 points, or 1.9%" states no
    level; a relative clause after "for June delivery" keeps its subject."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSED_STATES))
def test_a_state_told_against_a_close(sentence: str, published: str, expected: list[str]) -> None:
    """ "ended well off its weakest levels on Friday but was still down about 2%" is the close;
    "ended off its lows after sliding as much as 1,100 points" carries the subject; a recovery
    verb after another price of the market belongs to that price."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(APPOSED_STATES))
def test_apposed_states(sentence: str, published: str, expected: list[str]) -> None:
    """ "Ether, down as much as 11% at $1,030 on Saturday, had clawed back": thousands separators
    inside the state; "— already down about 9% this year —": a state set off by dashes."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NOMINAL_RANKS))
def test_a_move_noun_ranked_by_its_verb(sentence: str, published: str, expected: list[str]) -> None:
    """ "The lira's 14% collapse ..., which came after ..., was its worst day since 2001": the
    aside keeps the ranking on the noun; ", to about 4.61%," is the noun's level; "leap" is a
    move noun."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HAVING_CLAUSES))
def test_a_subject_owns_its_having_clause_and_its_record_way(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "The Indian rupee, having hit a record 87.95 per dollar in the morning, ended": the rupee's
    extreme and record, its weakest; "a record 1,450 per dollar" for the won is a low."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RELATIVE_ASIDES))
def test_relative_clauses_with_asides(sentence: str, published: str, expected: list[str]) -> None:
    """ "China's offshore yuan" is USDCNH; "which at one point slid 2.4% on Thursday, a day after
    the budget speech, was last 1.1% weaker": the subject carries past the dated aside."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ASIDES))
def test_a_subject_before_an_aside(sentence: str, published: str, expected: list[str]) -> None:
    """ "The S&P 500, with bond yields climbing ..., fell", "Brent, as Saudi Arabia signalled ...,
    rose", "Brazil's real, the most traded currency in Latin America, slid": the subject's move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAYS_RANGE))
def test_the_days_range_in_more_words(sentence: str, published: str, expected: list[str]) -> None:
    """ "close to the top of the day's range", "pinned to the day's trough", "not far from the
    day's low", "barely above its low of the session", "just shy of its session peak", "locked at
    the day's low"; an apposed state with a participle after it is no subject's state."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TRADE_NOUNS))
def test_a_commodity_word_naming_a_trade(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "sanctions on oil companies", "Gold miners": the trade, not the price."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COUNTERS))
def test_counters_named_in_other_words(sentence: str, published: str, expected: list[str]) -> None:
    """ "17.05 Mexican pesos", "C$1.3950", "the Japanese unit", "the U.S. currency" after a pair's
    claim: the pair they name."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAY_AFTER))
def test_a_day_after_a_close(sentence: str, published: str, expected: list[str]) -> None:
    """ "a day after sliding below 15,000 at the close": the session before."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MONTHS_IN_WHICH))
def test_a_named_month_in_which(sentence: str, published: str, expected: list[str]) -> None:
    """ "after a grim June in which it lost almost 9%": that month's move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FORMER_LATTER_LEVELS))
def test_the_former_or_the_latter_to_a_level(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "rose 12 and 9 basis points, the former to 4.86%, its highest since 2007": that market's
    level and record; "both indexes' best day since March": a biggest move for each."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BOND_PRICES))
def test_bond_prices_are_no_yields(sentence: str, published: str, expected: list[str]) -> None:
    """ "Prices of 30-year gilts fell more than 2 points": a price in points, no yield claim."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GROUP_DAYS))
def test_a_listed_subject_shares_the_day_before(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "..., as the dollar and oil slid 0.5% and 1.9%, respectively": the day of the clause
    before, as for a single subject."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHARED_WINDOWS))
def test_a_joined_clause_shares_a_window(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "lost 4.7% this week, while the Topix shed 3.9%": the same week; not when the clause names
    its own day or the first clause names a day; "in a holiday-shortened session" is no time."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EARLIER_EXTREMES))
def test_earlier_extremes_and_postwar_lows(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "rose to $1.2650 on Thursday, having earlier slid to $1.2480": the day's extreme; "a
    postwar low" is a record."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(VERBS))
def test_verbs_and_ways(sentence: str, published: str, expected: list[str]) -> None:
    """ "snapped back 3.8%" is a rebound; "0.3% higher to a record close of 2,900.18" keeps its way."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LATER_PRICES))
def test_a_price_before_the_one_the_sentence_ends_on(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "closed 2.3% lower on Friday after touching a two-year low": that day's record; "which had
    slumped to $1.2300 in Asian trade, was at $1.2410", "which tumbled to 19.80 ..., steadied near
    19.45", "before suspected intervention sent it as much as 3% higher": the first was the extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EXTREMES_IN_MORE_WORDS))
def test_the_days_extreme_in_more_words(sentence: str, published: str, expected: list[str]) -> None:
    """ "which had at one point been down", "before giving back most of the advance" after an
    apposed "within a whisker of its record", "as weak as", "as far as", "an intraday jump of as
    much as 4%": the day's extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GAPPED_AFTER_TWO_UNITS))
def test_a_gapped_clause_after_a_size_in_two_units(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "lost 355 points, or 9.7%, and the S&P 500 5.8%": the gapped market's own move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WAY_FROM_AN_EARLIER_PRICE))
def test_a_level_with_the_way_from_an_earlier_price(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "was last at 2.61%, up from 2.55% late on Wednesday", "down from Monday's close of $83.40":
    a level, that way."""
    assert extract(sentence, published) == expected
