"""Figures no claim took: the shared ground of the last-resort rules (``unclaimed_periods``,
``unclaimed_moves``).

A leftover is a figure in digits or a fraction word ("more than half"), in percent or basis
points, that no claim of the sentence took, in a clause with no forecast or economic word, after a claim on a market with no other
market named in between. That claim is its anchor: the leftover is about the same market."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import DOWN_VERBS, FORECAST_WORDS, MOVE_NOUNS, UP_VERBS, word_list
from dashboard.claims.subjects import Mention
from dashboard.domain import Claim, Direction, Hedge, InstrumentKind, Measure, Unit
from dashboard.instruments import Registry

_REACH = 32  # characters either side of the figure that its clause may take
_CLAUSE_LEFT = re.compile(r".*(?:[;:(]|,(?!\d))", re.DOTALL)  # a comma inside "$2,880" cuts nothing
_CLAUSE_RIGHT = re.compile(r"[;:)]|,(?!\d)")
_CLAUSE_MARK = re.compile(r"[;:]|,(?!\d)")
_DIGIT = re.compile(r"\d")
_CANDIDATE = re.compile(
    r"\d(?:%|\s*(?:%|percent\b|per\s+cent\b|pct\b|basis\s+points?\b|bps?\b))"
    r"|\b(?:half|third|quarter|fifth|tenth)s?\b",
    re.IGNORECASE,
)
_TAKEN = frozenset(  # words that take a figure off a market: "stripped 40% from its value"
    word_list(
        "stripped stripping knocked knocking wiped wiping shaved shaving erased erasing lopped"
    )
)
_NOT_PRICES = re.compile(
    r"\b(?:inflation|gdp|payrolls|consumer|prices|rates?|growth|earnings|profits?|revenues?"
    r"|sales|shares|stake|output|exports|imports|unemployment|economy|economists?|polls?"
    r"|spreads?|gap|premium|differential|storage|inventories|stockpiles?|supplies|production"
    r"|demand|on\s+(?:course|track|pace)\s+for)\b",
    re.IGNORECASE,
)
_FORECAST = frozenset(FORECAST_WORDS) - frozenset(  # "faded to 0.6%", "not seen since"
    word_list(
        "to set seen sees see can cannot couldn't won't not never didn't failed fail want wants"
    )
)
_UP_AFTER = frozenset(word_list("higher up above stronger firmer richer ahead"))
_DOWN_AFTER = frozenset(word_list("lower down off below under weaker softer cheaper"))
_GIVE = frozenset(word_list("give gives gave given giving"))  # "has given up 8%"
_CONTRAST = re.compile(r"\b(?:while|whereas|meanwhile|elsewhere)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# How the words before a leftover figure may open its clause and still be about the anchor's
# market: a participle ("knocking", "leaving the metal up"), "and"/"though" with a verb whose
# subject is elided or points back ("and is now up", "though that left it"), the market's own
# move noun ("before the gain faded to", "its advance had narrowed to"), another window ("and
# the quarter"), or an apposed state ("well off a 3% slide", "some 35 basis points below").
_OWN_CLAUSE = re.compile(
    r"[\s,;:(]*(?:(?:even|only)\s+)?(?:(?:and|but|though|although|yet|so|before|after|with|as|for"
    r"|to)\s+)?"
    r"(?:(?:still|now|then|also)\s+)?"
    r"(?:(?:by|at|in|on)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+)?"  # "but by midday its advance had"
    r"(?:[a-z]+ing\b|having\b|(?:is|was|are|were|has|had|have|stands|stood|sits|sat|remains"
    r"|remained|ended|closed|finished|settled|traded|trades|end|close|finish|settle|trade|stand"
    r"|sit)\b|(?:it|they|that|this)\b"
    r"|[a-z]+ed\s+(?:its|their|the)\s+(?:gains?|loss(?:es)?|advance|rise|drop|decline|slide|rally"
    r"|fall|slump|surge|jump|rebound|recovery)\b"  # "stretched its gain to as much as 4.5%"
    r"|(?:(?:its|their|the)\s+)?(?:(?:[a-z]+\s+)?(?:gain|gains|loss|losses|advance|rise|drop|decline"
    r"|slide|rally|move|fall|slump|rout|rebound|recovery|surge|jump)|index|currency|contract"
    r"|benchmark|gauge|metal|yield|pair|week|month|quarter|year)\b"
    r"|within\s+(?:reach|striking\s+distance)\s+of\b"  # "within reach of the record it hit"
    r"|(?:(?:well|far)\s+)?(?:off|up|down|some|about|roughly|around|nearly|almost|more|less|over"
    r"|under|just|still|a|an|below|above|than|short\s+of|from|since|of)\b|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Leftover:
    """A figure no claim took, its clause, and the claim on the market it is about."""

    figure: re.Match[str]
    size: fig.Size
    start: int  # the clause around the figure: s[start:end]
    end: int
    anchor: Claim
    session: date  # the last session the sentence's claims on that market are about

    def left(self, s: str) -> str:
        """The clause's words before the figure."""
        return s[self.start : self.figure.start()]

    def right(self, s: str) -> str:
        """The clause's words after the figure."""
        return s[self.figure.end() : self.end]

    def claim(
        self,
        s: str,
        span: tuple[int, int],
        measure: Measure,
        way: Direction,
        since: date | None = None,
        time_words: str = "",
        session: date | None = None,
    ) -> Claim:
        """The anchor's market moved by this figure, told at ``s[span]``: on the day of the
        sentence's claims on it unless ``session`` says otherwise."""
        start, end = span
        return replace(
            self.anchor,
            text=s[start:end],
            start=start,
            end=end,
            measure=measure,
            direction=way,
            size=self.size.value,
            unit=self.size.unit,
            hedge=self.size.hedge,
            level=None,
            session=session or self.session,
            since=since,
            time_words=time_words,
        )


