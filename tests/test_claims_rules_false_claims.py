"""Claim parser rules against false claims (precision): nouns, earlier extremes and coming events
that state no move, spec by example in the format of tests/test_claims_examples.py (our own
wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

PLURAL_MOVE_NOUN: list[Row] = [
    ("The FTSE 100 closed flat on Tuesday, as gains in miners offset a 2% drop in "
     "the index's banking group.", "2024-03-19",
     ["FTSE100 session_change flat 2024-03-19"]),
    ("The DAX ended 0.3% lower, while losses in carmakers weighed on the index.",
     "2024-03-19",
     ["DAX session_change down 0.3 percent 2024-03-19"]),
]  # fmt: skip

PASSED_EXTREME: list[Row] = [
    ("Gold settled at a record $2,450.10 an ounce, topping the peak it hit in May.",
     "2024-07-16",
     ["GOLD level none 2024-07-16 level=2450.1", "GOLD record up 2024-07-16 level=2450.1"]),
    ("The Dow closed at a record 40,954.48, surpassing its previous closing high.",
     "2024-07-16",
     ["DJIA level none 2024-07-16 level=40954.5",
      "DJIA record up 2024-07-16 level=40954.5"]),
    ("The VIX settled at 75.47, topping its 2008 financial-crisis peak.", "2020-03-16",
     ["VIX level none 2020-03-16 level=75.47", "VIX record up 2020-03-16 level=75.47"]),
]  # fmt: skip

DATED_OBJECT: list[Row] = [
    ("The Kospi was up 1.1% at 2,750.20 on Wednesday, recouping the previous day's losses.",
     "2024-05-22",
     ["KOSPI intraday_change up 1.1 percent 2024-05-22 level=2750.2"]),
    ("The Hang Seng rose 0.8% on Friday, erasing the previous session's decline.",
     "2024-05-24",
     ["HSI session_change up 0.8 percent 2024-05-24"]),
]  # fmt: skip

FUTURE_EVENT_DAY: list[Row] = [
    ("With retail sales data due on Thursday, the dollar index was little changed at 104.20.",
     "2024-06-11",
     ["DXY intraday_change flat 2024-06-11 level=104.2"]),
    ("With a rate decision scheduled for Wednesday, sterling held steady at $1.2710.",
     "2024-06-17",
     ["GBPUSD intraday_change flat 2024-06-17 level=1.271"]),
]  # fmt: skip

CARRIED_CURRENCY_COUNTER: list[Row] = [
    ("The yen weakened 0.5% to 151.20 per dollar, and slid 0.3% to 163.50 per euro.",
     "2024-03-13",
     ["USDJPY session_change down 0.5 percent 2024-03-13 inverse level=151.2",
      "EURJPY session_change down 0.3 percent 2024-03-13 inverse level=163.5"]),
]  # fmt: skip

LEFT_STATE: list[Row] = [
    ("Banks slumped on Thursday in a selloff that left the FTSE 100 down 1.3%.", "2024-07-11",
     ["FTSE100 session_change down 1.3 percent 2024-07-11"]),
    ("Selling in chipmakers left the Nasdaq down 0.8% in early trade.", "2024-07-11",
     ["NASDAQ intraday_change down 0.8 percent 2024-07-11"]),
    ("Heavy selling dragged the Kospi down 2.1% by midday.", "2024-07-11",
     ["KOSPI intraday_change down 2.1 percent 2024-07-11"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PLURAL_MOVE_NOUN))
def test_plural_move_noun_is_no_verb(sentence: str, published: str, expected: list[str]) -> None:
    """ "as gains in miners offset ...": an -s move word before "in <thing>" is a noun."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PASSED_EXTREME))
def test_level_verb_on_an_earlier_extreme(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "topping the peak it hit in May": a level verb on an earlier extreme is no move; a peak
    the words date ("its 2008 financial-crisis peak") is topped by a record, as the dev corpus
    labels it (r28_g-016, r23_g-011, r3_4-009)."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DATED_OBJECT))
def test_previous_day_possessive_dates_no_verb(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "recouping the previous day's losses": the possessive dates the noun, not the verb."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FUTURE_EVENT_DAY))
def test_future_event_day_is_not_the_claims(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "with data due on Thursday, the dollar ...": a fronted weekday of a coming event."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CARRIED_CURRENCY_COUNTER))
def test_carried_currency_takes_its_figures_counter(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "..., and slid 0.3% to 163.50 per euro": a carried currency pairs with the new counter."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEFT_STATE))
def test_left_state_is_caused(sentence: str, published: str, expected: list[str]) -> None:
    """ "a selloff that left X down 1.3%": a caused state, the session's move by default."""
    assert extract(sentence, published) == expected
