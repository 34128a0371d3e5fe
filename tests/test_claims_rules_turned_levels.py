"""Claim parser rules from session 9 (lead): a level or move left later the same day, days
counted on ("the next day"), clauses joined by ", and", records with a named owner, and record
wording. Spec by example in the format of tests/test_claims_examples.py (our
own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

LATER_LEFT: list[Row] = [
    ("The rand weakened past 19 per dollar on Tuesday, though it later recovered to trade 0.4% "
     "firmer.", "2023-05-30",
     ["USDZAR intraday_extreme down 2023-05-30 inverse level=19",
      "USDZAR intraday_change up 0.4 percent 2023-05-30 inverse"]),
    ("Brent climbed above $90 a barrel on Wednesday but later retreated to trade 0.6% lower.",
     "2023-09-27",
     ["BRENT intraday_extreme up 2023-09-27 level=90",
      "BRENT intraday_change down 0.6 percent 2023-09-27"]),
    ("The yen weakened past 150 per dollar on Oct. 2 and recovered two weeks later.", "2023-10-20",
     ["USDJPY level down 2023-10-02 inverse level=150",
      "USDJPY session_change up 2023-10-16 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LATER_LEFT))
def test_a_level_left_later_that_day(sentence: str, published: str, expected: list[str]) -> None:
    """ "weakened past 19 per dollar, though it later recovered": the level was the day's
    extreme; "two weeks later" leaves it a level."""
    assert extract(sentence, published) == expected


DAYS_LATER: list[Row] = [
    ("Palladium touched a record on Monday and tumbled 4.5% the next day.", "2022-03-10",
     ["PALLADIUM record up 2022-03-07",
      "PALLADIUM session_change down 4.5 percent 2022-03-08"]),
    ("Bitcoin slid 6% on Friday, and two days later it fell a further 3%.", "2022-06-14",
     ["BTC session_change down 6 percent 2022-06-10",
      "BTC session_change down 3 percent 2022-06-13"]),
    ("The Kospi lost 1.8% on Thursday and added 0.9% the following session.", "2024-12-10",
     ["KOSPI session_change down 1.8 percent 2024-12-05",
      "KOSPI session_change up 0.9 percent 2024-12-06"]),
    ("Copper hit a record on May 20, and a week later it closed 7% lower.", "2024-05-30",
     ["COPPER record up 2024-05-20",
      "COPPER session_change down 7 percent 2024-05-27"]),
    ("Gold rose 1% on Tuesday and is expected to climb further the next day.", "2024-05-21",
     ["GOLD session_change up 1 percent 2024-05-21"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAYS_LATER))
def test_days_counted_on(sentence: str, published: str, expected: list[str]) -> None:
    """ "tumbled 4.5% the next day", "two days later it fell": the day counts on from the claim
    before; a day after the publication date moves nothing."""
    assert extract(sentence, published) == expected


TWO_CLAUSES: list[Row] = [
    ("The central bank vowed on Tuesday to defend the rouble, and the MOEX index jumped 3%.",
     "2022-03-01",
     ["IMOEX session_change up 3 percent 2022-03-01"]),
    ("Tokyo signalled it was ready to support the yen, and the Nikkei slid 1.2%.", "2024-04-30",
     ["NIKKEI225 session_change down 1.2 percent 2024-04-30"]),
    ("The Dow, the S&P 500, and the Nasdaq each lost about 1%.", "2024-04-30",
     ["DJIA session_change down 1 percent about 2024-04-30",
      "SPX session_change down 1 percent about 2024-04-30",
      "NASDAQ session_change down 1 percent about 2024-04-30"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TWO_CLAUSES))
def test_comma_and_joins_clauses(sentence: str, published: str, expected: list[str]) -> None:
    """ "to defend the rouble, and the MOEX index jumped 3%": two names joined by ", and" are
    two clauses, not one subject; a list of three keeps its serial comma."""
    assert extract(sentence, published) == expected


OWN_DAY_WINS: list[Row] = [
    ("OPEC+ agreed deeper output cuts over the weekend, and WTI settled 5.1% higher on Monday.",
     "2023-04-04",
     ["WTI session_change up 5.1 percent 2023-04-03"]),
    ("Over the weekend, Saudi Arabia pledged further cuts, and Brent rose 2% on Monday.",
     "2023-06-06",
     ["BRENT session_change up 2 percent 2023-06-05"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OWN_DAY_WINS))
def test_own_day_over_earlier_window(sentence: str, published: str, expected: list[str]) -> None:
    """ "agreed cuts over the weekend, and WTI settled 5.1% higher on Monday": the window closes
    the clause before; the claim's own day is its session."""
    assert extract(sentence, published) == expected


