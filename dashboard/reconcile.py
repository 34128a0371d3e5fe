"""Claims checked against prices: one verdict, with evidence, per claim.

For each claim: find its instrument and session, compute its figure from every vendor the price
book holds (``measures``), pick the vendor the verdict rests on (a market price before a fixing
or a spot assessment; otherwise the book's order), apply the tolerance rules (``verdicts``),
attach the data-quality flags, and write the one-sentence explanation (``explain``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dashboard import explain as ex
from dashboard import quality, sessions
from dashboard.domain import (
    Article,
    Claim,
    Flag,
    Instrument,
    PriceSeries,
    QualityFlag,
    Reconciliation,
    Source,
    Verdict,
)
from dashboard.errors import TapecheckError, UnknownInstrument
from dashboard.instruments import Registry, load_registry
from dashboard.measures import read
from dashboard.prices import PriceBook
from dashboard.readings import Check, Context, Reading, is_fixing
from dashboard.session_rows import Resolved, resolve_session
from dashboard.verdicts import judge


@dataclass(frozen=True)
class _Source:
    """One vendor's series and its reading for the claim."""

    series: PriceSeries
    reading: Reading


def reconcile(
    claims: Sequence[Claim], book: PriceBook, article: Article
) -> tuple[Reconciliation, ...]:
    """One reconciliation per claim, in the claims' order."""
    registry = load_registry()
    return tuple(reconcile_claim(claim, book, registry, article) for claim in claims)


def _assumed_session(
    claim: Claim, instrument: Instrument, article: Article | None
) -> tuple[date | None, tuple[QualityFlag, ...]]:
    """The claim's session after the publication time is taken into account.

    "Overnight" in a European-morning story is the last US session; "today" published before
    the market opened is its previous session (``sessions.resolve_session``). Holidays and
    halts are left to the rows (``session_rows``).
    """
    day = claim.session
    if day is None or article is None or not article.time_known:
        return day, ()
    try:
        choice = sessions.resolve_session(
            instrument, day, article.published, article.time_known, claim.time_words
        )
    except TapecheckError:  # a calendar this machine cannot build: keep the date as given
        return day, ()
    if choice.session == day or not choice.note:
        return day, ()
    return choice.session, (QualityFlag(Flag.SESSION_ASSUMED, choice.note, choice.session),)


def reconcile_claim(
    claim: Claim, book: PriceBook, registry: Registry, article: Article | None = None
) -> Reconciliation:
    """The verdict for one claim, with its evidence and flags."""
    try:
        instrument = registry.get(claim.instrument)
    except UnknownInstrument:
        return _unchecked(claim, f"no instrument {claim.instrument!r} in the registry")
    found = book.for_instrument(instrument.id)
    if not found:
        return _unchecked(claim, f"no price data for {instrument.name}", Flag.NO_DATA)
    if claim.session is None:
        return _unchecked(claim, "the claim names no session")
    ordered = _ordered(found, book.preferred.get(instrument.id))
    day, assumed = _assumed_session(claim, instrument, article)
    assert day is not None
    resolved = _resolve(instrument, ordered, day)
    resolved = Resolved(resolved.session, resolved.message, assumed + resolved.flags)
    if resolved.session is None:
        return _unchecked(claim, resolved.message, Flag.NO_DATA, resolved.flags)
    sources = [_Source(s, read(Context(claim, instrument, s, resolved.session))) for s in ordered]
    usable = [s for s in sources if s.reading.check is not Check.NONE]
    if not usable:
        why = "; ".join(
            f"{ex.SOURCE_LABEL[s.series.source]}: {s.reading.figure.note}" for s in sources
        )
        seen = resolved.flags + tuple(f for s in sources for f in s.reading.flags)
        return _unchecked(claim, f"{instrument.name}: {why}", Flag.NO_DATA, seen)
    primary = usable[0]
    others = [s for s in sources if s is not primary and s.reading.check is not Check.NONE]
    verdict, rule = judge(claim, primary.reading)
    figure = primary.reading.figure
    used = tuple(sorted({r.session for r in figure.rows}))
    explanation = ex.sentence(
        f"{instrument.name} ({ex.SOURCE_LABEL[primary.series.source]})",
        figure.formula,
        ex.claimed(claim),
        rule,
        verdict,
    )
    chosen = book.preferred.get(instrument.id)
    explanation += _sources_note(primary, others, sources, chosen) + _session_note(resolved.flags)
    return Reconciliation(
        claim=claim,
        verdict=verdict,
        explanation=explanation,
        source=primary.series.source,
        observed=figure.observed,
        sessions=used,
        tolerance=rule,
        flags=_flags(claim, instrument, primary, others, resolved.flags, used, len(sources)),
        evidence=(figure, *(s.reading.figure for s in others)),
    )


