"""Claim parser rules for the measure of each claim and the scope of time phrases (blind dev
batch r19_1), spec by example in the format of tests/test_claims_examples.py (our own
wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

DATED_PROJECTIONS: list[Row] = [
    ("Silver was on course on Friday for a weekly gain of 5%.", "2024-03-15", []),
    ("The Kospi was on track in afternoon trade for a 2.1% weekly gain.", "2024-03-15", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DATED_PROJECTIONS))
def test_projection_with_time_words_inside(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "on track on Friday for a weekly gain of 4%": time words inside keep it a projection."""
    assert extract(sentence, published) == expected


CLOSES_OF_PLACES: list[Row] = [
    ("At the close in Tokyo and Seoul, the Nikkei and the Kospi were up 0.5% and 0.8%, "
     "respectively.", "2024-03-15",
     ["NIKKEI225 session_change up 0.5 percent 2024-03-15",
      "KOSPI session_change up 0.8 percent 2024-03-15"]),
    ("At the close in London, Paris and Frankfurt, the FTSE 100 was 0.2% higher.", "2024-03-15",
     ["FTSE100 session_change up 0.2 percent 2024-03-15"]),
    ("Copper was 1.1% lower at $8,650 a tonne at the London close on Thursday.", "2024-03-15",
     ["COPPER session_change down 1.1 percent 2024-03-14 level=8650"]),
    ("The euro was up 0.2% at $1.0890 at the New York close.", "2024-03-15",
     ["EURUSD session_change up 0.2 percent 2024-03-15 level=1.089"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSES_OF_PLACES))
def test_close_of_named_markets(sentence: str, published: str, expected: list[str]) -> None:
    """ "at the London close", "At the close in Frankfurt and Paris, ...": a state at a close."""
    assert extract(sentence, published) == expected


PLACED_PARTS_OF_DAY: list[Row] = [
    ("The yen firmed 0.4% to 148.10 per dollar in the European afternoon.", "2024-03-15",
     ["USDJPY intraday_change up 0.4 percent 2024-03-15 inverse level=148.1"]),
    ("The Australian dollar slipped 0.3% in the Asian morning on Friday.", "2024-03-15",
     ["AUDUSD intraday_change down 0.3 percent 2024-03-15"]),
    ("WTI settled 2% lower on Thursday and had lost another 30 cents by early Friday in Asian "
     "trade.", "2024-03-15",
     ["WTI session_change down 2 percent 2024-03-14",
      "WTI intraday_change down 0.3 points 2024-03-15"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PLACED_PARTS_OF_DAY))
def test_part_of_day_with_its_market(sentence: str, published: str, expected: list[str]) -> None:
    """ "in the Asian afternoon", "by early Friday in Asian trade": a state in the day."""
    assert extract(sentence, published) == expected


CLOSED_SESSIONS: list[Row] = [
    ("The Nasdaq ended a volatile session flat on Thursday.", "2024-03-15",
     ["NASDAQ session_change flat 2024-03-14"]),
    ("Gold finished a choppy day unchanged at $2,160.", "2024-03-15",
     ["GOLD session_change flat 2024-03-15 level=2160"]),
    ("Bund yields rose across the curve in early trading.", "2024-03-15",
     ["DE10Y intraday_change up 2024-03-15"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSED_SESSIONS))
def test_words_read_past_before_the_way(sentence: str, published: str, expected: list[str]) -> None:
    """ "ended a choppy session flat", "fell across the curve in late trading": words read past."""
    assert extract(sentence, published) == expected


LISTED_SIZED_STATES: list[Row] = [
    ("Stocks fell, with the DAX down 1.2% at 17,800, the CAC 40 0.9% lower and the FTSE MIB "
     "1.4% weaker.", "2024-03-15",
     ["DAX intraday_change down 1.2 percent 2024-03-15 level=17800",
      "CAC40 intraday_change down 0.9 percent 2024-03-15",
      "FTSEMIB intraday_change down 1.4 percent 2024-03-15"]),
    ("Treasury yields fell, with the two-year yield down 8 basis points at 4.20% and the 10-year "
     "6 bps lower.", "2024-03-15",
     ["US2Y intraday_change down 8 bp 2024-03-15 level=4.2",
      "US10Y intraday_change down 6 bp 2024-03-15"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LISTED_SIZED_STATES))
def test_later_item_of_with_list(sentence: str, published: str, expected: list[str]) -> None:
    """ "with A down 1.2%, B 0.9% lower and C ...": a later item's figure before its way is its state."""
    assert extract(sentence, published) == expected


STATE_PARTICIPLES: list[Row] = [
    ("The rupee was on the defensive on Wednesday, trading 0.2% weaker at 82.95 per dollar by "
     "0600 GMT.", "2024-03-13",
     ["USDINR intraday_change down 0.2 percent 2024-03-13 inverse level=82.95"]),
    ("Copper was under pressure in London, trading 1.3% lower at $8,420 a tonne.", "2024-03-13",
     ["COPPER intraday_change down 1.3 percent 2024-03-13 level=8420"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STATE_PARTICIPLES))
def test_state_participle_after_comma(sentence: str, published: str, expected: list[str]) -> None:
    """ "X was on the back foot, trading 0.3% lower": the participle's subject is the clause's."""
    assert extract(sentence, published) == expected


HOLDING_STATES: list[Row] = [
    ("The S&P 500 fell 0.6%, while the Nasdaq was holding 0.2% higher.", "2024-03-13",
     ["SPX session_change down 0.6 percent 2024-03-13",
      "NASDAQ intraday_change up 0.2 percent 2024-03-13"]),
    ("Silver was holding slightly lower in early trade.", "2024-03-13",
     ["SILVER intraday_change down 2024-03-13"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HOLDING_STATES))
def test_holding_a_way_is_a_state(sentence: str, published: str, expected: list[str]) -> None:
    """ "was holding slightly higher": a position at the time of writing, like "was up"."""
    assert extract(sentence, published) == expected


CAUSES_BETWEEN_VERBS: list[Row] = [
    ("The Nikkei opened 1.5% higher after the weak yen and ended up 0.9% at 38,700.",
     "2024-03-13",
     ["NIKKEI225 open_move up 1.5 percent 2024-03-13",
      "NIKKEI225 session_change up 0.9 percent 2024-03-13 level=38700"]),
    ("Gold traded near $2,150 for most of the day before rallying after the payrolls data to "
     "finish 1.2% higher at $2,178.", "2024-03-13",
     ["GOLD level none 2024-03-13 level=2150",
      "GOLD session_change up 1.2 percent 2024-03-13 level=2178"]),
    ("WTI jumped 3% after the OPEC+ announcement and settled 2.1% higher at $81.20 on Tuesday.",
     "2024-03-13",
     ["WTI intraday_extreme up 3 percent 2024-03-12",
      "WTI session_change up 2.1 percent 2024-03-12 level=81.2"]),
    ("The Nikkei fell 1% after the Bank of Japan raised rates and closed 0.5% lower.",
     "2024-03-13",
     ["NIKKEI225 session_change down 1 percent 2024-03-13"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSES_BETWEEN_VERBS))
def test_cause_noun_phrase_between_verbs(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "opened 2% lower after the scare and closed down 1.4%": a verbless cause opens no clause
    (a cause with a verb of its own still does)."""
    assert extract(sentence, published) == expected


TAKEN_BACK_THEN_CLOSED: list[Row] = [
    ("The Hang Seng recovered early losses to end Thursday 0.6% higher at 18,120.", "2024-06-13",
     ["HSI session_change up 0.6 percent 2024-06-13 level=18120"]),
    ("Gold recouped most of its early losses to settle 0.2% lower at $2,330.", "2024-06-13",
     ["GOLD session_change down 0.2 percent 2024-06-13 level=2330"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TAKEN_BACK_THEN_CLOSED))
def test_close_after_taking_back_a_move(sentence: str, published: str, expected: list[str]) -> None:
    """ "clawed back early losses to finish up 0.9%": the infinitive close is the subject's."""
    assert extract(sentence, published) == expected


NEGATED_THEN_PARTICIPLE: list[Row] = [
    ("The Nikkei sank 3% in the morning and never recovered, closing 2.6% down at 35,100.",
     "2024-06-13",
     ["NIKKEI225 intraday_extreme down 3 percent 2024-06-13",
      "NIKKEI225 session_change down 2.6 percent 2024-06-13 level=35100"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NEGATED_THEN_PARTICIPLE))
def test_participle_after_negated_verb(sentence: str, published: str, expected: list[str]) -> None:
    """ "and never recovered, closing down 9.7%": a verb not done opens no clause of its own."""
    assert extract(sentence, published) == expected


EARLIER_STATES: list[Row] = [
    ("Copper settled 0.5% higher on Wednesday, having been up 1.8% in Asian trade.",
     "2024-06-13",
     ["COPPER session_change up 0.5 percent 2024-06-12",
      "COPPER intraday_extreme up 1.8 percent 2024-06-12"]),
    ("The lira ended 0.8% weaker at 32.6 per dollar, having been 0.3% firmer in early trade.",
     "2024-06-13",
     ["USDTRY session_change down 0.8 percent 2024-06-13 inverse level=32.6",
      "USDTRY intraday_extreme up 0.3 percent 2024-06-13 inverse"]),
    ("The DAX closed 1.2% lower, having been down 0.8% at midday.", "2024-06-13",
     ["DAX session_change down 1.2 percent 2024-06-13",
      "DAX intraday_change down 0.8 percent 2024-06-13"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EARLIER_STATES))
def test_earlier_state_left_by_the_close(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "closed 1.3% firmer, having been 0.4% weaker in early trade": a state the close reversed
    or pared is the day's extreme (one the close went beyond stays a state)."""
    assert extract(sentence, published) == expected
