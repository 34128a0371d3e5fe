"""Unsized moves a verb posts: "the Nikkei eked out a small gain on Thursday", "Brent
suffered a steep loss", "U.S. stocks posted modest gains", "the rand staged a recovery": a
move over the session, its way the noun's (sized ones, "posted a gain of 2%", are read by the
move-noun patterns)."""

from __future__ import annotations

import re

from dashboard.claims.folding import matches
from dashboard.domain import Direction

_POSTERS = (
    r"posted|posts|posting|recorded|records|recording|notched|notches|notching|logged|logs"
    r"|logging|booked|suffered|suffers|suffering|registered|registering|managed|manages"
    r"|managing|scored|scoring|(?:eked|eke|ekes|eking|scratched|squeezed|clawed|scraped|scrapes|scraping)\s+out"
    r"|(?:chalked|racked)\s+up"
)
# only words that size or colour the move: "a weekly gain", "a first gain in five sessions"
# or "a third straight loss" name a window or a streak, which this pattern leaves alone
_SIZE_WORDS = (
    r"small|slight|modest|marginal|tiny|narrow|fractional|minor|meagre|meager|paltry|thin"
    r"|steep|sharp|heavy|big|hefty|solid|strong|large|deep|huge|substantial|moderate|mild"
    r"|healthy|firm|decent|robust|broad"
)
_UP_NOUNS = ("gain", "rise", "advance", "increase")
POSTED_UNSIZED = re.compile(
    r"(?<![\w-])(?:" + _POSTERS + r")\s+(?:(?:a|an)\s+(?:(?:" + _SIZE_WORDS + r")\s+)?"
    r"(?P<one>gain|loss|rise|drop|decline|advance|fall|increase|decrease)"
    r"|(?:(?:" + _SIZE_WORDS + r")\s+)?(?P<many>gains|losses|declines|advances))\b"
    r"(?!\s+(?:of|for|on\s+the|over|in\s+the|this|since)\b)(?![\w-])",  # a size or a window
    re.IGNORECASE,
)
# "the rand staged a recovery on Thursday", "stocks mounted a strong rebound": a rise
STAGED_UNSIZED = re.compile(
    r"(?<![\w-])(?:staged|stages|staging|mounted|mounts|mounting)\s+(?:a|an)\s+"
    r"(?:(?:" + _SIZE_WORDS + r")\s+)?(?:rally|recovery|rebound|comeback)\b"
    r"(?!\s+(?:of|for|on\s+the|over|in\s+the|this|since|from)\b)(?![\w-])",
    re.IGNORECASE,
)
_NEEDS = ("post", "record", "notch", "logg", "logs", "booked", "suffer", "regist", "manag",
          "scor", "out", "up")  # fmt: skip


def posted_moves(sentence: str, words: str) -> list[tuple[int, int, str, Direction]]:
    """Where an unsized posted move stands: (start, end, its words, its way)."""
    found: list[tuple[int, int, str, Direction]] = []
    for m in matches(POSTED_UNSIZED, sentence, words, _NEEDS):
        noun = (m.group("one") or m.group("many")).lower()
        way = Direction.UP if noun.startswith(_UP_NOUNS) else Direction.DOWN
        found.append((m.start(), m.end(), " ".join(m.group(0).split()), way))
    for m in matches(STAGED_UNSIZED, sentence, words, ("stag", "mount")):
        found.append((m.start(), m.end(), " ".join(m.group(0).split()), Direction.UP))
    return found
