"""Claim parser rules for unsized and loosely sized moves, mostly commodities: a first verb
phrase that leads into the claim's verb; spec by example in the format of
tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

FIRST_VERB_PHRASE: list[Row] = [
    ("Copper snapped a four-session losing streak to close 1.3% higher at $9,870 a tonne on "
     "Tuesday.", "2024-05-14",
     ["COPPER session_change up 1.3 percent 2024-05-14 level=9870"]),
    ("Silver bucked the broader selloff in metals to rise 0.6% to $28.40 an ounce, while gold "
     "slipped.", "2024-05-14",
     ["SILVER session_change up 0.6 percent 2024-05-14 level=28.4",
      "GOLD session_change down 2024-05-14"]),
    ("The Nikkei shrugged off the weak yen to advance 1.2% on Tuesday.", "2024-05-14",
     ["NIKKEI225 session_change up 1.2 percent 2024-05-14"]),
    ("Spot platinum came off its session peak but still ended 1.1% higher on Tuesday.",
     "2024-05-14",
     ["PLATINUM session_change up 1.1 percent 2024-05-14"]),
    ("The pound came under pressure but recovered to end 0.2% higher.", "2024-05-14",
     ["GBPUSD session_change up 0.2 percent 2024-05-14"]),
    ("Wheat futures were expected to rise 2% on Tuesday.", "2024-05-14", []),
    ("Brent needed to gain 3% to erase the week's losses.", "2024-05-14", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FIRST_VERB_PHRASE))
def test_first_verb_phrase(sentence: str, published: str, expected: list[str]) -> None:
    """ "snapped a losing streak to climb 2.1%", "came off its highs but still closed up": the
    subject does both; a verb of expectation or need before "to" still makes no claim."""
    assert extract(sentence, published) == expected


UNDER_PRESSURE: list[Row] = [
    ("The rand came under pressure after weak mining output data.", "2024-05-14",
     ["USDZAR session_change down 2024-05-14 inverse"]),
    ("Copper came under renewed pressure on Monday as Chinese demand faltered.", "2024-05-14",
     ["COPPER session_change down 2024-05-13"]),
    ("The lira came under pressure on Tuesday, sliding 1.2% to 32.4 per dollar.", "2024-05-14",
     ["USDTRY session_change down 1.2 percent 2024-05-14 inverse level=32.4"]),
    ("Oil stayed under pressure on Tuesday.", "2024-05-14", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNDER_PRESSURE))
def test_came_under_pressure(sentence: str, published: str, expected: list[str]) -> None:
    """ "came under pressure" is an unsized fall; "stayed under pressure" states no move."""
    assert extract(sentence, published) == expected


TO_CLOSE_WITH: list[Row] = [
    ("Wall Street reversed course to end higher on Tuesday, with the Nasdaq up 0.8%.",
     "2024-05-14",
     ["SPX session_change up 2024-05-14", "NASDAQ session_change up 0.8 percent 2024-05-14"]),
    ("Gold pared losses to settle little changed, with silver down 1.2% at $28.10.",
     "2024-05-14",
     ["GOLD session_change flat 2024-05-14",
      "SILVER session_change down 1.2 percent 2024-05-14 level=28.1"]),
    ("Japanese shares erased early losses to finish higher, with the Topix up 0.4%.",
     "2024-05-14",
     ["NIKKEI225 session_change up 2024-05-14", "TOPIX session_change up 0.4 percent 2024-05-14"]),
    ("European shares were poised to close lower, with the DAX down 0.3%.", "2024-05-14",
     ["DAX intraday_change down 0.3 percent 2024-05-14"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TO_CLOSE_WITH))
def test_with_clause_after_to_close(sentence: str, published: str, expected: list[str]) -> None:
    """ "erased early gains to close lower, with the DAX down 0.3%": the state is at the close
    (not after "poised to close", which is no close yet)."""
    assert extract(sentence, published) == expected


REACHED_BIGGEST: list[Row] = [
    ("Brent plunged to its worst day since April 2020 on Tuesday.", "2024-05-14",
     ["BRENT biggest_move down 2024-05-14 since=2020-04-01"]),
    ("The Swiss franc jumped to its best day against the euro since 2015.", "2024-05-14",
     ["EURCHF biggest_move up 2024-05-14 inverse since=2015-01-01"]),
    ("The Nasdaq slid 2%, while small caps surged to their best session since March.",
     "2024-05-14",
     ["NASDAQ session_change down 2 percent 2024-05-14",
      "RUT biggest_move up 2024-05-14 since=2024-03-01"]),
    ("Gold rallied 3% to its biggest one-day gain since March.", "2024-05-14",
     ["GOLD session_change up 3 percent 2024-05-14",
      "GOLD biggest_move up 2024-05-14 since=2024-03-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(REACHED_BIGGEST))
def test_verb_reaching_biggest_move(sentence: str, published: str, expected: list[str]) -> None:
    """ "surged to their best day since November": an unsized verb reaching the day's biggest
    move is that claim only (a sized one keeps its own move)."""
    assert extract(sentence, published) == expected


NAMED_CONTRACT: list[Row] = [
    ("Soybean futures slid on Tuesday, with the most-active contract settling down 8-1/2 cents "
     "at $11.92 a bushel.", "2024-05-14",
     ["SOYBEANS session_change down 8.5 points 2024-05-14 level=11.92"]),
    ("Wheat futures ended lower, with the July contract down 10 cents.", "2024-05-14",
     ["WHEAT session_change down 10 points 2024-05-14"]),
    ("Corn fell to its lowest in four years, though the nearby contract trimmed its losses "
     "late in the session to finish down 3 cents.", "2024-05-14",
     ["CORN record down 2024-05-14 since=2020-05-14",
      "CORN session_change down 3 points 2024-05-14"]),
    ("Brent lost 6% in the quarter, a quarter during which the front-month contract briefly "
     "topped $90.", "2024-06-28",
     ["BRENT period_change down 6 percent 2024-06-28 since=2024-04-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NAMED_CONTRACT))
def test_named_contract(sentence: str, published: str, expected: list[str]) -> None:
    """ "the most-active contract", "the July contract": the futures market just named (not
    inside "a month in which ...", which tells history)."""
    assert extract(sentence, published) == expected


LATE_TO_CLOSE: list[Row] = [
    ("The Dow recovered in afternoon trading to end 0.3% higher.", "2024-05-14",
     ["DJIA session_change up 0.3 percent 2024-05-14"]),
    ("Silver pared gains late in the day to settle up 0.2% at $28.10.", "2024-05-14",
     ["SILVER session_change up 0.2 percent 2024-05-14 level=28.1"]),
    ("Copper trimmed its losses late in the session to close down 0.4% on Tuesday.",
     "2024-05-16",
     ["COPPER session_change down 0.4 percent 2024-05-14"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(LATE_TO_CLOSE))
def test_part_of_day_before_to_close(sentence: str, published: str, expected: list[str]) -> None:
    """ "trimmed its losses late in the session to finish down": the close is the subject's."""
    assert extract(sentence, published) == expected


