"""Levels beside the day's extreme: "was trading near its session highs at about 146.20",
"ended well off its session lows at 0.54%", "but ended well off its strongest levels of the day
at 142.38". The price the market stood at beside the day's extreme is a level claim of its own
(the extreme names a place, not a price), unless a sized change of that market on that day
holds it ("..., up 42 basis points on the day"). After a resting verb ("held near session
highs at 107.90", "hovered near session lows at $60.40") the price is the extreme's own."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims import figures as fig
from dashboard.domain import Claim, Direction, Hedge, Measure

_WHEN = (  # "at the highs of the day in afternoon trade on Friday, above $92"
    r"(?:\s+(?:on\s+[A-Z][a-z]+day|in\s+(?:late\s+|early\s+)?(?:afternoon\s+|morning\s+)?"
    r"(?:[A-Z][\w.]*\s+){0,2}(?:trade|trading)|late\s+in\s+the\s+(?:day|session))){0,2}"
)
_EXTREME_AT = re.compile(
    r"\b(?:near|at|close\s+to|well\s+(?:off|above|below)|off|above|below)\s+"
    r"(?:its|their|the|that|a)\s+(?:(?:session(?:['’]s)?|day['’]s|intraday)\s+)?"
    r"(?:highs?|lows?|peaks?|troughs?|(?:strongest|weakest|best|worst)\s+levels?)"
    r"(?:\s+of\s+the\s+(?:day|session))?" + _WHEN + r"(?:\s*,\s*|\s+)"
    r"(?=at\s|(?:of|above|below|past|beyond)\s+[$€£]?\d)",
    re.IGNORECASE,
)


_RESTING = re.compile(  # "held near session highs at 107.90": the price is the extreme's own
    r"\b(?:held|holds|holding|hovered|hovers|hovering|stayed|stays|sat|sits|lingered|languished"
    r"|hugged|hugging|clung|clinging)\s+$",
    re.I,
)


def extreme_levels(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, with a level claim added for a price told beside the day's extreme ("closed
    near its session low at 7,607.88"); a sized change of that market on that day ("..., up 42
    basis points on the day") holds the price instead."""
    out = list(claims)
    for m in _EXTREME_AT.finditer(s):
        found = fig.LEVEL_RE.match(s, m.end())
        owner = _owner(out, m.start())
        if found is None or owner is None or _RESTING.search(s, max(0, m.start() - 12), m.start()):
            continue
        value = fig.level_from(found).value
        if any(c.instrument == owner.instrument and c.level == value for c in out):
            continue
        mover = next((i for i, c in enumerate(out) if _holds(c, owner)), None)
        if mover is not None:
            out[mover] = replace(out[mover], level=out[mover].level or value)
            continue
        out.append(
            replace(
                owner,
                text=s[m.start() : found.end()],
                start=m.start(),
                end=found.end(),
                measure=Measure.LEVEL,
                direction=Direction.NONE,
                size=None,
                unit=None,
                hedge=Hedge.EXACT,
                level=value,
                since=None,
            )
        )
    return sorted(out, key=lambda c: c.start)


_CHANGES = (Measure.SESSION_CHANGE, Measure.INTRADAY_CHANGE)


def _holds(claim: Claim, owner: Claim) -> bool:
    """A sized change of the owner's market and day: where the price it ended at belongs."""
    same = (claim.instrument, claim.session) == (owner.instrument, owner.session)
    return same and claim.measure in _CHANGES and claim.size is not None


def _owner(claims: list[Claim], at: int) -> Claim | None:
    """The claim whose words hold the extreme phrase, or the one told just before it."""
    held = [c for c in claims if c.start <= at < c.end]
    before = [c for c in claims if c.end <= at]
    owner = held[-1] if held else (before[-1] if before else None)
    return owner if owner is not None and owner.session is not None else None
