"""Claim parser rules from session 25 (helper pF): probe phrasings in the Asia/Latam,
commodities and movement-verb groups that the parser missed.

- an exchange named after the price ("on the LME", "on ICE Futures Europe", "on the exchange",
  "on the Shanghai Futures Exchange") is read past like "on the Comex", so a record set off
  after it ("on Monday, a record") still ties to the level;
- "recovered from early losses to trade 0.3% higher", "bounced back from an early dip to
  stand ...": the move noun taken back with "from" leaves the infinitive's state as the one
  claim, as it does without "from";
- a delivery told as "for next-month delivery" / "for front-month delivery" is read past like
  "for March delivery";
- "reversing a drop to 149.70 earlier in the day", "recovering from a dip to $2,290", "erasing
  an early drop to $8,290": the undone move's level is the day's extreme on the noun's side;
- an unsized move with its level set off by a comma ("slipped further on Friday, to 43.60
  euros per megawatt hour"): the level claim, as without the comma.

Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

VENUES: list[Row] = [
    ('Copper prices touched $11,104.50 a metric ton on the LME on Monday, a record, as traders bet on Chinese demand.',
     '2024-05-20',
     ['COPPER intraday_extreme up 2024-05-20 level=11104.5',
      'COPPER record up 2024-05-20 level=11104.5']),
    ('Copper rose 2% to $11,104.50 a tonne on the LME on Monday, a record.',
     '2024-05-20',
     ['COPPER session_change up 2 percent 2024-05-20 level=11104.5',
      'COPPER record up 2024-05-20 level=11104.5']),
    ('Copper climbed 1.5% to $9,400 a tonne on the exchange on Tuesday, its highest in a year.',
     '2024-03-19',
     ['COPPER session_change up 1.5 percent 2024-03-19 level=9400',
      'COPPER record up 2024-03-19 level=9400 since=2023-03-19']),
    ('Brent futures touched $75.50 a barrel on ICE Futures Europe on Tuesday, the highest in three weeks.',
     '2024-09-24',
     ['BRENT intraday_extreme up 2024-09-24 level=75.5',
      'BRENT record up 2024-09-24 level=75.5 since=2024-09-03']),
    ('Nickel fell 3% to $17,200 a tonne on the Shanghai Futures Exchange on Tuesday, its lowest since 2021.',
     '2024-03-19',
     ['NICKEL session_change down 3 percent 2024-03-19 level=17200',
      'NICKEL record down 2024-03-19 level=17200 since=2021-01-01']),
]  # fmt: skip

TAKEN_BACK: list[Row] = [
    ('The euro recovered from early losses to trade 0.3% higher at $1.0848 on Tuesday.',
     '2024-03-26',
     ['EURUSD intraday_change up 0.3 percent 2024-03-26 level=1.0848']),
    ('The pound bounced back from an early dip to stand 0.5% higher at $1.2710.',
     '2024-03-26',
     ['GBPUSD intraday_change up 0.5 percent 2024-03-26 level=1.271']),
    ('Oil rebounded from early losses to settle up 1% at $80.10 a barrel on Tuesday.',
     '2024-03-26',
     ['BRENT session_change up 1 percent 2024-03-26 level=80.1']),
    ('Copper bounced back from an early drop to trade 1.1% higher at $9,050 a tonne.',
     '2024-03-26',
     ['COPPER intraday_change up 1.1 percent 2024-03-26 level=9050']),
]  # fmt: skip


DELIVERY: list[Row] = [
    ('Dutch wholesale gas for next-month delivery settled at 48.95 euros per megawatt hour, up 6.5% on the day.',
     '2025-02-10',
     ['TTF session_change up 6.5 percent 2025-02-10 level=48.95']),
    ('Brent for front-month delivery rose 1.2% to $75.90 a barrel on Monday.',
     '2025-02-10',
     ['BRENT session_change up 1.2 percent 2025-02-10 level=75.9']),
]  # fmt: skip

REVERSED_TO: list[Row] = [
    ('The yen firmed 0.7% to 148.10 per dollar, reversing a drop to 149.70 earlier in the day.',
     '2024-02-14',
     ['USDJPY session_change up 0.7 percent 2024-02-14 inverse level=148.1',
      'USDJPY intraday_extreme down 2024-02-14 inverse level=149.7']),
    ('Gold rose 1.2% to $2,350 an ounce, recovering from a dip to $2,290 earlier in the session.',
     '2024-02-14',
     ['GOLD session_change up 1.2 percent 2024-02-14 level=2350',
      'GOLD intraday_extreme down 2024-02-14 level=2290']),
    ('Copper climbed 0.9% to $8,420 a tonne, erasing an early drop to $8,290.',
     '2024-02-14',
     ['COPPER session_change up 0.9 percent 2024-02-14 level=8420',
      'COPPER intraday_extreme down 2024-02-14 level=8290']),
    ('The yen weakened 0.5% to 150.10 per dollar, reversing an early rise to 149.20.',
     '2024-02-14',
     ['USDJPY session_change down 0.5 percent 2024-02-14 inverse level=150.1',
      'USDJPY intraday_extreme up 2024-02-14 inverse level=149.2']),
]  # fmt: skip


COMMA_TO: list[Row] = [
    ('Benchmark European gas prices slipped further on Friday, to 43.60 euros per megawatt hour.',
     '2024-12-13',
     ['TTF level down 2024-12-13 level=43.6']),
    ('The yen weakened on Friday, to 151.2 per dollar.',
     '2024-12-13',
     ['USDJPY level down 2024-12-13 inverse level=151.2']),
    ('Gold slipped further, to $2,310 an ounce.',
     '2024-12-13',
     ['GOLD level down 2024-12-13 level=2310']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(VENUES))
def test_exchange_named_after_the_price(sentence: str, published: str, expected: list[str]) -> None:
    """ "touched $11,104.50 a metric ton on the LME on Monday, a record": the record stays."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(TAKEN_BACK))
def test_losses_taken_back_with_from(sentence: str, published: str, expected: list[str]) -> None:
    """ "recovered from early losses to trade 0.3% higher at $1.0848": one state claim."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(DELIVERY))
def test_next_month_delivery(sentence: str, published: str, expected: list[str]) -> None:
    """ "Dutch wholesale gas for next-month delivery settled at 48.95 euros": the claim stays."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(REVERSED_TO))
def test_reversed_move_to_a_level(sentence: str, published: str, expected: list[str]) -> None:
    """ "reversing a drop to 149.70 earlier in the day": the drop's level, the day's extreme."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COMMA_TO))
def test_unsized_move_comma_to_level(sentence: str, published: str, expected: list[str]) -> None:
    """ "The yen weakened on Friday, to 151.2 per dollar": the level the move reached."""
    assert extract(sentence, published) == expected
