"""Pure helpers behind the dashboard: URL state, the editable claims table, table rows.

Nothing here imports Streamlit. The pages read widgets, call these, and render.
- URL query parameters <-> ``ViewState`` (which article, which vendor, which claim).
- Claims <-> rows of the "correct the parse" table, with validation; a changed or added row
  comes back as a claim with ``edited=True``.
- Publication date, time and time zone inputs <-> the ``published`` string the core reads.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pandas as pd

from dashboard.domain import (
    Article,
    Claim,
    Direction,
    Hedge,
    Measure,
    Reconciliation,
    Source,
    Unit,
    Verdict,
)
from dashboard.errors import InputError
from dashboard.instruments import Registry, load_registry

PASTED = "pasted"
UPLOADED = "upload"
_SEED_ID = re.compile(r"^[A-Za-z0-9_.-]{1,80}$")
_OFFSET = re.compile(r"^UTC([+-])(\d{2}):(\d{2})$")
TIME_ZONES = (
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Kyiv",
    "Europe/Moscow",
    "America/New_York",
    "America/Chicago",
    "Asia/Hong_Kong",
    "Asia/Tokyo",
    "Australia/Sydney",
)


# ---------------------------------------------------------------------------------------------
# URL query parameters <-> view state


@dataclass(frozen=True)
class ViewState:
    """What a link must carry to reopen a view: article, vendor choices, claim, date override."""

    article: str  # a seed's file stem, PASTED or UPLOADED
    prefer: tuple[tuple[str, Source], ...] = ()  # (instrument id, vendor) pairs
    claim: int | None = None  # 1-based claim number
    published: str | None = None  # overrides the seed's metadata date

    def prefer_map(self) -> dict[str, Source]:
        """The vendor choices as the mapping ``check_article`` takes."""
        return dict(self.prefer)


def _one(value: str | Sequence[str] | None) -> str | None:
    """The last value of a query parameter (a key may repeat in a URL)."""
    if value is None or isinstance(value, str):
        return value
    return value[-1] if value else None


def parse_prefer(text: str) -> tuple[tuple[str, Source], ...]:
    """``"USDRUB:cbr,IMOEX:moex"`` -> pairs; raises ``InputError`` naming the bad part."""
    pairs: list[tuple[str, Source]] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        instrument, _, vendor = part.partition(":")
        try:
            pairs.append((instrument.strip().upper(), Source(vendor.strip().lower())))
        except ValueError:
            vendors = ", ".join(s.value for s in Source)
            raise InputError(
                f"source {part!r}: give INSTRUMENT:vendor, vendor one of {vendors}"
            ) from None
    return tuple(dict(pairs).items())


def from_query(
    params: Mapping[str, str | Sequence[str]], seeds: Sequence[str], default: str
) -> tuple[ViewState, tuple[str, ...]]:
    """The view a URL asks for, and a warning for each part that could not be used."""
    warnings: list[str] = []
    article = _one(params.get("article")) or default
    if article not in (*seeds, PASTED, UPLOADED):
        shown = article if _SEED_ID.match(article) else "(unreadable)"
        warnings.append(f"The link names an article {shown!r} that is not here; showing the seed.")
        article = default
    prefer: tuple[tuple[str, Source], ...] = ()
    try:
        prefer = parse_prefer(_one(params.get("source")) or "")
    except InputError as error:
        warnings.append(f"The link's source was ignored: {error}.")
    claim = None
    raw_claim = _one(params.get("claim"))
    if raw_claim:
        if raw_claim.isdigit() and int(raw_claim) > 0:
            claim = int(raw_claim)
        else:
            warnings.append(f"The link's claim number {raw_claim[:10]!r} was ignored.")
    published = _one(params.get("published")) or None
    return ViewState(article, prefer, claim, published), tuple(warnings)


def to_query(state: ViewState) -> dict[str, str]:
    """The URL query parameters for a view (empty parts left out)."""
    query = {"article": state.article}
    if state.prefer:
        query["source"] = ",".join(f"{i}:{s.value}" for i, s in state.prefer)
    if state.claim is not None:
        query["claim"] = str(state.claim)
    if state.published:
        query["published"] = state.published
    return query


# ---------------------------------------------------------------------------------------------
# Publication date, time and time zone


def published_value(day: date, at: time | None, zone: str) -> str:
    """The ``published`` string for the core: a date, or an ISO datetime with its offset."""
    if at is None:
        return day.isoformat()
    stamp = datetime.combine(day, at.replace(second=0, microsecond=0), tzinfo=_zone(zone))
    return stamp.isoformat()


def _zone(name: str) -> timezone | ZoneInfo:
    match = _OFFSET.match(name)
    if match:
        sign = 1 if match.group(1) == "+" else -1
        minutes = int(match.group(2)) * 60 + int(match.group(3))
        return timezone(sign * timedelta(minutes=minutes))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(f"unknown time zone {name!r}") from None


def published_inputs(article: Article) -> tuple[date, time | None, str]:
    """The date, time (None when unknown) and zone name to pre-fill the inputs with."""
    stamp = article.published
    if not article.time_known or stamp.tzinfo is None:
        return stamp.date(), None, "UTC"
    key = getattr(stamp.tzinfo, "key", None)
    if isinstance(key, str):
        return stamp.date(), stamp.time(), key
    offset = stamp.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    zone = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return stamp.date(), stamp.time(), "UTC" if minutes == 0 else zone


# ---------------------------------------------------------------------------------------------
# The editable claims table


@dataclass(frozen=True)
class EditedClaim:
    """A claim in the analyst's table and the extracted claim it came from (None: added)."""

    origin: int | None  # index into the extracted claims
    claim: Claim


