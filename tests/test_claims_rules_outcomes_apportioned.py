"""Claim parser rules from the r14 blind batches (outcome verbs, apportioned sizes, gapped
records, tenor yields named after their governments), spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

OUTCOME_WITH: list[Row] = [
    ("The Kospi sank 3.1% on Tuesday, while Japan's Topix got off lightly with a 0.6% loss.",
     "2024-09-03",
     ["KOSPI session_change down 3.1 percent 2024-09-03",
      "TOPIX session_change down 0.6 percent 2024-09-03"]),
    ("The Bovespa escaped with a 0.4% drop.", "2024-09-03",
     ["BOVESPA session_change down 0.4 percent 2024-09-03"]),
    ("Gold emerged with a 1.2% gain after a choppy session.", "2024-09-03",
     ["GOLD session_change up 1.2 percent 2024-09-03"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OUTCOME_WITH))
def test_outcome_with(sentence: str, published: str, expected: list[str]) -> None:
    """ "got off lightly with", "escaped with", "emerged with" a sized move noun post that move."""
    assert extract(sentence, published) == expected


GAPPED_AT_LEVELS: list[Row] = [
    ("The Dow ended at 42,310.5 and the Nasdaq at 18,560.2 on Friday, both record closes.",
     "2024-11-08",
     ["DJIA level none 2024-11-08 level=42310.5",
      "NASDAQ level none 2024-11-08 level=18560.2",
      "DJIA record up 2024-11-08 level=42310.5",
      "NASDAQ record up 2024-11-08 level=18560.2"]),
    ("Sterling was at $1.2710 and the dollar index at 104.9, its highest in four months.",
     "2024-11-08",
     ["GBPUSD level none 2024-11-08 level=1.271",
      "DXY level none 2024-11-08 level=104.9",
      "DXY record up 2024-11-08 level=104.9 since=2024-07-08"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GAPPED_AT_LEVELS))
def test_gapped_at_levels(sentence: str, published: str, expected: list[str]) -> None:
    """ "A ended at X and B at Y" gaps the level; a record after it reads on from the last one."""
    assert extract(sentence, published) == expected


SIZED_IN_TURN: list[Row] = [
    ("Gold and silver rallied on Tuesday, the former by 1.1% to $2,410 an ounce and the latter"
     " by 2.6%.", "2024-05-14",
     ["GOLD session_change up 1.1 percent 2024-05-14 level=2410",
      "SILVER session_change up 2.6 percent 2024-05-14"]),
    ("The Dow and the Nasdaq fell on Friday, the Dow by 0.9% and the Nasdaq by 1.7%.",
     "2024-05-17",
     ["DJIA session_change down 0.9 percent 2024-05-17",
      "NASDAQ session_change down 1.7 percent 2024-05-17"]),
    ("Brent and WTI fell, the former by 2% to $81.10 and the latter by 2.2% to $76.90, both"
     " their lowest settlements since March.", "2024-05-17",
     ["BRENT session_change down 2 percent 2024-05-17 level=81.1",
      "WTI session_change down 2.2 percent 2024-05-17 level=76.9",
      "BRENT record down 2024-05-17 level=81.1 since=2024-03-01",
      "WTI record down 2024-05-17 level=76.9 since=2024-03-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SIZED_IN_TURN))
def test_sized_in_turn(sentence: str, published: str, expected: list[str]) -> None:
    """One verb on two subjects, sized after it in turn ("the former by 3.8% and the latter by")."""
    assert extract(sentence, published) == expected


YIELDS_IN_PLACES: list[Row] = [
    ("Ten-year yields in Italy and Germany rose 9 and 6 basis points, to 3.85% and 2.41%"
     " respectively.", "2024-05-21",
     ["IT10Y session_change up 9 bp 2024-05-21 level=3.85",
      "DE10Y session_change up 6 bp 2024-05-21 level=2.41"]),
    ("Two-year borrowing costs in Germany fell 12 basis points on Tuesday.", "2024-05-21",
     ["DE2Y session_change down 12 bp 2024-05-21"]),
    ("The 10-year yield in Japan edged up 2 basis points to 0.98%.", "2024-05-21",
     ["JP10Y session_change up 2 bp 2024-05-21 level=0.98"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(YIELDS_IN_PLACES))
def test_yields_in_places(sentence: str, published: str, expected: list[str]) -> None:
    """A tenor yield (or "borrowing costs") "in Germany and Britain" is each government's yield."""
    assert extract(sentence, published) == expected


