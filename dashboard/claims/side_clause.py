"""A side clause fronted before the sentence's subject and set off by a comma ("Having tumbled
13.6% in the previous session, the Hang Seng ...", "A day after its biggest jump since 1990, the
Bund yield ...", "Clawing back part of Wednesday's 4.4% slide, the IBEX 35 ...").

Its understood subject is the main clause's: a move, record or biggest move it names is that
subject's. Its day is the one its own words name; else "a day (one session) after" counts back
from the main clause's day, a simultaneous participle ("Jumping 3%, ...") shares that day, and a
bare "after" / "having" clause, whose day the words leave open, makes no claim, unless it reached
a level in an early part of the day ("Having sunk to a record low of 84.40 in Asian trade, ..."):
that is the main clause's day's extreme.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dashboard.claims import context as ctx
from dashboard.claims import gaps
from dashboard.claims.lexicon import DOWN_VERBS, NEUTRAL_VERBS, NUMBER_WORDS, UP_VERBS
from dashboard.claims.merge import records_levelled
from dashboard.claims.sentence_day import _moved
from dashboard.claims.sentences import DATELINE_RE
from dashboard.claims.subjects import Matcher, Mention, Resolved
from dashboard.claims.tail_state import Tail
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import AT_ONE_POINT, TIME_RE, sessions_back
from dashboard.claims.triggers import Kind, Trigger
from dashboard.domain import Claim, Direction, Measure

_COUNT = r"(?P<count>a|an|one|the|\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
_OPENER = re.compile(
    r"\s*(?:(?:just\s+)?"
    + _COUNT
    + r"\s+(?P<unit>days?|weeks?|sessions?|trading\s+days?)\s+after\s+"
    r"|(?P<after>after|following|having)\s+"
    r"|(?:in|with)\s+(?=(?:its|their)\s+(?:biggest|largest|steepest|sharpest|worst|best"
    r"|strongest|heaviest|deepest|greatest)\s))?",  # "In its worst day since 1987, the Dow ..."
    re.IGNORECASE,
)
# The participle heading the clause, with its particles and quantifiers ("clawing back part of").
_PARTICIPLE = re.compile(
    r"(?P<verb>[A-Za-z]+ing)(?:\s+(?:back|up|off|out|on|to|from|of|in|part|some|most|much|all"
    r"|half|further|more|another|its|their))*\s+",
)
_PARTICLES = frozenset(
    ("extending", "erasing", "reversing", "paring", "recouping", "building", "snapping", "shaking")
) | frozenset(("shrugging", "wiping", "trimming", "giving", "plumbing", "hitting", "posting"))
_PARTICLES |= frozenset(("notching", "logging", "setting", "marking", "scoring", "booking"))
_VERBS = frozenset(w for w in UP_VERBS + DOWN_VERBS + NEUTRAL_VERBS if w.endswith("ing"))
_COUNTER = re.compile(r"\b(?:against|versus|vs\.?|per|to)\s+(?:the\s+)?$", re.IGNORECASE)
_APPOSED = re.compile(  # "early", or a renaming of the move: ", a 30-basis-point surge to 2.79%"
    r"(?:\s+(?:early|earlier|initially|at\s+first|briefly|overnight))?"
    r"(?:\s+(?:despite|amid|on|after|following|an?\s+hour\s+into)\s[^,;]*?)?"  # its cause
    r"(?:\s*,\s*(?:a|an|its|their|enough\s+to)\s[^,;]*?)*\s*,\s*$",
    re.IGNORECASE,
)
# "Up more than 20% over the past month, natural gas ...": a bare state heads the clause
_STATE = re.compile(  # "Down 9% at one point, ...", "At one point down almost 1,600 points, ..."
    r"(?:(?:"
    + AT_ONE_POINT
    + r"|briefly|earlier)\s+)?(?:up|down|higher|lower)\s+(?:by\s+)?(?:(?:about|around|some|nearly|almost|more\s+than"
    r"|over|roughly|as\s+much\s+as)\s+)?[$€£]?\d",
    re.IGNORECASE,
)
_SUBJECT_NEXT = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]")  # the main clause's verb follows
_STEPS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5}


@dataclass(frozen=True)
class Fronted:
    """The fronted clause: where it runs, the main subject after it, how its day is told."""

    start: int
    end: int  # where the main subject starts
    subject: Mention
    back: int | None  # "two days after": that many steps before the main clause's day
    sessions: bool  # the steps are sessions ("one session after"), else calendar days
    anterior: bool  # "after" / "having": an earlier event, on a day the words may leave open


def clause(s: str, mentions: list[Mention]) -> Fronted | None:
    """The sentence's fronted clause, if it opens with one and the subject follows its comma."""
    dateline = DATELINE_RE.match(s)
    base = dateline.end() if dateline else 0
    opener = _OPENER.match(s, base)
    if opener is None:
        return None
    head = _PARTICIPLE.match(s, opener.end())
    verb = head.group("verb").lower() if head else ""
    participle = verb in _VERBS or verb in _PARTICLES or bool(_STATE.match(s, opener.end()))
    if not opener.group(0).strip() and not participle:
        return None
    subject = _main_subject(s, opener.end(), mentions)
    if subject is None:
        return None
    count = opener.group("count")
    back = None
    if count is not None:
        back = _STEPS.get(count.lower()) or (int(count) if count.isdigit() else None)
    unit = (opener.group("unit") or "").lower()
    if back is not None and unit.startswith("week"):
        back, unit = back * 7, "days"
    anterior = count is not None or opener.group("after") is not None
    return Fronted(base, subject.start, subject, back, not unit.startswith("day"), anterior)


