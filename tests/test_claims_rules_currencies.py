"""Claim parser rules for currencies, quote conventions and coordinated subjects (third round of
blind dev batches), spec by example in the format of tests/test_claims_examples.py (our own
wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

MODIFIED_CONJUNCT: list[Row] = [
    ("The Nikkei and the broader Topix fell 1.2% and 0.9%, respectively, on Tuesday.",
     "2024-03-05",
     ["NIKKEI225 session_change down 1.2 percent 2024-03-05",
      "TOPIX session_change down 0.9 percent 2024-03-05"]),
    ("The Hang Seng and the blue-chip CSI 300 gained 2.1% and 1.4%.", "2024-05-06",
     ["HSI session_change up 2.1 percent 2024-05-06",
      "CSI300 session_change up 1.4 percent 2024-05-06"]),
]  # fmt: skip

DATED_NOUN: list[Row] = [
    ("The DAX rose 0.8% on Wednesday, erasing the previous session's 0.6% loss.", "2024-06-12",
     ["DAX session_change up 0.8 percent 2024-06-12",
      "DAX session_change down 0.6 percent 2024-06-11"]),
    ("Japan's Topix won back 1.5% on Friday after a rout.", "2024-08-09",
     ["TOPIX session_change up 1.5 percent 2024-08-09"]),
]  # fmt: skip

CAUSED_BASE_FORM: list[Row] = [
    ("Weak bank earnings helped drag the FTSE 100 down 0.7% on Thursday.", "2024-04-25",
     ["FTSE100 session_change down 0.7 percent 2024-04-25"]),
]  # fmt: skip

CLOSE_APPOSITIVE: list[Row] = [
    ("The CAC 40 finished at session highs, up 1.3%, on Monday.", "2024-06-17",
     ["CAC40 session_high none 2024-06-17",
      "CAC40 session_change up 1.3 percent 2024-06-17"]),
]  # fmt: skip

SHARED_CURRENCY_WORD: list[Row] = [
    ("Colombia's COLCAP index fell 2%, and the peso weakened 1.1% to 4,150 per dollar.",
     "2024-06-03", []),
    ("The peso slipped 0.4% after Chile's central bank cut rates.", "2024-06-18",
     ["USDCLP session_change down 0.4 percent 2024-06-18 inverse"]),
    ("Mexican stocks rose 0.6% and the peso firmed 0.3%.", "2024-06-18",
     ["IPC session_change up 0.6 percent 2024-06-18",
      "USDMXN session_change up 0.3 percent 2024-06-18 inverse"]),
    ("The euro zone index slid 0.5% on Monday, reversing Friday's 0.4% rise.", "2024-06-10",
     []),
]  # fmt: skip

FRONTED_COUNTER: list[Row] = [
    ("Against the euro, the Swiss franc rose 0.4% to 0.9512 on Monday.", "2024-08-05",
     ["EURCHF session_change up 0.4 percent 2024-08-05 inverse level=0.9512"]),
    ("Against the dollar, the yen firmed 0.6% and sterling slipped 0.2%.", "2024-08-05",
     ["USDJPY session_change up 0.6 percent 2024-08-05 inverse",
      "GBPUSD session_change down 0.2 percent 2024-08-05"]),
]  # fmt: skip

WITH_AT_LEVEL: list[Row] = [
    ("With gold at $2,410 an ounce and the dollar index at 104.1, miners rallied.", "2024-07-16",
     ["GOLD level none 2024-07-16 level=2410",
      "DXY level none 2024-07-16 level=104.1"]),
    ("European shares rose 0.4%, with the DAX at 18,500.2.", "2024-07-16",
     ["STOXX600 session_change up 0.4 percent 2024-07-16",
      "DAX level none 2024-07-16 level=18500.2"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MODIFIED_CONJUNCT))
def test_modified_conjunct(sentence: str, published: str, expected: list[str]) -> None:
    """A modifier after the determiner ("the blue-chip CSI 300") keeps the subjects coordinated."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DATED_NOUN))
def test_dated_noun_and_won_back(sentence: str, published: str, expected: list[str]) -> None:
    """ "the previous session's 0.6% loss" is the session before; "won back 1.5%" is a rise."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSED_BASE_FORM))
def test_caused_base_form(sentence: str, published: str, expected: list[str]) -> None:
    """ "helped drag the FTSE 100 down 0.7%": a caused move is the session's, in any verb form."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSE_APPOSITIVE))
def test_close_appositive(sentence: str, published: str, expected: list[str]) -> None:
    """ "finished at session highs, up 1.3%": an appositive move after a closing verb."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHARED_CURRENCY_WORD))
def test_shared_currency_word(sentence: str, published: str, expected: list[str]) -> None:
    """A bare "the peso" is the peso of the country the sentence names; "euro zone" no euro."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_COUNTER))