LIMIT_AFTER_WAY: list[Row] = [
    ("Soybean futures settled down their 70-cent daily limit at $13.10 a bushel on Monday.",
     "2024-06-03",
     ["SOYBEANS session_change down 70 points 2024-06-03 level=13.1"]),
    ("Corn futures hit their daily limit of 30 cents, and wheat rose 2%.", "2024-06-03",
     ["WHEAT session_change up 2 percent 2024-06-03"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LIMIT_AFTER_WAY))
def test_limit_after_way(sentence: str, published: str, expected: list[str]) -> None:
    """ "settled up/down their 50-cent daily limit" sizes the move; a limit "hit" has no way."""
    assert extract(sentence, published) == expected


CONTRACT_OF: list[Row] = [
    ("Brent's front-month contract slid 2.3% to $78.40 a barrel on Tuesday.", "2024-06-04",
     ["BRENT session_change down 2.3 percent 2024-06-04 level=78.4"]),
    ("U.S. crude's July contract rose 1.1% on Tuesday.", "2024-06-04",
     ["WTI session_change up 1.1 percent 2024-06-04"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CONTRACT_OF))
def test_contract_of(sentence: str, published: str, expected: list[str]) -> None:
    """ "U.S. crude's May contract", "Brent's front-month contract": the market's own move."""
    assert extract(sentence, published) == expected


GIVEN_BACK_LATER: list[Row] = [
    ("The Hang Seng surged 3.1% on Monday, but the index gave back much of that gain on"
     " Tuesday.", "2024-06-04",
     ["HSI session_change up 3.1 percent 2024-06-03",
      "HSI session_change down 2024-06-04"]),
    ("Silver jumped as much as 4% on Tuesday before giving back its gains.", "2024-06-04",
     ["SILVER intraday_extreme up 4 percent as_much_as 2024-06-04"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GIVEN_BACK_LATER))
def test_given_back_later(sentence: str, published: str, expected: list[str]) -> None:
    """An earlier move given back on a day named after it is that day's move the other way."""
    assert extract(sentence, published) == expected


PAN_EUROPEAN: list[Row] = [
    ("The STOXX 600 fell 0.8% on Thursday, and the pan-European index is down 2.1% this week.",
     "2024-06-06",
     ["STOXX600 session_change down 0.8 percent 2024-06-06",
      "STOXX600 period_change down 2.1 percent 2024-06-06 since=2024-06-03"]),
    ("The DAX rose 1% and the FTSE 100 fell, while the pan-European index was flat.",
     "2024-06-06",
     ["DAX session_change up 1 percent 2024-06-06",
      "FTSE100 session_change down 2024-06-06",
      "STOXX600 intraday_change flat 2024-06-06"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PAN_EUROPEAN))
def test_pan_european(sentence: str, published: str, expected: list[str]) -> None:
    """ "the pan-European index" points back to the STOXX 600 only, never to another index; with
    none in view it names the STOXX 600 itself, the one index with that epithet."""
    assert extract(sentence, published) == expected


SINCE_DATED_EVENT: list[Row] = [
    ("The yen firmed 1.2% to 141.7 per dollar, its strongest since the central bank abandoned"
     " yield curve control in March 2024.", "2024-09-16",
     ["USDJPY session_change up 1.2 percent 2024-09-16 inverse level=141.7",
      "USDJPY record up 2024-09-16 inverse level=141.7 since=2024-03-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SINCE_DATED_EVENT))
def test_since_dated_event(sentence: str, published: str, expected: list[str]) -> None:
    """ "its strongest since <an event> in January 2015": the look-back starts at the event's date."""
    assert extract(sentence, published) == expected
