"""Claim parser rules from session 26 (helper iD): which government bond yield a phrase names.

- a flat word between a "with" clause's subject and its level ("with Bund yields steady at
  2.16%", "with the 10-year yield unchanged at 3.44%"): a flat state carrying the level;
- a government's tenor named with "yield", "bond yield" or "government bond yield", the tenor
  before or after the country ("Britain's 30-year yield", "Italy's 10-year government bond
  yield", "the 10-year German yield"), and a government's "benchmark (bond) yield": that
  government's yield for the tenor (the 10-year for the benchmark, also "the yield on Italy's
  benchmark bond");
- "Japanese government bond yields" with no tenor: the 10-year JGB yield (registry default);
- "since the euro's launch" / "since the single currency's launch": a look-back to 1999-01-01;
- a maturity word before a yield phrase with no tenor of its own ("super-long JGB yields",
  "long-dated gilt yields"): not the benchmark 10-year the phrase alone would name.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

WITH_STEADY: list[Row] = [
    ('European bond yields were mixed, with Bund yields steady at 2.16% and Italian yields up 3 bps at 3.50%.',
     '2024-09-18',
     ['DE10Y intraday_change flat 2024-09-18 level=2.16',
      'IT10Y intraday_change up 3 bp 2024-09-18 level=3.5']),
    ('Stocks were mixed, with the Bund yield steady at 2.16%.',
     '2024-09-18',
     ['DE10Y intraday_change flat 2024-09-18 level=2.16']),
    ('The Nasdaq rose 0.6% by midday, with the 10-year yield unchanged at 3.44%.',
     '2023-05-10',
     ['NASDAQ intraday_change up 0.6 percent 2023-05-10',
      'US10Y intraday_change flat 2023-05-10 level=3.44']),
]  # fmt: skip


GOVERNMENT_TENORS: list[Row] = [
    ("Britain's 30-year yield rose 10 basis points to 5.2% on Tuesday.",
     '2024-09-17',
     ['UK30Y session_change up 10 bp 2024-09-17 level=5.2']),
    ("Italy's 10-year government bond yield rose 12 basis points to 4.3%.",
     '2024-09-18',
     ['IT10Y session_change up 12 bp 2024-09-18 level=4.3']),
    ('The 10-year German yield fell 4 bps to 2.3%, while the 10-year Japanese yield rose 3 bps to 1.1%.',
     '2024-09-18',
     ['DE10Y session_change down 4 bp 2024-09-18 level=2.3',
      'JP10Y session_change up 3 bp 2024-09-18 level=1.1']),
    ("Japan's benchmark yield rose 3 bps to 1.1%.",
     '2024-09-18',
     ['JP10Y session_change up 3 bp 2024-09-18 level=1.1']),
    ("The yield on Japan's benchmark bond rose 2 basis points to 1.1%, and the yield on Italy's benchmark government bond fell 6 bps.",
     '2024-09-18',
     ['JP10Y session_change up 2 bp 2024-09-18 level=1.1',
      'IT10Y session_change down 6 bp 2024-09-18']),
    ("Italy's benchmark bond yield rose 12 basis points to 4.3%.",
     '2024-09-18',
     ['IT10Y session_change up 12 bp 2024-09-18 level=4.3']),
]  # fmt: skip


OTHER_MATURITIES: list[Row] = [
    ('The yen slid 0.8% to 151.2 per dollar, and super-long JGB yields climbed.',
     '2025-10-06',
     ['USDJPY session_change down 0.8 percent 2025-10-06 inverse level=151.2']),
    ('Long-dated gilt yields rose 20 basis points, while the 10-year gilt yield rose 5 bps.',
     '2024-09-18',
     ['UK10Y session_change up 5 bp 2024-09-18']),
]  # fmt: skip


JGB_YIELDS: list[Row] = [
    ('Japanese government bond yields spiked to 1% on Thursday, and the Nikkei plunged 7.3%, its biggest fall since 2011.',
     '2013-05-23',
     ['JP10Y level up 2013-05-23 level=1',
      'NIKKEI225 session_change down 7.3 percent 2013-05-23',
      'NIKKEI225 biggest_move down 2013-05-23 since=2011-01-01']),
    ("Japanese government bond yields edged up 2 basis points after the central bank's decision, while the yen weakened 1.1% to 150.6 per dollar.",
     '2024-03-19',
     ['JP10Y session_change up 2 bp 2024-03-19',
      'USDJPY session_change down 1.1 percent 2024-03-19 inverse level=150.6']),
]  # fmt: skip

EURO_LAUNCH: list[Row] = [
    ("Italy's 10-year bond yield surged above 7% on Wednesday, the highest since the euro's launch, and Milan's FTSE MIB sank 3.8%.",
     '2011-11-09',
     ['IT10Y level up 2011-11-09 level=7',
      'IT10Y record up 2011-11-09 level=7 since=1999-01-01',
      'FTSEMIB session_change down 3.8 percent 2011-11-09']),
    ("Italy's 10-year yield rose to 7.48%, the highest since the single currency's launch.",
     '2011-11-09',
     ['IT10Y level up 2011-11-09 level=7.48',
      'IT10Y record up 2011-11-09 level=7.48 since=1999-01-01']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(WITH_STEADY))
def test_with_clause_flat_state_at_a_level(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "with Bund yields steady at 2.16%": a flat state in a "with" clause, with its level."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(GOVERNMENT_TENORS))
def test_government_tenor_yields(sentence: str, published: str, expected: list[str]) -> None:
    """ "Britain's 30-year yield", "the 10-year German yield", "Japan's benchmark yield": that
    government's yield for the tenor named."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OTHER_MATURITIES))
def test_other_maturities_are_not_the_benchmark(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "super-long JGB yields", "long-dated gilt yields": not the 10-year yield."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(JGB_YIELDS))
def test_japanese_government_bond_yields(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "Japanese government bond yields" alone: the benchmark 10-year JGB yield."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(EURO_LAUNCH))
def test_since_the_euros_launch(sentence: str, published: str, expected: list[str]) -> None:
    """ "the highest since the euro's launch": a record looking back to 1 January 1999."""
    assert extract(sentence, published) == expected
