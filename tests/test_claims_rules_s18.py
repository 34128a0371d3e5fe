"""Claim parser rules from session 18 (lead): "a day after" clauses and the days they keep;
records, dated marks and ranked days; verbs of several words and the states a move leaves; a
wire service's instrument codes. Spec by example in the format of tests/test_claims_examples.py
(our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

DAYS: list[Row] = [
    ("The Kospi rose 2.1% on Wednesday, a day after it slid 3.4%.",
     "2024-12-04",
     ["KOSPI session_change up 2.1 percent 2024-12-04",
      "KOSPI session_change down 3.4 percent 2024-12-03"]),
    ("The lira traded near 34.2 per dollar on Thursday, a day after it hit a record low of 36.5 in the morning and then rallied to close 4% firmer.",
     "2024-03-21",
     ["USDTRY level none 2024-03-21 inverse level=34.2",
      "USDTRY intraday_extreme down 2024-03-20 inverse level=36.5",
      "USDTRY record down 2024-03-20 inverse level=36.5",
      "USDTRY session_change up 4 percent 2024-03-20 inverse"]),
    ("Copper rose 1.2% on Friday, a day after it slid to $9,010 at one point, its lowest since March.",
     "2024-06-07",
     ["COPPER session_change up 1.2 percent 2024-06-07",
      "COPPER intraday_extreme down 2024-06-06 level=9010",
      "COPPER record down 2024-06-06 level=9010 since=2024-03-01"]),
    ("Gold edged up 0.2% on Tuesday, a day after a surprise jobs report sent it down 2.1%.",
     "2024-06-11",
     ["GOLD session_change up 0.2 percent 2024-06-11",
      "GOLD session_change down 2.1 percent 2024-06-10"]),
    ("The Dow rose 1.1% on Tuesday, a day after it shed 2.3%, and the Nasdaq added 0.8%.",
     "2024-06-11",
     ["DJIA session_change up 1.1 percent 2024-06-11",
      "DJIA session_change down 2.3 percent 2024-06-10",
      "NASDAQ session_change up 0.8 percent 2024-06-11"]),
    ("The S&P 500 rallied 1.7% on Thursday, snapping a slide that had dragged the index to a three-month low the previous session, and the Dow gained 1.2%.",
     "2024-06-13",
     ["SPX session_change up 1.7 percent 2024-06-13",
      "SPX record down 2024-06-12 since=2024-03-12",
      "DJIA session_change up 1.2 percent 2024-06-13"]),
    ("The yen jumped 2% against the dollar on Friday, its biggest gain since 2016, after touching a 34-year low of 160.2 earlier in the session.",
     "2024-05-03",
     ["USDJPY session_change up 2 percent 2024-05-03 inverse",
      "USDJPY biggest_move up 2024-05-03 inverse since=2016-01-01",
      "USDJPY intraday_extreme down 2024-05-03 inverse level=160.2",
      "USDJPY record down 2024-05-03 inverse level=160.2 since=1990-05-03"]),
    ("Gold ended down 3.1% at $2,310 an ounce on Monday after it touched a one-month low of $2,290 at one point.",
     "2024-05-13",
     ["GOLD session_change down 3.1 percent 2024-05-13 level=2310",
      "GOLD intraday_extreme down 2024-05-13 level=2290",
      "GOLD record down 2024-05-13 level=2290 since=2024-04-13"]),
    ("The MOEX finished its first session in three weeks up 8.2% on Thursday.",
     "2022-03-24",
     ["IMOEX session_change up 8.2 percent 2022-03-24"]),
]  # fmt: skip

RECORDS: list[Row] = [
    ("The yen spiked to a postwar record of 79.75 per dollar on Wednesday.",
     "1995-04-19",
     ["USDJPY level up 1995-04-19 inverse level=79.75",
      "USDJPY record up 1995-04-19 inverse level=79.75"]),
    ("Silver jumped 6% to a record of nearly $50 an ounce on Monday.",
     "2011-04-25",
     ["SILVER session_change up 6 percent 2011-04-25 level=50",
      "SILVER record up 2011-04-25 level=50"]),
    ("The euro touched a record 0.9800 pound on Tuesday.",
     "2008-12-30",
     ["EURGBP intraday_extreme up 2008-12-30 level=0.98",
      "EURGBP record up 2008-12-30 level=0.98"]),
    ("The dollar index fell 0.4% on Thursday, off the 20-year peak of 114.78 it touched a day earlier.",
     "2022-09-29",
     ["DXY session_change down 0.4 percent 2022-09-29",
      "DXY intraday_extreme up 2022-09-28 level=114.78",
      "DXY record up 2022-09-28 level=114.78 since=2002-09-28"]),
    ("The dollar index rose 0.5% from the two-year low of 100.2 it touched a day earlier.",
     "2024-09-25",
     ["DXY session_change up 0.5 percent 2024-09-25",
      "DXY intraday_extreme down 2024-09-24 level=100.2",
      "DXY record down 2024-09-24 level=100.2 since=2022-09-24"]),
    ("The Merval collapsed 31% on Monday after the ruling party lost a primary vote, its biggest one-day fall since at least 1990.",
     "2019-08-12",
     ["MERVAL session_change down 31 percent 2019-08-12",
      "MERVAL biggest_move down 2019-08-12 since=1990-01-01"]),
    ("The Hang Seng sank 13% on Monday, wiping out all of the index's gains for the year in its worst day since 1997.",
     "2025-04-07",
     ["HSI session_change down 13 percent 2025-04-07",
      "HSI biggest_move down 2025-04-07 since=1997-01-01"]),
    ("The Nikkei suffered its worst day since 1987 with a 12.4% plunge on Monday.",
     "2024-08-05",
     ["NIKKEI225 biggest_move down 2024-08-05 since=1987-01-01",
      "NIKKEI225 session_change down 12.4 percent 2024-08-05"]),
    ("Brent rose 2% on Friday, a day after its record one-day plunge of $11.20.",
     "2020-03-20",
     ["BRENT session_change up 2 percent 2020-03-20",
      "BRENT biggest_move down 2020-03-19",
      "BRENT session_change down 11.2 points 2020-03-19"]),
    ("The real and the peso fell 1.9% and 1.1% to 6.10 and 20.05 per dollar, respectively, on Tuesday, the real's weakest close on record.",
     "2024-12-17",
     ["USDBRL session_change down 1.9 percent 2024-12-17 inverse level=6.1",
      "USDMXN session_change down 1.1 percent 2024-12-17 inverse level=20.05",
      "USDBRL record down 2024-12-17 inverse level=6.1"]),
    ("The dollar ended the week at 5.95 reais, its strongest close against Brazil's currency since 2020.",
     "2024-11-29",
     ["USDBRL level none 2024-11-29 level=5.95",
      "USDBRL record up 2024-11-29 level=5.95 since=2020-01-01"]),
]  # fmt: skip

VERBS: list[Row] = [
    ("The Nikkei knocked off 1,100 points, or 2.9%, on Thursday.",
     "2024-07-25",
     ["NIKKEI225 session_change down 2.9 percent 2024-07-25"]),
    ("The VIX racked up 8.5 points to close at 38.6 on Monday.",
     "2024-08-05",
     ["VIX session_change up 8.5 points 2024-08-05 level=38.6"]),
    ("The 10-year gilt yield put on 12 basis points to 4.45% on Tuesday.",
     "2024-10-01",
     ["UK10Y session_change up 12 bp 2024-10-01 level=4.45"]),
    ("The Dow fought back to finish 0.3% higher on Friday.",
     "2024-08-02",
     ["DJIA session_change up 0.3 percent 2024-08-02"]),
    ("Palladium hit a record $3,440 an ounce on Monday, then gave back much of the gain to stand at $3,050.",
     "2022-03-07",
     ["PALLADIUM intraday_extreme up 2022-03-07 level=3440",
      "PALLADIUM record up 2022-03-07 level=3440",
      "PALLADIUM level down 2022-03-07 level=3050"]),
    ("The dollar briefly topped 160 yen on Monday, then abruptly dropped to 155.10.",
     "2024-04-29",
     ["USDJPY intraday_extreme up 2024-04-29 level=160",
      "USDJPY level down 2024-04-29 level=155.1"]),
    ("Bitcoin clambered back above $60,000 on Monday.",
     "2024-08-12",
     ["BTC level up 2024-08-12 level=60000"]),
    ("Sterling plunged to $1.0350 on Monday before clawing back to trade near $1.07.",
     "2022-09-26",
     ["GBPUSD intraday_extreme down 2022-09-26 level=1.035",
      "GBPUSD level up 2022-09-26 level=1.07"]),
    ("The FTSE 100 surrendered a rally of nearly 2% to end down 0.4% on Friday.",
     "2024-08-02",
     ["FTSE100 intraday_extreme up 2 percent almost 2024-08-02",
      "FTSE100 session_change down 0.4 percent 2024-08-02"]),
    ("The Dow clawed back from a 2.5% loss to close up 0.3% on Monday.",
     "2024-08-05",
     ["DJIA intraday_extreme down 2.5 percent 2024-08-05",
      "DJIA session_change up 0.3 percent 2024-08-05"]),
    ("The CAC 40 narrowed a loss of as much as 4.1% to close 2.3% down on Monday.",
     "2024-08-05",
     ["CAC40 intraday_extreme down 4.1 percent as_much_as 2024-08-05",
      "CAC40 session_change down 2.3 percent 2024-08-05"]),
    ("The S&P 500 extended its loss to 3.4% on Monday.",
     "2024-08-05",
     ["SPX session_change down 3.4 percent 2024-08-05"]),
    ("By 2:30 p.m. on Monday, the Nasdaq had widened its loss to 4.2%.",
     "2024-08-05",
     ["NASDAQ intraday_change down 4.2 percent 2024-08-05"]),
    ("The rupee recovered to end the day at 83.45 per dollar on Thursday.",
     "2024-08-08",
     ["USDINR level up 2024-08-08 inverse level=83.45"]),
    ("Copper closed at $9,150 a tonne on Monday, up from $8,985 on Friday.",
     "2024-06-10",
     ["COPPER level up 2024-06-10 level=9150"]),
    ("The Nasdaq, down 5.2% at its low on Monday afternoon, fought back to finish 1.1% lower.",
     "2024-08-05",
     ["NASDAQ intraday_extreme down 5.2 percent 2024-08-05",
      "NASDAQ session_change down 1.1 percent 2024-08-05"]),
    ("At its weakest on Monday the lira fetched 36.8 per dollar.",
     "2024-08-05",
     ["USDTRY intraday_extreme down 2024-08-05 inverse level=36.8"]),
]  # fmt: skip

PARAPHRASES: list[Row] = [
    ("The won slid to 1,440 per dollar on Thursday, a depth it had not visited since March 2009.",
     "2022-09-29",
     ["USDKRW level down 2022-09-29 inverse level=1440",
      "USDKRW record down 2022-09-29 inverse level=1440 since=2009-03-01"]),
    ("Silver climbed to $47.90 an ounce on Tuesday, a height unseen since 1980.",
     "2011-04-26",
     ["SILVER level up 2011-04-26 level=47.9",
      "SILVER record up 2011-04-26 level=47.9 since=1980-01-01"]),
    ("Corn slid 2.1% to $3.10 a bushel on Monday, a trough last reached in September 2009.",
     "2020-04-20",
     ["CORN session_change down 2.1 percent 2020-04-20 level=3.1",
      "CORN record down 2020-04-20 level=3.1 since=2009-09-01"]),
    ("U.S. crude ended at $35.20 a barrel on Friday, cheaper than at any settlement since February 2004.",
     "2008-12-19",
     ["WTI level none 2008-12-19 level=35.2",
      "WTI record down 2008-12-19 level=35.2 since=2004-02-01"]),
    ("Ether breached $4,000 on Monday, a threshold it had never crossed before.",
     "2021-05-10",
     ["ETH level up 2021-05-10 level=4000",
      "ETH record up 2021-05-10 level=4000"]),
    ("The Kospi plunged 8.8% on Monday, a one-day rout without parallel since 2008.",
     "2024-08-05",
     ["KOSPI session_change down 8.8 percent 2024-08-05",
      "KOSPI biggest_move down 2024-08-05 since=2008-01-01"]),
    ("The Shanghai Composite sank 7.7% on Monday, surrendering more in a single session than at any time since 2007.",
     "2015-07-27",
     ["SHCOMP session_change down 7.7 percent 2015-07-27",
      "SHCOMP biggest_move down 2015-07-27 since=2007-01-01"]),
    ("The dollar index stood at 110.2 on Tuesday, a perch it had last occupied in June 2002.",
     "2022-09-13",
     ["DXY level none 2022-09-13 level=110.2",
      "DXY record up 2022-09-13 level=110.2 since=2002-06-01"]),
    ("Copper ended Monday 0.6% higher at $10,300 a tonne, off an all-time peak of $10,500 struck earlier in the session.",
     "2021-05-10",
     ["COPPER session_change up 0.6 percent 2021-05-10 level=10300",
      "COPPER intraday_extreme up 2021-05-10 level=10500",
      "COPPER record up 2021-05-10 level=10500"]),
    ("The dollar index rose 0.4% to 105.1 on Friday, a level last seen in November.",
     "2023-10-06",
     ["DXY session_change up 0.4 percent 2023-10-06 level=105.1",
      "DXY record up 2023-10-06 level=105.1 since=2022-11-01"]),
]  # fmt: skip

GUARDS: list[Row] = [
    ("Demand for options betting on the euro falling below parity surged on Tuesday.",
     "2022-07-12",
     []),
    ("Funds that had bet on the franc weakening were nursing heavy losses on Thursday.",
     "2015-01-15",
     []),
    ("The dollar fell 1.2% to 10.40 Norwegian crowns on Wednesday.",
     "2022-11-09",
     ["USDNOK session_change down 1.2 percent 2022-11-09 level=10.4"]),
    ("In Tokyo, the benchmark 10-year yield rose 2 basis points to 1.1% on Friday.",
     "2024-06-14",
     ["JP10Y session_change up 2 bp 2024-06-14 level=1.1"]),
    ("A sudden plunge briefly wiped nearly 900 points off the Dow on Thursday.",
     "2010-05-06",
     ["DJIA intraday_extreme down 900 points almost 2010-05-06"]),
    ("Silver extended this week's rout to more than 20% on Thursday.",
     "2011-05-05",
     ["SILVER period_change down 20 percent more_than 2011-05-05 since=2011-05-02"]),
    ("The Dow ended Friday down 1.2%, capping a 9.1% slide that was its worst week since 2020.",
     "2022-06-17",
     ["DJIA session_change down 1.2 percent 2022-06-17",
      "DJIA period_change down 9.1 percent 2022-06-17 since=2022-06-13"]),
    ("Dutch gas settled 11% higher on Monday, having earlier nearly doubled.",
     "2022-03-07",
     ["TTF session_change up 11 percent 2022-03-07",
      "TTF intraday_extreme up 100 percent almost 2022-03-07"]),
    ("China's imports of crude oil and soybeans rose 11% and 11.4%, respectively, in 2023.",
     "2024-01-12",
     []),
    ("The Nikkei was at one point down 1,600 points before finishing 4% lower, with the Topix off 3.6%.",
     "2025-03-31",
     ["NIKKEI225 intraday_extreme down 1600 points 2025-03-31",
      "NIKKEI225 session_change down 4 percent 2025-03-31",
      "TOPIX session_change down 3.6 percent 2025-03-31"]),
    ("Bitcoin ended the first half of 2022 down nearly 60%.",
     "2022-07-01",
     ["BTC period_change down 60 percent almost 2022-06-30 since=2022-01-01"]),
]  # fmt: skip

CODES: list[Row] = [
    ("Japan's Nikkei share average .N225 fell 2.3% on Tuesday.",
     "2024-04-16",
     ["NIKKEI225 session_change down 2.3 percent 2024-04-16"]),
    ("The pan-European STOXX 600 index .STOXX fell 0.3%, while Germany's DAX .GDAXI lost 0.5%.",
     "2024-04-16",
     ["STOXX600 session_change down 0.3 percent 2024-04-16",
      "DAX session_change down 0.5 percent 2024-04-16"]),
    ("Spot gold XAU= was up 0.4% at $2,380 an ounce.",
     "2024-04-16",
     ["GOLD intraday_change up 0.4 percent 2024-04-16 level=2380"]),
    ("Brent crude futures LCOc1 rose 1% to $90.10 a barrel.",
     "2024-04-16",
     ["BRENT session_change up 1 percent 2024-04-16 level=90.1"]),
    ("The dollar index =USD slipped 0.2% and the euro EUR=EBS rose 0.3% to $1.0650.",
     "2024-04-16",
     ["DXY session_change down 0.2 percent 2024-04-16",
      "EURUSD session_change up 0.3 percent 2024-04-16 level=1.065"]),
    ("Benchmark 10-year Treasury yields US10YT=RR rose 5 basis points to 4.65%.",
     "2024-04-16",
     ["US10Y session_change up 5 bp 2024-04-16 level=4.65"]),
    ("The Nikkei share average <.N225> fell 2% on Tuesday.",
     "2024-04-16",
     ["NIKKEI225 session_change down 2 percent 2024-04-16"]),
    ("The U.S. dollar rose 0.3% on Tuesday.",
     "2024-04-16",
     ["DXY session_change up 0.3 percent 2024-04-16"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAYS))
def test_days_after_and_days_kept(sentence: str, published: str, expected: list[str]) -> None:
    """ "a day after it slid 3.4%" dates its whole clause the session before (later verbs too, and a
    caused move, "a day after a jobs report sent it down"); a new subject returns to the main day; a
    relative "that had" clause dates only itself; "earlier in the session" and "at one point" keep
    the day; "finished its first session in three weeks up 8.2%"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORDS))
