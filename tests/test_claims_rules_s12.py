"""Claim parser rules from session 12 (lead): a span before the words after it ("two months
after touching a record", "less than two weeks after ... on Dec. 18"). Spec by example in the
format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

SPANS_AFTER: list[Row] = [
    ("Gold fell 1.2% on Tuesday, two months after touching a record $2,790 an ounce.",
     "2024-12-31",
     ["GOLD session_change down 1.2 percent 2024-12-31",
      "GOLD intraday_extreme up 2024-10-31 level=2790",
      "GOLD record up 2024-10-31 level=2790"]),
    ("Cocoa slid 3% on Monday, less than two weeks after touching a record $12,931 a tonne on Dec. 18.",
     "2024-12-30",
     ["COCOA session_change down 3 percent 2024-12-30",
      "COCOA intraday_extreme up 2024-12-18 level=12931",
      "COCOA record up 2024-12-18 level=12931"]),
    ("Palladium dropped 4% on Friday, a week after it hit a record $3,440 an ounce.",
     "2022-03-11",
     ["PALLADIUM session_change down 4 percent 2022-03-11",
      "PALLADIUM intraday_extreme up 2022-03-04 level=3440",
      "PALLADIUM record up 2022-03-04 level=3440"]),
    ("The yen weakened to 157.40 per dollar on Thursday, four sessions after it touched 161.95, its weakest since 1986.",
     "2024-07-11",
     ["USDJPY level down 2024-07-11 inverse level=157.4",
      "USDJPY intraday_extreme down 2024-07-05 inverse level=161.95",
      "USDJPY record down 2024-07-05 inverse level=161.95 since=1986-01-01"]),
    ("Brent shed 2% on Wednesday, 10 days after it touched a two-year high of $94.60 a barrel.",
     "2023-10-04",
     ["BRENT session_change down 2 percent 2023-10-04",
      "BRENT intraday_extreme up 2023-09-24 level=94.6",
      "BRENT record up 2023-09-24 level=94.6 since=2021-09-24"]),
    ("Silver eased 1.5% on Friday, just days after touching a 12-year high of $34.87 an ounce.",
     "2024-10-25",
     ["SILVER session_change down 1.5 percent 2024-10-25"]),
    ("Bitcoin slipped 2% on Friday, barely a week after it hit a record of about $108,000.",
     "2024-12-27",
     ["BTC session_change down 2 percent 2024-12-27"]),
    ("The Nifty gave up 0.8% on Thursday, its biggest fall in seven months after a rate decision.",
     "2024-06-06",
     ["NIFTY50 session_change down 0.8 percent 2024-06-06",
      "NIFTY50 biggest_move down 2024-06-06 since=2023-11-06"]),
]  # fmt: skip


DAY_EXTREMES: list[Row] = [
    ("The Hang Seng hit a session low on Wednesday and closed 1.8% lower.",
     "2024-10-09",
     ["HSI session_low none 2024-10-09",
      "HSI session_change down 1.8 percent 2024-10-09"]),
    ("Gold hit an intraday high on Friday and was last up 1.2% at $2,740 an ounce.",
     "2024-10-18",
     ["GOLD session_high none 2024-10-18",
      "GOLD intraday_change up 1.2 percent 2024-10-18 level=2740"]),
    ("Shanghai's benchmark hit a session low of 3,120 on Monday before closing 0.6% lower.",
     "2024-03-04",
     ["SHCOMP intraday_extreme down 2024-03-04 level=3120",
      "SHCOMP session_change down 0.6 percent 2024-03-04"]),
    ("The Kospi was up 0.9% and trading near session highs in the final hour on Tuesday.",
     "2024-02-27",
     ["KOSPI intraday_change up 0.9 percent 2024-02-27",
      "KOSPI session_high none 2024-02-27"]),
    ("Taiwan's Taiex slid in the final minutes of trade on Thursday and closed 1.4% lower at 22,870.",
     "2024-12-19",
     ["TAIEX session_change down 1.4 percent 2024-12-19 level=22870"]),
    ("The Sensex was down 1.1% late in the session on Wednesday.",
     "2024-11-13",
     ["SENSEX intraday_change down 1.1 percent 2024-11-13"]),
]  # fmt: skip

CROSSINGS_AND_WAYS: list[Row] = [
    ("Britain's FTSE 100 topped 8,000 points for the first time on Thursday.",
     "2023-02-16",
     ["FTSE100 level up 2023-02-16 level=8000",
      "FTSE100 record up 2023-02-16 level=8000"]),
    ("The Nikkei fell 4.2% on Monday after the 10-year JGB yield briefly touched 1%.",
     "2013-05-27",
     ["NIKKEI225 session_change down 4.2 percent 2013-05-27",
      "JP10Y intraday_extreme up 2013-05-27 level=1"]),
    ("The 10-year Treasury yield rose to 4.80% on Tuesday, and the 30-year yield hit 4.95%.",
     "2023-10-03",
     ["US10Y level up 2023-10-03 level=4.8",
      "US30Y intraday_extreme up 2023-10-03 level=4.95"]),
]  # fmt: skip


TURNS_AND_STATES: list[Row] = [
    ("The Hang Seng climbed as much as 1.2% in the morning but reversed course to slide 2.3% on Tuesday.",
     "2024-10-15",
     ["HSI intraday_extreme up 1.2 percent as_much_as 2024-10-15",
      "HSI session_change down 2.3 percent 2024-10-15"]),
    ("The Kospi rose 0.8% early on but went on to end 1.1% lower on Thursday.",
     "2024-08-01",
     ["KOSPI intraday_extreme up 0.8 percent 2024-08-01",
      "KOSPI session_change down 1.1 percent 2024-08-01"]),
    ("Bitcoin slumped as much as 14% to $49,000 on Monday before recovering to trade just 4% lower.",
     "2024-08-05",
     ["BTC intraday_extreme down 14 percent as_much_as 2024-08-05 level=49000",
      "BTC intraday_change down 4 percent 2024-08-05"]),
    ("The Swiss franc soared as much as 30% against the euro on Thursday before settling around 1.02, still some 15% stronger on the day.",
     "2015-01-15",
     ["EURCHF intraday_extreme up 30 percent as_much_as 2015-01-15 inverse",
      "EURCHF session_change up 15 percent about 2015-01-15 inverse level=1.02"]),
    ("Bitcoin plunged as much as 30% on Wednesday before clawing back to trade around $38,500, still down roughly 9% on the day.",
     "2021-05-19",
     ["BTC intraday_extreme down 30 percent as_much_as 2021-05-19",
      "BTC intraday_change down 9 percent about 2021-05-19 level=38500"]),
    ("The euro dipped to $1.0635 on Wednesday, down about 0.6% on the day.",
     "2023-05-31",
     ["EURUSD intraday_change down 0.6 percent about 2023-05-31 level=1.0635"]),
    ("The yen swung by more than 3 yen on Friday after the central bank loosened its grip on bond yields.",
     "2023-07-28",
     []),
]  # fmt: skip


NO_CLAIM_OF_THEIR_OWN: list[Row] = [
    ("Silver pulled back from session peaks in afternoon New York trade on Tuesday but was still up 2.1% at $31.40 an ounce.",
     "2024-05-21",
     ["SILVER intraday_change up 2.1 percent 2024-05-21 level=31.4"]),
    ("Ether was trading around $3,900 on Friday, a day after the second-biggest cryptocurrency cleared $4,000 for the first time since 2021.",
     "2024-03-08",
     ["ETH level none 2024-03-08 level=3900",
      "ETH level up 2024-03-07 level=4000",
      "ETH record up 2024-03-07 level=4000 since=2021-01-01"]),
    ("The yield on the 10-year Treasury note slipped below the rate on three-month bills on Friday, an inversion last seen in 2007.",
     "2019-03-22",
     []),
    ("The yen firmed 0.4% on Monday as the dollar eased back from a seven-week high.",
     "2024-06-03",
     ["USDJPY session_change up 0.4 percent 2024-06-03 inverse",
      "DXY session_change down 2024-06-03"]),
    ("Brent added 84 cents to $77.14 a barrel on Tuesday, recovering from a seven-month low hit in the previous session.",
     "2024-08-06",
     ["BRENT session_change up 0.84 points 2024-08-06 level=77.14",
      "BRENT record down 2024-08-05 since=2024-01-05"]),
]  # fmt: skip


EARLIER_STATES: list[Row] = [
    ("The lira pared losses to stand 1.2% weaker at 34.10 per dollar by midday on Monday, having slid nearly 4% in thin Asian trade.",
     "2024-06-03",
     ["USDTRY intraday_change down 1.2 percent 2024-06-03 inverse level=34.1",
      "USDTRY intraday_extreme down 4 percent almost 2024-06-03 inverse"]),
    ("Italy's 10-year BTP yield, which had been up about 12 basis points at midday, closed 18 basis points higher at 4.31%.",
     "2023-10-03",
     ["IT10Y intraday_change up 12 bp about 2023-10-03",
      "IT10Y session_change up 18 bp 2023-10-03 level=4.31"]),
    ("Brent, which had jumped 2% in early trade, ended 1% lower at $84.10 on Tuesday.",
     "2024-04-09",
     ["BRENT intraday_extreme up 2 percent 2024-04-09",
      "BRENT session_change down 1 percent 2024-04-09 level=84.1"]),
]  # fmt: skip


FROM_A_DATED_HIGH: list[Row] = [
    ("The two-year Treasury yield has now tumbled more than 110 basis points from last Wednesday's 16-year high of 5.08%.",
     "2023-03-15",
     ["US2Y period_change down 110 bp more_than 2023-03-15 since=2023-03-08",
      "US2Y record up 2023-03-08 level=5.08 since=2007-03-08"]),
    ("Bitcoin has shed about 18% from Monday's record high as traders booked profits.",
     "2024-12-19",
     ["BTC period_change down 18 percent about 2024-12-19 since=2024-12-16",
      "BTC record up 2024-12-16"]),
    ("Gold slipped 1.1% from Tuesday's record close on Wednesday.",
     "2024-10-23",
     ["GOLD session_change down 1.1 percent 2024-10-23",
      "GOLD record up 2024-10-22"]),
]  # fmt: skip


STATES_AT_MARKS: list[Row] = [
    ("The five-year Treasury yield was trading at session highs late in the day after a weak auction.",
     "2021-02-25",
     ["US5Y session_high none 2021-02-25"]),
    ("The Australian dollar languished near the day's low at $0.6330 on Tuesday after the central bank held rates.",
     "2023-10-03",
     ["AUDUSD level none 2023-10-03 level=0.633"]),
    ("The Canadian dollar rose to parity with its U.S. counterpart on Thursday for the first time since 1976.",
     "2007-09-20",
     ["USDCAD level up 2007-09-20 inverse level=1",
      "USDCAD record up 2007-09-20 inverse level=1 since=1976-01-01"]),
]  # fmt: skip


LAST_SEEN_EVENTS: list[Row] = [
    ("The VIX spiked to 65.73 early on Monday, a level unseen since the pandemic crash of March 2020, before settling at 38.57.",
     "2024-08-05",
     ["VIX intraday_extreme up 2024-08-05 level=65.73",
      "VIX record up 2024-08-05 level=65.73 since=2020-03-01",
      "VIX level none 2024-08-05 level=38.57"]),
]  # fmt: skip


OVERNIGHT: list[Row] = [
    ("Bitcoin, which had topped $71,000 overnight, was trading 3% lower at $67,800 by midday.",
     "2024-06-10",
     ["BTC intraday_extreme up 2024-06-10 level=71000",
      "BTC intraday_change down 3 percent 2024-06-10 level=67800"]),
    ("Mexico's peso weakened as much as 3% to 20.80 per dollar overnight as results came in, before trimming its loss to 0.7% by midday.",
     "2024-11-06",
     ["USDMXN intraday_extreme down 3 percent as_much_as 2024-11-06 inverse level=20.8",
      "USDMXN intraday_change down 0.7 percent 2024-11-06 inverse"]),
]  # fmt: skip


TOUCHED_PRICES: list[Row] = [
    ("Brent crude settled up $4.10, or 3.4%, at $123.21 a barrel on Monday, well off the $139.13 it hit overnight, its highest since 2008.",
     "2022-03-07",
     ["BRENT session_change up 3.4 percent 2022-03-07 level=123.21",
      "BRENT intraday_extreme up 2022-03-07 level=139.13",
      "BRENT record up 2022-03-07 level=139.13 since=2008-01-01"]),
    ("The dollar ended 2024 roughly 11% stronger against the yen at 157.20, though it remained below the 161.95 it touched on July 3, the highest since December 1986.",
     "2024-12-31",
     ["USDJPY period_change up 11 percent about 2024-12-31 level=157.2 since=2024-01-01",
      "USDJPY intraday_extreme up 2024-07-03 level=161.95",
      "USDJPY record up 2024-07-03 level=161.95 since=1986-12-01"]),
    ("The yen firmed to 150.10 per dollar on Friday, up from the 151.95 it touched on Wednesday.",
     "2024-03-08",
     ["USDJPY level up 2024-03-08 inverse level=150.1",
      "USDJPY intraday_extreme down 2024-03-06 inverse level=151.95"]),
    ("Gold rose 1% on Friday, while Nvidia shares ended 3% below the $140 they hit on Monday.",
     "2024-06-21",
     ["GOLD session_change up 1 percent 2024-06-21"]),
]  # fmt: skip


REACHED_AND_LEFT: list[Row] = [
    ("Japan's benchmark 10-year bond yield dived to a record low of 0.315% on Friday morning.",
     "2013-04-05",
     ["JP10Y level down 2013-04-05 level=0.315",
      "JP10Y record down 2013-04-05 level=0.315"]),
    ("Sterling plumbed an all-time low of $1.0327 in Asian trading on Monday before clawing its way back to $1.0730 by late afternoon in London.",
     "2022-09-26",
     ["GBPUSD intraday_extreme down 2022-09-26 level=1.0327",
      "GBPUSD record down 2022-09-26 level=1.0327",
      "GBPUSD level up 2022-09-26 level=1.073"]),
    ("The pound plunged 6% to a 31-year low of $1.1841 within two minutes in Asian trading on Friday, before quickly recovering to $1.24.",
     "2016-10-07",
     ["GBPUSD intraday_extreme down 6 percent 2016-10-07 level=1.1841",
      "GBPUSD record down 2016-10-07 level=1.1841 since=1985-10-07",
      "GBPUSD level up 2016-10-07 level=1.24"]),
    ("U.S. crude touched a record $70.85 a barrel overnight, only to fall back and settle up $1.20 at $67.20 on Monday.",
     "2005-08-29",
     ["WTI intraday_extreme up 2005-08-29 level=70.85",
      "WTI record up 2005-08-29 level=70.85",
      "WTI session_change up 1.2 points 2005-08-29 level=67.2"]),
]  # fmt: skip


MARKS_AND_WINDOWS: list[Row] = [
    ("U.S. crude raced to a record $147.27 a barrel on Friday, before pulling back to settle at $145.08.",
     "2008-07-11",
     ["WTI intraday_extreme up 2008-07-11 level=147.27",
      "WTI record up 2008-07-11 level=147.27",
      "WTI level down 2008-07-11 level=145.08"]),
    ("Gold pierced $1,000 an ounce for the first time on Thursday as the dollar slid.",
     "2008-03-13",
     ["GOLD level up 2008-03-13 level=1000",
      "GOLD record up 2008-03-13 level=1000",
      "DXY session_change down 2008-03-13"]),
    ("The yen slid past 151 per dollar on Friday for the first time since July 1990, before a sudden rebound to 146.2.",
     "2022-10-21",
     ["USDJPY intraday_extreme down 2022-10-21 inverse level=151",
      "USDJPY record down 2022-10-21 inverse level=151 since=1990-07-01",
      "USDJPY level up 2022-10-21 inverse level=146.2"]),
    ("The VIX slid to an intraday record low of 8.56 on Friday in a holiday-shortened session.",
     "2017-11-24",
     ["VIX intraday_extreme down 2017-11-24 level=8.56",
      "VIX record down 2017-11-24 level=8.56"]),
    ("Brazil's real has tumbled 22% against the dollar year to date, and it gave up another 1.6% to 5.07 per dollar on Friday.",
     "2020-03-20",
     ["USDBRL period_change down 22 percent 2020-03-20 inverse since=2020-01-01",
      "USDBRL session_change down 1.6 percent 2020-03-20 inverse level=5.07"]),
    ("The dollar index has climbed 1.6% since the Federal Reserve's Dec. 18 meeting and was up 0.1% at 108.10 on Monday.",
     "2024-12-23",
     ["DXY period_change up 1.6 percent 2024-12-23 since=2024-12-18",
      "DXY intraday_change up 0.1 percent 2024-12-23 level=108.1"]),
    ("European shares slid 2.9% on Monday, taking their drop from last Tuesday's high to 5.4% as rate worries mounted.",
     "2022-05-09",
     ["STOXX600 session_change down 2.9 percent 2022-05-09",
      "STOXX600 period_change down 5.4 percent 2022-05-09 since=2022-05-03"]),
    ("Brent edged up 0.2% to $54.46 a barrel on Friday, rounding off a week's gain of about 15%.",
     "2016-12-02",
     ["BRENT session_change up 0.2 percent 2016-12-02 level=54.46",
      "BRENT period_change up 15 percent about 2016-12-02 since=2016-11-28"]),
]  # fmt: skip


AFTER_APPOSITIONS: list[Row] = [
    ("Japan's Nikkei climbed to 15,942.60 in the morning on Thursday, its highest since December 2007, only to collapse 7.3% to 14,483.98 by the close.",
     "2013-05-23",
     ["NIKKEI225 intraday_extreme up 2013-05-23 level=15942.6",
      "NIKKEI225 record up 2013-05-23 level=15942.6 since=2007-12-01",
      "NIKKEI225 session_change down 7.3 percent 2013-05-23 level=14484"]),
    ("The S&P 500 plunged 6.7% to 1,119.46 on Monday, its worst day since December 2008, finishing at its session low.",
     "2011-08-08",
     ["SPX session_change down 6.7 percent 2011-08-08 level=1119.46",
      "SPX biggest_move down 2011-08-08 since=2008-12-01",
      "SPX session_low none 2011-08-08"]),
    ("The euro slid as low as $1.2523 during the afternoon plunge on Wall Street on Thursday, its weakest in 14 months.",
     "2010-05-06",
     ["EURUSD intraday_extreme down 2010-05-06 level=1.2523",
      "EURUSD record down 2010-05-06 level=1.2523 since=2009-03-06"]),
    ("Gold could collapse 10% next year if central banks stop buying, one strategist said.",
     "2024-05-06",
     []),
]  # fmt: skip


OWNED_NOUNS: list[Row] = [
    ("A 2.4% gain for the Kospi on Thursday came as foreign investors returned to South Korean chipmakers.",
     "2023-01-05",
     ["KOSPI session_change up 2.4 percent 2023-01-05"]),
    ("Losses of 1.4% for the DAX and 1.1% for the CAC 40 on Tuesday followed a rout in Asia.",
     "2018-02-06",
     ["DAX session_change down 1.4 percent 2018-02-06",
      "CAC40 session_change down 1.1 percent 2018-02-06"]),
    ("The Nikkei is on course for a 4% gain for the week as exporters rally.",
     "2024-03-08",
     []),
    ("A 5% gain for Nvidia lifted the Nasdaq 1% on Monday.",
     "2024-03-04",
     ["NASDAQ session_change up 1 percent 2024-03-04"]),
]  # fmt: skip


HOURS_AND_QUOTES: list[Row] = [
    ("The euro bought as much as $1.4730 on Wednesday, an all-time high, after a Chinese official spoke of diversifying reserves.",
     "2007-11-07",
     ["EURUSD intraday_extreme up 2007-11-07 level=1.473",
      "EURUSD record up 2007-11-07 level=1.473"]),
    ("Palladium was quoted at $3,210 an ounce late on Monday, hours after it set an all-time high of $3,440.76.",
     "2022-03-07",
     ["PALLADIUM level none 2022-03-07 level=3210",
      "PALLADIUM intraday_extreme up 2022-03-07 level=3440.76",
      "PALLADIUM record up 2022-03-07 level=3440.76"]),
    ("Bitcoin changed hands at $102,600 in Asian trading on Thursday, hours after breaking through $100,000 for the first time.",
     "2024-12-05",
     ["BTC level none 2024-12-05 level=102600",
      "BTC level up 2024-12-05 level=100000",
      "BTC record up 2024-12-05 level=100000"]),
    ("The Swedish crown rebounded 1.1% against the dollar on Wednesday, 24 hours after the currency had touched an all-time low.",
     "2022-09-28",
     ["USDSEK session_change up 1.1 percent 2022-09-28 inverse",
      "USDSEK record down 2022-09-27 inverse"]),
]  # fmt: skip


WORST_THEN_CLOSE: list[Row] = [
    ("Brent jumped as much as 5.7% to $81.40 a barrel in early Asian trade on Monday, then reversed to settle 7.2% lower at $71.48.",
     "2025-06-23",
     ["BRENT intraday_extreme up 5.7 percent as_much_as 2025-06-23 level=81.4",
      "BRENT session_change down 7.2 percent 2025-06-23 level=71.48"]),
    ("The Dow rocketed 1,086 points, or 5%, to 22,878.45 on Wednesday, its biggest one-day point gain ever, and finished at the session's high.",
     "2018-12-26",
     ["DJIA session_change up 5 percent 2018-12-26 level=22878.5",
      "DJIA biggest_move up 2018-12-26",
      "DJIA session_high none 2018-12-26"]),
    ("When U.S. markets reopened on Monday, the Nasdaq Composite was down 7.8% at its worst and ended 6.8% lower at 1,579.55.",
     "2001-09-17",
     ["NASDAQ intraday_extreme down 7.8 percent 2001-09-17",
      "NASDAQ session_change down 6.8 percent 2001-09-17 level=1579.55"]),
    ("The CBOE Volatility Index spiked as high as 40.71 during Thursday afternoon's plunge on Wall Street and closed up 31.7% at 32.80.",
     "2010-05-06",
     ["VIX intraday_extreme up 2010-05-06 level=40.71",
      "VIX session_change up 31.7 percent 2010-05-06 level=32.8"]),
]  # fmt: skip


GAPPED_CENTS: list[Row] = [
    ("Gold closed $14.90 higher at $1,346.20 an ounce and silver 21 cents firmer at $18.04 as tensions lifted demand for havens.",
     "2017-09-08",
     ["GOLD session_change up 14.9 points 2017-09-08 level=1346.2",
      "SILVER session_change up 0.21 points 2017-09-08 level=18.04"]),
]  # fmt: skip


SHARED_TENOR: list[Row] = [
    ("Italian and German 10-year bond yields rose 23 and 9 basis points, respectively, on Thursday as the coalition in Rome teetered.",
     "2022-07-14",
     ["IT10Y session_change up 23 bp 2022-07-14",
      "DE10Y session_change up 9 bp 2022-07-14"]),
]  # fmt: skip


LEFT_FOR_A_CLOSE: list[Row] = [
    ("Wall Street's fear gauge spiked to 50.30 in the first hour of trade on Tuesday, its highest since August 2015, only to close at 29.98, down nearly 20% on the day.",
     "2018-02-06",
     ["VIX intraday_extreme up 2018-02-06 level=50.3",
      "VIX record up 2018-02-06 level=50.3 since=2015-08-01",
      "VIX session_change down 20 percent almost 2018-02-06 level=29.98"]),
]  # fmt: skip


TRAPS_FOR_NEW_RULES: list[Row] = [
    ("The S&P 500 rose 0.4% on Friday, while a 12% gain for Nvidia lifted chipmakers.",
     "2024-06-14",
     ["SPX session_change up 0.4 percent 2024-06-14"]),
    ("The euro rose 0.3% on Wednesday, while a 2% gain for German banks helped the DAX.",
     "2024-06-14",
     ["EURUSD session_change up 0.3 percent 2024-06-12"]),
    ("Japan's benchmark rate rose to 0.5% on Friday, its highest since 2008.",
     "2024-06-14",
     []),
    ("Bitcoin fell 3% on Monday, far below the $73,000 it hit in March, with losses of 5% for ether.",
     "2024-06-14",
     ["BTC session_change down 3 percent 2024-06-10",
      "ETH session_change down 5 percent 2024-06-10"]),
    ("The Nikkei fell 1% on Tuesday, though strategists expect a rebound to 40,000 by June.",
     "2024-06-14",
     ["NIKKEI225 session_change down 1 percent 2024-06-11"]),
    ("The Dow rose 0.5% on Monday, a week after Apple shares touched a record $237.",
     "2024-06-14",
     ["DJIA session_change up 0.5 percent 2024-06-10"]),
    ("Gold fell 1% on Monday, with losses of 2% for silver on Thursday.",
     "2024-06-14",
     ["GOLD session_change down 1 percent 2024-06-10",
      "SILVER session_change down 2 percent 2024-06-13"]),
    ("Shanghai stocks ended 2008 with a loss of 65% for the year.",
     "2008-12-31",
     ["SHCOMP period_change down 65 percent 2008-12-31 since=2008-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SPANS_AFTER))
def test_a_span_before_the_words_after_it(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A counted span ("two months", "a week", "four sessions", "10 days") puts the words after
    it that long before the clause's day; a vague one ("just days", "barely a week") only with a
    date of their own; "in seven months after" is a look-back, not a span."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAY_EXTREMES))
def test_the_days_extremes_and_the_late_session(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "hit a session low" is the day's low and the close after it stays its own claim; "near
    session highs" is the day's high too (checked with the same tolerance as "at", unlike "near
    a record"); "in the final minutes of trade" and "late in the session" are read past, so the
    day named after them and the close after them hold."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CROSSINGS_AND_WAYS))
def test_crossed_points_and_the_way_of_a_touch(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "topped 8,000 points" is the level crossed, not an 8,000-point move; a level touched by
    another market named as a cause ("fell ... after the yield touched 1%") does not take the
    way of the move before it (the quoted number rose to it: the day's high), while a parallel
    one ("and the 30-year yield hit") does."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TURNS_AND_STATES))
def test_turns_and_the_states_they_reach(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "but reversed course to slide 2.3%", "but went on to end 1.1% lower": the move after the
    turn is the day's; "to trade just 4% lower" is a state; "settling around 1.02, still some
    15% stronger" and "clawing back to $38,500, still down roughly 9%" are one claim each, while
    "dipped to $1.0635, down about 0.6%" keeps the level apart; "swung by 3 yen" is no level."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NO_CLAIM_OF_THEIR_OWN))
def test_words_with_no_claim_of_their_own(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "pulled back from session peaks" is a move within the day (the state after it stands);
    "cleared $4,000" is a level crossed; "slipped below the rate on three-month bills" is a
    relation between two yields; a high the dollar "eased back from" on no day named is no
    record, while a low "hit in the previous session" is one on that day."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EARLIER_STATES))
def test_earlier_states_and_what_came_of_them(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A move a "having" clause names after "pared losses to stand ..." was the day's extreme; a
    midday state the close outgrew ("had been up about 12 bp ..., closed 18 bp higher") stays a
    state, while one the close reversed ("had jumped 2% ..., ended 1% lower") was the extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FROM_A_DATED_HIGH))
def test_a_move_from_a_dated_high(sentence: str, published: str, expected: list[str]) -> None:
    """A sized move with no day of its own, measured from a record on a day before the last
    session ("from last Wednesday's 16-year high"), is the move since that day; from the
    previous day's record close, on a day named, it stays the day's move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STATES_AT_MARKS))
