"""A listed currency that shares its head noun with a foreign one: "the Australian and New
Zealand dollars", "the Swedish and Danish crowns". The foreign currency (one the registry
quotes no pair for) is no mention, but the word listed before it names a registry currency.
And a registry currency listed with a foreign one before their verb ("South Korea's won and
Taiwan's dollar both fell 0.8%") is the subject: its mention spans both names."""

from __future__ import annotations

import re
from typing import Protocol

_LISTED_BEFORE = re.compile(  # "Australian and New Zealand ", "Canadian and the Singapore "
    r"(?P<w>\b[A-Z][a-z]+)\s+and\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,2}$"
)


def listed_before(sentence: str, start: int, head: str) -> tuple[int, int, str] | None:
    """For a foreign-owned currency word at ``start`` ("dollars" in "the Australian and New
    Zealand dollars"), the span of the word listed before it and the phrase it names with
    the shared head ("australian dollar"), or None."""
    before = _LISTED_BEFORE.search(sentence, max(0, start - 40), start)
    if before is None:
        return None
    noun = head.lower()
    noun = noun[:-1] if noun.endswith("s") else noun
    return before.start("w"), before.end("w"), f"{before.group('w').lower()} {noun}"


class _Named(Protocol):
    """A mention's fields ``joined`` reads."""

    @property
    def end(self) -> int: ...

    @property
    def currency(self) -> str | None: ...

    @property
    def instrument(self) -> object | None: ...


_JOINED = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,2}")  # " and Taiwan's "


def joined(sentence: str, before: _Named, start: int) -> bool:
    """Whether a foreign-owned currency word at ``start`` is listed right after a currency
    mention ("South Korea's won and Taiwan's dollar both fell"): one subject of two names."""
    fx = before.currency is not None or getattr(before.instrument, "base_currency", None)
    return bool(fx) and _JOINED.fullmatch(sentence, before.end, start) is not None
