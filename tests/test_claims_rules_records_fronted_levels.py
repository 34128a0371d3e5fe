"""Claim parser rules for records and levels: fronted firsts and levels, thresholds crossed,
renamed moves, records beside a close (blind dev batch r15_1), spec by example in the
format of tests/test_claims_examples.py (our own wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

RENAMED_MOVE: list[Row] = [
    ("Brent jumped 7% on Friday, a gain that marked its biggest one-day rise since April 2020.",
     "2022-08-29",
     ["BRENT session_change up 7 percent 2022-08-26",
      "BRENT biggest_move up 2022-08-26 since=2020-04-01"]),
    ("The Nikkei sank 5% on Monday, a drop that was the index's sharpest one-day fall since "
     "March.", "2022-08-29",
     ["NIKKEI225 session_change down 5 percent 2022-08-29",
      "NIKKEI225 biggest_move down 2022-08-29 since=2022-03-01"]),
]  # fmt: skip

REACHING_LEVELS_SEEN: list[Row] = [
    ("Brent jumped 4% on Monday, hitting levels last seen in 2014.", "2022-08-29",
     ["BRENT session_change up 4 percent 2022-08-29",
      "BRENT record up 2022-08-29 since=2014-01-01"]),
    ("The yen slid past 150 per dollar to reach levels not seen since 1990.", "2022-10-20",
     ["USDJPY level down 2022-10-20 inverse level=150",
      "USDJPY record down 2022-10-20 inverse level=150 since=1990-01-01"]),
]  # fmt: skip

PUSHED_PAST: list[Row] = [
    ("The euro pushed above $1.17 for the first time since September 2021.", "2025-06-30",
     ["EURUSD level up 2025-06-30 level=1.17",
      "EURUSD record up 2025-06-30 level=1.17 since=2021-09-01"]),
    ("The dollar pushed through 150 yen on Wednesday, its strongest since 1990.", "2022-10-19",
     ["USDJPY level up 2022-10-19 level=150",
      "USDJPY record up 2022-10-19 level=150 since=1990-01-01"]),
    ("Bitcoin pushed past $70,000 on Monday.", "2024-03-11",
     ["BTC level up 2024-03-11 level=70000"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RENAMED_MOVE))
def test_renamed_move_record(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., a slide that marked its sharpest fall since March": the move renamed, compared."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(REACHING_LEVELS_SEEN))
def test_reaching_levels_last_seen(sentence: str, published: str, expected: list[str]) -> None:
    """ "to reach levels last seen in 2008", "hitting levels not seen since": a record."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PUSHED_PAST))
def test_pushed_past_threshold(sentence: str, published: str, expected: list[str]) -> None:
    """ "the yield pushed past 5%": with no object, "push" crosses a threshold like "crossed",
    the way the quoted number went (the dev corpus labels "pushed above $95" a level up)."""
    assert extract(sentence, published) == expected


FRONTED_FIRST: list[Row] = [
    ("For the first time since 2007, the 10-year Treasury yield topped 5% on Thursday.",
     "2023-10-19",
     ["US10Y record up 2023-10-19 level=5 since=2007-01-01",
      "US10Y level up 2023-10-19 level=5"]),
    ("For the first time in 16 years, the yen weakened past 150 per dollar.", "2022-10-20",
     ["USDJPY record down 2022-10-20 inverse level=150 since=2006-10-20",
      "USDJPY level down 2022-10-20 inverse level=150"]),
    ("For the first time, Brent rose 2% and WTI fell.", "2022-10-20",
     ["BRENT session_change up 2 percent 2022-10-20",
      "WTI session_change down 2022-10-20"]),
]  # fmt: skip

FRONTED_LEVEL: list[Row] = [
    ("At 4.3%, the 10-year yield stood at its highest since 2007.", "2024-05-20",
     ["US10Y level none 2024-05-20 level=4.3",
      "US10Y record up 2024-05-20 level=4.3 since=2007-01-01"]),
    ("At $2,400 an ounce, gold was up 1.2% on Monday.", "2024-05-20",
     ["GOLD intraday_change up 1.2 percent 2024-05-20 level=2400"]),
    ("At 10:30 a.m., the Dow was down 1.1%.", "2024-05-20",
     ["DJIA intraday_change down 1.1 percent 2024-05-20"]),
]  # fmt: skip

