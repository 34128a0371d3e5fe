"""Where record and biggest-move phrases stand ("a record high", "its lowest since 2014", "its
biggest one-day drop since 2008"); ``triggers`` makes each a trigger of its own."""

from __future__ import annotations

import re

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import MOVE_NOUNS
from dashboard.domain import Direction

RECORD_HINT = re.compile(
    r"record|high|low|peak|trough|est |best|worst|most|ever|seen|unmatch|unequal|unrival"
)
_RECORD_KEY = re.compile(
    r"seen|unmatch|unequal|unrival|record|all-time|lifetime|historic|high|low|peak|trough"
    r"|highest|lowest|strongest|weakest|firmest|softest|best|worst|biggest|largest|steepest|sharpest|heaviest|deepest|greatest|most"
    r"|priciest|dearest|cheapest|loftiest|richest|feeblest|fewest|least",
    re.IGNORECASE,
)
_RECORD_KEY_LOW = re.compile(_RECORD_KEY.pattern)  # on folded text: a literal scan is far faster
_WINDOW = 400  # characters searched after a key word
_LONGEST = 200  # no record or biggest-move phrase is longer than this
_RECORD = ("record",)
_SUPERLATIVE = ("est", "worst")  # "highest", "biggest", "best", ...
_HISTORIC = ("all-time", "lifetime", "historic", "postwar", "post-war")
_SPAN = ("year", "month", "week", "decade")  # "a two-year high", "a multiyear low"
_PATTERNS = (  # a biggest move or a record; the words one of which any match holds
    (fig.RECORD_RE, False, (*_RECORD, *_HISTORIC, *_SPAN, *_SUPERLATIVE)),
    (fig.RECORD_BARE_RE, False, (*_RECORD, "unprecedented")),
    (fig.RECORD_OF_RE, False, _RECORD),
    (fig.RECORD_PLAIN_RE, False, _RECORD),
    (fig.BIGGEST_RE, True, (*_SUPERLATIVE, "most")),
    (fig.RECORD_MOVE_RE, True, _RECORD),
    (fig.NOUN_WAS_BIGGEST_RE, True, _SUPERLATIVE),
    (fig.NOT_SEEN_MOVE_RE, True, ("seen", "unmatch", "unequal", "unrival")),
    (fig.NOUN_WAS_RECORD_RE, False, _SUPERLATIVE),
)

# "a 3% drop in the DAX, the steepest in a year": the move noun's tail ends at its owner, so
# the bare superlative set off after the owner is a phrase of its own
_OWNED_MOVE = re.compile(
    r"\b(?P<noun>"
    + "|".join(sorted(MOVE_NOUNS, key=len, reverse=True))
    + r")\s+(?:in|for)\s+(?:the\s+)?[\w&'’./-]+(?:\s+[\w&'’./-]+){0,3}"
    r"\s*,\s*$",
    re.IGNORECASE,
)

RecordPhrase = tuple[bool, re.Match[str], Direction | None]  # a biggest move?, its words, way


def record_phrases(sentence: str, words: str) -> list[RecordPhrase]:
    """Record and biggest-move phrases, searched only near their key words (the patterns are
    long; running them from every position was the parser's slowest step). Each pattern keeps
    a cursor, so the text is scanned about once per pattern whatever the number of keys; a
    pattern none of whose words is in ``words`` (the folded sentence) is not run at all."""
    aligned = len(words) == len(sentence)  # then the lower-case pattern finds the same keys
    finder = _RECORD_KEY_LOW.finditer(words) if aligned else _RECORD_KEY.finditer(sentence)
    keys = [k.start() for k in finder]
    found: list[RecordPhrase] = []
    for pattern, biggest, needs in _PATTERNS:
        if not any(w in words for w in needs):
            continue
        cursor = 0
        for key in keys:
            if key < cursor:
                continue
            high = min(len(sentence), key + _WINDOW)
            m = pattern.search(sentence, max(cursor, key - 60), high)
            while m is not None and m.end() <= key:
                m = pattern.search(sentence, m.end(), high)
            if m is None:  # nothing lies wholly inside the window: skip what cannot start one
                cursor = max(key + 1, high - _LONGEST) if high < len(sentence) else len(sentence)
                continue
            if m.start() > key:
                cursor = key + 1
                continue
            cursor = m.end()
            bare = pattern is fig.BIGGEST_RE and not (m.group("noun") or m.group("most"))
            owned = (
                _OWNED_MOVE.search(sentence, max(0, m.start() - 80), m.start()) if bare else None
            )
            if bare and owned is None:
                continue  # "its biggest since June" compares the move before it (see tail)
            way = fig.biggest_direction(m) if biggest else fig.record_direction(m)
            if owned is not None:  # "a 3% drop in the DAX, the steepest": the drop's way
                way = way or MOVE_NOUNS[owned.group("noun").lower()]
            if pattern not in (fig.RECORD_RE, fig.NOUN_WAS_RECORD_RE) and not biggest:
                way = None
            if pattern is fig.RECORD_OF_RE and m.group("hl"):  # "Thursday's record low of 121.5"
                way = Direction.DOWN if m.group("hl").lower() == "low" else Direction.UP
            found.append((biggest, m, way))
    return found