def _main_subject(s: str, after: int, mentions: list[Mention]) -> Mention | None:
    """The first instrument past the clause's comma, no owner of its own named before it."""
    for m in mentions:
        if m.start < after:
            continue
        if m.currency and _COUNTER.search(s, max(0, m.start - 12), m.start):
            continue  # "a record low against the dollar": the record's counter
        if "," not in s[after : m.start] or not s[: m.start].rstrip().endswith(","):
            return None
        return m if _SUBJECT_NEXT.match(s, m.end) and not m.anaphor else None
    return None


def owner(s: str, trigger: Trigger, tail: Tail, mentions: list[Mention]) -> Mention | None:
    """The main subject, for a trigger that heads or is the object of the fronted clause."""
    if trigger.kind not in _OWNED_KINDS:
        return None
    found = clause(s, mentions)
    if found is None or not found.start <= trigger.start < found.end:
        return None
    if not _APPOSED.fullmatch(s, tail.end, found.end) and tail.end < found.end:
        return None  # more words after the move than a renaming of it: not this clause's head
    if not _heads(s, trigger, found):
        return None
    return found.subject


_OWNED_KINDS = (Kind.MOTION, Kind.NEUTRAL, Kind.STATE, Kind.NOMINAL, Kind.RECORD, Kind.BIGGEST)
_HEAD_GAP = re.compile(  # "Having been down 2%", "At one point down almost 1,600 points"
    r"\s*(?:(?:been|being)\s+)?(?:(?:" + AT_ONE_POINT + r"|earlier|[a-z]+ly)\s+)?", re.I
)


def _heads(s: str, trigger: Trigger, found: Fronted) -> bool:
    """A verb opens the clause (after its opener); a move noun is the participle's object,
    or renames the one before it ("..., a 30-basis-point surge to 2.79%,")."""
    opener = _OPENER.match(s, found.start)
    at = opener.end() if opener else found.start
    if trigger.kind in (Kind.MOTION, Kind.NEUTRAL, Kind.STATE):
        return _HEAD_GAP.fullmatch(s, at, trigger.start) is not None
    head = _PARTICIPLE.match(s, at)
    start = head.end() if head else at
    if not s[start : trigger.start].strip():
        return True
    if head and not gaps.NTH.sub("", s[head.end("verb") : trigger.start]).strip():
        return True  # "Notching its third record close in a row, ..."
    before = s[start : trigger.start].rstrip()
    return before.endswith(",") and trigger.word.lower().startswith(("a ", "an "))


def holds(found: Fronted | None, trigger: Trigger, subject: Mention) -> bool:
    """Whether the trigger sits in the fronted clause and was given its main subject."""
    return found is not None and found.start <= trigger.start < found.end == subject.start


def dated(s: str, claims: list[Claim], found: Fronted | None, reference: date) -> list[Claim]:
    """The fronted claims on their day: their own, a count back from the main clause's, the
    main clause's for a participle; a bare "after" clause's undated claims go."""
    if found is None:
        return claims
    main = _main_day(s, claims, found, reference)
    out: list[Claim] = []
    for c in claims:
        if not found.start <= c.start < found.end:
            out.append(c)
        elif c.measure is Measure.PERIOD_CHANGE or _NAMES_DAY.search(c.time_words):
            out.append(c)  # "on Wednesday", "in the previous session", "last week"
        elif found.back is not None:
            day = main - timedelta(days=found.back)
            out.append(_moved(c, sessions_back(main, found.back) if found.sessions else day))
        elif not found.anterior or c.measure in _WITHIN_DAY:
            out.append(_moved(c, main))  # "Jumping 3%", "having risen 2% in early trade"
        elif _reached_early(s, c, claims, found):  # "Having sunk to a record low in Asian trade,"
            moved = _moved(c, main)
            extreme = moved.measure is Measure.LEVEL
            out.append(replace(moved, measure=Measure.INTRADAY_EXTREME) if extreme else moved)
    return records_levelled(s, out)  # "Notching its third record close, the Sensex ended at
    # 81,343": on its day, the fronted record takes the level the main clause reached


_PART_OF_DAY = re.compile(
    r"\b(?:asian|early|morning|overnight|first\s+hour|opening)\b", re.IGNORECASE
)


