"""Claim parser rules for the measures of wire claims (look-backs from "last", shared windows,
closing idioms, opens, states), spec by example in the format of tests/test_claims_examples.py
(our own sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

SINCE_LAST: list[Row] = [
    ("Silver climbed above $31 on Thursday for the first time since last October.", "2024-05-16",
     ["SILVER level up 2024-05-16 level=31",
      "SILVER record up 2024-05-16 level=31 since=2023-10-01"]),
    ("The yen slid to 157.8 per dollar, its weakest since last April.", "2024-05-29",
     ["USDJPY level down 2024-05-29 inverse level=157.8",
      "USDJPY record down 2024-05-29 inverse level=157.8 since=2024-04-01"]),
    ("The Nikkei hit its highest since last year on Tuesday.", "2024-02-13",
     ["NIKKEI225 record up 2024-02-13 since=2023-01-01"]),
    ("Brent has shed 6% since last month, and copper has lost 3% since last week.", "2024-06-05",
     ["BRENT period_change down 6 percent 2024-06-05 since=2024-05-01",
      "COPPER period_change down 3 percent 2024-06-05 since=2024-05-27"]),
    ("Gold has rallied 14% since last November.", "2024-03-08",
     ["GOLD period_change up 14 percent 2024-03-08 since=2023-11-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SINCE_LAST))
def test_since_last_unit_is_the_unit_before(
    sentence: str, published: str, expected: list[str]
) -> None:
    """'since last August' / 'since last year' starts at the unit before the current one."""
    assert extract(sentence, published) == expected


SAME_WINDOW: list[Row] = [
    ("Gold has gained 3% since Monday, and silver rose 5% over the same period.", "2024-04-12",
     ["GOLD period_change up 3 percent 2024-04-12 since=2024-04-08",
      "SILVER period_change up 5 percent 2024-04-12 since=2024-04-08"]),
    ("The Nikkei has risen 4% this month; the Topix added 3.5% over the same span.", "2024-04-12",
     ["NIKKEI225 period_change up 4 percent 2024-04-12 since=2024-04-01",
      "TOPIX period_change up 3.5 percent 2024-04-12 since=2024-04-01"]),
    ("Brent fell 2% last week, while the euro was 1.1% weaker against the dollar during the "
     "same stretch.", "2024-04-10",
     ["BRENT period_change down 2 percent 2024-04-05 since=2024-04-01",
      "EURUSD period_change down 1.1 percent 2024-04-05 since=2024-04-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SAME_WINDOW))
def test_same_period_takes_the_window_before(
    sentence: str, published: str, expected: list[str]
) -> None:
    """'over the same period' / 'during the same stretch' is the window the clause before names."""
    assert extract(sentence, published) == expected


PHRASAL_CLOSES: list[Row] = [
    ("The Nasdaq wrapped up Thursday's session 0.8% lower at 17,754.8.", "2024-07-25",
     ["NASDAQ session_change down 0.8 percent 2024-07-25 level=17754.8"]),
    ("Brent wound up the day 1.3% higher at $83.40 a barrel.", "2024-06-11",
     ["BRENT session_change up 1.3 percent 2024-06-11 level=83.4"]),
    ("Gold wrapped up the week 2% higher.", "2024-08-09",
     ["GOLD period_change up 2 percent 2024-08-09 since=2024-08-05"]),
    ("The CAC 40 closed out Monday's session 0.5% weaker, and the DAX finished trading 0.2% "
     "lower.", "2024-06-18",
     ["CAC40 session_change down 0.5 percent 2024-06-17",
      "DAX session_change down 0.2 percent 2024-06-17"]),
    ("The fund was wound up in 2020.", "2024-06-18", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PHRASAL_CLOSES))
def test_phrasal_closing_verbs(sentence: str, published: str, expected: list[str]) -> None:
    """'wrapped up' / 'wound up' / 'closed out Monday's session' / 'ended trading' is a close."""
    assert extract(sentence, published) == expected


