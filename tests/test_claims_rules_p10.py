"""Claim parser rules from the blind dev batches r11_1 and r11_2, spec by example in the format
of tests/test_claims_examples.py (our own wire-style sentences, not corpus rows)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

AGAINST_IN_RECORD: list[Row] = [
    ("The yen slid to 151.90 per dollar on Tuesday, its weakest against the dollar in 32 years.",
     "2022-10-18",
     ["USDJPY level down 2022-10-18 inverse level=151.9",
      "USDJPY record down 2022-10-18 inverse level=151.9 since=1990-10-18"]),
    ("The pound touched $1.0350 on Monday, its lowest versus the greenback since 1985.",
     "2022-09-26",
     ["GBPUSD intraday_extreme down 2022-09-26 level=1.035",
      "GBPUSD record down 2022-09-26 level=1.035 since=1985-01-01"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(AGAINST_IN_RECORD))
def test_counter_inside_record(sentence: str, published: str, expected: list[str]) -> None:
    """ "its weakest against the dollar since 2002": the counter named inside is still a record."""
    assert extract(sentence, published) == expected


THEIR_RECORD: list[Row] = [
    ("The Nikkei lost 1,200 points, or 3.4%, and the Topix shed 85 points, or 3.1%, their worst"
     " day in three years.", "2024-08-05",
     ["NIKKEI225 session_change down 3.4 percent 2024-08-05",
      "TOPIX session_change down 3.1 percent 2024-08-05",
      "NIKKEI225 biggest_move down 2024-08-05 since=2021-08-05",
      "TOPIX biggest_move down 2024-08-05 since=2021-08-05"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(THEIR_RECORD))
def test_their_record_takes_every_subject(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "A lost 4.6%, and B shed 5.1%, their worst day": the record is each named subject's."""
    assert extract(sentence, published) == expected


ALL_THREE: list[Row] = [
    ("The FTSE 100, the DAX and the CAC 40 rose 0.4%, 0.8% and 0.6%, respectively, with all"
     " three finishing at record closing highs.", "2024-05-15",
     ["FTSE100 session_change up 0.4 percent 2024-05-15",
      "DAX session_change up 0.8 percent 2024-05-15",
      "CAC40 session_change up 0.6 percent 2024-05-15",
      "FTSE100 record up 2024-05-15", "DAX record up 2024-05-15", "CAC40 record up 2024-05-15"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(ALL_THREE))
def test_all_three_share_the_record(sentence: str, published: str, expected: list[str]) -> None:
    """ "with all three ending at record highs": "both"/"all three" alone names every subject."""
    assert extract(sentence, published) == expected
