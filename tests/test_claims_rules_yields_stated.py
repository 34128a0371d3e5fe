"""Claim parser rules for a yield stated by a note's yield or price ("was yielding 4.12%", "rose
20/32 in price to yield 4.12%") and for a fronted "having been" state, spec by example in the
format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

YIELDING: list[Row] = [
    ("The benchmark 10-year Treasury note was yielding 4.12% on Thursday.", "2024-03-08",
     ["US10Y level none 2024-03-07 level=4.12"]),
    ("The two-year note yielded 4.71% late on Tuesday, the most in a month.", "2023-09-13",
     ["US2Y level none 2023-09-12 level=4.71",
      "US2Y record up 2023-09-12 level=4.71 since=2023-08-12"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(YIELDING))
def test_yielding(sentence: str, published: str, expected: list[str]) -> None:
    """ "was yielding 4.12%" and "yielded 4.71%" state the yield's level, not a move."""
    assert extract(sentence, published) == expected


PAPER_PRICE: list[Row] = [
    ("The 10-year note rose 20/32 in price to yield 4.12% on Thursday.", "2024-03-08",
     ["US10Y level none 2024-03-07 level=4.12"]),
    ("The 30-year bond shed 1-8/32 to yield 4.30% on Monday.", "2023-10-03",
     ["US30Y level none 2023-10-02 level=4.3"]),
    ("The 10-year note slipped 5/32 in price on Wednesday.", "2022-05-12", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PAPER_PRICE))
def test_paper_price(sentence: str, published: str, expected: list[str]) -> None:
    """A note's price move in 32nds runs against its yield: no yield move is read from it,
    only the yield it leaves ("to yield 4.12%")."""
    assert extract(sentence, published) == expected


HAVING_BEEN: list[Row] = [
    ("Having been down as much as 1.8%, the Nasdaq ended 0.4% higher on Thursday.", "2024-03-08",
     ["NASDAQ intraday_extreme down 1.8 percent as_much_as 2024-03-07",
      "NASDAQ session_change up 0.4 percent 2024-03-07"]),
    ("After being up 2% at one point, Brent settled 0.3% lower on Tuesday.", "2021-11-24",
     ["BRENT intraday_extreme up 2 percent 2021-11-23",
      "BRENT session_change down 0.3 percent 2021-11-23"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HAVING_BEEN))
def test_having_been(sentence: str, published: str, expected: list[str]) -> None:
    """A fronted "having been down as much as 1.8%" is the main subject's extreme that day."""
    assert extract(sentence, published) == expected


STREAK_RECORDS: list[Row] = [
    ("The Nikkei posted its fifth straight record close on Thursday.", "2024-03-08",
     ["NIKKEI225 record up 2024-03-07"]),
    ("Copper logged a third straight record close on Monday.", "2024-05-21",
     ["COPPER record up 2024-05-20"]),
    ("Notching its third record close in a row, Mumbai's Sensex ended at 81,343 on "
     "Thursday.", "2024-07-19",
     ["SENSEX record up 2024-07-18 level=81343",
      "SENSEX level none 2024-07-18 level=81343"]),
    ("The S&P 500 gained 0.9% on Wednesday, posting its 20th record close of the year.",
     "2024-05-16",
     ["SPX session_change up 0.9 percent 2024-05-15", "SPX record up 2024-05-15"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STREAK_RECORDS))
def test_streak_records(sentence: str, published: str, expected: list[str]) -> None:
    """The count of a streak ("its fifth straight", "in a row") leaves the day's record a
    record, also in a fronted or trailing participle; the streak itself is not labelled."""
    assert extract(sentence, published) == expected