EDITOR_COLUMNS = (
    "claim",
    "text",
    "instrument",
    "session",
    "measure",
    "direction",
    "size",
    "unit",
    "level",
    "inverse",
    "edited",
)


def initial_edits(claims: Sequence[Claim]) -> tuple[EditedClaim, ...]:
    """The extracted claims as table entries, none edited."""
    return tuple(EditedClaim(i, c) for i, c in enumerate(claims))


def claims_to_rows(entries: Sequence[EditedClaim]) -> list[dict[str, object]]:
    """One editor row per claim (``claim`` is the extracted claim's 1-based number)."""
    return [
        {
            "claim": None if e.origin is None else e.origin + 1,
            "text": e.claim.text,
            "instrument": e.claim.instrument,
            "session": e.claim.session,
            "measure": e.claim.measure.value,
            "direction": e.claim.direction.value,
            "size": e.claim.size,
            "unit": e.claim.unit.value if e.claim.unit else None,
            "level": e.claim.level,
            "inverse": e.claim.inverse,
            "edited": e.claim.edited,
        }
        for e in entries
    ]


def _blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if value is pd.NaT:
        return True
    return isinstance(value, str) and not value.strip()


def _number(row: int, name: str, value: object) -> float | None:
    if _blank(value):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InputError(f"row {row}: {name} {value!r} is not a number") from None
    if math.isnan(number) or math.isinf(number):
        raise InputError(f"row {row}: {name} must be a finite number")
    return number


def _session(row: int, value: object) -> date | None:
    if _blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return pd.Timestamp(str(value)).date()
    except (ValueError, TypeError):
        raise InputError(f"row {row}: session {value!r} is not a date (YYYY-MM-DD)") from None


def _choice(row: int, name: str, value: object, enum: type[Measure] | type[Direction]) -> str:
    if _blank(value):
        raise InputError(f"row {row}: choose a {name}")
    text = str(value).strip().lower()
    allowed = [m.value for m in enum]
    if text not in allowed:
        raise InputError(f"row {row}: {name} {value!r} is not one of {', '.join(allowed)}")
    return text


