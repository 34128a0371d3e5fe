"""Claim parser rules from the r17_1 precision batch (market claims beside figures that are
not claims), spec by example in the format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

COMPANY_OWNER: list[Row] = [
    ("Rio Tinto's London shares fell 3.1% on Tuesday.", "2024-04-25", []),
    ("Anglo American's London shares leapt 16% on Thursday, while the FTSE 100 added 0.5%.",
     "2024-04-25", ["FTSE100 session_change up 0.5 percent 2024-04-25"]),
    ("Hang Lung's Hong Kong shares rose 5% on Monday, their best day since 2022.", "2024-04-25",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COMPANY_OWNER))
def test_two_word_company_owns_market_phrase(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A two-word company possessive before a market's shares ("Rio Tinto's London shares")."""
    assert extract(sentence, published) == expected


FIGURE_IN_APPOSITIVE: list[Row] = [
    ("Palladium, a metal that once fetched more than $3,000 an ounce, slid 4% to $962 on "
     "Friday.", "2024-01-12",
     ["PALLADIUM session_change down 4 percent 2024-01-12 level=962"]),
    ("Ether, a token that traded near $4,800 in 2021, slid 4% to $2,210 on Friday.",
     "2024-01-12", ["ETH session_change down 4 percent 2024-01-12 level=2210"]),
    ("Copper, a metal that fetched $10,845 a tonne at its peak, fell 1.1% to $8,420 on "
     "Tuesday.", "2024-03-12",
     ["COPPER session_change down 1.1 percent 2024-03-12 level=8420"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FIGURE_IN_APPOSITIVE))
def test_figure_comma_inside_appositive(sentence: str, published: str, expected: list[str]) -> None:
    """A thousands comma ("$3,000") does not end an appositive between subject and verb."""
    assert extract(sentence, published) == expected
