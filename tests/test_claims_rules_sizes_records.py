"""Claim parser rules for sizes and records: "tacked on 0.8%", "half a cent", "into a fourth
session", "to close at a record", "to hit a record high", spec by example in the format of
tests/test_claims_examples.py."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

PUT_ON: list[Row] = [
    ("The FTSE 100 put on 0.6% to 8,150.3 on Tuesday.", "2024-05-14",
     ["FTSE100 session_change up 0.6 percent 2024-05-14 level=8150.3"]),
    ("Copper tacked on 1.2% in London.", "2024-05-14",
     ["COPPER session_change up 1.2 percent 2024-05-14"]),
    ("Fund managers put on fresh hedges worth 2 billion euros.", "2024-05-14", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PUT_ON))
def test_put_on_is_a_gain(sentence: str, published: str, expected: list[str]) -> None:
    """ "tacked on 1.2%", "put on 0.6%": a particle verb with a figure is a sized gain."""
    assert extract(sentence, published) == expected


INTO_A_STREAK: list[Row] = [
    ("The Hang Seng extended its slide into a fifth session, closing 1.3% lower at 17,210.4.",
     "2024-05-14",
     ["HSI session_change down 1.3 percent 2024-05-14 level=17210.4"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(INTO_A_STREAK))
def test_into_a_streak(sentence: str, published: str, expected: list[str]) -> None:
    """ "extended losses into a fifth session": a streak like "for a fifth session"."""
    assert extract(sentence, published) == expected


CLOSE_AT_RECORD: list[Row] = [
    ("The Nikkei added 1.1% to end at a record closing high of 40,210.5 on Wednesday.",
     "2024-05-15",
     ["NIKKEI225 session_change up 1.1 percent 2024-05-15 level=40210.5",
      "NIKKEI225 record up 2024-05-15 level=40210.5"]),
    ("The Dow rose 0.4% to close at a record 40,003.6.", "2024-05-17",
     ["DJIA session_change up 0.4 percent 2024-05-17 level=40003.6",
      "DJIA record up 2024-05-17 level=40003.6"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CLOSE_AT_RECORD))
def test_close_at_a_record(sentence: str, published: str, expected: list[str]) -> None:
    """ "to end at a record closing high of X": the close's level and a record at it."""
    assert extract(sentence, published) == expected


TO_HIT_RECORD: list[Row] = [
    ("Gold rose 1.2% to hit a record high of $2,450.10 an ounce.", "2024-05-20",
     ["GOLD session_change up 1.2 percent 2024-05-20 level=2450.1",
      "GOLD record up 2024-05-20 level=2450.1"]),
    ("The Nasdaq gained 0.9% to set a record closing high.", "2024-05-20",
     ["NASDAQ session_change up 0.9 percent 2024-05-20",
      "NASDAQ record up 2024-05-20"]),
    ("The S&P 500 needs to rise 2% to set a record high.", "2024-05-20", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TO_HIT_RECORD))
def test_move_to_hit_a_record(sentence: str, published: str, expected: list[str]) -> None:
    """ "rose 1.2% to hit a record high": the record the move reached, at the move's level."""
    assert extract(sentence, published) == expected


