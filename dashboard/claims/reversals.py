"""Words after a claim that turn it: "..., before recovering", "hit $69,000 and then tumbled"."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import merge
from dashboard.claims.folding import holds
from dashboard.claims.lexicon import DOWN_VERBS, MOVE_NOUNS, UP_VERBS
from dashboard.claims.timewords import NAMED_DAY
from dashboard.claims.triggers import Kind, Trigger
from dashboard.claims.undone import PORTION
from dashboard.claims.undone_levels import owner_fits
from dashboard.domain import Claim, Direction, Measure

# "..., after the data, before ...": a cause told between a move and its undoing
_CAUSE = r"(?:[\s,]*(?:after|as|amid)\s+[^,;]{1,80}?(?=,\s*before\b))?"
# "..., though it later recovered", "but later pared": a later turn told without "before"
_ANAPHOR = (  # "the currency", "the blue-chip index", "the white metal"
    r"the\s+(?:[\w-]+\s+)?(?:index|benchmark|gauge|currency|contract|yield|market|metal|unit"
    r"|average|cryptocurrency|token)"
)
_LATER = r"(?:(?:though|although|but|and)\s+(?:(?:it|they|" + _ANAPHOR + r")\s+)?later)"
_REVERSAL = re.compile(  # "before the benchmark surrendered ...": its own anaphor subject
    _CAUSE + r"[\s,]*(?:(?:on|in|at|for|during)\s+[^,;]{1,40}?\s+)?"
    r"(?:(?:within\s+(?:a\s+whisker|sight|striking\s+distance)\s+of|its|their)\s[^,;]{1,40},\s*)?"
    r"(?:before|then|but(?=\s+(?:(?:it|they|"
    + _ANAPHOR
    + r")\s|[a-z]+ed\s+back\b))|"  # "but it
    # eased as the session wore on", ", but slipped back to end up 0.9%"
    + _LATER
    + r"|(?:most|much|some|part|all|half)\s+of\s+which)\s+(?:(?:it|they|both|the\s+two|"
    + _ANAPHOR
    + r")\s+(?=(?:[a-z]+ed|gave)\b))?"
    r"(?:(?:quickly|swiftly|promptly|partly|partially|then|later|sharply|abruptly|suddenly)\s+)?"
    r"(?P<v>[a-z]+(?:ing|ed)|gave)\b"
    r"(?:\s+(?:slightly|marginally|modestly|sharply|\d[\d.]*%)?\s*(?P<d>higher|lower|up|down)\b)?",
    re.IGNORECASE,
)
# "..., only to pare its gain to 2.3%", "only to close lower": what the subject did next
_ONLY_TO = re.compile(
    r"[\s,]*(?:(?:on|in|at|for)\s+[^,;]{1,40}?\s+)?only\s+to\s+(?P<v>[a-z]+)\b"
    r"(?:\s+(?:slightly|marginally|modestly|sharply|\d[\d.]*%)?\s*(?P<d>higher|lower|up|down)\b)?",
    re.IGNORECASE,
)
_UNDOING = frozenset({"paring", "trimming", "erasing", "reversing", "giving", "recouping"})
_UNDOING |= {"pare", "trim", "erase", "reverse", "give", "surrender", "relinquish", "recoup"}
_UNDOING |= {"surrendering", "relinquishing", "pared", "trimmed", "erased", "reversed"}
_UNDOING |= {"surrendered", "relinquished", "recouped", "gave"}
_REVERSAL_NOUN = re.compile(  # "..., before a sudden rebound", "before a U-turn"
    r"[\s,]*(?:(?:on|in|at|for)\s+[^,;]{1,40}?\s+)?before\s+(?:a|an)\s+(?:[a-z]+\s+)?"
    r"(?P<n>[a-z-]+)\b",
    re.IGNORECASE,
)
_KNOCKED_BACK = re.compile(  # "..., before intervention by Tokyo knocked it back"
    _CAUSE
    + r"[\s,]*(?:(?:on|in|at|for)\s+[^,;]{1,40}?\s+)?before\s+[^,;]{1,50}?\b(?:knocked|pushed"
    r"|drove|sent|dragged|pulled|helped|brought)\s+(?:it|them)\s+(?:back|recover|rebound"
    r"|retreat|bounce)\b"  # "before the central bank's pledges helped it recover to 6.9"
    r"|[\s,]*(?:(?:on|in|at|for)\s+[^,;]{1,40}?\s+)?before\s+(?:steadying|stabili[sz]ing|holding"
    r"|hovering|trading|settling)\s+(?:at|around|near)\s+[$€£]?\d",  # a level left for another
    re.IGNORECASE,
)


def reversed_after(s: str, end: int, made: list[Claim]) -> bool:
    """ "..., before recovering some ground": the words after the claim undo its move."""
    if not made:
        return False
    way = made[0].direction
    noun = _REVERSAL_NOUN.match(s, end)
    turned = MOVE_NOUNS.get(noun.group("n").lower()) if noun else None
    if (noun and noun.group("n").lower() in ("reversal", "u-turn")) or _KNOCKED_BACK.match(s, end):
        return True
    if turned is not None and way in (Direction.UP, Direction.DOWN):
        return turned is not way
    found = _REVERSAL.match(s, end) or _ONLY_TO.match(s, end)
    if found is None or _another_day(s, found.end(), made[0]):
        return False
    if not owner_fits(made[0], found.group(0)):
        return False  # "..., and ether sank 16%, though the currency later recovered"
    verb = found.group("v").lower()
    opposite = Direction.UP if way is Direction.DOWN else Direction.DOWN
    closed = (found.group("d") or "").lower()
    if closed and verb in _CLOSING:  # "before ending lower", "only to close higher"
        return (Direction.UP if closed in ("higher", "up") else Direction.DOWN) is opposite
    return verb in _UNDOING or (
        way in (Direction.UP, Direction.DOWN) and _VERB_WAY.get(verb) is opposite
    )


_CLOSING = frozenset(("ending", "closing", "finishing", "settling", "end", "close", "finish"))
_LATER_DAY = re.compile(
    r"\b(?:" + NAMED_DAY + r"|(?:the\s+)?(?:next|following)\s+(?:day|session)"
    r"|a\s+day\s+later|the\s+day\s+after)",
    re.IGNORECASE,
)
_CLAUSE_REST = re.compile(r"(?:[^,;.]|\.(?=\d))*")  # "3.8% on Friday": a decimal point ends nothing


def _another_day(s: str, at: int, claim: Claim) -> bool:
    """ "gained 2% on Wednesday before weakening again on Thursday": the turn names a day of
    its own, so it is a later session's move, not one that undid this one."""
    rest = _CLAUSE_REST.match(s, at)
    day = _LATER_DAY.search(rest.group(0)) if rest else None
    return day is not None and day.group(0).lower() not in claim.time_words.lower()


