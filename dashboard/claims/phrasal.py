"""Verbs of several words: phrasal closes ("wrapped up Tuesday's session 1% higher", "wound up
0.4% lower"), quotes ("the euro changed hands at $1.0862"), passive falls ("U.S. stocks were
hammered on Monday") and "came under pressure"."""

from __future__ import annotations

import re

from dashboard.claims.figures import HEDGE
from dashboard.claims.folding import folded, matches
from dashboard.claims.lexicon import DOWN_VERBS, NEUTRAL_VERBS, UP_VERBS
from dashboard.claims.posted_moves import posted_moves
from dashboard.claims.undone import PORTION
from dashboard.domain import Direction

# They end the session as "closed" does; the tail is read after "up" (never as the move's
# way). "wound up to 1.5%" or "wrapped up by 4 p.m." are no closes.
_WRAPPED_UP = re.compile(  # also "closed out Friday at 147.65 per dollar"
    r"(?<![\w-])(?:(?:wrapped|wraps|wrapping|wrap|wound|winds|winding)\s+up"
    r"|(?:closed|closes|closing)\s+out)\b(?!\s+(?:to|by|in|at|with|of)\b)",
    re.IGNORECASE,
)
# "started the day 0.8% higher", "kicked off the week 1.1% lower": the move at the open, as
# "opened" says (a year or month begun is a period, read elsewhere; a figure or way must follow)
_STARTED = re.compile(
    r"(?<![\w-])(?:started|starts|starting|began|begins|beginning|kicked\s+off|kicks\s+off"
    r"|kicking\s+off)\s+(?:(?:the|its|their)\s+(?:(?:trading\s+)?(?:day|session|week)|morning)"
    r"|trading|trade)(?=\s+(?:(?:" + HEDGE + r")\s+)?(?:[$€£]?\d|(?:higher|lower|stronger|weaker"
    r"|firmer|softer|up|down)\b))",
    re.IGNORECASE,
)
# "... but ended it down 0.4%": "it" is the day the close ends, not a market
_ENDED_IT = re.compile(
    r"(?<![\w-])(?:ended|finished|closed)\s+it(?=\s+(?:(?:" + HEDGE + r")\s+)?(?:[$€£]?\d"
    r"|(?:higher|lower|stronger|weaker|firmer|softer|up|down|flat|unchanged)\b))",
    re.IGNORECASE,
)
# A price that "changed hands at" a figure is quoted there: a state, as with "traded at".
_CHANGED_HANDS = re.compile(r"(?<![\w-])(?:changed|changes|changing)\s+hands\b", re.IGNORECASE)
# A market beaten in the passive fell: only after a form of "be" or "get" (the active verb
# takes the cause as its subject: "the selloff hammered Asian stocks").
_BEATEN = re.compile(
    r"(?<![\w-])(?:was|were|got|been|are|is)\s+(?:(?:also|again|badly|hard|particularly"
    r"|especially|further)\s+)?(?:hammered|battered|pummell?ed|clobbered|walloped|savaged"
    r"|mauled|slammed|routed|trounced)\b",
    re.IGNORECASE,
)


# A market that "came under pressure" fell on the day (unsized); one that "stayed under
# pressure" states no move, and "came under pressure to ..." is a demand, not a price.
_UNDER_PRESSURE = re.compile(
    r"(?<![\w-])(?:came|comes|come|coming)\s+under\s+(?:(?:renewed|heavy|fresh|intense|some"
    r"|further|selling)\s+){0,2}pressure\b(?!\s+to\b)",
    re.IGNORECASE,
)


# "snapped back 5.4%": a rebound (a bare "snapped" ends a streak or a level of support)
_SNAPPED_BACK = re.compile(  # not "... before snapping back to ¥147.45": a reversal, read as one
    r"(?<![\w-])(?<!before\s)(?<!then\s)(?<!later\s)(?:(?:snapped|snaps|snapping)\s+back"
    r"|(?:fought|fights|fighting|stormed|storms|storming|charged|charging|powered|powering)"
    r"\s+back(?=\s+to\s+(?:close|end|finish|settle)))\b",  # "fought
    re.I,  # back to finish less than 2% lower"
)


# A market that "held on to most of its gains" stands that way from where it was: a state
# at the time of writing, unsized, its way the noun's (a figure after it is read as usual).
_HELD_ON = re.compile(
    r"(?<![\w-])(?:(?:held|holding|holds|hung|hanging|clung|clinging)\s+on\s*to|kept|keeping"
    r"|retained|retaining|clung\s+to|clinging\s+to)\s+(?:" + PORTION + r")?(?:its|their)\s+"
    r"(?:(?:early|earlier|initial|morning|modest|strong|hefty|steep)\s+)?(?P<noun>gains|losses)\b",
    re.IGNORECASE,
)