def test_records_marks_and_ranked_days(sentence: str, published: str, expected: list[str]) -> None:
    """ "a postwar record of", "a record of nearly $50", "a record 0.9800 pound", a dated mark "it
    touched a day earlier" (the move from it is the day's), "since at least 1990", a ranking after a
    non-market's figureless verb, "wiping out ... gains for the year in its worst day", "its worst day
    since 1987 with a 12.4% plunge", "its record one-day plunge of $11.20", "the real's weakest
    close" (its pair only), "against Brazil's currency"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(VERBS))
def test_verbs_of_several_words_and_states_left(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "knocked off", "racked up", "put on", "fought back", "gave back much of the gain to stand at",
    "then abruptly dropped", "clambered", "clawing back to trade near", "surrendered a rally of",
    "clawed back from a 2.5% loss", "narrowed a loss of as much as", "extended (widened) its loss to",
    "recovered to end the day at", "up from $8,985", an apposed state before "fought back", and
    "At its weakest ... fetched"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARAPHRASES))
def test_records_told_without_the_word(sentence: str, published: str, expected: list[str]) -> None:
    """ "a depth it had not visited since March 2009", "a height unseen since", "a trough last reached
    in", "cheaper than at any settlement since", "a threshold it had never crossed before", "a
    one-day rout without parallel since", "surrendering more in a single session than at any time
    since", "a perch it had last occupied in", "an all-time peak of ... struck earlier in the session",
    "a level last seen in November"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GUARDS))
def test_bets_other_pairs_places_and_windows(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A bet on a move is no move; the dollar at 10.40 Norwegian crowns is no dollar-index level; "In
    Tokyo, the benchmark 10-year yield" is Japan's; "briefly wiped ... off the Dow" is the extreme;
    "extended this week's rout to"; "capping a 9.1% slide that was its worst week"; "having earlier
    nearly doubled"; imports of a commodity; a with-state after "before finishing"; "ended the
    first half of 2022"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CODES))
def test_wire_instrument_codes_read_as_absent(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A wire service's codes after a name (".N225", ".STOXX", "XAU=", "LCOc1", "=USD", "EUR=EBS",
    "US10YT=RR", "<.N225>") change nothing; "U.S." is no code."""
    assert extract(sentence, published) == expected
