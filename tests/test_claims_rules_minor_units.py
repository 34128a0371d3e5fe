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


OTHER_DAY_LEVEL: list[Row] = [
    ("The rand traded at 18.20 per dollar on Friday, a day after it weakened to a one-year low of 18.65.", "2024-04-12",
     ["USDZAR level none 2024-04-12 inverse level=18.2",
      "USDZAR level down 2024-04-11 inverse level=18.65",
      "USDZAR record down 2024-04-11 inverse level=18.65 since=2023-04-11"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OTHER_DAY_LEVEL))
def test_other_day_level(sentence: str, published: str, expected: list[str]) -> None:
    """A level stated for another day does not make a level reached the day's extreme."""
    assert extract(sentence, published) == expected
