"""Claim parser rules for records set at a level ("set yet another all-time high of $2,758"),
for "push" and "march" with a way and no object ("yields pushed higher"), for a bare state
fronted before the subject ("Up 12% this year, gold ..."), for "the past month", for "only to"
("..., only to pare its gain to 2.3%") and for "a combined 9%", spec by example in the format of
tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

SET_RECORDS: list[Row] = [
    ("Bitcoin set a fresh all-time high of $72,850 on Monday.", "2024-03-12",
     ["BTC intraday_extreme up 2024-03-11 level=72850",
      "BTC record up 2024-03-11 level=72850"]),
    ("The Nikkei notched yet another record high of 40,472 on Thursday.", "2024-03-08",
     ["NIKKEI225 intraday_extreme up 2024-03-07 level=40472",
      "NIKKEI225 record up 2024-03-07 level=40472"]),
    ("Copper set a two-year high of $4.21 a pound on Tuesday.", "2024-03-12",
     ["COPPER intraday_extreme up 2024-03-12 level=4.21",
      "COPPER record up 2024-03-12 level=4.21 since=2022-03-12"]),
    ("Gold hit yet another record of $2,135.40 on Monday.", "2024-03-05",
     ["GOLD intraday_extreme up 2024-03-04 level=2135.4",
      "GOLD record up 2024-03-04 level=2135.4"]),
    ("The Nasdaq closed at yet another record on Monday.", "2024-03-05",
     ["NASDAQ record up 2024-03-04"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SET_RECORDS))
def test_a_record_set_at_a_level_is_the_sessions_extreme(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "set (notched) a record high of $X", like "hit" one, reaches $X in the session; "yet
    another" before the record is no obstacle."""
    assert extract(sentence, published) == expected


