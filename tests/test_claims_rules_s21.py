"""Claim parser rules from session 21 (lead): early moves pared or grown, a price stated first
and the day's move after it, and levels reached earlier in the day. Spec by example in the format
of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

PARED: list[Row] = [
    ("The Swiss franc jumped 0.9% against the euro in Asian hours on Tuesday, but by the European afternoon it had given back most of the move and was 0.2% firmer.",
     "2021-03-09",
     ["EURCHF intraday_extreme up 0.9 percent 2021-03-09 inverse",
      "EURCHF intraday_change up 0.2 percent 2021-03-09 inverse"]),
    ("The Kospi rose 1.4% in early trade on Thursday as chip stocks rallied, but it had surrendered much of the gain by the close and ended 0.3% higher.",
     "2019-11-14",
     ["KOSPI intraday_extreme up 1.4 percent 2019-11-14",
      "KOSPI session_change up 0.3 percent 2019-11-14"]),
    ("The FTSE 100 was 1.1% lower shortly after the open on Monday, but the decline had narrowed to 0.3% by mid-afternoon.",
     "2018-10-29",
     ["FTSE100 intraday_extreme down 1.1 percent 2018-10-29",
      "FTSE100 intraday_change down 0.3 percent 2018-10-29"]),
    ("The Nikkei dropped 1.2% in morning trade on Wednesday, and the loss deepened to 2.1% by the lunch break.",
     "2016-06-15",
     ["NIKKEI225 intraday_change down 1.2 percent 2016-06-15",
      "NIKKEI225 intraday_change down 2.1 percent 2016-06-15"]),
    ("Copper fell 1.5% in early London trading on Friday before the drop shrank to 0.4% by the close.",
     "2019-08-23",
     ["COPPER intraday_extreme down 1.5 percent 2019-08-23",
      "COPPER session_change down 0.4 percent 2019-08-23"]),
    ("The Hang Seng gained 1.6% on Tuesday, though the advance later faded to 0.5%.",
     "2022-05-24",
     ["HSI intraday_extreme up 1.6 percent 2022-05-24",
      "HSI intraday_change up 0.5 percent 2022-05-24"]),
    ("Bitcoin rose 3% early on Sunday, but the gain shrank to 0.8% by the evening.",
     "2023-04-16",
     ["BTC intraday_extreme up 3 percent 2023-04-16",
      "BTC intraday_change up 0.8 percent 2023-04-16"]),
]  # fmt: skip

APPOSED: list[Row] = [
    ("Brent for August delivery settled at $74.18 a barrel on the International Petroleum Exchange on Tuesday, 46 cents firmer on the day.",
     "2003-06-10",
     ["BRENT session_change up 0.46 points 2003-06-10 level=74.18"]),
    ("Silver for July delivery settled at $17.42 an ounce on the Comex division of the New York Mercantile Exchange on Thursday, down 21 cents.",
     "2009-06-11",
     ["SILVER session_change down 0.21 points 2009-06-11 level=17.42"]),
    ("Heating oil settled at $2.91 a gallon on the New York Mercantile Exchange on Monday, up 6 cents, or 2.1%, after a refinery outage.",
     "2012-02-06",
     ["HEATINGOIL session_change up 2.1 percent 2012-02-06 level=2.91"]),
    ("The yuan was trading at 6.8835 per dollar late in the Shanghai afternoon on Wednesday, some 0.3% weaker on the day.",
     "2019-07-31",
     ["USDCNY intraday_change down 0.3 percent about 2019-07-31 inverse level=6.8835"]),
    ("The lira stood at 18.62 per dollar on Thursday, a touch weaker on the day, as the central bank kept rates on hold.",
     "2022-09-22",
     ["USDTRY intraday_change down 2022-09-22 inverse level=18.62"]),
    ("The peso was at 17.05 per dollar late on Friday, slightly firmer after U.S. jobs data.",
     "2023-07-07",
     ["USDMXN intraday_change up 2023-07-07 inverse level=17.05"]),
    ("The dollar was quoted at 109.40 yen at midday in Tokyo on Monday, barely changed from late New York levels.",
     "2019-04-15",
     ["USDJPY intraday_change flat 2019-04-15 level=109.4"]),
    ("The five-year Treasury yield stood at 1.82% at midday on Tuesday, 3 basis points above its late-Monday level.",
     "2019-12-10",
     ["US5Y intraday_change up 3 bp 2019-12-10 level=1.82"]),
    ("The Bund yield was at 0.38% in late afternoon trade on Wednesday, 2 basis points lower than at the previous session's close.",
     "2018-10-17",
     ["DE10Y intraday_change down 2 bp 2018-10-17 level=0.38"]),
    ("The Norwegian crown changed hands at 10.42 per dollar in early afternoon European trade on Thursday, 0.6% stronger than late Wednesday in New York.",
     "2022-11-03",
     ["USDNOK intraday_change up 0.6 percent 2022-11-03 inverse level=10.42"]),
    ("The two-year Treasury yield was at 4.21% on Friday, up 6 basis points on the day and close to its highest in a month.",
     "2023-01-13",
     ["US2Y intraday_change up 6 bp 2023-01-13 level=4.21"]),
    ("Italy's 10-year yield closed at 1.86% on Monday, 4 basis points below Friday's level.",
     "2018-05-28",
     ["IT10Y session_change down 4 bp 2018-05-28 level=1.86"]),
]  # fmt: skip

TURNED: list[Row] = [
    ("The won weakened to 1,382.5 per dollar on Tuesday, its softest since November, before steadying as exporters sold dollars.",
     "2023-04-25",
     ["USDKRW intraday_extreme down 2023-04-25 inverse level=1382.5",
      "USDKRW record down 2023-04-25 inverse level=1382.5 since=2022-11-01"]),
    ("Gold climbed to $1,342.60 an ounce on Wednesday before easing back as the dollar firmed.",
     "2018-04-11",
     ["GOLD intraday_extreme up 2018-04-11 level=1342.6"]),
    ("The Kospi jumped 1.8% early on Thursday, only to give back those gains as chipmakers slid.",
     "2022-07-14",
     ["KOSPI intraday_extreme up 1.8 percent 2022-07-14"]),
    ("The Australian dollar spiked to $0.7145 on Friday, then drifted back to $0.7110, up 0.2% on the day.",
     "2019-01-25",
     ["AUDUSD intraday_extreme up 2019-01-25 level=0.7145",
      "AUDUSD intraday_change up 0.2 percent 2019-01-25 level=0.711"]),
    ("The 10-year Bund yield pushed as high as 0.58% on Monday, its highest in a month, before a late rally in bonds drove it back to 0.54%.",
     "2018-05-14",
     ["DE10Y intraday_extreme up 2018-05-14 level=0.58",
      "DE10Y record up 2018-05-14 level=0.58 since=2018-04-14",
      "DE10Y level down 2018-05-14 level=0.54"]),
    ("Italy's 10-year yield slid past 3% on Tuesday, touching 2.97%, before easing back as auction demand disappointed.",
     "2024-03-05",
     ["IT10Y level down 2024-03-05 level=3",
      "IT10Y intraday_extreme down 2024-03-05 level=2.97"]),
    ("The rouble fell 2% on Monday, then steadied on Tuesday as exporters sold dollars.",
     "2015-01-13",
     ["USDRUB session_change down 2 percent 2015-01-12 inverse"]),
]  # fmt: skip

RANGES: list[Row] = [
    ("The CAC 40 fell 1.9% to 4,712.3 on Friday, within points of its low for the session.",
     "2018-12-21",
     ["CAC40 session_change down 1.9 percent 2018-12-21 level=4712.3",
      "CAC40 session_low none 2018-12-21"]),
    ("Brent traded at $81.40 a barrel late in London on Tuesday, near the upper end of the day's range.",
     "2023-09-12",
     ["BRENT level none 2023-09-12 level=81.4",
      "BRENT session_high none 2023-09-12"]),
    ("The rupee was stuck near the weak end of its session range on Wednesday.",
     "2024-01-17",
     ["USDINR session_low none 2024-01-17 inverse"]),
    ("The Dow finished at its high for the day on Tuesday, up 196 points at 33,812, helped along by a rally in banks.",
     "2023-05-30",
     ["DJIA session_high none 2023-05-30",
      "DJIA session_change up 196 points 2023-05-30 level=33812"]),
    ("The euro, the yen and the Swiss franc rose to $1.0920, 131.40 per dollar and 0.9110 per dollar, respectively.",
     "2023-04-12",
     ["EURUSD level up 2023-04-12 level=1.092",
      "USDJPY level up 2023-04-12 inverse level=131.4",
      "USDCHF level up 2023-04-12 inverse level=0.911"]),
    ("The FTSE 100, the DAX and the CAC 40 closed at 7,845, 15,910 and 7,380, respectively.",
     "2023-04-12",
     ["FTSE100 level none 2023-04-12 level=7845",
      "DAX level none 2023-04-12 level=15910",
      "CAC40 level none 2023-04-12 level=7380"]),
]  # fmt: skip

WINDOWS: list[Row] = [
    ("Bitcoin's roughly 150% climb in 2023 dwarfed the Nasdaq's 43% gain.",
     "2023-12-29",
     ["BTC period_change up 150 percent about 2023-12-29 since=2023-01-01",
      "NASDAQ period_change up 43 percent 2023-12-29 since=2023-01-01"]),
    ("The real ended 2021 some 7% weaker against the dollar, while the Bovespa notched a 12% loss.",
     "2021-12-31",
     ["USDBRL period_change down 7 percent about 2021-12-31 inverse since=2021-01-01",
      "BOVESPA period_change down 12 percent 2021-12-31 since=2021-01-01"]),
    ("Sterling finished the quarter at $1.2410, up about 2% since the start of April, while the euro ended at $1.0870, down 0.8% over the same three months.",
     "2023-06-30",
     ["GBPUSD period_change up 2 percent about 2023-06-30 level=1.241 since=2023-04-01",
      "EURUSD period_change down 0.8 percent 2023-06-30 level=1.087 since=2023-04-01"]),
    ("The FTSE 100 ended the week 1.1% higher on Friday, while the DAX slipped 0.3%.",
     "2023-03-17",
     ["FTSE100 period_change up 1.1 percent 2023-03-17 since=2023-03-13",
      "DAX session_change down 0.3 percent 2023-03-17"]),
    ("The Nikkei ended 2023 up 28%, after slipping 0.2% in Friday's thin trade.",
     "2023-12-29",
     ["NIKKEI225 period_change up 28 percent 2023-12-29 since=2023-01-01",
      "NIKKEI225 session_change down 0.2 percent 2023-12-29"]),
]  # fmt: skip

CLOSES: list[Row] = [
    ("The DAX ended at 15,231.6 on Thursday, 0.5% better than Wednesday's close but still down on the week.",
     "2023-06-08",
     ["DAX session_change up 0.5 percent 2023-06-08 level=15231.6"]),
    ("Italy's 10-year yield finished at 4.12% on Friday, 6 basis points lower than on Thursday.",
     "2023-09-08",
     ["IT10Y session_change down 6 bp 2023-09-08 level=4.12"]),
    ("The S&P 500 finished at 4,283.7 on Tuesday, 41.6 points, or 1%, below Monday's close.",
     "2023-06-06",
     ["SPX session_change down 1 percent 2023-06-06 level=4283.7"]),
    ("The FTSE 100 closed at 7,512.8 on Monday, 22.4 points shy of Friday's close.",
     "2023-07-10",
     ["FTSE100 session_change down 22.4 points 2023-07-10 level=7512.8"]),
    ("The IBEX 35 ended the day at 9,322.4 on Wednesday, virtually flat compared with Tuesday's close.",
     "2023-08-02",
     ["IBEX35 session_change flat 2023-08-02 level=9322.4"]),
    ("The dollar was at 141.20 yen at 0200 GMT on Thursday, little changed from 141.05 late in New York.",
     "2023-06-29",
     ["USDJPY intraday_change flat 2023-06-29 level=141.2"]),
    ("Bitcoin was at $29,870 on Saturday afternoon, about 1% below where it stood late on Friday.",
     "2023-07-15",
     ["BTC intraday_change down 1 percent about 2023-07-15 level=29870"]),
    ("The Kospi closed 0.7% down on the previous session at 2,584.1 on Tuesday.",
     "2023-07-04",
     ["KOSPI session_change down 0.7 percent 2023-07-04 level=2584.1"]),
    ("Milan's FTSE MIB slid 1.4% early on Monday, only to recover and finish at the day's high, up 0.3%.",
     "2023-03-20",
     ["FTSEMIB intraday_extreme down 1.4 percent 2023-03-20",
      "FTSEMIB session_high none 2023-03-20",
      "FTSEMIB session_change up 0.3 percent 2023-03-20"]),
]  # fmt: skip

FRONTED: list[Row] = [
    ("Having slumped to a record low of 13.65 per dollar in Asian trade, the lira recovered to 13.20 by late afternoon in Istanbul on Tuesday.",
     "2021-11-23",
     ["USDTRY intraday_extreme down 2021-11-23 inverse level=13.65",
      "USDTRY record down 2021-11-23 inverse level=13.65",
      "USDTRY level up 2021-11-23 inverse level=13.2"]),
    ("After sliding to a two-year low of $1.0340 in early trading, the euro was at $1.0410 late on Thursday in New York.",
     "2017-01-05",
     ["EURUSD intraday_extreme down 2017-01-05 level=1.034",
      "EURUSD record down 2017-01-05 level=1.034 since=2015-01-05",
      "EURUSD level none 2017-01-05 level=1.041"]),
    ("Palladium settled at $1,512 an ounce on Wednesday, $14 lower, after dipping to $1,488 in afternoon dealings.",
     "2019-10-16",
     ["PALLADIUM session_change down 14 points 2019-10-16 level=1512",
      "PALLADIUM intraday_extreme down 2019-10-16 level=1488"]),
    ("The rouble finished Moscow trade at 73.10 per dollar on Monday, after weakening to 74.05 in the morning.",
     "2020-09-21",
     ["USDRUB level none 2020-09-21 inverse level=73.1",
      "USDRUB intraday_extreme down 2020-09-21 inverse level=74.05"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARED))
def test_early_moves_pared_or_grown(sentence: str, published: str, expected: list[str]) -> None:
    """An early move that a later clause pares ("it had given back most of the move and was 0.2%
    firmer", "the decline had narrowed to 0.3%"): the day's extreme; a move noun that grew or
    shrank to a figure ("the loss deepened to 2.1%", "the gain shrank to 0.8%") is the state then."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(APPOSED))
def test_levels_then_the_days_move(sentence: str, published: str, expected: list[str]) -> None:
    """A price stated first and the day's move after a comma: after a venue named in full ("on the
    Comex division of the New York Mercantile Exchange", "on the International Petroleum
    Exchange") or a part of the day ("late in the Shanghai afternoon", "in early afternoon
    European trade"); "up 6 cents, or 2.1%"; an unsized "a touch weaker"; compared with "its
    late-Monday level", "late Wednesday in New York", "than at the previous session's close" or
    "Friday's level" (the day's move, not a window)."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TURNED))
def test_levels_and_moves_undone_later(sentence: str, published: str, expected: list[str]) -> None:
    """A level or move that the words then undo ("then recovered some ground", "before easing
    back", "only to give back those gains", "then drifted back to $0.7110"): the day's extreme,
    unless a threshold crossed has its own extreme ("slid past 3%, touching 2.97%") or the undoing
    is on another day; "pushed as high as"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RANGES))
