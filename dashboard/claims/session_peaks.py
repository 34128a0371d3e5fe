"""A session extreme named as the point a close stands off ("settled 12-1/2 cents higher at
$6.32 on Tuesday, off a session peak of $6.40"): the day's extreme at that level, on the market
and day of the claim it follows."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims import figures as fig
from dashboard.domain import Claim, Direction, Hedge, Measure

_OFF = re.compile(
    r"\b(?P<lead>off|below|under|down\s+from|above|up\s+from|short\s+of|back\s+from|from)\s+"
    r"(?:a|an|its|their|the)\s+(?:session|intraday|day['’]s)\s+(?P<hl>peak|high|low|trough)\s+"
    r"(?=of\s)",
    re.IGNORECASE,
)
_JOINED = re.compile(r"\s*,?\s*(?:(?:but|though|still|well|just|only|far)\s+)*$", re.IGNORECASE)
_UNDER = ("below", "under", "down", "short", "back")  # a close under the extreme: a high


def session_peaks(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, with each session extreme set right after a claim as its reference point."""
    if "session" not in s and "intraday" not in s and "day's" not in s and "day’s" not in s:
        return claims
    out = list(claims)
    for m in _OFF.finditer(s):
        if m.group("lead").lower() == "from":  # "pared losses from a session low of 251.20 to
            subject = _holding(claims, m.start())  # close 9.1% down": inside the close's words
        else:
            subject = next((c for c in reversed(claims) if c.end <= m.start()), None)
            if subject is not None and not _JOINED.match(s[subject.end : m.start()]):
                continue
        if subject is None or (subject.inverse and m.group("lead").lower() != "from"):
            continue  # (a currency's own low it recovered from is its weakest point)
        extreme = _extreme(s, m, subject)
        if extreme is not None and not any(_same(c, extreme) for c in out):
            out.append(extreme)
    return out


def _extreme(s: str, m: re.Match[str], subject: Claim) -> Claim | None:
    """The intraday extreme the words name, when the lead fits its side."""
    high = m.group("hl").lower() in ("peak", "high")
    lead = m.group("lead").lower().split()[0]
    if (lead in _UNDER and not high) or (lead in ("above", "up") and high):
        return None  # "below a session low": no such reference point
    level = fig.LEVEL_RE.match(s, m.end())
    if level is None or subject.session is None:
        return None
    return replace(
        subject,
        text=s[m.start() : level.end()],
        start=m.start(),
        end=level.end(),
        measure=Measure.INTRADAY_EXTREME,
        direction=Direction.UP if high else Direction.DOWN,
        size=None,
        unit=None,
        hedge=Hedge.EXACT,
        level=fig.level_from(level).value,
        since=None,
    )


def _same(claim: Claim, extreme: Claim) -> bool:
    """A claim that already states this extreme."""
    key = (extreme.instrument, extreme.measure, extreme.session, extreme.level)
    return (claim.instrument, claim.measure, claim.session, claim.level) == key


def _holding(claims: list[Claim], at: int) -> Claim | None:
    """The move whose words hold ``at`` (the close a "from a session low" clause sits in), else
    the nearer of the claim just told and the next sized move ("recovered from a session low of
    15,370 to close down 3.6%")."""
    held = next((c for c in claims if c.start < at < c.end and c.size is not None), None)
    after = next((c for c in claims if c.start > at and c.size is not None), None)
    before = next((c for c in reversed(claims) if c.end <= at), None)
    if (
        held is None
        and before is not None
        and (after is None or at - before.end < after.start - at)
    ):
        return before  # "recovered to 6.12 per dollar from an intraday low of 6.30": its own
    return held or after
