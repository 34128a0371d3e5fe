"""Claim parser rules for fronted side clauses, windows and extremes (from blind batch r15_1),
spec by example in the format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

AT_ONE_STAGE: list[Row] = [
    ("The Swiss franc was at one stage 1.5% firmer against the dollar on Tuesday.", "2024-03-19",
     ["USDCHF intraday_extreme up 1.5 percent 2024-03-19 inverse"]),
    ("Copper jumped 4% at one stage on Wednesday before paring its gains.", "2024-03-20",
     ["COPPER intraday_extreme up 4 percent 2024-03-20"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(AT_ONE_STAGE))
def test_at_one_stage_is_extreme(sentence: str, published: str, expected: list[str]) -> None:
    """ "at one stage" is "at one point": the move was the day's extreme."""
    assert extract(sentence, published) == expected


ONE_EXTREME: list[Row] = [
    ("The lira hit a record low of 34.20 per dollar on Monday, having slumped as much as 4% "
     "at one point.", "2024-06-10",
     ["USDTRY record down 2024-06-10 inverse level=34.2",
      "USDTRY intraday_extreme down 4 percent as_much_as 2024-06-10 inverse level=34.2"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ONE_EXTREME))
def test_same_side_extremes_are_one(sentence: str, published: str, expected: list[str]) -> None:
    """A level hit and a sized extreme on the same side of one day are one low (or high)."""
    assert extract(sentence, published) == expected


FRONTED: list[Row] = [
    ("Extending Monday's 2.1% loss, the Nikkei fell 0.8% on Tuesday.", "2024-03-12",
     ["NIKKEI225 session_change down 2.1 percent 2024-03-11",
      "NIKKEI225 session_change down 0.8 percent 2024-03-12"]),
    ("Having surged 5% on Monday, the rouble gave back 1.1% on Tuesday.", "2024-03-12",
     ["USDRUB session_change up 5 percent 2024-03-11 inverse",
      "USDRUB session_change down 1.1 percent 2024-03-12 inverse"]),
    ("After a 1.5% rally on Thursday, Brent crude slipped 0.4% on Friday.", "2024-03-15",
     ["BRENT session_change up 1.5 percent 2024-03-14",
      "BRENT session_change down 0.4 percent 2024-03-15"]),
    ("Two days after hitting a record high, gold fell 1.2% on Friday.", "2024-03-15",
     ["GOLD record up 2024-03-13", "GOLD session_change down 1.2 percent 2024-03-15"]),
    ("One session after its worst day since 2020, the Kospi rebounded 2% on Thursday.",
     "2024-03-14",
     ["KOSPI biggest_move down 2024-03-13 since=2020-01-01",
      "KOSPI session_change up 2 percent 2024-03-14"]),
    ("After falling as much as 2% early, the S&P 500 closed 0.5% higher on Friday.",
     "2024-03-15",
     ["SPX intraday_extreme down 2 percent as_much_as 2024-03-15",
      "SPX session_change up 0.5 percent 2024-03-15"]),
    ("Adding to a 3% gain last week, the Nikkei rose 1% on Monday.", "2024-03-11",
     ["NIKKEI225 period_change up 3 percent 2024-03-08 since=2024-03-04",
      "NIKKEI225 session_change up 1 percent 2024-03-11"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED))
def test_fronted_clause_takes_main_subject(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A fronted "after" / "having" / participle clause's move is the main subject's, on the
    day its own words name ("a day after" counts back from the main clause's day)."""
    assert extract(sentence, published) == expected


FRONTED_NOT_OURS: list[Row] = [
    ("Having fallen 3%, the Hang Seng rebounded 1% on Tuesday.", "2024-03-12",
     ["HSI session_change up 1 percent 2024-03-12"]),
    ("After inflation data showed prices rose 0.5%, the dollar gained 0.3% on Friday.",
     "2024-03-15", ["DXY session_change up 0.3 percent 2024-03-15"]),
    ("Tracking a 2% drop on Wall Street, the Nikkei fell 1% on Friday.", "2024-03-15",
     ["NIKKEI225 session_change down 1 percent 2024-03-15"]),
    ("After a 0.7% gain on Wednesday, the SMI was barely changed.", "2024-03-15",
     ["SMI session_change up 0.7 percent 2024-03-13", "SMI intraday_change flat 2024-03-15"]),
    ("Despite a 2% drop in oil, the rouble firmed 0.3% on Friday.", "2024-03-15",
     ["BRENT session_change down 2 percent 2024-03-15",
      "USDRUB session_change up 0.3 percent 2024-03-15 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_NOT_OURS))
def test_fronted_clause_limits(sentence: str, published: str, expected: list[str]) -> None:
    """An undated "having" move, a finite clause of its own, a move placed elsewhere, or a
    noun's owner named in the fronted clause, lends nothing to the main subject."""
    assert extract(sentence, published) == expected


FRONTED_WINDOW: list[Row] = [
    ("In just four sessions, the Hang Seng has slumped 9%.", "2024-04-18",
     ["HSI period_change down 9 percent 2024-04-18 since=2024-04-15"]),
    ("Over the week to Thursday, Brent shed more than 6%.", "2024-04-19",
     ["BRENT period_change down 6 percent more_than 2024-04-18 since=2024-04-15"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_WINDOW))
def test_fronted_counted_window(sentence: str, published: str, expected: list[str]) -> None:
    """ "In just three sessions, ...", "Over the week to Friday, ...": a fronted window."""
    assert extract(sentence, published) == expected


GIVEN_UP: list[Row] = [
    ("The rand has given back 2% since Monday.", "2024-04-18",
     ["USDZAR period_change down 2 percent 2024-04-18 inverse since=2024-04-15"]),
    ("Silver has given up about 8% over the past two weeks.", "2024-04-18",
     ["SILVER period_change down 8 percent about 2024-04-18 since=2024-04-04"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GIVEN_UP))
def test_given_up_is_a_sized_loss(sentence: str, published: str, expected: list[str]) -> None:
    """ "has given up 30%", "has given back 2%": the perfect participle of "gave up"."""
    assert extract(sentence, published) == expected


SWING_UNDONE: list[Row] = [
    ("The yen swung from a 1% loss to a 0.5% gain on Tuesday before giving up the advance.",
     "2024-04-16",
     ["USDJPY intraday_extreme down 1 percent 2024-04-16 inverse",
      "USDJPY intraday_extreme up 0.5 percent 2024-04-16 inverse"]),
    ("Brent swung from a gain of 2% to a loss of 1.5% on Friday.", "2024-04-19",
     ["BRENT intraday_extreme up 2 percent 2024-04-19",
      "BRENT session_change down 1.5 percent 2024-04-19"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SWING_UNDONE))
def test_swing_second_leg_undone(sentence: str, published: str, expected: list[str]) -> None:
    """A swing's second leg is the close, unless later words undo it ("before recovering")."""
    assert extract(sentence, published) == expected


UNDONE_LATER: list[Row] = [
    ("Gold jumped 2% before surrendering most of the gain.", "2023-11-08",
     ["GOLD intraday_extreme up 2 percent 2023-11-08"]),
    ("Brent rose 2% before the contract pared its gains.", "2023-11-08",
     ["BRENT intraday_extreme up 2 percent 2023-11-08"]),
    ("Brent rose 2% on Monday before OPEC announced cuts.", "2023-11-08",
     ["BRENT session_change up 2 percent 2023-11-06"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNDONE_LATER))
def test_surrendered_after_before(sentence: str, published: str, expected: list[str]) -> None:
    """ "before the benchmark surrendered most of that advance": a later undoing, also with its
    own anaphor subject, makes the move the day's extreme (another subject's event does not)."""
    assert extract(sentence, published) == expected
