"""Claim parser rules for live-blog intraday reporting (states at the time of writing, opens and
closes, times of day), spec by example in the format of tests/test_claims_examples.py (our own
wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

SIGN_CROSSED: list[Row] = [
    ("The FTSE 100 slipped into the red in early trade.", "2024-03-12",
     ["FTSE100 intraday_change down 2024-03-12"]),
    ("The Hang Seng turned positive by midday.", "2024-03-12",
     ["HSI intraday_change up 2024-03-12"]),
    ("The CAC 40 dipped into negative territory at the open before closing 0.4% higher.",
     "2024-03-12",
     ["CAC40 open_move down 2024-03-12", "CAC40 session_change up 0.4 percent 2024-03-12"]),
]  # fmt: skip

TIMES_OF_DAY: list[Row] = [
    ("Brent rose 1.2% by mid-afternoon.", "2024-03-12",
     ["BRENT intraday_change up 1.2 percent 2024-03-12"]),
    ("The DAX was down 0.6% shortly after noon.", "2024-03-12",
     ["DAX intraday_change down 0.6 percent 2024-03-12"]),
    ("Copper slipped 0.8% by early afternoon in London.", "2024-03-12",
     ["COPPER intraday_change down 0.8 percent 2024-03-12"]),
]  # fmt: skip

UNDONE_AND: list[Row] = [
    ("The Nikkei erased its early gains and turned negative in afternoon trade.", "2024-03-12",
     ["NIKKEI225 intraday_change down 2024-03-12"]),
]  # fmt: skip

UNSIZED_LEVEL_BY_TIME: list[Row] = [
    ("The yen weakened to 151.2 per dollar by late morning.", "2024-03-12",
     ["USDJPY level down 2024-03-12 inverse level=151.2"]),
]  # fmt: skip

RANGE_ENDS: list[Row] = [
    ("The euro swung between a 0.5% gain and a 0.2% loss on Thursday.", "2024-03-14",
     ["EURUSD intraday_extreme up 0.5 percent 2024-03-14",
      "EURUSD intraday_extreme down 0.2 percent 2024-03-14"]),
    ("Ether fluctuated between $3,410 and $3,620 during the session and last stood at $3,560.",
     "2024-03-14",
     ["ETH intraday_extreme down 2024-03-14 level=3410",
      "ETH intraday_extreme up 2024-03-14 level=3620",
      "ETH level none 2024-03-14 level=3560"]),
]  # fmt: skip

APPOSED_SIZES: list[Row] = [
    ("Copper was trading at $9,120 a tonne, up 1.4% on the day.", "2024-03-14",
     ["COPPER intraday_change up 1.4 percent 2024-03-14 level=9120"]),
    ("The rand stood at 18.92 per dollar by 1000 GMT, down 0.6%.", "2024-03-14",
     ["USDZAR intraday_change down 0.6 percent 2024-03-14 inverse level=18.92"]),
]  # fmt: skip

HALF_DAY: list[Row] = [
    ("Japan's Nikkei closed the morning session 0.9% higher.", "2024-03-14",
     ["NIKKEI225 intraday_change up 0.9 percent 2024-03-14"]),
]  # fmt: skip

EARLY_MOVE_UNDONE: list[Row] = [
    ("The Hang Seng was down 0.3% by midday, erasing an early 0.8% gain.", "2024-03-14",
     ["HSI intraday_change down 0.3 percent 2024-03-14",
      "HSI intraday_extreme up 0.8 percent 2024-03-14"]),
]  # fmt: skip

CLOSED_FLAT: list[Row] = [
    ("Aluminium on the London Metal Exchange ended flat at $2,240 a tonne.", "2024-03-14",
     ["ALUMINIUM session_change flat 2024-03-14 level=2240"]),
]  # fmt: skip

FUTURES_IN_ASIA: list[Row] = [
    ("Nasdaq futures tumbled 2.8% in Asian hours on Monday.", "2024-08-05",
     ["NQ intraday_extreme down 2.8 percent 2024-08-05"]),
]  # fmt: skip

TOUCHED_BESIDE_FLAT: list[Row] = [
    ("Silver was little changed at $24.10 by midday, after touching $23.80 earlier in the session.",
     "2024-03-14",
     ["SILVER intraday_change flat 2024-03-14 level=24.1",
      "SILVER intraday_extreme down 2024-03-14 level=23.8"]),
]  # fmt: skip

SHARED_TIME: list[Row] = [
    ("Spain's IBEX 35 rose 0.8% and Italy's FTSE MIB added 1.1%, both by midday.", "2024-03-14",
     ["IBEX35 intraday_change up 0.8 percent 2024-03-14",
      "FTSEMIB intraday_change up 1.1 percent 2024-03-14"]),
]  # fmt: skip

LOCKED_AT: list[Row] = [
    ("Corn futures were locked limit-down at $4.31 a bushel, down 30 cents.", "2024-03-14",
     ["CORN intraday_change down 30 points 2024-03-14 level=4.31"]),
]  # fmt: skip

PARALLEL_TIME: list[Row] = [
    ("Stocks in Asia slid, with the Nikkei losing 1.2% and the Kospi shedding 0.9% by midday.",
     "2024-03-14",
     ["NIKKEI225 intraday_change down 1.2 percent 2024-03-14",
      "KOSPI intraday_change down 0.9 percent 2024-03-14"]),
]  # fmt: skip

FIRST_SIGN: list[Row] = [
    ("Germany's two-year yield settled at minus 0.02%, its first negative close on record.",
     "2024-03-14",
     ["DE2Y level none 2024-03-14 level=-0.02", "DE2Y record down 2024-03-14 level=-0.02"]),
]  # fmt: skip

RELATIONS: list[Row] = [
    ("The gap between two- and 10-year Treasury yields turned negative on Tuesday.", "2024-03-12",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SIGN_CROSSED))
def test_sign_crossed(sentence: str, published: str, expected: list[str]) -> None:
    """'into the red', 'into negative territory', 'turned positive' give the way of the move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TIMES_OF_DAY))