# An earlier move given back on a day of its own is that day's move the other way: "the
# gauge gave back most of that gain on Friday" (the day follows the noun at once).
_GIVEN_BACK = re.compile(
    r"(?<![\w-])(?:(?:gave|gives|give|giving)\s+(?:back|up)|surrender(?:ed|ing)|eras(?:ed|ing)"
    r"|wiped\s+out|wiping\s+out)\s+" + PORTION + r"?"
    r"(?:that|those|the|its|their|this|these|[A-Z][a-z]+day['’]s)\s+(?:[a-z-]+\s+)?"
    r"(?P<noun>gains?|advances?|rally|rise|rebound|jump|surge|losses|loss|drop|decline|slide"
    r"|fall|selloff|sell-off)(?=\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday)\b"
    r"|\s+the\s+(?:next|following)\s+(?:day|session)\b|\s+a\s+day\s+later\b"
    r"|\s+to\s+(?:stand|trade|end|close|settle|finish)\s+(?:at|around|near|about)\b)",  # "... the gain to stand at $3,050"
    re.IGNORECASE,
)
# "gave back some ground", "ceded ground": a retreat; "regained some ground": a recovery
_GROUND = re.compile(
    r"(?<![\w-])(?:(?P<down>(?:gave|gives|give|giving)\s+(?:back|up)|ceded|ceding|yielded|yielding)"
    r"|regained|regaining|recovered|recovering|made\s+up|making\s+up)\s+"
    r"(?:(?:some|a\s+little|a\s+bit\s+of|much|more|further|lost)\s+)?ground\b",
    re.IGNORECASE,
)
# "U.S. stocks sold off on Friday": a fall (not "sold off their holdings", a sale of something)
_SOLD_OFF = re.compile(
    r"(?<![\w-])(?:(?:sold|sells|selling)\s+off\b(?!\s+(?:their|its|his|her|the|some|a|an|shares"
    r"|stocks|bonds|holdings|assets|positions|stakes?)\b)|(?:caved|caves|caving)\s+in\b)",
    re.IGNORECASE,
)  # "caved in 1,211.47 points": a fall
# A retreat told in two words ("pulled back 0.2%", "backed off from $82") or as a sized
# surrender ("has surrendered 17% since its May peak"); away from a low
# it is a recovery ("pulled back from its record low").
_PULLED_BACK = re.compile(
    r"(?<![\w-])(?:(?:pulled|pulls|pulling)\s+back|(?:backed|backs|backing)\s+(?:off|away)"
    r"|surrender(?:ed|s|ing)?(?=\s+(?:(?:" + HEDGE + r")\s+)?[$€£]?\d))\b"  # "has surrendered 17%"
    r"(?P<low>(?=[^,;]{0,50}?\bfrom\s+(?:(?:its|their|the|a|[\w-]+['’]s)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:lows?|troughs?|bottom)\b))?",
    re.IGNORECASE,
)
# Any other verb in the past tense with a sized figure and a way word after it ("marched
# 1.4% higher", "powered 2% higher") moves the way that word says, as "moved" does.
_WAY_AFTER = re.compile(
    r"(?<![\w-])(?P<verb>[a-z]{3,}ed)(?=\s+(?:(?:" + HEDGE + r")\s+)?\d[\d.,]*\s?"
    r"(?:%|percent|per\s+cent|pct|points?|basis\s+points?|bps?)\s+"
    r"(?:higher|lower|stronger|weaker|firmer|softer)\b)",
    re.IGNORECASE,
)
# "barely budged at $0.6510", "hardly moved": a flat state, read as "was little changed" is
# (the tail reads the flat words themselves, from where they start)
_BARELY_MOVED = re.compile(
    r"(?<![\w-])(?:barely|hardly|scarcely)\s+(?:budged|moved)\b(?!\s+(?:from|off|away)\b)",
    re.IGNORECASE,
)
# Any other verb of force through or past a price ("burst through $3,000", "powered past
# 40,000") crosses that level, as "broke through" does.
_FORCED_THROUGH = re.compile(
    r"(?<![\w-])(?P<verb>[a-z]{3,}ed|burst|bursts|bursting|blew|tore|flew|sped)"
    r"(?=\s+(?:(?:right|straight|decisively|clean)\s+)?(?:through|past)\s+(?:the\s+)?[$€£]?\d)",
    re.IGNORECASE,
)
_KNOWN = frozenset(UP_VERBS + DOWN_VERBS + NEUTRAL_VERBS) | frozenset(
    ("expected", "forecast", "projected", "estimated", "predicted", "priced", "seen", "traded")
)
_GIVEN_UP = frozenset(("losses", "loss", "drop", "decline", "slide", "fall", "selloff", "sell-off"))


Phrasal = tuple[int, int, str, Direction | None, bool]

