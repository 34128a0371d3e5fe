"""Claim parser rules from session 13 (lead): moves told with the market as object, a bare tenor
in a gapped clause, clock times, spans with a half, a period's own move, and marks after a level
or a move. Spec by example in the format of tests/test_claims_examples.py (our own wire-style
sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

PASSIVES: list[Row] = [
    ("A gain of 1.3% was booked by the Hang Seng on Thursday as property developers rallied.",
     "2024-05-09",
     ["HSI session_change up 1.3 percent 2024-05-09"]),
    ("Losses of 0.9% and 1.4% were suffered by the CAC 40 and the DAX, respectively, on Monday.",
     "2024-08-05",
     ["CAC40 session_change down 0.9 percent 2024-08-05",
      "DAX session_change down 1.4 percent 2024-08-05"]),
    ("About 2.5%, or 1,000 points, was knocked off the Dow on Wednesday after the Fed's hawkish turn.",
     "2022-09-21",
     ["DJIA session_change down 2.5 percent about 2022-09-21"]),
    ("Some 4% had been wiped off the Kospi by the midday break on Tuesday.",
     "2024-08-06",
     ["KOSPI intraday_change down 4 percent about 2024-08-06"]),
    ("A drop of 1.1% left the FTSE 100 at 7,950 on Friday, its lowest close in two months.",
     "2024-08-02",
     ["FTSE100 session_change down 1.1 percent 2024-08-02 level=7950",
      "FTSE100 record down 2024-08-02 level=7950 since=2024-06-02"]),
    ("A wave of selling knocked 3% off the Nasdaq on Thursday.",
     "2024-07-25",
     ["NASDAQ session_change down 3 percent 2024-07-25"]),
    ("More than $1 trillion was wiped off the value of U.S. tech stocks on Monday.",
     "2024-08-05",
     []),
    ("A loss of 2% was forecast by analysts for the Nikkei next week.",
     "2024-08-02",
     []),
]  # fmt: skip

GAPPED_TENORS: list[Row] = [
    ("The 10-year Treasury yield climbed 11 basis points to 4.41%, and the 30-year 9 basis points to 4.60%.",
     "2024-04-10",
     ["US10Y session_change up 11 bp 2024-04-10 level=4.41",
      "US30Y session_change up 9 bp 2024-04-10 level=4.6"]),
    ("Britain's 10-year gilt yield fell 14 basis points to 3.98%, and the 30-year 10 basis points.",
     "2024-08-01",
     ["UK10Y session_change down 14 bp 2024-08-01 level=3.98",
      "UK30Y session_change down 10 bp 2024-08-01"]),
]  # fmt: skip

CLOCK_TIMES: list[Row] = [
    ("The rupee was quoted at 83.92 per dollar at 10:15 a.m. IST on Wednesday.",
     "2024-08-07",
     ["USDINR level none 2024-08-07 inverse level=83.92"]),
    ("The yen stood at 146.10 per dollar at 9:30 a.m. in Tokyo.",
     "2024-08-07",
     ["USDJPY level none 2024-08-07 inverse level=146.1"]),
    ("The Hang Seng was up 1.2% at 17,340 by 2:45 p.m. on Friday.",
     "2024-08-09",
     ["HSI intraday_change up 1.2 percent 2024-08-09 level=17340"]),
]  # fmt: skip

HALF_YEARS: list[Row] = [
    ("The Kospi, which had touched a two-and-a-half-year high in the morning, ended 1.9% lower on Thursday.",
     "2024-07-11",
     ["KOSPI record up 2024-07-11 since=2022-01-11",
      "KOSPI session_change down 1.9 percent 2024-07-11"]),
    ("The rand slid 2% to 19.40 per dollar on Monday, its weakest in three and a half years.",
     "2023-05-29",
     ["USDZAR session_change down 2 percent 2023-05-29 inverse level=19.4",
      "USDZAR record down 2023-05-29 inverse level=19.4 since=2019-11-29"]),
    ("Sterling fell 0.8% on Thursday after the Bank of England's half-point cut.",
     "2024-08-01",
     ["GBPUSD session_change down 0.8 percent 2024-08-01"]),
]  # fmt: skip

PERIODS_IN_WHICH: list[Row] = [
    ("The Nikkei fell 5.8% on Friday, capping a week in which it lost 9.5%.",
     "2024-08-02",
     ["NIKKEI225 session_change down 5.8 percent 2024-08-02",
      "NIKKEI225 period_change down 9.5 percent 2024-08-02 since=2024-07-29"]),
    ("Gold climbed 0.4% on Friday, ending a quarter in which the metal gained 13%.",
     "2024-06-28",
     ["GOLD session_change up 0.4 percent 2024-06-28",
      "GOLD period_change up 13 percent 2024-06-28 since=2024-04-01"]),
    ("Brent slipped 1% on Friday, rounding off a month in which it shed more than 7%.",
     "2024-08-30",
     ["BRENT session_change down 1 percent 2024-08-30",
      "BRENT period_change down 7 percent more_than 2024-08-30 since=2024-08-01"]),
    ("Gold rose 1% on Friday, ending a week in which the Fed held rates steady.",
     "2024-07-12",
     ["GOLD session_change up 1 percent 2024-07-12"]),
]  # fmt: skip

MARKS: list[Row] = [
    ("The Australian dollar fell below 64 U.S. cents on Monday for the first time since November.",
     "2024-08-05",
     ["AUDUSD level down 2024-08-05 level=64",
      "AUDUSD record down 2024-08-05 level=64 since=2023-11-01"]),
    ("The Nikkei sank 12.4% to 31,458.42 on Monday, its lowest close since January and the biggest daily drop since 1987.",
     "2024-08-05",
     ["NIKKEI225 session_change down 12.4 percent 2024-08-05 level=31458.4",
      "NIKKEI225 record down 2024-08-05 level=31458.4 since=2024-01-01",
      "NIKKEI225 biggest_move down 2024-08-05 since=1987-01-01"]),
    ("Brent dropped 1.6% to settle at $76.30 a barrel on Friday for its lowest close since January.",
     "2024-08-02",
     ["BRENT session_change down 1.6 percent 2024-08-02 level=76.3",
      "BRENT record down 2024-08-02 level=76.3 since=2024-01-01"]),
    ("Gilt yields edged down on Wednesday after British inflation fell to 2%, its lowest in nearly three years.",
     "2024-06-19",
     ["UK10Y session_change down 2024-06-19"]),
    ("Urals crude slid below $60 a barrel on Tuesday, while Brent eased 0.5% to $81.20.",
     "2024-06-11",
     ["BRENT session_change down 0.5 percent 2024-06-11 level=81.2"]),
]  # fmt: skip


COMMODITY_GAPS_AND_PARED_POINTS: list[Row] = [
    ("Copper for three-month delivery in London rose 2.1% to $9,870 a tonne on Tuesday.",
     "2024-05-14",
     ["COPPER session_change up 2.1 percent 2024-05-14 level=9870"]),
    ("Aluminium for delivery in three months slipped 0.8% on Wednesday.",
     "2024-05-15",
     ["ALUMINIUM session_change down 0.8 percent 2024-05-15"]),
    ("The Nasdaq slumped 900 points at the open before it trimmed its loss to 310 points by the close.",
     "2022-05-05",
     ["NASDAQ open_move down 900 points 2022-05-05",
      "NASDAQ session_change down 310 points 2022-05-05"]),
]  # fmt: skip

FUTURES_AND_EURO_ERA: list[Row] = [
    ("Nasdaq futures slid 2% overnight, but the index itself ended 0.5% higher on Thursday.",
     "2022-03-10",
     ["NQ intraday_extreme down 2 percent 2022-03-10",
      "NASDAQ session_change up 0.5 percent 2022-03-10"]),
    ("S&P 500 futures dropped 1% before the bell, and the contract later pared losses.",
     "2024-08-05",
     ["ES intraday_extreme down 1 percent 2024-08-05"]),
    ("Italy's 10-year bond yield rose to 7.3% on Wednesday, a euro-era high.",
     "2011-11-09",
     ["IT10Y level up 2011-11-09 level=7.3",
      "IT10Y record up 2011-11-09 level=7.3 since=1999-01-01"]),
]  # fmt: skip

DAYS_OF_CLAIMS: list[Row] = [
    ("Gold settled 1.2% higher on Tuesday, and silver futures climbed another 2% overnight.",
     "2024-05-22",
     ["GOLD session_change up 1.2 percent 2024-05-21",
      "SILVER session_change up 2 percent 2024-05-22"]),
    ("Stocks in Hong Kong suffered their worst day since 2008 yesterday, with the Hang Seng closing down 13.2%.",
     "2025-04-08",
     ["HSI biggest_move down 2025-04-07 since=2008-01-01",
      "HSI session_change down 13.2 percent 2025-04-07"]),
    ("On Thursday, as traders digested the rate cut, the 10-year Bund yield eased 6 basis points to 2.19%.",
     "2024-10-18",
     ["DE10Y session_change down 6 bp 2024-10-17 level=2.19"]),
    ("Japan's 10-year yield shot up to 1.1% on Wednesday.",
     "2024-05-29",
     ["JP10Y level up 2024-05-29 level=1.1"]),
]  # fmt: skip

WEEKEND_PUBLICATION: list[Row] = [
    ("Wall Street ended a bruising month on Friday, with the Nasdaq down 0.8% on the day and 6.5% for the month.",
     "2024-08-31",
     ["NASDAQ session_change down 0.8 percent 2024-08-30",
      "NASDAQ period_change down 6.5 percent 2024-08-30 since=2024-08-01"]),
    ("The S&P 500 fell 1.7% on Friday, leaving the benchmark down 4.2% for the week.",
     "2024-09-07",
     ["SPX session_change down 1.7 percent 2024-09-06",
      "SPX period_change down 4.2 percent 2024-09-06 since=2024-09-02"]),
    ("Bitcoin was down 3% at $57,000, with ether off 5%.",
     "2024-09-07",
     ["BTC intraday_change down 3 percent 2024-09-07 level=57000",
      "ETH intraday_change down 5 percent 2024-09-07"]),
]  # fmt: skip


TURNS_TOLD_WITH_AN_ANAPHOR: list[Row] = [
    ("The yen climbed to 141.70 per dollar on Monday before the currency gave back much of its gain.",
     "2024-08-05",
     ["USDJPY intraday_extreme up 2024-08-05 inverse level=141.7"]),
    ("The Nasdaq tumbled 4% in the first hour on Thursday before the tech-heavy index recovered to close down 0.6%.",
     "2022-05-05",
     ["NASDAQ intraday_extreme down 4 percent 2022-05-05",
      "NASDAQ session_change down 0.6 percent 2022-05-05"]),
    ("Platinum jumped to $1,095 an ounce on Tuesday, and the metal later pared gains to trade 1.1% higher.",
     "2024-05-14",
     ["PLATINUM intraday_extreme up 2024-05-14 level=1095",
      "PLATINUM intraday_change up 1.1 percent 2024-05-14"]),
    ("Copper spiked to $11,100 a tonne in Asian hours on Monday, then gave up most of the gain to trade 0.3% higher.",
     "2024-05-20",
     ["COPPER intraday_extreme up 2024-05-20 level=11100",
      "COPPER intraday_change up 0.3 percent 2024-05-20"]),
    ("The Kospi lost as much as 8% on Monday, most of which it recouped in the afternoon, ending 1.2% lower.",
     "2024-08-05",
     ["KOSPI intraday_extreme down 8 percent as_much_as 2024-08-05",
      "KOSPI session_change down 1.2 percent 2024-08-05"]),
    ("The lira sank 15% to a record low on Monday, and the currency was still 9% weaker in the evening.",
     "2021-12-20",
     ["USDTRY intraday_extreme down 15 percent 2021-12-20 inverse",
      "USDTRY record down 2021-12-20 inverse",
      "USDTRY intraday_change down 9 percent 2021-12-20 inverse"]),
    ("The Dax fell 1.1% on Monday and then rebounded 2.3% on Tuesday.",
     "2024-03-13",
     ["DAX session_change down 1.1 percent 2024-03-11",
      "DAX session_change up 2.3 percent 2024-03-12"]),
]  # fmt: skip

LISTS_LIMITS_AND_CLOSES: list[Row] = [
    ("Over the week, the Kospi lost 4.2% and the Nikkei gave up 2.5%, while Brent settled at $78.10 a barrel on Friday.",
     "2024-08-02",
     ["KOSPI period_change down 4.2 percent 2024-08-02 since=2024-07-29",
      "NIKKEI225 period_change down 2.5 percent 2024-08-02 since=2024-07-29",
      "BRENT level none 2024-08-02 level=78.1"]),
    ("The FTSE MIB and the Athens general index gained 1.6% and 2.9%, respectively, on Tuesday.",
     "2024-03-12",
     ["FTSEMIB session_change up 1.6 percent 2024-03-12"]),
    ("Solana, bitcoin and ether slid 7%, 4% and 6%, respectively, on Monday.",
     "2024-08-05",
     ["BTC session_change down 4 percent 2024-08-05",
      "ETH session_change down 6 percent 2024-08-05"]),
    ("Nasdaq futures sank 5% to their daily limit in overnight trading.",
     "2020-03-16",
     ["NQ intraday_extreme down 5 percent 2020-03-16"]),
    ("Hopes of a trade truce lifted the S&P 500 9.5% on Wednesday in the biggest one-day percentage gain since 2008.",
     "2025-04-09",
     ["SPX session_change up 9.5 percent 2025-04-09",
      "SPX biggest_move up 2025-04-09 since=2008-01-01"]),
    ("The Dow recovered from a 1,000-point drop to end up 125 points on Wednesday.",
     "2022-02-23",
     ["DJIA intraday_extreme down 1000 points 2022-02-23",
      "DJIA session_change up 125 points 2022-02-23"]),
    ("The S&P 500 recovered from a drop of 2.1% to close 0.4% higher on Thursday.",
     "2022-03-03",
     ["SPX intraday_extreme down 2.1 percent 2022-03-03",
      "SPX session_change up 0.4 percent 2022-03-03"]),
    ("The euro fell to $1.0520 on Friday from a high of $1.0940.",
     "2024-10-18",
     ["EURUSD level down 2024-10-18 level=1.052"]),
    ("Dutch front-month gas retreated to settle at 48.2 euros on Tuesday, still 4% up on the day.",
     "2024-06-04",
     ["TTF session_change up 4 percent 2024-06-04 level=48.2"]),
    ("Portugal's PSI and Spain's IBEX gained 0.9% and 1.4%, respectively, on Tuesday.",
     "2024-03-12",
     ["IBEX35 session_change up 1.4 percent 2024-03-12"]),
]  # fmt: skip


COMPANIES_AND_COUNTERS: list[Row] = [
    ("Barrick Gold sank 4.1% in Toronto on Thursday as gold futures settled down 2.3%.",
     "2024-02-15",
     ["GOLD session_change down 2.3 percent 2024-02-15"]),
    ("Gold Fields rose 3% in Johannesburg, while spot gold climbed 1% to $2,410 an ounce.",
     "2024-05-17",
     ["GOLD session_change up 1 percent 2024-05-17 level=2410"]),
    ("Spot Gold rose 1% on Monday.",
     "2024-05-20",
     ["GOLD session_change up 1 percent 2024-05-20"]),
    ("The blue-chip Dow gave up a more modest 0.4% on Friday.",
     "2024-08-02",
     ["DJIA session_change down 0.4 percent 2024-08-02"]),
    ("The yen jumped to 141.70 per dollar and 155.10 per euro on Monday.",
     "2024-08-05",
     ["USDJPY level up 2024-08-05 inverse level=141.7",
      "EURJPY level up 2024-08-05 inverse level=155.1"]),
    ("The dollar slid to 143.20 yen and 0.8610 Swiss francs on Wednesday.",
     "2024-08-07",
     ["USDJPY level down 2024-08-07 level=143.2",
      "USDCHF level down 2024-08-07 level=0.861"]),
    ("The yen gained 1.2% to 144.50 per dollar and 0.9% to 158.20 per euro on Thursday.",
     "2024-08-08",
     ["USDJPY session_change up 1.2 percent 2024-08-08 inverse level=144.5",
      "EURJPY session_change up 0.9 percent 2024-08-08 inverse level=158.2"]),
]  # fmt: skip


SESSION_EXTREMES: list[Row] = [
    ("The Kospi jumped 3.1% on Thursday and closed near the day's peak.",
     "2024-11-07",
     ["KOSPI session_change up 3.1 percent 2024-11-07",
      "KOSPI session_high none 2024-11-07"]),
    ("The rupee slid 0.6% to 84.10 per dollar on Monday and finished at the day's weakest level.",
     "2024-11-04",
     ["USDINR session_change down 0.6 percent 2024-11-04 inverse level=84.1",
      "USDINR session_low none 2024-11-04 inverse"]),
    ("Copper rose 2% to $9,650 a tonne on Tuesday, near the top of the day's range.",
     "2024-11-05",
     ["COPPER session_change up 2 percent 2024-11-05 level=9650",
      "COPPER session_high none 2024-11-05"]),
    ("The CAC 40 fell 1.8% on Friday, ending just above its lows for the day.",
     "2024-08-02",
     ["CAC40 session_change down 1.8 percent 2024-08-02",
      "CAC40 session_low none 2024-08-02"]),
    ("The Hang Seng slid 2.2% on Wednesday and closed a shade above its session low.",
     "2024-10-09",
     ["HSI session_change down 2.2 percent 2024-10-09",
      "HSI session_low none 2024-10-09"]),
    ("Gold was trading near its session high of about $2,650 an ounce on Monday.",
     "2024-10-21",
     ["GOLD session_high none 2024-10-21"]),
    ("The DAX ended within a whisker of the session's best level on Tuesday.",
     "2024-10-22",
     ["DAX session_high none 2024-10-22"]),
    ("Wheat settled near the session's peak on Thursday, up 3%.",
     "2024-06-13",
     ["WHEAT session_high none 2024-06-13",
      "WHEAT session_change up 3 percent 2024-06-13"]),
    ("The yen ended well off its weakest levels of the day on Friday.",
     "2024-06-28",
     []),
    ("Gold traded within a few dollars of its record peak on Friday.",
     "2024-10-18",
     []),
]  # fmt: skip


MARKS_LISTS_AND_LEVELS: list[Row] = [
    ("The Dow and the S&P 500 lost 2.6% and 3.1% on Thursday, the latter its worst day since June.",
     "2024-08-01",
     ["DJIA session_change down 2.6 percent 2024-08-01",
      "SPX session_change down 3.1 percent 2024-08-01",
      "SPX biggest_move down 2024-08-01 since=2024-06-01"]),
    ("The Hang Seng and the Hang Seng Tech index fell 2.2% and 4.1%, respectively, on Monday, the former's worst day since March.",
     "2024-08-05",
     ["HSI session_change down 2.2 percent 2024-08-05",
      "HSTECH session_change down 4.1 percent 2024-08-05",
      "HSI biggest_move down 2024-08-05 since=2024-03-01"]),
    ("The S&P 500 and the Nasdaq rose 1.2% and 2.9% on Friday, the former's best day since May.",
     "2024-08-16",
     ["SPX session_change up 1.2 percent 2024-08-16",
      "NASDAQ session_change up 2.9 percent 2024-08-16",
      "SPX biggest_move up 2024-08-16 since=2024-05-01"]),
    ("Friday's jobs report sent the Dow, the S&P 500 and the Nasdaq down 1.5%, 1.8% and 2.4%, respectively.",
     "2024-08-02",
     ["DJIA session_change down 1.5 percent 2024-08-02",
      "SPX session_change down 1.8 percent 2024-08-02",
      "NASDAQ session_change down 2.4 percent 2024-08-02"]),
    ("Samsung's shares in Seoul slid 3.2% on Tuesday.",
     "2024-08-06",
     []),
    ("The Nikkei sank 2.1% on Tuesday, leaving the benchmark down 18% from its July 11 peak.",
     "2024-08-06",
     ["NIKKEI225 session_change down 2.1 percent 2024-08-06",
      "NIKKEI225 period_change down 18 percent 2024-08-06 since=2024-07-11"]),
    ("The Canadian dollar settled at 1.3720 per U.S. dollar, or 72.89 U.S. cents, on Monday.",
     "2024-08-05",
     ["USDCAD level none 2024-08-05 inverse level=1.372"]),
    ("WTI settled at $64.90 a barrel on Wednesday, below $65 for the first time since May 2023.",
     "2024-09-04",
     ["WTI level none 2024-09-04 level=64.9",
      "WTI record down 2024-09-04 level=65 since=2023-05-01"]),
    ("The Nikkei ended at 40,109.23 on Monday, surpassing its March 2024 record close.",
     "2024-07-08",
     ["NIKKEI225 level none 2024-07-08 level=40109.2",
      "NIKKEI225 record up 2024-07-08 level=40109.2"]),
]  # fmt: skip


LATE_RULES: list[Row] = [
    ("The euro crept above parity with the dollar on Monday for the first time in two decades.",
     "2022-07-18",
     ["EURUSD level up 2022-07-18 level=1",
      "EURUSD record up 2022-07-18 level=1 since=2002-07-18"]),
    ("The dollar index pushed above 108 on Tuesday.",
     "2024-12-17",
     ["DXY level up 2024-12-17 level=108"]),
    ("Silver spiked to $35.40 an ounce on Tuesday before profit-taking knocked it down 1.8% by the close.",
     "2024-10-23",
     ["SILVER intraday_extreme up 2024-10-22 level=35.4",
      "SILVER session_change down 1.8 percent 2024-10-22"]),
    ("Cocoa jumped to a record $12,900 a tonne on Wednesday before settling up a more modest 1.1%.",
     "2024-12-18",
     ["COCOA intraday_extreme up 2024-12-18 level=12900",
      "COCOA record up 2024-12-18 level=12900",
      "COCOA session_change up 1.1 percent 2024-12-18"]),
    ("Swiss 10-year yields hit a record low on Thursday, while Bund yields fell 4 basis points.",
     "2024-12-12",
     ["DE10Y session_change down 4 bp 2024-12-12"]),
    ("Over 2024 the S&P 500 gained 23% and the Nasdaq 29%.",
     "2024-12-31",
     ["SPX period_change up 23 percent 2024-12-31 since=2024-01-01",
      "NASDAQ period_change up 29 percent 2024-12-31 since=2024-01-01"]),
    ("The Kospi slid 2.3% on Tuesday, extending Monday's 1.1% loss, and the Nikkei 1.8%.",
     "2024-12-10",
     ["KOSPI session_change down 2.3 percent 2024-12-10",
      "KOSPI session_change down 1.1 percent 2024-12-09",
      "NIKKEI225 session_change down 1.8 percent 2024-12-10"]),
    ("Korean stocks, closed for a holiday on Thursday, fell as much as 1.4% in the first minutes of trade.",
     "2024-10-04",
     ["KOSPI intraday_extreme down 1.4 percent as_much_as 2024-10-04"]),
    ("The Hang Seng closed 2.1% higher on Thursday after lurching from a loss of 1.4% to a gain of 3% during the session.",
     "2024-10-17",
     ["HSI session_change up 2.1 percent 2024-10-17",
      "HSI intraday_extreme down 1.4 percent 2024-10-17",
      "HSI intraday_extreme up 3 percent 2024-10-17"]),
    ("The CAC 40, Sweden's OMX Stockholm 30 and the DAX fell 1.1%, 1.6% and 1.3%, respectively, on Monday.",
     "2024-08-05",
     ["CAC40 session_change down 1.1 percent 2024-08-05",
      "DAX session_change down 1.3 percent 2024-08-05"]),
]  # fmt: skip


SAYING_AND_DISTANCES: list[Row] = [
    ("The finance minister said on Friday that officials were watching the yen closely, adding that the currency's recent slide was too fast.",
     "2024-04-26",
     []),
    ("Spot platinum hovered about $20 below the previous session's high on Wednesday.",
     "2024-02-14",
     []),
    ("Gold added 1% on Monday, and the metal's recent rally drew buyers.",
     "2024-04-22",
     ["GOLD session_change up 1 percent 2024-04-22"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PASSIVES))
def test_moves_told_with_the_market_as_object(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "A gain of 1.3% was booked by the Hang Seng", "2.5% was knocked off the Dow", "knocked 3%
    off the Nasdaq", "A drop of 1.1% left the FTSE 100 at 7,950": the market's move; money wiped
    off a sector and a forecast loss stay no claim."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GAPPED_TENORS))
def test_a_bare_tenor_in_a_gapped_clause(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "rose 11 bp to 4.41%, and the 30-year 9 bp to 4.60%": the same market's other tenor, with
    its own percent level."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOCK_TIMES))
def test_clock_times_are_no_levels(sentence: str, published: str, expected: list[str]) -> None:
    """ "at 10:15 a.m. IST", "at 9:30 a.m.", "by 2:45 p.m.": a time of day, never a level."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HALF_YEARS))
