"""Claim parser rules from session 22 (helper hC): day's moves and levels the parser used to
miss. A market listed with only its size after a move that other words split from it ("..., the
S&P 500 3.1% and the Nasdaq 3.3%", "dragging ... and the Hang Seng 1.2% lower", "the CAC 40
ahead 1.1%"); where a market finished, told after its move within the day with no subject of its
own ("pared the gain to 0.6% at the settle", "only for the index to slip back and settle 0.5%
lower", "to finish with a gain of 0.2%"); a threshold crossed kept beside the close that follows
("rose above 14,000 ..., ending 1.7% higher at 14,191.48"); and a gapped level quoted against the
first clause's counter ("the euro at 79.10 roubles and the dollar at 64.25"); and no claim for
what forecasters expect ("see gold rising toward $1,400"). Spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

LISTED: list[Row] = [
    ("The Nasdaq jumped 312 points, or 2.1%, the S&P 500 1.6% and the Russell 2000 2.4% on Wednesday after a soft inflation print.",
     "2023-06-14",
     ["NASDAQ session_change up 2.1 percent 2023-06-14",
      "SPX session_change up 1.6 percent 2023-06-14",
      "RUT session_change up 2.4 percent 2023-06-14"]),
    ("The Dow Jones industrial average gained 825 points, or 2.8%, on Tuesday after a rally in bank shares, the S&P 500 3.1% and the Nasdaq 3.3%.",
     "2022-10-04",
     ["DJIA session_change up 2.8 percent 2022-10-04",
      "SPX session_change up 3.1 percent 2022-10-04",
      "NASDAQ session_change up 3.3 percent 2022-10-04"]),
    ("Shares of a Hong Kong developer sank 9% on Thursday, its worst day in a decade, dragging a property gauge down 4% and the Hang Seng 1.2% lower.",
     "2023-08-17",
     ["HSI session_change down 1.2 percent 2023-08-17"]),
    ("European shares ended 0.8% higher on Tuesday, with Britain's FTSE 100 up 0.6% and France's CAC 40 ahead 1.1%.",
     "2012-11-13",
     ["STOXX600 session_change up 0.8 percent 2012-11-13",
      "FTSE100 session_change up 0.6 percent 2012-11-13",
      "CAC40 session_change up 1.1 percent 2012-11-13"]),
]  # fmt: skip

FINISHED: list[Row] = [
    ("Brent rose as much as 2.2% to $52.80 a barrel in Asian hours on Wednesday before a surprise build in U.S. inventories pared the gain to 0.6% at the settle.",
     "2017-05-17",
     ["BRENT intraday_extreme up 2.2 percent as_much_as 2017-05-17 level=52.8",
      "BRENT session_change up 0.6 percent 2017-05-17"]),
    ("The FTSE 100 touched 6,560 shortly after the open on Tuesday, its highest in a week, only for the index to slip back and settle 0.5% lower at 6,449.3.",
     "2014-02-06",
     ["FTSE100 intraday_extreme up 2014-02-04 level=6560",
      "FTSE100 record up 2014-02-04 level=6560 since=2014-01-28",
      "FTSE100 session_change down 0.5 percent 2014-02-04 level=6449.3"]),
    ("The Russell 2000 was up about 0.9% by late morning on Wednesday, but it lost steam after lunch to finish with a gain of 0.2%.",
     "2016-09-07",
     # the 0.9% is the day's extreme: it went further than the close (outrun_moves, hB)
     ["RUT intraday_extreme up 0.9 percent about 2016-09-07",
      "RUT session_change up 0.2 percent 2016-09-07"]),
]  # fmt: skip

THRESHOLDS: list[Row] = [
    ("The Nikkei rose above 14,000 on Thursday for the first time since June 2008, ending 1.7% higher at 14,191.48.",
     "2013-05-09",
     ["NIKKEI225 level up 2013-05-09 level=14000",
      "NIKKEI225 record up 2013-05-09 level=14000 since=2008-06-01",
      "NIKKEI225 session_change up 1.7 percent 2013-05-09 level=14191.5"]),
    ("Frankfurt's DAX slipped below 13,000 on Tuesday, finishing down 0.9% at 12,894.5 as carmakers lost ground.",
     "2019-11-26",
     ["DAX level down 2019-11-26 level=13000",
      "DAX session_change down 0.9 percent 2019-11-26 level=12894.5"]),
]  # fmt: skip

COUNTERS: list[Row] = [
    ("In Moscow, the euro was quoted at 79.10 roubles and the dollar at 64.25 on Thursday as sanctions fears eased.",
     "2018-04-12",
     ["EURRUB level none 2018-04-12 level=79.1",
      "USDRUB level none 2018-04-12 level=64.25"]),
    ("In Tokyo trade on Friday the dollar changed hands at 109.40 yen and the euro at 123.60.",
     "2020-06-05",
     ["USDJPY level none 2020-06-05 level=109.4",
      "EURJPY level none 2020-06-05 level=123.6"]),
]  # fmt: skip


FORECASTS: list[Row] = [
    ("Strategists at the bank see the Nikkei ending next year at 32,000 and the yen weakening to 118 per dollar, citing a widening rate gap.",
     "2021-12-13",
     []),
    ("Economists at the firm expect the euro to climb to $1.15 by the end of next year while the dollar index eases about 4%.",
     "2022-06-06",
     []),
    ("Fund managers polled this month see gold rising toward $1,400 an ounce and the 10-year Treasury yield sliding to 2.5% over the coming year.",
     "2019-01-07",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LISTED))
def test_listed_markets_with_only_a_size(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A registry market after a comma or "and" with nothing but its size (and a way word) is
    that market's move of the kind and day of the sized move before it, or, after a company's
    move, on the last day named."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FINISHED))
def test_finish_after_a_move_within_the_day(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "pared the gain to 0.6% at the settle", "to slip back and settle 0.5% lower at 6,449.3",
    "to finish with a gain of 0.2%": the session's move of the market that moved within the day."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(THRESHOLDS))
def test_threshold_kept_beside_the_close(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A threshold crossed ("slipped below 13,000") stays a level claim when the close that
    follows states another level."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COUNTERS))
def test_gapped_level_shares_the_counter(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A gapped currency level with no counter of its own is quoted against the first clause's
    counter ("79.10 roubles and the dollar at 64.25": dollar-rouble)."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FORECASTS))
def test_what_forecasters_expect_is_no_claim(
    sentence: str, published: str, expected: list[str]
) -> None:
    """Prices and moves after a forecaster's verb of expecting ("see the Nikkei ending next year
    at 32,000 and the yen weakening to 118") with no day of their own, or a coming one."""
    assert extract(sentence, published) == expected
