"""Claim parser rules for records set at a level ("set yet another all-time high of $2,758"),
for "push" and "march" with a way and no object ("yields pushed higher"), spec by example
in the format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

SET_RECORDS: list[Row] = [
    ("Bitcoin set a fresh all-time high of $72,850 on Monday.", "2024-03-12",
     ["BTC intraday_extreme up 2024-03-11 level=72850",
      "BTC record up 2024-03-11 level=72850"]),
    ("The Nikkei notched yet another record high of 40,472 on Thursday.", "2024-03-08",
     ["NIKKEI225 intraday_extreme up 2024-03-07 level=40472",
      "NIKKEI225 record up 2024-03-07 level=40472"]),
    ("Copper set a two-year high of $4.21 a pound on Tuesday.", "2024-03-12",
     ["COPPER intraday_extreme up 2024-03-12 level=4.21",
      "COPPER record up 2024-03-12 level=4.21 since=2022-03-12"]),
    ("Gold hit yet another record of $2,135.40 on Monday.", "2024-03-05",
     ["GOLD intraday_extreme up 2024-03-04 level=2135.4",
      "GOLD record up 2024-03-04 level=2135.4"]),
    ("The Nasdaq closed at yet another record on Monday.", "2024-03-05",
     ["NASDAQ record up 2024-03-04"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SET_RECORDS))
def test_a_record_set_at_a_level_is_the_sessions_extreme(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "set (notched) a record high of $X", like "hit" one, reaches $X in the session; "yet
    another" before the record is no obstacle."""
    assert extract(sentence, published) == expected


PUSHED: list[Row] = [
    ("Gilt yields pushed higher on Tuesday.", "2024-03-12",
     ["UK10Y session_change up 2024-03-12"]),
    ("The 10-year Treasury yield pushed up 8 basis points to 4.18% on Monday.", "2024-03-12",
     ["US10Y session_change up 8 bp 2024-03-11 level=4.18"]),
    ("Brent pushed 2% lower on Friday.", "2024-03-09",
     ["BRENT session_change down 2 percent 2024-03-08"]),
    ("Britain's 10-year gilt yield pushed up to 4.6% on Thursday, a 16-year high.", "2024-03-08",
     ["UK10Y level up 2024-03-07 level=4.6",
      "UK10Y record up 2024-03-07 level=4.6 since=2008-03-07"]),
    ("Higher oil prices pushed up inflation expectations on Monday.", "2024-03-12", []),
    ("Palladium marched up to a five-month high on Monday.", "2024-03-12",
     ["PALLADIUM record up 2024-03-11 since=2023-10-11"]),
    ("The dollar marched higher against the yen on Monday, gaining 0.6%.", "2024-03-12",
     ["USDJPY session_change up 0.6 percent 2024-03-11"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PUSHED))
def test_push_and_march_with_a_way_are_moves(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "pushed higher", "pushed up to 4.6%", "marched up to a high": the subject's own move;
    "pushed up inflation expectations" has an object and states no price move."""
    assert extract(sentence, published) == expected
