"""Sized moves a tail reads in noun form: "sank a record 9.7%", "pushing the DAX to a 2.9% loss"."""

from __future__ import annotations

import re

from dashboard.claims import figures as fig
from dashboard.claims.currency_words import CURRENCY_UNITS
from dashboard.claims.lexicon import MOVE_NOUNS
from dashboard.claims.tail_records import Extra
from dashboard.claims.tail_state import Tail
from dashboard.domain import Direction

_NOUN = "|".join(sorted(MOVE_NOUNS, key=len, reverse=True))
_UNIT = (  # "by a record 177 won": also in the quote currency's own unit, or money ("$10.56")
    r"(?:[$€£]\d[\d,.]*\d\b(?=\s+to\s)|\d[\d,.]*[\s-]?(?:%|percent\b|per\s+cent\b|pct\b|points?\b"
    r"|basis\s+points?\b|bps?\b|cents\b|(?:" + "|".join(CURRENCY_UNITS) + r")\b))"
)
# "sank a record 9.7%", "jumped by a record 50 basis points": a move sized right after its verb
# and called a record is the biggest move on record (a level is reached "to" or "at")
_RECORD_SIZE = re.compile(
    r"(?:by\s+)?(?:an?|its|their)\s+(?:new\s+)?record\s+(?=(?:(?:about|around|some)\s+)?"
    + _UNIT
    + r"(?!\s+(?:[\w-]+\s+)?(?:"
    + _NOUN
    + r")\b))",
    re.IGNORECASE,
)
# "fell to a 2.9% loss", "pushing the index to a 1.2% gain": the size and way the move ended on
_TO_MOVE = re.compile(
    r"to\s+an?\s+(?:(?P<fig>(?:(?:" + fig.HEDGE + r")\s+)?" + _UNIT + r")\s+(?:[\w-]+\s+)?"
    r"(?P<noun>" + _NOUN + r")\b"
    r"|(?P<noun2>" + _NOUN + r")\s+of\s+(?P<fig2>(?:(?:" + fig.HEDGE + r")\s+)?" + _UNIT + r"))",
    re.IGNORECASE,
)  # "to a 300-point gain", "swung to a gain of more than 300 points"


# "slumped to their 5% limit-down", "hit the 7% limit up": an exchange's daily limit is a move
# of that size from the previous settlement, the way the limit names
_LIMIT_MOVE = re.compile(
    r"(?:to\s+|by\s+)?(?:its|their|the)\s+(?:daily\s+)?(?P<fig>\d[\d.]*\s?(?:%|percent\b|per\s+cent\b))"
    r"\s+(?:daily\s+)?(?:trading\s+)?limit(?:[\s-]+(?P<way>down|up)\b|(?=\s+(?:to|on|in|at|as|after)\b|\s*[,.;]))",
    re.IGNORECASE,
)  # "plunged by its daily 10% limit": the limit sizes the move the verb names


def noun_sized(s: str, at: int, tail: Tail) -> int | None:
    """A size read with a noun: "a record 9.7%", "to a 2.9% loss" or "to their 5% limit-down";
    None when none."""
    end = _record_size(s, at, tail)
    end = end if end is not None else _to_move(s, at, tail)
    return end if end is not None else _limit_move(s, at, tail)


def _limit_move(s: str, at: int, tail: Tail) -> int | None:
    """ "to their 5% limit-down": the move's size, and the way the limit names."""
    m = _LIMIT_MOVE.match(s, at) if not tail.sizes else None
    f = fig.FIGURE_RE.match(s, m.start("fig")) if m else None
    if m is None or f is None:
        return None
    tail.sizes.append(fig.size_from(f))
    if m.group("way"):
        tail.direction = Direction.DOWN if m.group("way").lower() == "down" else Direction.UP
    tail.noun_size = True
    tail.claim_end = m.end()
    return m.end()


def _record_size(s: str, at: int, tail: Tail) -> int | None:
    """ "a record" before the verb's size: a biggest move; the size itself is read next."""
    if tail.sizes or tail.level is not None or not tail.own_verb:
        return None
    m = _RECORD_SIZE.match(s, at)
    if m is None:
        return None
    tail.extras.append(Extra(False, m.start(), m.end(), None, None))
    return m.end()


def _to_move(s: str, at: int, tail: Tail) -> int | None:
    """ "to a 2.9% loss": the move's size, and the way its noun names."""
    m = _TO_MOVE.match(s, at) if not tail.sizes else None
    key = "fig" if m and m.group("fig") else "fig2"
    f = fig.FIGURE_RE.match(s, m.start(key)) if m else None
    if m is None or f is None:
        return None
    tail.sizes.append(fig.size_from(f))
    tail.direction = MOVE_NOUNS[(m.group("noun") or m.group("noun2")).lower()]
    tail.noun_size = True
    tail.claim_end = m.end()
    return m.end()
