"""Claim parser rules for mid-story wire idioms: a sector that "led" an index to a move, "in
the year to date" as a window, a longer figureless first verb phrase before "and", the trade
a close verb ends, a fronted day the claim's own day overrides, a caused "as high as", running
totals "so far in May", Mexico's bare "IPC", a currency a result clause leaves on the cross
just named, "pushed on to" a level, a window ended "little changed", "brushed" a level, "that day" and
ether's descriptive name; spec by example in the format of
tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

LED_TO_MOVE: list[Row] = [
    ("Chipmakers led the Nasdaq 1.4% higher on Tuesday.", "2024-05-08",
     ["NASDAQ session_change up 1.4 percent 2024-05-07"]),
    ("Banks were leading the FTSE 100 0.6% lower in early trade.", "2024-05-08",
     ["FTSE100 intraday_change down 0.6 percent 2024-05-08"]),
    ("Exporters led Japan's Nikkei 2% higher by the close, as the yen eased.", "2024-05-08",
     ["NIKKEI225 session_change up 2 percent 2024-05-08",
      "USDJPY session_change down 2024-05-08 inverse"]),
    ("European shares fell 1% on Wednesday, led by banks.", "2024-05-08",
     ["STOXX600 session_change down 1 percent 2024-05-08"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LED_TO_MOVE))
def test_led_to_move(sentence: str, published: str, expected: list[str]) -> None:
    """ "Banks led the DAX 3.3% lower": the object of "led" made the sized move."""
    assert extract(sentence, published) == expected


YEAR_TO_DATE: list[Row] = [
    ("Brent has risen about 14% in the year to date.", "2024-05-08",
     ["BRENT period_change up 14 percent about 2024-05-08 since=2024-01-01"]),
    ("The Kospi is down 6% for the year to date, trailing its regional peers.", "2024-05-08",
     ["KOSPI period_change down 6 percent 2024-05-08 since=2024-01-01"]),
    ("The yen has weakened roughly 10% against the dollar in the year to date.", "2024-05-08",
     ["USDJPY period_change down 10 percent about 2024-05-08 inverse since=2024-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(YEAR_TO_DATE))
def test_in_the_year_to_date(sentence: str, published: str, expected: list[str]) -> None:
    """ "is up 25% in the year to date": the window from 1 January, like "year to date"."""
    assert extract(sentence, published) == expected


LONGER_FIRST_VERB: list[Row] = [
    ("Copper reversed course after a strong start in Asia and settled 1.2% lower.",
     "2024-05-08",
     ["COPPER session_change down 1.2 percent 2024-05-08"]),
    ("The Hang Seng gave up its gains from the morning and was down 0.9% at the lunch break.",
     "2024-05-08",
     ["HSI intraday_change down 0.9 percent 2024-05-08"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LONGER_FIRST_VERB))
def test_longer_first_verb_phrase(sentence: str, published: str, expected: list[str]) -> None:
    """ "reversed course after a firm start and was off 0.7%": a figureless first verb phrase
    of up to seven words leaves its subject to the verb after "and"."""
    assert extract(sentence, published) == expected


TRADE_ENDED: list[Row] = [
    ("The Indian rupee ended local trade at 84.40 per dollar, down 0.1% on the day.",
     "2024-11-14",
     ["USDINR session_change down 0.1 percent 2024-11-14 inverse level=84.4"]),
    ("The Kospi finished domestic trading 1.2% lower on Thursday.", "2024-11-14",
     ["KOSPI session_change down 1.2 percent 2024-11-14"]),
    ("The Australian dollar ended trade at $0.6480, its weakest close since early August.",
     "2024-11-14",
     ["AUDUSD level none 2024-11-14 level=0.648",
      "AUDUSD record down 2024-11-14 level=0.648 since=2024-08-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TRADE_ENDED))
def test_trade_a_close_verb_ends(sentence: str, published: str, expected: list[str]) -> None:
    """ "ended local trade at 1,451.9 per dollar": the trading is the close verb's object."""
    assert extract(sentence, published) == expected


