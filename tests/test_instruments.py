"""The instrument registry: the bundled file loads, validates, and keeps the original ids."""

from __future__ import annotations

import json

import pytest

from dashboard.domain import InstrumentKind, Source
from dashboard.instruments import RegistryError, load_registry, registry_from_json, validate

ORIGINAL_IDS = (
    "IMOEX", "RTSI", "USDRUB", "EURRUB", "EURUSD", "STOXX600", "SX5E", "DAX", "FTSE100",
    "CAC40", "DJIA", "SPX", "NASDAQ", "ES", "NQ", "VIX", "US10Y", "BRENT", "WTI", "GOLD",
    "NATGAS_US", "WHEAT", "BTC",
)  # fmt: skip

REQUIRED_NEW = (
    "NIKKEI225", "TOPIX", "HSI", "SHCOMP", "CSI300", "KOSPI", "SENSEX", "NIFTY50", "ASX200",
    "BOVESPA", "IPC", "TSX", "RUT", "IBEX35", "FTSEMIB", "SMI", "AEX", "DXY", "USDJPY",
    "GBPUSD", "USDCHF", "USDCNY", "USDINR", "USDTRY", "USDBRL", "AUDUSD", "USDCAD", "SILVER",
    "COPPER", "PLATINUM", "TTF", "CORN", "SOYBEANS", "DE10Y", "UK10Y", "US2Y", "JP10Y", "ETH",
)  # fmt: skip


def test_original_ids_come_first_and_unchanged() -> None:
    """The 23 seed instruments keep their ids and order (the price snapshot is built on them)."""
    assert load_registry().ids()[:23] == ORIGINAL_IDS


def test_original_tickers_unchanged() -> None:
    """The seed instruments keep their tickers and calendars."""
    reg = load_registry()
    assert reg.get("IMOEX").ticker(Source.MOEX) == "IMOEX"
    assert reg.get("USDRUB").ticker(Source.CBR) == "R01235"
    assert reg.get("BRENT").ticker(Source.YAHOO) == "BZ=F"
    assert reg.get("STOXX600").calendar == "XFRA"


def test_registry_is_large_enough_and_has_required() -> None:
    """At least 55 instruments, including every one issue #3 asks for."""
    reg = load_registry()
    assert len(reg.instruments) >= 55
    assert set(REQUIRED_NEW) <= set(reg.ids())


def test_bundled_registry_validates_clean() -> None:
    """The bundled file has no problem the validator knows about."""
    assert validate(load_registry().instruments) == []


@pytest.mark.parametrize(
    ("instrument_id", "base", "quote"),
    [
        ("USDJPY", "USD", "JPY"),
        ("GBPUSD", "GBP", "USD"),
        ("EURUSD", "EUR", "USD"),
        ("USDRUB", "USD", "RUB"),
        ("AUDUSD", "AUD", "USD"),
    ],
)
def test_fx_quote_conventions(instrument_id: str, base: str, quote: str) -> None:
    """FX pairs are quoted as QUOTE per BASE and can be found by their currencies."""
    reg = load_registry()
    inst = reg.get(instrument_id)
    assert (inst.base_currency, inst.quote_currency) == (base, quote)
    assert inst.unit == f"{quote} per {base}"
    assert reg.fx_pair(base, quote) is inst


@pytest.mark.parametrize(
    ("instrument_id", "ticker"),
    [("NIKKEI225", "^N225"), ("HSI", "^HSI"), ("SHCOMP", "000001.SS"), ("DXY", "DX-Y.NYB"),
     ("USDJPY", "JPY=X"), ("SILVER", "SI=F"), ("TTF", "TTF=F"), ("US5Y", "^FVX")],
)  # fmt: skip
def test_new_yahoo_tickers(instrument_id: str, ticker: str) -> None:
    """New instruments carry their Yahoo ticker."""
    assert load_registry().get(instrument_id).ticker(Source.YAHOO) == ticker


def test_phrases_map_defaults() -> None:
    """Generic phrases map to their default instrument and are marked as defaults."""
    phrases = load_registry().phrases()
    assert phrases["oil"][0].id == "BRENT" and phrases["oil"][1]
    assert phrases["stocks in europe"][0].id == "STOXX600"
    assert phrases["yen"] == (load_registry().get("USDJPY"), False)


def _entry(**overrides: object) -> dict[str, object]:
    entry: dict[str, object] = {
        "id": "X1", "name": "X", "kind": "equity_index", "unit": "points",
        "calendar": "XNYS", "quote_currency": "USD", "aliases": ["x one"], "tickers": {},
    }  # fmt: skip
    entry.update(overrides)
    return entry


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([_entry(), _entry()], "repeated"),
        ([_entry(), _entry(id="X2")], "names both"),
        ([_entry(calendar="XXXX")], "unknown calendar"),
        ([_entry(quote_currency="usd")], "bad currency"),
        (
            [_entry(kind="fx", unit="USD per EUR", base_currency="EUR", quote_currency=None)],
            "FX pair",
        ),
        ([_entry(kind="fx", unit="points per EUR", base_currency="EUR")], "QUOTE per BASE"),
        ([_entry(kind="nonsense")], "cannot be read"),
    ],
)
def test_validation_rejects(entries: list[dict[str, object]], message: str) -> None:
    """Each kind of inconsistency is refused with a message naming it."""
    with pytest.raises(RegistryError, match=message):
        registry_from_json(json.dumps({"instruments": entries}))


def test_kinds_cover_new_markets() -> None:
    """Yields are bond_yield in percent; ether is crypto on the always-open calendar."""
    reg = load_registry()
    assert reg.get("DE10Y").kind is InstrumentKind.BOND_YIELD and reg.get("DE10Y").unit == "percent"
    assert reg.get("ETH").calendar == "ALWAYS"