def test_session_extremes_and_lists(sentence: str, published: str, expected: list[str]) -> None:
    """Near the day's range ("within points of its low for the session", "near the upper end of
    the day's range", "near the weak end of its session range"), a close at the day's high with
    its move set off, and three levels told "respectively"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WINDOWS))
def test_windows_shared(sentence: str, published: str, expected: list[str]) -> None:
    """A window told first and shared by later sized moves on other markets that name no time ("the
    Nasdaq's 43% gain", "notched a 26% gain", "over the same three months"), but not a day's move
    after a window dated by its day or a move of the same market."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSES))
def test_closes_against_reference_points(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A close or price set against an earlier one ("0.5% better than Wednesday's close", "lower
    than on Thursday", "41.6 points, or 1%, below", "shy of Friday's close", "virtually flat
    compared with", "little changed from 141.05 late in New York", "below where it stood late on
    Friday", "down on the previous session"), and "finish at the day's high, up 0.3%"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED))
def test_levels_reached_earlier_in_the_day(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A level reached earlier in the day, in a fronted side clause ("Having slumped to a record low
    of 13.65 per dollar in Asian trade, ...") or after the close ("after dipping to $1,488 in
    afternoon dealings", "after weakening to 74.05 in the morning"): the day's extreme."""
    assert extract(sentence, published) == expected
