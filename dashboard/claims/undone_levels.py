"""A level reached or a move that the sentence then says was undone ("plunged to a record low
of 0.315% ..., then whipsawed", "slid past 160 per dollar ..., before rebounding", "jumped more
than $3 ... early on Friday, only to give back those gains"): the day's extreme."""

from __future__ import annotations

import re

from dashboard.domain import Claim, InstrumentKind, Measure
from dashboard.instruments import load_registry

# a turn in the claim's own clause (no new subject after "while" or ", and Seoul's Kospi"), then
# up to five words (a new actor: "suspected intervention by Tokyo"), then the verb
_TURN = re.compile(
    r"(?:(?!\b(?:while|whereas)\b|,\s+(?:and\s+)?(?:the\s+)?[A-Z])[^;]){0,90}?"
    r"\b(?:before|then|but|only\s+to|later)\s+(?P<words>(?:[\w'’-]+\s+){0,5}?)"
    r"(?P<verb>[a-z]+)\b",
)
# verbs that undo a move whichever way it went
_UNDOING = re.compile(
    r"(?:gave|giv(?:e|ing)|recoup(?:ed|ing)?|par(?:ed|ing)|trimm(?:ed|ing)|revers(?:ed|ing)"
    r"|surrender(?:ed|ing)?|eras(?:ed|ing)|evaporat(?:ed|ing)|shr[au]nk|relinquish(?:ed|ing)?"
    r"|rebound(?:ed|ing)?|bounc(?:ed|ing)|recover(?:ed|ing)?|retreat(?:ed|ing)?|steadied|steadying"
    r"|pull(?:ed|ing)|whipsaw(?:ed|ing)|collapsed|fad(?:ed|ing)|lost|eas(?:ed|ing))$",
    re.IGNORECASE,
)
_CLOSE_WORDS = re.compile(r"\b(?:closed?|end(?:ed)?|settled?|finish(?:ed)?)\b", re.IGNORECASE)
_OTHER_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|next\s+day|following|days?\s+later"
    r"|overnight|week|month|year)\b",
    re.IGNORECASE,
)
_DAY_NOUN = re.compile(  # "extending Wednesday's nearly 6% plunge": a move of its own day
    r"\b(?:[a-z]+day|yesterday|(?:previous|prior)\s+(?:day|session))['’]s\s", re.IGNORECASE
)


def undone_after(s: str, claim: Claim, claims: list[Claim]) -> bool:
    """Whether a claim with a way is followed, in its clause, by a turn and a verb that undoes
    it, on the same day, with no other claim on its market told in between."""
    if _CLOSE_WORDS.search(claim.text) or _DAY_NOUN.search(claim.text):
        return False  # "fell to close at 13.5 ..., then": a close stays where it ended
    found = _TURN.match(s, claim.end)
    if found is None or _OTHER_DAY.search(s, found.start("words"), found.end() + 40):
        return False
    if not owner_fits(claim, s[claim.end : found.start("verb")]):
        return False  # "..., and ether sank 16%, though the currency later recovered"
    between = any(  # (a record told of the same move is no other claim: "its softest since")
        c.instrument == claim.instrument
        and claim.end <= c.start < found.start("words")
        and c.measure not in (Measure.RECORD, Measure.BIGGEST_MOVE)
        for c in claims
    )
    sized = _SIZED_NEXT.match(s, found.end()) is not None  # "but lost 41.3% over 2008"
    if between or sized or _moved_elsewhere(s, found, claim, claims):
        return False
    return _UNDOING.match(_verb(s, found)) is not None


def _moved_elsewhere(s: str, found: re.Match[str], claim: Claim, claims: list[Claim]) -> bool:
    """ "jumped 3.2% to $1.1710, but lost ground against the euro": the turn's verb is the
    move of another market (the pound against the euro), not the undoing of this one."""
    at = found.start("verb")
    while (word := _PRONOUN.match(s, at)) is not None:
        at = word.end()
    return any(c.instrument != claim.instrument and c.start <= at < c.end for c in claims)


_PRONOUN = re.compile(r"(?:it|they|had|has|have|then|later|since)\s+", re.IGNORECASE)


def _verb(s: str, found: re.Match[str]) -> str:
    """The turn's verb past a pronoun subject and its auxiliary ("but it had eased back")."""
    at = found.start("verb")
    while (word := _PRONOUN.match(s, at)) is not None:
        at = word.end()
    verb = re.match(r"[a-z]+", s[at:])
    return verb.group(0) if verb else ""


_SIZED_NEXT = re.compile(r"\s+(?:(?:about|nearly|almost|more\s+than|over)\s+)?[$€£]?\d")


# a description the turn's subject gives ("though the Mexican currency later pared its loss"):
# the kind of market it names
_OWNER_NOUN = re.compile(
    r"\bthe\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>currency|metal|cryptocurrency|token|yield)\b",
    re.IGNORECASE,
)
_NOUN_KINDS = {
    "currency": InstrumentKind.FX,
    "metal": InstrumentKind.COMMODITY,
    "cryptocurrency": InstrumentKind.CRYPTO,
    "token": InstrumentKind.CRYPTO,
    "yield": InstrumentKind.BOND_YIELD,
}


def owner_fits(claim: Claim, words: str) -> bool:
    """Whether the turn's words name no other kind of market than the claim's ("though the
    currency later recovered" after a stock index's move names another market)."""
    named = [m.group("noun").lower() for m in _OWNER_NOUN.finditer(words)]
    registry = load_registry()
    if not named or claim.instrument not in registry.ids():
        return True
    return registry.get(claim.instrument).kind is _NOUN_KINDS[named[-1]]
