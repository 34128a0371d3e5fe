"""Claim parser rules for coordinated subjects, paired figures and counters in turn (blind dev
batch r8_4), spec by example in the format of tests/test_claims_examples.py (our own wire-style
sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

YIELDS_ON_TENORS: list[Row] = [
    ("Yields on two- and 10-year Treasuries fell 8 and 5 basis points, respectively.",
     "2024-06-12",
     ["US2Y session_change down 8 bp 2024-06-12",
      "US10Y session_change down 5 bp 2024-06-12"]),
    ("Yields on five-year and 30-year Treasuries rose to 4.41% and 4.62%, respectively, on Friday.",
     "2024-04-26",
     ["US5Y level up 2024-04-26 level=4.41",
      "US30Y level up 2024-04-26 level=4.62"]),
    ("The yield on two-year German bonds climbed 9 basis points.", "2024-05-03",
     ["DE2Y session_change up 9 bp 2024-05-03"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(YIELDS_ON_TENORS))
def test_yields_on_tenors(sentence: str, published: str, expected: list[str]) -> None:
    """ "Yields on A- and B-year Treasuries": each tenor named after "on" is that market's yield."""
    assert extract(sentence, published) == expected


OWNED_CURRENCY: list[Row] = [
    ("Poland's zloty and Brazil's real weakened 0.9% and 1.4%, respectively, on Tuesday.",
     "2024-06-11",
     ["USDPLN session_change down 0.9 percent 2024-06-11 inverse",
      "USDBRL session_change down 1.4 percent 2024-06-11 inverse"]),
]  # fmt: skip

