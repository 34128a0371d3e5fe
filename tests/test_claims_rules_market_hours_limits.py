"""Claim parser rules for market-place trading hours, bare point sizes and daily-limit moves,
spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences,
not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

PLACE_THEN_PART: list[Row] = [
    ("The euro eased 0.2% to $1.0830 in Frankfurt morning trade.", "2024-04-09",
     ["EURUSD intraday_change down 0.2 percent 2024-04-09 level=1.083"]),
    ("In Tokyo afternoon trading, the Nikkei was 0.5% firmer.", "2024-04-09",
     ["NIKKEI225 intraday_change up 0.5 percent 2024-04-09"]),
    ("Sterling rose 0.4% to $1.2660 in London trading.", "2024-04-09",
     ["GBPUSD session_change up 0.4 percent 2024-04-09 level=1.266"]),
]  # fmt: skip

FRONTED_REGION_HOURS: list[Row] = [
    ("In European trade on Tuesday, Brent gained 0.6% to $90.90 a barrel.", "2024-04-09",
     ["BRENT intraday_change up 0.6 percent 2024-04-09 level=90.9"]),
    ("In Asian trading, spot gold slipped 0.3%.", "2024-04-09",
     ["GOLD intraday_change down 0.3 percent 2024-04-09"]),
]  # fmt: skip

BARE_POINTS: list[Row] = [
    ("The dollar index was down 0.4 at 104.10 in late trading.", "2024-04-09",
     ["DXY intraday_change down 0.4 points 2024-04-09 level=104.1"]),
    ("The Dow Jones Industrial Average fell 215 to 38,620 on Tuesday.", "2024-04-09",
     ["DJIA session_change down 215 points 2024-04-09 level=38620"]),
    ("The dollar index was up 0.2 at 0930 GMT.", "2024-04-09",
     ["DXY intraday_change up 2024-04-09"]),
    ("The Nasdaq Composite closed 96 lower at 16,306 on Tuesday.", "2024-04-09",
     ["NASDAQ session_change down 96 points 2024-04-09 level=16306"]),
]  # fmt: skip

LIMIT_MOVES: list[Row] = [
    ("Corn futures fell by their 40-cent daily limit to $6.85-1/2 a bushel.", "2024-04-09",
     ["CORN session_change down 40 points 2024-04-09 level=6.855"]),
    ("Soybeans climbed by the exchange limit of 70 cents on Tuesday.", "2024-04-09",
     ["SOYBEANS session_change up 70 points 2024-04-09"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PLACE_THEN_PART))
def test_place_then_part(sentence: str, published: str, expected: list[str]) -> None:
    """'in London afternoon trade' is a state by a part of the day; 'in London trading' is not."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_REGION_HOURS))
def test_fronted_region_hours(sentence: str, published: str, expected: list[str]) -> None:
    """A fronted 'In Asian trade (on Friday),' makes the clause's move a state of the day."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BARE_POINTS))
def test_bare_points(sentence: str, published: str, expected: list[str]) -> None:
    """'was up 0.25 at 106.80', 'closed 96 lower at': a bare number before the level is points."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LIMIT_MOVES))
def test_limit_moves(sentence: str, published: str, expected: list[str]) -> None:
    """'jumped by its 70-cent daily limit': a move by the limit is sized in cents."""
    assert extract(sentence, published) == expected


TREASURY_NOTES: list[Row] = [
    ("The five-year note yield rose 4 basis points to 4.12%.", "2024-04-09",
     ["US5Y session_change up 4 bp 2024-04-09 level=4.12"]),
    ("Bonds sold off, with the yield on the two-year note up 7 bps at 4.79%.", "2024-04-09",
     ["US2Y intraday_change up 7 bp 2024-04-09 level=4.79"]),
    ("The 30-year bond yield slipped 3 basis points on Tuesday.", "2024-04-09",
     ["US30Y session_change down 3 bp 2024-04-09"]),
]  # fmt: skip

APPOSED_FLAT: list[Row] = [
    ("The won traded at 1,352 per dollar, little changed from its previous close.", "2024-04-09",
     ["USDKRW intraday_change flat 2024-04-09 inverse level=1352"]),
    ("Copper stood at $9,310 a tonne, flat on the day, while aluminium rose 1%.", "2024-04-09",
     ["COPPER intraday_change flat 2024-04-09 level=9310",
      "ALUMINIUM session_change up 1 percent 2024-04-09"]),
    ("Brent settled barely changed at $90.38 a barrel.", "2024-04-09",
     ["BRENT session_change flat 2024-04-09 level=90.38"]),
]  # fmt: skip