NAMED_OWNERS: list[Row] = [
    ("Italy's FTSE MIB and Spain's IBEX 35 fell 2.1% and 3.4%, respectively, the IBEX's worst "
     "day since 2020.", "2022-03-07",
     ["FTSEMIB session_change down 2.1 percent 2022-03-07",
      "IBEX35 session_change down 3.4 percent 2022-03-07",
      "IBEX35 biggest_move down 2022-03-07 since=2020-01-01"]),
    ("German two-year and 10-year yields rose 12 and 25 basis points on Wednesday, the Bund's "
     "sharpest one-day jump since 1990.", "2025-03-05",
     ["DE2Y session_change up 12 bp 2025-03-05",
      "DE10Y session_change up 25 bp 2025-03-05",
      "DE10Y biggest_move up 2025-03-05 since=1990-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NAMED_OWNERS))
def test_record_with_a_named_owner(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., the IBEX's worst day since 2020" after two markets' moves is the IBEX's alone."""
    assert extract(sentence, published) == expected


RECORD_WORDING: list[Row] = [
    ("The VIX spiked to 52.3 on Monday, its loftiest reading since March 2020.", "2024-08-05",
     ["VIX level up 2024-08-05 level=52.3",
      "VIX record up 2024-08-05 level=52.3 since=2020-03-01"]),
    ("The CAC 40 ended at 8,205.81 on Friday, edging past the record close it set in April.",
     "2024-05-10",
     ["CAC40 level none 2024-05-10 level=8205.81",
      "CAC40 record up 2024-05-10 level=8205.81"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORD_WORDING))
def test_record_wording(sentence: str, published: str, expected: list[str]) -> None:
    """ "its loftiest reading since", "edging past the record close it set in April": records."""
    assert extract(sentence, published) == expected


CARRIED_PAST: list[Row] = [
    ("Copper ended the second quarter up 12%, its best quarterly showing since 2021, even after "
     "sliding 1.1% on Friday.", "2024-06-28",
     ["COPPER period_change up 12 percent 2024-06-28 since=2024-04-01",
      "COPPER session_change down 1.1 percent 2024-06-28"]),
    ("The Kospi gained 3% this week, despite losing 0.8% on Friday.", "2024-06-28",
     ["KOSPI period_change up 3 percent 2024-06-28 since=2024-06-24",
      "KOSPI session_change down 0.8 percent 2024-06-28"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CARRIED_PAST))
def test_subject_carried_past(sentence: str, published: str, expected: list[str]) -> None:
    """ "despite losing 0.8% on Friday" and a quarter's comparison set off by commas keep the
    subject for the participle that follows."""
    assert extract(sentence, published) == expected


PARED_LATER: list[Row] = [
    ("The Swiss franc firmed 1.2% against the euro on Thursday, but it gave back much of that "
     "and was last 0.4% stronger.", "2015-01-22",
     ["EURCHF intraday_extreme up 1.2 percent 2015-01-22 inverse",
      "EURCHF intraday_change up 0.4 percent 2015-01-22 inverse"]),
    ("Silver jumped 4% on Tuesday and closed up 2.5%.", "2024-05-21",
     ["SILVER intraday_extreme up 4 percent 2024-05-21",
      "SILVER session_change up 2.5 percent 2024-05-21"]),
    ("Silver jumped 4% on Tuesday and was last up 4.5%.", "2024-05-21",
     ["SILVER session_change up 4 percent 2024-05-21",
      "SILVER intraday_change up 4.5 percent 2024-05-21"]),
    ("The Nasdaq lurched from a 3% loss to a 1% gain within minutes on Monday and ended 0.1% "
     "higher.", "2025-04-07",
     ["NASDAQ intraday_extreme down 3 percent 2025-04-07",
      "NASDAQ intraday_extreme up 1 percent 2025-04-07",
      "NASDAQ session_change up 0.1 percent 2025-04-07"]),
    ("The Dow swung from a loss of more than 600 points to close up 350 points, or 1.1%, on "
     "Tuesday.", "2022-10-19",
     ["DJIA intraday_extreme down 600 points more_than 2022-10-18",
      "DJIA session_change up 1.1 percent 2022-10-18"]),
    ("The Kospi flipped from a 1% gain to a 0.5% loss on Friday.", "2025-04-04",
     ["KOSPI intraday_extreme up 1 percent 2025-04-04",
      "KOSPI session_change down 0.5 percent 2025-04-04"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARED_LATER))
def test_moves_pared_later(sentence: str, published: str, expected: list[str]) -> None:
    """A sized move that a later, smaller state or another close that day follows was the day's
    extreme; "lurched" and "flipped from" a loss to a gain are swings."""
    assert extract(sentence, published) == expected


FRONTED_SINCE: list[Row] = [
    ("Since January, the lira has shed almost 30% against the dollar.", "2021-11-23",
     ["USDTRY period_change down 30 percent almost 2021-11-23 inverse since=2021-01-01"]),
    ("Since the invasion, the rouble has lost more than a third of its value.", "2022-03-10",
     ["USDRUB period_change down 33.3 percent more_than 2022-03-10 inverse since=2022-02-24"]),
    ("Since bottoming on Oct. 12, the S&P 500 has climbed 14%.", "2022-12-01",
     ["SPX period_change up 14 percent 2022-12-01 since=2022-10-12"]),
    ("Since 2020, gold has gained about 60%.", "2024-04-10",
     ["GOLD period_change up 60 percent about 2024-04-10 since=2020-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_SINCE))
def test_fronted_since_window(sentence: str, published: str, expected: list[str]) -> None:
    """ "Since January, the lira has shed almost 30%": a fronted "Since ..." opens the window
    of the move after it, as "has shed almost 30% since January" does."""
    assert extract(sentence, published) == expected


WINDOWS_TOLD: list[Row] = [
    ("Copper, up about 14% since the start of the month, was on course for its best month "
     "since 2021.", "2024-05-20",
     ["COPPER period_change up 14 percent about 2024-05-20 since=2024-05-01"]),
    ("The Dow shed 4.1% in September, while the dollar index firmed 2.5% over the same month.",
     "2022-10-01",
     ["DJIA period_change down 4.1 percent 2022-09-30 since=2022-09-01",
      "DXY period_change up 2.5 percent 2022-09-30 since=2022-09-01"]),
    ("The Nikkei posted a weekly loss of 3.3% on Friday.", "2024-08-06",
     ["NIKKEI225 period_change down 3.3 percent 2024-08-02 since=2024-07-29"]),
    ("The Dow rose 1.9% for the week and the Nasdaq 3.2%, even as both indexes fell on Friday.",
     "2024-05-24",
     ["DJIA period_change up 1.9 percent 2024-05-24 since=2024-05-20",
      "NASDAQ period_change up 3.2 percent 2024-05-24 since=2024-05-20",
      "DJIA session_change down 2024-05-24",
      "NASDAQ session_change down 2024-05-24"]),
    ("Gold chalked up a fourth straight monthly rise of 2.1%.", "2024-05-31",
     ["GOLD period_change up 2.1 percent 2024-05-31 since=2024-05-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WINDOWS_TOLD))
def test_windows_told(sentence: str, published: str, expected: list[str]) -> None:
    """A window state set off before any verb ("Copper, up 14% since ..., was on course"), "over
    the same month", a weekly move dated by its last day, "even as both indexes fell" after two
    markets' weekly moves, and "a fourth straight monthly rise"."""
    assert extract(sentence, published) == expected


OWNED_TOTALS: list[Row] = [
    ("The Topix sank 6.1% on Monday, and the index's two-day loss topped 9%.", "2024-08-05",
     ["TOPIX session_change down 6.1 percent 2024-08-05",
      "TOPIX period_change down 9 percent more_than 2024-08-05 since=2024-08-02"]),
    ("The lira's losses this year swelled to 44%.", "2021-12-20",
     ["USDTRY period_change down 44 percent 2021-12-20 inverse since=2021-01-01"]),
    ("Silver's weekly gain widened to 7%.", "2024-05-17",
     ["SILVER period_change up 7 percent 2024-05-17 since=2024-05-13"]),
    ("Nvidia's gain this year reached 150%.", "2024-06-18", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OWNED_TOTALS))
def test_owned_running_totals(sentence: str, published: str, expected: list[str]) -> None:
    """ "the index's two-day loss topped 9%": a running total whose owner is the subject is the
    owner's move over that window ("topped" is more than); a company's is out of scope."""
    assert extract(sentence, published) == expected