def test_states_at_the_days_marks(sentence: str, published: str, expected: list[str]) -> None:
    """ "was trading at session highs" is the day's high (the state's verb is its own words);
    "near the day's low at $0.6330" is nearness, and the level stands; "parity with its U.S.
    counterpart" is the level 1, and the record after it is read."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LAST_SEEN_EVENTS))
def test_a_level_last_seen_at_a_dated_event(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "a level unseen since the pandemic crash of March 2020" is a record since that month."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OVERNIGHT))
def test_overnight_is_the_reference_day(sentence: str, published: str, expected: list[str]) -> None:
    """ "overnight" is the night before the reference day's trade, so a level topped overnight
    and undone by midday is that day's extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TOUCHED_PRICES))
def test_a_price_reached_named_as_a_mark(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "well off the $139.13 it hit overnight, its highest since 2008": the day's extreme at
    that price (its side told from the subject's: "up from the 151.95 it touched" is the yen's
    low), on the day its own words name, and the record set off after it is that price's; a
    company's price after "while" is no claim on the market before it."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(REACHED_AND_LEFT))
def test_prices_reached_and_left(sentence: str, published: str, expected: list[str]) -> None:
    """ "Japan's benchmark 10-year bond yield" is the yield, not the index "Japan's benchmark";
    "plumbed" reaches the day's low; "clawing its way back to", "before quickly recovering to"
    and "within two minutes" are read through; "only to fall back and settle up $1.20" is the
    close, which the unsized fall back does not contradict."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MARKS_AND_WINDOWS))
def test_marks_reached_and_windows_named(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "raced to", "pierced" reach a level; "before a sudden rebound to 146.2" is that price;
    "an intraday record low" is the day's extreme; "gave up another 1.6%" is sized; a
    since-phrase ends before "and was up 0.1%"; "taking their drop from last Tuesday's high to
    5.4%" and "a week's gain of about 15%" are windows."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(AFTER_APPOSITIONS))
def test_moves_after_an_apposition(sentence: str, published: str, expected: list[str]) -> None:
    """ "only to collapse 7.3%" (a base form) and "finishing at its session low" carry on past
    the record set off before them; "during the afternoon plunge on Wall Street" is read
    through; "could collapse 10%" stays a forecast."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OWNED_NOUNS))
def test_move_nouns_owned_by_a_market(sentence: str, published: str, expected: list[str]) -> None:
    """ "A 2.4% gain for the Kospi on Thursday", "Losses of 1.4% for the DAX and 1.1% for the
    CAC 40 on Tuesday": each market's move on the day named; not after a projection ("on course
    for a 4% gain") nor for a company ("a 5% gain for Nvidia")."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HOURS_AND_QUOTES))
def test_hours_after_and_quoted_extremes(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "bought as much as $1.4730" is the day's extreme; "hours after it set an all-time high"
    is the same day (not the day before), "24 hours after" the day before."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WORST_THEN_CLOSE))
def test_the_days_worst_then_its_close(sentence: str, published: str, expected: list[str]) -> None:
    """ "then reversed to settle 7.2% lower", "and finished at the session's high", "was down
    7.8% at its worst and ended 6.8% lower", "during Thursday afternoon's plunge ... and closed
    up 31.7%": the close after the day's extreme is read."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GAPPED_CENTS))
def test_a_gapped_size_in_cents(sentence: str, published: str, expected: list[str]) -> None:
    """ "and silver 21 cents firmer": a gapped size in cents on a dollar price is 0.21."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHARED_TENOR))
def test_two_countries_sharing_a_tenor(sentence: str, published: str, expected: list[str]) -> None:
    """ "Italian and German 10-year bond yields": each country's tenor (the registry now names
    "italian 10-year bond yield" and "german 10-year bond yield")."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEFT_FOR_A_CLOSE))
def test_a_level_left_for_a_close_the_other_way(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "spiked to 50.30 ..., only to close at 29.98, down nearly 20%": a level reached and left
    for a close the other way was the day's extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TRAPS_FOR_NEW_RULES))
def test_traps_for_the_sessions_rules(sentence: str, published: str, expected: list[str]) -> None:
    """Precision traps for this session's rules: a move noun for a company or a sector ("a 12%
    gain for Nvidia") is no claim on the market before it; "Japan's benchmark rate" is no index;
    a forecast rebound, a company's record and a year's loss "for the year" keep their readings;
    "losses of 5% for ether" takes the day of the claim before it, while its own "on Thursday"
    is counted from the publication day."""
    assert extract(sentence, published) == expected
