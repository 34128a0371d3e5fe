"""Claim parser rules for emerging-market currency moves and commodity closes, spec by example
in the format of tests/test_claims_examples.py (our own wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

MINOR_UNITS: list[Row] = [
    ("The dollar rose 9 centavos to 5.4120 reais on Friday.", "2024-04-12",
     ["USDBRL session_change up 0.09 points 2024-04-12 level=5.412"]),
    ("The Mexican peso weakened 21 centavos to 17.05 per dollar on Friday.", "2024-04-12",
     ["USDMXN session_change down 0.21 points 2024-04-12 inverse level=17.05"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MINOR_UNITS))
def test_minor_units(sentence: str, published: str, expected: list[str]) -> None:
    """'gained 16 centavos': a move in hundredths of the quote currency, like cents or kopecks."""
    assert extract(sentence, published) == expected


AGAINST_NAMED_CURRENCY: list[Row] = [
    ("The dollar rose to 7.31 yuan on Friday, its strongest against the Chinese currency since November.", "2024-04-12",
     ["USDCNY level up 2024-04-12 level=7.31",
      "USDCNY record up 2024-04-12 level=7.31 since=2023-11-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(AGAINST_NAMED_CURRENCY))
def test_against_named_currency(sentence: str, published: str, expected: list[str]) -> None:
    """'its strongest against the South Korean currency since 2009': a record against a named side."""
    assert extract(sentence, published) == expected