_OF_WHICH = re.compile(
    r"\b(?:most|much|some|part|all|half)\s+of\s+which\s+(?:it|they|the\s+\w+)\s+$", re.I
)


def undoing_which(s: str, trigger: Trigger) -> bool:
    """ "lost 1,000 points, most of which it recouped": the verb undoes the move before it and
    is no move of its own."""
    return _OF_WHICH.search(s, max(0, trigger.start - 40), trigger.start) is not None


_BACK_PORTION = re.compile(
    r"\s+back\s+" + PORTION + r"(?:an?|the|its|their)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:slide|slump|drop|fall|decline|loss|losses|plunge|rout|sell-off|selloff|gain|gains"
    r"|rally|rise|advance|jump|surge)\s+of\s+",
    re.IGNORECASE,
)


def undoing_portion(s: str, trigger: Trigger, made: list[Claim]) -> list[Claim]:
    """ "closed 3.2% lower after clawing back most of an early slide of more than 8%": the
    verb takes back part of the sized move after it and is no move of its own."""
    if trigger.word.lower() not in ("clawing", "clawed", "winning", "won"):
        return made
    if _BACK_PORTION.match(s, trigger.end) is None:
        return made
    return [c for c in made if c.size is not None or c.level is not None]


def outer_lead(claim: Claim, trigger: Trigger, day: date | None) -> Claim:
    """The claim a gapped clause after it copies: after a dated move noun, the clause's own day
    ("plunged 10.6% on Tuesday, extending Monday's 6.2% slide, and the Topix 9.5%")."""
    if day is None or not dated_nominal(trigger):
        return claim
    return replace(claim, session=day, time_words="")


def dated_nominal(trigger: Trigger) -> bool:
    """ "extending Friday's 14% plunge, before recouping some ground": a move dated to its own
    day is not the one the later words undo."""
    poss = trigger.match.groupdict().get("poss") if trigger.match else None
    return trigger.kind is Kind.NOMINAL and bool(poss)


_THEN = re.compile(
    r"[\s,]*(?:and\s+|but\s+)?(?:then|later|before|only\s+to)\s+(?P<v>[a-z]+)\b", re.I
)


def hit_then(s: str, end: int, made: list[Claim]) -> list[Claim]:
    """ "Bitcoin hit $69,000 and then tumbled 14%": a level reached and then left is the
    day's extreme on the other side of the move that follows."""
    found = _THEN.match(s, end)
    after = _VERB_WAY.get(found.group("v").lower()) if found else None
    if after is None:
        return made
    way = Direction.UP if after is Direction.DOWN else Direction.DOWN
    return [
        replace(c, measure=Measure.INTRADAY_EXTREME, direction=way)
        if c.measure is Measure.LEVEL
        and c.direction is Direction.NONE
        and merge.REACHED.search(c.text)
        else c
        for c in made
    ]


