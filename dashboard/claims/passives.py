"""Moves told with the market as the object, rewritten so the market is the subject before the
sentence is read: "A drop of 0.8% was recorded by the Swiss franc against the euro" reads as
"the Swiss franc fell 0.8% against the euro"; "Nearly 3% was wiped off the Nikkei" and
"Selling knocked 2% off the FTSE 100" as "the Nikkei fell nearly 3%"; "Gains of 1.8% and 2.1%
were posted by the IBEX and the FTSE MIB, respectively" as "the IBEX and the FTSE MIB rose 1.8%
and 2.1%, respectively"; "A loss of 7.1% left the Dow at 8,920.70" as "the Dow fell 7.1% to
8,920.70". Each character of the rewrite keeps the place in the sentence it came from (a word
put in takes the place of the verb it stands for), so claims still map to the text."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from dashboard.claims.lexicon import MOVE_NOUNS
from dashboard.claims.sentences import without_transition
from dashboard.claims.subjects import Mention
from dashboard.claims.trigger_patterns import SIZED_FIGURE
from dashboard.domain import Direction

_NOUNS = "|".join(
    sorted({*MOVE_NOUNS, "gains", "drops", "falls", "declines", "rises"}, key=len, reverse=True)
)
_FIGS = SIZED_FIGURE + r"(?:\s*,\s*or\s+" + SIZED_FIGURE + r")?"
_LIST = SIZED_FIGURE + r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+)" + SIZED_FIGURE + r")*"
_BE = r"(?:was|were|is|are|(?:has|have|had)\s+been|got)"
_NOUN_PHRASE = (
    r"(?:(?:a|an)\s+(?P<fig>" + _FIGS + r")\s+(?P<noun>" + _NOUNS + r")"
    r"|(?P<noun2>" + _NOUNS + r")\s+of\s+(?P<fig2>" + _LIST + r"))"
)
_POSTED = re.compile(
    r"\b" + _NOUN_PHRASE + r"\s*,?\s+" + _BE + r"\s+(?:recorded|posted|logged|notched|booked"
    r"|registered|suffered|seen|marked|reported|(?:chalked|racked)\s+up)\s+(?:by|in|for)\s+",
    re.IGNORECASE,
)
_LEFT = re.compile(r"\b" + _NOUN_PHRASE + r"\s*,?\s+(?:left|put)\s+", re.IGNORECASE)
_REMOVED = r"wiped|lopped|knocked|shaved|sliced|chopped|erased|stripped|trimmed|taken|slashed"
_TAKEN_OFF = re.compile(
    r"(?<![\w.,$€£-])(?P<fig>" + _FIGS + r")\s*,?\s+" + _BE + r"\s+(?:(?:" + _REMOVED + r")\s+"
    r"(?:off|from)|(?P<added>added|tacked\s+on)\s+(?:to|onto))\s+",
    re.IGNORECASE,
)
_KNOCKED_OFF = re.compile(
    r"\b(?:wiped|wipes|wiping|lopped|knocked|knocks|knocking|shaved|shaving|sliced|took|taking)"
    r"\s+(?P<fig>" + _FIGS + r")\s+off\s+",
    re.IGNORECASE,
)
_GAPPED_OFF = re.compile(r"\s+and\s+(?P<fig>" + _FIGS + r")\s+(?:off|from)\s+", re.IGNORECASE)
_MORE = re.compile(r"\s*,\s*and\s+|\s*,\s*|\s+and\s+")
_AT = re.compile(r"\s+at\s+(?=[$€£]?\d)")
_WORDS = ("record", "posted", "logged", "notched", "booked", "regist", "suffer", "seen",
          "marked", "report", "chalked", "racked", "left", "put", "wip", "lopped", "knock",
          "shav", "slic", "chopped", "erased", "stripped", "trimmed", "taken", "slashed",
          "added", "tacked", "took", "taking")  # fmt: skip

Mentions = Callable[[str], list[Mention]]
Piece = tuple[str, list[int]]


def readable(
    body: str, where: list[int] | None, mentions: Mentions
) -> tuple[str, list[int] | None]:
    """The sentence read from the word after a transition ("Meanwhile,"), its move told of a
    market as object rewritten, and where each character sits in the text."""
    return activated(*without_transition(body, where), mentions)


def activated(s: str, where: list[int] | None, mentions: Mentions) -> tuple[str, list[int] | None]:
    """The sentence with its first move told of a market as object rewritten with the market as
    subject, and where each character sits in the text ``where`` maps (unchanged: no such move)."""
    low = s.lower()
    if not any(w in low for w in _WORDS):
        return s, where
    once = lru_cache(maxsize=1)(mentions)  # the rewrites may each look up the sentence's names
    for rewrite in (_posted, _left, _taken_off, _knocked_off):
        pieces = rewrite(s, once)
        if pieces is not None:
            mapped = list(range(len(s) + 1)) if where is None else where
            text = "".join(p[0] for p in pieces)
            return text, [mapped[i] for p in pieces for i in p[1]] + [mapped[len(s)]]
    return s, where


def _span(s: str, start: int, end: int) -> Piece:
    return s[start:end], list(range(start, end))


def _word(text: str, at: int) -> Piece:
    return text, [at] * len(text)


def _verb(way: Direction | None) -> str | None:
    return {Direction.UP: "rose", Direction.DOWN: "fell"}.get(way) if way else None  # type: ignore[arg-type]


def _noun_way(m: re.Match[str]) -> Direction | None:
    noun = (m.group("noun") or m.group("noun2")).lower()
    return MOVE_NOUNS.get(noun, MOVE_NOUNS.get(noun.rstrip("s")))


def _figs(m: re.Match[str]) -> tuple[int, int]:
    group = "fig" if m.group("fig") else "fig2"
    return m.start(group), m.end(group)


def _owners_end(s: str, at: int, mentions: Mentions) -> int | None:
    """Where the market (or the list of markets) that starts at ``at`` ends."""
    found = [x for x in mentions(s) if x.instrument is not None or x.currency]
    end = _market_at(found, at, s)
    while end is not None:
        more = _MORE.match(s, end)
        following = _market_at(found, more.end(), s) if more else None
        if following is None:
            return end
        end = following
    return None


def _market_at(found: list[Mention], at: int, s: str) -> int | None:
    skip = 4 if s[at : at + 4].lower() == "the " else 0
    return next((x.end for x in found if x.start in (at, at + skip)), None)


def _posted(s: str, mentions: Mentions) -> list[Piece] | None:
    m = _POSTED.search(s)
    verb = _verb(_noun_way(m)) if m else None
    if m is None or verb is None or (end := _owners_end(s, m.end(), mentions)) is None:
        return None
    first, last = _figs(m)
    return [_span(s, 0, m.start()), _span(s, m.end(), end), _word(f" {verb} ", m.end() - 1),
            _span(s, first, last), _span(s, end, len(s))]  # fmt: skip


def _left(s: str, mentions: Mentions) -> list[Piece] | None:
    m = _LEFT.search(s)
    verb = _verb(_noun_way(m)) if m else None
    if m is None or verb is None or (end := _owners_end(s, m.end(), mentions)) is None:
        return None
    at = _AT.match(s, end)
    if at is None:
        return None
    first, last = _figs(m)
    return [_span(s, 0, m.start()), _span(s, m.end(), end), _word(f" {verb} ", m.end() - 1),
            _span(s, first, last), _word(" to ", at.start() + 1), _span(s, at.end(), len(s))]  # fmt: skip


def _taken_off(s: str, mentions: Mentions) -> list[Piece] | None:
    m = _TAKEN_OFF.search(s)
    if m is None or (end := _owners_end(s, m.end(), mentions)) is None:
        return None
    verb = "rose" if m.group("added") else "fell"
    pieces = [_span(s, 0, m.start()), _span(s, m.end(), end), _word(f" {verb} ", m.end() - 1),
              _span(s, m.start("fig"), m.end("fig"))]  # fmt: skip
    gap = _GAPPED_OFF.match(s, end)  # "and 3.6% off the China Enterprises Index"
    then = _owners_end(s, gap.end(), mentions) if gap else None
    if gap is None or then is None:
        return [*pieces, _span(s, end, len(s))]
    return [*pieces, _word(" and ", gap.start() + 1), _span(s, gap.end(), then), _word(" ", then),
            _span(s, gap.start("fig"), gap.end("fig")), _span(s, then, len(s))]  # fmt: skip


def _knocked_off(s: str, mentions: Mentions) -> list[Piece] | None:
    m = _KNOCKED_OFF.search(s)
    if m is None or (end := _owners_end(s, m.end(), mentions)) is None:
        return None
    brief = _BRIEFLY_BEFORE.search(s, 0, m.start())  # "a plunge briefly wiped 1,000 points
    cut = brief.start() if brief else m.start()  # off the Dow": the Dow briefly fell
    verb = " briefly fell " if brief else " fell "
    return [_span(s, 0, cut), _word("as ", m.start()), _span(s, m.end(), end),
            _word(verb, m.start()), _span(s, m.start("fig"), m.end("fig")),
            _span(s, end, len(s))]  # fmt: skip


_BRIEFLY_BEFORE = re.compile(r"\bbriefly\s+$", re.IGNORECASE)
