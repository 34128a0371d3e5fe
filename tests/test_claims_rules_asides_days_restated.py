"""Claim parser rules for parenthesized sizes, event and early days, states and restated moves
(from the retired validation batches r10_v, r12_v, r13_2, r15_v, r16_4); spec by example as in
tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

AWAITED_EVENT_DAY: list[Row] = [
    ("With investors bracing for the ECB's decision on Thursday, the euro slipped 0.3% to "
     "$1.0840.", "2024-01-23",
     ["EURUSD session_change down 0.3 percent 2024-01-23 level=1.084"]),
    ("With traders waiting for U.S. payrolls data on Friday, the yen weakened 0.4% to 148.20 "
     "per dollar.", "2024-01-30",
     ["USDJPY session_change down 0.4 percent 2024-01-30 inverse level=148.2"]),
    ("In the run-up to the Bank of England's meeting on Thursday, gilt yields rose 5 basis "
     "points.", "2024-01-30", ["UK10Y session_change up 5 bp 2024-01-30"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(AWAITED_EVENT_DAY))
def test_awaited_event_day_does_not_date(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A day that belongs to an awaited event ("bracing for ... on Thursday") dates no move."""
    assert extract(sentence, published) == expected


PAREN_ALTERNATIVE: list[Row] = [
    ("The Dow tumbled 1,033 points (2.9%) to 32,120 on Monday.", "2024-08-06",
     ["DJIA session_change down 2.9 percent 2024-08-05 level=32120"]),
    ("Brent rose $2.10 (2.7%) to $80.10 a barrel on Tuesday.", "2024-08-06",
     ["BRENT session_change up 2.7 percent 2024-08-06 level=80.1"]),
    ("Gold climbed 1.2% ($24) to $2,410 an ounce on Tuesday.", "2024-08-06",
     ["GOLD session_change up 1.2 percent 2024-08-06 level=2410"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PAREN_ALTERNATIVE))
def test_parenthesized_alternative_size(sentence: str, published: str, expected: list[str]) -> None:
    """A size in parentheses after a size is its alternative: the percent is preferred."""
    assert extract(sentence, published) == expected


NAME_SIZES: list[Row] = [
    ("Tokyo's Nikkei (-1.8%), Seoul's Kospi (-2.1%) and Sydney's S&P/ASX 200 (-0.9%) all "
     "ended lower on Wednesday.", "2024-03-14",
     ["NIKKEI225 session_change down 1.8 percent 2024-03-13",
      "KOSPI session_change down 2.1 percent 2024-03-13",
      "ASX200 session_change down 0.9 percent 2024-03-13"]),
    ("Oil (+1.2%) and gold (+0.4%) rose on Tuesday.", "2024-03-14",
     ["BRENT session_change up 1.2 percent 2024-03-12",
      "GOLD session_change up 0.4 percent 2024-03-12"]),
    ("The DAX (down 0.6%) and the CAC 40 (down 0.8%) closed lower on Thursday.", "2024-03-14",
     ["DAX session_change down 0.6 percent 2024-03-14",
      "CAC40 session_change down 0.8 percent 2024-03-14"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NAME_SIZES))
def test_parenthesized_size_after_each_name(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A signed size in parentheses after each listed name sizes that name's move."""
    assert extract(sentence, published) == expected


SESSION_AFTER: list[Row] = [
    ("Gold rose 0.5% on Monday, a session after its 2.1% slide.", "2024-03-12",
     ["GOLD session_change up 0.5 percent 2024-03-11",
      "GOLD session_change down 2.1 percent 2024-03-08"]),
    ("Brent rose 1% on Wednesday, a session after it fell 3%.", "2024-03-14",
     ["BRENT session_change up 1 percent 2024-03-13",
      "BRENT session_change down 3 percent 2024-03-12"]),
    ("The Kospi rebounded 1.4% on Thursday, a trading day after the index's 3.2% slump.",
     "2024-03-14", ["KOSPI session_change up 1.4 percent 2024-03-14",
                    "KOSPI session_change down 3.2 percent 2024-03-13"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SESSION_AFTER))
def test_a_session_after_is_the_session_before(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "a session after" (like "a day after") points to the previous session."""
    assert extract(sentence, published) == expected


EARLY_ON_THE_DAY: list[Row] = [
    ("E-mini S&P 500 futures rose 0.4% early on Thursday, while gold climbed 1%.", "2024-03-14",
     ["ES intraday_change up 0.4 percent 2024-03-14",
      "GOLD session_change up 1 percent 2024-03-14"]),
    ("The yen firmed 0.3% to 147.60 per dollar early Thursday.", "2024-03-14",
     ["USDJPY intraday_change up 0.3 percent 2024-03-14 inverse level=147.6"]),
    ("The Nikkei slipped 0.6% early on Wednesday.", "2024-03-14",
     ["NIKKEI225 session_change down 0.6 percent 2024-03-13"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EARLY_ON_THE_DAY))
def test_early_on_the_day_is_a_state(sentence: str, published: str, expected: list[str]) -> None:
    """A move "early on" the publication day is the morning's state (an earlier day's is not)."""
    assert extract(sentence, published) == expected


LAST_STATE: list[Row] = [
    ("Ether jumped above $4,000 late on Wednesday and was last up 3.2% at $4,080.", "2024-03-14",
     ["ETH level up 2024-03-13 level=4000",
      "ETH intraday_change up 3.2 percent 2024-03-14 level=4080"]),
    ("Copper hit a record on Wednesday, and the metal was last at $4.60 a pound.", "2024-03-14",
     ["COPPER record up 2024-03-13", "COPPER level none 2024-03-14 level=4.6"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LAST_STATE))
def test_was_last_is_the_time_of_writing(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A "was last" state with no time words of its own is the reference date's."""
    assert extract(sentence, published) == expected


PART_BEFORE_STATE: list[Row] = [
    ("Spain's IBEX extended losses in afternoon trade to stand 1.4% lower.", "2024-03-14",
     ["IBEX35 intraday_change down 1.4 percent 2024-03-14"]),
    ("The rand pared gains in early trading to trade 0.2% firmer.", "2024-03-14",
     ["USDZAR intraday_change up 0.2 percent 2024-03-14 inverse"]),
    ("The Kospi extended gains in the afternoon to close 2.1% higher on Wednesday.",
     "2024-03-14", ["KOSPI session_change up 2.1 percent 2024-03-13"]),
    ("The Nikkei pared losses in the afternoon session to end 0.4% lower.", "2024-03-14",
     ["NIKKEI225 session_change down 0.4 percent 2024-03-14"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PART_BEFORE_STATE))
def test_part_of_day_before_state_or_close(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A part of the day between a turn and "to stand"/"to close" keeps the state or close."""
    assert extract(sentence, published) == expected


WITH_PLACE_THEN_STATE: list[Row] = [
    ("Moscow's markets were rattled on Tuesday, with the dollar jumping 2.1% to 98.6 roubles on "
     "the Moscow Exchange and the euro up 1.8% at 106.4 roubles.", "2024-03-14",
     ["USDRUB session_change up 2.1 percent 2024-03-12 level=98.6",
      "EURRUB session_change up 1.8 percent 2024-03-12 level=106.4"]),
    ("Asian stocks sank on Monday, with the Nikkei tumbling 3.4% in Tokyo and the Kospi down "
     "2.6%.", "2024-03-14",
     ["NIKKEI225 session_change down 3.4 percent 2024-03-11",
      "KOSPI session_change down 2.6 percent 2024-03-11"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WITH_PLACE_THEN_STATE))
def test_bare_state_after_participle_and_place(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A bare state conjoined after a participle and its place or market shares its close."""
    assert extract(sentence, published) == expected


ELIDED_UNIT: list[Row] = [
    ("The two-year Treasury yield fell 6 basis points and the 30-year Treasury yield rose 3.",
     "2024-03-14",
     ["US2Y session_change down 6 bp 2024-03-14", "US30Y session_change up 3 bp 2024-03-14"]),
    ("The Dow rose 1.2% on Wednesday and the Nasdaq gained 2.", "2024-03-14",
     ["DJIA session_change up 1.2 percent 2024-03-13",
      "NASDAQ session_change up 2 percent 2024-03-13"]),
    ("Gold fell $12 to $2,010 and silver rose 3.", "2024-03-14",
     ["GOLD session_change down 12 points 2024-03-14 level=2010",
      "SILVER session_change up 2024-03-14"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ELIDED_UNIT))
def test_bare_number_takes_earlier_unit(sentence: str, published: str, expected: list[str]) -> None:
    """A bare number after a second verb takes the earlier percent or bp unit (not points)."""
    assert extract(sentence, published) == expected


RESTATING_NOUN: list[Row] = [
    ("The Dow fell 1,033 points on Monday, and the 2.9% drop was its biggest since March.",
     "2024-03-14", ["DJIA session_change down 2.9 percent 2024-03-11",
                    "DJIA biggest_move down 2024-03-11 since=2023-03-01"]),
    ("Brent settled $3.10 higher at $84.20 a barrel on Wednesday; the 3.8% gain was its "
     "largest in a year.", "2024-03-14",
     ["BRENT session_change up 3.8 percent 2024-03-13 level=84.2",
      "BRENT biggest_move up 2024-03-13 since=2023-03-13"]),
    ("The Dow fell 2.9% on Monday, and the Nasdaq's 3.1% drop was its worst since March.",
     "2024-03-14", ["DJIA session_change down 2.9 percent 2024-03-11",
                    "NASDAQ session_change down 3.1 percent 2024-03-11",
                    "NASDAQ biggest_move down 2024-03-11 since=2023-03-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RESTATING_NOUN))
def test_definite_noun_restates_move(sentence: str, published: str, expected: list[str]) -> None:
    """ "the 2.9% drop" after the same move in points restates it: one claim, in percent."""
    assert extract(sentence, published) == expected


PRONOUN_OTHER_COUNTER: list[Row] = [
    ("The yen fell 0.5% to 150.20 per dollar on Thursday, and it also weakened to 162.30 per "
     "euro.", "2024-03-14",
     ["USDJPY session_change down 0.5 percent 2024-03-14 inverse level=150.2",
      "EURJPY level down 2024-03-14 inverse level=162.3"]),
    ("The Swiss franc firmed 0.4% to 0.8810 per dollar, and it also rose to 0.9580 per euro.",
     "2024-03-14", ["USDCHF session_change up 0.4 percent 2024-03-14 inverse level=0.881",
                    "EURCHF level up 2024-03-14 inverse level=0.958"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PRONOUN_OTHER_COUNTER))
def test_pronoun_currency_takes_figure_counter(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "it" for a currency, quoted per another currency, is the pair with that currency."""
    assert extract(sentence, published) == expected


EVENT_DAY_CAUSED: list[Row] = [
    ("Gold fell 1% on Monday after Friday's jobs report had sent it down 2%.", "2024-03-12",
     ["GOLD session_change down 1 percent 2024-03-11",
      "GOLD session_change down 2 percent 2024-03-08"]),
    ("Thursday's inflation data lifted the dollar 0.5%.", "2024-03-15",
     ["DXY session_change up 0.5 percent 2024-03-14"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EVENT_DAY_CAUSED))
def test_event_day_dates_caused_move(sentence: str, published: str, expected: list[str]) -> None:
    """A move that a day's event caused ("Friday's jobs report sent it down 2%") is that day's."""
    assert extract(sentence, published) == expected