OVERRIDDEN_LEAD_DAY: list[Row] = [
    ("OPEC+ agreed on Sunday to extend output cuts, and Brent rose 1.5% on Monday, while WTI "
     "added 1.7%.", "2024-11-14",
     ["BRENT session_change up 1.5 percent 2024-11-11",
      "WTI session_change up 1.7 percent 2024-11-11"]),
    ("The central bank held rates on Wednesday, and the lira firmed 0.4% on Thursday, while "
     "gold gained 1.1%.", "2024-11-14",
     ["USDTRY session_change up 0.4 percent 2024-11-14 inverse",
      "GOLD session_change up 1.1 percent 2024-11-14"]),
    ("On Wednesday, the Nikkei fell 1% and the Topix lost 1.2%.", "2024-11-14",
     ["NIKKEI225 session_change down 1 percent 2024-11-13",
      "TOPIX session_change down 1.2 percent 2024-11-13"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OVERRIDDEN_LEAD_DAY))
def test_overridden_lead_day(sentence: str, published: str, expected: list[str]) -> None:
    """A fronted day that the next claim's own day overrides does not date the clause after it;
    one it keeps does ("On Wednesday, the Nikkei fell 1% and the Topix lost 1.2%")."""
    assert extract(sentence, published) == expected


CAUSED_REACH: list[Row] = [
    ("The budget sent the 10-year gilt yield as high as 4.53% at one stage.", "2024-10-31",
     ["UK10Y intraday_extreme up 2024-10-31 level=4.53"]),
    ("Heavy selling drove bitcoin as low as $66,000 before it recovered.", "2024-10-31",
     ["BTC intraday_extreme down 2024-10-31 level=66000"]),
    ("The data knocked the euro as low as $1.0760, its weakest since July.", "2024-10-31",
     ["EURUSD intraday_extreme down 2024-10-31 level=1.076",
      "EURUSD record down 2024-10-31 level=1.076 since=2024-07-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSED_REACH))
def test_caused_as_high_as(sentence: str, published: str, expected: list[str]) -> None:
    """ "sending the yield as high as 4.53%": the object's extreme within the session."""
    assert extract(sentence, published) == expected


TOTAL_SO_FAR_IN: list[Row] = [
    ("Copper fell 1% on Thursday, taking its loss so far in 2024 to 4%.", "2024-05-09",
     ["COPPER session_change down 1 percent 2024-05-09",
      "COPPER period_change down 4 percent 2024-05-09 since=2024-01-01"]),
    ("The rouble firmed 0.5%, bringing its gain in May to 3%.", "2024-05-09",
     ["USDRUB session_change up 0.5 percent 2024-05-09 inverse",
      "USDRUB period_change up 3 percent 2024-05-09 inverse since=2024-05-01"]),
    ("Cocoa is up roughly 11% so far in May.", "2024-05-09",
     ["COCOA period_change up 11 percent about 2024-05-09 since=2024-05-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TOTAL_SO_FAR_IN))
def test_total_so_far_in_a_month(sentence: str, published: str, expected: list[str]) -> None:
    """ "bringing its advance so far in May to 11%": the running total over the named month."""
    assert extract(sentence, published) == expected


BARE_IPC: list[Row] = [
    ("The peso weakened 1.2%, and the IPC fell 0.9% on Wednesday.", "2024-06-12",
     ["USDMXN session_change down 1.2 percent 2024-06-12 inverse",
      "IPC session_change down 0.9 percent 2024-06-12"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BARE_IPC))
def test_bare_ipc(sentence: str, published: str, expected: list[str]) -> None:
    """ "the IPC" alone is Mexico's benchmark index."""
    assert extract(sentence, published) == expected


RESULT_ON_CROSS: list[Row] = [
    ("The euro rose 0.8% against the Swiss franc to 0.9650, pushing the franc to its weakest "
     "since June.", "2024-11-26",
     ["EURCHF session_change up 0.8 percent 2024-11-26 level=0.965",
      "EURCHF record down 2024-11-26 inverse level=0.965 since=2024-06-01"]),
    ("The euro climbed 1% against the yen to 165.2, leaving the Japanese currency at its "
     "weakest since 2008.", "2024-11-26",
     ["EURJPY session_change up 1 percent 2024-11-26 level=165.2",
      "EURJPY record down 2024-11-26 inverse level=165.2 since=2008-01-01"]),
    ("The rouble slid 2% against the yuan, pushing the Chinese currency to its strongest "
     "since 2022.", "2024-11-26",
     ["CNYRUB session_change down 2 percent 2024-11-26 inverse",
      "CNYRUB record up 2024-11-26 since=2022-01-01"]),
    ("The dollar fell 2% against the euro, handing the single currency its best day since "
     "2022.", "2024-11-26",
     ["EURUSD session_change down 2 percent 2024-11-26 inverse",
      "EURUSD biggest_move up 2024-11-26 since=2022-01-01"]),
    ("The rouble slid 2% against the yuan, leaving the Chinese currency at its strongest "
     "against the dollar since 2022.", "2024-11-26",
     ["CNYRUB session_change down 2 percent 2024-11-26 inverse",
      "USDCNY record up 2024-11-26 inverse since=2022-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RESULT_ON_CROSS))
def test_result_clause_on_the_cross(sentence: str, published: str, expected: list[str]) -> None:
    """ "The yuan jumped against the rouble, leaving the Russian currency at its weakest": the
    result clause's currency is on the cross just named, unless it names its own counter."""
    assert extract(sentence, published) == expected


PUSHED_ON_TO: list[Row] = [
    ("Gold rallied on Friday, then pushed on to $2,480 in New York.", "2024-08-02",
     ["GOLD session_change up 2024-08-02",
      "GOLD level up 2024-08-02 level=2480"]),
    ("The rupee weakened in early trade and pressed further to 83.95 per dollar by midday.",
     "2024-08-02",
     ["USDINR intraday_change down 2024-08-02 inverse",
      "USDINR level down 2024-08-02 inverse level=83.95"]),
    ("Traders pushed on to the next deal.", "2024-08-02", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PUSHED_ON_TO))
def test_pushed_on_to_a_level(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., then pushed on to 146.40 per dollar": a level reached on the way just told."""
    assert extract(sentence, published) == expected


WINDOW_LITTLE_CHANGED: list[Row] = [
    ("Silver slipped 0.3% on Friday, ending the week little changed.", "2022-12-02",
     ["SILVER session_change down 0.3 percent 2022-12-02",
      "SILVER period_change flat 2022-12-02 since=2022-11-28"]),
    ("The yen finished the month barely changed against the dollar.", "2022-12-30",
     ["USDJPY period_change flat 2022-12-30 inverse since=2022-12-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WINDOW_LITTLE_CHANGED))
def test_window_ended_little_changed(sentence: str, published: str, expected: list[str]) -> None:
    """ "ending the week little changed": a flat move over the window, like "flat"."""
    assert extract(sentence, published) == expected


BRUSHED: list[Row] = [
    ("Brent brushed $95 a barrel on Wednesday, its highest since November.", "2024-07-03",
     ["BRENT intraday_extreme up 2024-07-03 level=95",
      "BRENT record up 2024-07-03 level=95 since=2023-11-01"]),
    ("The Nikkei brushed off weak data and rose 1%.", "2024-07-03",
     ["NIKKEI225 session_change up 1 percent 2024-07-03"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BRUSHED))
def test_brushed_a_level(sentence: str, published: str, expected: list[str]) -> None:
    """ "brushed ¥161.95": a level touched within the session ("brushed off" is no level)."""
    assert extract(sentence, published) == expected


THAT_DAY: list[Row] = [
    ("Bitcoin fell 3% on Tuesday, and the world's second-biggest cryptocurrency lost 5% the "
     "same day.", "2024-03-09",
     ["BTC session_change down 3 percent 2024-03-05",
      "ETH session_change down 5 percent 2024-03-05"]),
    ("Gold rose 1% on Monday and hit a record $2,150 that day.", "2024-03-09",
     ["GOLD session_change up 1 percent 2024-03-04",
      "GOLD intraday_extreme up 2024-03-04 level=2150",
      "GOLD record up 2024-03-04 level=2150"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(THAT_DAY))
def test_that_day(sentence: str, published: str, expected: list[str]) -> None:
    """ "topped $4,000 that day": the day the clause before named."""
    assert extract(sentence, published) == expected


COUNTER_IN_BIGGEST: list[Row] = [
    ("The yen posted its biggest one-day gain against the single currency since 2016.",
     "2024-08-05",
     ["EURJPY biggest_move up 2024-08-05 inverse since=2016-01-01"]),
    ("The rupee posted its biggest daily drop against the U.S. dollar since 2022.", "2024-08-05",
     ["USDINR biggest_move down 2024-08-05 inverse since=2022-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COUNTER_IN_BIGGEST))
def test_counter_in_a_biggest_move(sentence: str, published: str, expected: list[str]) -> None:
    """ "its biggest one-day gain against the single currency since 2016": a counter of up to
    three words inside the biggest-move phrase."""
    assert extract(sentence, published) == expected
