"""A sized move noun hung on another move or day ("erasing all of its 5.4% slump", "still reeling
from an 8.8% slump a day earlier", "holding on to a 1.2% jump from the previous session", "which
followed a 10.8% drop the previous day"): the sentence's market's own move, told by its own day
words, which do not date the claims after it."""

from __future__ import annotations

import re

_LINKED = re.compile(
    r"\b(?:after|following|extending|erasing|reversing|recovering\s+from|paring|adding\s+to"
    r"|on\s+top\s+of|in\s+addition\s+to|despite|in\s+spite\s+of|seal(?:ing|ed)?|build(?:ing)?\s+on"
    r"|cap(?:ping|ped)?|complet(?:e|ed|ing)|round(?:ed|ing)?\s+off|clos(?:e|ed|ing)\s+out|bringing|built\s+on"
    r"|taking|for|reversed|erased|recouped|recouping|recovered|pared|trimmed|trimming|cut|cutting"
    r"|clawing\s+back|clawed\s+back|gave\s+(?:up|back)"
    r"|giving\s+(?:up|back)|wiped\s+out"
    r"|wiping\s+out|surrender(?:ed|ing)|clawed\s+back\s+from|clawing\s+back\s+from|narrow(?:ed|ing)"
    r"|(?:shook|shaking|shrugged|shrugging)\s+off|reel(?:ing|ed)\s+from|recover\s+from)\s+"
    r"(?:(?:all|most|much|some|part|half)\s+of\s+)?$",  # "recouping all of its 5.4% slump"
    re.IGNORECASE,
)
_HELD_ON = re.compile(r"\b(?:hold(?:ing|s)?\s+on\s+to|followed)\s+$", re.IGNORECASE)


def linked_noun(s: str, m: re.Match[str]) -> bool:
    """A move noun hung on another move: "erasing all of its 5.4% slump", "holding on to a 2%
    jump", "which followed a 10.8% drop" (not "followed Friday's 2% drop", its own day)."""
    at = max(0, m.start() - 24)
    held = not m.groupdict().get("poss") and _HELD_ON.search(s, at, m.start())
    return bool(_LINKED.search(s, at, m.start()) or held)
