"""A size set off right after a stated level: "at $1.2630, down 0.3%" is one claim, and so is
each pair of "at $67,200 and $3,280, respectively, down 3.1% and 4.6%"."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Direction, Measure

_APPOSED = re.compile(r"\s*,\s*(?:still\s+)?")
_STILL = re.compile(r"\s*,\s*still\s+")  # a state kept after a move to a level: one claim
_SIZED_STATES = (Measure.INTRADAY_CHANGE, Measure.SESSION_CHANGE, Measure.OPEN_MOVE)


def apposed_sizes(s: str, claims: list[Claim]) -> list[Claim]:
    """ "The pound was last seen at $1.2630, down 0.3% on the day": a size set off right after
    a stated level sizes the state at that level, so the two are one claim; levels stated in
    order ("respectively") take the sizes that follow in the same order."""
    out: list[Claim] = []
    index = 0
    while index < len(claims):
        inner = _inner_records(out)  # "settled at a record $11,040, up $690": the record stays
        head = out[: len(out) - len(inner)]
        run = _level_run(
            head, bool(head) and _STILL.fullmatch(s, head[-1].end, claims[index].start) is not None
        )
        for levels in (run, run[-1:]):  # a list's levels, else the last level alone
            sized = _sized_run(claims, index, len(levels))
            if _pairs(s, levels, sized):
                del out[len(out) - len(levels) - len(inner) :]
                out.extend(_joined(s, a, b) for a, b in zip(levels, sized, strict=True))
                out.extend(inner)
                index += len(sized)
                break
        else:
            out.append(claims[index])
            index += 1
    return out


def _pairs(s: str, levels: list[Claim], sized: list[Claim]) -> bool:
    """Whether the sizes, set off by a comma right after the levels, are theirs in order."""
    if not levels or len(sized) != len(levels):
        return False
    if not _APPOSED.fullmatch(s, levels[0].end, sized[0].start):
        return False
    return all(_same(a, b) for a, b in zip(levels, sized, strict=True))


def _inner_records(out: list[Claim]) -> list[Claim]:
    """The record claims that close ``out`` inside the span of the level claim before them."""
    inner: list[Claim] = []
    for claim in reversed(out):
        if claim.measure is not Measure.RECORD:
            within = claim.measure is Measure.LEVEL and all(
                claim.start <= r.start and r.end <= claim.end for r in inner
            )
            return inner if within else []
        inner.insert(0, claim)
    return []


def _level_run(out: list[Claim], still: bool) -> list[Claim]:
    """The level claims that close ``out`` and share one span (one, or a list of unmoved ones)."""
    run: list[Claim] = []
    for claim in reversed(out):
        if claim.measure is Measure.LEVEL and not run and claim.direction is not Direction.NONE:
            return [claim] if still else []  # "clawed back to $38,500, still down 9%": one state
        if claim.measure is not Measure.LEVEL or claim.direction is not Direction.NONE:
            break
        if run and (claim.start, claim.end) != (run[0].start, run[0].end):
            break
        run.insert(0, claim)
    return run


def _sized_run(claims: list[Claim], index: int, wanted: int) -> list[Claim]:
    """``wanted`` sized states from ``index`` on that share one span, with no level of their own."""
    run = claims[index : index + wanted]
    if len(run) < wanted or any(
        c.measure not in _SIZED_STATES or c.size is None or c.level is not None for c in run
    ):
        return []
    return run if all((c.start, c.end) == (run[0].start, run[0].end) for c in run) else []


def _same(level: Claim, sized: Claim) -> bool:
    return (level.instrument, level.session, level.inverse) == (
        sized.instrument,
        sized.session,
        sized.inverse,
    )


# "opened at 7,650.4, down 1.9% from Friday's close": the size is the opening move
_OPENED = re.compile(r"\bopen(?:ed|s|ing)\s|\bat\s+the\s+open(?:ing)?\b", re.IGNORECASE)


def _joined(s: str, level: Claim, sized: Claim) -> Claim:
    measure = sized.measure
    if measure is Measure.INTRADAY_CHANGE and _OPENED.search(level.text):
        measure = Measure.OPEN_MOVE
    text = s[level.start : sized.end]
    return replace(sized, measure=measure, level=level.level, start=level.start, text=text)
