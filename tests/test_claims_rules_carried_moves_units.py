"""Claim parser rules for wire idioms of size, cause and window: hedges "better than", "a touch
more than", "no less than", "just under"; a move noun that takes, sends, lifts or leaves an
instrument somewhere is that instrument's move; "priciest" and "cheapest" since a date, "an
unprecedented" level and "a slump that was its steepest" are records; "At its weakest,"; "over
the course of", "across" and a year a close verb ends are windows; "respective" sizes; "giving
up" as a participle; an owned move noun as a subject; sizes in a currency's own unit ("177
won", "three-quarters of a cent"); spec by example in the format of
tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

HEDGE_WORDS: list[Row] = [
    ("Brazil's Bovespa added better than 3% on Thursday.", "2024-05-09",
     ["BOVESPA session_change up 3 percent more_than 2024-05-09"]),
    ("The yen firmed by a touch more than 1% against the dollar on Monday.", "2024-05-09",
     ["USDJPY session_change up 1 percent more_than 2024-05-06 inverse"]),
    ("Copper has shed no less than 9% this week.", "2024-05-09",
     ["COPPER period_change down 9 percent at_least 2024-05-09 since=2024-05-06"]),
    ("The Hang Seng slid just under 2% on Wednesday.", "2024-05-09",
     ["HSI session_change down 2 percent less_than 2024-05-08"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HEDGE_WORDS))
def test_hedge_words(sentence: str, published: str, expected: list[str]) -> None:
    """ "better than 20%" is more_than, "no less than" at_least, "just under" less_than."""
    assert extract(sentence, published) == expected


CAUSING_MOVE: list[Row] = [
    ("A 55-point drop left the Nikkei at 38,120.5 at the close on Tuesday.", "2024-05-09",
     ["NIKKEI225 session_change down 55 points 2024-05-07 level=38120.5"]),
    ("A 3% slide sent Brent to $80.10 a barrel on Monday.", "2024-05-09",
     ["BRENT session_change down 3 percent 2024-05-06 level=80.1"]),
    ("Tuesday's 1.2% rally took the Dow to 39,500.", "2024-05-09",
     ["DJIA session_change up 1.2 percent 2024-05-07 level=39500"]),
    ("An early jump of as much as 2% lifted gold to $2,390 an ounce on Wednesday.", "2024-05-09",
     ["GOLD intraday_extreme up 2 percent as_much_as 2024-05-08 level=2390"]),
    ("Copper is up 9% this year after Monday's 2% gain took COMEX futures to $4.60 a pound.",
     "2024-05-09",
     ["COPPER period_change up 9 percent 2024-05-09 since=2024-01-01",
      "COPPER session_change up 2 percent 2024-05-06 level=4.6"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSING_MOVE))
def test_move_noun_carries_object(sentence: str, published: str, expected: list[str]) -> None:
    """ "A 41-point gain left the ASX 200 at 7,845.2": the sized noun is the object's move."""
    assert extract(sentence, published) == expected


