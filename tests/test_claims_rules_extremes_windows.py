"""Claim parser rules from the r13_1 blind batch (war-era wire copy), spec by example in the
format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

SESSION_ADJECTIVE: list[Row] = [
    ("The Dow ended Tuesday's holiday-shortened session 1.2% lower.", "2022-03-24",
     ["DJIA session_change down 1.2 percent 2022-03-22"]),
    ("The RTS index finished Wednesday's curtailed session up 4.1% at 902 points.", "2022-03-24",
     ["RTSI session_change up 4.1 percent 2022-03-23 level=902"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SESSION_ADJECTIVE))
def test_weekday_session_with_adjective(sentence: str, published: str, expected: list[str]) -> None:
    """ "ended Thursday's curtailed session up 8.8%": one adjective before "session" keeps the day."""
    assert extract(sentence, published) == expected


LIMIT_OF: list[Row] = [
    ("Soybeans fell by their daily limit of 70 cents to $15.20 a bushel.", "2022-03-02",
     ["SOYBEANS session_change down 70 points 2022-03-02 level=15.2"]),
    ("Corn futures rose by the exchange's limit of 35 cents on Monday.", "2022-03-07",
     ["CORN session_change up 35 points 2022-03-07"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LIMIT_OF))
def test_limit_of_size(sentence: str, published: str, expected: list[str]) -> None:
    """ "rose by the exchange's daily limit of 50 cents": the limit is the move's size."""
    assert extract(sentence, published) == expected


PARED_AFTER: list[Row] = [
    ("Brent pared gains to trade up 2.5% at $104 after spiking above $110 a barrel.",
     "2022-03-02",
     ["BRENT intraday_change up 2.5 percent 2022-03-02 level=104",
      "BRENT intraday_extreme up 2022-03-02 level=110"]),
    ("Silver reversed course to trade 0.8% lower at $25.10 after climbing to $26.00 an ounce.",
     "2022-03-08",
     ["SILVER intraday_change down 0.8 percent 2022-03-08 level=25.1",
      "SILVER intraday_extreme up 2022-03-08 level=26"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARED_AFTER))
def test_pared_move_after_is_extreme(sentence: str, published: str, expected: list[str]) -> None:
    """ "pared gains to trade up 3% after jumping above $100": the "after" move was the extreme."""
    assert extract(sentence, published) == expected


TOUCHED_SIDE: list[Row] = [
    ("Platinum was 1.1% lower at $1,050 after touching $1,120 an ounce earlier.", "2022-03-08",
     ["PLATINUM intraday_change down 1.1 percent 2022-03-08 level=1050",
      "PLATINUM intraday_extreme up 2022-03-08 level=1120"]),
    ("Gold rose 0.4% to $1,930 after touching $1,895 an ounce early on Tuesday.", "2022-03-15",
     ["GOLD session_change up 0.4 percent 2022-03-15 level=1930",
      "GOLD intraday_extreme down 2022-03-15 level=1895"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TOUCHED_SIDE))
def test_touched_level_side(sentence: str, published: str, expected: list[str]) -> None:
    """A level touched above where the move ended was the day's high; below it, its low."""
    assert extract(sentence, published) == expected


WEEK_OUT_AND_WAR: list[Row] = [
    ("The Nasdaq closed out the month up 3.4%.", "2022-03-31",
     ["NASDAQ period_change up 3.4 percent 2022-03-31 since=2022-03-01"]),
    ("European gas prices have at least tripled since Russian forces rolled into Ukraine "
     "last month.", "2022-03-15",
     ["TTF period_change up 200 percent at_least 2022-03-15 since=2022-02-24"]),
    ("The rouble has lost a third of its value since Russia attacked Ukraine.", "2022-03-10",
     ["USDRUB period_change down 33.3 percent 2022-03-10 inverse since=2022-02-24"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WEEK_OUT_AND_WAR))
def test_closed_out_and_invasion_window(sentence: str, published: str, expected: list[str]) -> None:
    """ "closed out the week", "at least doubled", "since Russian troops crossed into Ukraine"."""
    assert extract(sentence, published) == expected


LONG_APPOSITIVE: list[Row] = [
    ("Nickel, a metal used in stainless steel and batteries of which Russia supplies about 10% "
     "of the world market, jumped 19% to $29,770 a tonne.", "2022-03-07",
     ["NICKEL session_change up 19 percent 2022-03-07 level=29770"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LONG_APPOSITIVE))
def test_long_apposed_noun_phrase(sentence: str, published: str, expected: list[str]) -> None:
    """ "Palladium, a metal ... of which Russia mines about 40% ..., soared": the subject holds."""
    assert extract(sentence, published) == expected


DATED_RECORD_NOUNS: list[Row] = [
    ("The rouble has recovered 20% since Monday's record low of 135 per dollar.", "2022-03-17",
     ["USDRUB period_change up 20 percent 2022-03-17 inverse since=2022-03-14",
      "USDRUB record down 2022-03-14 inverse level=135"]),
    ("Gold has shed 6% since last Tuesday's record high of $2,070.", "2022-03-17",
     ["GOLD period_change down 6 percent 2022-03-17 since=2022-03-08",
      "GOLD record up 2022-03-08 level=2070"]),
    ("Bitcoin has lost 65% since its Nov. 10 record high.", "2022-06-20",
     ["BTC period_change down 65 percent 2022-06-20 since=2021-11-10",
      "BTC record up 2021-11-10"]),
    ("The Hang Seng has fallen 40% since its June 12 peak.", "2022-10-24",
     ["HSI period_change down 40 percent 2022-10-24 since=2022-06-12"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DATED_RECORD_NOUNS))
def test_dated_record_nouns(sentence: str, published: str, expected: list[str]) -> None:
    """ "since Thursday's record low of 121.5", "since its Aug. 26 record close": the window
    starts there and the noun names a record on that day."""
    assert extract(sentence, published) == expected


RUNNING_TOTAL_BP: list[Row] = [
    ("The two-year yield rose 8 basis points on Monday, taking its rise this year to about "
     "200 basis points.", "2022-05-02",
     ["US2Y session_change up 8 bp 2022-05-02",
      "US2Y period_change up 200 bp about 2022-05-02 since=2022-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RUNNING_TOTAL_BP))
def test_running_total_in_bp(sentence: str, published: str, expected: list[str]) -> None:
    """ "taking its rise this year to nearly 150 basis points": a running total in bp."""
    assert extract(sentence, published) == expected


CLOSE_WITH_MOVE: list[Row] = [
    ("The Nasdaq closed with a loss of 1.8% on Tuesday.", "2023-03-08",
     ["NASDAQ session_change down 1.8 percent 2023-03-07"]),
    ("The Dow ended Monday's session with a 0.6% gain.", "2023-03-08",
     ["DJIA session_change up 0.6 percent 2023-03-06"]),
    ("The FTSE 100 ended the week with a 2.4% gain.", "2023-03-10",
     ["FTSE100 period_change up 2.4 percent 2023-03-10 since=2023-03-06"]),
    ("Japan's Nikkei closed out 2023 with a gain of about 28%.", "2023-12-29",
     ["NIKKEI225 period_change up 28 percent about 2023-12-29 since=2023-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSE_WITH_MOVE))
def test_close_with_move_noun(sentence: str, published: str, expected: list[str]) -> None:
    """ "closed with a loss of 1.8%", "closed out 2023 with a gain of about 28%": the close's move."""
    assert extract(sentence, published) == expected
