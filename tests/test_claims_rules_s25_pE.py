"""Claim parser rules from session 25 (helper pE): records and windows told for several markets
in one clause, and days in long wrap sentences.

- records told in turn ("closed at records of 6,090.27 and 19,859.77, respectively", "ended at
  all-time highs of X and Y on Thursday"): each market's level, and the clause's time words
  read past the second level;
- "hit an intraday record" / "hit intraday records" with no level: a record claim;
- a record phrase set off by a comma before its level ("hit their lowest since December 2021
  on Tuesday, at $68.68 and $65.27 a barrel, respectively"): the level on the record and on
  the extreme or level claim;
- a record after a gapped clause with its own day ("slipped 0.3% on Monday and another 0.5% on
  Tuesday to $1.0410, its lowest in two years"): that clause's day and level;
- a fronted clause about what is still to come ("With the Fed set to raise rates again this
  week, ..."): its window is not the claim's;
- per-period moves posted by a participle ("..., capping weekly gains of 2.1% and 1.7%,
  respectively"): one move over the window for each market, also after a gapped clause;
- ", both records" / ", both record highs" after two markets' levels: a record at each level;
- yields that "hit 4.99% and 5.11%, respectively": each yield its own level;
- "as much as 4% and 4.5%": the hedge is every listed size's.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

RECORDS_IN_TURN: list[Row] = [
    ('The S&P 500 and the Nasdaq closed at records of 6,090.27 and 19,859.77, respectively, on Friday.',
     '2024-12-06',
     ['SPX level none 2024-12-06 level=6090.27',
      'NASDAQ level none 2024-12-06 level=19859.8',
      'SPX record up 2024-12-06 level=6090.27',
      'NASDAQ record up 2024-12-06 level=19859.8']),
    ('The Nikkei and the Topix ended at all-time highs of 42,224.02 and 2,929.17 on Thursday.',
     '2024-07-11',
     ['NIKKEI225 level none 2024-07-11 level=42224',
      'TOPIX level none 2024-07-11 level=2929.17',
      'NIKKEI225 record up 2024-07-11 level=42224',
      'TOPIX record up 2024-07-11 level=2929.17']),
    ('The S&P 500 and the Nasdaq hit intraday records before closing down 0.4% and 0.3%, respectively.',
     '2024-12-17',
     ['SPX record up 2024-12-17',
      'NASDAQ record up 2024-12-17',
      'SPX session_change down 0.4 percent 2024-12-17',
      'NASDAQ session_change down 0.3 percent 2024-12-17']),
    ('The Nasdaq set an intraday record on Friday before closing lower.',
     '2024-12-06',
     ['NASDAQ record up 2024-12-06',
      'NASDAQ session_change down 2024-12-06']),
    ('Both Brent and WTI hit their lowest since December 2021 on Tuesday, at $68.68 and $65.27 a barrel, respectively.',
     '2024-09-10',
     ['BRENT intraday_extreme down 2024-09-10 level=68.68',
      'WTI intraday_extreme down 2024-09-10 level=65.27',
      'BRENT record down 2024-09-10 level=68.68 since=2021-12-01',
      'WTI record down 2024-09-10 level=65.27 since=2021-12-01']),
    ('The yen weakened to its lowest since 1990, at 160.20 per dollar.',
     '2024-04-29',
     ['USDJPY level down 2024-04-29 inverse level=160.2',
      'USDJPY record down 2024-04-29 inverse level=160.2 since=1990-01-01']),
    ('The euro slipped 0.3% against the dollar on Monday and another 0.5% on Tuesday to $1.0410, its lowest in two years.',
     '2024-11-26',
     ['EURUSD session_change down 0.3 percent 2024-11-25',
      'EURUSD session_change down 0.5 percent 2024-11-26 level=1.041',
      'EURUSD record down 2024-11-26 level=1.041 since=2022-11-26']),
]  # fmt: skip

DAYS_AND_WINDOWS: list[Row] = [
    ('With inflation running at a four-decade high and the Fed set to raise rates again this week, the S&P 500 fell 3.9% on Monday to enter a bear market, and the two-year yield jumped 28 basis points.',
     '2022-06-13',
     ['SPX session_change down 3.9 percent 2022-06-13',
      'US2Y session_change up 28 bp 2022-06-13']),
    ('With the Fed set to raise rates again this week, the S&P 500 fell 3.9%.',
     '2022-06-14',
     ['SPX session_change down 3.9 percent 2022-06-14']),
    ('Gold and silver rose 1% and 2% on Friday, posting weekly gains of 3% and 5%.',
     '2024-12-13',
     ['GOLD session_change up 1 percent 2024-12-13',
      'SILVER session_change up 2 percent 2024-12-13',
      'GOLD period_change up 3 percent 2024-12-13 since=2024-12-09',
      'SILVER period_change up 5 percent 2024-12-13 since=2024-12-09']),
    ('The DAX and the CAC 40 rose 0.8% and 0.6% on Friday, capping weekly gains of 2.1% and 1.7%, respectively.',
     '2024-12-13',
     ['DAX session_change up 0.8 percent 2024-12-13',
      'CAC40 session_change up 0.6 percent 2024-12-13',
      'DAX period_change up 2.1 percent 2024-12-13 since=2024-12-09',
      'CAC40 period_change up 1.7 percent 2024-12-13 since=2024-12-09']),
]  # fmt: skip

MORE_IN_TURN: list[Row] = [
    ('The S&P 500 rose 0.4% to 5,870.62 and the Nasdaq 0.6% to 18,791.81, both records, while the Dow slipped 0.1%.',
     '2024-09-24',
     ['SPX session_change up 0.4 percent 2024-09-24 level=5870.62',
      'NASDAQ session_change up 0.6 percent 2024-09-24 level=18791.8',
      'SPX record up 2024-09-24 level=5870.62',
      'NASDAQ record up 2024-09-24 level=18791.8',
      'DJIA session_change down 0.1 percent 2024-09-24']),
    ('The S&P 500 closed at 5,870.62 and the Nasdaq at 18,791.81, both records.',
     '2024-09-24',
     ['SPX level none 2024-09-24 level=5870.62',
      'NASDAQ level none 2024-09-24 level=18791.8',
      'SPX record up 2024-09-24 level=5870.62',
      'NASDAQ record up 2024-09-24 level=18791.8']),
    ('The DAX rose 0.8% and the CAC 40 0.6% on Friday, capping weekly gains of 2.1% and 1.7%, respectively.',
     '2024-12-13',
     ['DAX session_change up 0.8 percent 2024-12-13',
      'CAC40 session_change up 0.6 percent 2024-12-13',
      'DAX period_change up 2.1 percent 2024-12-13 since=2024-12-09',
      'CAC40 period_change up 1.7 percent 2024-12-13 since=2024-12-09']),
    ('The 10-year and 30-year Treasury yields hit 4.99% and 5.11%, respectively, their highest since 2007.',
     '2024-10-23',
     ['US10Y intraday_extreme up 2024-10-23 level=4.99',
      'US30Y intraday_extreme up 2024-10-23 level=5.11',
      'US10Y record up 2024-10-23 level=4.99 since=2007-01-01',
      'US30Y record up 2024-10-23 level=5.11 since=2007-01-01']),
    ('Brent and WTI fell as much as 4% and 4.5%, respectively, before recovering.',
     '2024-10-23',
     ['BRENT intraday_extreme down 4 percent as_much_as 2024-10-23',
      'WTI intraday_extreme down 4.5 percent as_much_as 2024-10-23']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORDS_IN_TURN))
def test_records_told_for_several_markets(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "closed at records of X and Y, respectively", "hit intraday records", "hit their lowest
    since 2021, at X and Y": a record (and level) for each market, on its day."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAYS_AND_WINDOWS))
def test_days_and_windows_in_wrap_sentences(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "With the Fed set to raise rates this week, ...", "..., capping weekly gains of 2.1% and
    1.7%": the claim's own day, and a move over the window for each market."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MORE_IN_TURN))
def test_figures_shared_by_listed_markets(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ ", both records", "capping weekly gains of 2.1% and 1.7%" after a gapped clause,
    yields that "hit 4.99% and 5.11%", "as much as 4% and 4.5%": each market its own."""
    assert extract(sentence, published) == expected