PARED_SIZED: list[Row] = [
    ("The Kospi pared early gains of as much as 1.4% to trade 0.3% higher at 2,710.2 by midday.",
     "2024-05-21",
     ["KOSPI intraday_extreme up 1.4 percent as_much_as 2024-05-21",
      "KOSPI intraday_change up 0.3 percent 2024-05-21 level=2710.2"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PARED_SIZED))
def test_pared_sized_gains(sentence: str, published: str, expected: list[str]) -> None:
    """ "pared early gains of as much as 1.4%": the sized noun is the day's extreme."""
    assert extract(sentence, published) == expected


SPELLED_OUT: list[Row] = [
    ("The euro was down half a cent at $1.0812 in late New York trade.", "2024-05-21",
     ["EURUSD intraday_change down 0.005 points 2024-05-21 level=1.0812"]),
    ("Sterling gained nearly two cents to $1.2705 on Tuesday.", "2024-05-21",
     ["GBPUSD session_change up 0.02 points almost 2024-05-21 level=1.2705"]),
    ("The Dow slid one percent on Tuesday.", "2024-05-21",
     ["DJIA session_change down 1 percent 2024-05-21"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SPELLED_OUT))
def test_spelled_out_sizes(sentence: str, published: str, expected: list[str]) -> None:
    """ "half a cent", "nearly two cents", "one percent": a size in words."""
    assert extract(sentence, published) == expected


COUNTER_UNITS: list[Row] = [
    ("The dollar rose as high as 19.45 pesos on Wednesday.", "2024-05-22",
     ["USDMXN intraday_extreme up 2024-05-22 level=19.45"]),
    ("The dollar climbed 0.6% to 1,372.4 won.", "2024-05-22",
     ["USDKRW session_change up 0.6 percent 2024-05-22 level=1372.4"]),
    ("Against the euro, the franc was flat at 0.9850, while the dollar slipped 0.3% to ¥156.10.",
     "2024-05-22",
     ["EURCHF intraday_change flat 2024-05-22 inverse level=0.985",
      "USDJPY session_change down 0.3 percent 2024-05-22 level=156.1"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COUNTER_UNITS))
def test_counter_named_by_the_figure(sentence: str, published: str, expected: list[str]) -> None:
    """ "19.45 pesos", "¥156.10": the figure's currency is the pair's counter currency."""
    assert extract(sentence, published) == expected


OFFSHORE_YUAN: list[Row] = [
    ("In offshore trading, the yuan weakened 0.4% to 7.2650 per dollar.", "2024-05-22",
     ["USDCNH session_change down 0.4 percent 2024-05-22 inverse level=7.265"]),
    ("The yuan slipped 0.2% in offshore trade.", "2024-05-22",
     ["USDCNH session_change down 0.2 percent 2024-05-22 inverse"]),
    ("China's yuan eased 0.1%, while its offshore counterpart fell 0.3%.", "2024-05-22",
     ["USDCNY session_change down 0.1 percent 2024-05-22 inverse",
      "USDCNH session_change down 0.3 percent 2024-05-22 inverse"]),  # its offshore counterpart
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OFFSHORE_YUAN))
def test_offshore_yuan(sentence: str, published: str, expected: list[str]) -> None:
    """ "In offshore trading, the yuan ...": a bare yuan in offshore trade is the CNH pair."""
    assert extract(sentence, published) == expected


AS_FAR_AS: list[Row] = [
    ("The won weakened as far as 1,392.5 per dollar on Tuesday, its weakest since April.",
     "2024-05-21",
     ["USDKRW intraday_extreme down 2024-05-21 inverse level=1392.5",
      "USDKRW record down 2024-05-21 inverse level=1392.5 since=2024-04-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(AS_FAR_AS))
def test_as_far_as_is_an_extreme(sentence: str, published: str, expected: list[str]) -> None:
    """ "weakened as far as 1,392.5": the day's extreme, its way from the verb."""
    assert extract(sentence, published) == expected


RECORD_NOMINAL: list[Row] = [
    ("The lira fell 1.1% to close at 32.9 per dollar, a record nominal low.", "2024-05-21",
     ["USDTRY session_change down 1.1 percent 2024-05-21 inverse level=32.9",
      "USDTRY record down 2024-05-21 inverse level=32.9"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RECORD_NOMINAL))
def test_record_nominal_low(sentence: str, published: str, expected: list[str]) -> None:
    """ ", a record nominal low": an adjective inside an appositive record."""
    assert extract(sentence, published) == expected


SUBJECT_GAPS: list[Row] = [
    ("The Kospi index of Seoul-listed blue chips slid 1.7% on Tuesday.", "2024-05-21",
     ["KOSPI session_change down 1.7 percent 2024-05-21"]),
    ("Gold brushed off the strong jobs data and rose 0.6% on Friday.", "2024-05-24",
     ["GOLD session_change up 0.6 percent 2024-05-24"]),
    ("Demand for gold rose 5% in the quarter.", "2024-05-24", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SUBJECT_GAPS))
def test_subject_before_a_gap(sentence: str, published: str, expected: list[str]) -> None:
    """ "The Kospi index of Seoul-listed blue chips slid": words between leave the subject."""
    assert extract(sentence, published) == expected


GAPPED_COUNTERS: list[Row] = [
    ("The rouble was 0.2% weaker at 92.45 against the dollar and 0.3% lower at 99.60 against "
     "the euro.", "2024-05-21",
     ["USDRUB intraday_change down 0.2 percent 2024-05-21 inverse level=92.45",
      "EURRUB intraday_change down 0.3 percent 2024-05-21 inverse level=99.6"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GAPPED_COUNTERS))
def test_gapped_counter_with_way_and_level(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "and 0.3% lower at 90.60 against the euro": a gapped size with its own way and level."""
    assert extract(sentence, published) == expected


RESTATED: list[Row] = [
    ("The Nikkei fell 2.3%, shedding 905.3 points, to 38,102.4.", "2024-05-21",
     ["NIKKEI225 session_change down 2.3 percent 2024-05-21 level=38102.4"]),
    ("The Hang Seng rose 1.4%, to 19,120.6.", "2024-05-21",
     ["HSI session_change up 1.4 percent 2024-05-21 level=19120.6"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RESTATED))
def test_move_restated_in_points(sentence: str, published: str, expected: list[str]) -> None:
    """ "fell 2.3%, shedding 905.3 points, to 38,102.4": one move, its level after a comma."""
    assert extract(sentence, published) == expected


CROSSING: list[Row] = [
    ("The lira slid as much as 3% on Tuesday, breaching 33 per dollar for the first time.",
     "2024-05-21",
     ["USDTRY intraday_extreme down 3 percent as_much_as 2024-05-21 inverse level=33",
      "USDTRY record down 2024-05-21 inverse level=33"]),
    ("The yen weakened on Tuesday, crossing 156 per dollar.", "2024-05-21",
     ["USDJPY level down 2024-05-21 inverse level=156"]),
    ("Brent rose 1.1%, breaching its 200-day moving average.", "2024-05-21",
     ["BRENT session_change up 1.1 percent 2024-05-21"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CROSSING))
def test_participle_crossing_a_level(sentence: str, published: str, expected: list[str]) -> None:
    """ "..., breaching 33 per dollar": the level the move just named crossed."""
    assert extract(sentence, published) == expected


CAUSED_HEDGED_LEVEL: list[Row] = [
    ("The supply scare sent Brent to around $88 a barrel on Friday.", "2024-04-12",
     ["BRENT level none 2024-04-12 level=88"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CAUSED_HEDGED_LEVEL))
def test_caused_to_a_hedged_level(sentence: str, published: str, expected: list[str]) -> None:
    """ "sent Brent to around $88": a level the object reached, its hedge on the level only."""
    assert extract(sentence, published) == expected
