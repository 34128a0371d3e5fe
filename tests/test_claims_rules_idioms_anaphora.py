"""Claim parser rules for movement idioms, hedges and anaphora, spec by example in
the format of tests/test_claims_examples.py (our own wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

TO_CLOSE: list[Row] = [
    ("The Nikkei wiped out early losses to end 0.5% higher on Wednesday.", "2024-03-13",
     ["NIKKEI225 session_change up 0.5 percent 2024-03-13"]),
    ("Gold rose as much as 1% in Asian trade before it changed direction to settle 0.4% lower.",
     "2024-05-20",
     ["GOLD intraday_extreme up 1 percent as_much_as 2024-05-20",
      "GOLD session_change down 0.4 percent 2024-05-20"]),
    ("The FTSE 100 is expected to close 0.5% lower.", "2024-05-20", []),
]  # fmt: skip

MIDDAY_BREAK: list[Row] = [
    ("Hong Kong's Hang Seng index gained 1.2% by the lunch break.", "2024-05-02",
     ["HSI intraday_change up 1.2 percent 2024-05-02"]),
]  # fmt: skip

PREVIOUS_SESSION_NOUN: list[Row] = [
    ("The CAC 40 fell 0.7% on Thursday, erasing the previous session's 0.9% gain as euro "
     "area lenders slid.", "2024-05-16",
     ["CAC40 session_change down 0.7 percent 2024-05-16",
      "CAC40 session_change up 0.9 percent 2024-05-15"]),
    ("Taiwan's main index clawed back 2.1% on Friday.", "2024-08-09",
     ["TAIEX session_change up 2.1 percent 2024-08-09"]),
]  # fmt: skip

BY_THEN: list[Row] = [
    ("Brent was down 1.1% at 10:15 a.m. ET, while WTI had shed 1.4%.", "2024-07-09",
     ["BRENT intraday_change down 1.1 percent 2024-07-09",
      "WTI intraday_change down 1.4 percent 2024-07-09"]),
    ("The Kospi was up 0.5% at 0300 GMT, and the Nikkei had closed 0.8% higher.", "2024-07-09",
     ["KOSPI intraday_change up 0.5 percent 2024-07-09",
      "NIKKEI225 session_change up 0.8 percent 2024-07-09"]),
    ("The DAX closed up 0.6%, reclaiming ground lost earlier in the month.", "2024-07-09",
     ["DAX session_change up 0.6 percent 2024-07-09"]),
]  # fmt: skip

LEAVING: list[Row] = [
    ("The Nikkei fell 1.9% on Friday, leaving the index 3.4% lower for the week.", "2024-08-02",
     ["NIKKEI225 session_change down 1.9 percent 2024-08-02",
      "NIKKEI225 period_change down 3.4 percent 2024-08-02 since=2024-07-29"]),
]  # fmt: skip

FROM_DATED_RECORD: list[Row] = [
    ("The Nasdaq has lost about 15% from its Nov. 19 record close.", "2025-03-10",
     ["NASDAQ period_change down 15 percent about 2025-03-10 since=2024-11-19",
      "NASDAQ record up 2024-11-19"]),
]  # fmt: skip

ANAPHORIC_RECORDS: list[Row] = [
    ("The Hang Seng rose 1.5% on Friday, with the gauge notching its highest close in six months.",
     "2024-05-17",
     ["HSI session_change up 1.5 percent 2024-05-17",
      "HSI record up 2024-05-17 since=2023-11-17"]),
    ("The Kospi slid 1.1% to 2,560.3 (its worst close in two months) on Tuesday.", "2024-06-04",
     ["KOSPI session_change down 1.1 percent 2024-06-04 level=2560.3",
      "KOSPI record down 2024-06-04 level=2560.3 since=2024-04-04"]),
    ("The DAX rose 0.4% and the CAC 40 added 0.6%, with both indexes closing at record highs.",
     "2024-05-15",
     ["DAX session_change up 0.4 percent 2024-05-15",
      "CAC40 session_change up 0.6 percent 2024-05-15",
      "DAX record up 2024-05-15",
      "CAC40 record up 2024-05-15"]),
]  # fmt: skip

FRONTED_TIMES: list[Row] = [
    ("At one point the Nasdaq was down 3.1%.", "2024-08-05",
     ["NASDAQ intraday_extreme down 3.1 percent 2024-08-05"]),
    ("At the open on Monday, the FTSE 100 was up 0.4%.", "2024-08-12",
     ["FTSE100 open_move up 0.4 percent 2024-08-12"]),
    ("Over the month, gold gained 4.2%.", "2024-07-31",
     ["GOLD period_change up 4.2 percent 2024-07-31 since=2024-07-01"]),
    ("The S&P 500 finished 0.9% higher at the bell.", "2024-07-31",
     ["SPX session_change up 0.9 percent 2024-07-31"]),
]  # fmt: skip

TO_TRADE_AND_MODIFIED_SIZES: list[Row] = [
    ("Brent rose as much as 3% on Tuesday, then gave back most of the gain to trade 0.5% higher.",
     "2024-10-01",
     ["BRENT intraday_extreme up 3 percent as_much_as 2024-10-01",
      "BRENT intraday_change up 0.5 percent 2024-10-01"]),
    ("Ether slid as much as 8% before trimming losses to trade 2.5% lower at $2,310.", "2024-08-05",
     ["ETH intraday_extreme down 8 percent as_much_as 2024-08-05",
      "ETH intraday_change down 2.5 percent 2024-08-05 level=2310"]),
    ("The Nikkei fell 2%, and the Topix dropped a more modest 1.1%.", "2024-10-01",
     ["NIKKEI225 session_change down 2 percent 2024-10-01",
      "TOPIX session_change down 1.1 percent 2024-10-01"]),
]  # fmt: skip

PARED_AND_NEGATED: list[Row] = [
    ("The Nikkei sank 4.1% in the first hour of trading but closed down only 1.2%.", "2024-08-02",
     ["NIKKEI225 intraday_extreme down 4.1 percent 2024-08-02",
      "NIKKEI225 session_change down 1.2 percent 2024-08-02"]),
    ("Silver was not immune, sliding as much as 3% before steadying.", "2024-08-02",
     ["SILVER intraday_extreme down 3 percent as_much_as 2024-08-02"]),
    ("Implied volatility on the yen has doubled this month.", "2024-08-02", []),
]  # fmt: skip

UNLISTED_CONTRACTS_AND_FLAT_CLOSES: list[Row] = [
    ("Brent fell 0.8% to $78.10 a barrel, and lumber futures lost 1.3%.", "2024-09-03",
     ["BRENT session_change down 0.8 percent 2024-09-03 level=78.1"]),
    ("Gold rose 0.5%, while platinum ended flat at $951 an ounce.", "2024-09-03",
     ["GOLD session_change up 0.5 percent 2024-09-03",
      "PLATINUM session_change flat 2024-09-03 level=951"]),
]  # fmt: skip

CLOSE_OF_ANAPHOR: list[Row] = [
    ("The FTSE 100 fell 1.2% on Friday, and the index's close was its lowest since April.",
     "2024-08-02",
     ["FTSE100 session_change down 1.2 percent 2024-08-02",
      "FTSE100 record down 2024-08-02 since=2024-04-01"]),
]  # fmt: skip

RESULT_CLAUSE: list[Row] = [
    ("The Nasdaq added 0.2% on Thursday, enough for the index to post a record close.",
     "2024-07-11",
     ["NASDAQ session_change up 0.2 percent 2024-07-11",
      "NASDAQ record up 2024-07-11"]),
    ("The Nasdaq must rally 2% for the index to post a record close.", "2024-07-11", []),
]  # fmt: skip

UNSIZED_PARING: list[Row] = [
    ("The DAX trimmed losses in the afternoon but still closed 0.9% down.", "2024-04-17",
     ["DAX session_change down 0.9 percent 2024-04-17"]),
]  # fmt: skip

STREAKS: list[Row] = [
    ("The VIX rose to 21.3 after it had fallen for five consecutive sessions.", "2024-04-15",
     ["VIX level up 2024-04-15 level=21.3"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TO_CLOSE))
def test_to_close_takes_its_clause_subject(
    sentence: str, published: str, expected: list[str]
) -> None:
    """'X erased gains to close 0.8% lower': the infinitive's subject is its clause's subject."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MIDDAY_BREAK))
