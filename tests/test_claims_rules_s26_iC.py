"""Claim parser rules from session 26 (helper iC): which market a claim is about when a side
clause names a second market.

- a ranking told of a typed anaphor's possessive ("the currency's", "the index's", "the gauge's",
  "the metal's", "the contract's", "the benchmark's") or of a name ("the rouble's") after a
  second market's move: the nearest market before it of that kind, or of that name, not the
  market the side clause named ("The rouble plunged 9% as Brent crude sank 24%, the currency's
  biggest one-day drop since 2014");
- a verb joined by "and" to a short unsized "as" clause ("gave up the gain as oil prices slid
  and finished at 54,870.6"): the main clause's market, not the one the clause names;
- "it" after ", and" that follows an "as" clause naming a second market ("slid 2% as the yen rose
  to 145 per dollar, and it has lost 5% this week"): the main clause's market;
- the verb after a compared market's relative clause set off after the subject ("Comex copper,
  outpacing gold, which edged up 0.3%, rallied 2.9%"): the subject's;
- "the Dutch contract": the TTF gas contract (registry alias);
- a currency named only with "the" ("the won") after a comparative ("helped by a stronger won,
  which rose to 1,265.1 per dollar"): that currency;
- a participle after a price told against a second market ("Platinum traded at a discount to
  gold on Wednesday after falling 2.1%"): the subject's move, not the compared market's.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

OWNED_ANAPHORS: list[Row] = [
    ("The rouble plunged 9% to 75.50 per dollar on Monday as Brent crude sank 24%, the currency's biggest one-day drop since 2014.",
     '2020-03-09',
     ['USDRUB session_change down 9 percent 2020-03-09 inverse level=75.5',
      'BRENT session_change down 24 percent 2020-03-09',
      'USDRUB biggest_move down 2020-03-09 inverse since=2014-01-01']),
    ("The Nikkei fell 12.4% on Monday as the yen jumped 3%, the index's biggest one-day drop since 1987.",
     '2024-08-05',
     ['NIKKEI225 session_change down 12.4 percent 2024-08-05',
      'USDJPY session_change up 3 percent 2024-08-05 inverse',
      'NIKKEI225 biggest_move down 2024-08-05 since=1987-01-01']),
    ("Tokyo's Topix slid 3.2% on Friday while the yen firmed 1.1%, the gauge's worst day since 2016.",
     '2024-08-02',
     ['TOPIX session_change down 3.2 percent 2024-08-02',
      'USDJPY session_change up 1.1 percent 2024-08-02 inverse',
      'TOPIX biggest_move down 2024-08-02 since=2016-01-01']),
    ("Gold rose 1.5% on Monday as the dollar index slipped 0.2%, the metal's biggest gain since December.",
     '2024-03-04',
     ['GOLD session_change up 1.5 percent 2024-03-04',
      'DXY session_change down 0.2 percent 2024-03-04',
      'GOLD biggest_move up 2024-03-04 since=2023-12-01']),
    ("Brent rose 5% on Monday while the rouble sank 25%, the contract's biggest gain since March 2020.",
     '2022-02-28',
     ['BRENT session_change up 5 percent 2022-02-28',
      'USDRUB session_change down 25 percent 2022-02-28 inverse',
      'BRENT biggest_move up 2022-02-28 since=2020-03-01']),
    ("The Kospi fell 2.5% on Wednesday as the won slid 1.2%, the benchmark's biggest one-day drop since June.",
     '2022-09-28',
     ['KOSPI session_change down 2.5 percent 2022-09-28',
      'USDKRW session_change down 1.2 percent 2022-09-28 inverse',
      'KOSPI biggest_move down 2022-09-28 since=2022-06-01']),
    ("The rouble plunged 9% on Monday as Brent crude sank 24%, the rouble's biggest one-day drop since 2014.",
     '2020-03-09',
     ['USDRUB session_change down 9 percent 2020-03-09 inverse',
      'BRENT session_change down 24 percent 2020-03-09',
      'USDRUB biggest_move down 2020-03-09 inverse since=2014-01-01']),
]  # fmt: skip

BARE_AS: list[Row] = [
    ('The Canadian dollar rose in early trade but reversed course as oil prices fell and ended 0.3% lower at 1.3350.',
     '2023-06-14',
     ['USDCAD intraday_extreme up 2023-06-14 inverse',
      'BRENT session_change down 2023-06-14',
      'USDCAD session_change down 0.3 percent 2023-06-14 inverse level=1.335']),
    ('The rouble firmed past 99 per dollar in early Moscow trade, but lost steam as oil slipped and was 0.4% weaker at 100.20 by 1500 GMT.',
     '2023-10-11',
     ['USDRUB intraday_extreme up 2023-10-11 inverse level=99',
      'BRENT session_change down 2023-10-11',
      'USDRUB intraday_change down 0.4 percent 2023-10-11 inverse level=100.2']),
    ("Mexico's IPC index climbed to 55,320.1 in the morning, but the benchmark gave up the gain as oil prices slid and finished at 54,870.6.",
     '2023-05-16',
     ['IPC intraday_extreme up 2023-05-16 level=55320.1',
      'BRENT session_change down 2023-05-16',
      'IPC level none 2023-05-16 level=54870.6']),
]  # fmt: skip

IT_AFTER_AS: list[Row] = [
    ('The Nikkei slid 2% as the yen rose to 145 per dollar, and it has lost 5% this week.',
     '2024-04-09',
     ['NIKKEI225 session_change down 2 percent 2024-04-09',
      'USDJPY level up 2024-04-09 inverse level=145',
      'NIKKEI225 period_change down 5 percent 2024-04-09 since=2024-04-08']),
    ('The yen rose to 145 per dollar as the Nikkei slid 2%, and it has gained 3% this week.',
     '2024-04-09',
     ['USDJPY level up 2024-04-09 inverse level=145',
      'NIKKEI225 session_change down 2 percent 2024-04-09',
      'USDJPY period_change up 3 percent 2024-04-09 inverse since=2024-04-08']),
    ('The Bovespa climbed 1.3% as the real firmed to 4.85 per dollar, and it is now up 6% this month.',
     '2023-07-12',
     ['BOVESPA session_change up 1.3 percent 2023-07-12',
      'USDBRL level up 2023-07-12 inverse level=4.85',
      'BOVESPA period_change up 6 percent 2023-07-12 since=2023-07-01']),
]  # fmt: skip

COMPARED: list[Row] = [
    ('Comex copper, outpacing gold, which edged up 0.3%, rallied 2.9% to $4.25 a pound on Tuesday.',
     '2024-04-09',
     ['GOLD session_change up 0.3 percent 2024-04-09',
      'COPPER session_change up 2.9 percent 2024-04-09 level=4.25']),
    ('The Nasdaq, lagging the Dow, which rose 0.5%, slipped 0.3% on Tuesday.',
     '2024-01-16',
     ['DJIA session_change up 0.5 percent 2024-01-16',
      'NASDAQ session_change down 0.3 percent 2024-01-16']),
]  # fmt: skip

DUTCH_CONTRACT: list[Row] = [
    ('Dutch front-month gas rose 6% to 38 euros per megawatt hour, while U.S. natural gas slipped 1.5%, and the Dutch contract is up 30% this month.',
     '2023-06-14',
     ['TTF session_change up 6 percent 2023-06-14 level=38',
      'NATGAS_US session_change down 1.5 percent 2023-06-14',
      'TTF period_change up 30 percent 2023-06-14 since=2023-06-01']),
]  # fmt: skip

COMPARED_CURRENCY: list[Row] = [
    ("The Kospi closed up 1.4% at 2,641.49, with the gauge's gains helped by a stronger won, which rose to 1,265.1 per dollar.",
     '2023-07-19',
     ['KOSPI session_change up 1.4 percent 2023-07-19 level=2641.49',
      'USDKRW level up 2023-07-19 inverse level=1265.1']),
    ('Seoul shares jumped 3.4%, helped by a firmer won, which rallied 4.5% against the dollar.',
     '2022-11-11',
     ['KOSPI session_change up 3.4 percent 2022-11-11',
      'USDKRW session_change up 4.5 percent 2022-11-11 inverse']),
]  # fmt: skip

PRICED_TO: list[Row] = [
    ('Platinum traded at a discount to gold on Wednesday after falling 2.1% to $1,228 an ounce.',
     '2015-01-14',
     ['PLATINUM session_change down 2.1 percent 2015-01-14 level=1228']),
    ('Silver traded at its widest discount to gold in a year after dropping 3%.',
     '2023-10-19',
     ['SILVER session_change down 3 percent 2023-10-19']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OWNED_ANAPHORS))
def test_owned_anaphors_after_a_second_market(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "as Brent crude sank 24%, the currency's biggest drop": the currency named before."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BARE_AS))
def test_verbs_joined_to_a_bare_as_clause(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "gave up the gain as oil prices slid and finished at ...": the main clause's market."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(IT_AFTER_AS))
def test_it_after_an_as_clause(sentence: str, published: str, expected: list[str]) -> None:
    """ "slid 2% as the yen rose to 145, and it has lost 5%": "it" is the main market."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COMPARED))
def test_verbs_after_a_compared_market(sentence: str, published: str, expected: list[str]) -> None:
    """ "Comex copper, outpacing gold, which edged up 0.3%, rallied 2.9%": copper's move."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DUTCH_CONTRACT))
def test_the_dutch_contract(sentence: str, published: str, expected: list[str]) -> None:
    """ "the Dutch contract is up 30% this month": the TTF gas contract."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COMPARED_CURRENCY))
def test_a_stronger_won(sentence: str, published: str, expected: list[str]) -> None:
    """ "helped by a stronger won, which rose to 1,265.1 per dollar": the won's pair."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PRICED_TO))
def test_after_a_discount_to_another_market(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "traded at a discount to gold ... after falling 2.1%": the subject's move."""
    assert extract(sentence, published) == expected
