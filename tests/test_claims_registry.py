"""Registry and parser agree: every alias and default phrase in instruments.json is read as
its own instrument, and default phrases carry a note saying so."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.claims.parser import parse_claims
from dashboard.instruments import Registry, load_registry

REGISTRY = load_registry()
PHRASES = [
    (inst.id, phrase, phrase in inst.default_for)
    for inst in REGISTRY.instruments
    for phrase in (*inst.aliases, *inst.default_for)
]


@pytest.mark.parametrize(("instrument_id", "phrase", "is_default"), PHRASES)
def test_every_phrase_names_its_instrument(
    instrument_id: str, phrase: str, is_default: bool
) -> None:
    """ "<Phrase> rose 1.5% on Friday." gives one claim about the phrase's own instrument."""
    text = f"{phrase[0].upper()}{phrase[1:]} rose 1.5% on Friday."
    claims = parse_claims(text, date(2024, 3, 8), REGISTRY)
    assert [c.instrument for c in claims] == [instrument_id]
    assert bool(claims[0].default_note) == (is_default or phrase in ("dollar", "u.s. dollar"))


def test_quote_currency_aliases_are_inverse() -> None:
    """An alias naming a pair's quote currency ("yen", "ruble") makes the claim inverse."""
    for phrase, pair in (("The yen", "USDJPY"), ("The ruble", "USDRUB"), ("The rand", "USDZAR")):
        claims = parse_claims(f"{phrase} rose 1%.", date(2024, 3, 8), REGISTRY)
        assert [(c.instrument, c.inverse) for c in claims] == [(pair, True)]


def test_base_currency_aliases_are_not_inverse() -> None:
    """An alias naming a pair's base currency ("euro", "sterling") is the pair's own way."""
    for phrase, pair in (("The euro", "EURUSD"), ("Sterling", "GBPUSD"), ("The Aussie", "AUDUSD")):
        claims = parse_claims(f"{phrase} rose 1%.", date(2024, 3, 8), REGISTRY)
        assert [(c.instrument, c.inverse) for c in claims] == [(pair, False)]


def test_parser_follows_a_custom_registry() -> None:
    """Phrases come from the registry given: a two-instrument registry knows only those two."""
    small = Registry(tuple(i for i in REGISTRY.instruments if i.id in ("IMOEX", "BRENT")))
    text = "Russian stocks rose 5%, oil slipped 1% and the ruble gained 2%."
    claims = parse_claims(text, date(2022, 3, 1), small)
    assert [c.instrument for c in claims] == ["IMOEX", "BRENT"]
