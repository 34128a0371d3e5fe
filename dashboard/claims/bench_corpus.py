"""The benchmark corpus: gold labels and rows, read from its JSONL files."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dashboard.domain import Claim, Direction, Hedge, Measure, Unit
from dashboard.errors import InputError

SPLITS = ("tuned", "heldout")


@dataclass(frozen=True)
class Label:
    """One claim as labelled in the corpus or as predicted, without its span."""

    instrument: str
    measure: Measure
    direction: Direction
    size: float | None = None
    unit: Unit | None = None
    hedge: Hedge = Hedge.EXACT
    session: date | None = None
    inverse: bool = False
    level: float | None = None
    since: date | None = None

    @classmethod
    def from_claim(cls, claim: Claim) -> Label:
        """The scored fields of an extracted claim."""
        return cls(
            claim.instrument,
            claim.measure,
            claim.direction,
            claim.size,
            claim.unit,
            claim.hedge,
            claim.session,
            claim.inverse,
            claim.level,
            claim.since,
        )


@dataclass(frozen=True)
class Row:
    """One corpus sentence with its gold claims."""

    id: str
    group: str  # the file's stem, e.g. "movement_verbs"
    split: str  # "tuned" or "heldout"
    text: str
    published: date
    claims: tuple[Label, ...]
    note: str = ""


def _date(value: object, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"{where}: {value!r} is not a YYYY-MM-DD date") from None


def _number(value: object, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(f"{where}: {value!r} is not a number")
    return float(value)


def parse_label(raw: dict[str, object], where: str) -> Label:
    """A gold claim from its JSON object; raises ``InputError`` naming the bad field."""
    try:
        unit = raw.get("unit")
        return Label(
            instrument=str(raw["instrument"]),
            measure=Measure(str(raw["measure"])),
            direction=Direction(str(raw["direction"])),
            size=_number(raw.get("size"), where),
            unit=None if unit is None else Unit(str(unit)),
            hedge=Hedge(str(raw.get("hedge", "exact"))),
            session=_date(raw.get("session"), where),
            inverse=bool(raw.get("inverse", False)),
            level=_number(raw.get("level"), where),
            since=_date(raw.get("since"), where),
        )
    except KeyError as missing:
        raise InputError(f"{where}: claim lacks {missing}") from None
    except ValueError as bad:
        raise InputError(f"{where}: {bad}") from None


def parse_row(raw: object, group: str, split: str, where: str) -> Row:
    """A corpus row from one JSONL object; raises ``InputError`` naming the bad field."""
    if not isinstance(raw, dict):
        raise InputError(f"{where}: a row must be a JSON object")
    try:
        claims = raw["claims"]
        published = _date(raw["published"], where)
        row_id, text = str(raw["id"]), str(raw["text"])
    except KeyError as missing:
        raise InputError(f"{where}: row lacks {missing}") from None
    if not isinstance(claims, list) or published is None:
        raise InputError(f"{where}: claims must be a list and published a date")
    labels = tuple(parse_label(c, f"{where} claim {n}") for n, c in enumerate(claims, 1))
    return Row(row_id, group, split, text, published, labels, str(raw.get("note", "")))


def load_split(root: Path, split: str) -> tuple[Row, ...]:
    """Every row of one split (``root/split/*.jsonl``), files in name order."""
    if split not in SPLITS:
        raise InputError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    folder = root / split
    if not folder.is_dir():
        raise InputError(f"no corpus split at {folder}")
    rows: list[Row] = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as bad:
                raise InputError(f"{split}/{where}: not JSON ({bad.msg})") from None
            rows.append(parse_row(raw, path.stem, split, f"{split}/{where}"))
    return tuple(rows)


def load_corpus(root: Path, split: str = "both") -> tuple[Row, ...]:
    """The rows of ``split`` ("tuned", "heldout" or "both"), tuned first."""
    splits = SPLITS if split == "both" else (split,)
    return tuple(row for name in splits for row in load_split(root, name))