def test_fronted_counter(sentence: str, published: str, expected: list[str]) -> None:
    """ "Against the euro, ..." names the counter currency for the sentence's currencies."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WITH_AT_LEVEL))
def test_with_at_level(sentence: str, published: str, expected: list[str]) -> None:
    """ "with the DAX at 18,500.2": a subject set at a figure in a "with" clause is a level."""
    assert extract(sentence, published) == expected


PERFECT_BASE_FORM: list[Row] = [
    ("Ether was trading at $3,310 on Friday, having shed about 6% since Monday.", "2024-06-14",
     ["ETH level none 2024-06-14 level=3310",
      "ETH period_change down 6 percent about 2024-06-14 since=2024-06-10"]),
]  # fmt: skip

EARLY_MOVE_UNDONE: list[Row] = [
    ("The VIX jumped to 38.2 in early trade on Tuesday before paring the spike.", "2024-08-06",
     ["VIX intraday_extreme up 2024-08-06 level=38.2"]),
]  # fmt: skip

ELLIPTICAL_WINDOW: list[Row] = [
    ("Stocks slid, with the DAX down 3.1% this week and the CAC 40 off 2.7%.", "2024-08-02",
     ["DAX period_change down 3.1 percent 2024-08-02 since=2024-07-29",
      "CAC40 period_change down 2.7 percent 2024-08-02 since=2024-07-29"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PERFECT_BASE_FORM))
def test_perfect_base_form(sentence: str, published: str, expected: list[str]) -> None:
    """ "having shed 6%": a participle after 'having' is no bare base form."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EARLY_MOVE_UNDONE))
def test_early_move_undone(sentence: str, published: str, expected: list[str]) -> None:
    """An early-trade move the sentence then says was pared is the day's extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ELLIPTICAL_WINDOW))
def test_elliptical_window(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., and the CAC 40 off 2.7%": an elliptical conjunct shares the window before it."""
    assert extract(sentence, published) == expected


UNMARKED_CROSSING: list[Row] = [
    ("The rupee hit 84 per dollar for the first time since 2022 on Thursday.", "2024-08-01",
     ["USDINR intraday_extreme down 2024-08-01 inverse level=84",
      "USDINR record down 2024-08-01 inverse level=84 since=2022-01-01"]),
    ("The onshore yuan broke through 7.3 per dollar for the first time since 2007.",
     "2023-09-08",
     ["USDCNY level down 2023-09-08 inverse level=7.3",
      "USDCNY record down 2023-09-08 inverse level=7.3 since=2007-01-01"]),
]  # fmt: skip

