"""Claim parser rules for move words that head noun phrases ("tracking an overnight Wall Street
rally", "as gains for lenders offset"), other markets' gauges, undone moves of another day, holiday
names and owned records, spec by example in the format of tests/test_claims_examples.py (our own
wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

NOUN_MOVES: list[Row] = [
    ("Australia's S&P/ASX 200 added 1.5% on Wednesday, tracking an overnight Wall Street "
     "rally.", "2023-11-15",
     ["ASX200 session_change up 1.5 percent 2023-11-15"]),
    ("The Kospi slipped 0.4% on Tuesday, shrugging off a late Nasdaq rebound.", "2024-04-16",
     ["KOSPI session_change down 0.4 percent 2024-04-16"]),
    ("Spain's IBEX 35 ended flat at 9,347 on Thursday as gains for lenders offset losses for "
     "utilities.", "2023-03-09",
     ["IBEX35 session_change flat 2023-03-09 level=9347"]),
    ("Gold rose for a third day on Friday.", "2023-03-10",
     ["GOLD session_change up 2023-03-10"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(NOUN_MOVES))
def test_noun_moves(sentence: str, published: str, expected: list[str]) -> None:
    """A base form after an indefinite article, or an -s form before "for <group>", names some
    other thing's move, not a verb of the market before it."""
    assert extract(sentence, published) == expected


