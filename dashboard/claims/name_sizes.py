"""Sizes set in parentheses after each name of a list: "Frankfurt's DAX (-2.2%), Paris's CAC 40
(-2.7%) and London's FTSE 100 (-2.3%) all closed in the red". The parentheses are blanked so the
names read as one coordinated subject, and each claim on a name then takes the size after it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dashboard.domain import Claim, Direction, Measure, Unit

# after a name (a letter or an index's number, not a size: "4,451.28 points (12.4%)" is the
# tail's alternative size); a sign or "up"/"down" gives the way
_NAMED_SIZE = re.compile(
    r"(?<=[A-Za-z0-9])(?<!\d[.,]\d)(?<!\bpoints)(?<!\bpoint)(?<!\bcents)(?<!\bbp)(?<!\bpts)"
    r"(?<!\bbasis points)"
    r"\s*\(\s*(?P<way>[-+−–]|up\s+|down\s+)?\s*(?P<n>\d+(?:\.\d+)?)\s*%\s*\)",
    re.IGNORECASE,
)
_WAYS = {"-": Direction.DOWN, "−": Direction.DOWN, "–": Direction.DOWN, "+": Direction.UP}
_SIZED = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE, Measure.OPEN_MOVE, Measure.PERIOD_CHANGE)


@dataclass(frozen=True)
class NamedSize:
    """One parenthesized size and where it stood."""

    start: int
    end: int
    size: float
    direction: Direction | None


def mask_name_sizes(s: str) -> tuple[str, list[NamedSize]]:
    """The sentence with each name's parenthesized size blanked, and those sizes."""
    if "%" not in s or "(" not in s:
        return s, []
    found: list[NamedSize] = []
    for m in _NAMED_SIZE.finditer(s):
        way = (m.group("way") or "").strip().lower()
        direction = _WAYS.get(way) or {"up": Direction.UP, "down": Direction.DOWN}.get(way)
        found.append(NamedSize(m.start(), m.end(), float(m.group("n")), direction))
    if len(found) < 2:  # a list's sizes; one alone may be an aside ("the DAX (3%)")
        return s, []
    out = s
    for f in found:
        out = out[: f.start] + " " * (f.end - f.start) + out[f.end :]
    return out, found


def sized_by_name(s: str, claims: list[Claim], sizes: list[NamedSize]) -> list[Claim]:
    """Each unsized move on a listed name takes the size set after that name."""
    if not sizes:
        return claims
    return [_with_size(s, c, sizes) for c in claims]


def _with_size(s: str, claim: Claim, sizes: list[NamedSize]) -> Claim:
    if claim.size is not None or claim.measure not in _SIZED or not claim.subject:
        return claim
    for f in sizes:
        if f.start < claim.start or not s[: f.start].endswith(claim.subject):
            continue
        way = f.direction or claim.direction
        if way not in (Direction.UP, Direction.DOWN) or way is not claim.direction:
            return claim  # the sign and the verb disagree: keep the verb's unsized claim
        return replace(claim, size=f.size, unit=Unit.PERCENT)
    return claim
