"""Claim parser rules from the EM/currency-crisis and market-wrap dev batches, spec
by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

APPOSED_SIZE: list[Row] = [
    ("The lira closed at 34.2 per dollar, 1.4% weaker on the day.", "2024-03-21",
     ["USDTRY session_change down 1.4 percent 2024-03-21 inverse level=34.2"]),
    ("The rupee settled at 83.12, 9 paise stronger on the day.", "2024-03-21",
     ["USDINR session_change up 0.09 points 2024-03-21 inverse level=83.12"]),
]  # fmt: skip

RETRACED: list[Row] = [
    ("The rand later recovered some ground and was trading 2.3% lower at 19.4 per dollar.",
     "2024-03-21",
     ["USDZAR intraday_change down 2.3 percent 2024-03-21 inverse level=19.4"]),
    ("The zloty had regained most of its losses by the close, ending at 4.05 per dollar, "
     "still 0.6% weaker on the day.", "2024-03-21",
     ["USDPLN session_change down 0.6 percent 2024-03-21 inverse level=4.05"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(APPOSED_SIZE))
def test_apposed_size_after_level(sentence: str, published: str, expected: list[str]) -> None:
    """A size and comparative set off after a closing level are that close's move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RETRACED))
def test_unsized_retracement_dropped(sentence: str, published: str, expected: list[str]) -> None:
    """An unsized move contradicted by a sized move on the same day is a retracement: no claim."""
    assert extract(sentence, published) == expected


COUNTER_NOT_ANTECEDENT: list[Row] = [
    ("Against the dollar it slid 0.8%, its worst day since March.", "2024-03-21", []),
]  # fmt: skip

SAME_MOMENT: list[Row] = [
    ("Asian markets slumped, with the Nikkei down 3.1% and the Kospi shedding 2.2%.",
     "2024-03-21",
     ["NIKKEI225 session_change down 3.1 percent 2024-03-21",
      "KOSPI session_change down 2.2 percent 2024-03-21"]),
    ("The Hang Seng suffered its worst one-day fall since 2008, down 13.2%.", "2024-03-21",
     ["HSI biggest_move down 2024-03-21 since=2008-01-01",
      "HSI session_change down 13.2 percent 2024-03-21"]),
]  # fmt: skip

