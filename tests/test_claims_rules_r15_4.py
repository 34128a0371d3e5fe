"""Claim parser rules for the names wire copy gives registry instruments (a country's
possessive, a place's main index, nicknames), spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

POSSESSIVE_CURRENCIES: list[Row] = [
    ("Norway's crown slipped 0.8% against the dollar on Tuesday.", "2024-04-16",
     ["USDNOK session_change down 0.8 percent 2024-04-16 inverse"]),
    ("Sweden's krona and Norway's crown each gained about 0.5% against the euro.", "2024-04-16",
     []),  # the registry quotes neither against the euro
    ("The dollar rose 1% against Sweden's crown, while Poland's zloty firmed 0.2%.",
     "2024-04-16",
     ["USDSEK session_change up 1 percent 2024-04-16",
      "USDPLN session_change up 0.2 percent 2024-04-16 inverse"]),
    ("Canada's dollar rose 0.3% to 1.3520 per U.S. dollar.", "2024-04-16",
     ["USDCAD session_change up 0.3 percent 2024-04-16 inverse level=1.352"]),
    ("Denmark's crown fell 0.4% against the dollar.", "2024-04-16", []),
]  # fmt: skip

PLACE_MAIN_INDEXES: list[Row] = [
    ("Taiwan's main share index closed down 2.1% on Friday.", "2024-07-26",
     ["TAIEX session_change down 2.1 percent 2024-07-26"]),
    ("Britain's leading share index ended 0.4% higher at 8,285.71.", "2024-07-26",
     ["FTSE100 session_change up 0.4 percent 2024-07-26 level=8285.71"]),
    ("Japan's key stock index slid 3.3%, and Canada's main stock gauge lost 0.7%.", "2024-07-26",
     ["NIKKEI225 session_change down 3.3 percent 2024-07-26",
      "TSX session_change down 0.7 percent 2024-07-26"]),
    ("Germany's blue-chip index gave up 1.1%, while France's blue-chip index shed 0.9%.",
     "2024-07-26",
     ["DAX session_change down 1.1 percent 2024-07-26",
      "CAC40 session_change down 0.9 percent 2024-07-26"]),
    ("China's blue-chip index edged up 0.2% to 3,390.1.", "2024-07-26",
     ["CSI300 session_change up 0.2 percent 2024-07-26 level=3390.1"]),
]  # fmt: skip

NICKNAMES: list[Row] = [
    ("The safe-haven metal climbed 1.2% to $2,412 an ounce.", "2024-05-20",
     ["GOLD session_change up 1.2 percent 2024-05-20 level=2412"]),
    ("Silver jumped 3%, and the safe-haven metal added 0.8% on the week.", "2024-05-17",
     ["SILVER session_change up 3 percent 2024-05-17",
      "GOLD period_change up 0.8 percent 2024-05-17 since=2024-05-13"]),
]  # fmt: skip

SLIGHT_STATES: list[Row] = [
    ("The euro was a touch firmer at $1.0850.", "2024-04-16",
     ["EURUSD intraday_change up 2024-04-16 level=1.085"]),
    ("The Australian dollar was a tad weaker at $0.6410 in Asian trade.", "2024-04-16",
     ["AUDUSD intraday_change down 2024-04-16 level=0.641"]),
    ("Oil ended a shade lower on Monday.", "2024-04-16",
     ["BRENT session_change down 2024-04-15"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(POSSESSIVE_CURRENCIES))
def test_possessive_currencies(sentence: str, published: str, expected: list[str]) -> None:
    """'Norway's crown' is the Norwegian crown: a country's possessive names its currency."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PLACE_MAIN_INDEXES))
def test_place_main_indexes(sentence: str, published: str, expected: list[str]) -> None:
    """A place's main, key or leading (stock, share) index is its benchmark."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NICKNAMES))
def test_nicknames(sentence: str, published: str, expected: list[str]) -> None:
    """'The safe-haven metal' is gold."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SLIGHT_STATES))
def test_slight_states(sentence: str, published: str, expected: list[str]) -> None:
    """'A touch', 'a tad', 'a shade' before a direction word are 'slightly': an unsized move."""
    assert extract(sentence, published) == expected