def leftovers(
    s: str, claims: list[Claim], mentions: list[Mention], registry: Registry
) -> list[Leftover]:
    """Every leftover figure of the sentence, in text order."""
    if not claims or _DIGIT.search(s) is None:
        return []
    sized = [(c.start, c.end) for c in claims if c.size is not None]
    if all(any(a <= q.start() < b for a, b in sized) for q in _CANDIDATE.finditer(s)):
        return []  # a cheap look first: every percent or bp figure sits in a sized claim
    found = (_leftover(s, m, claims, mentions) for m in fig.FIGURE_RE.finditer(s))
    return [f for f in found if f is not None and not _yield_level(f, registry)]


def _yield_level(left: Leftover, registry: Registry) -> bool:
    """A percent figure on a bond yield is a level ("climbed to 4.80% from 4.69%")."""
    kinds = [i.kind for i in registry.instruments if i.id == left.anchor.instrument]
    return left.size.unit is Unit.PERCENT and InstrumentKind.BOND_YIELD in kinds


def _leftover(
    s: str, m: re.Match[str], claims: list[Claim], mentions: list[Mention]
) -> Leftover | None:
    if not (m.group("num") or m.group("cnum") or m.group("frac")) or _taken(m, claims):
        return None
    size = fig.size_from(m)
    if size.unit not in (Unit.PERCENT, Unit.BASIS_POINTS) or _taken_size(size.value, claims):
        return None
    start, end = _clause(s, m)
    anchor = _anchor(s, m.start(), claims, mentions)
    if anchor is None and size.hedge is Hedge.AS_MUCH_AS:
        anchor = _apposed_anchor(s, m.start(), claims, mentions)
    if anchor is None or _forecast(s[start:end]):
        return None
    if _NOT_PRICES.search(s, min(start, anchor.end), end):  # "and the gap over Bunds narrowed to"
        return None
    days = [c.session for c in claims if c.instrument == anchor.instrument and c.session]
    return Leftover(m, size, start, end, anchor, max(days)) if days else None


def _clause(s: str, m: re.Match[str]) -> tuple[int, int]:
    left_edge = max(0, m.start() - _REACH)
    cut = _CLAUSE_LEFT.match(s, left_edge, m.start())
    stop = _CLAUSE_RIGHT.search(s, m.end(), m.end() + _REACH)
    return (cut.end() if cut else left_edge), (
        stop.start() if stop else min(len(s), m.end() + _REACH)
    )


