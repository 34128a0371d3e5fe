"""A window closed "with" a sized move noun: "closed out 2023 with a gain of about a fifth",
"ended the week with a 3% loss" (the noun gives the window's move, size and way)."""

from __future__ import annotations

import re

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import MOVE_NOUNS
from dashboard.claims.tail_state import Tail

_NOUN = "|".join(sorted(MOVE_NOUNS, key=len, reverse=True))
_WITH_MOVE = re.compile(
    r"with\s+(?:a|an)\s+(?:(?P<fig>[^,;]{1,24}?)\s+)?(?P<noun>" + _NOUN + r")\b"
    r"(?:\s+of\s+(?P<fig2>(?:[^,;]|,(?=\d{3})){1,24}?)(?:,\s+or\s+(?P<pct>[^,;]{1,16}?%))?(?=\s*(?:,(?!\d)|;|\.(?!\d))|\s*$|\s+(?:on|for|in|after|as|while|at)\b))?",
    re.IGNORECASE,
)

_CLOSED = re.compile(  # "closed with a loss of 1.8%", "ended Tuesday's session with a 2% gain"
    r"\b(?:closed|ended|finished|settled|closing|ending|finishing|settling)(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday"
    r"|friday)(?:['’]s\s+session)?|\s+the\s+(?:day|session))?\s*$",
    re.IGNORECASE,
)


def window_move(s: str, at: int, tail: Tail) -> int | None:
    """ "..., with a gain of 20%" right after a window's time words: that window's move."""
    if tail.sizes or tail.direction is not None:
        return None
    if not any(t.since for t in tail.times) and not _CLOSED.search(s, max(0, at - 48), at):
        return None
    m = _WITH_MOVE.match(s, at)
    said = (m.group("fig") or m.group("pct") or m.group("fig2")) if m else None
    if m is None or said is None or (m.group("fig") and m.group("fig2")):
        return None
    found = fig.FIGURE_RE.fullmatch(said)
    if found is None:
        return None
    tail.sizes.append(fig.size_from(found))
    tail.direction = MOVE_NOUNS[m.group("noun").lower()]
    tail.claim_end = m.end()
    return m.end()