def test_midday_break_is_intraday(sentence: str, published: str, expected: list[str]) -> None:
    """'by the midday break' / 'by the lunch break' is a state at the time of writing."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PREVIOUS_SESSION_NOUN))
def test_previous_session_noun(sentence: str, published: str, expected: list[str]) -> None:
    """'the previous session's 0.9% gain' is dated a session back; 'euro area' is no currency;
    'clawed back 2.1%' is a sized rise."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BY_THEN))
def test_pluperfect_joined_to_a_state(sentence: str, published: str, expected: list[str]) -> None:
    """'..., while WTI had shed 1.4%' after a state at a clock time is that state too (not a
    close); 'ground lost earlier' is a participle on a noun, no move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEAVING))
def test_leaving_object_sized(sentence: str, published: str, expected: list[str]) -> None:
    """'leaving the index 3.4% lower for the week' is a claim on the object."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FROM_DATED_RECORD))
def test_from_a_dated_record(sentence: str, published: str, expected: list[str]) -> None:
    """'lost 15% from its Nov. 19 record close': a move since that day, and that day's record."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ANAPHORIC_RECORDS))
def test_records_on_anaphors(sentence: str, published: str, expected: list[str]) -> None:
    """'the gauge notching its highest close', '(its worst close in two months)' and 'both
    indexes closing at record highs' are records on the instruments named before."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_TIMES))
