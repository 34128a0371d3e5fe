"""Claim parser rules for subjects, appositives, tenors and currency words (blind dev batches r10_1
and r10_2), spec by example in the format of tests/test_claims_examples.py (our own wire-style
sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

STATE_THEN_MOVE: list[Row] = [
    ("The yen was flat at 156.40 per dollar in Asian trading, while the Australian dollar"
     " slipped 0.3% to $0.6610.", "2024-05-14",
     ["USDJPY intraday_change flat 2024-05-14 inverse level=156.4",
      "AUDUSD session_change down 0.3 percent 2024-05-14 level=0.661"]),
    ("The Nikkei was up 0.5% at the lunch break, while the Topix gained 0.3%.", "2024-05-14",
     ["NIKKEI225 intraday_change up 0.5 percent 2024-05-14",
      "TOPIX session_change up 0.3 percent 2024-05-14"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STATE_THEN_MOVE))
def test_state_in_the_day_lends_no_time(sentence: str, published: str, expected: list[str]) -> None:
    """ "A was flat in Asian trading, while B slipped 0.3%": only a move shares its part of day."""
    assert extract(sentence, published) == expected


US_CENTS: list[Row] = [
    ("The Australian dollar fell 0.8 U.S. cents to $0.5940 on Wednesday.", "2024-08-07",
     ["AUDUSD session_change down 0.008 points 2024-08-07 level=0.594"]),
    ("The Australian dollar added half a U.S. cent to $0.6540.", "2024-08-07",
     ["AUDUSD session_change up 0.005 points 2024-08-07 level=0.654"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(US_CENTS))
def test_us_cents_are_cents(sentence: str, published: str, expected: list[str]) -> None:
    """ "sank 1.5 U.S. cents", "shed half a U.S. cent": hundredths of the quote currency."""
    assert extract(sentence, published) == expected


LONG_APPOSITIVE: list[Row] = [
    ("The Nasdaq, heavy with the chipmakers that led last year's rally in technology shares,"
     " fell 1.2% on Wednesday.", "2024-08-07",
     ["NASDAQ session_change down 1.2 percent 2024-08-07"]),
    ("The Australian dollar, often seen as a barometer of Chinese demand for raw materials,"
     " slid 0.6% to $0.6480.", "2024-08-07",
     ["AUDUSD session_change down 0.6 percent 2024-08-07 level=0.648"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LONG_APPOSITIVE))
def test_long_appositive_keeps_subject(sentence: str, published: str, expected: list[str]) -> None:
    """An appositive of up to ~80 characters between a subject and its verb is skipped."""
    assert extract(sentence, published) == expected


PLURAL_POSSESSIVE: list[Row] = [
    ("Italy's FTSE MIB and the Netherlands' AEX fell 1.1% and 0.7%, respectively.", "2024-08-07",
     ["FTSEMIB session_change down 1.1 percent 2024-08-07",
      "AEX session_change down 0.7 percent 2024-08-07"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PLURAL_POSSESSIVE))
def test_plural_possessive_opens_name(sentence: str, published: str, expected: list[str]) -> None:
    """ "the Netherlands' AEX": a plural possessive place opens the index's name, as "Spain's"."""
    assert extract(sentence, published) == expected


