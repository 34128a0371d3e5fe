"""Claim parser rules for sentence structure: long bracketed asides between a subject and its
verb, inverted conditionals ("Should the lira weaken past 30, ..."), move nouns owned with
"for" or set against a state, pluperfect relatives a day earlier, "their worst week" over a
list, bare superlatives ("the steepest in a year"), "snapping back to" and present perfects
that post a move noun; spec by example in the format of tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

ASIDES: list[Row] = [
    ("Brent crude (the global benchmark, which is priced in dollars and settles in London) rose "
     "1.2% to $83.10 a barrel on Friday.", "2024-06-14",
     ["BRENT session_change up 1.2 percent 2024-06-14 level=83.1"]),
    ("The Kospi (Seoul's main board, heavy with chipmakers such as Samsung Electronics and SK "
     "Hynix) fell 2.1% on Thursday.", "2024-06-14",
     ["KOSPI session_change down 2.1 percent 2024-06-13"]),
    ("Germany's 10-year yield (a gauge of how investors rate the euro zone's core members) "
     "climbed 11 basis points to 2.60% on Tuesday.", "2024-06-14",
     ["DE10Y session_change up 11 bp 2024-06-11 level=2.6"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ASIDES))
def test_a_long_parenthesis_is_an_aside(sentence: str, published: str, expected: list[str]) -> None:
    """A bracketed aside between a subject and its verb, however long and whatever it names,
    leaves the subject to the verb."""
    assert extract(sentence, published) == expected


CONDITIONALS: list[Row] = [
    ("Should the yen weaken past 160 per dollar, Japan's finance ministry would likely "
     "intervene, officials said.", "2024-06-14", []),
    ("Should Brent climb above $100 a barrel, OPEC+ would add supply, delegates said.",
     "2024-06-14", []),
    ("Should the S&P 500 close above 5,500 on Friday, it would be a record.", "2024-06-14", []),
    ("Copper fell 2% on Monday; should it drop below $9,000, miners would cut output.",
     "2024-06-14", ["COPPER session_change down 2 percent 2024-06-10"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CONDITIONALS))
def test_an_inverted_conditional_is_no_claim(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Should X weaken past 30, ...": a clause opened by "should" before its subject is a
    condition, not a move."""
    assert extract(sentence, published) == expected


OWNED_FOR: list[Row] = [
    ("The FTSE 100 closed 0.8% higher on Tuesday, outpacing a 0.3% gain for the DAX.",
     "2024-04-09",
     ["FTSE100 session_change up 0.8 percent 2024-04-09",
      "DAX session_change up 0.3 percent 2024-04-09"]),
    ("A 2% slide for Brent came as Saudi Arabia cut its selling prices.", "2024-04-09",
     ["BRENT session_change down 2 percent 2024-04-09"]),
    ("A gain of 1.5% in the Kospi came as chipmakers rallied on Wednesday.", "2024-03-20",
     ["KOSPI session_change up 1.5 percent 2024-03-20"]),
    ("A 5% jump in cocoa futures sent chocolate makers' shares lower.", "2024-04-09",
     ["COCOA session_change up 5 percent 2024-04-09"]),
    ("Investors expect a 10% gain for the S&P 500 this year.", "2024-04-09", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OWNED_FOR))
