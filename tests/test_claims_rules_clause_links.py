"""Claim parser rules found on the former validation batches (session 8), mostly about how
clauses link: fronted "by" times of day, shares of an undone move ("more than half of"), a
bare tenor after a foreign yield, records owned by "their", "stood out with a 3% jump", counts
of past periods, other exchanges' contracts, modifiers and relatives on a name, and a window
closed at a level. Spec by example in the format of tests/test_claims_examples.py (our own
wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

FRONTED_BY_TIME: list[Row] = [
    ("By mid-morning on Tuesday, the Stoxx 600 had shed 1.4% and the DAX 1.9%.", "2023-03-16",
     ["STOXX600 intraday_change down 1.4 percent 2023-03-14",
      "DAX intraday_change down 1.9 percent 2023-03-14"]),
    ("By the lunch break, the Nikkei had given up 2.2%.", "2024-08-02",
     ["NIKKEI225 intraday_change down 2.2 percent 2024-08-02"]),
    ("By late afternoon, the Bovespa had climbed 1.6%, while the peso was 0.3% firmer.",
     "2022-11-01",
     ["BOVESPA intraday_change up 1.6 percent 2022-11-01",
      "USDMXN intraday_change up 0.3 percent 2022-11-01 inverse"]),
    ("By the midday break, the Hang Seng and the Hang Seng Tech index had lost 1.1% and 2.6%.",
     "2023-01-31",
     ["HSI intraday_change down 1.1 percent 2023-01-31",
      "HSTECH intraday_change down 2.6 percent 2023-01-31"]),
    ("By noon, the Kospi had risen 0.7%.", "2021-06-15",
     ["KOSPI intraday_change up 0.7 percent 2021-06-15"]),
    ("By late afternoon, the FTSE 100 closed 0.4% higher.", "2021-06-15",
     ["FTSE100 session_change up 0.4 percent 2021-06-15"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_BY_TIME))
def test_fronted_by_times_of_day(sentence: str, published: str, expected: list[str]) -> None:
    """A fronted "By mid-morning", "By the lunch break" or "By late afternoon" makes each
    move in the sentence a state in the day, unless its verb closes the day."""
    assert extract(sentence, published) == expected


PLACE_BEFORE_SUBJECT: list[Row] = [
    ("By mid-morning on Monday, New York heating oil futures had jumped 3.8%.", "2022-05-04",
     ["HEATINGOIL intraday_change up 3.8 percent 2022-05-02"]),
    ("On Thursday, London copper slid 2.1% to $8,150 a tonne.", "2023-05-26",
     ["COPPER session_change down 2.1 percent 2023-05-25 level=8150"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PLACE_BEFORE_SUBJECT))
def test_place_before_a_fronted_subject(sentence: str, published: str, expected: list[str]) -> None:
    """A trading place ("New York", "London") between fronted time words and the subject does
    not cut the subject off from those time words."""
    assert extract(sentence, published) == expected


SHARE_UNDONE: list[Row] = [
    ("The Dow sank as much as 900 points on Thursday, then recovered more than half of the "
     "drop to close down 1.9%.", "2022-05-06",
     ["DJIA intraday_extreme down 900 points as_much_as 2022-05-05",
      "DJIA session_change down 1.9 percent 2022-05-05"]),
    ("The Kospi clawed back more than half of an early 3.4% slump to end 1.1% lower.", "2024-08-05",
     ["KOSPI intraday_extreme down 3.4 percent 2024-08-05",
      "KOSPI session_change down 1.1 percent 2024-08-05"]),
    ("Bitcoin recouped nearly half of its early losses to trade 2.3% lower.", "2022-06-13",
     ["BTC intraday_change down 2.3 percent 2022-06-13"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHARE_UNDONE))
def test_share_of_a_move_undone(sentence: str, published: str, expected: list[str]) -> None:
    """ "recovered more than half of the drop" undoes part of a move: no claim of its own, and
    the close after it still belongs to the subject."""
    assert extract(sentence, published) == expected


WEEKLY_SHOWING: list[Row] = [
    ("For the week, the Nasdaq lost 4.2%, its worst weekly showing since March, while the S&P "
     "500 fell 2.9%.", "2022-09-30",
     ["NASDAQ period_change down 4.2 percent 2022-09-30 since=2022-09-26",
      "SPX period_change down 2.9 percent 2022-09-30 since=2022-09-26"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WEEKLY_SHOWING))
def test_weekly_showing(sentence: str, published: str, expected: list[str]) -> None:
    """ "its worst weekly showing since March" is a comparison set off by commas: the fronted
    "For the week" still covers the clause after it."""
    assert extract(sentence, published) == expected


FOREIGN_BARE_TENOR: list[Row] = [
    ("Germany's 10-year yield rose 6 basis points, while the two-year yield added 4 bps.",
     "2023-02-03",
     ["DE10Y session_change up 6 bp 2023-02-03",
      "DE2Y session_change up 4 bp 2023-02-03"]),
    ("Italy's 10-year bond yield climbed 18 bps on Tuesday, while two-year yields jumped 30 bps.",
     "2022-06-14",
     ["IT10Y session_change up 18 bp 2022-06-14"]),
    ("The 10-year Treasury yield fell 7 basis points and the two-year yield 9 bps.",
     "2023-03-10",
     ["US10Y session_change down 7 bp 2023-03-10",
      "US2Y session_change down 9 bp 2023-03-10"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FOREIGN_BARE_TENOR))
def test_bare_tenor_after_a_foreign_yield(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A bare tenor yield after one government's named yield is that government's tenor, and
    no claim at all when the registry lacks it (there is no Italian two-year)."""
    assert extract(sentence, published) == expected