TENOR_CHAINS: list[Row] = [
    ("Two- and 10-year German yields fell 5 and 3 basis points, respectively.", "2024-08-07",
     ["DE2Y session_change down 5 bp 2024-08-07",
      "DE10Y session_change down 3 bp 2024-08-07"]),
    ("Germany's two- and 10-year yields rose 7 and 4 basis points, respectively.", "2024-08-07",
     ["DE2Y session_change up 7 bp 2024-08-07",
      "DE10Y session_change up 4 bp 2024-08-07"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TENOR_CHAINS))
def test_tenor_chain_shares_market(sentence: str, published: str, expected: list[str]) -> None:
    """ "Germany's two- and 10-year yields", "Two- and 10-year German yields": one government."""
    assert extract(sentence, published) == expected


SHED_AFTER_RELATIVE: list[Row] = [
    ("The Kospi, which tumbled 3.2% the previous day, shed another 0.9% on Wednesday.",
     "2024-08-07",
     ["KOSPI session_change down 3.2 percent 2024-08-06",
      "KOSPI session_change down 0.9 percent 2024-08-07"]),
    ("Analysts said the rouble could shed another 5%.", "2024-08-07", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHED_AFTER_RELATIVE))
def test_shed_is_past_too(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., which sank 9.4% the previous day, shed 1.4%": "shed" is a past, not "to shed"."""
    assert extract(sentence, published) == expected


AFTER_A_DATED_NOUN: list[Row] = [
    ("The Kospi rose 2.1% on Friday, recovering Thursday's 3% slide, while the Taiex gained 1.5%.",
     "2024-08-02",
     ["KOSPI session_change up 2.1 percent 2024-08-02",
      "KOSPI session_change down 3 percent 2024-08-01",
      "TAIEX session_change up 1.5 percent 2024-08-02"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(AFTER_A_DATED_NOUN))
def test_new_clause_after_dated_noun(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., recovering Thursday's 3% slide, while the Taiex gained": the Taiex's day is Friday."""
    assert extract(sentence, published) == expected


POSSESSIVE_PREVIOUS_DAY: list[Row] = [
    ("The Kospi was up 1.1% at the midday break on Thursday, recouping the previous day's losses.",
     "2024-05-23",
     ["KOSPI intraday_change up 1.1 percent 2024-05-23"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(POSSESSIVE_PREVIOUS_DAY))
def test_possessive_previous_day(sentence: str, published: str, expected: list[str]) -> None:
    """ "recouping the previous day's losses": a possessive dates its noun, not the verb."""
    assert extract(sentence, published) == expected


MOVE_APPOSITIVE: list[Row] = [
    ("The FTSE 100 fell 0.5% on Wednesday, its fourth straight decline, closing at its lowest"
     " level since January.", "2024-05-22",
     ["FTSE100 session_change down 0.5 percent 2024-05-22",
      "FTSE100 record down 2024-05-22 since=2024-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MOVE_APPOSITIVE))
def test_participle_after_move_appositive(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "..., its third straight loss, ending at its weakest since March": the same subject."""
    assert extract(sentence, published) == expected


LEVEL_IN_CURRENCY_WORDS: list[Row] = [
    ("The dollar topped 160 yen for the first time since 1990.", "2024-04-29",
     ["USDJPY level up 2024-04-29 level=160",
      "USDJPY record up 2024-04-29 level=160 since=1990-01-01"]),
    ("The euro briefly topped 100 roubles on Tuesday.", "2014-12-16",
     ["EURRUB intraday_extreme up 2014-12-16 level=100"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEVEL_IN_CURRENCY_WORDS))
def test_level_verb_with_currency_words(sentence: str, published: str, expected: list[str]) -> None:
    """ "topped 160 yen": a figure in the quote currency's words after a level verb is a level."""
    assert extract(sentence, published) == expected


NEAR_THE_FLATLINE: list[Row] = [
    ("The CAC 40 hovered near the flatline in early trade, while the DAX was up 0.3%.",
     "2024-05-22",
     ["CAC40 intraday_change flat 2024-05-22",
      "DAX intraday_change up 0.3 percent 2024-05-22"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NEAR_THE_FLATLINE))
def test_near_the_flatline_is_flat(sentence: str, published: str, expected: list[str]) -> None:
    """ "hovered near the flatline", "around unchanged levels": no move, flat."""
    assert extract(sentence, published) == expected


TURNED_TO_CLOSE: list[Row] = [
    ("The Nasdaq turned lower to close down 0.4% on Thursday.", "2024-05-23",
     ["NASDAQ session_change down 0.4 percent 2024-05-23"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TURNED_TO_CLOSE))
def test_turned_to_close(sentence: str, published: str, expected: list[str]) -> None:
    """ "turned higher to close up 0.6%": the turn's way, then the close's size."""
    assert extract(sentence, published) == expected


YIELD_ON_OWNED_TENOR: list[Row] = [
    ("The yield on Italy's 10-year bond rose 12 basis points to 4.4%.", "2024-05-22",
     ["IT10Y session_change up 12 bp 2024-05-22 level=4.4"]),
    ("The yield on Germany's 10-year Bund fell 4 basis points to 2.5%.", "2024-05-22",
     ["DE10Y session_change down 4 bp 2024-05-22 level=2.5"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(YIELD_ON_OWNED_TENOR))
def test_yield_on_owned_tenor(sentence: str, published: str, expected: list[str]) -> None:
    """ "the yield on Italy's 10-year BTP": the owner names the government, the noun may be one."""
    assert extract(sentence, published) == expected


STATE_AT_CURRENCY_WORDS: list[Row] = [
    ("The dollar was around 150 yen in Asian trading.", "2024-04-29",
     ["USDJPY level none 2024-04-29 level=150"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STATE_AT_CURRENCY_WORDS))
def test_state_at_currency_words(sentence: str, published: str, expected: list[str]) -> None:
    """ "traded around 1.02 francs": a figure in currency words with no way is a level."""
    assert extract(sentence, published) == expected
