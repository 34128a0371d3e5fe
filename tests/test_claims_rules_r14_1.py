"""Claim parser rules from the r14_1 blind batch (cross-asset desk stories), spec by example in
the format of tests/test_claims_examples.py (our own wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

WORD_BASIS_POINTS: list[Row] = [
    ("The two-year yield fell 3 basis points, while the five-year yield added a basis point.", "2024-06-21",
     ["US2Y session_change down 3 bp 2024-06-21",
      "US5Y session_change up 1 bp 2024-06-21"]),
    ("Germany's 10-year Bund yield slipped half a basis point on Friday.", "2024-06-21",
     ["DE10Y session_change down 0.5 bp 2024-06-21"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WORD_BASIS_POINTS))
def test_a_basis_point_in_words(sentence: str, published: str, expected: list[str]) -> None:
    """'a basis point' / 'half a basis point' is a size of 1 / 0.5 bp."""
    assert extract(sentence, published) == expected