def _reached_early(s: str, c: Claim, claims: list[Claim], found: Fronted) -> bool:
    """A level reached in an early part of the day (or the record it set there) before the main
    clause's claim on the same market: the day's extreme, on the main clause's day."""
    if c.measure not in (Measure.LEVEL, Measure.RECORD) or c.direction is Direction.NONE:
        return False
    if c.level is None:  # "Having sunk to a record low in Asian trade, ...": left open
        return False
    if not _PART_OF_DAY.search(s, c.start, found.end):
        return False
    return any(o.start >= found.end and o.instrument == c.instrument for o in claims)


def _main_day(s: str, claims: list[Claim], found: Fronted, reference: date) -> date:
    """The main clause's day: its first claim's, else the first day its words name."""
    main = min((c for c in claims if c.start >= found.end), key=lambda c: c.start, default=None)
    if main is not None and main.session is not None:
        return main.session
    for time in TIME_RE.finditer(s, found.end):
        day = resolve(time, reference)
        if day.session is not None and day.since is None:
            return day.session
    return reference


_NAMES_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|previous|prior"
    r"|day\s+(?:earlier|before)|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)
_WITHIN_DAY = (Measure.INTRADAY_EXTREME, Measure.INTRADAY_CHANGE, Measure.OPEN_MOVE)


_AS_OPENS = re.compile(r",\s*(?:as|because)\s+$", re.IGNORECASE)
_BARE_AS = re.compile(r"\s(?:as|because)\s+$", re.IGNORECASE)  # with no comma before it
_SET_OFF_PARTICIPLE = re.compile(  # ", after touching", ", a day after sliding to a record low"
    r"\s*,\s*(?P<days>(?:a|one|two|three)\s+(?:days?|sessions?|weeks?)\s+)?(?:after|before"
    r"|having)\s",
    re.IGNORECASE,
)


def after_as(
    s: str, previous: ctx.Previous, gap: str, named: tuple[list[Mention], Matcher]
) -> tuple[Mention, Resolved] | None:
    """ "The loonie weakened 0.4%, as oil prices fell, after touching its strongest in a month":
    words set off after a subordinate "as" clause go back to the main clause's subject (with
    no comma before "as" when they count days: "... as oil rebounded, a day after sliding")."""
    set_off = _SET_OFF_PARTICIPLE.match(gap)
    if set_off is None:
        return _after_bare_as(s, previous, gap) or _after_compared(s, previous, gap, named)
    opens = _BARE_AS if set_off.group("days") else _AS_OPENS  # counted days: no comma before "as"
    opener = opens.search(s, max(0, previous.subject.start - 16), previous.subject.start)
    if opener is None:
        return None
    earlier = [pair for pair in previous.named if pair[0].end <= opener.start()]
    return earlier[-1] if earlier else None


_AND_GAP = re.compile(r"\s*and\s+(?:then\s+|later\s+)?$", re.IGNORECASE)


def _after_bare_as(s: str, previous: ctx.Previous, gap: str) -> tuple[Mention, Resolved] | None:
    """ "the benchmark gave up the gain as oil prices slid and finished at 49,143.2", "lost steam
    as oil slipped and was 0.2% weaker at 56.45": a verb joined by "and" to a short unsized "as"
    clause goes on with the main clause's subject, not the market the clause names."""
    if _AND_GAP.fullmatch(gap) is None:
        return None
    if any(ch.isdigit() for ch in s[previous.subject.start : previous.end]):
        return None  # "as oil prices fell 3% and ended at $80": the clause has its own figures
    opener = _BARE_AS.search(s, max(0, previous.subject.start - 16), previous.subject.start)
    if opener is None or s[opener.start() - 1 : opener.start()] == ",":
        return None
    earlier = [pair for pair in previous.named if pair[0].end <= opener.start()]
    return earlier[-1] if earlier else None


_COMPARED = re.compile(
    r",\s*(?:outpacing|outperforming|underperforming|lagging|trailing|beating|unlike|like)\s+$",
    re.IGNORECASE,
)
_WHICH = re.compile(r"\s*,\s*which\s", re.IGNORECASE)


def _after_compared(
    s: str, previous: ctx.Previous, gap: str, named: tuple[list[Mention], Matcher]
) -> tuple[Mention, Resolved] | None:
    """ "Comex copper, outpacing gold, which edged up 0.2%, rallied 3.1%": the verb after a
    compared market's relative clause set off after the subject goes back to that subject."""
    if gap.strip() != "," or _WHICH.match(s, previous.subject.end) is None:
        return None
    opener = _COMPARED.search(s, max(0, previous.subject.start - 24), previous.subject.start)
    if opener is None:
        return None
    mentions, matcher = named
    earlier = [m for m in mentions if m.end <= opener.start() and not m.anaphor]
    if not earlier or s[earlier[-1].end : opener.start()].strip():
        return None
    found = matcher.resolve(earlier[-1], None)
    return (earlier[-1], found) if found is not None else None