OTHER_GAUGES: list[Row] = [
    ("Germany's DAX soared 7.9% on Wednesday, while the VSTOXX volatility index slumped 20%.",
     "2022-03-09",
     ["DAX session_change up 7.9 percent 2022-03-09"]),
    ("The Cboe Volatility Index jumped 20% on Wednesday.", "2022-03-09",
     ["VIX session_change up 20 percent 2022-03-09"]),
    ("European benchmark gas prices have surged some 40% since Monday.", "2023-10-13",
     ["TTF period_change up 40 percent about 2023-10-13 since=2023-10-09"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OTHER_GAUGES))
def test_other_gauges(sentence: str, published: str, expected: list[str]) -> None:
    """A name right before "volatility index" is another market's gauge; the word order
    "European benchmark gas" still names the Dutch TTF."""
    assert extract(sentence, published) == expected


UNDONE_ELSEWHERE: list[Row] = [
    ("The Nikkei recovered most of last Monday's 12.4% plunge.", "2024-08-12",
     ["NIKKEI225 session_change down 12.4 percent 2024-08-05"]),
    ("The rand has recouped all of last Tuesday's 2.1% slide against the dollar.", "2023-05-22",
     ["USDZAR session_change down 2.1 percent 2023-05-16 inverse"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNDONE_ELSEWHERE))
def test_undone_elsewhere(sentence: str, published: str, expected: list[str]) -> None:
    """ "last Monday's" dates a sized move noun a week back; an unsized verb that undoes it
    makes no claim of its own."""
    assert extract(sentence, published) == expected


HOLIDAYS: list[Row] = [
    ("The Dow extended its losses on Christmas Eve, shedding 653 points, or 2.9%.", "2018-12-25",
     ["DJIA session_change down 2.9 percent 2018-12-24"]),
    ("The S&P 500 fell 2.7% on Christmas Eve and jumped 5% on Boxing Day.", "2019-01-02",
     ["SPX session_change down 2.7 percent 2018-12-24",
      "SPX session_change up 5 percent 2018-12-26"]),
    ("Brent slipped 0.8% on Thanksgiving Day in thin trade.", "2023-11-24",
     ["BRENT session_change down 0.8 percent 2023-11-23"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(HOLIDAYS))
def test_holidays(sentence: str, published: str, expected: list[str]) -> None:
    """A holiday's name dates the move: the last such day on or before the article."""
    assert extract(sentence, published) == expected


OWNED_RECORDS: list[Row] = [
    ("The dollar climbed to ¥154.79 on Monday, the yen's weakest level since 1990.",
     "2024-04-22",
     ["USDJPY level up 2024-04-22 level=154.79",
      "USDJPY record down 2024-04-22 inverse level=154.79 since=1990-01-01"]),
    ("WTI settled at minus $37.63 a barrel on Monday, the first negative close in the "
     "contract's history.", "2020-04-21",
     ["WTI level none 2020-04-20 level=-37.63", "WTI record down 2020-04-20 level=-37.63"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OWNED_RECORDS))
def test_owned_records(sentence: str, published: str, expected: list[str]) -> None:
    """A record after a comma owned by the pair's other currency is that currency's; a first
    negative close "in the contract's history" is an all-time low."""
    assert extract(sentence, published) == expected


MANAGED: list[Row] = [
    ("The Shanghai Composite and the CSI 300 managed gains of just 0.5% and 0.6% on "
     "Wednesday.", "2023-11-15",
     ["SHCOMP session_change up 0.5 percent 2023-11-15",
      "CSI300 session_change up 0.6 percent 2023-11-15"]),
    ("The Hang Seng managed only a 0.2% rise on Tuesday.", "2023-11-15",
     ["HSI session_change up 0.2 percent 2023-11-14"]),
    ("Gold posted a loss of only 0.1% on Friday.", "2023-11-13",
     ["GOLD session_change down 0.1 percent 2023-11-10"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MANAGED))
def test_managed(sentence: str, published: str, expected: list[str]) -> None:
    """ "managed gains of just 0.5%" posts a move like "posted"; "just" or "only" leaves the
    size exact."""
    assert extract(sentence, published) == expected


GAPS_AND_CLOSES: list[Row] = [
    ("U.S. crude gapped up nearly 8% at the opening bell on Monday.", "2023-04-05",
     ["WTI open_move up 8 percent almost 2023-04-03"]),
    ("The five-year Treasury yield brushed 4.99% on Thursday, the highest in 16 years.",
     "2023-10-19",
     ["US5Y intraday_extreme up 2023-10-19 level=4.99",
      "US5Y record up 2023-10-19 level=4.99 since=2007-10-19"]),
    ("By the close, Australia's S&P/ASX 200 was down 3.7%.", "2024-08-05",
     ["ASX200 session_change down 3.7 percent 2024-08-05"]),
    ("Palladium soared to $3,440.76 early on Monday, before it trimmed its advance to 1.1% by the "
     "settlement.", "2022-03-08",
     ["PALLADIUM intraday_extreme up 2022-03-07 level=3440.76",
      "PALLADIUM session_change up 1.1 percent 2022-03-07"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GAPS_AND_CLOSES))
def test_gaps_and_closes(sentence: str, published: str, expected: list[str]) -> None:
    """ "gapped up" moves like "opened up"; "brushed" reaches a level like "touched"; "by the
    close" and "by the settlement", also fronted, state the close; "at the opening bell" is read
    whole, so the day after it counts."""
    assert extract(sentence, published) == expected


RENAMED_MOVES: list[Row] = [
    ("European shares closed 0.4% lower on Tuesday, extending Monday's 2.3% slide, which had "
     "been their worst session since early December.", "2019-08-06",
     ["STOXX600 session_change down 0.4 percent 2019-08-06",
      "STOXX600 session_change down 2.3 percent 2019-08-05",
      "STOXX600 biggest_move down 2019-08-05 since=2018-12-01"]),
    ("The yen jumped 1.5% against the dollar on Monday, which was its biggest gain in a year.",
     "2019-08-06",
     ["USDJPY session_change up 1.5 percent 2019-08-05 inverse",
      "USDJPY biggest_move up 2019-08-05 inverse since=2018-08-05"]),
    ("The MOEX index ended Thursday at 2,890.5 points, which was its lowest close since "
     "December.", "2024-07-25",
     ["IMOEX level none 2024-07-25 level=2890.5",
      "IMOEX record down 2024-07-25 level=2890.5 since=2023-12-01"]),
    ("Wall Street staged its biggest rally in more than two years on Thursday, with the S&P 500 "
     "soaring 5.5%.", "2022-11-11",
     ["SPX biggest_move up 2022-11-10 since=2020-11-10",
      "SPX session_change up 5.5 percent 2022-11-10"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RENAMED_MOVES))
def test_renamed_moves(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., which was its worst day since March" renames the move before it, as the bare
    apposition does; "staged its biggest rally" posts the move like "posted"."""
    assert extract(sentence, published) == expected


ECHOED_MOVES: list[Row] = [
    ("The Euro Stoxx 50 extended losses through the afternoon and finished 3.6% lower on "
     "Wednesday.", "2023-03-15",
     ["SX5E session_change down 3.6 percent 2023-03-15"]),
    ("The Turkish lira weakened past 30 to the dollar for the first time on Friday, extending "
     "its slide.", "2024-01-19",
     ["USDTRY level down 2024-01-19 inverse level=30",
      "USDTRY record down 2024-01-19 inverse level=30"]),
    ("The yen gained ground in London on Friday, then pushed on to 146.40 per dollar in New "
     "York.", "2024-08-02",
     ["USDJPY session_change up 2024-08-02 inverse",
      "USDJPY level up 2024-08-02 inverse level=146.4"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ECHOED_MOVES))
def test_echoed_moves(sentence: str, published: str, expected: list[str]) -> None:
    """ "through the afternoon" lets the subject carry to the close that follows; an unsized
    "extending its slide" after a level crossed that way says the same move once."""
    assert extract(sentence, published) == expected


PARED_BY_A_CAUSE: list[Row] = [
    ("Palladium soared to $3,440.76 early on Monday, before profit-taking trimmed its advance to "
     "1.1% by the settlement.", "2022-03-08",
     ["PALLADIUM intraday_extreme up 2022-03-07 level=3440.76",
      "PALLADIUM session_change up 1.1 percent 2022-03-07"]),
    ("Gold rose as much as 2% before late selling pared its gain to 0.5%.", "2022-03-07",
     ["GOLD intraday_extreme up 2 percent as_much_as 2022-03-07",
      "GOLD intraday_change up 0.5 percent 2022-03-07"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARED_BY_A_CAUSE))
def test_pared_by_a_cause(sentence: str, published: str, expected: list[str]) -> None:
    """A cause as the subject of a paring verb ("profit-taking trimmed its advance") names no
    new market: the move pared is the one before it."""
    assert extract(sentence, published) == expected


CABLE: list[Row] = [
    ("Cable, as traders call the pound-dollar rate, jumped 3.2% to $1.1710 on Thursday.",
     "2022-11-10",
     ["GBPUSD session_change up 3.2 percent 2022-11-10 level=1.171"]),
    ("Cable operator Comcast rose 2% on Thursday.", "2022-11-10", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CABLE))
def test_cable(sentence: str, published: str, expected: list[str]) -> None:
    """ "Cable", the dealers' name for sterling against the dollar, is that pair; a cable
    company is not."""
    assert extract(sentence, published) == expected


JOINED_ONE_POINT: list[Row] = [
    ("The euro was last up 0.3% at $1.0855, whereas at one point the Dow was down nearly 1,600 "
     "points.", "2023-06-15",
     ["EURUSD intraday_change up 0.3 percent 2023-06-15 level=1.0855",
      "DJIA intraday_extreme down 1600 points almost 2023-06-15"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(JOINED_ONE_POINT))
def test_joined_one_point(sentence: str, published: str, expected: list[str]) -> None:
    """ "at one point" opening a clause after "whereas" or "and" makes that clause's state the
    day's extreme, as it does at the start of a sentence (found by the join probe)."""
    assert extract(sentence, published) == expected
