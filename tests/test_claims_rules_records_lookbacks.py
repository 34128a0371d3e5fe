"""Claim parser rules for records, biggest moves and look-back windows (blind dev batch r9_1), spec
by example in the format of tests/test_claims_examples.py (our own wire-style sentences, not
corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

SESSION_AS_OBJECT: list[Row] = [
    ("The Nikkei finished Tuesday's session up 1.4%.", "2024-06-05",
     ["NIKKEI225 session_change up 1.4 percent 2024-06-04"]),
    ("Brent ended Friday's trading session 2.1% lower.", "2024-06-10",
     ["BRENT session_change down 2.1 percent 2024-06-07"]),
]  # fmt: skip

YEARS_WINDOW: list[Row] = [
    ("The Nikkei doubled in three years.", "2024-06-05",
     ["NIKKEI225 period_change up 100 percent 2024-06-05 since=2021-06-05"]),
    ("Gold has gained 30% over the past two years.", "2024-06-05",
     ["GOLD period_change up 30 percent 2024-06-05 since=2022-06-05"]),
]  # fmt: skip

NOUN_WAS_BIGGEST: list[Row] = [
    ("The Nikkei's 1.4% gain on Tuesday was its biggest in a month.", "2024-06-05",
     ["NIKKEI225 session_change up 1.4 percent 2024-06-04",
      "NIKKEI225 biggest_move up 2024-06-04 since=2024-05-04"]),
    ("Brent's 4% drop was its steepest one-day fall since March.", "2024-06-05",
     ["BRENT session_change down 4 percent 2024-06-05",
      "BRENT biggest_move down 2024-06-05 since=2024-03-01"]),
]  # fmt: skip

PARED_PART: list[Row] = [
    ("The yen rose as far as 141.50 per dollar before paring some of the gain to trade around "
     "143.10.", "2024-08-06",
     ["USDJPY intraday_extreme up 2024-08-06 inverse level=141.5",
      "USDJPY level down 2024-08-06 inverse level=143.1"]),
]  # fmt: skip

UNSEEN_SINCE: list[Row] = [
    ("The dollar slid to 139.40 yen, a level unseen since July 2023.", "2024-08-06",
     ["USDJPY level down 2024-08-06 level=139.4",
      "USDJPY record down 2024-08-06 level=139.4 since=2023-07-01"]),
]  # fmt: skip

OF_A_YEAR: list[Row] = [
    ("Gold fell 2.3% on Monday, its biggest drop of 2021.", "2021-06-22",
     ["GOLD session_change down 2.3 percent 2021-06-21",
      "GOLD biggest_move down 2021-06-21 since=2021-01-01"]),
]  # fmt: skip

GAPPED_FLAT: list[Row] = [
    ("Stocks in Europe slipped 0.4% by midday, with France's CAC 40 down 0.6% and Spain's IBEX "
     "flat.", "2024-03-12",
     ["STOXX600 intraday_change down 0.4 percent 2024-03-12",
      "CAC40 intraday_change down 0.6 percent 2024-03-12",
      "IBEX35 intraday_change flat 2024-03-12"]),
]  # fmt: skip

DESCRIBED_INDEX: list[Row] = [
    ("South Korea's KOSPI benchmark index closed flat.", "2024-03-12",
     ["KOSPI session_change flat 2024-03-12"]),
]  # fmt: skip

CAUSED_PAIR: list[Row] = [
    ("The selloff in chipmakers pulled the Nasdaq down 2.4% and the S&P 500 down 1.1%.",
     "2024-07-19",
     ["NASDAQ session_change down 2.4 percent 2024-07-19",
      "SPX session_change down 1.1 percent 2024-07-19"]),
]  # fmt: skip

TREASURY_NOTES: list[Row] = [
    ("The yield on two-year U.S. Treasury notes rose 5 basis points to 4.72%.", "2024-05-02",
     ["US2Y session_change up 5 bp 2024-05-02 level=4.72"]),
]  # fmt: skip

HEDGED_PARTICIPLE: list[Row] = [
    ("Silver topped $32 an ounce on Thursday, having nearly doubled since the start of the year.",
     "2024-12-12",
     ["SILVER level up 2024-12-12 level=32",
      "SILVER period_change up 100 percent almost 2024-12-12 since=2024-01-01"]),
]  # fmt: skip

TURN_AFTER_RECORD: list[Row] = [
    ("Brent hit $92 on Thursday, its highest since November, before reversing course to settle "
     "1.2% lower.", "2024-04-11",
     ["BRENT intraday_extreme up 2024-04-11 level=92",
      "BRENT record up 2024-04-11 level=92 since=2023-11-01",
      "BRENT session_change down 1.2 percent 2024-04-11"]),
]  # fmt: skip

EACH_STATE: list[Row] = [
    ("The Polish zloty and the Swedish crown were each about 0.3% weaker against the dollar.",
     "2024-04-11",
     ["USDPLN intraday_change down 0.3 percent about 2024-04-11 inverse",
      "USDSEK intraday_change down 0.3 percent about 2024-04-11 inverse"]),
]  # fmt: skip

CENTURY_ANCHOR: list[Row] = [
    ("The FTSE 100 slumped 7.6% on Monday, its worst day in more than a quarter of a century.",
     "2020-03-10",
     ["FTSE100 session_change down 7.6 percent 2020-03-09",
      "FTSE100 biggest_move down 2020-03-09 since=1995-03-09"]),
]  # fmt: skip

DATED_NOUN_NOT_UNDONE: list[Row] = [
    ("The rand hit a record low of 19.90 per dollar on Tuesday, extending Monday's 3% slide, "
     "before recovering some ground.", "2023-05-30",
     ["USDZAR intraday_extreme down 2023-05-30 inverse level=19.9",
      "USDZAR record down 2023-05-30 inverse level=19.9",
      "USDZAR session_change down 3 percent 2023-05-29 inverse"]),
]  # fmt: skip

DESCRIBED_ALIAS: list[Row] = [
    ("The peso firmed 0.5%, while the IPC share index closed 1.2% higher.", "2024-06-05",
     ["USDMXN session_change up 0.5 percent 2024-06-05 inverse",
      "IPC session_change up 1.2 percent 2024-06-05"]),
]  # fmt: skip

FIRST_BELOW_ZERO: list[Row] = [
    ("WTI settled at minus $1.20 a barrel, its first-ever settlement below zero.", "2020-04-22",
     ["WTI level none 2020-04-22 level=-1.2",
      "WTI record down 2020-04-22 level=-1.2"]),
    ("WTI settled at minus $1.20 a barrel, down $3.10, the first time the contract had ever "
     "closed below zero.", "2020-04-22",
     ["WTI session_change down 3.1 points 2020-04-22 level=-1.2",
      "WTI record down 2020-04-22 level=-1.2"]),
]  # fmt: skip

MAIN_CLAUSE_PARTICIPLE: list[Row] = [
    ("The Norwegian crown weakened 0.6% against the dollar, as Brent fell, after touching its "
     "strongest in two months earlier in the day.", "2024-03-05",
     ["USDNOK session_change down 0.6 percent 2024-03-05 inverse",
      "BRENT session_change down 2024-03-05",
      "USDNOK record up 2024-03-05 inverse since=2024-01-05"]),
]  # fmt: skip

ESSENTIALLY_FLAT: list[Row] = [
    ("The Dow slipped 0.3%, while the S&P 500 finished essentially flat.", "2024-06-12",
     ["DJIA session_change down 0.3 percent 2024-06-12",
      "SPX session_change flat 2024-06-12"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SESSION_AS_OBJECT))
def test_session_as_object(sentence: str, published: str, expected: list[str]) -> None:
    """ "finished Tuesday's session up 1.4%": the session a close verb ends dates the move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(YEARS_WINDOW))
