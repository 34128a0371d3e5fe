"""The yuan's second market in a gapped clause: "The yuan weakened to 6.93 per dollar in onshore
trade and to 6.94 offshore", "slipped 0.2% onshore and 0.3% offshore": the same move on the
other market (USDCNY onshore, USDCNH offshore), with the gapped figure."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Measure, Unit

_GAPPED = re.compile(
    r",?\s+and\s+(?:(?P<to>to|at)\s+)?(?P<fig>\d[\d,]*(?:\.\d+)?)(?P<pct>\s*%|\s+per\s*cent)?"
    r"(?:\s+(?:per|a|against\s+the)\s+dollar)?\s+(?:in\s+(?:the\s+)?)?(?P<side>offshore|onshore)"
    r"\b(?:\s+(?:trade|trading|markets?|deals))?",
    re.IGNORECASE,
)
_SIDES = {"offshore": "USDCNH", "onshore": "USDCNY"}
_YUAN = ("USDCNY", "USDCNH")


def yuan_sides(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, with the gapped clause's claim on the yuan's other market added."""
    if "shore" not in s:
        return claims
    out = list(claims)
    for m in _GAPPED.finditer(s):
        hosts = [c for c in out if c.instrument in _YUAN and c.start < m.start()]
        target = _SIDES[m.group("side").lower()]
        if not hosts or any(c.instrument == target for c in out):
            continue
        host = hosts[-1]
        added = _gapped(host, m, target, s)
        if added is not None:
            out.append(added)
    return sorted(out, key=lambda c: c.start)


def _gapped(host: Claim, m: re.Match[str], target: str, s: str) -> Claim | None:
    """The host's move on ``target``: "and 0.3% offshore" (a size) or "and to 6.94" (a level)."""
    value = float(m.group("fig").replace(",", ""))
    base = replace(
        host, instrument=target, start=m.start(), end=m.end(), text=s[m.start() : m.end()]
    )
    if m.group("pct"):
        if host.size is None or host.unit is not Unit.PERCENT:
            return None
        return replace(base, size=value, level=None)
    if host.level is None or (m.group("to") is None and host.size is not None):
        return None
    measure = host.measure if host.size is None else Measure.LEVEL
    return replace(base, level=value, size=None, unit=None, measure=measure)