PRICIEST: list[Row] = [
    ("Silver rose 2% to $31.20 an ounce, its priciest since 2012.", "2024-05-09",
     ["SILVER session_change up 2 percent 2024-05-09 level=31.2",
      "SILVER record up 2024-05-09 level=31.2 since=2012-01-01"]),
    ("U.S. natural gas fell to $1.60, its cheapest since 1995.", "2024-05-09",
     ["NATGAS_US level down 2024-05-09 level=1.6",
      "NATGAS_US record down 2024-05-09 level=1.6 since=1995-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PRICIEST))
def test_priciest_since(sentence: str, published: str, expected: list[str]) -> None:
    """ "its priciest since 2012" is a record high, "its cheapest since 1995" a record low."""
    assert extract(sentence, published) == expected


AT_ITS_MOST: list[Row] = [
    ("At its strongest, the yen was up 1.2% at 141.50 per dollar.", "2024-04-03",
     ["USDJPY intraday_extreme up 1.2 percent 2024-04-03 inverse level=141.5"]),
    ("The Nikkei was down 4% at its lowest on Wednesday.", "2024-04-03",
     ["NIKKEI225 intraday_extreme down 4 percent 2024-04-03"]),
    ("The Kospi closed at its highest since 2021.", "2024-04-03",
     ["KOSPI record up 2024-04-03 since=2021-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(AT_ITS_MOST))
def test_at_its_weakest(sentence: str, published: str, expected: list[str]) -> None:
    """ "At its weakest, the rand was down 1.9%": the day's extreme, unlike "... since 2021"."""
    assert extract(sentence, published) == expected


WINDOW_WORDS: list[Row] = [
    ("Silver lost 9% over the course of March.", "2024-04-03",
     ["SILVER period_change down 9 percent 2024-03-31 since=2024-03-01"]),
    ("The Kospi has shed 7% across the past three sessions.", "2024-04-03",
     ["KOSPI period_change down 7 percent 2024-04-03 since=2024-04-01"]),
    ("Gilt yields rose 20 basis points across Monday and Tuesday.", "2024-04-03",
     ["UK10Y period_change up 20 bp 2024-04-02 since=2024-04-01"]),
    ("The Nasdaq ended 2023 about 43% higher.", "2023-12-29",
     ["NASDAQ period_change up 43 percent about 2023-12-29 since=2023-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WINDOW_WORDS))
def test_window_words(sentence: str, published: str, expected: list[str]) -> None:
    """ "over the course of October", "across" a span, and a year a close verb ends before a
    sized way ("finished 2020 about 25% higher") are windows."""
    assert extract(sentence, published) == expected


RESPECTIVE: list[Row] = [
    ("Gold and silver posted respective gains of 1.1% and 2.3% on Friday.", "2024-04-03",
     ["GOLD session_change up 1.1 percent 2024-03-29",
      "SILVER session_change up 2.3 percent 2024-03-29"]),
    ("The DAX and the CAC 40 rose a respective 1.2% and 0.8% on Monday.", "2024-04-03",
     ["DAX session_change up 1.2 percent 2024-04-01",
      "CAC40 session_change up 0.8 percent 2024-04-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RESPECTIVE))
def test_respective_sizes(sentence: str, published: str, expected: list[str]) -> None:
    """ "posted respective losses of 3.2% and 1.1%", "a respective 1.2% and 0.8%": in order."""
    assert extract(sentence, published) == expected


NAMED_RECORDS: list[Row] = [
    ("The Nikkei lost 1,200 points on Monday, a 3.2% slide that was its biggest since 2020.",
     "2024-04-03",
     ["NIKKEI225 session_change down 3.2 percent 2024-04-01",
      "NIKKEI225 biggest_move down 2024-04-01 since=2020-01-01"]),
    ("India's Sensex closed at an unprecedented 74,000.5 on Tuesday.", "2024-04-03",
     ["SENSEX level none 2024-04-02 level=74000.5", "SENSEX record up 2024-04-02 level=74000.5"]),
    ("The loonie sagged to 1.4467 per greenback on Tuesday, a level not seen since 2020.",
     "2024-04-03",
     ["USDCAD level down 2024-04-02 inverse level=1.4467",
      "USDCAD record down 2024-04-02 inverse level=1.4467 since=2020-01-01"]),
    ("Soybeans fell 1.6% on Wednesday, leaving the oilseed down 8% for the year.", "2024-04-03",
     ["SOYBEANS session_change down 1.6 percent 2024-04-03",
      "SOYBEANS period_change down 8 percent 2024-04-03 since=2024-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NAMED_RECORDS))
def test_named_records(sentence: str, published: str, expected: list[str]) -> None:
    """ "a 10.9% slump that was its steepest since 1987", "an unprecedented 58,711.87", "per
    greenback" as "per dollar", and "the oilseed" as an epithet of a commodity."""
    assert extract(sentence, published) == expected


PARTICIPLE_GAVE: list[Row] = [
    ("The zloty was hit hard on Wednesday, giving up 1.4% against the dollar.", "2024-05-09",
     ["USDPLN session_change down 1.4 percent 2024-05-08 inverse"]),
    ("Bitcoin had a rough day, giving back 5% on Tuesday.", "2024-05-09",
     ["BTC session_change down 5 percent 2024-05-07"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARTICIPLE_GAVE))
def test_giving_up_participle(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., giving up 3.2%" is a participle like "losing 3.2%": the clause's subject moved."""
    assert extract(sentence, published) == expected


NOUN_SUBJECT: list[Row] = [
    ("Tuesday's 2% slide in the Nikkei was quickly forgotten on Wednesday.", "2024-05-09",
     ["NIKKEI225 session_change down 2 percent 2024-05-07"]),
    ("A 10% drop in the S&P 500 was expected by some analysts.", "2024-05-09", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NOUN_SUBJECT))
def test_owned_move_noun_as_subject(sentence: str, published: str, expected: list[str]) -> None:
    """ "Monday's 1% dip in the Russell 2000 was quickly forgotten": the owner's move (not
    when "was expected")."""
    assert extract(sentence, published) == expected


OWN_UNITS: list[Row] = [
    ("The Indian rupee fell 30 paise to 83.5 per dollar.", "2024-05-09",
     ["USDINR session_change down 0.3 points 2024-05-09 inverse level=83.5"]),
    ("The yen rose 2 yen to 153.5 per dollar on Thursday.", "2024-05-09",
     ["USDJPY session_change up 2 points 2024-05-09 inverse level=153.5"]),
    ("The Turkish lira slid by a record 2.5 lira to 32 per dollar on Monday.", "2024-05-09",
     ["USDTRY session_change down 2.5 points 2024-05-06 inverse level=32",
      "USDTRY biggest_move down 2024-05-06 inverse"]),
    ("The Australian dollar shed three-quarters of a U.S. cent to $0.6610.", "2024-05-09",
     ["AUDUSD session_change down 0.0075 points 2024-05-09 level=0.661"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OWN_UNITS))
def test_sizes_in_own_units(sentence: str, published: str, expected: list[str]) -> None:
    """ "the won rallied by a record 177 won": a size in the currency's own unit is on its
    dollar pair (and a record size is its biggest move); "three-quarters of a cent" sizes."""
    assert extract(sentence, published) == expected


LEFT_AT_STATED: list[Row] = [
    ("A third straight gain left gold at $2,450 an ounce on Friday, up $12.", "2024-08-12",
     ["GOLD session_change up 12 points 2024-08-09 level=2450"]),
    ("Monday's rally left the Dow at 39,000.5, up 1.2%.", "2024-08-13",
     ["DJIA session_change up 1.2 percent 2024-08-12 level=39000.5"]),
    ("The selloff left the Nikkei at 38,000, down 2% in early trade.", "2024-08-12",
     ["NIKKEI225 intraday_change down 2 percent 2024-08-12 level=38000"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEFT_AT_STATED))
def test_move_noun_leaves_at_level(sentence: str, published: str, expected: list[str]) -> None:
    """ "A fourth straight loss left corn at $3.87-1/4, down 6-1/4 cents": the state set off
    after the level sizes the day's move (a part of the day keeps it a state)."""
    assert extract(sentence, published) == expected


BEFORE_UNDOING: list[Row] = [
    ("Before paring its gains, Brent rose 3% to $90 a barrel on Friday.", "2024-08-09",
     ["BRENT intraday_extreme up 3 percent 2024-08-09 level=90"]),
    ("Before the index gave back its gains, the Kospi had risen 2.1% by midday.", "2024-08-09",
     ["KOSPI intraday_extreme up 2.1 percent 2024-08-09"]),
    ("Before the rally, the Nikkei fell 2%.", "2024-08-09",
     ["NIKKEI225 session_change down 2 percent 2024-08-09"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BEFORE_UNDOING))
def test_fronted_undoing(sentence: str, published: str, expected: list[str]) -> None:
    """ "Before it surrendered most of the advance, the Nikkei had been up 3.4%": the move an
    opening clause undoes was the day's extreme."""
    assert extract(sentence, published) == expected
