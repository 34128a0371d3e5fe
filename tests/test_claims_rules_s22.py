"""Claim parser rules from session 22 (lead): claims told in a clause about the day before ("a day
after a sell-off in which it had been down as much as 5.2%"), a participle hung on a dated claim,
the later items of a "with" list after a closing verb, the owners of moves (a futures
contract's cash index, a company after "in"), and a ranking set off after a cause clause. Spec by
example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

DAY_AFTER: list[Row] = [
    ('The Kospi jumped 3.1% on Wednesday, a day after a sell-off in which it had been down as much as 5.2% at one point.',
     '2024-08-07',
     ['KOSPI session_change up 3.1 percent 2024-08-07',
      'KOSPI intraday_extreme down 5.2 percent as_much_as 2024-08-06']),
    ('The Bovespa rose 0.8% to 98,400 on Thursday, a day after a choppy session in which it touched 96,100 and then finished at 97,600.',
     '2019-03-14',
     ['BOVESPA session_change up 0.8 percent 2019-03-14 level=98400',
      'BOVESPA intraday_extreme up 2019-03-13 level=96100',
      'BOVESPA level none 2019-03-13 level=97600']),
    ('Spot silver firmed 1.2% on Thursday, a day after it had touched $23.10, its highest in five weeks.',
     '2023-10-19',
     ['SILVER session_change up 1.2 percent 2023-10-19',
      'SILVER intraday_extreme up 2023-10-18 level=23.1',
      'SILVER record up 2023-10-18 level=23.1 since=2023-09-13']),
    ('The lira recovered 0.9% on Thursday, winning back some of the ground it lost a day earlier, when it touched a record low of 18.55 per dollar.',
     '2022-09-29',
     ['USDTRY session_change up 0.9 percent 2022-09-29 inverse',
      'USDTRY intraday_extreme down 2022-09-28 inverse level=18.55',
      'USDTRY record down 2022-09-28 inverse level=18.55']),
    ('The Hang Seng added 1.1% on Thursday, a day after a weak lead from Wall Street, before paring the gain to 0.6% by the lunch break.',
     '2021-05-13',
     ['HSI intraday_extreme up 1.1 percent 2021-05-13',
      'HSI intraday_change up 0.6 percent 2021-05-13']),
    ('The Nikkei rebounded 1.4% on Friday, having tumbled 2.8% the previous session after touching an intraday low of 22,250.',
     '2020-06-12',
     ['NIKKEI225 session_change up 1.4 percent 2020-06-12',
      'NIKKEI225 session_change down 2.8 percent 2020-06-11',
      'NIKKEI225 intraday_extreme down 2020-06-11 level=22250']),
    ("The rupee closed at 71.40 per dollar on Tuesday, 0.3% weaker than Monday's close of 71.19, after touching 71.52 in late trade.",
     '2019-08-20',
     ['USDINR session_change down 0.3 percent 2019-08-20 inverse level=71.4',
      'USDINR level none 2019-08-19 inverse level=71.19',
      'USDINR intraday_extreme down 2019-08-20 inverse level=71.52']),
]  # fmt: skip

WITH_LISTS: list[Row] = [
    ("European shares ended 2.2% lower on Friday as oil slid below $30 a barrel for the first time in 12 years, with Germany's DAX down 2.5%.",
     '2016-01-15',
     ['STOXX600 session_change down 2.2 percent 2016-01-15',
      'BRENT level down 2016-01-15 level=30',
      'BRENT record down 2016-01-15 level=30 since=2004-01-15',
      'DAX session_change down 2.5 percent 2016-01-15']),
    ("Asian stocks finished sharply lower on Friday, with Japan's Nikkei down 2.3% at 21,382.62 and the Hang Seng off 3.1%.",
     '2018-02-09',
     ['NIKKEI225 session_change down 2.3 percent 2018-02-09 level=21382.6',
      'HSI session_change down 3.1 percent 2018-02-09']),
    ('Tokyo shares closed lower on Thursday, with the Nikkei down 1.3%, its biggest drop in a month, and the broader Topix off 1.2%.',
     '2017-05-18',
     ['NIKKEI225 session_change down 1.3 percent 2017-05-18',
      'NIKKEI225 biggest_move down 2017-05-18 since=2017-04-18',
      'TOPIX session_change down 1.2 percent 2017-05-18']),
    ('Hong Kong stocks reversed early gains to end the morning 0.4% weaker, with the Hang Seng at 26,680.12, while mainland shares were flat.',
     '2019-10-24',
     ['HSI intraday_change down 0.4 percent 2019-10-24 level=26680.1',
      'SHCOMP intraday_change flat 2019-10-24']),
]  # fmt: skip


OWNERS: list[Row] = [
    ('Dow e-minis slipped 95 points, or 0.3%, in premarket trading on Thursday after the blue-chip index closed 0.6% higher at 34,120.5 on Wednesday.',
     '2023-06-15',
     ['YM intraday_change down 0.3 percent 2023-06-15',
      'DJIA session_change up 0.6 percent 2023-06-14 level=34120.5']),
    ('Futures on the Dow jumped 3% overnight, and on Monday the cash average added 1,180 points, or 4.6%, to close at 26,890.',
     '2020-06-08',
     ['YM intraday_extreme up 3 percent 2020-06-08',
      'DJIA session_change up 4.6 percent 2020-06-08 level=26890']),
    ("Japan's Nikkei slipped 0.4% on Tuesday as a 5% slide in SoftBank offset gains in exporters.",
     '2019-03-26',
     ['NIKKEI225 session_change down 0.4 percent 2019-03-26']),
    ('The FTSE 100 edged up 0.2% on Thursday, helped by a 6% jump in Rolls-Royce after the engine maker reaffirmed its outlook.',
     '2021-11-18',
     ['FTSE100 session_change up 0.2 percent 2021-11-18']),
    ('Gold climbed 1.1% on Friday after a 0.8% drop in the dollar.',
     '2022-07-08',
     ['GOLD session_change up 1.1 percent 2022-07-08',
      'DXY session_change down 0.8 percent 2022-07-08']),
    ("The Kospi rose 1.3% on Monday, extending Friday's 2.1% gain in Seoul.",
     '2023-02-13',
     ['KOSPI session_change up 1.3 percent 2023-02-13',
      'KOSPI session_change up 2.1 percent 2023-02-10']),
    ("The Sensex added 0.5% on Tuesday, building on Monday's 0.9% advance in Mumbai.",
     '2024-01-09',
     ['SENSEX session_change up 0.5 percent 2024-01-09',
      'SENSEX session_change up 0.9 percent 2024-01-08']),
]  # fmt: skip


CAUSES: list[Row] = [
    ('The Mexican peso sank 4.1% against the dollar on Friday after traders dumped the currency on the Brexit vote, its biggest one-day drop since 2008.',
     '2016-06-24',
     ['USDMXN session_change down 4.1 percent 2016-06-24 inverse',
      'USDMXN biggest_move down 2016-06-24 inverse since=2008-01-01']),
    ('The yuan weakened 1.4% on Monday after the central bank let the unit slip past a closely watched mark, its steepest fall since 2015.',
     '2019-08-05',
     ['USDCNY session_change down 1.4 percent 2019-08-05 inverse',
      'USDCNY biggest_move down 2019-08-05 inverse since=2015-01-01']),
    ('Palladium plunged 15% on Wednesday as carmakers shut plants that use the metal, its sharpest one-day slide on record.',
     '2020-03-18',
     ['PALLADIUM session_change down 15 percent 2020-03-18',
      'PALLADIUM biggest_move down 2020-03-18']),
    ('The Nikkei rebounded 2.4% on Friday when exporters found buyers again, its best day in three weeks.',
     '2019-01-04',
     ['NIKKEI225 session_change up 2.4 percent 2019-01-04',
      'NIKKEI225 biggest_move up 2019-01-04 since=2018-12-14']),
    ('The pound slid 2.2% to $1.2370 on Thursday after the Bank of England warned of a recession, and the euro fell 0.6%.',
     '2022-05-05',
     ['GBPUSD session_change down 2.2 percent 2022-05-05 level=1.237',
      'EURUSD session_change down 0.6 percent 2022-05-05']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAY_AFTER))
def test_claims_in_a_clause_about_the_day_before(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A claim with no day of its own inside "a day after ..." or "a day earlier, when ..." is
    the session before the main claim's; a clause that only names an event ends at its comma;
    "the previous session after touching" dates the participle with its claim."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WITH_LISTS))
def test_with_lists_after_a_close(sentence: str, published: str, expected: list[str]) -> None:
    """Every item of a "with" list after a closing verb is the close, also far after the verb or
    past a figure's comma; "end the morning" is no close, and "while" starts another clause."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OWNERS))
def test_owners_of_moves(sentence: str, published: str, expected: list[str]) -> None:
    """An index word after futures is the contract's cash index whatever the contract's name
    ("Dow e-minis ..., after the blue-chip index", "the cash average"); a move noun owned by a
    name the registry does not know ("a 5% slide in SoftBank") makes no claim, but a place or a
    named market after "in" keeps it."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSES))
def test_rankings_after_a_cause_clause(sentence: str, published: str, expected: list[str]) -> None:
    """A ranking set off after a cause clause with no figure ("after the central bank let the
    unit slip past a closely watched mark, its steepest fall since 2015") is the move's, also
    when the clause names the market again ("the currency", "the metal")."""
    assert extract(sentence, published) == expected
