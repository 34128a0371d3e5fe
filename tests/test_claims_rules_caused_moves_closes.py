"""Claim parser rules found on the r12_4 blind batch, spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

CAUSED: list[Row] = [
    ("Vale shares slid 4.2% on Wednesday, pulling the Bovespa 1.1% lower.", "2024-04-17",
     ["BOVESPA session_change down 1.1 percent 2024-04-17"]),
    ("Banks rallied, pulling the DAX up 0.9%.", "2024-04-17",
     ["DAX session_change up 0.9 percent 2024-04-17"]),
    ("Miners gained, lifting the FTSE 100 to a close of 8,102.50, up 0.4%.", "2024-04-17",
     ["FTSE100 session_change up 0.4 percent 2024-04-17 level=8102.5"]),
    ("Exporters slipped, taking the Nikkei to a close of 38,120.", "2024-04-17",
     ["NIKKEI225 level none 2024-04-17 level=38120"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSED))
def test_a_move_caused_in_an_object(sentence: str, published: str, expected: list[str]) -> None:
    """'pulling X 1.1% lower' is X's session move like 'dragging'; 'to a close of N' is where
    X closed (a level, no way), and an apposed ', up 0.4%' is that close's move."""
    assert extract(sentence, published) == expected


CAUSES: list[Row] = [
    ("The rand firmed 0.8% to 18.40 per dollar by 0900 GMT as gold climbed.", "2024-04-17",
     ["USDZAR intraday_change up 0.8 percent 2024-04-17 inverse level=18.4",
      "GOLD session_change up 2024-04-17"]),
    ("The won slipped 0.3% in early trade, while the Kospi fell 1.1%.", "2024-04-17",
     ["USDKRW intraday_change down 0.3 percent 2024-04-17 inverse",
      "KOSPI intraday_change down 1.1 percent 2024-04-17"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSES))
def test_a_cause_clause_keeps_the_session(
    sentence: str, published: str, expected: list[str]
) -> None:
    """An 'as' clause giving the cause of a move inside the day is the session's move; a
    'while' clause shares the part of the day."""
    assert extract(sentence, published) == expected


CLOSES: list[Row] = [
    ("Seoul shares were set to open lower, against the Kospi's Friday close of 2,591.86.",
     "2024-04-15",
     ["KOSPI level none 2024-04-12 level=2591.86"]),
    ("The rand ended at 18.95 per dollar, against its close of 18.87 in the previous session.",
     "2024-04-17",
     ["USDZAR level none 2024-04-17 inverse level=18.95",
      "USDZAR level none 2024-04-16 inverse level=18.87"]),
    ("Gold was at $2,372 an ounce, above Tuesday's settlement of $2,361.10.", "2024-04-17",
     ["GOLD level none 2024-04-17 level=2372",
      "GOLD level none 2024-04-16 level=2361.1"]),
    ("The index fell 1% from its close of 4,100.", "2024-04-17", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSES))
def test_a_dated_close_named_with_its_level(
    sentence: str, published: str, expected: list[str]
) -> None:
    """'the index's Friday close of N', 'its close of N in the previous session': a closing
    level on the day named; an undated close of N is left alone."""
    assert extract(sentence, published) == expected


GOALS: list[Row] = [
    ("A brokerage lifted its year-end target for the Nifty 50 to 27,000.", "2024-09-25", []),
    ("The bank cut its forecast for Brent to $75 a barrel, citing weak demand.", "2024-09-25",
     []),
    ("The Kospi was on course for its best week since June after adding 1.1% on Thursday.",
     "2024-09-27",
     ["KOSPI session_change up 1.1 percent 2024-09-26"]),
    ("Silver was headed for a monthly loss after sliding 2% on Monday.", "2024-09-25",
     ["SILVER session_change down 2 percent 2024-09-23"]),
    ("Analysts expect the Kospi to rebound after falling 2% on Monday.", "2024-09-25", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GOALS))
def test_goals_and_moves_behind_a_projection(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A target or forecast 'for X' raised to a figure is no price of X; 'after adding 1.1%'
    behind a projection ('on course for') is the subject's own move, unless a forecast
    opens the clause."""
    assert extract(sentence, published) == expected


BOTH: list[Row] = [
    ("Tokyo stocks reopened after the holiday with the Nikkei and the Topix up 1.2% and 2.1%, "
     "respectively, at the close, though both had been more than 3% higher at the open.",
     "2024-09-19",
     ["NIKKEI225 session_change up 1.2 percent 2024-09-19",
      "TOPIX session_change up 2.1 percent 2024-09-19",
      "NIKKEI225 open_move up 3 percent more_than 2024-09-19",
      "TOPIX open_move up 3 percent more_than 2024-09-19"]),
    ("Stocks could slide, a strategist said, though the won itself was little changed at 1,330.5 "
     "per dollar in early trade.", "2024-09-19",
     ["USDKRW intraday_change flat 2024-09-19 inverse level=1330.5"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BOTH))
def test_states_of_a_pair_and_of_itself(sentence: str, published: str, expected: list[str]) -> None:
    """An absolute 'with A and B up x% and y%' needs no comma before 'with'; 'though both had
    been 3% higher at the open' is each one's open; 'the won itself was' keeps its subject."""
    assert extract(sentence, published) == expected


SHORT: list[Row] = [
    ("The Nasdaq Composite and the Dow fell 1.2% and 0.8% respectively, erasing part of "
     "Monday's 1.9% gain in the composite index.", "2024-06-04",
     ["NASDAQ session_change down 1.2 percent 2024-06-04",
      "DJIA session_change down 0.8 percent 2024-06-04",
      "NASDAQ session_change up 1.9 percent 2024-06-03"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHORT))
def test_a_short_name_owns_a_move_noun(sentence: str, published: str, expected: list[str]) -> None:
    """'a 1.9% gain in the composite index' after 'the Nasdaq Composite' is that index's move,
    not every subject's of the clause."""
    assert extract(sentence, published) == expected
