"""Claim parser rules from session 26 (helper iF): which equity index a sentence names.

- names wire copy gives the mainland indexes: "the Shanghai benchmark" is the Shanghai
  Composite, "Chinese blue chips" the CSI 300, and "the CSI300 index of the largest listed
  companies in Shanghai and Shenzhen" is still the CSI 300 subject of the verb after it;
- "the blue-chip index" / "the blue-chip average" after the Nasdaq: the blue-chip Dow, the
  index with that epithet on the same exchange, not the Nasdaq named before it;
- country names for benchmarks: "German blue chips" (DAX), "French blue chips" (CAC 40) and
  "Mexico's main index" (IPC);
- bare states after a comma that closes a ranked day ("recorded their biggest daily drops since
  2022 on Wednesday, down 2.3% and 3.6% respectively"): that day's session changes.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

MAINLAND_NAMES: list[Row] = [
    ('The Shanghai benchmark plunged 8.5% on Monday, its steepest one-day fall since 2007, wiping out all its gains for the year.',
     '2015-08-24',
     ['SHCOMP session_change down 8.5 percent 2015-08-24',
      'SHCOMP biggest_move down 2015-08-24 since=2007-01-01']),
    ('Chinese blue chips tumbled 5.8% on Monday after Washington threatened to raise tariffs, while the Shanghai Composite lost 5.6%.',
     '2019-05-06',
     ['CSI300 session_change down 5.8 percent 2019-05-06',
      'SHCOMP session_change down 5.6 percent 2019-05-06']),
]  # fmt: skip

BLUE_CHIP_ANAPHORS: list[Row] = [
    ('The CSI300 index of the largest listed companies in Shanghai and Shenzhen fell 1.9% on Monday, and the offshore yuan weakened past 7 per dollar.',
     '2019-08-05',
     ['CSI300 session_change down 1.9 percent 2019-08-05',
      'USDCNH level down 2019-08-05 inverse level=7']),
    ('The tech-laden Nasdaq fell 2.1% on Tuesday while the blue-chip index lost 1.2%.',
     '2024-03-12',
     ['NASDAQ session_change down 2.1 percent 2024-03-12',
      'DJIA session_change down 1.2 percent 2024-03-12']),
]  # fmt: skip

COUNTRY_NAMES: list[Row] = [
    ('The Nasdaq Composite slid 1.8% on Friday and the blue-chip average shed 0.9%.',
     '2024-03-08',
     ['NASDAQ session_change down 1.8 percent 2024-03-08',
      'DJIA session_change down 0.9 percent 2024-03-08']),
    ('German blue chips fell 1.9% on Monday, and French blue chips lost 1.3%.',
     '2022-03-07',
     ['DAX session_change down 1.9 percent 2022-03-07',
      'CAC40 session_change down 1.3 percent 2022-03-07']),
    ("The Bovespa fell 1.2%, the Merval lost 3.5% and Mexico's main index slipped 0.4% on Monday.",
     '2022-05-09',
     ['BOVESPA session_change down 1.2 percent 2022-05-09',
      'MERVAL session_change down 3.5 percent 2022-05-09',
      'IPC session_change down 0.4 percent 2022-05-09']),
]  # fmt: skip

RANKED_DAY_STATES: list[Row] = [
    ('The S&P 500 and the Nasdaq Composite recorded their biggest daily drops since 2022 on Wednesday, down 2.3% and 3.6% respectively.',
     '2024-07-24',
     ['SPX biggest_move down 2024-07-24 since=2022-01-01',
      'NASDAQ biggest_move down 2024-07-24 since=2022-01-01',
      'SPX session_change down 2.3 percent 2024-07-24',
      'NASDAQ session_change down 3.6 percent 2024-07-24']),
    ('The Nikkei and the Topix suffered their steepest daily falls since 2016 on Friday, down 5.8% and 6.1% respectively.',
     '2024-08-02',
     ['NIKKEI225 biggest_move down 2024-08-02 since=2016-01-01',
      'TOPIX biggest_move down 2024-08-02 since=2016-01-01',
      'NIKKEI225 session_change down 5.8 percent 2024-08-02',
      'TOPIX session_change down 6.1 percent 2024-08-02']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MAINLAND_NAMES))
def test_mainland_index_names(sentence: str, published: str, expected: list[str]) -> None:
    """ "the Shanghai benchmark", "Chinese blue chips", "the CSI300 index of ... in Shanghai and
    Shenzhen": the mainland index each names."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BLUE_CHIP_ANAPHORS))
def test_blue_chip_anaphor_beside_the_nasdaq(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "the blue-chip index" after the Nasdaq: the Dow, not the Nasdaq."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COUNTRY_NAMES))
def test_country_names_for_benchmarks(sentence: str, published: str, expected: list[str]) -> None:
    """ "German blue chips", "French blue chips", "Mexico's main index"."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(RANKED_DAY_STATES))
def test_states_after_a_ranked_day(sentence: str, published: str, expected: list[str]) -> None:
    """ "their steepest daily falls since 2016 on Friday, down 5.8% and 6.1%": closes."""
    assert extract(sentence, published) == expected
