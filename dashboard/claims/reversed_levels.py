"""A move to a level that the verb before it undid: "reversing a drop to 149.70 earlier in the
day", "recovering from a dip to $2,290", "erasing an early rise to 149.20". The level is the
day's extreme on the noun's side (the move the sentence says was reversed), of the market of the
claim before it."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import MOVE_NOUNS
from dashboard.domain import Claim, Hedge, Measure

_NOUNS = "|".join(sorted((re.escape(n) for n in MOVE_NOUNS), key=len, reverse=True))
_UNDONE_TO = re.compile(
    r"\b(?:(?:recover(?:ed|ing)|rebound(?:ed|ing)|bounc(?:ed|ing)(?:\s+back)?)\s+from"
    r"|revers(?:ed|ing)|eras(?:ed|ing)|wip(?:ed|ing)\s+out)\s+(?:a|an|its|their)\s+"
    r"(?:(?:early|earlier|initial|intraday|morning|overnight|brief|sharp|steep)\s+)*"
    r"(?P<noun>" + _NOUNS + r")\s+to\s+(?:a\s+low\s+of\s+|a\s+high\s+of\s+)?"
    r"(?P<at>" + fig.VALUE + r")",
    re.IGNORECASE,
)


def reversed_moves_to(s: str, claims: list[Claim]) -> list[Claim]:
    """ "The yen firmed 0.7% to 148.10 per dollar, reversing a drop to 149.70 earlier in the
    day": the undone move's level as the day's extreme, in the noun's direction."""
    out = list(claims)
    for m in _UNDONE_TO.finditer(s):
        before = [c for c in out if c.end <= m.start() and c.measure is not Measure.RECORD]
        if not before or (before[-1].size is None and before[-1].level is None):
            continue  # no sized or levelled claim the reversal belongs to
        anchor = before[-1]
        inside = [c for c in out if m.start() <= c.start < m.end()]
        if any(c.instrument != anchor.instrument for c in inside):
            continue
        way = MOVE_NOUNS[m.group("noun").lower()]
        level = fig.level_from(m).value
        made = replace(anchor, text=m.group(0), start=m.start(), end=m.end(), direction=way)
        made = replace(made, size=None, unit=None, hedge=Hedge.EXACT, level=level, since=None)
        out = [c for c in out if c not in inside] + [
            replace(made, measure=Measure.INTRADAY_EXTREME)
        ]
    return sorted(out, key=lambda c: c.start)
