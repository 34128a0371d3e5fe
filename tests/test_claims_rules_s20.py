"""Claim parser rules from session 20 (lead): the start of the day and earlier days, early moves
and the closes that follow them, names, counters and shared subjects, closes compared with an
earlier day, and records, firsts and gaps. Spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

DAYS: list[Row] = [
    ("The Kospi started the day 0.6% higher on Wednesday but ended it down 0.2% at 2,512.40.",
     "2023-09-13",
     ["KOSPI open_move up 0.6 percent 2023-09-13",
      "KOSPI session_change down 0.2 percent 2023-09-13 level=2512.4"]),
    ("The Nikkei began trading 0.9% lower on Wednesday.",
     "2019-05-08",
     ["NIKKEI225 open_move down 0.9 percent 2019-05-08"]),
    ("The DAX fell 0.9% on Thursday, adding to a 1.4% decline in the previous session.",
     "2019-08-15",
     ["DAX session_change down 0.9 percent 2019-08-15",
      "DAX session_change down 1.4 percent 2019-08-14"]),
    ("The rand weakened 0.7% against the dollar on Friday, adding to a 1.1% loss on Thursday.",
     "2020-03-13",
     ["USDZAR session_change down 0.7 percent 2020-03-13 inverse",
      "USDZAR session_change down 1.1 percent 2020-03-12 inverse"]),
    ("The Topix climbed 2.2% on Tuesday, recouping all of its 3.1% slide a day earlier, and the Nikkei rose 2.5%.",
     "2018-02-13",
     ["TOPIX session_change up 2.2 percent 2018-02-13",
      "TOPIX session_change down 3.1 percent 2018-02-12",
      "NIKKEI225 session_change up 2.5 percent 2018-02-13"]),
    ("The Sensex rebounded 1.8% on Friday, recouping most of its 2.4% drop a day earlier.",
     "2020-02-28",
     ["SENSEX session_change up 1.8 percent 2020-02-28",
      "SENSEX session_change down 2.4 percent 2020-02-27"]),
    ("Copper was up 1.9% by midday on Tuesday, bouncing back from the 3.2% tumble it took a day earlier.",
     "2019-05-14",
     ["COPPER intraday_change up 1.9 percent 2019-05-14",
      "COPPER session_change down 3.2 percent 2019-05-13"]),
    ("The CAC 40 edged up 0.2% on Monday after the 2.6% loss it suffered last Friday.",
     "2016-06-27",
     ["CAC40 session_change up 0.2 percent 2016-06-27",
      "CAC40 session_change down 2.6 percent 2016-06-24"]),
    ("Silver eased 1.2% on Thursday, two days after it jumped 9%, its biggest one-day gain in a decade, and gold slipped 0.4%.",
     "2021-02-04",
     ["SILVER session_change down 1.2 percent 2021-02-04",
      "SILVER session_change up 9 percent 2021-02-02",
      "SILVER biggest_move up 2021-02-02 since=2011-02-02",
      "GOLD session_change down 0.4 percent 2021-02-04"]),
    ("The Swedish crown slid 0.9% on Friday, a day after it rallied the most in a single session since 2011.",
     "2020-03-20",
     ["USDSEK session_change down 0.9 percent 2020-03-20 inverse",
      "USDSEK biggest_move up 2020-03-19 inverse since=2011-01-01"]),
    ("The Hang Seng rose 0.7% on Friday, trimming its loss for June to 3.9%.",
     "2023-06-30",
     ["HSI session_change up 0.7 percent 2023-06-30",
      "HSI period_change down 3.9 percent 2023-06-30 since=2023-06-01"]),
    ("Oil climbed 1.5% on Wednesday, stretching its gain since the start of the year to about 18%.",
     "2019-03-06",
     ["BRENT session_change up 1.5 percent 2019-03-06",
      "BRENT period_change up 18 percent about 2019-03-06 since=2019-01-01"]),
    ("The lira sank 6% on Monday, taking its losses since the start of the year to more than a third.",
     "2018-08-13",
     ["USDTRY session_change down 6 percent 2018-08-13 inverse",
      "USDTRY period_change down 33.3 percent more_than 2018-08-13 inverse since=2018-01-01"]),
    ("The Bovespa dropped 3.8% on Friday as officials moved to prop up the real, taking the index's slide since the start of the week to 9%.",
     "2015-09-25",
     ["BOVESPA session_change down 3.8 percent 2015-09-25",
      "BOVESPA period_change down 9 percent 2015-09-25 since=2015-09-21"]),
    ("The 10-year Treasury yield fell 6 basis points to 2.12% on Friday and has now dropped about 40 basis points over the course of May.",
     "2019-05-31",
     ["US10Y session_change down 6 bp 2019-05-31 level=2.12",
      "US10Y period_change down 40 bp about 2019-05-31 since=2019-05-01"]),
]  # fmt: skip

CLOSES: list[Row] = [
    ("The FTSE 100 climbed as high as 7,512.6 on Tuesday before the index ran out of steam and closed up just 0.2% at 7,480.1.",
     "2019-04-16",
     ["FTSE100 intraday_extreme up 2019-04-16 level=7512.6",
      "FTSE100 session_change up 0.2 percent 2019-04-16 level=7480.1"]),
    ("The euro rose to $1.1390 in Asian trade on Thursday, but the currency lost momentum once Europe opened and was recently down 0.2% at $1.1335.",
     "2019-03-21",
     ["EURUSD intraday_extreme up 2019-03-21 level=1.139",
      "EURUSD intraday_change down 0.2 percent 2019-03-21 level=1.1335"]),
    ("Palladium jumped as much as 4% to $2,410 an ounce on Monday only to reverse as car sales data disappointed, settling 1.1% lower at $2,290.",
     "2020-02-24",
     ["PALLADIUM intraday_extreme up 4 percent as_much_as 2020-02-24 level=2410",
      "PALLADIUM session_change down 1.1 percent 2020-02-24 level=2290"]),
    ("Brent jumped as much as 3% to $86.40 early on Thursday, only to reverse as inventories swelled and settle 0.8% lower at $83.20.",
     "2023-09-28",
     ["BRENT intraday_extreme up 3 percent as_much_as 2023-09-28 level=86.4",
      "BRENT session_change down 0.8 percent 2023-09-28 level=83.2"]),
    ("The Nikkei rose 1.1% in the morning on Friday but fell back as the session wore on, finishing just 0.1% up at 22,350.2.",
     "2018-05-25",
     ["NIKKEI225 intraday_extreme up 1.1 percent 2018-05-25",
      "NIKKEI225 session_change up 0.1 percent 2018-05-25 level=22350.2"]),
    ("The rupee weakened to 74.40 per dollar in early trade on Monday but recovered as the session progressed to end little changed at 74.02.",
     "2018-10-15",
     ["USDINR intraday_extreme down 2018-10-15 inverse level=74.4",
      "USDINR session_change flat 2018-10-15 inverse level=74.02"]),
    ("The ASX 200 rose 0.9% in early trade on Monday but handed back most of that as banks retreated, closing just 0.2% higher.",
     "2019-06-03",
     ["ASX200 intraday_extreme up 0.9 percent 2019-06-03",
      "ASX200 session_change up 0.2 percent 2019-06-03"]),
    ("The Russell 2000 was up about 1.5% by mid-morning on Tuesday, but it faded in the afternoon and closed 0.4% higher.",
     "2019-04-02",
     ["RUT intraday_extreme up 1.5 percent about 2019-04-02",
      "RUT session_change up 0.4 percent 2019-04-02"]),
    ("The Swiss franc firmed 0.8% against the euro in early trade on Wednesday but ended the day 0.3% weaker.",
     "2016-02-10",
     ["EURCHF intraday_extreme up 0.8 percent 2016-02-10 inverse",
      "EURCHF session_change down 0.3 percent 2016-02-10 inverse"]),
    ("The S&P 500 poked above 2,900 for the first time during Wednesday's session, but slipped back to end down 0.3% at 2,887.4.",
     "2018-08-29",
     ["SPX intraday_extreme up 2018-08-29 level=2900",
      "SPX record up 2018-08-29 level=2900",
      "SPX session_change down 0.3 percent 2018-08-29 level=2887.4"]),
    ("Brent bounced off a five-month low of $58.20 a barrel early on Monday and settled 64 cents higher at $59.35.",
     "2019-06-10",
     ["BRENT record down 2019-06-10 level=58.2 since=2019-01-10",
      "BRENT session_change up 0.64 points 2019-06-10 level=59.35"]),
    ("Heating oil futures rallied 4 cents in early trading on Monday on fresh supply jitters but slumped in the afternoon to settle 2 cents lower at $1.9120 a gallon.",
     "2019-01-14",
     ["HEATINGOIL intraday_extreme up 0.04 points 2019-01-14",
      "HEATINGOIL session_change down 0.02 points 2019-01-14 level=1.912"]),
    ("Comex silver rose as high as $17.20 an ounce in overnight trade on Tuesday but reversed in the New York session to settle 0.9% lower at $16.85.",
     "2019-02-19",
     ["SILVER intraday_extreme up 2019-02-19 level=17.2",
      "SILVER session_change down 0.9 percent 2019-02-19 level=16.85"]),
    ("The yen rose to 108.20 per dollar in the Tokyo morning, then retreated after the data to trade 0.2% weaker at 108.75.",
     "2019-08-02",
     ["USDJPY intraday_extreme up 2019-08-02 inverse level=108.2",
      "USDJPY intraday_change down 0.2 percent 2019-08-02 inverse level=108.75"]),
    ("The Hang Seng jumped 3% in the opening minutes on Monday, but profit-taking whittled the gain to 0.8% by the close.",
     "2019-01-07",
     ["HSI intraday_extreme up 3 percent 2019-01-07",
      "HSI session_change up 0.8 percent 2019-01-07"]),
    ("The 10-year gilt yield fell in early trade on Wednesday, but the move reversed after the auction, and it was last up 2 basis points at 1.22%.",
     "2019-03-06",
     ["UK10Y intraday_extreme down 2019-03-06",
      "UK10Y intraday_change up 2 bp 2019-03-06 level=1.22"]),
    ("Palladium climbed $25 to $1,530 an ounce in early trade on Thursday but failed to stay above $1,500, ending the session down 0.4% at $1,488.",
     "2019-03-07",
     ["PALLADIUM intraday_extreme up 25 points 2019-03-07 level=1530",
      "PALLADIUM session_change down 0.4 percent 2019-03-07 level=1488"]),
    ("The Kospi rose 1.2% to an intraday high of 2,210.4 on Monday before profit-taking in chipmakers trimmed the advance to 0.3% at the close.",
     "2019-04-15",
     ["KOSPI intraday_extreme up 1.2 percent 2019-04-15 level=2210.4",
      "KOSPI session_change up 0.3 percent 2019-04-15"]),
    ("The rand hit a two-year low of 19.20 per dollar early on Tuesday, then swung back to around 18.85 in late trade.",
     "2023-05-30",
     ["USDZAR intraday_extreme down 2023-05-30 inverse level=19.2",
      "USDZAR record down 2023-05-30 inverse level=19.2 since=2021-05-30",
      "USDZAR level up 2023-05-30 inverse level=18.85"]),
    ("The two-year Treasury yield dipped as low as 4.62% after the jobs data on Friday, then crept back up to 4.70% by late afternoon.",
     "2023-06-02",
     ["US2Y intraday_extreme down 2023-06-02 level=4.62",
      "US2Y level up 2023-06-02 level=4.7"]),
]  # fmt: skip

NAMES: list[Row] = [
    ("The benchmark 10-year note's yield dropped 9 basis points to 2.51% on Wednesday.",
     "2019-03-20",
     ["US10Y session_change down 9 bp 2019-03-20 level=2.51"]),
    ("Crude oil for January delivery on the New York Mercantile Exchange fell $1.12 to $56.46 a barrel on Friday.",
     "2018-11-30",
     ["WTI session_change down 1.12 points 2018-11-30 level=56.46"]),
    ("Crude futures on Nymex rose 2.3% to $65.10 a barrel on Monday.",
     "2019-04-22",
     ["WTI session_change up 2.3 percent 2019-04-22 level=65.1"]),
    ("Brent for May loading settled 42 cents higher at $13.20 a barrel on Thursday.",
     "1998-03-26",
     ["BRENT session_change up 0.42 points 1998-03-26 level=13.2"]),
    ("Gold jumped 1.4% on Friday, and the December Comex contract settled $18.20 higher at $1,322.30.",
     "2017-09-08",
     ["GOLD session_change up 1.4 percent 2017-09-08",
      "GOLD session_change up 18.2 points 2017-09-08 level=1322.3"]),
    ("The Swiss franc hit a record 1.1210 per euro on Wednesday before easing back.",
     "2011-08-10",
     ["EURCHF intraday_extreme up 2011-08-10 inverse level=1.121",
      "EURCHF record up 2011-08-10 inverse level=1.121"]),
    ("The dollar fell about 0.9% to 1.0230 Swiss francs and nearly 0.7% to 108.45 yen on Tuesday.",
     "2000-05-30",
     ["USDCHF session_change down 0.9 percent about 2000-05-30 level=1.023",
      "USDJPY session_change down 0.7 percent almost 2000-05-30 level=108.45"]),
    ("The Dow gained 1.1% on Friday while the Nasdaq added 1.6%, with each gauge ending near its high of the day.",
     "2019-01-04",
     ["DJIA session_change up 1.1 percent 2019-01-04",
      "NASDAQ session_change up 1.6 percent 2019-01-04",
      "DJIA session_high none 2019-01-04",
      "NASDAQ session_high none 2019-01-04"]),
    ("The Dow and the S&P 500 fell 1.5% and 1.8% on Tuesday, though both had touched fresh three-month lows in the morning.",
     "2018-12-04",
     ["DJIA session_change down 1.5 percent 2018-12-04",
      "SPX session_change down 1.8 percent 2018-12-04",
      "DJIA record down 2018-12-04 since=2018-09-04",
      "SPX record down 2018-12-04 since=2018-09-04"]),
    ("For the week, the two-year and 10-year Treasury yields fell 12 and 9 basis points, respectively, to 2.41% and 2.56%.",
     "2019-03-22",
     ["US2Y period_change down 12 bp 2019-03-22 level=2.41 since=2019-03-18",
      "US10Y period_change down 9 bp 2019-03-22 level=2.56 since=2019-03-18"]),
    ("Mexico's peso firmed to 19.05 per dollar in late trading on Thursday from an intraday low of 19.40, and the IPC index rose 0.8%.",
     "2019-01-10",
     ["USDMXN level up 2019-01-10 inverse level=19.05",
      "USDMXN intraday_extreme down 2019-01-10 inverse level=19.4",
      "IPC session_change up 0.8 percent 2019-01-10"]),
]  # fmt: skip

COMPARED: list[Row] = [
    ("The won closed at 1,121.3 per dollar on Thursday, some 0.9% firmer than a day earlier.",
     "2018-07-26",
     ["USDKRW session_change up 0.9 percent about 2018-07-26 inverse level=1121.3"]),
    ("The ruble ended at 64.10 per dollar on Friday, 1.2% stronger than the previous day.",
     "2019-05-17",
     ["USDRUB session_change up 1.2 percent 2019-05-17 inverse level=64.1"]),
    ("By the close of New York trade on Wednesday the pound stood at $1.2215, up 0.4%.",
     "2019-07-31",
     ["GBPUSD session_change up 0.4 percent 2019-07-31 level=1.2215"]),
    ("The euro was 0.3% higher at $1.1230 by the end of the trading day.",
     "2019-06-07",
     ["EURUSD session_change up 0.3 percent 2019-06-07 level=1.123"]),
    ("The Aussie dollar stood 0.6% higher at 69.80 U.S. cents on Tuesday.",
     "2019-06-04",
     ["AUDUSD intraday_change up 0.6 percent 2019-06-04 level=69.8"]),
    ("Platinum recovered to stand $12 higher at $842 an ounce late on Friday.",
     "2019-05-24",
     ["PLATINUM intraday_change up 12 points 2019-05-24 level=842"]),
    ("Three-month aluminium ended the week $46 lower at $1,803 a tonne, a weekly drop of about 2.5%.",
     "2019-05-31",
     ["ALUMINIUM period_change down 2.5 percent about 2019-05-31 level=1803 since=2019-05-27"]),
    ("The Shanghai Composite scraped out a 0.2% gain on Monday.",
     "2019-05-27",
     ["SHCOMP session_change up 0.2 percent 2019-05-27"]),
]  # fmt: skip

RECORDS: list[Row] = [
    ("The Kospi fell as low as 1,985.6 on Monday, its weakest point since January, before closing down 0.6% at 2,001.3.",
     "2019-08-05",
     ["KOSPI intraday_extreme down 2019-08-05 level=1985.6",
      "KOSPI record down 2019-08-05 level=1985.6 since=2019-01-01",
      "KOSPI session_change down 0.6 percent 2019-08-05 level=2001.3"]),
    ("The Dow rose 0.6% to 25,019.41 on Friday, its first close north of 25,000 since November.",
     "2019-02-22",
     ["DJIA session_change up 0.6 percent 2019-02-22 level=25019.4",
      "DJIA record up 2019-02-22 level=25000 since=2018-11-01"]),
    ("Hong Kong's Hang Seng finished 0.8% higher at 30,050.4 on Thursday, its first close above the 30,000 line since 2018.",
     "2021-01-21",
     ["HSI session_change up 0.8 percent 2021-01-21 level=30050.4",
      "HSI record up 2021-01-21 level=30000 since=2018-01-01"]),
    ("U.S. crude settled at $52.80 a barrel on Thursday, roughly 31% beneath the $76.41 all-time peak it struck on Oct. 3.",
     "2018-12-06",
     ["WTI period_change down 31 percent about 2018-12-06 level=52.8 since=2018-10-03",
      "WTI record up 2018-10-03 level=76.41"]),
    ("The S&P 500 rose 0.4% to 2,651 on Tuesday, still 9.5% adrift of the 2,930.75 record close it notched on Sept. 20.",
     "2019-01-08",
     ["SPX session_change up 0.4 percent 2019-01-08 level=2651",
      "SPX period_change down 9.5 percent 2019-01-08 since=2018-09-20",
      "SPX record up 2018-09-20 level=2930.75"]),
    ("Gold rose as far as $1,921 an ounce on Tuesday, eclipsing the $1,913.50 record it set in August.",
     "2011-09-06",
     ["GOLD intraday_extreme up 2011-09-06 level=1921",
      "GOLD record up 2011-09-06 level=1921"]),
    ("The Shanghai Composite dropped 2.3% to 2,440.9 on Thursday, a level last seen four years ago.",
     "2018-10-11",
     ["SHCOMP session_change down 2.3 percent 2018-10-11 level=2440.9",
      "SHCOMP record down 2018-10-11 level=2440.9 since=2014-10-11"]),
    ("The won firmed 0.6% to 1,120.5 per dollar on Wednesday, a day after Tuesday's slide to a two-year low of 1,135.2.",
     "2019-05-15",
     ["USDKRW session_change up 0.6 percent 2019-05-15 inverse level=1120.5",
      "USDKRW record down 2019-05-14 inverse level=1135.2 since=2017-05-14"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAYS))
def test_opens_and_earlier_days(sentence: str, published: str, expected: list[str]) -> None:
    """Moves at the start of the day ("started the day", "kicked off", "began trading"), a day ended
    as "it", a sized move noun added to or recouped (its own way, its own day, and the main day
    for a new subject), a noun dated by its own verb ("the 3.2% tumble it took a day earlier"),
    a ranked move told of an earlier clause, and running totals for a named month, since the
    start of the year, in fractions and owned by "the index"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSES))