def test_spans_with_a_half(sentence: str, published: str, expected: list[str]) -> None:
    """ "a two-and-a-half-year high" is no 50% move; "in three and a half years" counts back 42
    months; "a half-point cut" is no size of the market's."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PERIODS_IN_WHICH))
def test_a_period_in_which_it_moved(sentence: str, published: str, expected: list[str]) -> None:
    """ "capping a week in which it lost 9.5%": the move over the week (month, quarter) the day's
    move ends, from its first day; a period with no move of the market's adds nothing."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MARKS))
def test_marks_after_a_level_or_a_move(sentence: str, published: str, expected: list[str]) -> None:
    """ "below 64 U.S. cents ... for the first time since November"; a second mark after "and"; "for
    its lowest close since"; a record told of inflation is not the gilts'; "Urals crude" is no
    Brent."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"), _cases(COMMODITY_GAPS_AND_PARED_POINTS)
)
def test_delivery_words_and_a_loss_pared_in_points(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Copper for three-month delivery in London rose": the metal stays the subject; "trimmed
    its loss to 310 points by the close" is the day's move in points, not a level of 310."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FUTURES_AND_EURO_ERA))
def test_the_index_after_its_futures_and_euro_era_marks(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Nasdaq futures slid 2% overnight, but the index itself ended 0.5% higher": the cash
    index; "the contract" stays the futures (and its move, later pared, was the day's extreme); "a euro-era
    high" looks back to 1999."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAYS_OF_CLAIMS))
def test_days_of_claims_beside_other_days(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "overnight" keeps the publication day beside a clause on Tuesday; a look-back ends
    before "yesterday"; a day fronted before an "as" clause dates the claim after it; "shot up
    to 1.1%" is a level, not the hedge "up to"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WEEKEND_PUBLICATION))
def test_weekend_publication_dates_friday(
    sentence: str, published: str, expected: list[str]
) -> None:
    """Published on a Saturday, a claim that names no day is Friday's session for markets that
    shut at weekends (a state is Friday's close, "for the month" counts from Friday); bitcoin and
    ether, which trade every day, keep the publication day."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TURNS_TOLD_WITH_AN_ANAPHOR))
def test_turns_told_with_an_anaphor(sentence: str, published: str, expected: list[str]) -> None:
    """ "before the currency gave back much of its gain", "before the tech-heavy index
    recovered", "and the metal later pared gains", "then gave up most of the gain", "most of
    which it recouped", a state "still 9% weaker in the evening": the move before was the day's
    extreme; a turn on a day of its own ("then rebounded 2.3% on Tuesday") is another close."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LISTS_LIMITS_AND_CLOSES))
def test_lists_limits_and_closes(sentence: str, published: str, expected: list[str]) -> None:
    """A fronted window carries past another clause's day; a "respectively" list with names the
    registry lacks gives each known market the size at its own place; "to their daily limit" is
    no level; "in the biggest one-day percentage gain"; "recovered from a 1,000-point drop to end
    up 125 points" and "from a drop of 2.1% to close 0.4% higher" are an extreme and a close;
    "from a high of $1.0940" leaves the level reached; "still 4% up on the day" gives the way."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COMPANIES_AND_COUNTERS))
def test_companies_named_for_metals_and_second_counters(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Barrick Gold", "Gold Fields": a company named for a metal is no claim on the metal
    ("Spot Gold" still is); "gave up a more modest 0.4%"; one currency against two counters
    ("to 141.70 per dollar and 155.10 per euro", "0.9% to 158.20 per euro") makes a claim for
    each pair."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SESSION_EXTREMES))
def test_the_days_range_in_many_words(sentence: str, published: str, expected: list[str]) -> None:
    """ "near the day's peak", "at the day's weakest level", "near the top of the day's range",
    "just above its lows for the day", "a shade above its session low", "within a whisker of the
    session's best level": the day's high or low, with no level of its own; "well off its weakest
    levels" and "within a few dollars of its record peak" make no claim (a sum of dollars is not
    the dollar)."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MARKS_LISTS_AND_LEVELS))
def test_marks_of_one_of_two_and_levels_in_other_words(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "the latter its worst day since June", "the former's worst day since March": the mark is
    that market's alone; a caused move over a comma list; "Samsung's shares in Seoul" is no
    index; "down 18% from its July 11 peak" runs from that day; ", or 72.89 U.S. cents" is the
    same level; "below $65 for the first time since May 2023" is a record at the threshold;
    "surpassing its March 2024 record close" is a record."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LATE_RULES))
def test_the_sessions_last_rules(sentence: str, published: str, expected: list[str]) -> None:
    """ "crept above parity", "pushed above 108": the side crossed is the way; a level reached on
    a named day before an undated close the other way, or a close "up a more modest 1.1%", was
    the day's extreme; "Swiss 10-year yields" are no Treasury yield; "Over 2024" is the year; a
    gapped clause after "extending Monday's 1.1% loss" takes Tuesday; a day inside "closed for a
    holiday on Thursday" dates the closure, not the move; a swing's later leg beside the day's own
    close was the day's other extreme; a listed name the registry lacks between two known
    markets keeps both in the "respectively" list."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SAYING_AND_DISTANCES))
def test_saying_and_distances_are_no_moves(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "adding that the currency's recent slide was too fast": a verb of saying, no move;
    "hovered about $20 below the previous session's high": a gap to another price, no level."""
    assert extract(sentence, published) == expected
