"""Claim parser rules found by probes that rewrite correctly parsed corpus sentences (so that
their measure must change, or joined two by two), spec by example in the format of
tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

BRIEFLY_SIZED: list[Row] = [
    ("Brazil's Bovespa briefly plunged 9.2% on Thursday before circuit breakers halted trade.",
     "2020-03-12", ["BOVESPA intraday_extreme down 9.2 percent 2020-03-12"]),
    ("Brent at one point jumped 5% to $85.10 a barrel before paring the gain.", "2023-10-09",
     ["BRENT intraday_extreme up 5 percent 2023-10-09 level=85.1"]),
    ("The yen briefly strengthened 1.2% to 141.70 per dollar on Monday.", "2024-08-05",
     ["USDJPY intraday_extreme up 1.2 percent 2024-08-05 inverse level=141.7"]),
    ("The FTSE 100 and the DAX both briefly slipped 0.4% on Friday.", "2024-03-08",
     ["FTSE100 intraday_extreme down 0.4 percent 2024-03-08",
      "DAX intraday_extreme down 0.4 percent 2024-03-08"]),
    ("The FTSE 100 slipped 0.4% on Friday.", "2024-03-08",
     ["FTSE100 session_change down 0.4 percent 2024-03-08"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BRIEFLY_SIZED))
def test_briefly_before_a_sized_move(sentence: str, published: str, expected: list[str]) -> None:
    """ "briefly plunged 9.2%", "at one point jumped 5%": a sized move marked brief is the day's extreme."""
    assert extract(sentence, published) == expected


