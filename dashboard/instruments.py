"""The instrument registry: loaded once from ``instruments.json`` and validated."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from dashboard.domain import Instrument, InstrumentKind, Source
from dashboard.errors import UnknownInstrument


@dataclass(frozen=True)
class Registry:
    """Every known instrument, by id."""

    instruments: tuple[Instrument, ...]

    def get(self, instrument_id: str) -> Instrument:
        """The instrument with this id; raises ``UnknownInstrument``."""
        for instrument in self.instruments:
            if instrument.id == instrument_id:
                return instrument
        raise UnknownInstrument(instrument_id)

    def ids(self) -> tuple[str, ...]:
        """All instrument ids, in file order."""
        return tuple(i.id for i in self.instruments)


def _parse(entry: dict[str, object]) -> Instrument:
    tickers = entry.get("tickers") or {}
    assert isinstance(tickers, dict)
    return Instrument(
        id=str(entry["id"]),
        name=str(entry["name"]),
        kind=InstrumentKind(str(entry["kind"])),
        unit=str(entry["unit"]),
        calendar=str(entry["calendar"]),
        base_currency=_opt_str(entry.get("base_currency")),
        quote_currency=_opt_str(entry.get("quote_currency")),
        aliases=tuple(str(a).lower() for a in _as_list(entry.get("aliases"))),
        tickers=tuple((Source(k), str(v)) for k, v in tickers.items()),
        default_for=tuple(str(a).lower() for a in _as_list(entry.get("default_for"))),
    )


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def _as_list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


@cache
def load_registry() -> Registry:
    """Read and validate the bundled registry (cached: it is read once per process)."""
    raw = json.loads(resources.files("dashboard").joinpath("instruments.json").read_text("utf-8"))
    instruments = tuple(_parse(e) for e in raw["instruments"])
    ids = [i.id for i in instruments]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ValueError(f"instruments.json repeats ids: {sorted(duplicates)}")
    return Registry(instruments)
