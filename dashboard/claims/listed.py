"""A generic stock phrase placed on its own market ("Chinese stocks listed in Shanghai")."""

from __future__ import annotations

import re

from dashboard.claims.subjects import Mention

_LISTED = re.compile(
    r"\s+listed\s+(?:in|on)\s+(?:the\s+)?(?P<place>mainland|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+"
)


def listed_on_own_market(mention: Mention, gap: str) -> bool:
    """ "Chinese stocks listed in Shanghai": the place's own generic phrase names the same
    default ("shanghai stocks"); stocks listed elsewhere ("in Hong Kong") are another market."""
    found = _LISTED.fullmatch(gap)
    if found is None or not mention.is_default or mention.instrument is None:
        return False
    place = found.group("place").lower()
    return any(f"{place} {noun}" in mention.instrument.default_for for noun in ("stocks", "shares"))