def test_fronted_times(sentence: str, published: str, expected: list[str]) -> None:
    """Fronted 'At one point', 'At the open', 'Over the month' set the measure; a closing verb
    'at the bell' is the closing bell."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TO_TRADE_AND_MODIFIED_SIZES))
def test_to_trade_and_modified_sizes(sentence: str, published: str, expected: list[str]) -> None:
    """'then gave back most of the gain to trade 0.5% higher' is a state on the same subject;
    'a more modest 1.1%' is a size."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARED_AND_NEGATED))
def test_pared_at_close_and_negation(sentence: str, published: str, expected: list[str]) -> None:
    """An early state the close shrank is the day's extreme; 'not' in the main clause leaves a
    participle after the comma alone; volatility on a currency is not its price."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"), _cases(UNLISTED_CONTRACTS_AND_FLAT_CLOSES)
)
def test_unlisted_contracts_and_flat_closes(
    sentence: str, published: str, expected: list[str]
) -> None:
    """'lumber futures' names a contract the registry lacks (no anaphor); 'ended flat at $951'
    is the close, with its level."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSE_OF_ANAPHOR))
def test_close_of_an_anaphor(sentence: str, published: str, expected: list[str]) -> None:
    """'the index's close was its lowest since April' is a record on the index."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RESULT_CLAUSE))
def test_enough_for_a_record(sentence: str, published: str, expected: list[str]) -> None:
    """'enough for the index to post a record close' says it did; a condition does not."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNSIZED_PARING))
def test_unsized_paring_is_no_claim(sentence: str, published: str, expected: list[str]) -> None:
    """'pared losses' with no size is a change within the session, not a claim."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STREAKS))
def test_counted_streak_is_no_day_move(sentence: str, published: str, expected: list[str]) -> None:
    """An unsized move 'for five consecutive sessions' spans several sessions: no claim."""
    assert extract(sentence, published) == expected
