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


_NAME = re.compile(r"(?:[A-Za-z][\w'’&./-]*\s+){0,3}[A-Za-z][\w'’&./-]*")


def _named_before(s: str, at: int) -> int | None:
    """Where a bare name set off by a comma right before ``at`` starts, if one is there."""
    comma = s.rfind(",", 0, at)
    if comma < 0 or s[comma + 1 : at].strip():
        return None
    low = _OPENER.match(s, clause_start(s, comma)).end()  # type: ignore[union-attr]
    return low if _NAME.fullmatch(s[low:comma].strip()) else None


_UNKNOWN_ITEM = (
    re.compile(  # ", Sweden's OMX Stockholm 30 and the ": a listed name the registry lacks
        r"\s*,\s*(?:[A-Z][\w'’&./-]*\s+){1,4}(?:\d+\s+)?(?:,\s*)?(?:and\s+)?(?:the\s+)?$"
    )
)


_LOWER_ITEM = re.compile(  # ", zinc and ", ", Jakarta's composite index and the "
    r"\s*,\s*(?:the\s+)?(?:[A-Za-z][\w'’&./-]*\s+){0,3}(?:[a-z][\w'’&./-]*)\s*,?\s+"
    r"(?:and\s+)?(?:the\s+)?$"
)
_UNKNOWN_LAST = re.compile(  # " and New Zealand's NZX 50 ", " and arabica coffee futures "
    r"\s+and\s+(?:the\s+)?(?:[A-Za-z0-9][\w'’&./-]*\s+){1,4}",
)
_VERBISH = re.compile(
    r"\b(?:\w+(?:ed|ing)|were|was|are|is|has|have|had|which|who|while|as|with|on|in|at|to"
    r"|of|by|for|from|its|their|shares?|stocks?|bonds?|notes?|inventories|supplies|output"
    r"|demand|production|imports|exports|holdings|sales)\s",
    re.IGNORECASE,
)


def skips_unknown(sentence: str, gap: str) -> bool:
    """Whether ``gap`` between two listed markets is one more listed name the registry lacks,
    in a list whose sizes are told "respectively" (each keeps its own place)."""
    if _RESPECTIVELY.search(sentence) is None:
        return False
    if _UNKNOWN_ITEM.fullmatch(gap):
        return True
    return bool(_LOWER_ITEM.fullmatch(gap)) and not _VERBISH.search(gap)


_LEAD_WORDS = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}")


def unknown_last(sentence: str, gap: str, at: int, start: int) -> bool:
    """Whether ``gap`` before the verb at ``at`` is "and" with a last listed name the registry
    lacks, its sizes told "respectively" after the verb: "A and New Zealand's NZX 50 fell".
    The list opens its clause (``start``, where the known name begins): not "drag A and B"."""
    if not _UNKNOWN_LAST.fullmatch(gap) or _VERBISH.search(gap + " "):
        return False
    low = _OPENER.match(sentence, clause_start(sentence, start)).end()  # type: ignore[union-attr]
    if not _LEAD_WORDS.fullmatch(sentence, low, start):
        return False
    return _RESPECTIVELY.search(sentence, at) is not None


_LIST_COMMA = re.compile(r"\s*,\s*(?:the\s+)?$", re.IGNORECASE)


def listed(sentence: str, before: list[Mention], mention: Mention) -> bool:
    """Whether a mention follows another after a bare comma, as the middle of "A, B, and C"."""
    return bool(before) and bool(_LIST_COMMA.fullmatch(sentence[before[-1].end : mention.start]))
