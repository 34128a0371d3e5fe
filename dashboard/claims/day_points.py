"""Moves told as points inside one session: "swung from a 2% loss to close higher", "more than
doubled within hours". Each is the day's extreme, not its close."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Measure

# "swung from a loss of 500 points to close up", "clawed back from a 2.3% intraday drop to
# finish higher": the move the day's path started from, told before the close it reached
_FROM = re.compile(
    r"\b(?:swung|swinging|swings|clawed\s+back|clawing\s+back|recovered|recovering|rebounded"
    r"|rebounding|bounced\s+back|bouncing\s+back|turned\s+around|turning\s+around|came\s+back"
    r"|coming\s+back)\s+from\s+$",
    re.IGNORECASE,
)
_TO_CLOSE = re.compile(r"\s*to\s+(?:close|end|finish|settle)\b", re.IGNORECASE)
# "more than doubled within hours", "plunged 7% in a matter of minutes": a point the market
# reached soon after the move began, not where the session ended
_QUICKLY = re.compile(
    r"\b(?:within|in\s+(?:a\s+matter\s+of|the\s+space\s+of))\s+(?:minutes|hours|seconds)\b",
    re.IGNORECASE,
)


def day_points(s: str, claims: list[Claim]) -> list[Claim]:
    """Sized closes that the sentence tells as points inside the session, made extremes."""
    return [
        replace(c, measure=Measure.INTRADAY_EXTREME) if _point(s, c, claims[:i]) else c
        for i, c in enumerate(claims)
    ]


def _point(s: str, claim: Claim, earlier: list[Claim]) -> bool:
    if claim.measure is not Measure.SESSION_CHANGE or claim.size is None:
        return False
    if _QUICKLY.search(claim.text):  # not "hit $69,000, only to fall 10% within hours": from there
        return all(c.instrument != claim.instrument for c in earlier)
    left = _FROM.search(s, max(0, claim.start - 30), claim.start) is not None
    return left and not claim.time_words and _TO_CLOSE.match(s, claim.end) is not None
