"""Words between a market's name and what it owns or does, that direct_subject (context.py)
reads past: a plural owner's possessive before its move noun ("European shares' 7% drop"), and
a relative clause on a market named after "tracking" ("tracking Brent crude, which rose 1.1%")."""

from __future__ import annotations

import re

from dashboard.claims.subjects import Mention

_POSSESSIVE = re.compile(r"['’]s\s")
_PLURAL_POSSESSIVE = re.compile(r"['’]\s")
_TRACKING = re.compile(r"\btrack(?:ing|s|ed)\b", re.IGNORECASE)
_WHICH = re.compile(r"\s*,\s*which\b", re.IGNORECASE)


def owner_gap(sentence: str, mention: Mention, gap: str) -> bool:
    """The gap between an owner and its move noun: "the Nikkei's 7.9% slide", or after a plural
    name "European shares' 7% drop"."""
    if _POSSESSIVE.fullmatch(gap):
        return True
    plural = sentence[mention.start : mention.end].lower().endswith("s")
    return plural and _PLURAL_POSSESSIVE.fullmatch(gap) is not None


def tracked_relative(owner_words: str, gap: str) -> bool:
    """A market named after "tracking" (owner_words) that a relative clause then tells of:
    "tracking copper, which climbed 2.1%" is copper's move, not a tracker's."""
    return _TRACKING.search(owner_words) is not None and _WHICH.match(gap) is not None