TURN_TO_TRADE_WAY_FIRST: list[Row] = [
    ("Silver pared early gains to trade up 12 cents at $27.95 an ounce.", "2024-04-09",
     ["SILVER intraday_change up 0.12 points 2024-04-09 level=27.95"]),
    ("The 10-year yield reversed course to stand down 3 bps at 4.38%.", "2024-04-09",
     ["US10Y intraday_change down 3 bp 2024-04-09 level=4.38"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TREASURY_NOTES))
def test_treasury_notes(sentence: str, published: str, expected: list[str]) -> None:
    """'the two-year note yield', 'the yield on the 30-year bond' name the Treasury tenor."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(APPOSED_FLAT))
def test_apposed_flat(sentence: str, published: str, expected: list[str]) -> None:
    """A level then ', little changed' is a flat state; 'settled' closes it like 'closed'."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TURN_TO_TRADE_WAY_FIRST))
def test_turn_to_trade_way_first(sentence: str, published: str, expected: list[str]) -> None:
    """'trimmed early losses to trade down $1.10': the state after a turn, way before size."""
    assert extract(sentence, published) == expected


PRIOR_DAY_NOUNS: list[Row] = [
    ("Copper rose 1.1% on Wednesday, clawing back part of the prior session's 2.4% slide.",
     "2024-04-10",
     ["COPPER session_change up 1.1 percent 2024-04-10",
      "COPPER session_change down 2.4 percent 2024-04-09"]),
]  # fmt: skip

POSITIONS_NOT_PRICES: list[Row] = [
    ("Speculators raised their net long position in copper to the highest since 2021.",
     "2024-04-09", []),
    ("Open interest in WTI futures climbed 4% to a record, while Brent rose 0.5%.",
     "2024-04-09", ["BRENT session_change up 0.5 percent 2024-04-09"]),
]  # fmt: skip

SPEED_VERBS: list[Row] = [
    ("Bitcoin shot above $70,000 on Tuesday before retreating to $68,900.", "2024-04-09",
     ["BTC intraday_extreme up 2024-04-09 level=70000", "BTC level down 2024-04-09 level=68900"]),
    ("Ether shot lower by 6% on Tuesday.", "2024-04-09",
     ["ETH session_change down 6 percent 2024-04-09"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PRIOR_DAY_NOUNS))
def test_prior_day_nouns(sentence: str, published: str, expected: list[str]) -> None:
    """'the prior day's 5% plunge', like 'the previous day's', dates a sized move noun."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(POSITIONS_NOT_PRICES))
def test_positions_not_prices(sentence: str, published: str, expected: list[str]) -> None:
    """A position or open interest in a market is no claim on its price."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SPEED_VERBS))
def test_speed_verbs(sentence: str, published: str, expected: list[str]) -> None:
    """'shot' is a move up, unless a way word follows ('shot lower', like 'spiked lower')."""
    assert extract(sentence, published) == expected


PLACE_NAMES: list[Row] = [
    ("The lira stood at 32.40 per dollar in Istanbul on Tuesday, little changed.", "2024-04-09",
     ["USDTRY intraday_change flat 2024-04-09 inverse level=32.4"]),
]  # fmt: skip

WINDOW_CLOSED_WITH: list[Row] = [
    ("The Nikkei closed out 2023 with a gain of about 28%.", "2023-12-29",
     ["NIKKEI225 period_change up 28 percent about 2023-12-29 since=2023-01-01"]),
    ("Copper ended the week with a 2.5% loss.", "2024-04-12",
     ["COPPER period_change down 2.5 percent 2024-04-12 since=2024-04-08"]),
    ("The Hang Seng finished 2023 down 14%.", "2023-12-29",
     ["HSI period_change down 14 percent 2023-12-29 since=2023-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PLACE_NAMES))
def test_place_names(sentence: str, published: str, expected: list[str]) -> None:
    """'in Mumbai', 'in Istanbul': the market's place is read past, not a stop."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WINDOW_CLOSED_WITH))
def test_window_closed_with(sentence: str, published: str, expected: list[str]) -> None:
    """'closed out 2023 with a gain of 20%', 'ended 2023 up 20%': the year's move."""
    assert extract(sentence, published) == expected