def _unit(row: int, value: object, size: float | None) -> Unit | None:
    if _blank(value):
        if size is not None:
            raise InputError(f"row {row}: a claimed size needs a unit (percent, points or bp)")
        return None
    try:
        return Unit(str(value).strip().lower())
    except ValueError:
        allowed = ", ".join(u.value for u in Unit)
        raise InputError(f"row {row}: unit {value!r} is not one of {allowed}") from None


def _span(row: int, quote: str, text: str, near: int) -> tuple[int, int]:
    """Where the quoted words are in the article (the occurrence nearest ``near``)."""
    if not quote:
        return 0, 0
    starts = [m.start() for m in re.finditer(re.escape(quote), text)]
    if not starts:
        raise InputError(
            f"row {row}: the words {quote[:40]!r} are not in the article; "
            "copy them exactly, or leave the text empty"
        )
    start = min(starts, key=lambda s: abs(s - near))
    return start, start + len(quote)


def _is_empty_row(row: Mapping[str, object]) -> bool:
    return all(_blank(row.get(k)) for k in ("text", "instrument", "measure", "size", "level"))


def _origin(value: object, count: int) -> int | None:
    if _blank(value):
        return None
    try:
        number = int(float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number - 1 if 1 <= number <= count else None


def row_to_claim(
    number: int,
    row: Mapping[str, object],
    original: Claim | None,
    text: str,
    registry: Registry,
) -> Claim:
    """One table row as a claim; ``edited`` is True when it differs from ``original``."""
    instrument = str(row.get("instrument") or "").strip().upper()
    if instrument not in registry.ids():
        raise InputError(f"row {number}: choose an instrument from the list (got {instrument!r})")
    size = _number(number, "size", row.get("size"))
    if size is not None and size < 0:
        raise InputError(f"row {number}: size is a magnitude (≥ 0); set the direction for the sign")
    quote = "" if _blank(row.get("text")) else str(row.get("text"))
    base = original or Claim(
        text="",
        start=0,
        end=0,
        instrument=instrument,
        subject=registry.get(instrument).name,
        measure=Measure.LEVEL,
        direction=Direction.NONE,
        hedge=Hedge.EXACT,
    )
    if original is not None and quote == original.text:
        start, end = original.start, original.end
    else:
        start, end = _span(number, quote, text, base.start)
    claim = replace(
        base,
        text=quote,
        start=start,
        end=end,
        instrument=instrument,
        measure=Measure(_choice(number, "measure", row.get("measure"), Measure)),
        direction=Direction(_choice(number, "direction", row.get("direction"), Direction)),
        size=size,
        unit=_unit(number, row.get("unit"), size),
        level=_number(number, "level", row.get("level")),
        session=_session(number, row.get("session")),
        inverse=bool(row.get("inverse")) if not _blank(row.get("inverse")) else False,
        edited=False,
    )
    changed = original is None or claim != replace(original, edited=False)
    return replace(claim, edited=changed)


def rows_to_claims(
    rows: Iterable[Mapping[str, object]],
    extracted: Sequence[Claim],
    text: str,
    registry: Registry | None = None,
) -> tuple[EditedClaim, ...]:
    """The analyst's table back as claims, in text order; raises ``InputError`` on a bad row.

    Rows keep their link to the extracted claim through the ``claim`` column; rows without one
    were added. Entirely blank rows (a freshly added line) are skipped.
    """
    registry = registry or load_registry()
    entries = []
    for number, row in enumerate(rows, 1):
        if _is_empty_row(row):
            continue
        origin = _origin(row.get("claim"), len(extracted))
        original = None if origin is None else extracted[origin]
        claim = row_to_claim(number, row, original, text, registry)
        entries.append(EditedClaim(origin, claim))
    return tuple(sorted(entries, key=lambda e: (e.claim.start, e.claim.end)))


def any_edited(entries: Sequence[EditedClaim], extracted: Sequence[Claim]) -> bool:
    """True when the table differs from the extraction (an edit, a drop or an addition)."""
    return len(entries) != len(extracted) or any(e.claim.edited for e in entries)


# ---------------------------------------------------------------------------------------------
# Rows for the reconciled table, filters and evidence


def _fmt(value: float | None, places: int = 2) -> str:
    return "" if value is None else f"{value:+.{places}f}"


def claimed_label(claim: Claim) -> str:
    """The claim's size as the article states it, signed: "+15 %", "−45 %", "97.93"."""
    if claim.size is not None:
        unit = {Unit.PERCENT: "%", Unit.BASIS_POINTS: " bp", Unit.POINTS: " pts"}
        suffix = unit.get(claim.unit, "") if claim.unit else ""
        return f"{claim.claimed:+g}{suffix}"
    if claim.level is not None:
        return f"{claim.level:g}"
    return claim.direction.value


def result_rows(results: Sequence[Reconciliation]) -> list[dict[str, object]]:
    """One row per reconciled claim for the table on the reading view."""
    rows: list[dict[str, object]] = []
    for number, result in enumerate(results, 1):
        claim = result.claim
        unit = "%" if claim.unit is Unit.PERCENT else ""
        rows.append(
            {
                "#": number,
                "verdict": result.verdict.value,
                "instrument": claim.instrument,
                "claimed": claimed_label(claim),
                "observed": _fmt(result.observed) + (unit if result.observed is not None else ""),
                "claim": claim.text,
                "session": claim.session.isoformat() if claim.session else "",
                "measure": claim.measure.value,
                "source": result.source.value if result.source else "",
                "flags": ", ".join(f.flag.value for f in result.flags),
                "edited": "✎ analyst" if claim.edited else "",
            }
        )
    return rows


def filter_rows(
    rows: Sequence[Mapping[str, object]],
    verdicts: Iterable[str] | None = None,
    instruments: Iterable[str] | None = None,
) -> list[Mapping[str, object]]:
    """The rows whose verdict and instrument are among those chosen (None: no filter)."""
    keep_v = None if verdicts is None else set(verdicts)
    keep_i = None if instruments is None else set(instruments)
    return [
        r
        for r in rows
        if (keep_v is None or r["verdict"] in keep_v)
        and (keep_i is None or r["instrument"] in keep_i)
    ]


def verdict_counts(results: Sequence[Reconciliation]) -> dict[str, int]:
    """How many claims got each verdict, in the verdicts' own order (zeros left out)."""
    counts = {v.value: 0 for v in Verdict}
    for result in results:
        counts[result.verdict.value] += 1
    return {k: n for k, n in counts.items() if n}


def evidence_rows(result: Reconciliation) -> list[dict[str, object]]:
    """One row per vendor's figure behind a verdict: observed, formula, range and rows used."""
    rows: list[dict[str, object]] = []
    for figure in result.evidence:
        used = "; ".join(f"{r.field} {r.session.isoformat()} = {r.value:g}" for r in figure.rows)
        low_high = (
            f"{figure.low:+.2f} … {figure.high:+.2f}"
            if figure.low is not None and figure.high is not None
            else ""
        )
        rows.append(
            {
                "source": figure.source.value,
                "observed": _fmt(figure.observed),
                "day's range": low_high,
                "formula": figure.formula,
                "rows": used,
                "note": figure.note,
            }
        )
    return rows


def verdict_changes(
    entries: Sequence[EditedClaim],
    before: Sequence[Reconciliation],
    after: Sequence[Reconciliation],
) -> list[str]:
    """What the analyst's table changed, in words: "claim 3: supported → inaccurate", etc.

    ``before`` are the results on the extracted claims, ``after`` those on ``entries`` (same
    order as ``entries``). Claims are named by their extracted 1-based number.
    """
    changes = []
    kept = {e.origin for e in entries if e.origin is not None}
    for entry, result in zip(entries, after, strict=True):
        if entry.origin is None:
            changes.append(f"added “{entry.claim.text}”: {result.verdict.value}")
            continue
        old = before[entry.origin].verdict
        if old is not result.verdict:
            changes.append(f"claim {entry.origin + 1}: {old.value} → {result.verdict.value}")
    changes.extend(f"claim {i + 1} dropped" for i in range(len(before)) if i not in kept)
    return changes
