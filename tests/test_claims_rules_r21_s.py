"""Claim parser rules for sentence structure: long parenthetical asides between a subject and
its verb, inverted conditionals ("Should the lira weaken past 30, ..."); spec by example in
the format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

ASIDES: list[Row] = [
    ("Brent crude (the global benchmark, which is priced in dollars and settles in London) rose "
     "1.2% to $83.10 a barrel on Friday.", "2024-06-14",
     ["BRENT session_change up 1.2 percent 2024-06-14 level=83.1"]),
    ("The Kospi (Seoul's main board, heavy with chipmakers such as Samsung Electronics and SK "
     "Hynix) fell 2.1% on Thursday.", "2024-06-14",
     ["KOSPI session_change down 2.1 percent 2024-06-13"]),
    ("Germany's 10-year yield (a gauge of how investors rate the euro zone's core members) "
     "climbed 11 basis points to 2.60% on Tuesday.", "2024-06-14",
     ["DE10Y session_change up 11 bp 2024-06-11 level=2.6"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ASIDES))
def test_a_long_parenthesis_is_an_aside(sentence: str, published: str, expected: list[str]) -> None:
    """A bracketed aside between a subject and its verb, however long and whatever it names,
    leaves the subject to the verb."""
    assert extract(sentence, published) == expected


CONDITIONALS: list[Row] = [
    ("Should the yen weaken past 160 per dollar, Japan's finance ministry would likely "
     "intervene, officials said.", "2024-06-14", []),
    ("Should Brent climb above $100 a barrel, OPEC+ would add supply, delegates said.",
     "2024-06-14", []),
    ("Should the S&P 500 close above 5,500 on Friday, it would be a record.", "2024-06-14", []),
    ("Copper fell 2% on Monday; should it drop below $9,000, miners would cut output.",
     "2024-06-14", ["COPPER session_change down 2 percent 2024-06-10"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CONDITIONALS))
def test_an_inverted_conditional_is_no_claim(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Should X weaken past 30, ...": a clause opened by "should" before its subject is a
    condition, not a move."""
    assert extract(sentence, published) == expected