PUSHED: list[Row] = [
    ("Gilt yields pushed higher on Tuesday.", "2024-03-12",
     ["UK10Y session_change up 2024-03-12"]),
    ("The 10-year Treasury yield pushed up 8 basis points to 4.18% on Monday.", "2024-03-12",
     ["US10Y session_change up 8 bp 2024-03-11 level=4.18"]),
    ("Brent pushed 2% lower on Friday.", "2024-03-09",
     ["BRENT session_change down 2 percent 2024-03-08"]),
    ("Britain's 10-year gilt yield pushed up to 4.6% on Thursday, a 16-year high.", "2024-03-08",
     ["UK10Y level up 2024-03-07 level=4.6",
      "UK10Y record up 2024-03-07 level=4.6 since=2008-03-07"]),
    ("Higher oil prices pushed up inflation expectations on Monday.", "2024-03-12", []),
    ("Palladium marched up to a five-month high on Monday.", "2024-03-12",
     ["PALLADIUM record up 2024-03-11 since=2023-10-11"]),
    ("The dollar marched higher against the yen on Monday, gaining 0.6%.", "2024-03-12",
     ["USDJPY session_change up 0.6 percent 2024-03-11"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PUSHED))
def test_push_and_march_with_a_way_are_moves(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "pushed higher", "pushed up to 4.6%", "marched up to a high": the subject's own move;
    "pushed up inflation expectations" has an object and states no price move."""
    assert extract(sentence, published) == expected


FRONTED_STATES: list[Row] = [
    ("Up 12% this year, gold settled at $2,050 an ounce on Friday.", "2024-03-08",
     ["GOLD period_change up 12 percent 2024-03-08 since=2024-01-01",
      "GOLD level none 2024-03-08 level=2050"]),
    ("Higher by 3% this week, the dollar index rose 0.2% on Friday.", "2024-03-08",
     ["DXY period_change up 3 percent 2024-03-08 since=2024-03-04",
      "DXY session_change up 0.2 percent 2024-03-08"]),
    ("Down more than 20% over the past month, the Hang Seng slipped 0.3% on Friday.", "2024-03-08",
     ["HSI period_change down 20 percent more_than 2024-03-08 since=2024-02-08",
      "HSI session_change down 0.3 percent 2024-03-08"]),
    ("Down 1.5% at the close, the FTSE 100 suffered its worst day in a month.", "2024-03-08",
     ["FTSE100 session_change down 1.5 percent 2024-03-08",
      "FTSE100 biggest_move down 2024-03-08 since=2024-02-08"]),
    ("Up 2% on the day, the Nikkei was at 39,800 in afternoon trade.", "2024-03-08",
     ["NIKKEI225 intraday_change up 2 percent 2024-03-08",
      "NIKKEI225 level none 2024-03-08 level=39800"]),
    ("Up more than 60% this year, Nvidia shares fell 2% on Friday.", "2024-03-08", []),
    ("Up to 2,000 jobs will go, the bank said on Friday.", "2024-03-08", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(FRONTED_STATES))
def test_a_fronted_bare_state_is_the_main_subjects(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Up 12% this year, gold ...": a bare state set before the subject is its move, over the
    window its own words name (a state "on the day", a close "at the close")."""
    assert extract(sentence, published) == expected


PAST_MONTH: list[Row] = [
    ("Copper has gained 8% over the past month.", "2024-03-29",
     ["COPPER period_change up 8 percent 2024-03-29 since=2024-02-29"]),
    ("The rand has lost 4% in the past month.", "2024-05-31",
     ["USDZAR period_change down 4 percent 2024-05-31 inverse since=2024-04-30"]),
    ("Bitcoin has doubled over the past year.", "2024-02-29",
     ["BTC period_change up 100 percent 2024-02-29 since=2023-02-28"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PAST_MONTH))
def test_the_past_month_starts_that_day_a_month_back(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "over the past month" starts on the same day a month earlier (the month's last day
    when it has no such day), as "in the past three months" does."""
    assert extract(sentence, published) == expected


ONLY_TO: list[Row] = [
    ("Palladium spiked to an all-time high of $3,440.76 an ounce on Monday, only to pare its "
     "gain to 2.3% by the close.", "2022-03-08",
     ["PALLADIUM intraday_extreme up 2022-03-07 level=3440.76",
      "PALLADIUM record up 2022-03-07 level=3440.76",
      "PALLADIUM session_change up 2.3 percent 2022-03-07"]),
    ("Gold jumped to $2,100 on Monday, only to close 0.3% lower.", "2024-03-05",
     ["GOLD intraday_extreme up 2024-03-04 level=2100",
      "GOLD session_change down 0.3 percent 2024-03-04"]),
    ("Bitcoin hit $69,000 on Tuesday, only to fall 10% within hours.", "2024-03-05",
     ["BTC intraday_extreme up 2024-03-05 level=69000",
      "BTC session_change down 10 percent 2024-03-05"]),
    ("The Nikkei surged 4% in early trade, only to pare gains to 1.2% by the close.",
     "2024-03-05", ["NIKKEI225 intraday_extreme up 4 percent 2024-03-05",
                    "NIKKEI225 session_change up 1.2 percent 2024-03-05"]),
    ("The lira plunged 10% to a record low, only to recover to end 2% weaker.", "2024-03-05",
     ["USDTRY intraday_extreme down 10 percent 2024-03-05 inverse",
      "USDTRY record down 2024-03-05 inverse",
      "USDTRY session_change down 2 percent 2024-03-05 inverse"]),
    ("Copper spiked to $4.30 a pound on Monday but pared its gain to 0.8% by the close.",
     "2024-03-05",
     ["COPPER intraday_extreme up 2024-03-04 level=4.3",
      "COPPER session_change up 0.8 percent 2024-03-04"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ONLY_TO))
def test_only_to_tells_what_the_subject_did_next(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "..., only to pare its gain to 2.3%", "only to close lower": the subject's own later
    move, which makes the level or move it pares or reverses the day's extreme."""
    assert extract(sentence, published) == expected


COMBINED: list[Row] = [
    ("China's CSI 300 gained a combined 9% on Thursday and Friday.", "2024-09-27",
     ["CSI300 period_change up 9 percent 2024-09-27 since=2024-09-26"]),
    ("The Nikkei lost a combined 7% over Monday and Tuesday.", "2024-09-24",
     ["NIKKEI225 period_change down 7 percent 2024-09-24 since=2024-09-23"]),
    ("Treasury yields rose a combined 30 basis points over the past two sessions.", "2024-09-27",
     ["US10Y period_change up 30 bp 2024-09-27 since=2024-09-26"]),
    ("Wheat futures jumped by their exchange-imposed daily limit of 50 cents to $9.35 a bushel "
     "on Thursday.", "2024-09-27", ["WHEAT session_change up 50 points 2024-09-26 level=9.35"]),
    ("Corn fell by its exchange-set limit of 35 cents on Monday.", "2024-09-24",
     ["CORN session_change down 35 points 2024-09-23"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COMBINED))
def test_a_combined_size_and_an_imposed_limit_are_the_move(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "a combined 9%", "a cumulative 30 basis points": the size over the days the words
    name; "by their exchange-imposed daily limit of 50 cents": the limit is the size."""
    assert extract(sentence, published) == expected
