"""Where a claim starts: movement verbs, "was up", "at session highs", "a 2% drop", records.

Triggers are found over the whole sentence and sorted; the parser reads a tail after each. The
verb, state and move-noun pattern tables are in ``trigger_patterns``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from dashboard.claims import figures as fig
from dashboard.claims.apposed_states import apposed_states
from dashboard.claims.bare_states import bare_states
from dashboard.claims.caused_levels import caused_levels
from dashboard.claims.closes import CLOSE_OF_RE, dated_close
from dashboard.claims.folding import folded, matches
from dashboard.claims.lexicon import (
    BASE_FORMS,
    IMPLIED_SIZE,
    LEVEL_VERBS,
    MOVE_NOUNS,
    NEUTRAL_VERBS,
    PARING,
    SIZED_NOUNS,
)
from dashboard.claims.linked_nouns import linked_noun
from dashboard.claims.owned_totals import OWNED_TOTAL_RE, total_way
from dashboard.claims.phrasal import phrasal_verbs
from dashboard.claims.record_phrases import RECORD_HINT, record_phrases
from dashboard.claims.timewords import _WEEKDAY, AT_ONE_POINT
from dashboard.claims.trigger_patterns import (
    APPOSITIVE_RE,
    CAUSED_AND,
    EXTEND_RE,
    EXTREME_RE,
    HELPED_ONLY,
    NOMINAL_OF_RE,
    NOMINAL_RE,
    POSTED_RE,
    STATE_RE,
    SWING_BETWEEN_RE,
    SWING_RE,
    TAKING_RE,
    TAKING_WORDS,
    TO_TRADE_RE,
    VERBS,
    WORD_RE,
    extreme_way,
    helped_verb,
)
from dashboard.claims.verb_guards import (
    added_to_mood,
    article_noun,
    auction_cleared,
    hedge_close,
    passes_an_extreme,
    passive_to,
    plural_noun,
)
from dashboard.claims.with_states import with_states
from dashboard.domain import Direction


class Kind(StrEnum):
    """What sort of words start a claim."""

    MOTION = "motion"  # rose, fell, rebounded: a move over the session
    NEUTRAL = "neutral"  # closed, opened, traded, edged: the tail says which way
    STATE = "state"  # was up, is down, ", down 11%": the position at the time of writing
    SESSION_EXTREME = "session_extreme"  # at session highs
    RECORD = "record"  # a record low, its highest since 2014
    BIGGEST = "biggest"  # its biggest one-day drop since 2008
    NOMINAL = "nominal"  # Tuesday's 1.6% drop, a 3% gain
    SWING = "swing"  # swung from a loss of 2% to a gain of 2.6%: an extreme, then the close


@dataclass(frozen=True)
class Trigger:
    """The words that start a claim, with what they already say."""

    kind: Kind
    start: int
    end: int
    word: str
    direction: Direction | None = None
    match: re.Match[str] | None = None  # the full match, for records, biggest moves, nominals
    briefly: bool = False  # "briefly topping $105", "at one point touching $71"
    caused: bool = False  # "dragging the MOEX index down 8%": a move over the session
    holding: bool = False  # "it later held a gain of 0.8%": the position at the time of writing
    linked: bool = False  # "after a 2.5% drop", "extending a 3% slide": about the same subject
    crossing: bool = False  # "pushed past 5%": a threshold crossed, read like "crossed"
    bound: int | None = None  # "Gold, up 12% this year, set ...": its words end at the comma


_SWING_WORDS = ("swung", "swing", "revers", "turn", "flipped", "lurch", "saw", "ran", "range")


def _overlap(state: Trigger, extreme: re.Match[str]) -> bool:
    """ "was trading at session highs": the state's verb is the extreme's own words."""
    return state.start < extreme.end() and extreme.start() < state.end


def find_triggers(sentence: str) -> list[Trigger]:
    """Every trigger in the sentence, in order, overlapping ones dropped (longest first)."""
    low = sentence.lower()  # only to skip patterns that cannot match; offsets come from sentence
    folded_text = folded(sentence)  # to skip a pattern none of whose words is in it
    digits = any(map(str.isdigit, sentence))
    found = _verbs(sentence)
    if any(w in low for w in ("extend", "add", *PARING)):
        found.extend(_extends(sentence))
    found.extend(_states(sentence))
    if "up " in sentence or "down " in sentence:  # "Gold, up 12% this year, fell 0.5%"
        found.extend(
            Trigger(Kind.STATE, a, b, w, d, bound=close)
            for a, b, w, d, close in apposed_states(sentence)
        )
    if any(
        w in low
        for w in ("high", "low", "peak", "best", "worst", "strong", "weak", "range", "trough")
    ):
        for m in EXTREME_RE.finditer(sentence):
            way = extreme_way(m.group(0))
            found = [t for t in found if t.kind is not Kind.STATE or not _overlap(t, m)]
            found.append(Trigger(Kind.SESSION_EXTREME, m.start(), m.end(), m.group(0), way, m))
    if digits and any(noun in folded_text for noun in SIZED_NOUNS):  # "a 3% gain", "a gain of 3%"
        for pattern in (NOMINAL_RE, NOMINAL_OF_RE):
            for m in pattern.finditer(sentence):
                if _ON_COURSE.search(sentence, max(0, m.start() - 48), m.start()):
                    continue  # "on course for a weekly gain of 4%": a projection
                if _IN_SHARES.match(sentence, m.end()):
                    continue  # "after a 3% jump in Nvidia shares": a company's stock
                way = SIZED_NOUNS[m.group("noun").lower()]
                holding = bool(_HOLDING.search(sentence, max(0, m.start() - 20), m.start()))
                linked = linked_noun(sentence, m)
                nominal = Trigger(
                    Kind.NOMINAL,
                    m.start(),
                    m.end(),
                    m.group(0),
                    way,
                    m,
                    holding=holding,
                    linked=linked,
                )
                found.append(nominal)
    found.extend(
        Trigger(Kind.NEUTRAL, a, b, verb, way, None, briefly, caused)
        for a, b, verb, way, briefly, caused in caused_levels(sentence, folded_text, _BRIEFLY)
    )
    for a, b, words, sense, state in phrasal_verbs(sentence):  # "wrapped up", "were hammered"
        kind = Kind.STATE if state else Kind.NEUTRAL if sense is None else Kind.MOTION
        briefly = bool(_BRIEFLY.search(sentence, max(0, a - 32), a))  # "briefly changed hands"
        found.append(Trigger(kind, a, b, words, sense, None, briefly))
    if "close of" in low or "settlement of" in low or "closing level of" in low:
        found.extend(_closes_of(sentence))
    if " of " in low:  # "posted weekly drops of 2.1% and 3.0%", "chalked up gains of 0.5%"
        found.extend(_posted(sentence))
    if "with" in low:  # "with the euro at $1.12", "with the Dow 0.5% higher", "with X flat and"
        found.extend(Trigger(Kind.STATE, at, at, "with") for at in with_states(sentence, low))
    if digits:
        found.extend(_taking(sentence, folded_text))
        found.extend(_owned_totals(sentence))
        found.extend(Trigger(Kind.STATE, a, a, w) for a, w in bare_states(sentence, low))
    if any(w in low for w in _SWING_WORDS):  # the words SWING_RE's verbs hold: keep in step
        for m in SWING_RE.finditer(sentence):
            found.append(Trigger(Kind.SWING, m.start(), m.end(), m.group(0), None, m))
    if "between" in low:
        for m in SWING_BETWEEN_RE.finditer(sentence):  # "swung between $61,200 and $64,800"
            found.append(Trigger(Kind.SWING, m.start(), m.end(), m.group(0), None, m))
    if RECORD_HINT.search(low):
        for biggest, m, sense in record_phrases(sentence, folded_text):
            kind = Kind.BIGGEST if biggest else Kind.RECORD
            found.append(Trigger(kind, m.start(), m.end(), m.group(0), sense, m))
    found.sort(key=lambda t: (t.start, t.end > t.start, -(t.end - t.start)))  # zero-width first
    kept: list[Trigger] = []
    for trigger in found:
        if kept and trigger.start < kept[-1].end:
            continue
        kept.append(trigger)
    return kept


_CAUSED = re.compile(
    r"\b(?:drag|drags|dragging|dragged|push|pushes|pushing|pushed|send|sends|sending|sent|lift"
    r"|lifts|lifting|lifted|drive|drives|driving|drove|taking|knock|knocks|knocking|knocked|pull"
    r"|pulls|pulling|pulled|left|leaving)\s+(?:[\w&'’./-]+,?\s+){1,12}$",  # "left the Dow down 1%"
    re.IGNORECASE,
)
_IN_SHARES = re.compile(
    r"\s+in\s+(?:shares\s+(?:of|in)\s|(?:[A-Z][\w&.'’/-]*\s+){1,3}(?:shares|stock)\b)"
)
_ON_COURSE = re.compile(  # time words may sit inside: "on track on Friday for a weekly gain"
    r"\b(?:on\s+(?:course|track|pace)|set|heading|headed|poised|bound|in\s+line)\s+"
    r"(?:(?:on|in|this|late|early)\s+(?:[\w.-]+\s+){1,2}?)?(?:for|to\s+\w+)\s+$",
    re.IGNORECASE,
)
_REPORTED = re.compile(r"\s+that\b", re.IGNORECASE)  # "adding that": a verb of saying
# "ended with their biggest gain in five months": the ranked move is the claim
_WITH_RANKED = re.compile(
    r"\s+with\s+(?:its|their|a)\s+(?:biggest|largest|steepest|sharpest|worst|best|heaviest"
    r"|deepest|strongest|weakest)\b",
    re.IGNORECASE,
)
_DISTANCE = re.compile(  # a gap to another price, named before the price it stands off
    r"\s+(?:(?:about|around|some|roughly|nearly|just)\s+)?[$€£]?\d[\d,.]*"
    r"(?:\s+(?:cents|points|basis\s+points|yen))?\s+(?:below|above|under|off|short\s+of)\s+"
    r"(?:the|its|their|a|an|[A-Z]\w*['’]s)\b",
    re.IGNORECASE,
)
_HOLDING = re.compile(r"\b(?:held|holding|holds|showed|showing|was\s+on)\s+$", re.IGNORECASE)
_BRIEFLY = re.compile(  # "within minutes had slumped 7%": a move reached inside the session
    r"(?:briefly|" + AT_ONE_POINT + r"|momentarily|within\s+(?:(?:a\s+few|two|three|several)\s+)?"
    r"(?:hours|minutes))\s+(?:had\s+)?$",
    re.IGNORECASE,
)


def _verbs(sentence: str) -> list[Trigger]:
    found: list[Trigger] = []
    for m in WORD_RE.finditer(sentence):
        word = m.group(0).lower()
        if word not in _VERB_WORDS:
            continue  # no verb any branch below reads
        if word in LEVEL_VERBS and _DATED_RECORD.match(sentence, m.end()):
            continue  # "breaching Friday's record of 83.35": that record is the claim
        if word in LEVEL_VERBS and passes_an_extreme(sentence, m.start(), m.end()):
            continue  # "topping the peak it hit in 2008": no price, the record is the claim
        if word in VERBS and (
            plural_noun(sentence, m.start(), m.end())
            or hedge_close(sentence, m.start(), m.end())
            or article_noun(sentence, m.start(), m.end(), BASE_FORMS)
            or added_to_mood(sentence, m.start(), m.end())
            or passive_to(sentence, m.start(), m.end())
            or auction_cleared(sentence, m.start(), m.end())
        ):
            continue  # "as gains in energy shares offset", "lifted Brent close to 1.1%"
        if word in VERBS:
            if _PER_PERIOD.search(sentence, max(0, m.start() - 12), m.start()):
                continue  # "posted weekly drops": a noun after a per-period adjective
            if _REPORTED.match(sentence, m.end()) or (
                word in NEUTRAL_VERBS
                and (_DISTANCE.match(sentence, m.end()) or _WITH_RANKED.match(sentence, m.end()))
            ):
                continue  # "adding that ...", "hovered about $20 below the previous high"
            briefly = bool(_BRIEFLY.search(sentence, max(0, m.start() - 32), m.start()))
            kind, way = _verb_kind(word), VERBS[word]
            found.append(Trigger(kind, m.start(), m.end(), m.group(0), way, None, briefly))
        elif word in _PUSH_VERBS and _PUSH_SIDE.match(sentence, m.end()):
            push = Trigger(Kind.NEUTRAL, m.start(), m.end(), m.group(0), crossing=True)
            found.append(push)  # "the yield pushed past 5%"
        elif word in _PUSH_VERBS and _PUSH_WAY.match(sentence, m.end()):
            found.append(Trigger(Kind.NEUTRAL, m.start(), m.end(), m.group(0)))  # "pushed higher"
        elif word in _ONWARD_VERBS and (on := _ONWARD.match(sentence, m.end())) is not None:
            end = on.end("on")  # "then pushed on to 146.40 per dollar": further the same way
            found.append(Trigger(Kind.NEUTRAL, m.start(), end, sentence[m.start() : end]))
        elif (helped := helped_verb(sentence, m.start(), m.end())) is not None:  # "helped X firm"
            found.append(Trigger(Kind.MOTION, m.start(), m.end(), m.group(0), helped))
        elif word in _ON_VERBS and (on := _ON_FIGURE.match(sentence, m.end())) is not None:
            end = on.end("on")  # "tacked on $3.59", "put on 1.2%": a sized gain
            found.append(
                Trigger(Kind.MOTION, m.start(), end, sentence[m.start() : end], Direction.UP)
            )
        elif word in _BACK_WAY and (back := _BACK_FIGURE.match(sentence, m.end())) is not None:
            up = back.group("back") == "up"
            if (up and _BACK_WAY[word] is Direction.UP) is not (word in _BACKED):
                continue  # "won up" and "backed back" are no phrases
            end = back.end("back")  # "gave back 1.1%", "won back 1.2%": a sized move
            way = _BACK_WAY[word]  # the verb alone is its word: "giving up" is a participle
            found.append(Trigger(Kind.MOTION, m.start(), end, m.group(0), way))
    return found


_PER_PERIOD = re.compile(r"\b(?:weekly|monthly|quarterly|annual|yearly)\s+$", re.IGNORECASE)
_BACK_WAY = {
    **dict.fromkeys(("gave", "give", "gives", "giving", "given"), Direction.DOWN),
    **dict.fromkeys(("won", "win", "wins", "winning", "clawed", "claws", "clawing"), Direction.UP),
    **dict.fromkeys(("backed", "backing", "backs"), Direction.UP),  # yields "backed up 40 bp"
}
_BACKED = frozenset(("backed", "backing", "backs"))
_DATED_RECORD = re.compile(
    r"\s+(?:the\s+)?(?:last\s+)?(?:" + _WEEKDAY + r"|yesterday|the\s+previous\s+day)['’]s\s+"
    r"(?:all-time\s+|record\s+)?(?:record|high|low|peak)",
    re.IGNORECASE,
)
# "the yield pushed past 5%": with no object, "push" and a side is a threshold crossed
_PUSH_VERBS = frozenset(("pushed", "pushing", "pushes", "push"))
_PUSH_SIDE = re.compile(
    r"\s+(?:past|above|below|beyond|through|under|beneath)\s+(?:about\s+|around\s+)?[$€£]?\d",
    re.IGNORECASE,
)
# "yields pushed higher", "pushed up to 5.47%": with no object, "push" and a way is a move
_PUSH_WAY = re.compile(
    r"\s+(?:(?:about\s+|around\s+|nearly\s+)?\d[\d.]*\s?(?:%|percent|basis\s+points|bps?)\s+)?"
    r"(?:higher|lower)\b"  # "pushed 10 basis points higher"
    r"|\s+as\s+(?:high|low)\s+as\b"  # "pushed as high as 8.16%"
    r"|\s+(?:up|down)(?=\s+(?:to|by|on|in|at|after|as|while|and|for|again|further)\b"
    r"|\s+[$€£]?\d|\s*[,.;:]|\s*$)",  # not "pushed up inflation expectations"
    re.IGNORECASE,
)
_ONWARD_VERBS = _PUSH_VERBS | frozenset(("pressed", "pressing", "presses", "press"))
_ONWARD = re.compile(  # "pushed on to 146.40", "pressed further to $2,480"
    r"\s+(?P<on>on|onward|onwards|further|ahead)(?=\s+to\s+(?:about\s+|around\s+)?[$€£]?\d)",
    re.IGNORECASE,
)
_ON_VERBS = frozenset(
    ("tacked", "tacking", "tacks", "tack", "put", "puts", "putting", "piled", "piles", "piling")
)
_ON_FIGURE = re.compile(  # "tacked on $3.59, or 4.3%"
    r"\s+(?P<on>on)\s+(?:(?:another|" + fig.HEDGE + r")\s+)?[$€£]?\d"
)
_BACK_FIGURE = re.compile(  # "gave back 1.1%", "gave up over 12%", "gave up another 1.6%"
    r"\s+(?P<back>back|up)\s+(?:(?:another|a\s+further|" + fig.HEDGE + r")\s+"
    r"|an?\s+(?:(?:more|much|even|far)\s+)?(?:modest|smaller|bigger|larger|steeper|sharper)\s+)?"
    r"[$€£]?\d"  # "gave up a more modest 0.5%"
)


# every word _verbs reads: any other word is skipped at once
_VERB_WORDS = frozenset(
    (*LEVEL_VERBS, *VERBS, *_PUSH_VERBS, *_ONWARD_VERBS, *HELPED_ONLY, *_ON_VERBS, *_BACK_WAY)
)


_OF_FIGURE = re.compile(r"\s+of\s+(?:(?:" + fig.HEDGE + r")\s+)?[$€£]?\d")


def _extends(sentence: str) -> list[Trigger]:
    found: list[Trigger] = []
    for m in EXTEND_RE.finditer(sentence):
        pared = m.group(0).lower().startswith(PARING)
        if pared and _OF_FIGURE.match(sentence, m.end()):
            continue  # "pared early gains of as much as 0.9%": the sized noun is the claim
        noun = m.group("noun").lower()
        way = MOVE_NOUNS.get(noun, Direction.DOWN if noun.startswith("los") else Direction.UP)
        if pared:
            way = Direction.UP if way is Direction.DOWN else Direction.DOWN
        found.append(Trigger(Kind.MOTION, m.start(), m.end(), m.group(0), way))
    return found


def _states(sentence: str) -> list[Trigger]:
    found = [
        Trigger(
            Kind.STATE,
            m.start(),
            m.end(),
            m.group(0),
            briefly=bool(_BRIEFLY.search(sentence, max(0, m.start() - 32), m.start())),
        )
        for m in STATE_RE.finditer(sentence)
    ]
    for m in _AND_FLAT.finditer(sentence):  # "down 0.4% against the yen and flat against sterling"
        found.append(Trigger(Kind.STATE, m.start(), m.end(), m.group(0)))
    if "to trade" in sentence or "to stand" in sentence:
        for m in TO_TRADE_RE.finditer(sentence):  # "paring losses to trade (stand) 8% weaker"
            found.append(Trigger(Kind.STATE, m.start(), m.end(), "trade"))
    spaced = f" {sentence.lower()}"
    if any(f" {w} " in spaced for w in ("up", "down", "off", "by")):
        last_caused = -1
        for m in APPOSITIVE_RE.finditer(sentence):
            way = _WAY_WORDS.get(m.group("d").lower(), Direction.DOWN)
            caused = bool(_CAUSED.search(sentence, max(0, m.start() - 120), m.start()))
            if not caused and last_caused >= 0:  # "dragging A down 7% and B down 2.9%"
                caused = CAUSED_AND.fullmatch(sentence, last_caused, m.start()) is not None
            last_caused = m.end() if caused else -1
            found.append(
                Trigger(Kind.STATE, m.start("d"), m.end(), m.group("d"), way, caused=caused)
            )
    return found


_AND_FLAT = re.compile(  # a second, flat state of the same currency against another counter
    r"\band(?=\s+(?:(?:little|barely|virtually|largely)\s+changed|unchanged|flat|steady)"
    r"\s+(?:against|versus)\s)",
    re.IGNORECASE,
)
_WAY_WORDS = dict.fromkeys(("up", "higher", "stronger", "firmer"), Direction.UP)


def _taking(sentence: str, words: str) -> list[Trigger]:
    """ "taking its gain this year to more than 60%": the running total of a move, a claim on
    the sentence's subject over the window the words name."""
    found: list[Trigger] = []
    for m in matches(TAKING_RE, sentence, words, TAKING_WORDS):
        window = m.group("every") or m.group("span") or m.group("when") or m.group("pwin")
        if m.group("cut") and not window:
            continue  # "pared its losses to 0.5%": the day's move, not a running total
        way = total_way(m.group("noun"))
        found.append(Trigger(Kind.NOMINAL, m.start(), m.end(), m.group(0), way, m, linked=True))
    return found