def _opening(s: str, at: int) -> int:
    """Where the clause that holds ``at`` opens: after the last comma (not one inside a figure,
    "$2,880"), semicolon or colon."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(s, 0, at)]
    return marks[-1] if marks else 0


def _taken(m: re.Match[str], claims: list[Claim]) -> bool:
    return any(c.start <= m.start() < c.end and c.size is not None for c in claims)


def _taken_size(value: float, claims: list[Claim]) -> bool:
    return any(value in (c.size, c.level) for c in claims)


def _forecast(clause: str) -> bool:
    return any(w.lower() in _FORECAST for w in _WORD.findall(clause))


def _anchor(s: str, at: int, claims: list[Claim], mentions: list[Mention]) -> Claim | None:
    """The last claim before the figure, if the figure can be about its market."""
    before = [c for c in claims if c.start < at]
    if not before:
        return None
    return before[-1] if about_anchor(s, before[-1], at, mentions) else None


def _apposed_anchor(s: str, at: int, claims: list[Claim], mentions: list[Mention]) -> Claim | None:
    """ "The index, up as much as 0.8% in the first half hour, ... closed down 1.1%": before any
    claim, a figure told of the last market named (no other market, figure or "while" between):
    that market's first claim after it."""
    if any(c.start < at for c in claims):
        return None
    named = [m for m in mentions if m.end <= at and not m.anaphor and m.instrument is not None]
    if not named or _CONTRAST.search(s, named[-1].end, at) or _DIGIT.search(s, named[-1].end, at):
        return None  # (no other figure between: "jumped 2 points in price, driving ...")
    owner = named[-1].instrument
    assert owner is not None
    return next((c for c in claims if c.start > at and c.instrument == owner.id), None)


def about_anchor(s: str, anchor: Claim, at: int, mentions: list[Mention]) -> bool:
    """Whether words at ``at``, after a claim, can still be about that claim's market: no other
    market named between, no "while", no other subject's clause ("..., with miners up 2%", "as
    Nvidia jumped 6%", "and Nvidia shares are now 10% below their June 18 record close")."""
    if anchor.end >= at:
        return True  # told within the claim's own words
    if _CONTRAST.search(s, anchor.end, at) or _named_between(anchor, at, mentions):
        return False
    if _NOT_PRICES.search(s, anchor.end, at):
        return False
    return _OWN_CLAUSE.match(s, max(_opening(s, at), anchor.end), at) is not None


def turned_away(s: str, anchor: Claim, at: int, mentions: list[Mention]) -> bool:
    """Whether a "while" or another market stands between a claim and ``at``."""
    return bool(_CONTRAST.search(s, anchor.end, at)) or _named_between(anchor, at, mentions)


def _named_between(anchor: Claim, at: int, mentions: list[Mention]) -> bool:
    """Whether a market other than the anchor's is named after its start and before ``at``."""
    for mention in mentions:
        if anchor.start < mention.start < at and not mention.anaphor:
            named = mention.instrument.id if mention.instrument else mention.currency or ""
            if named not in anchor.instrument:
                return True
    return False


def direction(left: str, right: str) -> Direction | None:
    """The word of movement just after the figure ("higher", "weaker", "below", "a 3% slide"),
    else the last one before it ("has given up 8%" is a fall)."""
    after = _WORD.findall(right)[:1]
    first = after[0].lower() if after else ""
    if first in _UP_AFTER:
        return Direction.UP
    if first in _DOWN_AFTER:
        return Direction.DOWN
    if (noun := MOVE_NOUNS.get(first)) is not None:
        return noun  # "a 3% slide"
    words = [w.lower() for w in _WORD.findall(left)]
    for i in range(len(words) - 1, -1, -1):
        low = words[i]
        if low == "up" and i > 0 and words[i - 1] in _GIVE:
            return Direction.DOWN
        if low in UP_VERBS or MOVE_NOUNS.get(low) is Direction.UP or low in _UP_AFTER:
            return Direction.UP
        if low in DOWN_VERBS or MOVE_NOUNS.get(low) is Direction.DOWN or low in _DOWN_AFTER:
            return Direction.DOWN
        if low in _TAKEN:
            return Direction.DOWN
    return None