COMPARED_DAY: list[Row] = [
    ("The rouble was a touch weaker than on Tuesday, while gold rose 0.8% to $2,029.",
     "2024-03-06", ["USDRUB intraday_change down 2024-03-06 inverse",
                   "GOLD session_change up 0.8 percent 2024-03-06 level=2029"]),
    ("The rupee ended slightly firmer than on Monday, and the dollar index was up 0.1% at 103.62.",
     "2024-03-06", ["USDINR session_change up 2024-03-06 inverse",
                   "DXY intraday_change up 0.1 percent 2024-03-06 level=103.62"]),
    ("Oil fell 2% on Tuesday, while gold rose 0.8% to $2,029.", "2024-03-06",
     ["BRENT session_change down 2 percent 2024-03-05",
      "GOLD session_change up 0.8 percent 2024-03-05 level=2029"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COMPARED_DAY))
def test_compared_day_dates_no_other_clause(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "weaker than on Tuesday, while gold rose": a day named only for comparison dates no clause."""
    assert extract(sentence, published) == expected


OBJECT_THEN_CLAUSE: list[Row] = [
    ("Importers rushed to buy dollars, and the Nikkei fell 1.2%.", "2024-03-08",
     ["NIKKEI225 session_change down 1.2 percent 2024-03-08"]),
    ("Investors piled into gold, and the Nikkei fell 1.2%.", "2024-03-08",
     ["NIKKEI225 session_change down 1.2 percent 2024-03-08"]),
    ("The Dow dropped 2.4% on the collapse in crude, and the S&P 500 rose 1%.", "2020-04-20",
     ["DJIA session_change down 2.4 percent 2020-04-20",
      "SPX session_change up 1 percent 2020-04-20"]),
    ("Gold and the Nikkei fell 1.2% and 2%, respectively.", "2024-03-08",
     ["GOLD session_change down 1.2 percent 2024-03-08",
      "NIKKEI225 session_change down 2 percent 2024-03-08"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OBJECT_THEN_CLAUSE))
def test_an_object_is_not_a_coordinated_subject(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "rushed to buy dollars, and the Nikkei fell": the object before "and" is not a subject."""
    assert extract(sentence, published) == expected


NEW_NAME_BEFORE: list[Row] = [
    ("Brent jumped 6.3% to $84.93 a barrel, and UBS shares swung wildly before closing up 1.3%.",
     "2023-03-20", ["BRENT session_change up 6.3 percent 2023-03-20 level=84.93"]),
    ("Brent swung between gains and losses before settling 0.3% higher.", "2023-03-20",
     ["BRENT session_change up 0.3 percent 2023-03-20"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NEW_NAME_BEFORE))
def test_a_named_clause_keeps_its_participle(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "..., and UBS shares swung before closing up 1.3%": the close is the shares', not Brent's."""
    assert extract(sentence, published) == expected


TRANSITIONS: list[Row] = [
    ("Meanwhile, against the euro, the rouble slid almost 4% on Wednesday to 113.9.",
     "2022-06-29", ["EURRUB session_change down 4 percent almost 2022-06-29 inverse level=113.9"]),
    ("Elsewhere in Asia, at 2,650.3, Seoul's Kospi was up 1.2% on the day.", "2024-03-08",
     ["KOSPI intraday_change up 1.2 percent 2024-03-08 level=2650.3"]),
    ("In other markets, for the first time ever, gold topped $3,000 an ounce on Friday.",
     "2025-03-14", ["GOLD record up 2025-03-14 level=3000", "GOLD level up 2025-03-14 level=3000"]),
    ("But the yen fell 0.5% against the dollar.", "2024-03-08",
     ["USDJPY session_change down 0.5 percent 2024-03-08 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TRANSITIONS))
def test_a_transition_before_a_fronted_phrase(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Meanwhile, against the euro, the rouble slid": the fronted phrase still leads its clause."""
    assert extract(sentence, published) == expected


FRONTED_DAY_AFTERTHOUGHT: list[Row] = [
    ("On Thursday, the ruble fell to a record low of 120 per dollar before recovering some ground.",
     "2022-03-11", ["USDRUB intraday_extreme down 2022-03-10 inverse level=120",
                    "USDRUB record down 2022-03-10 inverse level=120"]),
    ("On Monday, the yen weakened past 160 per dollar before rebounding sharply.", "2024-04-30",
     ["USDJPY intraday_extreme down 2024-04-29 inverse level=160"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_DAY_AFTERTHOUGHT))
def test_a_fronted_day_keeps_the_afterthought_unclaimed(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "On Thursday, X fell ... before recovering some ground": the vague turn stays unclaimed."""
    assert extract(sentence, published) == expected


CAUSED_PAIR: list[Row] = [
    ("Apple shares fell 4%, dragging the Nasdaq and the Nikkei share average down 0.9% and 0.6%, "
     "respectively.", "2024-03-08",
     ["NASDAQ session_change down 0.9 percent 2024-03-08",
      "NIKKEI225 session_change down 0.6 percent 2024-03-08"]),
    ("A windfall tax on lenders sent the FTSE MIB and Germany's export-heavy DAX down 2.1% and "
     "1.4%, respectively.", "2023-08-08",
     ["FTSEMIB session_change down 2.1 percent 2023-08-08",
      "DAX session_change down 1.4 percent 2023-08-08"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSED_PAIR))
def test_a_caused_state_over_long_names(sentence: str, published: str, expected: list[str]) -> None:
    """ "dragging the Nasdaq and the Nikkei share average down 0.9% and 0.6%": session moves."""
    assert extract(sentence, published) == expected


TURN_ON_ANOTHER_DAY: list[Row] = [
    ("The rouble gained 2% on Wednesday before weakening again on Thursday.", "2024-03-08",
     ["USDRUB session_change up 2 percent 2024-03-06 inverse",
      "USDRUB session_change down 2024-03-07 inverse"]),
    ("The rouble gained 2% on Thursday before weakening again.", "2024-03-08",
     ["USDRUB intraday_extreme up 2 percent 2024-03-07 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TURN_ON_ANOTHER_DAY))
def test_a_turn_on_another_day_undoes_nothing(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "gained 2% on Wednesday before weakening on Thursday": Wednesday's gain is its close."""
    assert extract(sentence, published) == expected


AWAY_FROM_RECORD: list[Row] = [
    ("Japan's Nikkei share average ended down 0.2% at 39,688.94, retreating from Thursday's"
     " record close.", "2024-03-08",
     ["NIKKEI225 session_change down 0.2 percent 2024-03-08 level=39688.9",
      "NIKKEI225 record up 2024-03-07"]),
    ("The Nikkei pulled back 0.2% from Thursday's record close.", "2024-03-08",
     ["NIKKEI225 session_change down 0.2 percent 2024-03-08", "NIKKEI225 record up 2024-03-07"]),
    ("Brent backed off 1% to $81.50 a barrel.", "2024-03-08",
     ["BRENT session_change down 1 percent 2024-03-08 level=81.5"]),
    ("Palladium slipped from Thursday's record low.", "2024-03-08",
     ["PALLADIUM session_change down 2024-03-08", "PALLADIUM record down 2024-03-07"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(AWAY_FROM_RECORD))
def test_a_move_away_from_a_record(sentence: str, published: str, expected: list[str]) -> None:
    """ "retreating from Thursday's record close": a record that names no way is the one the
    move left (a high for a fall); "pulled back" and "backed off" are falls."""
    assert extract(sentence, published) == expected


WAY_AFTER: list[Row] = [
    ("The Kospi marched 1.4% higher.", "2024-03-08", ["KOSPI session_change up 1.4 percent 2024-03-08"]),
    ("Gold powered 2% higher to $2,180 an ounce.", "2024-03-08",
     ["GOLD session_change up 2 percent 2024-03-08 level=2180"]),
    ("Analysts expected 2% higher prices for Brent.", "2024-03-08", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WAY_AFTER))
def test_an_unlisted_verb_with_a_sized_way_word(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "marched 1.4% higher": any past-tense verb before a size and a way word moves that way."""
    assert extract(sentence, published) == expected


NOUN_LOOKBACK: list[Row] = [
    ("The Hang Seng rose 2.5% on Friday, capping its first weekly gain in four weeks, and Brent"
     " rose 1.8%.", "2023-11-03",
     ["HSI session_change up 2.5 percent 2023-11-03", "BRENT session_change up 1.8 percent 2023-11-03"]),
    ("In four sessions, the Hang Seng has gained 8%, and Brent rose 1.8%.", "2023-11-03",
     ["HSI period_change up 8 percent 2023-11-03 since=2023-10-31",
      "BRENT period_change up 1.8 percent 2023-11-03 since=2023-10-31"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NOUN_LOOKBACK))
def test_a_move_nouns_look_back_dates_no_later_clause(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "its first weekly gain in four weeks, and Brent rose": the look-back belongs to the noun
    (a fronted "In four sessions," still opens both clauses)."""
    assert extract(sentence, published) == expected


PARED_RECORD: list[Row] = [
    ("The ruble gained 2.1% against the dollar, paring its record slide a day earlier.",
     "2022-02-25", ["USDRUB session_change up 2.1 percent 2022-02-25 inverse",
                    "USDRUB biggest_move down 2022-02-24 inverse"]),
    ("The ruble gained 2.1% against the dollar, paring Thursday's record slide.", "2022-02-25",
     ["USDRUB session_change up 2.1 percent 2022-02-25 inverse",
      "USDRUB biggest_move down 2022-02-24 inverse"]),
    ("The Dow rose 1%, paring an early 2% gain.", "2022-02-25",
     ["DJIA session_change up 1 percent 2022-02-25", "DJIA intraday_extreme up 2 percent 2022-02-25"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARED_RECORD))
def test_a_record_move_pared_is_still_a_record(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "paring Thursday's record slide": the record move named after "paring" is that day's
    biggest move, owned by the subject that pared it."""
    assert extract(sentence, published) == expected


DOLLAR_GAUGE: list[Row] = [
    ("The dollar index rose 0.5% to 98.7, its highest since May 2020, and the gauge is up 2%"
     " this week.", "2022-03-04",
     ["DXY session_change up 0.5 percent 2022-03-04 level=98.7",
      "DXY record up 2022-03-04 level=98.7 since=2020-05-01",
      "DXY period_change up 2 percent 2022-03-04 since=2022-02-28"]),
    ("The euro fell 0.5%, and the index rose 1%.", "2022-03-04",
     ["EURUSD session_change down 0.5 percent 2022-03-04"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DOLLAR_GAUGE))
def test_the_gauge_can_be_the_dollar_index(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "the gauge" or "the index" may point back to the dollar index (a basket the field calls
    an index), never to a currency pair."""
    assert extract(sentence, published) == expected


DESCRIBED_INDEX: list[Row] = [
    ("The Hang Seng dropped 2.5% to 21,905, with the gauge of Chinese tech stocks down 4%.",
     "2022-03-04", ["HSI session_change down 2.5 percent 2022-03-04 level=21905"]),
    ("The Hang Seng dropped 2.5% to 21,905, and the index is down 8% this week.", "2022-03-04",
     ["HSI session_change down 2.5 percent 2022-03-04 level=21905",
      "HSI period_change down 8 percent 2022-03-04 since=2022-02-28"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DESCRIBED_INDEX))
def test_a_described_gauge_is_not_an_anaphor(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "the gauge of Chinese tech stocks" describes another index; it does not point back to
    the Hang Seng ("the index" alone still does)."""
    assert extract(sentence, published) == expected
