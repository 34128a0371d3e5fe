"""Claim parser rules for lists of closes and states ("closing down 33% and the RTS down 38%",
"to stand 4% weaker at 6.88"), spec by example in the format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

GAPPED_AFTER_PARTICIPLE: list[Row] = [
    ("US stocks sank, with the Nasdaq tumbling 3.1% and the Russell 2000 down 3.9%.",
     "2024-03-15",
     ["SPX session_change down 2024-03-15",
      "NASDAQ session_change down 3.1 percent 2024-03-15",
      "RUT session_change down 3.9 percent 2024-03-15"]),
    ("Asian markets slid on Tuesday, with the Nikkei closing down 2.2% and the broader Topix "
     "off 1.8%.", "2024-03-12",
     ["NIKKEI225 session_change down 2.2 percent 2024-03-12",
      "TOPIX session_change down 1.8 percent 2024-03-12"]),
    ("The Fed's surprise cut lifted risk assets, the Nasdaq jumping 2.4% and the Russell 2000 "
     "up 3.1%.", "2024-03-12",
     ["NASDAQ session_change up 2.4 percent 2024-03-12",
      "RUT session_change up 3.1 percent 2024-03-12"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GAPPED_AFTER_PARTICIPLE))
def test_gapped_after_participle(sentence: str, published: str, expected: list[str]) -> None:
    """A bare state after a participle in one list of absolute clauses shares its close."""
    assert extract(sentence, published) == expected


TO_STAND_AFTER_TURN: list[Row] = [
    ("The rand slid to 19.4 per dollar before paring losses to stand 1.5% weaker at 19.1.",
     "2024-03-12",
     ["USDZAR intraday_extreme down 2024-03-12 inverse level=19.4",
      "USDZAR intraday_change down 1.5 percent 2024-03-12 inverse level=19.1"]),
    ("Copper recovered to stand 0.8% higher at $9,120 a tonne.", "2024-03-12",
     ["COPPER intraday_change up 0.8 percent 2024-03-12 level=9120"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TO_STAND_AFTER_TURN))
def test_to_stand_after_turn(sentence: str, published: str, expected: list[str]) -> None:
    """'to stand N% weaker at L' after a turn is a state, like 'to trade N% weaker'."""
    assert extract(sentence, published) == expected
