"""The instrument registry: loaded once from ``instruments.json`` and validated.

Validation on load (``validate``) checks: unique ids; every alias and default phrase names one
instrument only (phrases are matched case-insensitively, so a repeat would be ambiguous);
known calendar codes; ISO-style currency codes; FX pairs carry both currencies (an FX index
such as the dollar index carries only its base); tickers name a known vendor.

Phrase priority in the claim parser (dashboard/claims/subjects.py): the longest phrase wins at
each place ("euro stoxx 50" over "euro"); a currency word ("dollar", "yen") is read with the
counter currency the claim names and only falls back to its default instrument (the dollar
index for a bare "dollar") when none is named.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

from dashboard.domain import Instrument, InstrumentKind, Source
from dashboard.errors import UnknownInstrument

# exchange_calendars codes in use, plus the project's own calendars:
# FX24 (24h FX, Sunday evening to Friday), IFEU (ICE Futures Europe), ALWAYS (crypto, 7 days).
KNOWN_CALENDARS = frozenset(
    {
        "XMOS", "XLON", "XFRA", "XETR", "XPAR", "XNYS", "XTKS", "XHKG", "XSHG", "XKRX", "XTAI",
        "XBOM", "XASX", "BVMF", "XMEX", "XTSE", "XMAD", "XMIL", "XSWX", "XAMS", "XBUE",
        "CMES", "IEPA", "IFEU", "FX24", "ALWAYS",
    }
)  # fmt: skip

_CURRENCY = re.compile(r"[A-Z]{3}")


class RegistryError(ValueError):
    """``instruments.json`` is inconsistent (a programming error in the bundled file)."""


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

    def fx_pair(self, base: str, quote: str) -> Instrument | None:
        """The FX instrument quoted as ``quote`` per ``base``, if the registry has it."""
        return self._pairs.get((base, quote))

    @cached_property
    def _pairs(self) -> dict[tuple[str, str], Instrument]:
        pairs: dict[tuple[str, str], Instrument] = {}
        for i in self.instruments:
            if i.kind is InstrumentKind.FX and i.base_currency and i.quote_currency:
                pairs.setdefault((i.base_currency, i.quote_currency), i)
        return pairs

    def phrases(self) -> dict[str, tuple[Instrument, bool]]:
        """Every lower-case alias and default phrase -> (instrument, is_default)."""
        table: dict[str, tuple[Instrument, bool]] = {}
        for instrument in self.instruments:
            for alias in instrument.aliases:
                table[alias] = (instrument, False)
            for phrase in instrument.default_for:
                table[phrase] = (instrument, True)
        return table


def _parse(entry: dict[str, object]) -> Instrument:
    tickers = entry.get("tickers") or {}
    if not isinstance(tickers, dict):
        raise RegistryError(f"{entry.get('id')}: tickers must be an object")
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


def validate(instruments: tuple[Instrument, ...]) -> list[str]:
    """Every problem found in a set of instruments (empty when it is consistent)."""
    problems: list[str] = []
    seen_ids: set[str] = set()
    owner: dict[str, str] = {}
    for inst in instruments:
        if inst.id in seen_ids:
            problems.append(f"id {inst.id} is repeated")
        seen_ids.add(inst.id)
        problems.extend(_check_one(inst))
        for phrase in (*inst.aliases, *inst.default_for):
            if phrase in owner and owner[phrase] != inst.id:
                problems.append(f"phrase {phrase!r} names both {owner[phrase]} and {inst.id}")
            elif phrase in owner:
                problems.append(f"phrase {phrase!r} is repeated in {inst.id}")
            owner[phrase] = inst.id
    return problems


def _check_one(inst: Instrument) -> list[str]:
    problems: list[str] = []
    if inst.calendar not in KNOWN_CALENDARS:
        problems.append(f"{inst.id}: unknown calendar {inst.calendar!r}")
    for currency in (inst.base_currency, inst.quote_currency):
        if currency is not None and not _CURRENCY.fullmatch(currency):
            problems.append(f"{inst.id}: bad currency code {currency!r}")
    if inst.kind is InstrumentKind.FX:
        is_index = inst.unit.endswith("points")
        if inst.base_currency is None or (inst.quote_currency is None and not is_index):
            problems.append(f"{inst.id}: an FX pair needs base and quote currencies")
        if not is_index and inst.unit != f"{inst.quote_currency} per {inst.base_currency}":
            problems.append(f"{inst.id}: FX unit must read 'QUOTE per BASE'")
    for phrase in (*inst.aliases, *inst.default_for):
        if not phrase.strip() or phrase != phrase.strip():
            problems.append(f"{inst.id}: blank or padded phrase {phrase!r}")
    if len({s for s, _ in inst.tickers}) != len(inst.tickers):
        problems.append(f"{inst.id}: two tickers at one vendor")
    return problems


def registry_from_json(text: str) -> Registry:
    """Parse and validate registry JSON; raises ``RegistryError`` listing every problem."""
    try:
        raw = json.loads(text)
        instruments = tuple(_parse(e) for e in raw["instruments"])
    except (KeyError, TypeError, ValueError) as error:
        raise RegistryError(f"instruments.json cannot be read: {error}") from error
    problems = validate(instruments)
    if problems:
        raise RegistryError("instruments.json: " + "; ".join(problems))
    return Registry(instruments)


@cache
def load_registry() -> Registry:
    """Read and validate the bundled registry (cached: it is read once per process)."""
    text = resources.files("dashboard").joinpath("instruments.json").read_text("utf-8")
    return registry_from_json(text)