def test_years_window(sentence: str, published: str, expected: list[str]) -> None:
    """ "in three years", "over the past two years": a window of that many years."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NOUN_WAS_BIGGEST))
def test_noun_was_biggest(sentence: str, published: str, expected: list[str]) -> None:
    """ "X's 1.4% gain on Tuesday was its biggest in a month": the sized move and a biggest move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARED_PART))
def test_pared_part_of_gain(sentence: str, published: str, expected: list[str]) -> None:
    """ "paring some of the gain to trade around X": a level on the way back."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNSEEN_SINCE))
def test_level_unseen_since(sentence: str, published: str, expected: list[str]) -> None:
    """ "a level unseen since July 2023": a record since then, at the level reached."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OF_A_YEAR))
def test_biggest_of_a_year(sentence: str, published: str, expected: list[str]) -> None:
    """ "its biggest drop of 2021": a biggest move since that year began."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GAPPED_FLAT))
def test_gapped_flat(sentence: str, published: str, expected: list[str]) -> None:
    """ "and Spain's IBEX flat": a gapped clause with no size is a flat claim, same measure."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DESCRIBED_INDEX))
def test_described_index(sentence: str, published: str, expected: list[str]) -> None:
    """ "the KOSPI benchmark index": a descriptor before "index" stays in the index's name."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSED_PAIR))
def test_caused_pair(sentence: str, published: str, expected: list[str]) -> None:
    """ "pulled A down 2.4% and B down 1.1%": the second object's state is caused too, a close."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TREASURY_NOTES))
def test_treasury_notes(sentence: str, published: str, expected: list[str]) -> None:
    """ "the yield on two-year U.S. Treasury notes": the noun after "Treasury" is in the name."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HEDGED_PARTICIPLE))
def test_hedged_participle(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., having nearly tripled since ...": a hedge before the participle carries the subject."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TURN_AFTER_RECORD))
def test_turn_after_record(sentence: str, published: str, expected: list[str]) -> None:
    """ "hit $92, its highest since November, before ... to settle lower": the same subject."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EACH_STATE))
def test_each_state(sentence: str, published: str, expected: list[str]) -> None:
    """ "A and B were each about 0.3% weaker": "each" leaves the state to both subjects."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CENTURY_ANCHOR))
def test_century_anchor(sentence: str, published: str, expected: list[str]) -> None:
    """ "in more than a quarter of a century": a look-back of 25 years."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DATED_NOUN_NOT_UNDONE))
def test_dated_noun_not_undone(sentence: str, published: str, expected: list[str]) -> None:
    """ "extending Monday's 3% slide, before recovering": the dated move is not what is undone."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DESCRIBED_ALIAS))
def test_described_alias(sentence: str, published: str, expected: list[str]) -> None:
    """ "the IPC share index": a descriptor inside an "X index" alias names the same index."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FIRST_BELOW_ZERO))
def test_first_below_zero(sentence: str, published: str, expected: list[str]) -> None:
    """ "its first-ever settlement below zero": an all-time low at the level stated."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MAIN_CLAUSE_PARTICIPLE))
def test_main_clause_participle(sentence: str, published: str, expected: list[str]) -> None:
    """ "X weakened, as Brent fell, after touching its strongest": the set-off words are X's."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ESSENTIALLY_FLAT))
def test_essentially_flat(sentence: str, published: str, expected: list[str]) -> None:
    """ "finished essentially flat": a flat close, whatever the softening adverb."""
    assert extract(sentence, published) == expected
