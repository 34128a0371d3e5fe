"""Claim parser rules for the measures of wire claims (look-backs from "last", shared windows,
closing idioms, opens, states), spec by example in the format of tests/test_claims_examples.py
(our own sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

SINCE_LAST: list[Row] = [
    ("Silver climbed above $31 on Thursday for the first time since last October.", "2024-05-16",
     ["SILVER level up 2024-05-16 level=31",
      "SILVER record up 2024-05-16 level=31 since=2023-10-01"]),
    ("The yen slid to 157.8 per dollar, its weakest since last April.", "2024-05-29",
     ["USDJPY level down 2024-05-29 inverse level=157.8",
      "USDJPY record down 2024-05-29 inverse level=157.8 since=2024-04-01"]),
    ("The Nikkei hit its highest since last year on Tuesday.", "2024-02-13",
     ["NIKKEI225 record up 2024-02-13 since=2023-01-01"]),
    ("Brent has shed 6% since last month, and copper has lost 3% since last week.", "2024-06-05",
     ["BRENT period_change down 6 percent 2024-06-05 since=2024-05-01",
      "COPPER period_change down 3 percent 2024-06-05 since=2024-05-27"]),
    ("Gold has rallied 14% since last November.", "2024-03-08",
     ["GOLD period_change up 14 percent 2024-03-08 since=2023-11-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SINCE_LAST))
def test_since_last_unit_is_the_unit_before(
    sentence: str, published: str, expected: list[str]
) -> None:
    """'since last August' / 'since last year' starts at the unit before the current one."""
    assert extract(sentence, published) == expected