RELATIVE_RUNNING_TOTAL: list[Row] = [
    ("Gold rose 1.2% on Friday, a gain which took its advance this year to 27%.", "2025-03-14",
     ["GOLD session_change up 1.2 percent 2025-03-14",
      "GOLD period_change up 27 percent 2025-03-14 since=2025-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_FIRST))
def test_fronted_first_time(sentence: str, published: str, expected: list[str]) -> None:
    """ "For the first time since 2007, X topped 5%": a fronted first is the level's record."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_LEVEL))
def test_fronted_level(sentence: str, published: str, expected: list[str]) -> None:
    """ "At 1,486.7 per dollar on Friday, the won was ...": the fronted level is the clause's."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RELATIVE_RUNNING_TOTAL))
def test_relative_running_total(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., which took its advance this year to 27%": a running total in a relative clause."""
    assert extract(sentence, published) == expected


CAUSED_TO_RECORD: list[Row] = [
    ("Buyers briefly pushed ether to a record $4,953 on Sunday.", "2025-08-24",
     ["ETH intraday_extreme up 2025-08-24 level=4953",
      "ETH record up 2025-08-24 level=4953"]),
    ("The rally sent the Nikkei to a record 42,000 on Friday.", "2025-08-22",
     ["NIKKEI225 level up 2025-08-22 level=42000",
      "NIKKEI225 record up 2025-08-22 level=42000"]),
]  # fmt: skip

CLOSED_AT_RECORD_THEN_SIZE: list[Row] = [
    ("The Nikkei closed at a record 41,000 on Monday, up 2.1%.", "2024-04-15",
     ["NIKKEI225 session_change up 2.1 percent 2024-04-15 level=41000",
      "NIKKEI225 record up 2024-04-15 level=41000"]),
    ("Gold futures settled at an all-time high of $2,450.10 an ounce on Tuesday, up $32.40, "
     "as bets on rate cuts grew.", "2024-05-21",
     ["GOLD session_change up 32.4 points 2024-05-21 level=2450.1",
      "GOLD record up 2024-05-21 level=2450.1"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSED_TO_RECORD))
def test_caused_to_record(sentence: str, published: str, expected: list[str]) -> None:
    """ "briefly pushed ether to a record $4,953": the object's level (an extreme) and record."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSED_AT_RECORD_THEN_SIZE))
def test_closed_at_record_then_size(sentence: str, published: str, expected: list[str]) -> None:
    """ "settled at an all-time high of $11,040 ..., up $690": the close's move, and the record."""
    assert extract(sentence, published) == expected


PREVIOUS_EXTREME_TOPPED: list[Row] = [
    ("London's FTSE 100 ended Friday at 8,120.5, eclipsing its previous closing peak.",
     "2024-04-26",
     ["FTSE100 level none 2024-04-26 level=8120.5",
      "FTSE100 record up 2024-04-26 level=8120.5"]),
    ("The lira weakened to 18.9 per dollar, breaking its previous low of 18.4 set in December.",
     "2023-03-01",
     ["USDTRY level down 2023-03-01 inverse level=18.9",
      "USDTRY record down 2023-03-01 inverse level=18.9"]),
]  # fmt: skip

ONCE_MORE: list[Row] = [
    ("The rand slid to 19.2 per dollar on Monday, and it weakened past that level once more on "
     "Wednesday.", "2023-05-31",
     ["USDZAR level down 2023-05-29 inverse level=19.2",
      "USDZAR level down 2023-05-31 inverse level=19.2"]),
]  # fmt: skip

TURNED_TO: list[Row] = [
    ("The Nasdaq reversed course to fall 1.2% on Wednesday.", "2022-06-15",
     ["NASDAQ session_change down 1.2 percent 2022-06-15"]),
    ("Gold turned around to climb 3% on Monday.", "2022-06-15",
     ["GOLD session_change up 3 percent 2022-06-13"]),
    ("The yen could reverse course to rise 2%.", "2022-06-15", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PREVIOUS_EXTREME_TOPPED))
def test_previous_extreme_topped(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., eclipsing its previous closing peak": passing the earlier extreme is a record."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ONCE_MORE))
def test_once_more(sentence: str, published: str, expected: list[str]) -> None:
    """ "sank through that mark once more on Thursday": "once more" is an adverb of the verb."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TURNED_TO))
def test_turned_to(sentence: str, published: str, expected: list[str]) -> None:
    """ "reversed course to drop under $21": the move a turn turned into happened."""
    assert extract(sentence, published) == expected


BRIEFLY_AT_RECORD_LEVEL: list[Row] = [
    ("Gold briefly traded around $2,450 an ounce on Monday, its highest since 2011.",
     "2024-05-20",
     ["GOLD intraday_extreme up 2024-05-20 level=2450",
      "GOLD record up 2024-05-20 level=2450 since=2011-01-01"]),
    ("The yen briefly changed hands at 160.2 per dollar on Monday, a level unseen since 1990.",
     "2024-05-20",
     ["USDJPY intraday_extreme down 2024-05-20 inverse level=160.2",
      "USDJPY record down 2024-05-20 inverse level=160.2 since=1990-01-01"]),
    ("Bitcoin changed hands at $64,200 on Tuesday, down 2.1%.", "2024-05-01",
     ["BTC intraday_change down 2.1 percent 2024-04-30 level=64200"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BRIEFLY_AT_RECORD_LEVEL))
def test_briefly_at_record_level(sentence: str, published: str, expected: list[str]) -> None:
    """ "briefly changed hands around $1,330, a level not seen since 2014": the day's extreme,
    on the record's side, and the record."""
    assert extract(sentence, published) == expected


STRUCK_RECORD: list[Row] = [
    ("Bitcoin struck an all-time high near $89,000 on Monday.", "2024-11-11",
     ["BTC intraday_extreme up 2024-11-11 level=89000",
      "BTC record up 2024-11-11 level=89000"]),
    ("Gold struck $2,500 an ounce for the first time on Friday.", "2024-08-16",
     ["GOLD intraday_extreme up 2024-08-16 level=2500",
      "GOLD record up 2024-08-16 level=2500"]),
    ("The rouble fell 2% as missiles struck Kyiv on Monday.", "2024-11-11",
     ["USDRUB session_change down 2 percent 2024-11-11 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STRUCK_RECORD))
def test_struck_record(sentence: str, published: str, expected: list[str]) -> None:
    """ "bitcoin struck an all-time high near $89,000": "struck" reaches a level like "hit"."""
    assert extract(sentence, published) == expected
