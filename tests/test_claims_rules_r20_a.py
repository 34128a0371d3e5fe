"""Claim parser rules for sized move nouns in cents; spec by example in the format of
tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

CENT_NOUNS: list[Row] = [
    ("Wheat rose 8 cents on Wednesday, extending Tuesday's 20-cent gain.", "2024-04-17",
     ["WHEAT session_change up 8 points 2024-04-17",
      "WHEAT session_change up 20 points 2024-04-16"]),
    ("Soybeans posted a 14-cent gain on Monday.", "2024-04-17",
     ["SOYBEANS session_change up 14 points 2024-04-15"]),
    ("The euro rose 1.2 cents, reversing Monday's 0.8-cent drop.", "2024-04-17",
     ["EURUSD session_change up 0.012 points 2024-04-17",
      "EURUSD session_change down 0.008 points 2024-04-15"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CENT_NOUNS))
def test_cent_nouns(sentence: str, published: str, expected: list[str]) -> None:
    """ "Tuesday's 30-cent rally": a move noun sized in cents, like one sized in percent."""
    assert extract(sentence, published) == expected
