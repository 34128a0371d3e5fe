"""A state set off by commas between a subject and its verb: "Gold, up 12% this year, fell
0.5% on Wednesday" states gold's move this year as well as the day's; so does "Brent, up 11%
since Monday, was on course for ..." whatever the verb."""

from __future__ import annotations

import re

from dashboard.claims.figures import HEDGE
from dashboard.claims.trigger_patterns import VERBS
from dashboard.domain import Direction

_APPOSED = re.compile(
    r"(?<=[A-Za-z\d)])(?:,|\s[—–])\s(?:(?:already|still|at\s+one\s+(?:stage|point))\s+)?"
    r"(?P<way>up|down|off)\s+(?=(?:(?:"
    + HEDGE
    + r")\s+)?[$€£]?\d(?:[^,;()—–]|,(?=\d)){0,130}(?P<close>,|\s[—–]),?\s+"
    r"(?P<aux>(?:had|has|have|was|were|is|are)\s+)?(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b)",
    re.IGNORECASE,
)


def apposed_states(sentence: str) -> list[tuple[int, int, str, Direction, int]]:
    """Where each such state stands: (start, end, its words, its way, the comma that closes it)."""
    found = []
    for m in _APPOSED.finditer(sentence):
        if not _main_verb(m):
            continue  # "..., up 0.3% on the day, while the euro ...": no verb of the subject follows
        way = Direction.UP if m.group("way").lower() == "up" else Direction.DOWN
        found.append((m.start(), m.end(), m.group(0), way, m.start("close")))
    return found


_PAST = frozenset(
    {"set", "hit", "held", "fell", "rose", "broke", "struck", "stood", "kept", "saw", "fought",
     "came", "swung", "went", "made", "took", "began", "shook", "spun"}
)  # fmt: skip


def _main_verb(m: re.Match[str]) -> bool:
    """Whether the subject's own verb follows the state: a movement verb, an auxiliary ("was
    on course for"), or another past-tense verb ("set a fresh all-time peak")."""
    verb = m.group("verb").lower()
    with_clause = re.search(r"\bwith\b", m.string[max(0, m.start() - 80) : m.start()], re.I)
    if verb.endswith("ing") and not m.group("aux") and not with_clause:
        return False  # "..., up 10.2% at 34,675.46, clawing back ...": a participle, no main verb
    return verb in VERBS or bool(m.group("aux")) or verb.endswith("ed") or verb in _PAST
