"""Claim parser rules from session 24 (lead): a gapped clause's own part of the day ("and silver
1.6% in early London trade"), shared back with the clause whose verb it borrows, and running
totals whose owner is named inside the object ("took the rouble's losses this year to 40%") or
that "now stand at" or "now exceed" a figure, and stock markets named by their cities in a list
("Shares in Frankfurt and Paris tumbled 4.4% and 4.97%, respectively"), and the dollar told
against a paraphrased currency ("its highest against the Japanese currency", "against the
German mark"), fronted days with an apposition, windows "since the start of last week", and generic oil placed on
Nymex or in New York.
Spec by example in the format of tests/test_claims_examples.py (our own
wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

GAPPED: list[Row] = [
    ('Gold rose 0.8% and silver 1.6% in early London trade on Tuesday, traders said.',
     '2023-03-14',
     ['GOLD intraday_change up 0.8 percent 2023-03-14',
      'SILVER intraday_change up 1.6 percent 2023-03-14']),
    ('The Nikkei slid 1.2% and the Topix 1.5% in morning trade on Monday after a weak factory survey.',
     '2022-10-03',
     ['NIKKEI225 intraday_change down 1.2 percent 2022-10-03',
      'TOPIX intraday_change down 1.5 percent 2022-10-03']),
    ('The euro gained 0.3% against the dollar and 0.5% against the yen by 1100 GMT on Thursday.',
     '2021-06-10',
     ['EURUSD intraday_change up 0.3 percent 2021-06-10',
      'EURJPY intraday_change up 0.5 percent 2021-06-10']),
    ('Oil fell 2%, and natural gas futures 4% in afternoon trading on Monday.',
     '2024-01-08',
     ['BRENT intraday_change down 2 percent 2024-01-08',
      'NATGAS_US intraday_change down 4 percent 2024-01-08']),
    ('The Dow dropped 1.8% and the S&P 500 1.6% at the open on Tuesday.',
     '2020-04-21',
     ['DJIA open_move down 1.8 percent 2020-04-21',
      'SPX open_move down 1.6 percent 2020-04-21']),
    ('Copper shed 1.1% and aluminium 2.3% in Asian trade, while gold held steady.',
     '2019-05-13',
     ['COPPER intraday_change down 1.1 percent 2019-05-13',
      'ALUMINIUM intraday_change down 2.3 percent 2019-05-13',
      'GOLD intraday_change flat 2019-05-13']),
    ('The Dow closed 0.9% lower and the S&P 500 1.1% lower on Wednesday, with banks leading losses in late trade.',
     '2023-03-15',
     ['DJIA session_change down 0.9 percent 2023-03-15',
      'SPX session_change down 1.1 percent 2023-03-15']),
]  # fmt: skip

CITIES: list[Row] = [
    ('Shares in Frankfurt and Paris tumbled 4.4% and 4.97%, respectively, as oil topped $130.',
     '2022-03-07',
     ['DAX session_change down 4.4 percent 2022-03-07',
      'CAC40 session_change down 4.97 percent 2022-03-07',
      'BRENT level up 2022-03-07 level=130']),
    ('Benchmark indexes in London, Paris and Madrid sank 10.9%, 12.3% and 14.1%, respectively, on Thursday.',
     '2020-03-12',
     ['FTSE100 session_change down 10.9 percent 2020-03-12',
      'CAC40 session_change down 12.3 percent 2020-03-12',
      'IBEX35 session_change down 14.1 percent 2020-03-12']),
    ('Markets in Tokyo and Seoul slumped 12.4% and 8.8% on Monday as a global sell-off deepened.',
     '2024-08-05',
     ['NIKKEI225 session_change down 12.4 percent 2024-08-05',
      'KOSPI session_change down 8.8 percent 2024-08-05']),
    ('The main indexes in Milan and Madrid lost 12.5% and 12.4% on Friday after Britain voted to leave the EU.',
     '2016-06-24',
     ['FTSEMIB session_change down 12.5 percent 2016-06-24',
      'IBEX35 session_change down 12.4 percent 2016-06-24']),
    ('With markets in New York and London shut for Good Friday, gold edged up 0.1% in thin trade.',
     '2019-04-19',
     ['GOLD session_change up 0.1 percent 2019-04-19']),
]  # fmt: skip

DOLLARS: list[Row] = [
    ('The dollar briefly spiked to 160.245 on Monday, its highest against the Japanese currency since 1990, and it stood near 157 on Tuesday.',
     '2024-04-30',
     ['USDJPY intraday_extreme up 2024-04-29 level=160.245',
      'USDJPY record up 2024-04-29 level=160.245 since=1990-01-01',
      'USDJPY level none 2024-04-30 level=157']),
    ('The dollar fetched 7.31 yuan in onshore trade on Tuesday, and the greenback rose 0.4% against the Chinese currency in offshore trade.',
     '2023-09-05',
     ['USDCNY level none 2023-09-05 level=7.31',
      'USDCNY session_change up 0.4 percent 2023-09-05']),
    ('The dollar sank to 88.50 yen in Tokyo on Wednesday, and the greenback also lost 1.2% against the German mark in Frankfurt.',
     '1995-03-08',
     ['USDJPY level down 1995-03-08 level=88.5']),
    ('The dollar climbed 0.5% against its Canadian counterpart on Monday as oil slid.',
     '2015-12-14',
     ['USDCAD session_change up 0.5 percent 2015-12-14',
      'BRENT session_change down 2015-12-14']),
    ('The dollar rose 0.3% on Wednesday, while sterling slipped against the single currency.',
     '2024-10-02',
     ['DXY session_change up 0.3 percent 2024-10-02',
      'EURGBP session_change down 2024-10-02 inverse']),
]  # fmt: skip

DISPLACED: list[Row] = [
    ('Stocks tumbled by as much as 4.4% in Frankfurt on Monday before paring losses.',
     '2022-03-07',
     ['DAX intraday_extreme down 4.4 percent as_much_as 2022-03-07']),
    ('Shares slumped nearly 8% in London as oil prices collapsed.',
     '2020-03-09',
     ['FTSE100 session_change down 8 percent almost 2020-03-09',
      'BRENT session_change down 2020-03-09']),
    ('Stocks across Europe plummeted by more than 3% on Thursday after Russian troops crossed into Ukraine.',
     '2022-02-24',
     ['STOXX600 session_change down 3 percent more_than 2022-02-24']),
]  # fmt: skip

APPOSED_DAYS: list[Row] = [
    ('On Thursday, the day Russian troops crossed the border, the MOEX index lost 33%.',
     '2022-03-02',
     ['IMOEX session_change down 33 percent 2022-02-24']),
    ('On Monday, a public holiday in Britain and much of Europe, the Nikkei slipped 0.6%.',
     '2022-04-20',
     ['NIKKEI225 session_change down 0.6 percent 2022-04-18']),
    ('On Thursday, the last full session of the year, the Dow added 0.2%.',
     '2021-12-31',
     ['DJIA session_change up 0.2 percent 2021-12-30']),
]  # fmt: skip

SINCE_LAST: list[Row] = [
    ('The rouble has lost about 35% of its value against the dollar since the start of last week.',
     '2022-03-09',
     ['USDRUB period_change down 35 percent about 2022-03-09 inverse since=2022-02-28']),
    ('Brent has slumped 20% since the beginning of last month as lockdowns crushed fuel demand.',
     '2020-04-14',
     ['BRENT period_change down 20 percent 2020-04-14 since=2020-03-01']),
]  # fmt: skip

PREVIOUS_DAY: list[Row] = [
    ("Monday's 12.4% rout in the Nikkei, which came after a 5.8% slide the previous day, was its worst since 1987.",
     '2024-08-06',
     ['NIKKEI225 session_change down 12.4 percent 2024-08-05',
      'NIKKEI225 session_change down 5.8 percent 2024-08-02',
      'NIKKEI225 biggest_move down 2024-08-05 since=1987-01-01']),
]  # fmt: skip

NYMEX: list[Row] = [
    ('Crude oil futures settled up 3.6% at $123.70 a barrel on the Nymex on Tuesday.',
     '2022-03-08',
     ['WTI session_change up 3.6 percent 2022-03-08 level=123.7']),
    ('Oil in New York collapsed below zero on Monday as storage tanks filled.',
     '2020-04-20',
     ['WTI level down 2020-04-20 level=0']),
    ('New York crude hit a record $147.27 a barrel on Friday.',
     '2008-07-11',
     ['WTI intraday_extreme up 2008-07-11 level=147.27',
      'WTI record up 2008-07-11 level=147.27']),
    ('Texas crude slid 2.3% to $64.70 as OPEC declined to cut output.',
     '2014-12-01',
     ['WTI session_change down 2.3 percent 2014-12-01 level=64.7']),
    ('Oil rose 3% and natural gas futures on the Nymex climbed 5% on Tuesday.',
     '2022-03-08',
     ['BRENT session_change up 3 percent 2022-03-08',
      'NATGAS_US session_change up 5 percent 2022-03-08']),
]  # fmt: skip

TOTALS: list[Row] = [
    ("The sell-off took the rouble's losses this year to more than 40%.",
     '2022-03-09',
     ['USDRUB period_change down 40 percent more_than 2022-03-09 inverse since=2022-01-01']),
    ("Wednesday's rout took the MOEX index's losses for the year to 33%.",
     '2020-03-18',
     ['IMOEX period_change down 33 percent 2020-03-18 since=2020-01-01']),
    ("The latest slump brought Brent's decline this year to about 40%.",
     '2015-12-14',
     ['BRENT period_change down 40 percent about 2015-12-14 since=2015-01-01']),
    ("The pound's losses this year now stand at nearly 18%.",
     '2022-10-21',
     ['GBPUSD period_change down 18 percent almost 2022-10-21 since=2022-01-01']),
    ("The lira's slide this year now exceeds 40%.",
     '2018-08-14',
     ['USDTRY period_change down 40 percent more_than 2018-08-14 inverse since=2018-01-01']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GAPPED))
def test_parts_of_the_day_in_gapped_clauses(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A gapped clause's part of the day ("and the Topix 1.5% in morning trade", "at the open")
    makes both it and the clause whose verb it shares moves within the day; a closing verb
    ("closed 0.9% lower and the S&P 500 1.1% lower") keeps the close."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TOTALS))
def test_running_totals_with_a_named_owner(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A running total whose owner is named in the object ("took the MOEX index's losses for the
    year to 33%") or that "now stands at" or "now exceeds" a figure is that market's move over
    the window."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CITIES))
def test_markets_named_by_listed_cities(sentence: str, published: str, expected: list[str]) -> None:
    """Cities listed after "shares in", "markets in" or "benchmark indexes in" each name their
    own stock market, one size each; a list of closed markets ("With markets in New York and
    London shut") makes no claim."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DOLLARS))