def test_a_move_noun_for_a_market_is_its_move(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "a 0.3% gain for the DAX" is the DAX's move as "in the DAX" is; a move noun that is the
    subject of an irregular past verb ("came as", "sent") is a told move."""
    assert extract(sentence, published) == expected


COMPARED: list[Row] = [
    ("Silver was 1.8% higher at $28.10 an ounce, well ahead of a 0.4% gain for gold.",
     "2024-04-09",
     ["SILVER intraday_change up 1.8 percent 2024-04-09 level=28.1",
      "GOLD intraday_change up 0.4 percent 2024-04-09"]),
    ("Sterling was down 0.5% at $1.2610, compared with a 0.2% dip for the euro.", "2024-04-09",
     ["GBPUSD intraday_change down 0.5 percent 2024-04-09 level=1.261",
      "EURUSD intraday_change down 0.2 percent 2024-04-09"]),
    ("The Kospi hovered 0.6% lower in afternoon trade, trailing the Nikkei's 1.2% decline.",
     "2024-04-09",
     ["KOSPI intraday_change down 0.6 percent 2024-04-09",
      "NIKKEI225 intraday_change down 1.2 percent 2024-04-09"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COMPARED))
def test_a_move_compared_with_a_state_is_a_state(
    sentence: str, published: str, expected: list[str]
) -> None:
    """A sized move noun with no time words set against an intraday state ("well ahead of",
    "compared with", "trailing") is read at the same moment: an intraday change."""
    assert extract(sentence, published) == expected


DAY_BEFORE: list[Row] = [
    ("Gold, which had dropped 1.8% a day earlier, rebounded 0.9% on Tuesday.", "2024-05-08",
     ["GOLD session_change down 1.8 percent 2024-05-06",
      "GOLD session_change up 0.9 percent 2024-05-07"]),
    ("PARIS, May 7 - The CAC 40, which had slid 1.1% a session earlier, added 0.6% on the day.",
     "2024-05-08",
     ["CAC40 session_change down 1.1 percent 2024-05-06",
      "CAC40 session_change up 0.6 percent 2024-05-07"]),
    ("Shares in Europe, which had tumbled 2.5% a day earlier, recovered 1.1% on Thursday.",
     "2024-05-10",
     ["STOXX600 session_change down 2.5 percent 2024-05-08",
      "STOXX600 session_change up 1.1 percent 2024-05-09"]),
    ("Brent, which had jumped 2% in early trade, ended 1% lower.", "2024-05-08",
     ["BRENT intraday_extreme up 2 percent 2024-05-08",
      "BRENT session_change down 1 percent 2024-05-08"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DAY_BEFORE))
def test_a_relative_move_a_day_earlier_is_that_days(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "X, which had tumbled 2.9% a day earlier, recovered 1.2%": the pluperfect move is the
    day before's session, not an extreme the close overtook; "Shares in Europe" is the
    STOXX 600 as "stocks in Europe" is."""
    assert extract(sentence, published) == expected


THEIR_PERIOD: list[Row] = [
    ("The DAX fell 4.1%, the CAC 40 3.9% and the FTSE 100 2.8%, their worst week since 2022.",
     "2025-04-04",
     ["DAX period_change down 4.1 percent 2025-04-04 since=2025-03-31",
      "CAC40 period_change down 3.9 percent 2025-04-04 since=2025-03-31",
      "FTSE100 period_change down 2.8 percent 2025-04-04 since=2025-03-31"]),
    ("Gold climbed 4.5% and silver added 7%, their best month since 2020.", "2024-04-30",
     ["GOLD period_change up 4.5 percent 2024-04-30 since=2024-04-01",
      "SILVER period_change up 7 percent 2024-04-30 since=2024-04-01"]),
    ("For investors the pain was plain: the Nikkei shed 6% and the Topix 5.5%, their worst week "
     "since 2008.", "2024-08-02",
     ["NIKKEI225 period_change down 6 percent 2024-08-02 since=2024-07-29",
      "TOPIX period_change down 5.5 percent 2024-08-02 since=2024-07-29"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(THEIR_PERIOD))
def test_their_worst_week_names_every_conjunct(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "A lost 9.1% and B 10%, their worst week since 2020": "their" names the period of every
    undated move coordinated before it, not only the last."""
    assert extract(sentence, published) == expected


BARE_SUPERLATIVES: list[Row] = [
    ("The yen jumped 2.1% against the dollar, its biggest in eight months.", "2023-03-13",
     ["USDJPY session_change up 2.1 percent 2023-03-13 inverse",
      "USDJPY biggest_move up 2023-03-13 inverse since=2022-07-13"]),
    ("Oil fell 4%, the sharpest in over a year, after OPEC+ surprised traders.", "2023-03-13",
     ["BRENT session_change down 4 percent 2023-03-13",
      "BRENT biggest_move down 2023-03-13 since=2022-03-13"]),
    ("A 4% slide in the Nikkei, the steepest in three months, came as exporters sold off.",
     "2023-03-13",
     ["NIKKEI225 session_change down 4 percent 2023-03-13",
      "NIKKEI225 biggest_move down 2023-03-13 since=2022-12-13"]),
    ("Traders cheered a 1.8% gain for the Kospi, its best since January.", "2023-03-13",
     ["KOSPI session_change up 1.8 percent 2023-03-13",
      "KOSPI biggest_move up 2023-03-13 since=2023-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BARE_SUPERLATIVES))
def test_a_bare_superlative_compares_the_move_before(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "its biggest in eight months", "the steepest in three months": a superlative with its
    noun left out, set off after a one-day move (also a move noun and its owner), is that
    move's biggest since the look-back."""
    assert extract(sentence, published) == expected


SNAPPED_BACK: list[Row] = [
    ("Gold briefly rose above $2,000 on Tuesday before snapping back to $1,980.", "2023-10-03",
     ["GOLD intraday_extreme up 2023-10-03 level=2000",
      "GOLD level down 2023-10-03 level=1980"]),
    ("Brent sank to $70 in early trade, then snapped back to $73.50.", "2023-10-03",
     ["BRENT intraday_extreme down 2023-10-03 level=70",
      "BRENT level up 2023-10-03 level=73.5"]),
    ("The euro spiked to $1.1000 after the data before snapping back to $1.0920.", "2023-10-03",
     ["EURUSD intraday_extreme up 2023-10-03 level=1.1",
      "EURUSD level down 2023-10-03 level=1.092"]),
    ("Copper snapped a three-day losing streak on Tuesday.", "2023-10-03", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SNAPPED_BACK))
def test_snapping_back_reverses_the_move_before(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "before snapping back to 147.45": a level reached on the way back from the move just
    told on the same subject, so the opposite way."""
    assert extract(sentence, published) == expected


PERFECT_POSTED: list[Row] = [
    ("The Nasdaq has surged 30% this year, whereas the Dow has eked out a gain of 2%.",
     "2023-05-26",
     ["NASDAQ period_change up 30 percent 2023-05-26 since=2023-01-01",
      "DJIA period_change up 2 percent 2023-05-26 since=2023-01-01"]),
    ("European shares have climbed 6% since January, while the FTSE 100 has posted a 1.5% gain.",
     "2023-05-26",
     ["STOXX600 period_change up 6 percent 2023-05-26 since=2023-01-01",
      "FTSE100 period_change up 1.5 percent 2023-05-26 since=2023-01-01"]),
    ("Gold has climbed 9% this year, but silver has suffered a 3% loss.", "2023-05-26",
     ["GOLD period_change up 9 percent 2023-05-26 since=2023-01-01",
      "SILVER period_change down 3 percent 2023-05-26 since=2023-01-01"]),
    ("The Nikkei rose 2% on Friday, and the Topix has posted a 1% gain.", "2023-05-26",
     ["NIKKEI225 session_change up 2 percent 2023-05-26",
      "TOPIX session_change up 1 percent 2023-05-26"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PERFECT_POSTED))
def test_a_perfect_that_posts_a_move_noun_shares_the_window(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "..., but the FTSE 100 has managed a gain of just 1.5%": a present perfect that posts a
    move noun with no time words shares the window of the move before, as "has gained" does."""
    assert extract(sentence, published) == expected
