"""One end of a range a market swung through: a sized move noun ("a 0.4% loss") or a level
("$61,200"), as in "swung between a 0.4% loss and a 0.3% gain"."""

from __future__ import annotations

import re
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import MOVE_NOUNS
from dashboard.claims.timeresolve import resolve_words
from dashboard.domain import Direction, Hedge

NOUN_RE = re.compile(r"\b(" + "|".join(sorted(MOVE_NOUNS, key=len, reverse=True)) + r")\b", re.I)


# "a high of $131.02", "a record low of 0.315%", "a session peak of 6.71%": an end named as one
_EXTREME_END = re.compile(
    r"\s*(?:an?|the|its|their)\s+(?:(?:record|all-time|session|intraday|day['’]s|[\w-]+-(?:year"
    r"|month|week))\s+)?(?P<end>high|low|peak|trough)\s+of\s+",
    re.IGNORECASE,
)


def range_end(part: str) -> tuple[Direction | None, fig.Size | None, float | None] | None:
    """One end of a range: a sized move noun ("a 0.4% loss"), a level ("$61,200") or a level
    named as the high or low ("a high of $131.02")."""
    noun = NOUN_RE.search(part)
    figure = fig.FIGURE_RE.search(part)
    if noun is not None and figure is not None:
        return MOVE_NOUNS[noun.group(1).lower()], fig.size_from(figure), None
    named = _EXTREME_END.match(part)
    way = None
    if named is not None:
        way = Direction.UP if named.group("end").lower() in ("high", "peak") else Direction.DOWN
        part = part[named.end() :]
    found = fig.LEVEL_RE.match("at " + part.strip())
    if found is None or found.end() < len(part.strip()) + 3:
        return None
    return way, None, fig.level_from(found).value


def range_parts(m: re.Match[str]) -> tuple[str, str] | None:
    """The two ends of a swing that are both ends of the day's range: "between X and Y", or
    "from a high of $131.02 to a low of $111.04" (both levels named as high or low)."""
    if "one" in m.groupdict():
        return m.group("one"), m.group("two")
    first, second = m.group("first"), m.group("second")
    if not (_EXTREME_END.match(first) and _EXTREME_END.match(second)):
        return None
    ends = (range_end(first), range_end(second))
    return (first, second) if all(e is not None and e[2] is not None for e in ends) else None


_ON_DAY = re.compile(r"\bon\s+(?:mon|tues|wednes|thurs|fri)day\b", re.IGNORECASE)


def own_day(part: str, session: date) -> date | None:
    """The day a swing's first end names before the second end's ("swung from a 12.4% plunge on
    Monday to a 10.2% surge on Tuesday"): then it was that day's move, not this day's extreme."""
    found = _ON_DAY.search(part)
    ref = resolve_words(found.group(0), session) if found else None
    return ref.session if ref and ref.session and ref.session < session else None


# "to a gain of more than 4% overnight", "to a 3.4% gain within an hour": a leg reached inside
# the day (or told as the most it went), not where the market ended
_BRIEF_LEG = re.compile(
    r"[^,;]{0,60}?\b(?:within\s+(?:about\s+|an?\s+|the\s+)?(?:hour|minutes|seconds|hours|matter)"
    r"|overnight)\b",
    re.IGNORECASE,
)


def brief_leg(s: str, at: int, sizes: list[fig.Size]) -> bool:
    """A swing's second leg, told from ``at``, that was the day's other extreme: "to a loss of
    as much as 1.2%", "to a 3.4% gain within an hour", "to a gain of more than 4% overnight"."""
    if sizes and sizes[0].hedge is Hedge.AS_MUCH_AS:
        return True
    return _BRIEF_LEG.match(s, at) is not None
