"""The seed article yields exactly its eight market claims, every field pinned (golden)."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.claims import extract_claims
from dashboard.claims.parser import parse_claims
from dashboard.domain import Claim, Direction, Hedge, Measure, Unit
from dashboard.instruments import load_registry
from tests.conftest import SEED

PUBLISHED = date(2022, 2, 25)
THU, FRI = date(2022, 2, 24), date(2022, 2, 25)
RUSSIAN = '"Russian markets" read as MOEX Russia Index (default)'
EUROPE = '"Stocks in Europe" read as STOXX Europe 600 (default)'
OIL = '"oil" read as Brent crude (default)'
MOEX = "the benchmark MOEX index"

# (span, start, instrument, subject, measure, direction, size, unit, hedge, session,
#  inverse, time_words, default_note) -- derived by hand from the article text.
GOLDEN = [
    ("Russian markets rallied at the open", 1499, "IMOEX", "Russian markets",
     Measure.OPEN_MOVE, Direction.UP, None, None, Hedge.EXACT, FRI, False, "", RUSSIAN),
    ("the benchmark MOEX index was up 15%", 1809, "IMOEX", MOEX,
     Measure.INTRADAY_CHANGE, Direction.UP, 15.0, Unit.PERCENT, Hedge.EXACT, FRI, False, "", ""),
    ("losing as much as 45% Thursday", 1851, "IMOEX", MOEX, Measure.INTRADAY_EXTREME,
     Direction.DOWN, 45.0, Unit.PERCENT, Hedge.AS_MUCH_AS, THU, False, "Thursday", ""),
    ("The ruble gained 2.1% against the dollar", 1883, "USDRUB", "The ruble",
     Measure.SESSION_CHANGE, Direction.UP, 2.1, Unit.PERCENT, Hedge.EXACT, FRI, True, "", ""),
    ("sinking to a record low the previous day", 1930, "USDRUB", "The ruble", Measure.RECORD,
     Direction.DOWN, None, None, Hedge.EXACT, THU, True, "the previous day", ""),
    ("Stocks in Europe also rebounded", 1972, "STOXX600", "Stocks in Europe",
     Measure.SESSION_CHANGE, Direction.UP, None, None, Hedge.EXACT, FRI, False, "", EUROPE),
    ("were at session highs", 2008, "STOXX600", "Stocks in Europe", Measure.SESSION_HIGH,
     Direction.NONE, None, None, Hedge.EXACT, FRI, False, "", EUROPE),
    ("oil slipped further", 2037, "BRENT", "oil", Measure.SESSION_CHANGE, Direction.DOWN,
     None, None, Hedge.EXACT, FRI, False, "", OIL),
]  # fmt: skip


def _expected(row: tuple[object, ...]) -> Claim:
    span, start, inst, subject, measure, way, size, unit, hedge, session, inv, words, note = row
    assert isinstance(span, str) and isinstance(start, int)
    return Claim(
        text=span,
        start=start,
        end=start + len(span),
        instrument=str(inst),
        subject=str(subject),
        measure=measure,  # type: ignore[arg-type]
        direction=way,  # type: ignore[arg-type]
        size=size,  # type: ignore[arg-type]
        unit=unit,  # type: ignore[arg-type]
        hedge=hedge,  # type: ignore[arg-type]
        session=session,  # type: ignore[arg-type]
        inverse=bool(inv),
        time_words=str(words),
        default_note=str(note),
    )


@pytest.fixture(scope="module")
def seed_claims() -> tuple[Claim, ...]:
    """The parser's claims on the seed (the raising parser, so a bug fails loudly)."""
    return parse_claims(SEED.read_text("utf-8"), PUBLISHED, load_registry())


def test_seed_yields_exactly_eight_claims(seed_claims: tuple[Claim, ...]) -> None:
    """Eight claims, no more: nothing from rifles, the 27-nation EU, Swift or the byline."""
    assert [c.text for c in seed_claims] == [row[0] for row in GOLDEN]


@pytest.mark.parametrize("index", range(len(GOLDEN)))
def test_seed_claim_fields(seed_claims: tuple[Claim, ...], index: int) -> None:
    """Each seed claim matches the hand-derived golden claim in every field."""
    assert seed_claims[index] == _expected(GOLDEN[index])


def test_seed_spans_match_the_text(seed_claims: tuple[Claim, ...]) -> None:
    """Every span is an exact slice of the article."""
    text = SEED.read_text("utf-8")
    assert all(text[c.start : c.end] == c.text for c in seed_claims)


def test_public_entry_agrees_with_parser(seed_claims: tuple[Claim, ...]) -> None:
    """``extract_claims`` (the total wrapper) returns what the parser returns."""
    assert extract_claims(SEED.read_text("utf-8"), PUBLISHED) == seed_claims


def test_non_claim_numbers_are_not_extracted(seed_claims: tuple[Claim, ...]) -> None:
    """The seed's numbers that are not prices stay out of every span."""
    spans = " | ".join(c.text for c in seed_claims)
    for words in ("18,000", "27-nation", "second day", "second-largest", "Swift", "Updates"):
        assert words not in spans
