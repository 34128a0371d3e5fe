"""Claim parser rules found on the r12_3 blind batch, spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

TURNED_TO_TRADE: list[Row] = [
    ("The euro erased early losses to trade 0.3% higher on Tuesday.", "2024-03-12",
     ["EURUSD intraday_change up 0.3 percent 2024-03-12"]),
    ("Brent gave up its initial gains to trade 1.1% lower.", "2024-03-12",
     ["BRENT intraday_change down 1.1 percent 2024-03-12"]),
    ("The rand weakened to 18.95 per dollar before the currency recouped its losses to trade"
     " little changed.", "2024-03-12",
     ["USDZAR intraday_extreme down 2024-03-12 inverse level=18.95",
      "USDZAR intraday_change flat 2024-03-12 inverse"]),
]  # fmt: skip


LEFT_BY_RECOVERY: list[Row] = [
    ("Bitcoin slumped to $58,400 on Tuesday, before the token clawed back some of its losses.",
     "2024-03-12",
     ["BTC intraday_extreme down 2024-03-12 level=58400"]),
    ("The lira sank to 32.4 per dollar, a record low, before the currency regained some ground.",
     "2024-03-12",
     ["USDTRY intraday_extreme down 2024-03-12 inverse level=32.4",
      "USDTRY record down 2024-03-12 inverse level=32.4"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TURNED_TO_TRADE))
def test_turned_to_trade(sentence: str, published: str, expected: list[str]) -> None:
    """A turn ("erased early gains", "gave up its gains") then "to trade X% lower / flat" is a state."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEFT_BY_RECOVERY))
def test_left_by_recovery(sentence: str, published: str, expected: list[str]) -> None:
    """A level fallen to, then left ("before ... clawed back", "recouped", "regained"), is the extreme."""
    assert extract(sentence, published) == expected


NOTE_YIELDS: list[Row] = [
    ("The yield on the five-year Treasury note rose 6 basis points to 4.21%, and that on the"
     " 30-year bond was last up 4 bps.", "2024-03-12",
     ["US5Y session_change up 6 bp 2024-03-12 level=4.21",
      "US30Y intraday_change up 4 bp 2024-03-12"]),
    ("The two-year note yield dipped 3 basis points on Tuesday.", "2024-03-12",
     ["US2Y session_change down 3 bp 2024-03-12"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NOTE_YIELDS))
def test_note_yields(sentence: str, published: str, expected: list[str]) -> None:
    """A tenor yield phrase widens over the paper it names ("the 10-year note", "bond yield")."""
    assert extract(sentence, published) == expected


POSTED_MOVES: list[Row] = [
    ("The Kospi eked out a 0.2% gain on Wednesday.", "2024-03-14",
     ["KOSPI session_change up 0.2 percent 2024-03-13"]),
    ("Silver racked up a 5% weekly advance.", "2024-03-15",
     ["SILVER period_change up 5 percent 2024-03-15 since=2024-03-11"]),
    ("The rand and the real chalked up gains of 0.9% and 0.4%, respectively.", "2024-03-14",
     ["USDZAR session_change up 0.9 percent 2024-03-14 inverse",
      "USDBRL session_change up 0.4 percent 2024-03-14 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(POSTED_MOVES))
def test_posted_moves(sentence: str, published: str, expected: list[str]) -> None:
    """ "eked out", "racked up", "chalked up" post a move noun, as "posted" does, sized or per period."""
    assert extract(sentence, published) == expected


LEVEL_SAT: list[Row] = [
    ("The VIX sat at 13.1 on Thursday, its lowest since 2019.", "2024-03-14",
     ["VIX level none 2024-03-14 level=13.1",
      "VIX record down 2024-03-14 level=13.1 since=2019-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEVEL_SAT))
def test_level_sat(sentence: str, published: str, expected: list[str]) -> None:
    """ "sat at 13.1", like "stood at", states a level."""
    assert extract(sentence, published) == expected


LEVELS_THEN_SIZES: list[Row] = [
    ("Gold and silver were quoted at $2,330 and $27.60 an ounce, respectively, up 0.5% and"
     " 1.1% on the day.", "2024-04-12",
     ["GOLD intraday_change up 0.5 percent 2024-04-12 level=2330",
      "SILVER intraday_change up 1.1 percent 2024-04-12 level=27.6"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEVELS_THEN_SIZES))
def test_levels_then_sizes(sentence: str, published: str, expected: list[str]) -> None:
    """Levels stated in turn ("respectively"), then sizes set off by a comma: one claim a pair."""
    assert extract(sentence, published) == expected


RECORD_COUNTER: list[Row] = [
    ("The yen hit its weakest level against the euro since 2008 on Tuesday.", "2024-03-12",
     ["EURJPY record down 2024-03-12 inverse since=2008-01-01"]),
    ("The franc climbed to its strongest level versus the euro since 2015.", "2024-03-12",
     ["EURCHF record up 2024-03-12 inverse since=2015-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORD_COUNTER))
def test_record_counter(sentence: str, published: str, expected: list[str]) -> None:
    """A counter currency inside a record phrase ("its weakest level against the euro") names the pair."""
    assert extract(sentence, published) == expected


NAMED_DAYS: list[Row] = [
    ("On Oct. 19, 1987, later dubbed Black Monday, the Dow Jones plunged 22.6%.", "2024-10-18",
     ["DJIA session_change down 22.6 percent 1987-10-19"]),
    ("Black Monday's 22.6% crash still stands as the Dow's worst day.", "2024-10-18", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NAMED_DAYS))
def test_named_days(sentence: str, published: str, expected: list[str]) -> None:
    """ "Black Monday" names a crash, not a weekday; a fronted date keeps its day past that name."""
    assert extract(sentence, published) == expected


DAY_AND_WINDOW: list[Row] = [
    ("The DAX shed 1.9% on Friday and 4.4% for the week.", "2024-06-14",
     ["DAX session_change down 1.9 percent 2024-06-14",
      "DAX period_change down 4.4 percent 2024-06-14 since=2024-06-10"]),
    ("Brent gained 0.8% on the day and 3.1% over three sessions.", "2024-06-14",
     ["BRENT session_change up 0.8 percent 2024-06-14",
      "BRENT period_change up 3.1 percent 2024-06-14 since=2024-06-12"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAY_AND_WINDOW))
def test_day_and_window(sentence: str, published: str, expected: list[str]) -> None:
    """A bare second size with a window of its own ("and 4.4% for the week") is the subject's move then."""
    assert extract(sentence, published) == expected


PRICES_IN_TURN: list[Row] = [
    ("Gold and silver hit $2,450 and $32.10, respectively, their highest since 2012.",
     "2024-05-20",
     ["GOLD intraday_extreme up 2024-05-20 level=2450",
      "SILVER intraday_extreme up 2024-05-20 level=32.1",
      "GOLD record up 2024-05-20 level=2450 since=2012-01-01",
      "SILVER record up 2024-05-20 level=32.1 since=2012-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PRICES_IN_TURN))
def test_prices_in_turn(sentence: str, published: str, expected: list[str]) -> None:
    """Prices a verb reaches in turn ("hit $2,450 and $32.10, respectively") are each subject's level."""
    assert extract(sentence, published) == expected
