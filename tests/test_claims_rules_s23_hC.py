"""Claim parser rules from session 23 (helper hC): a claim whose words name no day of its own
takes the day the sentence ties it to, not the reference day. A window a result clause hangs on
a move dated earlier ends on that move's day ("on Tuesday, leaving it up about 30% since the
start of the year", "lifting its two-day gain to about 7%", "a slide that left it down 4%");
claims under a lead dated move noun take the noun's day ("Thursday's intraday slide of as much
as 4% in the Nikkei was its sharpest since ..."); claims told in a relative clause that names a
weekday take that weekday ("which had traded around 0.98 per euro as late as Wednesday"); a
year that ends on a weekend ended, for a market shut at weekends, on its last Friday ("which
slid 21% last year", 2022 ending on a Saturday).
Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

RESULT_WINDOWS: list[Row] = [
    ('Copper climbed to a record $11,104 a tonne on Tuesday, leaving it up about 30% since the start of the year, before easing in Asian trade on Wednesday.',
     '2024-05-22',
     ['COPPER level up 2024-05-21 level=11104', 'COPPER record up 2024-05-21 level=11104', 'COPPER period_change up 30 percent about 2024-05-21 since=2024-01-01', 'COPPER intraday_change down 2024-05-22']),
    ('Silver jumped 4% on Tuesday and reached $32.50 on Wednesday, lifting its two-day gain to about 7%.',
     '2024-05-23',
     ['SILVER session_change up 4 percent 2024-05-21', 'SILVER intraday_extreme up 2024-05-22 level=32.5', 'SILVER period_change up 7 percent about 2024-05-22 since=2024-05-21']),
    ("The Kospi rallied 3.5% on Monday, extending Friday's 1% gain and leaving it up 8% since last Wednesday's low.",
     '2024-08-13',
     ['KOSPI session_change up 3.5 percent 2024-08-12', 'KOSPI session_change up 1 percent 2024-08-09', 'KOSPI period_change up 8 percent 2024-08-12 since=2024-08-07']),
    ('The rand weakened 1.1% to 18.95 per dollar on Thursday, a slide that left it down 4% since the start of the month.',
     '2024-06-01',
     ['USDZAR session_change down 1.1 percent 2024-05-30 inverse level=18.95', 'USDZAR period_change down 4 percent 2024-05-30 inverse since=2024-05-01']),
]  # fmt: skip

LEAD_NOUN_DAYS: list[Row] = [
    ("Thursday's intraday slide of as much as 4% in the Nikkei was its sharpest since the March 2011 earthquake.",
     '2024-08-09',
     ['NIKKEI225 intraday_extreme down 4 percent as_much_as 2024-08-08']),
    ("Monday's 5.2% plunge in the Kospi took the index to 2,441.55 and was its worst session since 2008, dealers in Seoul said.",
     '2024-08-06',
     ['KOSPI session_change down 5.2 percent 2024-08-05 level=2441.55', 'KOSPI biggest_move down 2024-08-05 since=2008-01-01']),
]  # fmt: skip

RELATIVE_DAYS: list[Row] = [
    ('The Swiss franc, which had traded around 0.98 per euro as late as Wednesday, jumped 3% to 0.95 on Thursday.',
     '2024-03-22',
     ['EURCHF level none 2024-03-20 inverse level=0.98', 'EURCHF session_change up 3 percent 2024-03-21 inverse level=0.95']),
    ('Gold, which set a record of $2,450 an ounce on Monday before sliding 1.2%, recovered 0.5% to $2,411 on Wednesday.',
     '2024-05-23',
     ['GOLD intraday_extreme up 2024-05-20 level=2450', 'GOLD record up 2024-05-20 level=2450', 'GOLD session_change down 1.2 percent 2024-05-20', 'GOLD session_change up 0.5 percent 2024-05-22 level=2411']),
    ('The Australian dollar, which had fetched $0.6850 as recently as Tuesday, slid 1.3% to $0.6720 on Thursday.',
     '2024-05-31',
     ['AUDUSD level none 2024-05-28 level=0.685', 'AUDUSD session_change down 1.3 percent 2024-05-30 level=0.672']),
]  # fmt: skip

YEAR_ENDS: list[Row] = [
    ("Taiwan's Taiex, which slid 21% last year, rose 1.2% on Tuesday as chipmakers rallied.",
     '2023-01-03',
     ['TAIEX period_change down 21 percent 2022-12-30 since=2022-01-01', 'TAIEX session_change up 1.2 percent 2023-01-03']),
    ('Brent, which gained about 10% in 2022, slipped 1.5% on Tuesday.',
     '2023-01-03',
     ['BRENT period_change up 10 percent about 2022-12-30 since=2022-01-01', 'BRENT session_change down 1.5 percent 2023-01-03']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RESULT_WINDOWS))
def test_result_windows_end_on_the_move_day(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "slid 1.1% on Thursday, a slide that left it down 4% since the start of the month": the
    window ends on the dated move's day (a counted window is counted back from it)."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LEAD_NOUN_DAYS))
def test_lead_move_noun_dates_the_sentence(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Monday's 5.2% plunge in the Kospi ... was its worst session since 2008": claims naming
    no day are the lead noun's day's."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RELATIVE_DAYS))
def test_relative_clause_days(sentence: str, published: str, expected: list[str]) -> None:
    """ "The Australian dollar, which had fetched $0.6850 as recently as Tuesday, slid": a claim
    in the relative clause is the weekday's the clause names."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(YEAR_ENDS))
def test_weekend_year_ends_on_friday(sentence: str, published: str, expected: list[str]) -> None:
    """ "slid 21% last year" (31 December 2022 a Saturday): the year ends on its last Friday."""
    assert extract(sentence, published) == expected
