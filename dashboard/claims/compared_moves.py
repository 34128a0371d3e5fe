"""A move noun a state is compared with ("0.4% higher, lagging a 1.1% advance for the Nikkei")
is told at the same point of the day as that state."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Measure

_COMPARING = re.compile(
    r"(?:lagging|trailing|outpacing|outstripping|outperforming|underperforming|matching"
    r"|beat|beating|outpaced|outperformed|outstripped|lagged|trailed"
    r"|mirroring|dwarfing|eclipsing|(?:(?:well|far|just|slightly)\s+)?(?:ahead\s+of|behind)"
    r"|compared\s+with|against|versus)\s+$",
    re.IGNORECASE,
)
_WORDS = ("lag", "trail", "outp", "outs", "perform", "match", "mirror", "dwarf", "eclips",
          "ahead", "behind", "compared", "against", "versus", "beat")  # fmt: skip


def compared(s: str, claims: list[Claim]) -> list[Claim]:
    """A sized move with no time words of its own, set against the intraday state just before
    it, is an intraday change too (both are read at the same moment); set against a window's
    move, it is a move over that window."""
    lowered = s.lower()
    if len(claims) < 2 or not any(w in lowered for w in _WORDS):
        return claims
    out = list(claims)
    for index in range(1, len(out)):
        state, move = out[index - 1], out[index]
        if not _compared_with(s, state, move):
            continue
        if state.measure is Measure.INTRADAY_CHANGE:
            out[index] = replace(move, measure=Measure.INTRADAY_CHANGE)
        elif state.measure is Measure.PERIOD_CHANGE:  # "gained 2.2% over the week, outpacing
            out[index] = replace(move, measure=Measure.PERIOD_CHANGE, since=state.since)  # X"
    return out


def _compared_with(s: str, state: Claim, move: Claim) -> bool:
    """Whether ``move`` is a sized move with no time words of its own set against ``state``,
    the move just before it on the same day (an intraday state or a window's move)."""
    if move.measure is not Measure.SESSION_CHANGE or move.size is None or move.time_words:
        return False
    if move.session != state.session:
        return False
    return _COMPARING.search(s, max(0, move.start - 30), move.start) is not None
