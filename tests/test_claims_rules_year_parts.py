"""Claim parser rules for moves over a named part of the year ("in the second quarter",
"a first-half loss of 20.6%") and for moves the sentence names as a period's best or worst
("slid 6.2%, its worst week since 2022"), spec by example in the format of
tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

PART_OF_YEAR: list[Row] = [
    ("Gold gained 4.1% in the second quarter.", "2024-07-02",
     ["GOLD period_change up 4.1 percent 2024-06-30 since=2024-04-01"]),
    ("The Nikkei rose 9% in the fourth quarter.", "2024-02-10",
     ["NIKKEI225 period_change up 9 percent 2023-12-31 since=2023-10-01"]),
    ("The Dow fell 34% in the first nine months of 2008.", "2008-10-01",
     ["DJIA period_change down 34 percent 2008-09-30 since=2008-01-01"]),
    ("The yen lost 15% against the dollar in the first six months of the year.", "2022-06-30",
     ["USDJPY period_change down 15 percent 2022-06-30 inverse since=2022-01-01"]),
    ("Over the first half, the Kospi shed 21.7%.", "2022-06-30",
     ["KOSPI period_change down 21.7 percent 2022-06-30 since=2022-01-01"]),
    ("The euro zone economy grew 0.3% in the first quarter, and the euro rose 0.2% to $1.0720.",
     "2024-04-30", ["EURUSD session_change up 0.2 percent 2024-04-30 level=1.072"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PART_OF_YEAR))
def test_a_named_part_of_the_year_is_a_window(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "in the second quarter", "in the first nine months of 2008": a window of those months
    (last year's when they have not begun yet); it dates no other clause's move."""
    assert extract(sentence, published) == expected


PER_PART: list[Row] = [
    ("The S&P 500 posted a first-half loss of 20.6%.", "2022-06-30",
     ["SPX period_change down 20.6 percent 2022-06-30 since=2022-01-01"]),
    ("The Nasdaq's 22% second-quarter slide was its worst since 2008.", "2022-06-30",
     ["NASDAQ period_change down 22 percent 2022-06-30 since=2022-04-01"]),
    ("Gold's weekly gain of 7% was its best in two years.", "2024-03-08",
     ["GOLD period_change up 7 percent 2024-03-08 since=2024-03-04"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PER_PART))
def test_a_move_noun_names_its_window(sentence: str, published: str, expected: list[str]) -> None:
    """ "a first-half loss of 20.6%", "Gold's weekly gain of 7%": the noun's window."""
    assert extract(sentence, published) == expected


NAMED_PERIOD: list[Row] = [
    ("The Nasdaq posted its best first half since 1983, rising 32%.", "2023-06-30",
     ["NASDAQ period_change up 32 percent 2023-06-30 since=2023-01-01"]),
    ("The CAC 40 slid 6.2%, its worst week since March 2022.", "2024-06-14",
     ["CAC40 period_change down 6.2 percent 2024-06-14 since=2024-06-10"]),
    ("The S&P 500 had its worst week since March, falling 4%, as bank stocks sank.",
     "2023-03-10", ["SPX period_change down 4 percent 2023-03-10 since=2023-03-06"]),
    ("The S&P 500 fell 1.2%, capping its worst week since March.", "2023-03-10",
     ["SPX session_change down 1.2 percent 2023-03-10"]),
    ("The dollar index rose 0.6%, on track for its biggest weekly gain since April.",
     "2022-08-19", ["DXY session_change up 0.6 percent 2022-08-19"]),
    ("The Dow fell 2% on Friday, its worst week since 2020.", "2022-06-17",
     ["DJIA session_change down 2 percent 2022-06-17"]),
    ("Oil prices posted their steepest weekly loss since March, with Brent falling 5%.",
     "2023-10-06", ["BRENT session_change down 5 percent 2023-10-06"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NAMED_PERIOD))
def test_a_move_called_its_worst_week_is_the_week(
    sentence: str, published: str, expected: list[str]
) -> None:
    """An undated sized move set beside "its worst week since ..." or sizing "posted its best
    first half" is that period's move; a capped, projected or dated move stays the day's."""
    assert extract(sentence, published) == expected


WINDOW_PHRASES: list[Row] = [
    ("The lira ended the week only 3.4% lower at 37.98 per dollar.", "2025-03-21",
     ["USDTRY period_change down 3.4 percent 2025-03-21 inverse level=37.98 since=2025-03-17"]),
    ("Japan's Topix ended a bruising week 9% lower.", "2025-04-04",
     ["TOPIX period_change down 9 percent 2025-04-04 since=2025-03-31"]),
    ("The Dow closed out a volatile month 2% higher.", "2025-04-30",
     ["DJIA period_change up 2 percent 2025-04-30 since=2025-04-01"]),
    ("The euro ended a choppy session 0.2% lower at $1.0850.", "2025-04-04",
     ["EURUSD session_change down 0.2 percent 2025-04-04 level=1.085"]),
    ("The Hang Seng fell 1.8% to 17,623 and deepened its slide for the year to 11%.",
     "2023-08-21", ["HSI session_change down 1.8 percent 2023-08-21 level=17623",
                    "HSI period_change down 11 percent 2023-08-21 since=2023-01-01"]),
    ("The rand slid 1%, widening its loss this month to 4.5%.", "2023-08-21",
     ["USDZAR session_change down 1 percent 2023-08-21 inverse",
      "USDZAR period_change down 4.5 percent 2023-08-21 inverse since=2023-08-01"]),
    ("The MOEX Russia index has surrendered 17% since its May peak.", "2024-07-25",
     ["IMOEX period_change down 17 percent 2024-07-25 since=2024-05-01"]),
    ("The index surrendered most of that gain on Friday.", "2024-07-25", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WINDOW_PHRASES))
def test_window_phrases_a_reporter_dresses_up(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "ended a bruising week 9% lower", "the week only 3.4% lower", "deepened its slide for
    the year to 11%", "has surrendered 17%": the window and the move survive the extra words."""
    assert extract(sentence, published) == expected


SENT_MOVING: list[Row] = [
    ("The jobs report sent Wall Street sharply lower on Friday.", "2022-08-26",
     ["SPX session_change down 2022-08-26"]),
    ("The speech sent U.S. stocks tumbling on Friday.", "2022-08-26",
     ["SPX session_change down 2022-08-26"]),
    ("The data sent Treasury yields sharply higher.", "2022-08-26",
     ["US10Y session_change up 2022-08-26"]),
    ("Rate-hike bets pushed the dollar higher than analysts expected.", "2022-08-26", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SENT_MOVING))
def test_a_cause_sends_a_market_one_way(sentence: str, published: str, expected: list[str]) -> None:
    """ "sent Wall Street sharply lower", "sent U.S. stocks tumbling": the object moved that way
    over the session (a comparison, "higher than analysts expected", is not a move)."""
    assert extract(sentence, published) == expected
