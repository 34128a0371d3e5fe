"""Claim parser rules from the r12_2 blind dev batch, spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

YIELD_PERCENTAGE_POINTS: list[Row] = [
    ("The two-year Treasury yield jumped 0.21 percentage point to 4.87% on Tuesday.",
     "2023-03-14",
     ["US2Y session_change up 21 bp 2023-03-14 level=4.87"]),
    ("Britain's 10-year gilt yield has fallen half a percentage point since Monday.",
     "2022-10-07",
     ["UK10Y period_change down 50 bp 2022-10-07 since=2022-10-03"]),
]  # fmt: skip

DOLLARS_ON_CENT_QUOTES: list[Row] = [
    ("Wheat futures fell $0.35 to $7.12 a bushel on Thursday.", "2022-08-04",
     ["WHEAT session_change down 35 points 2022-08-04 level=7.12"]),
    ("Brent crude rose $1.15 to $84.30 a barrel.", "2023-09-01",
     ["BRENT session_change up 1.15 points 2023-09-01 level=84.3"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(YIELD_PERCENTAGE_POINTS))
def test_percentage_points_on_yields(sentence: str, published: str, expected: list[str]) -> None:
    """A percentage point on a yield is 100 basis points ("0.21 percentage point" = 21 bp)."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DOLLARS_ON_CENT_QUOTES))
def test_dollar_sizes_on_cent_quotes(sentence: str, published: str, expected: list[str]) -> None:
    """A move in dollars on an instrument quoted in cents is sized in cents ("$0.35" = 35)."""
    assert extract(sentence, published) == expected
