"""Claim parser rules from session 25 (helper qB): stock markets named by their place, and
generic Russian market names.

- "markets in <city>" / "equities in <city>" as the city's market ("Markets in Hong Kong fell");
- a bare city as the subject of a clause in a market list, once the sentence has set up stock
  markets ("Shares in Frankfurt fell 1.4%, Paris shed 1.7% and Milan dropped 2.2%", "European
  shares fell, with Frankfurt down 1.2% and Paris off 0.9%"): each city's own market;
- cities listed after the verb ("Stocks fell in Frankfurt and Paris", "Equities rallied in
  London and Zurich"): the unsized move is each listed market's;
- a gapped place sharing the verb before it ("Shares in Hong Kong rose 2% and in Shanghai 1%",
  "and those in Mumbai 0.5%"): that place's market with its own size;
- "Russian blue chips", "the Russian stock market", "Russia's stock market" read as IMOEX, while
  a loss of "$250 billion of market value" makes no claim on its price.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

BARE_CITIES: list[Row] = [
    ('Shares in Frankfurt fell 1.4%, Paris shed 1.7% and Milan dropped 2.2% on Thursday.',
     '2011-08-04',
     ['DAX session_change down 1.4 percent 2011-08-04',
      'CAC40 session_change down 1.7 percent 2011-08-04',
      'FTSEMIB session_change down 2.2 percent 2011-08-04']),
    ("Germany's DAX climbed 1.3%, Paris rose 1.0% and Madrid advanced 0.9% on Tuesday.",
     '2020-11-10',
     ['DAX session_change up 1.3 percent 2020-11-10',
      'CAC40 session_change up 1 percent 2020-11-10',
      'IBEX35 session_change up 0.9 percent 2020-11-10']),
    ('European shares fell on Tuesday, with Frankfurt down 1.2% and Paris off 0.9%.',
     '2022-03-08',
     ['STOXX600 session_change down 2022-03-08',
      'DAX intraday_change down 1.2 percent 2022-03-08',
      'CAC40 intraday_change down 0.9 percent 2022-03-08']),
    ('Markets in Hong Kong fell 1.9%, Shanghai slipped 0.7% and Tokyo ended 1.2% lower on Wednesday.',
     '2015-08-19',
     ['HSI session_change down 1.9 percent 2015-08-19',
      'SHCOMP session_change down 0.7 percent 2015-08-19',
      'NIKKEI225 session_change down 1.2 percent 2015-08-19']),
]  # fmt: skip

CITIES_AFTER_VERB: list[Row] = [
    ('Stocks fell in Frankfurt and Paris on Thursday as bond yields jumped.',
     '2022-06-09',
     ['DAX session_change down 2022-06-09',
      'CAC40 session_change down 2022-06-09']),
    ('Stocks tumbled in Madrid, Milan and Lisbon on Friday as bond spreads widened.',
     '2012-06-01',
     ['IBEX35 session_change down 2012-06-01',
      'FTSEMIB session_change down 2012-06-01']),
    ('Equities rallied in London and Zurich on Wednesday, lifted by miners.',
     '2016-12-07',
     ['FTSE100 session_change up 2016-12-07',
      'SMI session_change up 2016-12-07']),
]  # fmt: skip

GAPPED_PLACES: list[Row] = [
    ('Shares in Hong Kong rose 2% and in Shanghai 1% on Monday.',
     '2015-07-13',
     ['HSI session_change up 2 percent 2015-07-13',
      'SHCOMP session_change up 1 percent 2015-07-13']),
    ('Stocks in Madrid dropped 2.4% on Wednesday, in Milan 2.9% and in Paris 1.6%.',
     '2012-04-11',
     ['IBEX35 session_change down 2.4 percent 2012-04-11',
      'FTSEMIB session_change down 2.9 percent 2012-04-11',
      'CAC40 session_change down 1.6 percent 2012-04-11']),
    ('Shares in Sydney gained 0.7% on Thursday and those in Mumbai 0.5%.',
     '2021-03-04',
     ['ASX200 session_change up 0.7 percent 2021-03-04',
      'NIFTY50 session_change up 0.5 percent 2021-03-04']),
]  # fmt: skip

RUSSIAN_MARKETS: list[Row] = [
    ('Russian blue chips fell 2.3% on Monday as Brent slid below $70 a barrel.',
     '2018-12-17',
     ['IMOEX session_change down 2.3 percent 2018-12-17',
      'BRENT level down 2018-12-17 level=70']),
    ("The Russian stock market rebounded 4.1% on Wednesday, recouping part of the week's losses.",
     '2014-12-17',
     ['IMOEX session_change up 4.1 percent 2014-12-17']),
    ('Russian stocks lost some $250 billion of market value in the two weeks after the invasion.',
     '2022-03-10',
     []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BARE_CITIES))
def test_bare_cities_in_a_market_list(sentence: str, published: str, expected: list[str]) -> None:
    """ "Shares in Frankfurt fell 1.4%, Paris shed 1.7%": each set-up city is its market."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CITIES_AFTER_VERB))
def test_cities_listed_after_the_verb(sentence: str, published: str, expected: list[str]) -> None:
    """ "Stocks fell in Frankfurt and Paris": the move is each listed market's."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GAPPED_PLACES))
def test_gapped_places(sentence: str, published: str, expected: list[str]) -> None:
    """ "Shares in Hong Kong rose 2% and in Shanghai 1%": the gapped place's own size."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RUSSIAN_MARKETS))
def test_generic_russian_markets(sentence: str, published: str, expected: list[str]) -> None:
    """ "Russian blue chips", "the Russian stock market": IMOEX; market value: no claim."""
    assert extract(sentence, published) == expected
