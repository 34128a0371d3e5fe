"""Claim parser rules from session 26 (helper iE): which commodity a trade epithet names.

- "the global benchmark" / "the international benchmark" are Brent and "the U.S. benchmark"
  is WTI in an oil sentence (crude, a barrel, Brent or WTI named or in view), whatever was
  named last ("WTI rose 1%, and the global benchmark gained 1.2%"); the Brent epithets also
  alone with no other commodity in view; "the U.S. benchmark" among stock indices stays the
  index before it;
- "the precious metal" with no metal named before it is gold;
- "European prices" / "U.S. prices" after the other region's gas market: that region's gas
  (TTF, Henry Hub); "its U.S. counterpart" after Brent: WTI (after a tenor yield it stays the
  U.S. yield of that tenor);
- "<grade>'s discount to WTI": a spread, not a claim on the benchmark it is quoted against.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

OIL_EPITHETS: list[Row] = [
    ('The U.S. benchmark was up 2.1% at $73.54 by 1045 GMT, and the global benchmark was up 1.9% at $79.11.',
     '2024-01-12',
     ['WTI intraday_change up 2.1 percent 2024-01-12 level=73.54',
      'BRENT intraday_change up 1.9 percent 2024-01-12 level=79.11']),
    ("Brent crude fell 24% to $19.33 a barrel on Tuesday, its lowest since 2002, while the U.S. benchmark's June contract sank 43% to $11.57.",
     '2020-04-21',
     ['BRENT session_change down 24 percent 2020-04-21 level=19.33',
      'BRENT record down 2020-04-21 level=19.33 since=2002-01-01',
      'WTI session_change down 43 percent 2020-04-21 level=11.57']),
    ('Crude held near a three-month high on Monday, with Brent up 0.3% at $120.09 and the U.S. benchmark 0.4% higher at $119.35.',
     '2022-06-06',
     ['BRENT intraday_change up 0.3 percent 2022-06-06 level=120.09',
      'WTI intraday_change up 0.4 percent 2022-06-06 level=119.35']),
    ('WTI rose 1% to $76.10, and the global benchmark gained 1.2% to $80.40.',
     '2025-04-22',
     ['WTI session_change up 1 percent 2025-04-22 level=76.1',
      'BRENT session_change up 1.2 percent 2025-04-22 level=80.4']),
    ('The international benchmark fell 2% to $70.12 a barrel.',
     '2025-04-22',
     ['BRENT session_change down 2 percent 2025-04-22 level=70.12']),
    ('Oil prices fell on Monday, with the global benchmark down 2% at $70.12 and the U.S. benchmark down 2.3% at $66.50.',
     '2025-04-22',
     ['BRENT intraday_change down 2 percent 2025-04-21 level=70.12',
      'WTI intraday_change down 2.3 percent 2025-04-21 level=66.5']),
    ('The S&P 500 fell 1.2%, and the U.S. benchmark has lost 5% this month.',
     '2025-04-22',
     ['SPX session_change down 1.2 percent 2025-04-22',
      'SPX period_change down 5 percent 2025-04-22 since=2025-04-01']),
]  # fmt: skip


UNNAMED_AND_SPREADS: list[Row] = [
    ('The precious metal rose as much as 2.1% to $1,555.26, its highest since April 2013, as the trade war between Washington and Beijing escalated.',
     '2019-08-26',
     ['GOLD intraday_extreme up 2.1 percent as_much_as 2019-08-26 level=1555.26',
      'GOLD record up 2019-08-26 level=1555.26 since=2013-04-01']),
    ('The precious metal was up 1.2% at $1,692.40 an ounce by 0900 GMT as investors sought safety.',
     '2020-03-09',
     ['GOLD intraday_change up 1.2 percent 2020-03-09 level=1692.4']),
    ("Western Canadian Select's discount to WTI hovered near a record $45 a barrel.",
     '2018-11-16',
     []),
]  # fmt: skip

GAS_REGIONS_AND_COUNTERPARTS: list[Row] = [
    ('Henry Hub gas futures fell 3% as European prices rose 4%.',
     '2023-03-20',
     ['NATGAS_US session_change down 3 percent 2023-03-20',
      'TTF session_change up 4 percent 2023-03-20']),
    ('Dutch TTF fell 5% to 240 euros, while U.S. prices rose 2%.',
     '2022-08-26',
     ['TTF session_change down 5 percent 2022-08-26 level=240',
      'NATGAS_US session_change up 2 percent 2022-08-26']),
    ("Brent crude's front-month contract rose 2% to $90.10, while its U.S. counterpart added 2.2%.",
     '2024-02-14',
     ['BRENT session_change up 2 percent 2024-02-14 level=90.1',
      'WTI session_change up 2.2 percent 2024-02-14']),
    ('Brent rose 1% to $80.10, and the U.S. counterpart gained 1.2% to $76.40.',
     '2024-02-14',
     ['BRENT session_change up 1 percent 2024-02-14 level=80.1',
      'WTI session_change up 1.2 percent 2024-02-14 level=76.4']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(OIL_EPITHETS))
def test_oil_benchmark_epithets(sentence: str, published: str, expected: list[str]) -> None:
    """ "the U.S. benchmark" (WTI) and "the global/international benchmark" (Brent)."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNNAMED_AND_SPREADS))
def test_unanchored_metal_and_spreads(sentence: str, published: str, expected: list[str]) -> None:
    """ "The precious metal" alone is gold; "WCS's discount to WTI" is no WTI claim."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"), _cases(GAS_REGIONS_AND_COUNTERPARTS)
)
def test_gas_regions_and_oil_counterparts(
    sentence: str, published: str, expected: list[str]
) -> None:
    """ "as European prices rose 4%" after Henry Hub is TTF; "its U.S. counterpart" is WTI."""
    assert extract(sentence, published) == expected
