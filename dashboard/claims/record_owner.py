"""A record phrase that names its owner after a move of several markets ("The DAX and the CAC
40 fell 2% and 3%, the CAC's worst day since 2020") is that one market's record."""

from __future__ import annotations

import re

from dashboard.claims.subjects import Resolved
from dashboard.claims.tail_records import Extra

_OWNER = re.compile(
    r"(?:the\s+)?(?P<name>[A-Za-z][\w&./-]*(?:\s+[A-Za-z0-9][\w&./-]*){0,2})['’]s\s"
)


def owners_of(s: str, extra: Extra, subjects: list[Resolved]) -> list[Resolved]:
    """The subjects the record's possessive names, or all of them when it names none of them."""
    found = _OWNER.match(s, extra.start)
    if extra.owner is not None and len(subjects) > 1:  # "the real and the peso weakened ..., the
        paired = [r for r in subjects if extra.owner in _sides(r)]  # real's weakest close"
        return paired or subjects
    if found is None or len(subjects) < 2 or extra.owner is not None:
        return subjects  # a currency's perspective ("the yen's weakest") is not a choice
    name = " ".join(found.group("name").lower().split())
    named = [r for r in subjects if _names(name, r)]
    return named or subjects


def _names(name: str, resolved: Resolved) -> bool:
    """Whether the owner's words are one of the instrument's names, or open one ("the Bund's")."""
    return any(a == name or a.startswith(name + " ") for a in resolved.instrument.aliases)


def _sides(resolved: Resolved) -> tuple[str | None, str | None]:
    return resolved.instrument.base_currency, resolved.instrument.quote_currency
