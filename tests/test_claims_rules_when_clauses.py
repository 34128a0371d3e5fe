"""Claim parser rules for "when" clauses that date a move and records stated beside a level
("just off its record low of 83.60"), spec by example in the format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

WHEN_CLAUSE_DAY: list[Row] = [
    ("The rout started on Tuesday, when a surprise rate cut sent the lira down 4.1% "
     "in a single session.", "2024-03-21",
     ["USDTRY session_change down 4.1 percent 2024-03-19 inverse"]),
    ("Trouble began on Monday, when weak jobs data sent the 10-year Treasury yield down "
     "12 basis points.", "2024-03-21",
     ["US10Y session_change down 12 bp 2024-03-18"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WHEN_CLAUSE_DAY))
def test_when_clause_takes_named_day(sentence: str, published: str, expected: list[str]) -> None:
    """A "when" clause after a named day ("on Friday, when X sent Y up") is that day's move."""
    assert extract(sentence, published) == expected


EARLIER_RECORD_NEARBY: list[Row] = [
    ("The won weakened to 1,392 per dollar, just off its record low of 1,400.", "2024-03-21",
     ["USDKRW level down 2024-03-21 inverse level=1392",
      "USDKRW record down 2024-03-21 inverse level=1400"]),
    ("Copper climbed 1.2% to $10,100 a tonne, near its record high of $10,845.", "2024-03-21",
     ["COPPER session_change up 1.2 percent 2024-03-21 level=10100",
      "COPPER record up 2024-03-21 level=10845"]),
    ("Copper climbed 1.2% to $10,100 a tonne, just shy of its record high.", "2024-03-21",
     ["COPPER session_change up 1.2 percent 2024-03-21 level=10100"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EARLIER_RECORD_NEARBY))
def test_earlier_record_nearby(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., just off its record low of 83.60": the earlier record is a claim with its level."""
    assert extract(sentence, published) == expected


WHEN_CLAUSE_AFTER_CLAIM: list[Row] = [
    ("The yen slid 1.2% on Tuesday, when hawkish Fed remarks sent the dollar index to a "
     "two-year high.", "2024-03-21",
     ["USDJPY session_change down 1.2 percent 2024-03-19 inverse",
      "DXY record up 2024-03-19 since=2022-03-19"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WHEN_CLAUSE_AFTER_CLAIM))
def test_when_clause_after_claim(sentence: str, published: str, expected: list[str]) -> None:
    """A "when" clause after a dated claim ("slid 1.2% on Tuesday, when ...") is that day's."""
    assert extract(sentence, published) == expected
