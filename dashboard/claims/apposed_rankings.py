"""A sized move noun of an earlier day ranked by the words set beside it: "handing back part of
Wednesday's 9.5% leap, its largest one-day gain since 2008", "after a 33 basis point jump on
Friday that was already the biggest one-day rise since 1991", "extending a 7.4% collapse a day
earlier that had been its steepest one-day fall since 1973", "giving back its 9.5% surge a day
earlier, which was the index's biggest one-day gain since 2008". The ranking is the noun's own
day's biggest move, in the noun's direction; the day the sentence's main verb tells has none."""

from __future__ import annotations

import re

from dashboard.claims import figures as fig
from dashboard.claims.noun_rankings import ranking_claim
from dashboard.claims.same_day import redated
from dashboard.domain import Claim, Direction, Measure

_NOUN = r"(?:" + fig._MOVE_NOUN + r")"
# after the size: the move noun (when the claim's words stop short of it), its market, its day
_TAIL = re.compile(
    r"(?:[\s-]+(?:[a-z-]+\s+){0,2}?" + _NOUN + r")?"
    r"(?P<owner>\s+(?:in|for)\s+(?:the\s+)?[\w.&'’ /-]{1,40}?)??"
    r"(?:\s+(?:on\s+[A-Z][a-z]+day|a\s+(?:day|session)\s+earlier|the\s+(?:previous|prior)\s+"
    r"(?:day|session)|that\s+day|yesterday))?"
    r"(?P<link>\s*,\s*(?:(?:which|that)\s+(?:was|had\s+been)\s+(?:already\s+|also\s+)?)?"
    r"|\s+(?:which|that)\s+(?:was|had\s+been)\s+(?:already\s+|also\s+)?)",
    re.IGNORECASE,
)
# the noun's head after its figure: "a 7.4% collapse a day earlier", "Wednesday's 9.5% leap"
_OTHER_OWNER = re.compile(r"\s+in\s+the\s+(?:index|gauge|benchmark|cash\s+market)\b", re.I)
_HEAD = re.compile(r"\d[^,;]*?[\s-]" + _NOUN + r"s?\b", re.IGNORECASE)
_OWNED = re.compile(r"(?:\b(?:a|an|its|their)|['’]s)\s+[$€£]?\d")  # "with a 2.1% loss"


def apposed_rankings(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, with the ranking set beside each sized move noun made that noun's day's
    biggest move (added when missing, redated when told on another day)."""
    if not any(w in s for w in ("est ", "worst ", "best ")):
        return claims
    out = list(claims)
    for noun in [c for c in claims if _sized_noun(s, c)]:
        ranked = _ranking(s, noun)
        if ranked is None or fig.multi_session(ranked):
            continue
        told = [c for c in out if _same_ranking(c, noun, ranked)]
        for claim in told:
            if noun.session and claim.session != noun.session:
                out[out.index(claim)] = redated(claim, noun.session)
        if not told:
            out.append(ranking_claim(s, noun, ranked))
    return sorted(out, key=lambda c: c.start)


def _sized_noun(s: str, claim: Claim) -> bool:
    """ "Wednesday's 9.5% leap", "a 33 basis point jump on Friday": a day's sized move told as
    a noun, not by a verb."""
    if claim.measure is not Measure.SESSION_CHANGE or claim.size is None or not claim.session:
        return False
    if claim.direction not in (Direction.UP, Direction.DOWN):
        return False
    before = s[max(0, claim.start - 12) : claim.start]
    own = re.search(r"(?:\b(?:a|an|its|their)|['’]s)\s+$", before) or _OWNED.search(claim.text)
    head = _HEAD.search(claim.text) or re.match(r"[\s-]+(?:[a-z-]+\s+)?" + _NOUN, s[claim.end :])
    return own is not None and head is not None


def _ranking(s: str, noun: Claim) -> re.Match[str] | None:
    """The ranking phrase set beside the noun: ", its largest one-day gain since 2008"."""
    tail = _TAIL.match(s, noun.end)
    if tail is None or _OTHER_OWNER.match(tail.group("owner") or ""):
        return None  # "S&P 500 futures ..., Wednesday's 9.5% leap in the index": not the futures
    return fig.BIGGEST_RE.match(s, tail.end())


def _same_ranking(claim: Claim, noun: Claim, ranked: re.Match[str]) -> bool:
    """Whether the claim is the ranking already read from these words for this market."""
    return (
        claim.measure is Measure.BIGGEST_MOVE
        and claim.instrument == noun.instrument
        and claim.start <= ranked.end()
        and claim.end >= ranked.start()
    )
