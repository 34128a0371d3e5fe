"""Claim parser rules from engineer i's dev batches, spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences)."""

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