THEIR_RECORDS: list[Row] = [
    ("The Kospi sank 3.7% on Monday and the Taiex lost 4.1%, their worst days since March 2020.",
     "2024-08-05",
     ["KOSPI session_change down 3.7 percent 2024-08-05",
      "TAIEX session_change down 4.1 percent 2024-08-05",
      "TAIEX biggest_move down 2024-08-05 since=2020-03-01",
      "KOSPI biggest_move down 2024-08-05 since=2020-03-01"]),
    ("Brent rose 2.4% to $94.10 and WTI gained 2.1% to $90.70, their highest settlements since "
     "November.", "2023-09-27",
     ["BRENT session_change up 2.4 percent 2023-09-27 level=94.1",
      "WTI session_change up 2.1 percent 2023-09-27 level=90.7",
      "WTI record up 2023-09-27 level=90.7 since=2022-11-01",
      "BRENT record up 2023-09-27 level=94.1 since=2022-11-01"]),
    ("Gold rose 1.2% and the dollar index fell 0.6%, their biggest moves since March.",
     "2024-06-07",
     ["GOLD session_change up 1.2 percent 2024-06-07",
      "DXY session_change down 0.6 percent 2024-06-07",
      "DXY biggest_move down 2024-06-07 since=2024-03-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(THEIR_RECORDS))
def test_records_owned_by_their(sentence: str, published: str, expected: list[str]) -> None:
    """A record owned by "their" after moves of two markets the same way is each market's;
    after moves in opposite ways it stays with the nearer one."""
    assert extract(sentence, published) == expected


CLOSE_WITH_EARLIER_STATE: list[Row] = [
    ("The Nifty 50 closed 0.4% higher at 22,410.20 after touching a record in early deals, "
     "while the Sensex added 0.3%.", "2024-03-06",
     ["NIFTY50 session_change up 0.4 percent 2024-03-06 level=22410.2",
      "NIFTY50 record up 2024-03-06",
      "SENSEX session_change up 0.3 percent 2024-03-06"]),
    ("The Nikkei lost 1.1% in morning trade, while the Topix shed 1.4%.", "2024-03-07",
     ["NIKKEI225 intraday_change down 1.1 percent 2024-03-07",
      "TOPIX intraday_change down 1.4 percent 2024-03-07"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSE_WITH_EARLIER_STATE))
def test_close_with_an_earlier_state(sentence: str, published: str, expected: list[str]) -> None:
    """A close whose "after ..." adjunct names a time of day does not pass that time to the
    next market's clause; a plain state in the day does."""
    assert extract(sentence, published) == expected


STOOD_OUT_WITH: list[Row] = [
    ("Asian shares fell, but India's Nifty 50 bucked the trend with a 0.4% gain.", "2023-08-14",
     ["NIFTY50 session_change up 0.4 percent 2023-08-14"]),
    ("Among metals, platinum stood out with a 3.2% jump on Tuesday.", "2024-05-22",
     ["PLATINUM session_change up 3.2 percent 2024-05-21"]),
    ("The yen outperformed its peers with a 0.9% rise against the dollar.", "2024-08-02",
     ["USDJPY session_change up 0.9 percent 2024-08-02 inverse"]),
    ("Silver led the way with a 2.8% advance.", "2024-05-17",
     ["SILVER session_change up 2.8 percent 2024-05-17"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(STOOD_OUT_WITH))
def test_stood_out_with_a_move(sentence: str, published: str, expected: list[str]) -> None:
    """ "bucked the trend with a 0.4% gain", "led the way with a 2.8% advance": the move noun
    after "with" is the subject's own move."""
    assert extract(sentence, published) == expected


COUNTED_PERIODS: list[Row] = [
    ("Copper, which has risen in six of the past eight weeks, slipped 0.7% on Monday.",
     "2024-04-23",
     ["COPPER session_change down 0.7 percent 2024-04-22"]),
    ("The rand has weakened in each of the last four sessions and was 0.3% softer on Friday.",
     "2023-05-12",
     ["USDZAR intraday_change down 0.3 percent 2023-05-12 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COUNTED_PERIODS))
def test_counted_periods_are_no_move(sentence: str, published: str, expected: list[str]) -> None:
    """ "has risen in six of the past eight weeks" counts moves; it states none to check."""
    assert extract(sentence, published) == expected


OTHER_VENUES: list[Row] = [
    ("New York cocoa rose 4.1% to settle at $9,870 a tonne, while London cocoa gained 3.3%.",
     "2024-04-16",
     ["COCOA session_change up 4.1 percent 2024-04-16 level=9870"]),
    ("Shanghai copper slid 1.4%, and Comex copper fell 0.9%.", "2023-10-03",
     ["COPPER session_change down 0.9 percent 2023-10-03"]),
    ("Euronext wheat fell 2.2% and Chicago wheat lost 1.8% on Friday.", "2022-07-08",
     ["WHEAT session_change down 1.8 percent 2022-07-08"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OTHER_VENUES))
def test_other_venues_contracts(sentence: str, published: str, expected: list[str]) -> None:
    """ "London cocoa", "Shanghai copper", "Euronext wheat" are other exchanges' contracts,
    which the registry does not list: no claim on the registry's own contract."""
    assert extract(sentence, published) == expected


LATER_DAY_AND_STATE: list[Row] = [
    ("The Russell 2000 finished 0.9% lower on Friday, after being up as much as 0.6% around "
     "midday.", "2023-02-03",
     ["RUT session_change down 0.9 percent 2023-02-03",
      "RUT intraday_extreme up 0.6 percent as_much_as 2023-02-03"]),
    ("Brent fell 2.1% on Tuesday and extended losses in Asian trade on Wednesday, down a further "
     "0.6% by 0400 GMT.", "2023-10-04",
     ["BRENT session_change down 2.1 percent 2023-10-03",
      "BRENT intraday_change down 0.6 percent 2023-10-04"]),
    ("The yen weakened again, down another 0.4% at 151.20 per dollar.", "2023-11-13",
     ["USDJPY intraday_change down 0.4 percent 2023-11-13 inverse level=151.2"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LATER_DAY_AND_STATE))
def test_later_states_and_their_day(sentence: str, published: str, expected: list[str]) -> None:
    """ "after being up as much as 0.6%" is the day's extreme; "down a further 0.6%" after a
    comma is a state; a day named by a clause the state sizes still dates the state."""
    assert extract(sentence, published) == expected


NAMES_WITH_MODIFIERS: list[Row] = [
    ("By midday on Monday, the RTS index was down 3.1% and the rouble-based MOEX 2.7%.",
     "2022-09-26",
     ["RTSI intraday_change down 3.1 percent 2022-09-26",
      "IMOEX intraday_change down 2.7 percent 2022-09-26"]),
    ("Banks weighed on a DAX that closed 0.7% lower at 18,210.", "2024-05-30",
     ["DAX session_change down 0.7 percent 2024-05-30 level=18210"]),
    ("Silver jumped 3.6% to $31.20, the white metal's biggest one-day rise since March.",
     "2024-05-17",
     ["SILVER session_change up 3.6 percent 2024-05-17 level=31.2",
      "SILVER biggest_move up 2024-05-17 since=2024-03-01"]),
    ("Gold rose 1.4% to $2,420, the yellow metal's biggest one-day rise since April.",
     "2024-05-20",
     ["GOLD session_change up 1.4 percent 2024-05-20 level=2420",
      "GOLD biggest_move up 2024-05-20 since=2024-04-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NAMES_WITH_MODIFIERS))
def test_names_with_modifiers(sentence: str, published: str, expected: list[str]) -> None:
    """ "the rouble-based MOEX", "a DAX that closed", "the white metal's biggest rise": a
    compound modifier, a restrictive relative and a two-word nickname keep their subject."""
    assert extract(sentence, published) == expected


EARLIER_DAYS_NAMED: list[Row] = [
    ("Platinum fell 3% on Thursday, two days after touching a two-year high.", "2024-05-23",
     ["PLATINUM session_change down 3 percent 2024-05-23",
      "PLATINUM record up 2024-05-21 since=2022-05-21"]),
    ("The Kospi has lost about 11% since last Thursday, including an 8.8% rout on Monday.",
     "2024-08-06",
     ["KOSPI period_change down 11 percent about 2024-08-06 since=2024-08-01",
      "KOSPI session_change down 8.8 percent 2024-08-05"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EARLIER_DAYS_NAMED))
def test_earlier_days_named(sentence: str, published: str, expected: list[str]) -> None:
    """ "two days after touching a high" dates that high two days back; "including an 8.8%
    rout on Monday" is that day's move inside the window."""
    assert extract(sentence, published) == expected


WINDOW_CLOSED_AT: list[Row] = [
    ("The RTS index lost 3.2% this week to end Friday at 1,048 points, while the MOEX index "
     "fell 1.9% over the same period.", "2023-10-06",
     ["RTSI period_change down 3.2 percent 2023-10-06 level=1048 since=2023-10-02",
      "IMOEX period_change down 1.9 percent 2023-10-06 since=2023-10-02"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WINDOW_CLOSED_AT))
def test_window_closed_at_a_level(sentence: str, published: str, expected: list[str]) -> None:
    """ "lost 3.2% this week to end Friday at 1,048" is the window's move with its closing
    level, and "over the same period" after it is that window."""
    assert extract(sentence, published) == expected


NAMED_WINDOWS: list[Row] = [
    ("The Hang Seng ended the third quarter up 19.3%.", "2024-09-30",
     ["HSI period_change up 19.3 percent 2024-09-30 since=2024-07-01"]),
    ("In the five sessions through Thursday, the Topix shed 4.9%.", "2024-08-02",
     ["TOPIX period_change down 4.9 percent 2024-08-01 since=2024-07-26"]),
    ("Brent lost almost 13% over the two sessions to Tuesday.", "2025-06-25",
     ["BRENT period_change down 13 percent almost 2025-06-24 since=2025-06-23"]),
    ("Bitcoin slumped 18% from Friday through Monday.", "2024-08-06",
     ["BTC period_change down 18 percent 2024-08-05 since=2024-08-02"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NAMED_WINDOWS))
def test_named_windows(sentence: str, published: str, expected: list[str]) -> None:
    """ "ended the third quarter up", "in the five sessions through Thursday" and "from Friday
    through Monday" name a window: its first session is the window's start."""
    assert extract(sentence, published) == expected