GROUP_IN_WITH_CLAUSE: list[Row] = [
    ("Asian markets slumped, with the Nikkei and Kospi sliding 3.1% and 2.2%, their worst "
     "days since March.", "2024-08-02",
     ["NIKKEI225 session_change down 3.1 percent 2024-08-02",
      "KOSPI session_change down 2.2 percent 2024-08-02",
      "NIKKEI225 biggest_move down 2024-08-02 since=2024-03-01",
      "KOSPI biggest_move down 2024-08-02 since=2024-03-01"]),
    ("The Hang Seng and Hang Seng Tech indexes closed 1.1% and 2.3% lower.", "2024-08-05",
     ["HSI session_change down 1.1 percent 2024-08-05",
      "HSTECH session_change down 2.3 percent 2024-08-05"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OWNED_CURRENCY))
def test_country_owned_currency(sentence: str, published: str, expected: list[str]) -> None:
    """ "Poland's zloty": the issuing country's possessive names the currency, not a foreign one."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GROUP_IN_WITH_CLAUSE))
def test_coordinated_subjects(sentence: str, published: str, expected: list[str]) -> None:
    """ ", with A and B sliding", "A and B indexes": the whole group takes the paired figures."""
    assert extract(sentence, published) == expected


THRESHOLDS: list[Row] = [
    ("Ether slid under $1,500 on Sunday as crypto lenders froze withdrawals.", "2022-06-12",
     ["ETH level down 2022-06-12 level=1500"]),
    ("Gold fell over $20 to $1,905 an ounce.", "2023-10-03",
     ["GOLD session_change down 20 points more_than 2023-10-03 level=1905"]),
    ("Silver rose to settle above $25 an ounce on Thursday.", "2024-04-11",
     ["SILVER level up 2024-04-11 level=25"]),
]  # fmt: skip

PAIRED_RUNNING_TOTALS: list[Row] = [
    ("Brent rose 1.2% and WTI 1.5% on Friday, taking their gains this week to 4% and 5%, "
     "respectively.", "2024-04-05",
     ["BRENT session_change up 1.2 percent 2024-04-05",
      "WTI session_change up 1.5 percent 2024-04-05",
      "BRENT period_change up 4 percent 2024-04-05 since=2024-04-01",
      "WTI period_change up 5 percent 2024-04-05 since=2024-04-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(THRESHOLDS))
def test_thresholds_crossed(sentence: str, published: str, expected: list[str]) -> None:
    """ "slid under $1,500", "rose to settle above $25": a sum crossed is a level, not a size."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PAIRED_RUNNING_TOTALS))
def test_paired_running_totals(sentence: str, published: str, expected: list[str]) -> None:
    """ "taking their gains to 4% and 5%, respectively": one total for each subject named."""
    assert extract(sentence, published) == expected


GAPPED_OWN_WORDS: list[Row] = [
    ("The Nikkei closed 1.2% higher and the Topix 0.4% lower on Friday.", "2024-05-17",
     ["NIKKEI225 session_change up 1.2 percent 2024-05-17",
      "TOPIX session_change down 0.4 percent 2024-05-17"]),
    ("The DAX rose 0.6% to 18,700 and the CAC 40 0.3% to 8,150.", "2024-05-15",
     ["DAX session_change up 0.6 percent 2024-05-15 level=18700",
      "CAC40 session_change up 0.3 percent 2024-05-15 level=8150"]),
    ("Sterling fell to $1.2150 and the euro to $1.0420.", "2024-10-31",
     ["GBPUSD level down 2024-10-31 level=1.215",
      "EURUSD level down 2024-10-31 level=1.042"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GAPPED_OWN_WORDS))
def test_gapped_clause_own_words(sentence: str, published: str, expected: list[str]) -> None:
    """A gapped clause keeps its own way word and level, and a level claim gaps its level."""
    assert extract(sentence, published) == expected


OTHER_DOLLARS: list[Row] = [
    ("The Canadian dollar weakened to C$1.3820 per U.S. dollar on Friday.", "2024-08-02",
     ["USDCAD level down 2024-08-02 inverse level=1.382"]),
    ("The loonie slipped to C$1.3700 on Monday.", "2024-08-05",
     ["USDCAD level down 2024-08-05 inverse level=1.37"]),
]  # fmt: skip

COUNTERS_IN_TURN: list[Row] = [
    ("The Swiss franc firmed 0.3% and 0.5% against the dollar and the euro, respectively.",
     "2024-08-05",
     ["USDCHF session_change up 0.3 percent 2024-08-05 inverse",
      "EURCHF session_change up 0.5 percent 2024-08-05 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OTHER_DOLLARS))
def test_other_dollar_levels(sentence: str, published: str, expected: list[str]) -> None:
    """ "C$1.3820 per U.S. dollar": a level in another dollar is an FX quote's level."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COUNTERS_IN_TURN))
def test_counters_in_turn(sentence: str, published: str, expected: list[str]) -> None:
    """ "A% and B% against X and Y, respectively": one pair per counter currency, in order."""
    assert extract(sentence, published) == expected


CLAUSE_TIMES: list[Row] = [
    ("The rand fell 1.2% on Monday after the ANC lost its majority in 2024, and it was last "
     "0.8% weaker.", "2024-06-04",
     ["USDZAR session_change down 1.2 percent 2024-06-03 inverse",
      "USDZAR intraday_change down 0.8 percent 2024-06-04 inverse"]),
]  # fmt: skip

THE_MARK: list[Row] = [
    ("The Dow crossed the 40,000 mark for the first time on Thursday.", "2024-05-16",
     ["DJIA level up 2024-05-16 level=40000",
      "DJIA record up 2024-05-16 level=40000"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLAUSE_TIMES))
def test_subordinate_clause_time(sentence: str, published: str, expected: list[str]) -> None:
    """ "after the ANC lost its majority in 2024, and it was ...": that clause's year is its own."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(THE_MARK))
def test_crossed_the_mark(sentence: str, published: str, expected: list[str]) -> None:
    """ "crossed the 40,000 mark": the number of a named mark is the level crossed."""
    assert extract(sentence, published) == expected


DAYS_AFTER: list[Row] = [
    ("Bitcoin slid 4% on Friday, two days after it hit a record $73,700.", "2024-03-15",
     ["BTC session_change down 4 percent 2024-03-15",
      "BTC intraday_extreme up 2024-03-13 level=73700",
      "BTC record up 2024-03-13 level=73700"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAYS_AFTER))
def test_days_after(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., two days after it hit a record": that clause is dated N days before the claim."""
    assert extract(sentence, published) == expected