def _owned_totals(sentence: str) -> list[Trigger]:
    """ "the index's two-day loss topped 12%": a running total with its owner as the subject."""
    if "'s" not in sentence and "’s" not in sentence:
        return []
    return [
        Trigger(Kind.NOMINAL, m.start(), m.end(), m.group(0), total_way(m.group("noun")), m)
        for m in OWNED_TOTAL_RE.finditer(sentence)
        if not m.group("cut")
    ]


def _posted(sentence: str) -> list[Trigger]:
    """ "posted weekly drops of 2.1% and 3.0%, respectively": per-period moves, sized in
    order like a verb's ("fell 2.1% and 3.0%"), over the period the adjective names (if any)."""
    found: list[Trigger] = []
    for m in POSTED_RE.finditer(sentence):
        up = m.group("noun").lower() in ("gains", "rises", "advances", "increases")
        way = Direction.UP if up else Direction.DOWN
        found.append(Trigger(Kind.MOTION, m.start(), m.end(), m.group(0), way, m))
    return found


def _closes_of(sentence: str) -> list[Trigger]:
    """ "the index's Friday close of 38,814.56": a dated close named with its level."""
    return [
        Trigger(Kind.NOMINAL, m.start(), m.end("noun"), m.group(0), None, m)
        for m in CLOSE_OF_RE.finditer(sentence)
        if dated_close(sentence, m)
    ]


def _verb_kind(word: str) -> Kind:
    low = word.lower()
    if low in _STANDING:
        return Kind.STATE  # "stood 1.2% higher at $1.1310": where it was, as "was" says
    return Kind.NEUTRAL if VERBS.get(low) is None else Kind.MOTION


_STANDING = frozenset(("stood", "stands", "sat", "sits"))


def implied_size(word: str) -> float | None:
    """The size a verb carries by itself ("doubled" = 100 %)."""
    return IMPLIED_SIZE.get(word.lower())