def test_times_of_day(sentence: str, published: str, expected: list[str]) -> None:
    """'by mid-afternoon', 'shortly after noon', 'by early afternoon' are states in the day."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNDONE_AND))
def test_undone_and(sentence: str, published: str, expected: list[str]) -> None:
    """'erased its early gains and turned negative': the subject reaches the second verb."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNSIZED_LEVEL_BY_TIME))
def test_unsized_level_by_time(sentence: str, published: str, expected: list[str]) -> None:
    """A level with no size stays a level claim when a time of day is named."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RELATIONS))
def test_relations(sentence: str, published: str, expected: list[str]) -> None:
    """'the gap between two- and 10-year yields' is a relation, not a claim on either yield."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RANGE_ENDS))
def test_range_ends(sentence: str, published: str, expected: list[str]) -> None:
    """'swung between A and B': both ends of the day's range are extremes."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(APPOSED_SIZES))
def test_apposed_sizes(sentence: str, published: str, expected: list[str]) -> None:
    """'was trading at L, up N% on the day': one state, sized, at that level."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HALF_DAY))
def test_half_day(sentence: str, published: str, expected: list[str]) -> None:
    """'closed the morning session 0.9% higher' is a state in the day, not the close."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EARLY_MOVE_UNDONE))
def test_early_move_undone(sentence: str, published: str, expected: list[str]) -> None:
    """'erasing an early 0.8% gain': that early move was the day's extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSED_FLAT))
def test_closed_flat(sentence: str, published: str, expected: list[str]) -> None:
    """'ended flat at $2,240' is the session's (nil) move at that level."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FUTURES_IN_ASIA))
def test_futures_in_asia(sentence: str, published: str, expected: list[str]) -> None:
    """U.S. index futures moving 'in Asian hours' trade before the cash open: an extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TOUCHED_BESIDE_FLAT))
def test_touched_beside_flat(sentence: str, published: str, expected: list[str]) -> None:
    """A level touched beside a flat state at another level: its way comes from the levels."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHARED_TIME))
def test_shared_time(sentence: str, published: str, expected: list[str]) -> None:
    """', both by midday': time words after 'both' hold for every claim before them."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LOCKED_AT))
def test_locked_at(sentence: str, published: str, expected: list[str]) -> None:
    """'were locked limit-down at $4.31, down 30 cents': one state at that level, in cents."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARALLEL_TIME))
def test_parallel_time(sentence: str, published: str, expected: list[str]) -> None:
    """'with A losing 1.2% and B shedding 0.9% by midday': both participles share the time."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FIRST_SIGN))
def test_first_sign(sentence: str, published: str, expected: list[str]) -> None:
    """'the first negative close on record' is an all-time low at the level stated."""
    assert extract(sentence, published) == expected
