"""The day's extreme told as a noun a market stands off or came back from: "3.5% off the day's
high of $29.84", "recovered from a session low of 120 per dollar", "just below the session's
peak of 346 euros". The noun's level is the day's extreme of the market the sentence is about.

Tried and dropped (validation added wrong claims): record and N-year nouns with the verb that
reached them ("the all-time peak of $2,449.89 it hit earlier"), and plain "a low of $7,144 in
Asian hours"; the corpus mostly keeps a record noun's level on the record claim alone."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims import figures as fig
from dashboard.domain import Claim, Direction, Hedge, Measure

_NOUN = re.compile(
    r"\b(?P<rel>from|off|below|beneath|under|short\s+of)\s+(?:(?:a|an|the|its|their)\s+(?:session"
    r"|intraday|day['’]s)|the\s+(?:session|day)['’]s)\s+(?P<end>high|low|peak|trough)\s+of\s+"
    r"(?P<at>" + fig.VALUE + r")",
    re.IGNORECASE,
)


def noun_extremes(s: str, claims: list[Claim]) -> list[Claim]:
    """Each such noun's level as the day's extreme of the claim's market before it."""
    out = list(claims)
    for m in _NOUN.finditer(s):
        anchor = _anchor(out, m)
        if anchor is None:
            continue
        level = fig.level_from(m).value
        if any(c.instrument == anchor.instrument and c.level == level for c in out if _reach(c)):
            continue
        way = Direction.UP if m.group("end").lower() in ("high", "peak") else Direction.DOWN
        if way is Direction.DOWN and m.group("rel").lower() not in ("from", "off"):
            continue  # "ended below a session low of $2,285": no price the day reached
        made = replace(anchor, text=m.group(0), start=m.start(), end=m.end(), direction=way)
        made = replace(made, size=None, unit=None, hedge=Hedge.EXACT, level=level, since=None)
        out.append(replace(made, measure=Measure.INTRADAY_EXTREME))
    return sorted(out, key=lambda c: c.start)


def _anchor(claims: list[Claim], m: re.Match[str]) -> Claim | None:
    """The claim the noun belongs to: the last one before it, else the first in the sentence
    ("Brent pared losses from a session low of $58.40, a four-year trough, to settle ...")."""
    before = [c for c in claims if c.start < m.start() and c.measure is not Measure.RECORD]
    if before:
        return before[-1]
    return claims[0] if claims else None


def _reach(claim: Claim) -> bool:
    """A claim that already places the market at a level it reached."""
    return claim.measure in (Measure.INTRADAY_EXTREME, Measure.LEVEL)
