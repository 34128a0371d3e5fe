"""Claim parser rules for sized move nouns in cents, unsized posted moves ("eked out a
small gain"), dated record nouns (also as reference points), days inside fronted since-clauses
and parity named by its currency; spec by example in the format of
tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

CENT_NOUNS: list[Row] = [
    ("Wheat rose 8 cents on Wednesday, extending Tuesday's 20-cent gain.", "2024-04-17",
     ["WHEAT session_change up 8 points 2024-04-17",
      "WHEAT session_change up 20 points 2024-04-16"]),
    ("Soybeans posted a 14-cent gain on Monday.", "2024-04-17",
     ["SOYBEANS session_change up 14 points 2024-04-15"]),
    ("The euro rose 1.2 cents, reversing Monday's 0.8-cent drop.", "2024-04-17",
     ["EURUSD session_change up 0.012 points 2024-04-17",
      "EURUSD session_change down 0.008 points 2024-04-15"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CENT_NOUNS))
def test_cent_nouns(sentence: str, published: str, expected: list[str]) -> None:
    """ "Tuesday's 30-cent rally": a move noun sized in cents, like one sized in percent."""
    assert extract(sentence, published) == expected


POSTED_UNSIZED: list[Row] = [
    ("The Nikkei posted a small gain on Thursday, but the benchmark slid 1.4% on Friday.",
     "2024-04-12",
     ["NIKKEI225 session_change up 2024-04-11",
      "NIKKEI225 session_change down 1.4 percent 2024-04-12"]),
    ("Brent suffered a steep loss on Tuesday.", "2024-04-17",
     ["BRENT session_change down 2024-04-16"]),
    ("U.S. stocks posted modest gains on Monday, while Treasury yields rose.", "2024-04-17",
     ["SPX session_change up 2024-04-15", "US10Y session_change up 2024-04-15"]),
    ("Gold notched a slight gain on Monday, then slid 1.2% on Tuesday.", "2024-04-17",
     ["GOLD session_change up 2024-04-15",
      "GOLD session_change down 1.2 percent 2024-04-16"]),
    ("The Dow eked out a gain of less than 0.1% on Friday.", "2024-04-17",
     ["DJIA session_change up 0.1 percent less_than 2024-04-12"]),
    ("The rand staged a strong rebound on Thursday.", "2023-06-01",
     ["USDZAR session_change up 2023-06-01 inverse"]),
    ("Gold mounted a comeback on Tuesday after Monday's 2% drop.", "2023-06-01",
     ["GOLD session_change up 2023-05-30", "GOLD session_change down 2 percent 2023-05-29"]),
    ("Brent posted a weekly gain on Friday.", "2024-04-17", []),
    ("Brent posted a gain for the week.", "2024-04-17", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(POSTED_UNSIZED))
def test_posted_unsized(sentence: str, published: str, expected: list[str]) -> None:
    """ "eked out a small gain on Thursday": an unsized posted move is the session's, its way
    the noun's; a posted weekly gain names a window and stays unlabelled."""
    assert extract(sentence, published) == expected


DATED_RECORD_NOUNS: list[Row] = [
    ("The STOXX 600 has slipped 2.1% since last Thursday's record close, hit by rate worries.",
     "2024-04-16",
     ["STOXX600 period_change down 2.1 percent 2024-04-16 since=2024-04-11",
      "STOXX600 record up 2024-04-11"]),
    ("The S&P 500 has dropped 3% since Friday's record high.", "2024-04-16",
     ["SPX period_change down 3 percent 2024-04-16 since=2024-04-12", "SPX record up 2024-04-12"]),
    ("The yen has recovered 4% since Monday's record low against the dollar.", "2024-04-17",
     ["USDJPY period_change up 4 percent 2024-04-17 inverse since=2024-04-15",
      "USDJPY record down 2024-04-15 inverse"]),
    ("Gold has fallen $40 since Thursday's record close, and silver fell 1%.", "2024-04-16",
     ["GOLD period_change down 40 points 2024-04-16 since=2024-04-11",
      "GOLD record up 2024-04-11", "SILVER session_change down 1 percent 2024-04-16"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DATED_RECORD_NOUNS))
def test_dated_record_nouns(sentence: str, published: str, expected: list[str]) -> None:
    """ "since last Thursday's record close": a dated record named with no level is that
    day's record claim, as "Thursday's record of $2,431" is."""
    assert extract(sentence, published) == expected


FRONTED_SINCE_DAY: list[Row] = [
    ("Since bottoming on March 23, the Nasdaq has rallied 45%, and the S&P 500 has gained 38%.",
     "2020-06-08",
     ["NASDAQ period_change up 45 percent 2020-06-08 since=2020-03-23",
      "SPX period_change up 38 percent 2020-06-08 since=2020-03-23"]),
    ("Since peaking on Feb. 19, the Dow has lost 12%.", "2020-06-08",
     ["DJIA period_change down 12 percent 2020-06-08 since=2020-02-19"]),
    ("Since the central bank cut rates on Wednesday, the rand has weakened 3%.", "2020-06-08",
     ["USDZAR period_change down 3 percent 2020-06-08 inverse since=2020-06-03"]),
    ("After peaking on Wednesday, the rand weakened 3% on Thursday.", "2020-06-08",
     ["USDZAR session_change down 3 percent 2020-06-04 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_SINCE_DAY))
def test_fronted_since_day(sentence: str, published: str, expected: list[str]) -> None:
    """ "Since bottoming on March 23, the Nasdaq has rallied 45%": a day inside a fronted
    since-clause opens the window, as the same clause after the verb does."""
    assert extract(sentence, published) == expected


RECORDS_AS_REFERENCE: list[Row] = [
    ("Gold was down 0.3% at $2,737 an ounce early on Monday, below Thursday's record of "
     "$2,790.15.", "2024-11-04",
     ["GOLD intraday_change down 0.3 percent 2024-11-04 level=2737",
      "GOLD record up 2024-10-31 level=2790.15"]),
    ("The S&P 500 edged up 0.2% on Monday, just below Friday's record close, as tech shares "
     "rose.", "2024-11-04",
     ["SPX session_change up 0.2 percent 2024-11-04", "SPX record up 2024-11-01"]),
    ("The dollar rose 0.5% to 104.2 yen on Monday, up from Friday's six-month low.",
     "2024-11-04",
     ["USDJPY session_change up 0.5 percent 2024-11-04 level=104.2",
      "USDJPY record down 2024-11-01 since=2024-05-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORDS_AS_REFERENCE))
def test_records_as_reference(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., below Thursday's record of $2,790.15", "..., just below Friday's record close": a
    dated record set off as a reference point is the subject's record on that day."""
    assert extract(sentence, published) == expected


PARITY_NAMED: list[Row] = [
    ("The euro dipped below one Swiss franc on Friday for the first time since 2015.",
     "2022-03-04",
     ["EURCHF level down 2022-03-04 level=1",
      "EURCHF record down 2022-03-04 level=1 since=2015-01-01"]),
    ("The euro slid below one dollar on Friday.", "2022-07-15",
     ["EURUSD level down 2022-07-15 level=1"]),
    ("The euro fell to parity with the Swiss franc.", "2022-03-04",
     ["EURCHF level down 2022-03-04 level=1"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARITY_NAMED))
def test_parity_named(sentence: str, published: str, expected: list[str]) -> None:
    """ "below one Swiss franc", "to parity with the Swiss franc": parity against the named
    currency, a threshold of 1 on that pair."""
    assert extract(sentence, published) == expected