OPENED_AT_THEN_SIZE: list[Row] = [
    ("The Kospi opened at 2,441.55 on Monday, down 2.3% from Friday's close.", "2024-08-05",
     ["KOSPI open_move down 2.3 percent 2024-08-05 level=2441.55"]),
    ("Brent opened at $78.10 a barrel, up 0.9%, after the OPEC+ meeting.", "2024-06-03",
     ["BRENT open_move up 0.9 percent 2024-06-03 level=78.1"]),
    ("The pound was at $1.2630, down 0.3% on the day.", "2024-06-03",
     ["GBPUSD intraday_change down 0.3 percent 2024-06-03 level=1.263"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OPENED_AT_THEN_SIZE))
def test_size_apposed_to_an_opening_level(
    sentence: str, published: str, expected: list[str]
) -> None:
    """'opened at 2,441.55, down 2.3%': a size set off after an opening level is the open's move."""
    assert extract(sentence, published) == expected


END_OF_TRADING: list[Row] = [
    ("At the end of London trading on Thursday, the pound was 0.4% weaker at $1.2710.", "2024-05-23",
     ["GBPUSD session_change down 0.4 percent 2024-05-23 level=1.271"]),
    ("The Hang Seng was 1.2% higher at 18,200 at the end of the session.", "2024-05-23",
     ["HSI session_change up 1.2 percent 2024-05-23 level=18200"]),
    ("The dollar was up 0.5% against a basket of six major peers at 104.8.", "2024-05-23",
     ["DXY intraday_change up 0.5 percent 2024-05-23 level=104.8"]),
    ("At the end of the day, stocks are driven by earnings.", "2024-05-23", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(END_OF_TRADING))
def test_end_of_trading_closes_the_state(
    sentence: str, published: str, expected: list[str]
) -> None:
    """'At the end of New York trading, X was 0.8% lower' is the close; 'a basket of peers' is filler."""
    assert extract(sentence, published) == expected


PASSIVE_FALLS: list[Row] = [
    ("European shares were battered on Thursday, with the DAX down 2.1% at the close.", "2024-08-01",
     ["STOXX600 session_change down 2024-08-01",
      "DAX session_change down 2.1 percent 2024-08-01"]),
    ("The yen was pummelled on Wednesday, sliding 1.2% to 161.5 per dollar.", "2024-07-03",
     ["USDJPY session_change down 1.2 percent 2024-07-03 inverse level=161.5"]),
    ("The selloff hammered Asian stocks.", "2024-08-05", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PASSIVE_FALLS))
def test_passive_beating_is_a_fall(sentence: str, published: str, expected: list[str]) -> None:
    """'were hammered' / 'was pummelled': a market beaten in the passive fell (not the active verb)."""
    assert extract(sentence, published) == expected


ROUGH_LEVEL_THEN_FLAT: list[Row] = [
    ("Germany's 10-year Bund yield hovered around 2.45% on Thursday, little changed after the "
     "ECB decision.", "2024-06-06",
     ["DE10Y intraday_change flat 2024-06-06 level=2.45"]),
    ("The euro traded around $1.0850, little changed on the day.", "2024-06-06",
     ["EURUSD intraday_change flat 2024-06-06 level=1.085"]),
    ("The two-year Treasury yield was about 4.7% on Friday.", "2024-06-07",
     ["US2Y level none 2024-06-07 level=4.7"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ROUGH_LEVEL_THEN_FLAT))
def test_rough_level_with_no_way(sentence: str, published: str, expected: list[str]) -> None:
    """'hovered around 4.08%' on a yield is its level; ', little changed' after it is that state."""
    assert extract(sentence, published) == expected


REACHED_DAY_EXTREME: list[Row] = [
    ("The Taiex climbed to an intraday high of 24,416 on Thursday, its highest ever.", "2024-07-11",
     ["TAIEX intraday_extreme up 2024-07-11 level=24416",
      "TAIEX record up 2024-07-11 level=24416"]),
    ("Brent fell to a session low of $76.50 on Monday before recovering.", "2024-06-04",
     ["BRENT intraday_extreme down 2024-06-03 level=76.5"]),
    ("Gold rose 1% to a high of $2,400.", "2024-06-04",
     ["GOLD session_change up 1 percent 2024-06-04 level=2400"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(REACHED_DAY_EXTREME))
def test_reaching_an_intraday_high_of(sentence: str, published: str, expected: list[str]) -> None:
    """'climbed to an intraday high of X' is the day's extreme at X (a sized move keeps its own)."""
    assert extract(sentence, published) == expected


STATE_BY_FIGURE: list[Row] = [
    ("Asian shares fell on Tuesday, with Japan's Nikkei down by 1.2% and the Kospi lower by "
     "0.8%.", "2024-06-18",
     ["NIKKEI225 intraday_change down 1.2 percent 2024-06-18",
      "KOSPI intraday_change down 0.8 percent 2024-06-18"]),
    ("The dollar gained, with the euro weaker by 0.4% at $1.085.", "2024-06-18",
     ["DXY session_change up 2024-06-18",
      "EURUSD intraday_change down 0.4 percent 2024-06-18 level=1.085"]),
    ("Copper was higher by 2% on Tuesday.", "2024-06-18",
     ["COPPER intraday_change up 2 percent 2024-06-18"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STATE_BY_FIGURE))
def test_bare_state_sized_with_by(sentence: str, published: str, expected: list[str]) -> None:
    """'with the DAX down by 0.6%' / 'the IBEX lower by 1.1%' is a bare state, sized by 'by'."""
    assert extract(sentence, published) == expected


STATE_IN_WORDS: list[Row] = [
    ("Sterling was off more than a cent at $1.2490 on Thursday.", "2024-06-13",
     ["GBPUSD intraday_change down 0.01 points more_than 2024-06-13 level=1.249"]),
    ("The 10-year Treasury yield was up a basis point at 4.31%.", "2024-06-13",
     ["US10Y intraday_change up 1 bp 2024-06-13 level=4.31"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STATE_IN_WORDS))
def test_state_sized_in_words(sentence: str, published: str, expected: list[str]) -> None:
    """'off more than a cent', 'up a basis point': a bare state sized by a number in words."""
    assert extract(sentence, published) == expected


QUOTES_AND_TIES: list[Row] = [
    ("The yen changed hands at 151.6 per dollar late on Thursday.", "2024-03-28",
     ["USDJPY level none 2024-03-28 inverse level=151.6"]),
    ("Bitcoin was changing hands 2.1% higher at $67,300.", "2024-03-28",
     ["BTC intraday_change up 2.1 percent 2024-03-28 level=67300"]),
    ("Futures tracking the Nasdaq 100 were up 0.8% at 7 a.m. ET.", "2024-03-28",
     ["NQ intraday_change up 0.8 percent 2024-03-28"]),
    ("Futures linked to the Dow were down 300 points, or 0.8%.", "2024-03-28",
     ["YM intraday_change down 0.8 percent 2024-03-28"]),
    ("More than 1 billion shares changed hands on Tuesday.", "2024-03-28", []),
    ("Palladium briefly changed hands above $1,200 an ounce, a level not seen since 2023.",
     "2024-09-27",
     ["PALLADIUM intraday_extreme up 2024-09-27 level=1200",
      "PALLADIUM record up 2024-09-27 level=1200 since=2023-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(QUOTES_AND_TIES))
def test_changed_hands_and_futures_tracking(
    sentence: str, published: str, expected: list[str]
) -> None:
    """'changed hands at' quotes a price like 'traded at' ('briefly' at a record: the day's peak);
    'futures tracking the X' are X's futures."""
    assert extract(sentence, published) == expected


EXCHANGE_CONTRACT: list[Row] = [
    ("Copper has gained 12% this month, and the LME contract traded around $10,400 a ton on "
     "Friday.", "2024-05-17",
     ["COPPER period_change up 12 percent 2024-05-17 since=2024-05-01",
      "COPPER level none 2024-05-17 level=10400"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EXCHANGE_CONTRACT))
def test_exchange_named_contract_is_an_anaphor(
    sentence: str, published: str, expected: list[str]
) -> None:
    """'the COMEX contract' / 'the LME contract' points back like 'the contract'."""
    assert extract(sentence, published) == expected
