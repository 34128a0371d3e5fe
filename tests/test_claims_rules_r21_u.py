"""Claim parser rules for unsized and loosely sized moves, mostly commodities: a first verb
phrase that leads into the claim's verb; spec by example in the format of
tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

FIRST_VERB_PHRASE: list[Row] = [
    ("Copper snapped a four-session losing streak to close 1.3% higher at $9,870 a tonne on "
     "Tuesday.", "2024-05-14",
     ["COPPER session_change up 1.3 percent 2024-05-14 level=9870"]),
    ("Silver bucked the broader selloff in metals to rise 0.6% to $28.40 an ounce, while gold "
     "slipped.", "2024-05-14",
     ["SILVER session_change up 0.6 percent 2024-05-14 level=28.4",
      "GOLD session_change down 2024-05-14"]),
    ("The Nikkei shrugged off the weak yen to advance 1.2% on Tuesday.", "2024-05-14",
     ["NIKKEI225 session_change up 1.2 percent 2024-05-14"]),
    ("Spot platinum came off its session peak but still ended 1.1% higher on Tuesday.",
     "2024-05-14",
     ["PLATINUM session_change up 1.1 percent 2024-05-14"]),
    ("The pound came under pressure early but recovered to end 0.2% higher.", "2024-05-14",
     ["GBPUSD session_change up 0.2 percent 2024-05-14"]),
    ("Wheat futures were expected to rise 2% on Tuesday.", "2024-05-14", []),
    ("Brent needed to gain 3% to erase the week's losses.", "2024-05-14", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FIRST_VERB_PHRASE))
def test_first_verb_phrase(sentence: str, published: str, expected: list[str]) -> None:
    """ "snapped a losing streak to climb 2.1%", "came off its highs but still closed up": the
    subject does both; a verb of expectation or need before "to" still makes no claim."""
    assert extract(sentence, published) == expected
