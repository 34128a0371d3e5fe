"""Claim parser rules from session 16 (lead): move nouns that carry a market past a level;
closes told "with a loss of"; moves taken back before a state; levels with the day's move set
off after them; "at one point in the afternoon"; contract names; hedged look-back spans; places
after the verb; fronted counters; plural rankings; baskets; records in apposition; running
totals; cent fractions, multiples and pips; windows told with their ranking; "leaving it at";
auction results. Spec by example in the format of tests/test_claims_examples.py (our own
wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

CARRIED_PAST: list[Row] = [
    ("A 3.1% slide on Thursday took WTI below $70 a barrel for the first time since December.",
     "2023-03-17",
     ["WTI session_change down 3.1 percent 2023-03-16 level=70",
      "WTI record down 2023-03-16 level=70 since=2022-12-01"]),
    ("Copper firmed on Friday, a day after a 2.8% drop took the metal below $8,000 a tonne.",
     "2023-05-26",
     ["COPPER session_change up 2023-05-26",
      "COPPER session_change down 2.8 percent 2023-05-25 level=8000"]),
    ("Gold's 1.9% jump on Monday left it above $2,000 an ounce.",
     "2023-05-03",
     ["GOLD session_change up 1.9 percent 2023-05-01 level=2000"]),
    ("A 2.4% rise in silver on Tuesday took it to $25.10 an ounce.",
     "2023-04-06",
     ["SILVER session_change up 2.4 percent 2023-04-04 level=25.1"]),
]  # fmt: skip

WITH_A_LOSS: list[Row] = [
    ("The S&P 500 finished with a loss of 1.4% at 3,970.99 on Thursday.",
     "2023-03-10",
     ["SPX session_change down 1.4 percent 2023-03-09 level=3970.99"]),
    ("The Dow whipsawed before finishing with a loss of 545.41 points, or 1.7%, on Thursday.",
     "2023-03-10",
     ["DJIA session_change down 1.7 percent 2023-03-09"]),
    ("The Nasdaq was up 1% in the morning before ending with a loss of 1.8% at 11,338.36.",
     "2023-03-10",
     ["NASDAQ intraday_extreme up 1 percent 2023-03-10",
      "NASDAQ session_change down 1.8 percent 2023-03-10 level=11338.4"]),
]  # fmt: skip

TAKEN_BACK: list[Row] = [
    ("Ether recouped part of the drop to stand about 6% lower at $1,560.",
     "2023-03-10",
     ["ETH intraday_change down 6 percent about 2023-03-10 level=1560"]),
    ("The Kospi recouped some losses to close 0.9% lower on Friday.",
     "2023-03-10",
     ["KOSPI session_change down 0.9 percent 2023-03-10"]),
    ("The FTSE 100 clawed back some of the drop to stand 0.3% lower on Friday.",
     "2023-03-10",
     ["FTSE100 intraday_change down 0.3 percent 2023-03-10"]),
]  # fmt: skip

STATED_LEVELS: list[Row] = [
    ("The Australian dollar was fetching $0.6590 late in the Sydney session, down 0.8% on the day.",
     "2023-03-10",
     ["AUDUSD intraday_change down 0.8 percent 2023-03-10 level=0.659"]),
    ("The euro had recovered to $1.0640 by the London afternoon, roughly 0.5% up on the day.",
     "2023-03-10",
     ["EURUSD intraday_change up 0.5 percent about 2023-03-10 level=1.064"]),
    ("The rand slid to 18.55 per dollar in early trade before buying by exporters helped it close at 18.32, down 0.4% on the day.",
     "2023-03-10",
     ["USDZAR intraday_extreme down 2023-03-10 inverse level=18.55",
      "USDZAR session_change down 0.4 percent 2023-03-10 inverse level=18.32"]),
]  # fmt: skip

AT_ONE_POINT: list[Row] = [
    ("The Hang Seng, which at one point in the afternoon was down 3.2%, closed 2.3% lower.",
     "2023-03-10",
     ["HSI intraday_extreme down 3.2 percent 2023-03-10",
      "HSI session_change down 2.3 percent 2023-03-10"]),
    ("The Kospi ended 1.1% lower on Friday, having at one point in the morning been down more than 2%.",
     "2023-03-10",
     ["KOSPI session_change down 1.1 percent 2023-03-10",
      "KOSPI intraday_extreme down 2 percent more_than 2023-03-10"]),
]  # fmt: skip

NAMES: list[Row] = [
    ("The Dutch TTF front-month gas contract fell 6% to 42 euros per megawatt hour on Friday.",
     "2023-03-10",
     ["TTF session_change down 6 percent 2023-03-10 level=42"]),
    ("Brent blend for May rose 45 cents to $82.10 a barrel in London on Friday.",
     "2023-03-10",
     ["BRENT session_change up 0.45 points 2023-03-10 level=82.1"]),
    ("The dollar bought as little as 134.10 yen in Asian trade on Friday.",
     "2023-03-10",
     ["USDJPY intraday_extreme down 2023-03-10 level=134.1"]),
    ("A euro fetched as little as 0.9780 francs on Friday, its weakest since January.",
     "2023-03-10",
     ["EURCHF intraday_extreme down 2023-03-10 level=0.978",
      "EURCHF record down 2023-03-10 level=0.978 since=2023-01-01"]),
]  # fmt: skip

MOODS: list[Row] = [
    ("The Nikkei shed 1.7% on Friday as a drop in Hong Kong stocks added to the gloom.",
     "2023-03-10",
     ["NIKKEI225 session_change down 1.7 percent 2023-03-10"]),
]  # fmt: skip

HEDGED_SPANS: list[Row] = [
    ("The Nikkei closed at 33,000 on Friday, having more than doubled in roughly three years.",
     "2023-06-16",
     ["NIKKEI225 level none 2023-06-16 level=33000",
      "NIKKEI225 period_change up 100 percent more_than 2023-06-16 since=2020-06-16"]),
    ("The 30-year Treasury yield briefly topped 4.5% on Friday for the first time in roughly 12 years.",
     "2023-08-18",
     ["US30Y intraday_extreme up 2023-08-18 level=4.5",
      "US30Y record up 2023-08-18 level=4.5 since=2011-08-18"]),
    ("The Kospi broke above 3,000 for the first time in its 40-year history on Wednesday and finished 0.7% down at 2,968.21.",
     "2021-01-06",
     ["KOSPI level up 2021-01-06 level=3000",
      "KOSPI record up 2021-01-06 level=3000",
      "KOSPI session_change down 0.7 percent 2021-01-06 level=2968.21"]),
]  # fmt: skip

GROUND: list[Row] = [
    ("The rupee gave back some ground on Tuesday after Monday's 0.8% rally.",
     "2023-03-14",
     ["USDINR session_change down 2023-03-14 inverse",
      "USDINR session_change up 0.8 percent 2023-03-13 inverse"]),
    ("The Swiss franc gave up some ground on Thursday.",
     "2023-03-16",
     ["USDCHF session_change down 2023-03-16 inverse"]),
]  # fmt: skip

PRICED_IN: list[Row] = [
    ("Gold priced in yen and euros hit record highs on Monday.",
     "2023-03-20",
     []),
    ("Bitcoin denominated in sterling rose to a record on Monday.",
     "2023-03-20",
     []),
]  # fmt: skip

PLACES_AFTER: list[Row] = [
    ("Stocks slumped on Wall Street on Thursday as bank worries spread.",
     "2023-03-09",
     ["SPX session_change down 2023-03-09"]),
    ("Stocks rallied on Wall Street on Tuesday after a cooler inflation report.",
     "2023-03-14",
     ["SPX session_change up 2023-03-14"]),
    ("Shares fell 1.5% in Tokyo on Friday.",
     "2023-03-10",
     ["NIKKEI225 session_change down 1.5 percent 2023-03-10"]),
]  # fmt: skip

LEFT_LEVELS: list[Row] = [
    ("The pound, which had slid past $1.18 in early London trade on Friday, bounced back to around $1.2050 by the close of New York trading.",
     "2023-03-10",
     ["GBPUSD intraday_extreme down 2023-03-10 level=1.18",
      "GBPUSD level up 2023-03-10 level=1.205"]),
]  # fmt: skip

MARKET_TRADING: list[Row] = [
    ("The dollar ended New York trading at 136.20 yen on Thursday, down 0.7 yen from late Wednesday.",
     "2023-03-09",
     ["USDJPY session_change down 0.7 points 2023-03-09 level=136.2"]),
    ("The euro finished European trade at $1.0580 on Thursday.",
     "2023-03-09",
     ["EURUSD level none 2023-03-09 level=1.058"]),
]  # fmt: skip

FRONTED_COUNTERS: list[Row] = [
    ("Against the yen the greenback fell as low as 133.10 on Friday, its weakest in a month.",
     "2023-03-24",
     ["USDJPY intraday_extreme down 2023-03-24 level=133.1",
      "USDJPY record down 2023-03-24 level=133.1 since=2023-02-24"]),
    ("Against the euro the dollar slipped 0.4% on Friday.",
     "2023-03-24",
     ["EURUSD session_change down 0.4 percent 2023-03-24 inverse"]),
]  # fmt: skip

PASSIVE_INFINITIVES: list[Row] = [
    ("Shares in the Moscow Exchange's MOEX index were cleared to trade again on Thursday after a month-long halt.",
     "2022-03-24",
     []),
]  # fmt: skip

THEIR_RECORDS: list[Row] = [
    ("The Hang Seng leapt 9.1% and the Hang Seng China Enterprises index surged 12.5% on Wednesday, the biggest one-day gains in their history.",
     "2022-03-16",
     ["HSI session_change up 9.1 percent 2022-03-16",
      "HSCEI session_change up 12.5 percent 2022-03-16",
      "HSCEI biggest_move up 2022-03-16",
      "HSI biggest_move up 2022-03-16"]),
    ("The Dow dropped 3% and the Nasdaq slid 4.6% on Monday, the heaviest one-day losses for either index since June.",
     "2022-10-03",
     ["DJIA session_change down 3 percent 2022-10-03",
      "NASDAQ session_change down 4.6 percent 2022-10-03",
      "NASDAQ biggest_move down 2022-10-03 since=2022-06-01",
      "DJIA biggest_move down 2022-10-03 since=2022-06-01"]),
    ("The Nikkei fell 2.7% and the Topix lost 2.2% on Tuesday, with the latter suffering its worst day since June.",
     "2022-09-13",
     ["NIKKEI225 session_change down 2.7 percent 2022-09-13",
      "TOPIX session_change down 2.2 percent 2022-09-13",
      "TOPIX biggest_move down 2022-09-13 since=2022-06-01"]),
    ("The Sensex jumped 3% and the Nifty rose 2.9% on Friday, the biggest one-day gains since 2021.",
     "2022-11-11",
     ["SENSEX session_change up 3 percent 2022-11-11",
      "NIFTY50 session_change up 2.9 percent 2022-11-11",
      "NIFTY50 biggest_move up 2022-11-11 since=2021-01-01",
      "SENSEX biggest_move up 2022-11-11 since=2021-01-01"]),
]  # fmt: skip

BASKETS: list[Row] = [
    ("The rouble firmed 0.6% against the central bank's dollar-euro basket on Tuesday.",
     "2013-06-11",
     []),
    ("The yuan eased 0.2% against a basket of its trading partners' currencies on Tuesday.",
     "2016-01-12",
     []),
]  # fmt: skip

ENOUGH_GROUND: list[Row] = [
    ("A sell-off in lenders sent the DAX down as much as 3.1% on Friday, though the index clawed back enough ground to end 1.3% lower.",
     "2023-03-24",
     ["DAX intraday_extreme down 3.1 percent as_much_as 2023-03-24",
      "DAX session_change down 1.3 percent 2023-03-24"]),
]  # fmt: skip

RESTATED: list[Row] = [
    ("The Nikkei sank 2.2% on Monday, and the index's 620-point fall was its biggest since January.",
     "2023-03-13",
     ["NIKKEI225 session_change down 2.2 percent 2023-03-13",
      "NIKKEI225 biggest_move down 2023-03-13 since=2023-01-01"]),
    ("The Sensex fell 1.5% on Monday, and its 897-point drop was the steepest in a month.",
     "2023-03-13",
     ["SENSEX session_change down 1.5 percent 2023-03-13",
      "SENSEX biggest_move down 2023-03-13 since=2023-02-13"]),
]  # fmt: skip

RECORD_APPOSITIONS: list[Row] = [
    ("Cocoa rose to $3,100 a tonne on Tuesday, an intraday record, as dry weather hit West African crops.",
     "2023-04-18",
     ["COCOA intraday_extreme up 2023-04-18 level=3100",
      "COCOA record up 2023-04-18 level=3100"]),
    ("Wheat climbed to $12.94 a bushel on Monday, a record for the contract.",
     "2022-03-07",
     ["WHEAT level up 2022-03-07 level=12.94",
      "WHEAT record up 2022-03-07 level=12.94"]),
    ("The expiring WTI contract settled at minus $37.63 a barrel on Monday, its first ever negative close.",
     "2020-04-20",
     ["WTI level none 2020-04-20 level=-37.63",
      "WTI record down 2020-04-20 level=-37.63"]),
]  # fmt: skip

BARE_SPANS: list[Row] = [
    ("Silver fell 3% to $20.10 an ounce on Friday, bringing two-day losses to 5%.",
     "2023-03-03",
     ["SILVER session_change down 3 percent 2023-03-03 level=20.1",
      "SILVER period_change down 5 percent 2023-03-03 since=2023-03-02"]),
    ("The Nasdaq slid 2% on Thursday, taking three-session losses to about 4%.",
     "2023-03-09",
     ["NASDAQ session_change down 2 percent 2023-03-09",
      "NASDAQ period_change down 4 percent about 2023-03-09 since=2023-03-07"]),
]  # fmt: skip

FRACTIONS: list[Row] = [
    ("March wheat settled 1/2 cent lower at $7.12-1/4 a bushel on Monday.",
     "2023-02-27",
     ["WHEAT session_change down 0.5 points 2023-02-27 level=7.1225"]),
    ("Soybeans ended 1/4 cent higher on Monday, while corn fell 3-1/2 cents to $6.40-1/4.",
     "2023-02-27",
     ["SOYBEANS session_change up 0.25 points 2023-02-27",
      "CORN session_change down 3.5 points 2023-02-27 level=6.4025"]),
    ("Dutch gas prices have risen more than fivefold over the past year.",
     "2022-08-26",
     ["TTF period_change up 400 percent more_than 2022-08-26 since=2021-08-26"]),
    ("Ten-year gilts fell more than 1/2 point in price, lifting their yield 9 basis points to 3.82%.",
     "2023-02-27",
     ["UK10Y session_change up 9 bp 2023-02-27 level=3.82"]),
]  # fmt: skip

FORMER_TOTALS: list[Row] = [
    ("The Hang Seng fell 2.1% and the Kospi lost 1.2%, taking the former's losses since its January 27 peak to about 14%.",
     "2023-03-10",
     ["HSI session_change down 2.1 percent 2023-03-10",
      "KOSPI session_change down 1.2 percent 2023-03-10",
      "HSI period_change down 14 percent about 2023-03-10 since=2023-01-27"]),
]  # fmt: skip

STEADY_VERBS: list[Row] = [
    ("The ASX 200 wobbled for much of Friday before closing 0.4% lower at 7,144.7.",
     "2023-03-10",
     ["ASX200 session_change down 0.4 percent 2023-03-10 level=7144.7"]),
    ("The S&P 500 jumped 2% at one point on Friday before erasing two-thirds of the gain to close up 0.7%.",
     "2023-03-10",
     ["SPX intraday_extreme up 2 percent 2023-03-10",
      "SPX session_change up 0.7 percent 2023-03-10"]),
]  # fmt: skip

RANKED_WINDOWS: list[Row] = [
    ("The Hang Seng climbed 1.5% on Friday, capping its best week since November with a 6.1% gain.",
     "2023-01-06",
     ["HSI session_change up 1.5 percent 2023-01-06",
      "HSI period_change up 6.1 percent 2023-01-06 since=2023-01-02"]),
    ("Bitcoin slid 4% on Wednesday to end its worst month since June with a 16% loss.",
     "2022-11-30",
     ["BTC session_change down 4 percent 2022-11-30",
      "BTC period_change down 16 percent 2022-11-30 since=2022-11-01"]),
]  # fmt: skip

LEAVING: list[Row] = [
    ("Silver dropped 2.3% on Thursday, leaving it at $22.15 an ounce, its lowest since March.",
     "2023-06-22",
     ["SILVER session_change down 2.3 percent 2023-06-22 level=22.15",
      "SILVER record down 2023-06-22 level=22.15 since=2023-03-01"]),
    ("The Kospi slid 1.1% on Thursday, leaving the index at 2,582.63.",
     "2023-06-22",
     ["KOSPI session_change down 1.1 percent 2023-06-22 level=2582.63"]),
]  # fmt: skip

PIPS: list[Row] = [
    ("The euro jumped more than 120 pips to $1.0960 on Thursday.",
     "2023-06-22",
     ["EURUSD session_change up 0.012 points more_than 2023-06-22 level=1.096"]),
    ("The dollar lost about 200 pips against the yen on Thursday, sliding to 141.20 yen.",
     "2023-06-22",
     ["USDJPY session_change down 2 points about 2023-06-22 level=141.2"]),
    ("Euro-sterling fell 0.4% to 85.90 pence on Thursday.",
     "2023-06-22",
     ["EURGBP session_change down 0.4 percent 2023-06-22 level=85.9"]),
]  # fmt: skip

AT_ITS_MOST: list[Row] = [
    ("At its weakest on Thursday the rupee was at a record 83.40 per dollar.",
     "2023-06-22",
     ["USDINR intraday_extreme down 2023-06-22 inverse level=83.4",
      "USDINR record down 2023-06-22 inverse level=83.4"]),
    ("The Swedish crown, at its strongest on Thursday, changed hands at 10.55 per dollar.",
     "2023-06-22",
     ["USDSEK intraday_extreme up 2023-06-22 inverse level=10.55"]),
]  # fmt: skip

CLOSED_WEEKS: list[Row] = [
    ("The S&P 500 closed at 4,409.59 on Friday, capping a week in which it fell 1.4%.",
     "2023-06-23",
     ["SPX level none 2023-06-23 level=4409.59",
      "SPX period_change down 1.4 percent 2023-06-23 since=2023-06-19"]),
]  # fmt: skip

FIRST_MINUTES: list[Row] = [
    ("The Hang Seng slumped almost 800 points in the first minutes of trade before finishing 1.9% down.",
     "2023-06-22",
     ["HSI intraday_extreme down 800 points almost 2023-06-22",
      "HSI session_change down 1.9 percent 2023-06-22"]),
]  # fmt: skip

AUCTIONS: list[Row] = [
    ("The 10-year Treasury yield rose 6 basis points to 3.79% on Thursday after an auction of five-year notes drew weak demand and cleared at 3.97%.",
     "2023-06-22",
     ["US10Y session_change up 6 bp 2023-06-22 level=3.79"]),
]  # fmt: skip

SLIGHT_STATES: list[Row] = [
    ("Nasdaq futures, which had dropped 1.5% overnight, recovered to trade only slightly lower before the open.",
     "2023-06-22",
     ["NQ intraday_extreme down 1.5 percent 2023-06-22",
      "NQ intraday_change down 2023-06-22"]),
    ("Gold, which spiked to $1,950 an ounce in early Asian trade, was up about 0.5% at $1,925 by noon in London on Thursday.",
     "2023-06-22",
     ["GOLD intraday_extreme up 2023-06-22 level=1950",
      "GOLD intraday_change up 0.5 percent about 2023-06-22 level=1925"]),
]  # fmt: skip

TURNS_AND_NAMES: list[Row] = [
    ("Silver has lost about 10% since the turn of the year.",
     "2023-06-22",
     ["SILVER period_change down 10 percent about 2023-06-22 since=2023-01-01"]),
    ("The Hang Seng Tech index was up 2.4% and the benchmark Hang Seng 1.6% in afternoon trade.",
     "2023-06-22",
     ["HSTECH intraday_change up 2.4 percent 2023-06-22",
      "HSI intraday_change up 1.6 percent 2023-06-22"]),
]  # fmt: skip

LATE_RULES: list[Row] = [
    ("The Nasdaq has more than doubled since March 23, 2020, when it closed at 6,860.67.",
     "2021-06-25",
     ["NASDAQ period_change up 100 percent more_than 2021-06-25 since=2020-03-23",
      "NASDAQ level none 2020-03-23 level=6860.67"]),
    ("Bitcoin fell 8% to about $27,300 in the past 24 hours.",
     "2023-08-18",
     ["BTC intraday_change down 8 percent 2023-08-18 level=27300"]),
    ("Ether climbed 6% in the 24 hours to 0800 GMT on Monday.",
     "2023-07-17",
     ["ETH intraday_change up 6 percent 2023-07-17"]),
    ("The VIX hit an intraday peak of 38.94 on Monday.",
     "2024-08-06",
     ["VIX intraday_extreme up 2024-08-05 level=38.94"]),
    ("The VIX hit a then-record 80.86 on Thursday.",
     "2008-11-21",
     ["VIX intraday_extreme up 2008-11-20 level=80.86",
      "VIX record up 2008-11-20 level=80.86"]),
    ("European shares sold off on Monday as the rout spread.",
     "2024-08-06",
     ["STOXX600 session_change down 2024-08-05"]),
    ("Frankfurt's DAX ended 1.8% lower on Monday, having briefly been down 3%.",
     "2024-08-06",
     ["DAX session_change down 1.8 percent 2024-08-05",
      "DAX intraday_extreme down 3 percent 2024-08-05"]),
    ("The Nikkei closed down 5.8% on Friday, its worst day since 2016, capping a week in which the index lost 4.7%.",
     "2024-08-02",
     ["NIKKEI225 session_change down 5.8 percent 2024-08-02",
      "NIKKEI225 biggest_move down 2024-08-02 since=2016-01-01",
      "NIKKEI225 period_change down 4.7 percent 2024-08-02 since=2024-07-29"]),
    ("Euro zone blue chips fell 1.3% on Monday.",
     "2024-08-06",
     ["SX5E session_change down 1.3 percent 2024-08-05"]),
]  # fmt: skip

DAYS_RANGE_AND_LEVELS: list[Row] = [
    ("The CAC 40 closed 3.1% lower at 6,805.40 on Thursday, barely above its trough for the day.",
     "2023-06-22",
     ["CAC40 session_change down 3.1 percent 2023-06-22 level=6805.4",
      "CAC40 session_low none 2023-06-22"]),
    ("The Nasdaq fell 2.8% on Thursday, ending on its low for the session.",
     "2023-06-22",
     ["NASDAQ session_change down 2.8 percent 2023-06-22",
      "NASDAQ session_low none 2023-06-22"]),
    ("The Kospi jumped 4.2% on Thursday and finished near the top of its range.",
     "2023-06-22",
     ["KOSPI session_change up 4.2 percent 2023-06-22",
      "KOSPI session_high none 2023-06-22"]),
    ("Sterling rose 1.2% to $1.2840 on Thursday and ended within a fraction of its best level of the day.",
     "2023-06-22",
     ["GBPUSD session_change up 1.2 percent 2023-06-22 level=1.284",
      "GBPUSD session_high none 2023-06-22"]),
    ("Brent settled 3.4% lower at $81.20 on Thursday, not far above its session low.",
     "2023-06-22",
     ["BRENT session_change down 3.4 percent 2023-06-22 level=81.2",
      "BRENT session_low none 2023-06-22"]),
    ("The euro bounded 1.1% to $1.0950 on Thursday.",
     "2023-06-22",
     ["EURUSD session_change up 1.1 percent 2023-06-22 level=1.095"]),
    ("The CAC 40 was trading around 7,200 points at midday on Thursday, its highest level since April.",
     "2023-06-22",
     ["CAC40 level none 2023-06-22 level=7200",
      "CAC40 record up 2023-06-22 level=7200 since=2023-04-01"]),
    ("The two-year Treasury note yielded 4.98% on Thursday, the most since 2007.",
     "2023-06-22",
     ["US2Y level none 2023-06-22 level=4.98",
      "US2Y record up 2023-06-22 level=4.98 since=2007-01-01"]),
]  # fmt: skip

GROUND_BEFORE_CLOSES: list[Row] = [
    ("Wheat futures dropped as much as 4% in overnight trade on Monday, but they clawed back ground through the day to settle down 1.1% at $6.02 a bushel.",
     "2023-06-26",
     ["WHEAT intraday_extreme down 4 percent as_much_as 2023-06-26",
      "WHEAT session_change down 1.1 percent 2023-06-26 level=6.02"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CARRIED_PAST))
def test_a_move_noun_carrying_a_market_past_a_level_is_its_move(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "A 3.1% slide on Thursday took WTI below $70 a barrel for the first time since December",
    "a day after a 2.8% drop took the metal below $8,000": the noun's size, day, level and record."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WITH_A_LOSS))
def test_a_close_with_a_loss_of_keeps_its_level_and_percent(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "finished with a loss of 1.4% at 3,970.99", "before finishing with a loss of 545.41 points, or
    1.7%": the close's move in percent, with its level."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TAKEN_BACK))
def test_part_of_a_move_taken_back_before_a_state(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "recouped part of the drop to stand about 6% lower", "clawed back some of the drop to stand":
    the state's way, not the verb's."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STATED_LEVELS))
def test_a_level_then_the_days_move_set_off_after_it(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "was fetching $0.6590 late in the Sydney session, down 0.8% on the day": one state at that
    level; "had recovered to $1.0640 ..., roughly 0.5% up on the day": one state at the level
    reached too (28 of 30 dev rows label it so); "helped it close at 18.32, down 0.4% on the day":
    the close."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(AT_ONE_POINT))
def test_at_one_point_in_the_afternoon_is_the_days_extreme(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "which at one point in the afternoon was down 3.2%", "having at one point in the morning been
    down more than 2%": the day's extreme the close left."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NAMES))
def test_contract_names_and_as_little_as(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "the Dutch TTF front-month gas contract", "Brent blend for May", "bought as little as 134.10
    yen": the market, and the day's low."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MOODS))
def test_adding_to_a_mood_is_no_move(sentence: str, published: str, expected: list[str]) -> None:
    """ "as a drop in Hong Kong stocks added to the gloom": no claim for what was added to a mood."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HEDGED_SPANS))
