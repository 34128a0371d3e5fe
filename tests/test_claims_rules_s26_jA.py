"""Claim parser rules from session 26 (helper jA): a base currency told bare in a story about one
other currency.

- a bare "the dollar" or "the greenback" with a level ("and the dollar broke through 80", "with
  the dollar at 92.10", "after the greenback touched 83.40") in a sentence whose other claims are
  about one currency (the rouble, the rupee): that currency's dollar pair, not the dollar index;
- a bare "the euro" told in that currency ("with the euro at 98.50" beside the rouble, "with the
  euro knocking off as much as 30%" beside euro-franc claims): the euro's pair with it;
- a bare "the franc" with no dollar in its clause beside a euro-franc claim ("a day after the
  franc surged as much as 30%"): euro-franc, inverse;
- a bare quote told by the pair's other side after "and" ("The zloty fell 1.2%, and the dollar
  bought 4.50 zlotys") is a level of its own, not the move's (only a "with" clause folds it);
- a singular "rouble" after a number ("the dollar shed 1 rouble to 89.45") is a size in roubles.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

DOLLAR: list[Row] = [
    ('The rouble slumped to a record low on Tuesday and the dollar broke through 80, even after the central bank raised its key rate to 17%.',
     '2014-12-16',
     ['USDRUB record down 2014-12-16 inverse',
      'USDRUB level up 2014-12-16 level=80']),
    ('The rouble weakened past 97 per dollar on Monday, and the dollar was quoted at 97.5 late in the session.',
     '2023-08-14',
     ['USDRUB level down 2023-08-14 inverse level=97',
      'USDRUB level none 2023-08-14 level=97.5']),
    ('The euro rose above 100 roubles on Tuesday for the first time and the dollar jumped to 80, as the rouble lost more than 10%.',
     '2014-12-16',
     ['EURRUB level up 2014-12-16 level=100',
      'EURRUB record up 2014-12-16 level=100',
      'USDRUB level up 2014-12-16 level=80',
      'USDRUB session_change down 10 percent more_than 2014-12-16 inverse']),
    ('The euro dipped below 100 roubles on Monday for the first time in two months, while the dollar fell to 92.30.',
     '2023-10-30',
     ['EURRUB level down 2023-10-30 level=100',
      'EURRUB record down 2023-10-30 level=100 since=2023-08-30',
      'USDRUB level down 2023-10-30 level=92.3']),
    ('The rupee recovered to 83.10 per dollar on Tuesday after the greenback touched 83.40 earlier in the session.',
     '2023-12-12',
     ['USDINR level up 2023-12-12 inverse level=83.1',
      'USDINR intraday_extreme up 2023-12-12 level=83.4']),
    ('The rouble was steady on Thursday, with the dollar at 92.10 and the euro at 98.50.',
     '2023-11-09',
     ['USDRUB intraday_change flat 2023-11-09 inverse',
      'USDRUB level none 2023-11-09 level=92.1',
      'EURRUB level none 2023-11-09 level=98.5']),
]  # fmt: skip

FRANC: list[Row] = [
    ('A day after the franc surged as much as 30%, the euro traded around 1.00 francs on Friday.',
     '2015-01-16',
     ['EURCHF intraday_extreme up 30 percent as_much_as 2015-01-15 inverse',
      'EURCHF level none 2015-01-16 level=1']),
    ('The Swiss franc racked up its biggest one-day gain on record against the euro on Thursday, with the euro knocking off as much as 30% at one point.',
     '2015-01-15',
     ['EURCHF biggest_move up 2015-01-15 inverse',
      'EURCHF intraday_extreme down 30 percent as_much_as 2015-01-15']),
]  # fmt: skip

SIDE: list[Row] = [
    ('The Polish zloty fell 1.2% on Thursday, and the dollar bought 4.50 zlotys late in the session.',
     '2023-09-07',
     ['USDPLN session_change down 1.2 percent 2023-09-07 inverse',
      'USDPLN level none 2023-09-07 level=4.5']),
    ('The lira weakened 0.8% on Wednesday and the dollar bought 32.4 lira, near a record.',
     '2024-03-20',
     ['USDTRY session_change down 0.8 percent 2024-03-20 inverse',
      'USDTRY level none 2024-03-20 level=32.4']),
    ('The Swiss franc gained 12% against the euro on the day, and the euro traded at 1.0280 francs at the close.',
     '2015-01-15',
     ['EURCHF session_change up 12 percent 2015-01-15 inverse',
      'EURCHF level none 2015-01-15 level=1.028']),
    ('The dollar shed 1 rouble to 89.45 on Wednesday, its lowest in six weeks.',
     '2023-11-15',
     ['USDRUB session_change down 1 points 2023-11-15 level=89.45',
      'USDRUB record down 2023-11-15 level=89.45 since=2023-10-04']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DOLLAR))
def test_bare_dollar_in_a_one_currency_story(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "and the dollar broke through 80" beside the rouble: dollar-rouble, not the index."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRANC))
def test_bare_franc_and_euro_in_a_euro_franc_story(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "a day after the franc surged as much as 30%" beside the euro's slide: euro-franc."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SIDE))
def test_other_side_quote_after_and_stands_alone(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "The zloty fell 1.2%, and the dollar bought 4.50 zlotys": a level of its own; "shed 1
    rouble": a size in the currency told."""
    assert extract(sentence, published) == expected
