"""The other yuan market's rate told as a noun phrase beside a yuan claim: "the offshore yuan
traded at 7.2650 per dollar, weaker than the onshore rate of 7.2395" states onshore dollar-yuan
at 7.2395 (a level, the yuan's way of quoting: inverse), and "with the offshore rate at 7.3240"
states offshore dollar-yuan."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Direction, Hedge, Measure

_RATE = re.compile(
    r"\b(?:the|an?)\s+(?P<side>onshore|offshore)\s+(?:spot\s+|yuan\s+)?rate"
    r"(?:\s+of|\s+(?:was\s+|stood\s+)?at)\s+(?P<lvl>\d+\.\d+)\b(?!\s*%)",
    re.IGNORECASE,
)
_YUAN_PAIRS = {"onshore": "USDCNY", "offshore": "USDCNH"}


def yuan_rates(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims with a level for each "the onshore rate of 7.2395" told after a yuan claim on
    the other market."""
    out = list(claims)
    for m in _RATE.finditer(s):
        pair = _YUAN_PAIRS[m.group("side").lower()]
        before = [c for c in claims if c.end <= m.start() and c.instrument in _YUAN_PAIRS.values()]
        if not before or any(c.instrument == pair and c.level is not None for c in claims):
            continue
        told = before[-1]
        if told.instrument == pair:
            continue
        out.append(_level(told, pair, m))
    return sorted(out, key=lambda c: c.start)


def _level(told: Claim, pair: str, m: re.Match[str]) -> Claim:
    """The level claim "the onshore rate of 7.2395" states, dated as the yuan claim before."""
    return replace(
        told,
        text=m.group(0),
        start=m.start(),
        end=m.end(),
        instrument=pair,
        subject=m.group(0)[: m.start("lvl") - m.start()].strip(),
        measure=Measure.LEVEL,
        direction=Direction.NONE,
        size=None,
        unit=None,
        hedge=Hedge.EXACT,
        level=float(m.group("lvl")),
        since=None,
        inverse=True,
        time_words="",
        default_note="",
    )
