"""Where each known market stands in a list of subjects some of which the registry lacks:
"Argentina's peso and the S&P Merval index lost 25% and 37.9%, respectively", "Copper, zinc
and nickel rose 1.8%, 2.4% and 3.1%, respectively". The sizes are told in the list's order,
so each known market takes the size at its own place, not the next one left."""

from __future__ import annotations

import re

from dashboard.claims.frames import Frame
from dashboard.claims.sentences import clause_start
from dashboard.claims.subjects import Mention

_OPENER = re.compile(r"\s*(?:(?:and|while|but|as|whereas|with)\s+)?", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def list_slots(s: str, frame: Frame, count: int) -> list[int] | None:
    """Each subject's place among ``count`` listed names, when the list is longer than the
    subjects known and the sizes are told "respectively"; None otherwise."""
    if count <= len(frame.subjects) or not frame.subjects:
        return None
    if not _RESPECTIVELY.search(s, frame.trigger.end):
        return None
    low = clause_start(s, frame.subjects[0][0].start)
    low = _OPENER.match(s, low).end()  # type: ignore[union-attr]
    cuts = [
        m for m in _SEPARATOR.finditer(s, low, frame.trigger.start) if m.end() < frame.trigger.start
    ]
    starts = [low] + [m.end() for m in cuts]
    while len(starts) < count and (earlier := _named_before(s, starts[0])) is not None:
        starts.insert(0, earlier)  # "Solana, bitcoin and ether": a name before the comma
    if len(starts) != count:
        return None
    places = [sum(1 for at in starts if at <= mention.start) - 1 for mention, _ in frame.subjects]
    return places if len(set(places)) == len(places) and min(places) >= 0 else None


_NAME = re.compile(r"(?:[A-Za-z][\w'’&.-]*\s+){0,3}[A-Za-z][\w'’&.-]*")


def _named_before(s: str, at: int) -> int | None:
    """Where a bare name set off by a comma right before ``at`` starts, if one is there."""
    comma = s.rfind(",", 0, at)
    if comma < 0 or s[comma + 1 : at].strip():
        return None
    low = _OPENER.match(s, clause_start(s, comma)).end()  # type: ignore[union-attr]
    return low if _NAME.fullmatch(s[low:comma].strip()) else None


_UNKNOWN_ITEM = (
    re.compile(  # ", Sweden's OMX Stockholm 30 and the ": a listed name the registry lacks
        r"\s*,\s*(?:[A-Z][\w'’&.-]*\s+){1,4}(?:\d+\s+)?(?:,\s*)?(?:and\s+)?(?:the\s+)?$"
    )
)


def skips_unknown(sentence: str, gap: str) -> bool:
    """Whether ``gap`` between two listed markets is one more listed name the registry lacks,
    in a list whose sizes are told "respectively" (each keeps its own place)."""
    return bool(_UNKNOWN_ITEM.fullmatch(gap)) and _RESPECTIVELY.search(sentence) is not None


_LIST_COMMA = re.compile(r"\s*,\s*(?:the\s+)?$", re.IGNORECASE)


def listed(sentence: str, before: list[Mention], mention: Mention) -> bool:
    """Whether a mention follows another after a bare comma, as the middle of "A, B, and C"."""
    return bool(before) and bool(_LIST_COMMA.fullmatch(sentence[before[-1].end : mention.start]))
