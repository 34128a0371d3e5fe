"""Claim parser rules for the names journalists give registry instruments, spec by example in
the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

OWNED_BENCHMARK_YIELDS: list[Row] = [
    ("Germany's benchmark 10-year yield climbed 6 basis points to 2.58% on Tuesday.",
     "2025-03-04", ["DE10Y session_change up 6 bp 2025-03-04 level=2.58"]),
    ("Japan's benchmark 10-year yield edged down 1.5 basis points.", "2024-07-10",
     ["JP10Y session_change down 1.5 bp 2024-07-10"]),
    ("Italy's benchmark 10-year bond yield fell 9 basis points to 3.61%.", "2024-11-06",
     ["IT10Y session_change down 9 bp 2024-11-06 level=3.61"]),
    ("Japan's 30-year bond yield rose 4 basis points.", "2024-07-10", []),
]  # fmt: skip

OTHER_NAMES: list[Row] = [
    ("Frankfurt's DAX 40 index lost 1.1% on Thursday.", "2024-08-01",
     ["DAX session_change down 1.1 percent 2024-08-01"]),
    ("The CAC-40 finished 0.6% higher.", "2024-06-14",
     ["CAC40 session_change up 0.6 percent 2024-06-14"]),
    ("The Dow industrials shed 1.2% on Wednesday.", "2024-07-24",
     ["DJIA session_change down 1.2 percent 2024-07-24"]),
    ("Light sweet crude for August delivery rose 84 cents to $82.81 a barrel.", "2024-07-02",
     ["WTI session_change up 0.84 points 2024-07-02 level=82.81"]),
    ("Futures tied to the S&P 500 were down 0.7% before the bell.", "2024-08-05",
     ["ES intraday_change down 0.7 percent 2024-08-05"]),
    ("The yield on two-year Treasury notes fell 10 basis points to 4.42%.", "2024-07-11",
     ["US2Y session_change down 10 bp 2024-07-11 level=4.42"]),
    ("The 30-year bond yield rose 5 basis points to 4.61%.", "2024-07-01",
     ["US30Y session_change up 5 bp 2024-07-01 level=4.61"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OWNED_BENCHMARK_YIELDS))
def test_owned_benchmark_yields(sentence: str, published: str, expected: list[str]) -> None:
    """'Germany's benchmark 10-year yield' is that government's yield, and a tenor the
    registry lacks for that government gives no claim rather than the Treasury's."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OTHER_NAMES))
def test_other_names_of_registry_instruments(
    sentence: str, published: str, expected: list[str]
) -> None:
    """The DAX 40, the CAC-40, light sweet crude, futures 'tied to' an index and Treasury notes
    are the registry instruments journalists mean."""
    assert extract(sentence, published) == expected


OILS: list[Row] = [
    ("Malaysian palm oil futures jumped 3% on Monday on export hopes.", "2024-05-20", []),
    ("Soybean oil fell 1.5% in Chicago, while oil prices rose 0.8%.", "2024-05-20",
     ["BRENT session_change up 0.8 percent 2024-05-20"]),
    ("U.S. crude oil futures rose 2% to $79.40 a barrel.", "2024-05-20",
     ["WTI session_change up 2 percent 2024-05-20 level=79.4"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OILS))
def test_which_oil(sentence: str, published: str, expected: list[str]) -> None:
    """A vegetable oil is not the crude 'oil' stands for; 'U.S. crude oil' is WTI, not Brent."""
    assert extract(sentence, published) == expected