def test_the_dollar_against_a_paraphrased_currency(
    sentence: str, published: str, expected: list[str]
) -> None:
    """The dollar told against "the Japanese currency" or "its Canadian counterpart" is that
    pair, and so is a later "it"; against a currency the registry lacks ("the German mark") it
    makes no dollar-index claim; a paraphrase in another clause changes nothing."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DISPLACED))
def test_places_after_a_hedged_size(sentence: str, published: str, expected: list[str]) -> None:
    """Generic stocks whose city comes after a hedged size ("tumbled by as much as 4.4% in
    Frankfurt") are that city's market, and "stocks across Europe" are the STOXX 600."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(APPOSED_DAYS))
def test_fronted_days_with_an_apposition(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A fronted day followed by an apposition that names it ("On Thursday, the day Russian
    troops crossed the border, ...", "a public holiday in Britain") still dates the claim."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SINCE_LAST))
def test_windows_since_the_start_of_the_last_period(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "since the start of last week" (or "the beginning of last month") opens the window on
    the first day of the week or month before the publication day's."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PREVIOUS_DAY))
def test_the_previous_day_before_a_monday(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "the previous day" counted back from a Monday is, for a market shut at weekends, the
    Friday before it (bitcoin keeps the Sunday)."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NYMEX))
def test_generic_oil_placed_in_new_york(sentence: str, published: str, expected: list[str]) -> None:
    """Generic oil placed on the Nymex later in its clause, or "in New York", and "New York" or
    "Texas" crude, are U.S. crude (WTI); a Nymex contract in the next clause leaves oil Brent."""
    assert extract(sentence, published) == expected