def _resolve(instrument: Instrument, ordered: Sequence[PriceSeries], day: date) -> Resolved:
    """The session from the first series that has a row for ``day`` (or can place it)."""
    first = resolve_session(instrument, ordered[0], day)
    for series in ordered:
        resolved = first if series is ordered[0] else resolve_session(instrument, series, day)
        if resolved.session is not None:
            return resolved
    return first


def _ordered(found: Sequence[PriceSeries], chosen: Source | None) -> tuple[PriceSeries, ...]:
    """The vendor the user chose first; then market prices (book order kept), then fixings
    and spot assessments."""
    return tuple(
        sorted(
            found,
            key=lambda s: (s.source is not chosen, is_fixing(s) or s.source is Source.EIA),
        )
    )


def _unchecked(
    claim: Claim,
    why: str,
    flag: Flag | None = None,
    extra: tuple[QualityFlag, ...] = (),
) -> Reconciliation:
    flags = extra + ((QualityFlag(flag, why, claim.session),) if flag else ())
    return Reconciliation(
        claim=claim,
        verdict=Verdict.NOT_CHECKABLE,
        explanation=f"{why}; {ex.claimed(claim)} → {Verdict.NOT_CHECKABLE.value}",
        flags=flags,
    )


def _why_primary(primary: _Source, sources: Sequence[_Source], chosen: Source | None) -> str:
    """Why the verdict rests on this vendor."""
    if primary.series.source is chosen:
        return "the vendor chosen for this check"
    skipped = sources[: sources.index(primary)]
    if skipped:
        label = ex.SOURCE_LABEL[skipped[0].series.source]
        return f"{label} has no figure: {skipped[0].reading.figure.note}"
    if primary.reading.check is Check.SNAPSHOT_RANGE:
        return "a market range; the Bank of Russia rate is a fixing, not a close"
    return "a traded market price, first in the price book"


def _sources_note(
    primary: _Source, others: Sequence[_Source], sources: Sequence[_Source], chosen: Source | None
) -> str:
    """ "; rests on Yahoo (why); also Bank of Russia: ..." when several vendors cover it."""
    if not others and primary is sources[0]:
        return ""
    label = ex.SOURCE_LABEL[primary.series.source]
    parts = [f"; rests on {label} ({_why_primary(primary, sources, chosen)})"]
    for other in others:
        kind = " (a fixing, not a close)" if is_fixing(other.series) else ""
        if other.series.source is Source.EIA:
            kind = " (a spot assessment, not futures)"
        parts.append(
            f"; also {ex.SOURCE_LABEL[other.series.source]}{kind}: {other.reading.figure.formula}"
        )
    return "".join(parts)


def _session_note(flags: tuple[QualityFlag, ...]) -> str:
    shown = (Flag.NOT_A_SESSION, Flag.SESSION_ASSUMED)
    return "".join(f"; {f.message}" for f in flags if f.flag in shown)


def _flags(
    claim: Claim,
    instrument: Instrument,
    primary: _Source,
    others: Sequence[_Source],
    resolved: tuple[QualityFlag, ...],
    sessions: tuple[date, ...],
    vendors: int,
) -> tuple[QualityFlag, ...]:
    """Every flag that travels with the verdict, each once."""
    found: list[QualityFlag] = list(resolved)
    if claim.default_note:
        found.append(QualityFlag(Flag.DEFAULT_INSTRUMENT, claim.default_note, claim.session))
    for source in (primary, *others):
        used = tuple(sorted({r.session for r in source.reading.figure.rows}))
        found += source.reading.flags
        found += quality.flags_for(source.series, instrument, used)
        if is_fixing(source.series):
            found.append(_fixing_flag(source.series, used))
    for other in others:
        found += quality.cross_source(primary.series, other.series, sessions)
    if primary.series.source is Source.EIA and vendors > 1:
        found.append(
            QualityFlag(
                Flag.SPOT_NOT_FUTURES,
                "the verdict rests on the EIA spot assessment, not on futures",
                claim.session,
                Source.EIA,
            )
        )
    return _unique(found)


def _fixing_flag(series: PriceSeries, used: tuple[date, ...]) -> QualityFlag:
    return QualityFlag(
        Flag.FIXING_NOT_CLOSE,
        "the Bank of Russia official rate is set once a day for the next day, not a session close",
        used[-1] if used else None,
        series.source,
    )


def _unique(flags: Sequence[QualityFlag]) -> tuple[QualityFlag, ...]:
    seen: set[tuple[Flag, date | None, Source | None]] = set()
    kept: list[QualityFlag] = []
    for flag in flags:
        key = (flag.flag, flag.session, flag.source)
        if key not in seen:
            seen.add(key)
            kept.append(flag)
    return tuple(kept)
