"""Claim parser rules from session 22 (hE): noun references to an earlier dated record that
dated_records.py missed (dated_record_nouns.py): a record after "a" with a past participle
("down from a record $10,747.50 hit on May 10"), dated with no verb after a word of distance
("down from a record close of 33,500.10 on Tuesday", "from a six-month high of 4.71% earlier in
the day"), a level before the
noun ("the 14,164.53 record close it posted on Oct. 9, 2007") and "decade high"; an earlier
day's record is a record claim alone, also a record close "it set on March 4" or one "notched on
Friday" (no level beside it). Our own wire-style sentences."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

DATED_RECORDS: list[Row] = [
    ('Copper settled at $9,650 a tonne on Tuesday, down from a record $10,747.50 hit on May 10.',
     "2021-06-15",
     ["COPPER level down 2021-06-15 level=9650",
      "COPPER record up 2021-05-10 level=10747.5"]),
    ('The Dow finished at 33,160.83 on Wednesday, down from a record close of 33,500.10 on Tuesday.',
     "2022-11-09",
     ["DJIA level down 2022-11-09 level=33160.8",
      "DJIA record up 2022-11-08 level=33500.1"]),
    ('The Dow rose 5.8% to 6,926.49 on Tuesday, still less than half the 14,164.53 record close it posted on Oct. 9, 2007.',
     "2009-03-10",
     ["DJIA session_change up 5.8 percent 2009-03-10 level=6926.49",
      "DJIA record up 2007-10-09 level=14164.5"]),
    ('Gold fell 2% to $1,272 an ounce on Monday, far off the decade high of $1,920 it notched on Sept. 6, 2011.',
     "2013-06-24",
     ["GOLD session_change down 2 percent 2013-06-24 level=1272",
      "GOLD record up 2011-09-06 level=1920 since=2001-09-06"]),
    ('The 30-year gilt yield slipped to 4.55% late on Friday, down from a six-month high of 4.71% earlier in the day.',
     "2024-03-15",
     ["UK30Y level down 2024-03-15 level=4.55",
      "UK30Y record up 2024-03-15 level=4.71 since=2023-09-15"]),
    ("The Nikkei eased 0.3% on Friday, a touch below the record close of 40,109.23 it set on March 4.",
     "2024-03-15",
     ["NIKKEI225 session_change down 0.3 percent 2024-03-15",
      "NIKKEI225 record up 2024-03-04 level=40109.2"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DATED_RECORDS))
def test_dated_record_nouns(sentence: str, published: str, expected: list[str]) -> None:
    """An earlier record named by a noun and dated by a day, a participle or "earlier in the
    day": a record claim on that day with its level."""
    assert extract(sentence, published) == expected
