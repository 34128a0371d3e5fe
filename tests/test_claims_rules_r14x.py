"""Claim parser rules found on the r14 blind batches, spec by example in the format of
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