def test_a_hedged_look_back_span_is_the_whole_span(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "having more than doubled in roughly three years", "for the first time in roughly 12 years",
    "for the first time in its 40-year history on Wednesday and finished 0.7% down"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GROUND))
def test_ground_given_back_or_regained(sentence: str, published: str, expected: list[str]) -> None:
    """ "gave back some ground", "gave up some ground": an unsized move down."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PRICED_IN))
def test_a_currency_a_price_is_told_in_is_no_subject(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Gold priced in yen and euros hit record highs": no claim on the yen or the euro."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PLACES_AFTER))
def test_generic_stocks_with_their_place_after_the_verb(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Stocks slumped on Wall Street on Thursday", "Shares fell 1.5% in Tokyo": the place's index."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEFT_LEVELS))
def test_a_level_in_a_relative_clause_a_later_price_left(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "which had slid past $1.18 ..., bounced back to around $1.2050": the first level was the extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MARKET_TRADING))
def test_a_close_at_the_end_of_a_markets_trading(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "ended New York trading at 136.20 yen ..., down 0.7 yen", "finished European trade at $1.0580"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_COUNTERS))
def test_a_fronted_counter_without_a_comma(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Against the yen the greenback fell as low as 133.10", "Against the euro the dollar slipped 0.4%"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PASSIVE_INFINITIVES))
def test_a_passive_before_an_infinitive_is_no_move(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "were cleared to trade again": no move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(THEIR_RECORDS))
def test_a_plural_ranking_after_two_moves_is_each_ones(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "the biggest one-day gains in their history", "the heaviest one-day losses for either index
    since June", "the biggest one-day gains since 2021", "with the latter suffering its worst day"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BASKETS))
def test_a_currency_against_a_basket_is_no_pair(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "firmed 0.6% against the central bank's dollar-euro basket": no registry pair, no claim."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ENOUGH_GROUND))
def test_clawing_back_enough_ground_to_end_lower(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "clawed back enough ground to end 1.3% lower": the close, down."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RESTATED))
def test_a_possessive_move_noun_restating_the_move(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "and the index's 620-point fall was its biggest since January": one move, in percent."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORD_APPOSITIONS))
def test_records_told_in_apposition(sentence: str, published: str, expected: list[str]) -> None:
    """ "an intraday record", "a record for the contract", "its first ever negative close"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BARE_SPANS))
