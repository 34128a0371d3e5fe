"""Claim parser rules for how a move is phrased: e-mini contracts, "tacked on", move nouns undone
("gave up an early 1.1% advance"), caused and compared moves, spec by example in the format of
tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

E_MINIS: list[Row] = [
    ("Nasdaq 100 e-minis were off 1.8% by 7 a.m. ET on Tuesday.", "2024-04-16",
     ["NQ intraday_change down 1.8 percent 2024-04-16"]),
    ("Nasdaq e-mini futures were up 0.6% and S&P 500 e-minis were up 0.4%.", "2024-04-16",
     ["NQ intraday_change up 0.6 percent 2024-04-16",
      "ES intraday_change up 0.4 percent 2024-04-16"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(E_MINIS))
def test_e_minis_are_the_index_futures(sentence: str, published: str, expected: list[str]) -> None:
    """ "Nasdaq 100 e-minis": the E-mini on an index is that index's futures contract."""
    assert extract(sentence, published) == expected


TACKED_ON: list[Row] = [
    ("The FTSE 100 tacked on 0.7% on Tuesday.", "2024-04-16",
     ["FTSE100 session_change up 0.7 percent 2024-04-16"]),
    ("Copper tacked on 2.1% to $9,410 a tonne, and the Dow put on 210 points, or 0.6%.",
     "2024-04-16",
     ["COPPER session_change up 2.1 percent 2024-04-16 level=9410",
      "DJIA session_change up 0.6 percent 2024-04-16"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TACKED_ON))
def test_tacked_on_is_a_sized_gain(sentence: str, published: str, expected: list[str]) -> None:
    """ "tacked on 0.7%", "put on 210 points": a phrasal verb of a sized gain."""
    assert extract(sentence, published) == expected


UNDONE_NOUNS: list[Row] = [
    ("The CAC 40 gave up an early 0.9% gain to end the day flat.", "2024-04-16",
     ["CAC40 intraday_extreme up 0.9 percent 2024-04-16",
      "CAC40 session_change flat 2024-04-16"]),
    ("The Dow wiped out a 410-point early slide and finished up 120 points, or 0.3%.",
     "2024-04-16",
     ["DJIA intraday_extreme down 410 points 2024-04-16",
      "DJIA session_change up 0.3 percent 2024-04-16"]),
    ("The Nikkei erased a 2% initial drop to close 0.4% higher.", "2024-04-16",
     ["NIKKEI225 intraday_extreme down 2 percent 2024-04-16",
      "NIKKEI225 session_change up 0.4 percent 2024-04-16"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNDONE_NOUNS))
def test_undone_move_noun_is_the_extreme(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "gave up an early 1.1% advance": the undone move was the day's extreme."""
    assert extract(sentence, published) == expected


CLOSE_AT_RECORD: list[Row] = [
    ("The Sensex rose 0.6% to close at a record 75,038.15 on Tuesday.", "2024-04-16",
     ["SENSEX session_change up 0.6 percent 2024-04-16 level=75038.1",
      "SENSEX record up 2024-04-16 level=75038.1"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSE_AT_RECORD))
def test_close_at_a_record_level(sentence: str, published: str, expected: list[str]) -> None:
    """ "to close at a record 75,038.15": the close's level, and a record with that level."""
    assert extract(sentence, published) == expected


APPOSED_NAME: list[Row] = [
    ("Japan's broader index, the Topix, fell 1.2% on Tuesday.", "2024-04-16",
     ["TOPIX session_change down 1.2 percent 2024-04-16"]),
    ("The region's blue-chip benchmark, the Euro Stoxx 50, has risen 9% this year.",
     "2024-04-16",
     ["SX5E period_change up 9 percent 2024-04-16 since=2024-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(APPOSED_NAME))
def test_apposed_name_is_the_subject(sentence: str, published: str, expected: list[str]) -> None:
    """ "Japan's broader index, the Topix, fell": the apposed name is the subject."""
    assert extract(sentence, published) == expected


CAUSED_SAME_DAY: list[Row] = [
    ("Brent jumped 4% on Monday as Gulf supply fears flared, sending the FTSE 100 up 1.1%.",
     "2024-04-17",
     ["BRENT session_change up 4 percent 2024-04-15",
      "FTSE100 session_change up 1.1 percent 2024-04-15"]),
    ("The yen surged on Friday, dragging the Nikkei down 2.3%.", "2024-04-17",
     ["USDJPY session_change up 2024-04-12 inverse",
      "NIKKEI225 session_change down 2.3 percent 2024-04-12"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSED_SAME_DAY))
def test_caused_move_shares_its_day(sentence: str, published: str, expected: list[str]) -> None:
    """ "slid 2% on Thursday, sending the Russell 2000 up 3.6%": the object moved that day."""
    assert extract(sentence, published) == expected


DATED_WINDOW_START: list[Row] = [
    ("Brent has fallen 22% since the post-invasion peak of March 8.", "2022-07-14",
     ["BRENT period_change down 22 percent 2022-07-14 since=2022-03-08"]),
    ("The Hang Seng is down 41% from its record close on Jan. 26, 2018.", "2022-10-24",
     ["HSI period_change down 41 percent 2022-10-24 since=2018-01-26",
      "HSI record up 2018-01-26"]),
    ("The Dow slid 1.9% on Thursday, leaving it down roughly a fifth from its record close "
     "on Jan. 4.", "2022-06-16",
     ["DJIA session_change down 1.9 percent 2022-06-16",
      "DJIA period_change down 20 percent about 2022-06-16 since=2022-01-04",
      "DJIA record up 2022-01-04"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DATED_WINDOW_START))
def test_window_from_a_dated_extreme(sentence: str, published: str, expected: list[str]) -> None:
    """ "since the peak of March 8": the window opens on the extreme's named day."""
    assert extract(sentence, published) == expected


HEDGED_IMPLIED_SIZE: list[Row] = [
    ("Nickel rose 4% on Tuesday, more than tripling from its low of Feb. 2, 2021.",
     "2022-03-08",
     ["NICKEL session_change up 4 percent 2022-03-08",
      "NICKEL period_change up 200 percent more_than 2022-03-08 since=2021-02-02"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HEDGED_IMPLIED_SIZE))
def test_hedged_participle_carries(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., more than doubling from its low": a hedged participle keeps the subject."""
    assert extract(sentence, published) == expected


FRONTED_DATE_WITH_YEAR: list[Row] = [
    ("On March 16, 2020, the S&P 500 plunged 12%, its worst day since 1987.", "2021-03-16",
     ["SPX session_change down 12 percent 2020-03-16",
      "SPX biggest_move down 2020-03-16 since=1987-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_DATE_WITH_YEAR))
def test_fronted_date_keeps_its_year(sentence: str, published: str, expected: list[str]) -> None:
    """ "On March 16, 2020, the S&P 500 plunged": a fronted date with its year is that day."""
    assert extract(sentence, published) == expected


COMPARED_MOVE: list[Row] = [
    ("The Nasdaq is down 24% this year, a deeper slide than the Dow's 11% decline.",
     "2022-06-01",
     ["NASDAQ period_change down 24 percent 2022-06-01 since=2022-01-01",
      "DJIA period_change down 11 percent 2022-06-01 since=2022-01-01"]),
    ("The Nikkei has rallied 17% this year, outpacing the S&P 500's 7% gain.", "2023-05-12",
     ["NIKKEI225 period_change up 17 percent 2023-05-12 since=2023-01-01",
      "SPX period_change up 7 percent 2023-05-12 since=2023-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COMPARED_MOVE))
def test_compared_move_shares_the_window(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "a steeper slide than the S&P 500's 13% decline": the compared move shares the window."""
    assert extract(sentence, published) == expected


SIZE_BEFORE_RELATIVE: list[Row] = [
    ("The CAC 40 sank 2.4% on Thursday, erasing the 1.5% it had gained the previous day.",
     "2024-04-18",
     ["CAC40 session_change down 2.4 percent 2024-04-18",
      "CAC40 session_change up 1.5 percent 2024-04-17"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SIZE_BEFORE_RELATIVE))
def test_size_before_a_relative_verb(sentence: str, published: str, expected: list[str]) -> None:
    """ "erasing the 1.5% it had gained": a relative clause's verb is sized by its figure."""
    assert extract(sentence, published) == expected
