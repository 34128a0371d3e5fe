"""Claim parser rules from session 23 (lead): what a market did, told beside the session high or
low it stood at ("ended near its session low on Friday, 1.4% weaker at 16,120.5"), the level it
stood at when no move is told, and a close "at its low of the day"; unsized turns after the day's
extreme, fractions of another move ("more than half the slide"), and a size set before an
anaphor ("the 1.6% the gauge lost on Monday"). Spec by example in the format
of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

EXTREMES: list[Row] = [
    ("Taiwan's Taiex finished near its session low on Friday, 1.4% weaker at 16,120.5, as chip stocks slid.",
     '2023-05-19',
     ['TAIEX session_low none 2023-05-19',
      'TAIEX session_change down 1.4 percent 2023-05-19 level=16120.5']),
    ('The Kospi ended near its session lows with a 1.2% loss on Wednesday as U.S. midterm results trickled in.',
     '2022-11-09',
     ['KOSPI session_low none 2022-11-09',
      'KOSPI session_change down 1.2 percent 2022-11-09']),
    ('The rupee closed at its weakest level of the day on Thursday, 0.4% down at 82.32 per dollar, after importers bought dollars.',
     '2022-10-13',
     ['USDINR session_low none 2022-10-13 inverse',
      'USDINR session_change down 0.4 percent 2022-10-13 inverse level=82.32']),
    ('The Nikkei average settled near its session low at 18,559.63 on Thursday as a travel ban rattled investors.',
     '2020-03-12',
     ['NIKKEI225 session_low none 2020-03-12',
      'NIKKEI225 level none 2020-03-12 level=18559.6']),
    ('The Swiss franc ended near its strongest level of the session, 0.6% firmer at 0.8610 per dollar, as trade tensions flared.',
     '2019-08-02',
     ['USDCHF session_high none 2019-08-02 inverse',
      'USDCHF session_change up 0.6 percent 2019-08-02 inverse level=0.861']),
    ('The Bund yield was trading near its session highs at minus 0.28% on Thursday, up 3 basis points on the day.',
     '2021-03-04',
     ['DE10Y session_high none 2021-03-04',
      'DE10Y intraday_change up 3 bp 2021-03-04 level=-0.28']),
    ('The dollar index held near session highs at 106.30 in late New York trade on Tuesday after upbeat retail sales.',
     '2024-04-16',
     ['DXY session_high none 2024-04-16']),
    ("Germany's DAX hovered near its session low at 11,170 in afternoon trade on Wednesday as auto stocks lost ground.",
     '2018-10-24',
     ['DAX session_low none 2018-10-24']),
    ('Brent settled at its session high on Friday, with a 2.5% gain at $76.13 a barrel.',
     '2023-06-02',
     ['BRENT session_high none 2023-06-02',
      'BRENT session_change up 2.5 percent 2023-06-02 level=76.13']),
    ('The Shanghai Composite closed down 5.9% at 3,507.19 on Wednesday, at its low of the day, as a third of listed firms halted trading.',
     '2015-07-08',
     ['SHCOMP session_change down 5.9 percent 2015-07-08 level=3507.19',
      'SHCOMP session_low none 2015-07-08']),
    ('Brent settled 11.6% lower at $72.72 a barrel on Friday, near its session low, as a new coronavirus variant spooked markets.',
     '2021-11-26',
     ['BRENT session_change down 11.6 percent 2021-11-26 level=72.72',
      'BRENT session_low none 2021-11-26']),
]  # fmt: skip


REVERSALS: list[Row] = [
    ('The Swiss franc shot as high as 1.1290 per euro on Wednesday, a record, before easing back in late European trade.',
     '2011-07-27',
     ['EURCHF intraday_extreme up 2011-07-27 inverse level=1.129',
      'EURCHF record up 2011-07-27 inverse level=1.129']),
    ('Brent plunged as much as 31% to $31.02 a barrel in early Asian trade on Monday, before recovering some ground in the afternoon.',
     '2020-03-09',
     ['BRENT intraday_extreme down 31 percent as_much_as 2020-03-09 level=31.02']),
    ('Sterling sank as low as $1.0327 in thin Asian trade on Monday, only to bounce back later in the session.',
     '2022-09-26',
     ['GBPUSD intraday_extreme down 2022-09-26 level=1.0327']),
    ('Dow futures tumbled as much as 870 points overnight, but the contracts recovered to trade slightly lower by the open on Friday.',
     '2016-06-24',
     ['YM intraday_extreme down 870 points as_much_as 2016-06-24',
      'YM intraday_change down 2016-06-24']),
]  # fmt: skip

PORTIONS: list[Row] = [
    ('The Shanghai Composite sank as much as 7.6% on Tuesday, before clawing back more than half the slide to close 4.3% lower.',
     '2015-08-25',
     ['SHCOMP intraday_extreme down 7.6 percent as_much_as 2015-08-25',
      'SHCOMP session_change down 4.3 percent 2015-08-25']),
    ('The Dow surged 11.4% on Tuesday, recouping nearly half its losses from the previous week.',
     '2020-03-24',
     ['DJIA session_change up 11.4 percent 2020-03-24']),
    ('The lira has lost more than a third of its value against the dollar this year.',
     '2018-08-15',
     ['USDTRY period_change down 33.3 percent more_than 2018-08-15 inverse since=2018-01-01']),
]  # fmt: skip


OBJECTS: list[Row] = [
    ('The Nikkei jumped 8% on Wednesday, winning back much of the 9.7% the index shed over the previous two weeks.',
     '2020-03-25',
     ['NIKKEI225 session_change up 8 percent 2020-03-25',
      'NIKKEI225 period_change down 9.7 percent 2020-03-24 since=2020-03-11']),
    ('The pound firmed 1% on Tuesday, clawing back a fraction of the 8% the currency lost on Friday.',
     '2016-06-28',
     ['GBPUSD session_change up 1 percent 2016-06-28',
      'GBPUSD session_change down 8 percent 2016-06-24']),
    ('The Shanghai Composite edged up 0.2% on Tuesday, recouping a sliver of the 1.6% the gauge lost on Monday.',
     '2019-08-06',
     ['SHCOMP session_change up 0.2 percent 2019-08-06',
      'SHCOMP session_change down 1.6 percent 2019-08-05']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EXTREMES))
def test_moves_beside_a_session_extreme(sentence: str, published: str, expected: list[str]) -> None:
    """The move told right after a session high or low ("..., 1.4% weaker at 16,120.5", "with a
    1.2% loss") is the session's after a closing verb, else the state in the day; with no move,
    the price it stood at is a level of its own, unless a resting verb ("held", "hovered") makes
    it the extreme's; "closed down 5.9% ..., at its low of the day" is the close and the low."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(REVERSALS))
def test_unsized_turns_after_an_extreme(sentence: str, published: str, expected: list[str]) -> None:
    """An unsized turn after the same market's extreme that day ("before easing back", "only to
    bounce back later") is no claim of its own; a turn that says where the market then stood
    ("recovered to trade slightly lower") still is."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PORTIONS))
def test_fractions_of_another_move(sentence: str, published: str, expected: list[str]) -> None:
    """A fraction before "the", "its" or "their" and a move noun ("more than half the slide",
    "nearly half its losses") is a part of another move, not a size; "a third of its value"
    still is one."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OBJECTS))
def test_sizes_fronted_before_an_anaphor(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A figure set before an anaphor subject ("the 1.6% the gauge lost on Monday") sizes that
    verb's move, as it does before "it"; it is not a size of the verb that took it back."""
    assert extract(sentence, published) == expected