# "knocked off 881.06 points", "racked up 24.86 points", "put on 5 basis points": a verb and
# its particle, then the size (not "knocked 2% off the FTSE", a cause, read elsewhere)
_SIZED_PHRASAL = re.compile(
    r"(?<![\w-])(?:(?P<down>(?:knock|lopp?|shav)(?:ed|s|ing|e|es)?\s+off)"
    r"|(?:rack(?:ed|s|ing)?\s+up|put(?:s|ting)?\s+on))"
    r"(?=\s+(?:(?:" + HEDGE + r")\s+)?(?:another\s+|a\s+further\s+)?[$€£]?\d)",
    re.IGNORECASE,
)
_SIZED_WORDS = ("knock", "lop", "shav", "rack", "put")
# the words one of which every match of each pattern holds
_WRAPPED_WORDS = ("wrap", "wound", "wind", "out")
_BEATEN_WORDS: tuple[str, ...] = (
    "hammered",
    "battered",
    "pummel",
    "clobbered",
    "walloped",
    "savaged",
    "mauled",
    "slammed",
    "routed",
    "trounced",
)
_PULLED_WORDS = ("pull", "back", "surrender")
_WAY_WORDS = ("higher", "lower", "stronger", "weaker", "firmer", "softer")
_BARELY_WORDS = ("barely", "hardly", "scarcely")
_THROUGH_WORDS = ("through", "past")
_GIVEN_WORDS = ("gave", "giv", "surrender", "eras", "wip")


def phrasal_verbs(sentence: str) -> list[Phrasal]:
    """Where a verb of several words stands: (start, end, its words, the way it moves or None
    when its tail gives the way, whether it states a price at the time of writing)."""
    words = folded(sentence)  # a pattern none of whose words is in it is not run
    found: list[Phrasal] = [
        (m.start(), m.end(), " ".join(m.group(0).lower().split()), None, False)
        for m in matches(_WRAPPED_UP, sentence, words, _WRAPPED_WORDS)
    ]
    found.extend(
        (m.start(), m.end(), "opened", None, False)
        for m in matches(_STARTED, sentence, words, ("start", "began", "begin", "kick"))
    )
    found.extend(
        (m.start(), m.end(), m.group(0).split()[0].lower(), None, False)
        for m in matches(_ENDED_IT, sentence, words, ("it",))
    )
    found.extend(
        (m.start(), m.end(), m.group(0), None, True)
        for m in matches(_CHANGED_HANDS, sentence, words, ("hands",))
    )
    found.extend(
        (m.start(), m.end(), m.group(0), Direction.DOWN, False)
        for m in matches(_BEATEN, sentence, words, _BEATEN_WORDS)
    )
    found.extend(
        (m.start(), m.end(), " ".join(m.group(0).split()), Direction.DOWN, False)
        for m in matches(_UNDER_PRESSURE, sentence, words, ("pressure",))
    )
    found.extend(
        (m.start(), m.end(), " ".join(m.group(0).split()), Direction.UP, False)
        for m in matches(
            _SNAPPED_BACK, sentence, words, ("snap", "fight", "fought", "storm", "charg", "power")
        )
    )
    for m in matches(_PULLED_BACK, sentence, words, _PULLED_WORDS):
        way = Direction.UP if m.group("low") is not None else Direction.DOWN
        found.append((m.start(), m.end(), " ".join(m.group(0).split()), way, False))
    for m in matches(_SIZED_PHRASAL, sentence, words, _SIZED_WORDS):
        way = Direction.DOWN if m.group("down") else Direction.UP
        found.append((m.start(), m.end(), " ".join(m.group(0).split()), way, False))
    for m in matches(_WAY_AFTER, sentence, words, _WAY_WORDS):
        if m.group("verb").lower() not in _KNOWN:
            found.append((m.start(), m.end(), m.group(0), None, False))
    for m in matches(_FORCED_THROUGH, sentence, words, _THROUGH_WORDS):
        if m.group("verb").lower() not in _KNOWN:
            found.append((m.start(), m.end(), "broke", None, False))
    found.extend(
        (m.start(), m.start(), "budged", None, True)
        for m in matches(_BARELY_MOVED, sentence, words, _BARELY_WORDS)
    )
    for m in matches(_HELD_ON, sentence, words, ("gains", "losses")):
        way = Direction.UP if m.group("noun").lower() == "gains" else Direction.DOWN
        found.append((m.start(), m.end(), " ".join(m.group(0).split()), way, True))
    for m in matches(_GIVEN_BACK, sentence, words, _GIVEN_WORDS):
        way = Direction.UP if m.group("noun").lower() in _GIVEN_UP else Direction.DOWN
        found.append((m.start(), m.end(), " ".join(m.group(0).split()), way, False))
    found.extend(
        (m.start(), m.end(), " ".join(m.group(0).split()), Direction.DOWN, False)
        for m in matches(_SOLD_OFF, sentence, words, ("sold", "sell", "cav"))
    )
    for m in matches(_GROUND, sentence, words, ("ground",)):
        way = Direction.DOWN if m.group("down") else Direction.UP
        found.append((m.start(), m.end(), " ".join(m.group(0).split()), way, False))
    found.extend((a, b, text, way, False) for a, b, text, way in posted_moves(sentence, words))
    return found