HELD_ON_TO: list[Row] = [
    ("The yen held onto its gains against the dollar on Friday.", "2025-04-11",
     ["USDJPY intraday_change up 2025-04-11 inverse"]),
    ("Copper kept most of its early gains after rising as much as 3% on Friday.", "2025-04-11",
     ["COPPER intraday_change up 2025-04-11",
      "COPPER intraday_extreme up 3 percent as_much_as 2025-04-11"]),
    ("The Nikkei clung to its losses, down 1.2% in afternoon trade.", "2025-04-11",
     ["NIKKEI225 intraday_change down 1.2 percent 2025-04-11"]),
    ("European shares held on to their gains to close 0.8% higher.", "2025-04-11",
     ["STOXX600 session_change up 0.8 percent 2025-04-11"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HELD_ON_TO))
def test_held_on_to_gains(sentence: str, published: str, expected: list[str]) -> None:
    """ "held on to most of its gains": a state at writing, its way the noun's, beside the
    peak it came down from; a figure after it sizes it."""
    assert extract(sentence, published) == expected


GAINS_IN_ACRONYM: list[Row] = [
    ("Indian shares ended flat as gains in IT stocks offset losses in banks.", "2024-04-22",
     ["NIFTY50 session_change flat 2024-04-22"]),
    ("The Sensex closed 0.3% lower as losses in FMCG shares outweighed gains in PSU banks.",
     "2024-04-22",
     ["SENSEX session_change down 0.3 percent 2024-04-22"]),
    ("The FTSE 100 rose 0.2%, while gains in UK miners were capped by a firmer pound.",
     "2024-04-22",
     ["FTSE100 session_change up 0.2 percent 2024-04-22"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GAINS_IN_ACRONYM))
def test_gains_in_sector_acronym(sentence: str, published: str, expected: list[str]) -> None:
    """ "as gains in IT stocks offset ...": a plural move noun before a sector's acronym, not
    a verb (nor "IT" the pronoun)."""
    assert extract(sentence, published) == expected


SIZED_PERIOD_APPOSITIVE: list[Row] = [
    ("Brent edged lower on Friday, capping its worst week since October 2023 with a drop of "
     "about 10%.", "2024-09-06",
     ["BRENT session_change down 2024-09-06",
      "BRENT period_change down 10 percent about 2024-09-06 since=2024-09-02"]),
    ("The Nasdaq fell 1.2% on Friday to end its worst month since 2022, a slide of 7.5%.",
     "2024-09-27",
     ["NASDAQ session_change down 1.2 percent 2024-09-27",
      "NASDAQ period_change down 7.5 percent 2024-09-27 since=2024-09-01"]),
    ("Silver firmed on Friday to round off its best week since May, a gain of nearly 6%.",
     "2024-09-27",
     ["SILVER session_change up 2024-09-27",
      "SILVER period_change up 6 percent almost 2024-09-27 since=2024-09-23"]),
    ("Copper slipped on Friday to cap its worst week since 2022.", "2024-09-27",
     ["COPPER session_change down 2024-09-27"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SIZED_PERIOD_APPOSITIVE))
def test_sized_period_appositive(sentence: str, published: str, expected: list[str]) -> None:
    """ "to cap its worst week since 2023, a drop of about 10%": the week's move, sized."""
    assert extract(sentence, published) == expected


CAUSE_CLAUSE_BETWEEN: list[Row] = [
    ("Wheat jumped 5% on Monday on fears that the drought would cut yields, but pared gains to "
     "close 2% higher.", "2022-03-07",
     ["WHEAT intraday_extreme up 5 percent 2022-03-07",
      "WHEAT session_change up 2 percent 2022-03-07"]),
    ("The rouble slid 3% on worries that sanctions would widen, and then recovered to end 1% "
     "weaker.", "2022-03-07",
     ["USDRUB intraday_extreme down 3 percent 2022-03-07 inverse",
      "USDRUB session_change down 1 percent 2022-03-07 inverse"]),
    ("Palladium hit a record $3,440.76 on Monday amid fears of a supply shock, but came off "
     "the peak later to trade up 6%.", "2022-03-07",
     ["PALLADIUM intraday_extreme up 2022-03-07 level=3440.76",
      "PALLADIUM record up 2022-03-07 level=3440.76",
      "PALLADIUM intraday_change up 6 percent 2022-03-07"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSE_CLAUSE_BETWEEN))
def test_cause_clause_between_verbs(sentence: str, published: str, expected: list[str]) -> None:
    """ "on fears that sanctions would choke supply, but came off the peak to trade up 6%": a
    cause clause (its "would" no forecast of the subject's) leaves the subject to both verbs."""
    assert extract(sentence, published) == expected


COUNTRY_IN_LIST: list[Row] = [
    ("Brent and U.S. West Texas Intermediate futures settled up $1.24 and $1.43, respectively, "
     "at $86.86 and $83.63 a barrel.", "2023-08-31",
     ["BRENT session_change up 1.24 points 2023-08-31 level=86.86",
      "WTI session_change up 1.43 points 2023-08-31 level=83.63"]),
    ("Gold and U.S. Treasury yields rose 1% and 5 basis points, respectively.", "2023-08-31",
     ["GOLD session_change up 1 percent 2023-08-31", "US10Y session_change up 5 bp 2023-08-31"]),
    ("The FTSE 100 and U.S. stock futures fell 0.5% and 0.3%, respectively.", "2023-08-31",
     ["FTSE100 session_change down 0.5 percent 2023-08-31",
      "ES session_change down 0.3 percent 2023-08-31"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COUNTRY_IN_LIST))
def test_country_modifier_in_list(sentence: str, published: str, expected: list[str]) -> None:
    """ "Brent and U.S. West Texas Intermediate futures ... respectively": "U.S." before the
    second name keeps the list, each its own figure."""
    assert extract(sentence, published) == expected
