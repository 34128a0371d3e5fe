"""Claim parser rules from session 26 (helper jC): government yields named loosely or compared
across tenors.

- loose names of a government's benchmark yield ("Italian borrowing costs", "the yield on
  Italian debt", "yields on German government bonds", "the yield on the benchmark German Bund",
  "the yield on the policy-sensitive two-year note", "America's 10-year yield", "Britain's
  borrowing costs", "yields on two-year German debt"): that government's 10-year yield (or the tenor named);
- a tenor yield named only as what another yield crossed ("the two-year yield dipped below the
  10-year", "the 30-year yield rose above the 10-year"): no subject; the crossing yield keeps its
  own tenor and the move told after the comparison ("climbing 6 basis points to 2.59%");
- "since July 2022" is no "July 20";
- a likeness by a possessive government ("Germany's equivalent") after a tenor yield.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

LOOSE_NAMES: list[Row] = [
    ('Italian borrowing costs jumped 20 basis points on Tuesday as the coalition row in Rome deepened.',
     '2018-05-29',
     ['IT10Y session_change up 20 bp 2018-05-29']),
    ('The yield on Italian debt rose to 3.16% on Tuesday, its highest since 2014.',
     '2018-05-29',
     ['IT10Y level up 2018-05-29 level=3.16',
      'IT10Y record up 2018-05-29 level=3.16 since=2014-01-01']),
    ('Yields on German government bonds fell 4 basis points to 0.31% as investors sought safety.',
     '2018-05-29',
     ['DE10Y session_change down 4 bp 2018-05-29 level=0.31']),
    ('The yield on the benchmark German Bund slipped to minus 0.71% on Thursday, a record low.',
     '2019-08-15',
     ['DE10Y level down 2019-08-15 level=-0.71',
      'DE10Y record down 2019-08-15 level=-0.71']),
    ('The yield on the policy-sensitive two-year note climbed 12 basis points to 4.98% on Wednesday.',
     '2023-03-08',
     ['US2Y session_change up 12 bp 2023-03-08 level=4.98']),
    ("America's 10-year yield rose 9 basis points to 4.28% on Friday after a strong jobs report.",
     '2024-10-04',
     ['US10Y session_change up 9 bp 2024-10-04 level=4.28']),
    ("Britain's borrowing costs climbed to 4.92% on Thursday, their highest since 2008, as gilts sold off.",
     '2025-01-09',
     ['UK10Y level up 2025-01-09 level=4.92',
      'UK10Y record up 2025-01-09 level=4.92 since=2008-01-01']),
    ('Yields on British government bonds rose 15 basis points on Wednesday as the sterling sell-off spread.',
     '2022-09-28',
     ['UK10Y session_change up 15 bp 2022-09-28']),
    ('The yield on Italian 10-year debt fell 25 basis points to 1.88% as the new government softened its budget stance.',
     '2019-08-30',
     ['IT10Y session_change down 25 bp 2019-08-30 level=1.88']),
    ('Yields on two-year German debt rose 7 basis points to 0.72% on Thursday as traders bet on a July hike.',
     '2022-06-09',
     ['DE2Y session_change up 7 bp 2022-06-09 level=0.72']),
]  # fmt: skip

YARDSTICKS: list[Row] = [
    ('The two-year yield dipped below the 10-year for the first time since July 2022 on Monday, trading as low as 3.65%.',
     '2024-08-05',
     ['US2Y intraday_extreme down 2024-08-05 level=3.65']),
    ('The 30-year yield rose above the 10-year for the first time since 2006 on Monday, climbing 6 basis points to 2.59%.',
     '2022-03-28',
     ['US30Y session_change up 6 bp 2022-03-28 level=2.59']),
    ('The five-year Treasury yield rose above the 30-year on Monday, climbing 10 basis points to 2.61%.',
     '2022-03-28',
     ['US5Y session_change up 10 bp 2022-03-28 level=2.61']),
    ('The 30-year Treasury yield dropped 10 basis points to a record low of 2.02% on Wednesday, while the two-year yield briefly rose above the 10-year for the first time since 2007.',
     '2019-08-14',
     ['US30Y session_change down 10 bp 2019-08-14 level=2.02',
      'US30Y record down 2019-08-14 level=2.02']),
    ("The 10-year U.S. yield slipped 3 basis points to 4.18%, while Germany's equivalent fell 4 basis points to 2.30%.",
     '2024-11-15',
     ['US10Y session_change down 3 bp 2024-11-15 level=4.18',
      'DE10Y session_change down 4 bp 2024-11-15 level=2.3']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LOOSE_NAMES))
def test_loose_government_yield_names(sentence: str, published: str, expected: list[str]) -> None:
    """ "Italian borrowing costs", "yields on German government bonds": the 10-year yield."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(YARDSTICKS))
def test_yields_compared_across_tenors(sentence: str, published: str, expected: list[str]) -> None:
    """ "the 30-year yield rose above the 10-year, climbing 6 bp": the 30-year's own move."""
    assert extract(sentence, published) == expected