EXTREMES: list[Row] = [
    ("At one point the Nasdaq was down nearly 5%.", "2024-03-21",
     ["NASDAQ intraday_extreme down 5 percent almost 2024-03-21"]),
    ("The DAX tumbled 6% in the first minutes of trading but closed down 2.1%.", "2024-03-21",
     ["DAX intraday_extreme down 6 percent 2024-03-21",
      "DAX session_change down 2.1 percent 2024-03-21"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COUNTER_NOT_ANTECEDENT))
def test_counter_is_not_antecedent(sentence: str, published: str, expected: list[str]) -> None:
    """A currency named after 'against' is never what 'it' points back to."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SAME_MOMENT))
def test_state_shares_its_partner_moment(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A bare state conjoined with a participle, or set off after a one-day record, is the session."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EXTREMES))
def test_fronted_one_point_and_pared_early_move(
    sentence: str, published: str, expected: list[str]
) -> None:
    """Fronted 'at one point', and an early move the close pares, are the day's extreme."""
    assert extract(sentence, published) == expected


LEFT_LEVELS: list[Row] = [
    ("Gold jumped to $2,450 in Asian trade before ending at $2,401.", "2024-05-20",
     ["GOLD intraday_extreme up 2024-05-20 level=2450",
      "GOLD level none 2024-05-20 level=2401"]),
    ("The rand weakened past 19 per dollar early on, before a rally in metals helped it "
     "recover.", "2024-05-20",
     ["USDZAR intraday_extreme down 2024-05-20 inverse level=19"]),
]  # fmt: skip

APPOSED_NOMINAL: list[Row] = [
    ("The yen strengthened to 141.7 per dollar at one point, a gain of about 3%.", "2024-08-05",
     ["USDJPY intraday_extreme up 3 percent about 2024-08-05 inverse level=141.7"]),
]  # fmt: skip

OWNED_YIELDS: list[Row] = [
    ("The yield on 10-year U.S. Treasuries rose 6 basis points to 4.31%, while Sweden's own "
     "10-year yield slipped.", "2024-05-20",
     ["US10Y session_change up 6 bp 2024-05-20 level=4.31"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEFT_LEVELS))
def test_level_left_is_extreme(sentence: str, published: str, expected: list[str]) -> None:
    """A level moved to and then left ('before ending at', 'before ... recover') is the extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(APPOSED_NOMINAL))
def test_apposed_move_noun_sizes_move(sentence: str, published: str, expected: list[str]) -> None:
    """', a gain of N%' after an unsized move on the same subject is that move's size."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OWNED_YIELDS))
def test_place_owned_bare_yield(sentence: str, published: str, expected: list[str]) -> None:
    """'Sweden's own 10-year yield' is not the default market's bare tenor yield."""
    assert extract(sentence, published) == expected


RECORDS_SURPASSED: list[Row] = [
    ("Aluminium rose 1.5% to $3,400 a tonne, surpassing the record of $3,380 set in March.",
     "2024-05-20",
     ["ALUMINIUM session_change up 1.5 percent 2024-05-20 level=3400",
      "ALUMINIUM record up 2024-05-20 level=3400"]),
    ("The VIX closed at 41.2, surpassing its 2022 peak to set a record closing high.", "2024-05-20",
     ["VIX level none 2024-05-20 level=41.2", "VIX record up 2024-05-20 level=41.2"]),
]  # fmt: skip

CARRIED_OWNERS: list[Row] = [
    ("Silver jumped 4% and at one point topped $32.", "2024-05-20",
     ["SILVER session_change up 4 percent 2024-05-20",
      "SILVER intraday_extreme up 2024-05-20 level=32"]),
    ("Copper, the bellwether metal, fared worse, sliding 3.2% to $9,800.", "2024-05-20",
     ["COPPER session_change down 3.2 percent 2024-05-20 level=9800"]),
    ("The world's biggest cryptocurrency rose 2.2%.", "2024-05-20",
     ["BTC session_change up 2.2 percent 2024-05-20"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORDS_SURPASSED))
def test_surpassed_record(sentence: str, published: str, expected: list[str]) -> None:
    """'surpassing the record of $X' makes the level reached a record; a surpassed peak carries."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CARRIED_OWNERS))
def test_carried_owners(sentence: str, published: str, expected: list[str]) -> None:
    """'and at one point', an appositive NP before a participle, and bitcoin's epithet keep the owner."""
    assert extract(sentence, published) == expected


DATED_NOMINAL_CLAUSES: list[Row] = [
    ("Stocks extended Thursday's 1.8% slide, the Nasdaq's worst since March, which came as the "
     "10-year Treasury yield hit a five-month high of 4.9%.", "2024-05-20",
     ["NASDAQ session_change down 1.8 percent 2024-05-16",
      "NASDAQ biggest_move down 2024-05-16 since=2024-03-01",
      "US10Y intraday_extreme up 2024-05-16 level=4.9",
      "US10Y record up 2024-05-16 level=4.9 since=2023-12-16"]),
    ("The rupee slid as much as 1% to 84.2 before closing at 83.9, down 0.6%.", "2024-05-20",
     ["USDINR intraday_extreme down 1 percent as_much_as 2024-05-20 inverse level=84.2",
      "USDINR session_change down 0.6 percent 2024-05-20 inverse level=83.9"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DATED_NOMINAL_CLAUSES))
def test_dated_nominal_and_closing_appositive(
    sentence: str, published: str, expected: list[str]
) -> None:
    """'which came as' shares a dated move noun's day; ', down N%' after 'closing at' is the close."""
    assert extract(sentence, published) == expected


NAMED_OWNER: list[Row] = [
    ("Gold rose 1.1% after a 0.8% drop in the dollar index.", "2024-05-20",
     ["GOLD session_change up 1.1 percent 2024-05-20",
      "DXY session_change down 0.8 percent 2024-05-20"]),
    ("Gold rose 1.1% on Monday after a 0.8% drop in the dollar index on Friday.", "2024-05-20",
     ["GOLD session_change up 1.1 percent 2024-05-20",
      "DXY session_change down 0.8 percent 2024-05-17"]),
    ("Gold rose 1.1% after a 0.8% drop in the dollar index seen in Asian hours.", "2024-05-20",
     ["GOLD session_change up 1.1 percent 2024-05-20"]),
    ("Trading was halted after a 5% slide in the Kospi triggered a circuit breaker.",
     "2024-08-05",
     ["KOSPI session_change down 5 percent 2024-08-05"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NAMED_OWNER))
def test_move_noun_owner_named_after(sentence: str, published: str, expected: list[str]) -> None:
    """'a 2% drop in X' is X's move even after 'after', never the sentence subject's."""
    assert extract(sentence, published) == expected


CITY_INDEX: list[Row] = [
    ("In Tokyo the benchmark index slid 1.4%, while the yen firmed.", "2024-05-20",
     ["NIKKEI225 session_change down 1.4 percent 2024-05-20",
      "USDJPY session_change up 2024-05-20 inverse"]),
    ("The Kospi rose 0.5%, and in Frankfurt the main index lost 0.7%.", "2024-05-20",
     ["KOSPI session_change up 0.5 percent 2024-05-20",
      "DAX session_change down 0.7 percent 2024-05-20"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CITY_INDEX))
def test_index_anaphor_in_fronted_city(sentence: str, published: str, expected: list[str]) -> None:
    """An index anaphor in a clause fronted by 'In <financial centre>' is that centre's benchmark."""
    assert extract(sentence, published) == expected
