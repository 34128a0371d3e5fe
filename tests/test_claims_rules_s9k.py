"""Claim parser rules for sized windows told as nouns ("capping a run of roughly 35% since
February"), two-session windows ("over Thursday and Friday") and "already" between a move and
the next, spec by example in the format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

RUNS: list[Row] = [
    ("Silver rose 1.2% on Tuesday, capping a run of about 25% since March.", "2024-05-21",
     ["SILVER session_change up 1.2 percent 2024-05-21",
      "SILVER period_change up 25 percent about 2024-05-21 since=2024-03-01"]),
    ("Cocoa rose 2% on Friday, extending a 40% run-up this year.", "2024-03-01",
     ["COCOA session_change up 2 percent 2024-03-01",
      "COCOA period_change up 40 percent 2024-03-01 since=2024-01-01"]),
    ("Copper extended its losing run to a fifth session on Monday.", "2024-05-20", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RUNS))
def test_a_sized_run_is_a_rise(sentence: str, published: str, expected: list[str]) -> None:
    """ "a run of about 25%", "a 40% run-up": a rise over the noun's window; an unsized
    "losing run" is no move noun."""
    assert extract(sentence, published) == expected


TWO_DAYS: list[Row] = [
    ("The Kospi lost 6% over Thursday and Friday.", "2025-04-07",
     ["KOSPI period_change down 6 percent 2025-04-04 since=2025-04-03"]),
    ("Across Friday and Monday, the yen gained 2.5% against the dollar.", "2025-04-08",
     ["USDJPY period_change up 2.5 percent 2025-04-07 inverse since=2025-04-04"]),
    ("Brent fell 2% on Monday, having already shed 7% over Thursday and Friday.", "2025-04-07",
     ["BRENT session_change down 2 percent 2025-04-07",
      "BRENT period_change down 7 percent 2025-04-04 since=2025-04-03"]),
    ("Gold rose 1% on Monday, having already gained 3% last week.", "2025-04-07",
     ["GOLD session_change up 1 percent 2025-04-07",
      "GOLD period_change up 3 percent 2025-04-04 since=2025-03-31"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TWO_DAYS))
def test_two_named_days_are_a_window(sentence: str, published: str, expected: list[str]) -> None:
    """ "over Thursday and Friday": a window from the first day to the second; "having already
    shed" carries the subject like "having shed"."""
    assert extract(sentence, published) == expected