_VERB_WAY = {**dict.fromkeys(UP_VERBS, Direction.UP), **dict.fromkeys(DOWN_VERBS, Direction.DOWN)}


_PARED = re.compile(
    r"\b(?:pared|paring|pares|trimmed|trimming|trims|erased|erasing|erases|gave\s+up|giving\s+up"
    r"|reversed|reversing|reverses)\s+" + PORTION + r"?"
    r"(?:(?:its|their|the|early|earlier|initial|morning)\s+)*(?P<n>[a-z]+)\b",
    re.IGNORECASE,
)
_AFTER = re.compile(r"\bafter\s+$", re.IGNORECASE)
_HAVING = re.compile(r"\bhaving\s+$", re.IGNORECASE)
_STATES = (Measure.INTRADAY_CHANGE, Measure.SESSION_CHANGE)
_UNSIZED = (Measure.LEVEL, Measure.SESSION_CHANGE)


def pared_after(s: str, claims: list[Claim]) -> list[Claim]:
    """ "U.S. crude pared gains to trade up 3% after jumping above $100": the move the "after"
    clause names is the one pared, so it was the day's extreme, not a level it holds; so is a
    sized move a "having" clause names ("pared losses to stand 0.4% lower, having slid 2%")."""
    out = _both_turned(s, _undone_first(s, list(claims)))
    for index, claim in enumerate(claims):
        having = claim.size is not None and claim.measure in _STATES  # "..., having slid 2%"
        if having and not _HAVING.search(s, max(0, claim.start - 12), claim.start):
            continue
        if not having and (claim.measure not in _UNSIZED or claim.size is not None):
            continue
        if not having and not _AFTER.search(s, max(0, claim.start - 12), claim.start):
            continue
        way = next((w for c in claims[:index] if (w := _pared_way(c, claim)) is not None), None)
        if way is claim.direction:
            out[index] = replace(claim, measure=Measure.INTRADAY_EXTREME)
    return out


def _pared_way(earlier: Claim, claim: Claim) -> Direction | None:
    """The way of the move ``earlier`` says was pared ("pared gains": up; "reversed course"
    to trade lower: up), when it is on the same instrument and day as ``claim``."""
    same = (earlier.instrument, earlier.inverse, earlier.session)
    found = _PARED.search(earlier.text)
    if found is None or same != (claim.instrument, claim.inverse, claim.session):
        return None
    noun = MOVE_NOUNS.get(found.group("n").lower())
    if noun is not None:
        return noun
    if found.group("n").lower() == "course" and earlier.direction in (Direction.UP, Direction.DOWN):
        return Direction.UP if earlier.direction is Direction.DOWN else Direction.DOWN
    return None


_BEFORE_UNDOING = re.compile(  # "Before it surrendered most of the advance, the Nikkei had been up"
    r"\s*before\s+(?:(?:it|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:surrendered|gave\s+(?:up|back)"
    r"|pared|trimmed|erased|relinquished|reversed)|surrendering|giving\s+(?:up|back)|paring"
    r"|trimming|erasing|relinquishing|reversing)\b[^,;]*,",
    re.IGNORECASE,
)


def _undone_first(s: str, claims: list[Claim]) -> list[Claim]:
    """A sentence opening with the undoing of a move ("Before it surrendered most of the
    advance, ...") tells that move next: the first sized move after it was the day's extreme."""
    opening = _BEFORE_UNDOING.match(s)
    if opening is None:
        return claims
    moves = (Measure.INTRADAY_CHANGE, Measure.SESSION_CHANGE)
    first = next((c for c in claims if c.start >= opening.end() and c.size is not None), None)
    if first is None or first.measure not in moves:
        return claims
    return [replace(c, measure=Measure.INTRADAY_EXTREME) if c is first else c for c in claims]


_BOTH_TURNED = (
    re.compile(  # "A slid to a record low ..., while B jumped ..., before both retreated"
        r",?\s*before\s+(?:both|the\s+two|they\s+both)\s+(?P<v>[a-z]+ed)\b", re.IGNORECASE
    )
)


def _both_turned(s: str, claims: list[Claim]) -> list[Claim]:
    """ "..., before both retreated": the moves of the two markets just told were each undone,
    so each reached its day's extreme (the nearer one is turned as its clause is read)."""
    found = _BOTH_TURNED.search(s) if holds(s, ("before",)) else None
    verb = found.group("v").lower() if found else ""
    if found is None or (verb not in _UNDOING and verb not in _VERB_WAY):
        return claims
    before = [c for c in claims if c.end <= found.start() and c.measure is not Measure.RECORD]
    both = list(dict.fromkeys(c.instrument for c in reversed(before)))[:2]
    return [(merge.reached(c) or c) if c in before and c.instrument in both else c for c in claims]