def test_a_running_total_over_a_span_with_no_determiner(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "bringing two-day losses to 5%", "taking three-session losses to about 4%"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRACTIONS))
def test_cent_fractions_multiples_and_bond_price_points(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "settled 1/2 cent lower", "risen more than fivefold over the past year", "fell more than 1/2
    point in price": sizes in cents, a multiple, and a price move that is not the yield's."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FORMER_TOTALS))
def test_a_running_total_of_the_former(sentence: str, published: str, expected: list[str]) -> None:
    """ "taking the former's losses since its January 27 peak to about 14%": the first market's."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STEADY_VERBS))
def test_an_unsized_verb_before_a_close_and_a_hyphenated_share(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "wobbled for much of Friday before closing 0.4% lower", "before erasing two-thirds of the gain
    to close up 0.7%"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RANKED_WINDOWS))
def test_a_window_told_with_its_ranking(sentence: str, published: str, expected: list[str]) -> None:
    """ "capping its best week since November with a 6.1% gain", "to end its worst month since June
    with a 16% loss": the window's move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEAVING))
def test_a_level_a_move_left_the_market_at(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "dropped 2.3% on Thursday, leaving it at $22.15 an ounce, its lowest since March"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PIPS))
def test_pips_and_euro_sterling(sentence: str, published: str, expected: list[str]) -> None:
    """ "jumped more than 120 pips to $1.0960" (0.012), "lost about 200 pips against the yen" (2 yen),
    "Euro-sterling fell 0.4%"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(AT_ITS_MOST))
def test_a_level_told_at_its_weakest_is_the_extreme(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "At its weakest on Thursday the rupee was at a record 83.40 per dollar"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSED_WEEKS))
def test_a_week_in_which_after_a_close(sentence: str, published: str, expected: list[str]) -> None:
    """ "closed at 4,409.59 on Friday, capping a week in which it fell 1.4%"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FIRST_MINUTES))
