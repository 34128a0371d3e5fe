"""Levels a verb's object reached: "the hike sent the two-year yield to 4.12%", "sent it below
$1.10", "sending the yield as high as 4.53%", "a fourth loss left the index at 7,845", "fell 2% on
Friday, leaving it at 7,845". Each is read from a neutral trigger right after the object, so the
object reads as its subject."""

from __future__ import annotations

import re

from dashboard.claims.folding import matches
from dashboard.claims.lexicon import MOVE_NOUNS
from dashboard.claims.trigger_patterns import CAUSED_TO, CAUSED_WORDS
from dashboard.domain import Direction

# (start, end, verb, way, briefly, caused): the trigger a caused level stands for
Caused = tuple[int, int, str, Direction | None, bool, bool]
_CAUSED_WAY = {"lift": Direction.UP, "boos": Direction.UP, "drag": Direction.DOWN}
_CAUSED_WAY["knoc"] = Direction.DOWN
_CAUSED_WAY["trim"] = Direction.DOWN  # "profit-taking trimmed it to $398.50"
_CAUSED_WAY["help"] = Direction.UP  # "dollar sales helped the rouble to 90"
_CAUSED_WAY["haul"] = Direction.UP  # "intervention hauled the yen back to 146.2"
_FALLING = frozenset(("tumb", "slid", "plun", "reel", "sink", "slum"))
_MOVE_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|[\w&./-]+['’]s)\s+(?:[\w.%,-]+\s+){0,3}?(?:"
    + "|".join(sorted(MOVE_NOUNS, key=len, reverse=True))
    + r")(?:\s+(?:late\s+|early\s+)?on\s+[a-z]+day)?\s+$",  # "a 4% slide on Tuesday left"
    re.IGNORECASE,
)


def caused_levels(sentence: str, words: str, briefly_re: re.Pattern[str]) -> list[Caused]:
    """ "the hike sent the two-year yield to 4.12%": a level the object reached (the trigger
    sits right after the object, so the object reads as its subject)."""
    found: list[Caused] = []
    for m in matches(CAUSED_TO, sentence, words, CAUSED_WORDS):
        verb = m.group("verb") or m.group("keep")
        way = _CAUSED_WAY.get(verb.lower()[:4])
        if m.group("close"):  # "lifting the index to a close of 57,060": where it closed
            way = None
        if m.group("at") and not _left_at(sentence, m.start(), verb):
            continue  # "left the index at 7,845": only a move noun's level (or "..., leaving it at")
        if side := m.group("side") or m.group("left"):  # "sent it below $1.10": crossed that way
            way = Direction.DOWN if side.lower() in ("below", "under", "beneath") else Direction.UP
        if m.group("ing"):  # "sent stocks tumbling": the way the participle says
            way = Direction.DOWN if m.group("ing")[:4].lower() in _FALLING else Direction.UP
        if m.group("reach"):  # "sending the yield as high as 4.53%": the way it reached
            way = Direction.UP if m.group("reach").lower() == "high" else Direction.DOWN
        if m.group("d"):  # "sending the 10-year JGB yield up to 0.46%": a level, and its way
            way = Direction.UP if m.group("d").lower() == "up" else Direction.DOWN
        end = m.end("d") if m.group("d") else m.end()  # the tail reads "to 0.46%", not "up to"
        end = m.end("inf") if m.group("inf") else end  # "helped it claw back to $375"
        briefly = bool(briefly_re.search(sentence, max(0, m.start() - 32), m.start()))
        caused = bool(m.group("verb"))  # "briefly pushed ether to a record": an extreme
        found.append((m.end(), end, verb, way, briefly, caused))
    return found


def _left_at(sentence: str, at: int, verb: str) -> bool:
    """ "A fourth loss left the index at 7,845", "fell 2% on Friday, leaving it at 7,845": the
    level a move left (not one of two days' moves: "... and another 1.4% on Tuesday, leaving")."""
    if _MOVE_BEFORE.search(sentence, max(0, at - 40), at):
        return True
    before = sentence[:at].rstrip()
    return verb.lower() == "leaving" and before.endswith(",") and " another " not in before