def test_early_moves_and_later_closes(sentence: str, published: str, expected: list[str]) -> None:
    """A figureless verb phrase of the same subject between a move and its close ("ran out of steam
    and closed", "lost momentum ... and was recently down", "only to reverse ..., settling"), an
    early move that a later close or state pares or reverses (the day's extreme), "as the
    session progressed to end", a threshold poked above and slipped back from, and "bounced off
    a five-month low", and a level come "back to" after the extreme (its way back)."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NAMES))
def test_names_counters_and_shared_subjects(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "The benchmark 10-year note's yield", crude oil on Nymex (U.S. crude), "for May loading", "the
    December Comex contract", a record quoted "per euro", a gapped second counter ("and nearly
    0.7% to 108.45 yen"), "with each gauge ending near its high", "though both had touched",
    "For the week, the two-year and 10-year yields ..., respectively", and a session low the
    claim just told recovered from."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COMPARED))
def test_closes_compared_and_states(sentence: str, published: str, expected: list[str]) -> None:
    """A close and its move "than a day earlier" or "than the previous day", "by the close of New
    York trade" and "by the end of the trading day" (not a forecast), "stood" as a state, "to
    stand $12 higher", a restating "a weekly drop of about 2.5%" (its percent), "scraped out"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORDS))
def test_records_firsts_and_gaps(sentence: str, published: str, expected: list[str]) -> None:
    """ "Its weakest point since January" is a low, "its first close north of 25,000", "above the
    30,000 line", gaps from a dated record ("beneath the $76.41 all-time peak it struck on Oct.
    3", "adrift of the ... record close it notched on Sept. 20"), "eclipsing the $1,913.50 record
    it set in August", and "a level last seen four years ago"."""
    assert extract(sentence, published) == expected