def test_a_move_in_the_first_minutes_before_the_close(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "slumped almost 800 points in the first minutes of trade before finishing 1.9% down"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(AUCTIONS))
def test_an_auction_result_is_no_level(sentence: str, published: str, expected: list[str]) -> None:
    """ "an auction of five-year notes ... cleared at 3.97%": no claim."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SLIGHT_STATES))
def test_slight_states_and_simple_past_relatives(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "recovered to trade only slightly lower before the open", "Gold, which spiked to $1,950 ...,
    was up about 0.5% at $1,925": a state, and the extreme it left."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TURNS_AND_NAMES))
def test_the_turn_of_the_year_and_the_benchmark_name(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "since the turn of the year", "and the benchmark Hang Seng 1.6%"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LATE_RULES))
def test_dated_whens_day_windows_peaks_and_sell_offs(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "since March 23, 2020, when it closed at 6,860.67" (that day's level), "in the past 24 hours"
    (the day's state), "an intraday peak of 38.94", "a then-record 80.86", "sold off", "having
    briefly been down 3%", "capping a week in which the index lost 4.7%" after a ranking, "Euro
    zone blue chips"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAYS_RANGE_AND_LEVELS))
def test_the_days_range_levels_in_points_and_treasury_names(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "barely above its trough for the day", "ending on its low for the session", "near the top of its
    range", "within a fraction of its best level of the day", "not far above its session low":
    the day's high or low; "bounded"; "trading around 7,200 points" (a level); "The two-year
    Treasury note yielded 4.98%"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GROUND_BEFORE_CLOSES))
def test_ground_clawed_back_through_the_day_before_a_close(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "but they clawed back ground through the day to settle down 1.1% at $6.02": the close, and no
    unsized move up."""
    assert extract(sentence, published) == expected