TRADE_AFTER_TURN: list[Row] = [
    ("The pound jumped as much as 1.5% to $1.29 before reversing to trade 0.4% lower at $1.266.",
     "2024-07-04",
     ["GBPUSD intraday_extreme up 1.5 percent as_much_as 2024-07-04 level=1.29",
      "GBPUSD intraday_change down 0.4 percent 2024-07-04 level=1.266"]),
    ("The lira sank 3% this week, and it's down another 0.8% today.", "2024-03-22",
     ["USDTRY period_change down 3 percent 2024-03-22 inverse since=2024-03-18",
      "USDTRY intraday_change down 0.8 percent 2024-03-22 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNMARKED_CROSSING))
def test_unmarked_crossing(sentence: str, published: str, expected: list[str]) -> None:
    """A quoted number crossed with no word for the way rose: for a quote currency, a fall."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TRADE_AFTER_TURN))
def test_trade_after_turn(sentence: str, published: str, expected: list[str]) -> None:
    """ "before reversing to trade 0.4% lower", "it's down 0.8%": states at the time of writing."""
    assert extract(sentence, published) == expected


OWNER_NAMED_LATER: list[Row] = [
    ("Thursday's 4% slump was the rand's steepest one-day fall since 2020.", "2024-06-14",
     ["USDZAR session_change down 4 percent 2024-06-13 inverse",
      "USDZAR biggest_move down 2024-06-13 inverse since=2020-01-01"]),
    ("Monday's 6% jump, the lira's best day since 2021, came after the vote.", "2024-06-12",
     ["USDTRY session_change up 6 percent 2024-06-10 inverse",
      "USDTRY biggest_move up 2024-06-10 inverse since=2021-01-01"]),
]  # fmt: skip

NOT_A_PRICE_SUBJECT: list[Row] = [
    ("The rand rallied, though the currency has lost 3% against the dollar since May.",
     "2024-06-14",
     ["USDZAR session_change up 2024-06-14 inverse",
      "USDZAR period_change down 3 percent 2024-06-14 inverse since=2024-05-01"]),
    ("Strategists see the rupee at 85 per dollar by March, though the currency has gained 1% "
     "this month.", "2024-06-14",
     ["USDINR period_change up 1 percent 2024-06-14 inverse since=2024-06-01"]),
    ("Implied volatility on the yen jumped 40% this week.", "2024-06-14", []),
    ("A fund tracking Brazilian stocks sank 5% in New York.", "2024-06-14", []),
]  # fmt: skip

QUALIFIED_FIGURE: list[Row] = [
    ("The Nikkei fell 2.1%, while the Topix shed a more modest 1.2%.", "2024-06-14",
     ["NIKKEI225 session_change down 2.1 percent 2024-06-14",
      "TOPIX session_change down 1.2 percent 2024-06-14"]),
]  # fmt: skip

CLOSE_AFTER_TURN: list[Row] = [
    ("The rand had recouped most of its losses by the close, ending at 18.9 per dollar, still "
     "1.2% weaker on the day.", "2024-06-14",
     ["USDZAR session_change down 1.2 percent 2024-06-14 inverse level=18.9"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OWNER_NAMED_LATER))
def test_owner_named_later(sentence: str, published: str, expected: list[str]) -> None:
    """ "Thursday's 4% slump was the rand's steepest fall": the owner after it, on that day."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NOT_A_PRICE_SUBJECT))
def test_not_a_price_subject(sentence: str, published: str, expected: list[str]) -> None:
    """A counter currency is no antecedent; volatility on, or a fund tracking, a market is not it."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(QUALIFIED_FIGURE))
def test_qualified_figure(sentence: str, published: str, expected: list[str]) -> None:
    """ "shed a more modest 1.2%": an adjective before the figure leaves it the size."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSE_AFTER_TURN))
def test_close_after_turn(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., still 1.2% weaker on the day" sizes the close; an unsized turn against it goes."""
    assert extract(sentence, published) == expected


LEVEL_LEFT: list[Row] = [
    ("The rand weakened past 19 per dollar in early trade before steadying at 18.85.",
     "2024-06-03",
     ["USDZAR intraday_extreme down 2024-06-03 inverse level=19",
      "USDZAR level none 2024-06-03 inverse level=18.85"]),
    ("The lira sank past 30 per dollar, before central bank sales helped it recover to 29.6.",
     "2024-06-03",
     ["USDTRY intraday_extreme down 2024-06-03 inverse level=30",
      "USDTRY level up 2024-06-03 inverse level=29.6"]),
    ("The pound slid to $1.21 within minutes before recovering to trade around $1.23.",
     "2024-06-03",
     ["GBPUSD intraday_extreme down 2024-06-03 level=1.21",
      "GBPUSD level up 2024-06-03 level=1.23"]),
]  # fmt: skip

CROSSED_AFTER_MOVE: list[Row] = [
    ("The yen jumped 2% to 141.5 per dollar, having briefly broken through 140 for the first "
     "time since July.", "2024-09-16",
     ["USDJPY session_change up 2 percent 2024-09-16 inverse level=141.5",
      "USDJPY intraday_extreme up 2024-09-16 inverse level=140",
      "USDJPY record up 2024-09-16 inverse level=140 since=2024-07-01"]),
    ("The franc extended its steady climb, firming as much as 1% to 0.84 per dollar.",
     "2024-09-16",
     ["USDCHF intraday_extreme up 1 percent as_much_as 2024-09-16 inverse level=0.84"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEVEL_LEFT))
def test_level_left(sentence: str, published: str, expected: list[str]) -> None:
    """A level passed, then left for another ('before steadying at', 'helped it recover to')."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CROSSED_AFTER_MOVE))
def test_crossed_after_move(sentence: str, published: str, expected: list[str]) -> None:
    """A figure crossed after a move goes that move's way; 'as much as' stays the peak."""
    assert extract(sentence, published) == expected


APPOSED_NOUN_AND_HALF_DAY: list[Row] = [
    ("The rand firmed to 17.6 per dollar at one point, a gain of about 3% in an hour.",
     "2024-06-03",
     ["USDZAR intraday_extreme up 3 percent about 2024-06-03 inverse level=17.6"]),
    ("Taiwan's Taiex ended the morning session 0.9% higher.", "2024-06-03",
     ["TAIEX intraday_change up 0.9 percent 2024-06-03"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(APPOSED_NOUN_AND_HALF_DAY))
def test_apposed_noun_and_half_day(sentence: str, published: str, expected: list[str]) -> None:
    """ ", a gain of about 3%" sizes the move just told; the morning session's end is intraday."""
    assert extract(sentence, published) == expected


WHOLE_NAME: list[Row] = [
    ("Milan's FTSE MIB rose 0.6%, and Spain's IBEX 35 added 0.4% on Tuesday.", "2024-06-11",
     ["FTSEMIB session_change up 0.6 percent 2024-06-11",
      "IBEX35 session_change up 0.4 percent 2024-06-11"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WHOLE_NAME))
def test_whole_name(sentence: str, published: str, expected: list[str]) -> None:
    """ "Spain's IBEX 35": a possessive alias inside a longer name of the same index spans it."""
    assert extract(sentence, published) == expected


DATED_OWNER_AFTER: list[Row] = [
    ("That followed a 3% drop in the DAX on Thursday and a 2.5% slide in the CAC 40.",
     "2024-08-05",
     ["DAX session_change down 3 percent 2024-08-01",
      "CAC40 session_change down 2.5 percent 2024-08-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DATED_OWNER_AFTER))
def test_dated_owner_after(sentence: str, published: str, expected: list[str]) -> None:
    """ "a 3% drop in the DAX on Thursday and a 2.5% slide in the CAC 40": that day, for both."""
    assert extract(sentence, published) == expected
