"""Claim parser rules from the blind dev batches r10_1 and r10_2, spec by example in the format
of tests/test_claims_examples.py (our own wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

STATE_THEN_MOVE: list[Row] = [
    ("The yen was flat at 156.40 per dollar in Asian trading, while the Australian dollar"
     " slipped 0.3% to $0.6610.", "2024-05-14",
     ["USDJPY intraday_change flat 2024-05-14 inverse level=156.4",
      "AUDUSD session_change down 0.3 percent 2024-05-14 level=0.661"]),
    ("The Nikkei was up 0.5% at the lunch break, while the Topix gained 0.3%.", "2024-05-14",
     ["NIKKEI225 intraday_change up 0.5 percent 2024-05-14",
      "TOPIX session_change up 0.3 percent 2024-05-14"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STATE_THEN_MOVE))
def test_state_in_the_day_lends_no_time(sentence: str, published: str, expected: list[str]) -> None:
    """ "A was flat in Asian trading, while B slipped 0.3%": only a move shares its part of day."""
    assert extract(sentence, published) == expected
