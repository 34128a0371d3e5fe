"""Reconciled figures as records, CSV, JSON and a text table.

The record keys are a public contract (scripts read the CLI's JSON): extend, never rename.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING

from dashboard.domain import Reconciliation
from dashboard.errors import UnknownInstrument
from dashboard.instruments import load_registry

if TYPE_CHECKING:
    from dashboard.pipeline import ArticleCheck

Record = dict[str, object]

# The keys every record has, in CSV column order.
COLUMNS = (
    "text",
    "start",
    "end",
    "instrument",
    "instrument_name",
    "subject",
    "measure",
    "direction",
    "claimed",
    "unit",
    "hedge",
    "level",
    "session",
    "sessions",
    "observed",
    "difference",
    "verdict",
    "tolerance",
    "flags",
    "explanation",
    "source",
    "other_sources",
    "provider",
    "as_of",
    "default_note",
    "edited",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _name(instrument_id: str) -> str:
    try:
        return load_registry().get(instrument_id).name
    except UnknownInstrument:
        return ""


def _round(value: float | None, places: int = 4) -> float | None:
    return None if value is None else round(value, places)


def record(result: Reconciliation, check: ArticleCheck) -> Record:
    """One claim's reconciled figures as a flat dict with the public keys."""
    claim = result.claim
    primary = check.book.from_source(claim.instrument, result.source) if result.source else None
    others = [
        f"{f.source}: {f.observed:+.2f}" for f in result.evidence[1:] if f.observed is not None
    ]
    return {
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "instrument": claim.instrument,
        "instrument_name": _name(claim.instrument),
        "subject": claim.subject,
        "measure": str(claim.measure),
        "direction": str(claim.direction),
        "claimed": claim.claimed,
        "unit": str(claim.unit) if claim.unit else None,
        "hedge": str(claim.hedge),
        "level": claim.level,
        "session": claim.session.isoformat() if claim.session else None,
        "sessions": [d.isoformat() for d in result.sessions],
        "observed": _round(result.observed),
        "difference": _round(result.difference),
        "verdict": str(result.verdict),
        "tolerance": result.tolerance,
        "flags": [str(f.flag) for f in result.flags],
        "explanation": result.explanation,
        "source": str(result.source) if result.source else None,
        "other_sources": others,
        "provider": primary.provider if primary else None,
        "as_of": primary.last_session.isoformat() if primary and primary.last_session else None,
        "default_note": claim.default_note,
        "edited": claim.edited,
    }


def to_records(check: ArticleCheck) -> list[Record]:
    """One record per claim, in text order."""
    return [record(r, check) for r in check.results]


def to_json(check: ArticleCheck) -> str:
    """A JSON array, one object per claim."""
    return json.dumps(to_records(check), ensure_ascii=False, indent=2)


def _cell(value: object) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    text = str(value)
    if text.startswith(_FORMULA_START) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def to_csv(check: ArticleCheck) -> str:
    """The reconciled figures as CSV, one row per claim, safe to open in a spreadsheet."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in to_records(check):
        writer.writerow([_cell(row[c]) for c in COLUMNS])
    return buffer.getvalue()


def _short(row: Mapping[str, object]) -> list[str]:
    observed = row["observed"]
    claimed = row["claimed"]
    return [
        str(row["verdict"]),
        str(row["instrument"]),
        str(row["session"] or ""),
        str(row["measure"]),
        "" if claimed is None else f"{claimed:+g}",
        "" if observed is None else f"{observed:+.2f}",
        " ".join(str(row["text"]).split())[:60],  # a wrapped claim stays on its row
    ]


def to_table(check: ArticleCheck) -> str:
    """A fixed-width text table for a terminal, then one explanation line per claim."""
    header = ["verdict", "instrument", "session", "measure", "claimed", "observed", "claim"]
    rows = [header, *(_short(r) for r in to_records(check))]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)) for r in rows]
    lines.append("")
    lines.extend(f"{i}. {r.explanation}" for i, r in enumerate(check.results, 1))
    return "\n".join(line.rstrip() for line in lines) + "\n"


def sources_used(check: ArticleCheck) -> list[str]:
    """One line per price series the check used: vendor, provider and the data's as-of date."""
    lines = []
    for instrument_id, found in check.book.series.items():
        for series in found:
            last = series.last_session.isoformat() if series.last_session else "no rows"
            label = series.description or f"{series.source} {instrument_id}"
            lines.append(f"{instrument_id}: {label} ({series.provider}, data to {last})")
    return lines
