"""Records, firsts and biggest-move phrases in a tail: each makes a claim of its own (an Extra)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from dashboard.claims import figures as fig
from dashboard.claims.currency_words import CURRENCY_UNITS
from dashboard.claims.events import since_noun_end
from dashboard.claims.first_phrases import FIRST_CLAUSE, bare_first
from dashboard.claims.lookback import ago_date, since_date
from dashboard.claims.near_records import SURPASSED_RE, dated_peak, earlier_record, near_record
from dashboard.claims.period_words import names_this_period, this_period_start
from dashboard.claims.record_lists import counter_pair, listed_end
from dashboard.claims.timeresolve import clause_start, resolve
from dashboard.claims.timewords import (
    TIME_RE,
    WEEKDAYS,
    Hint,
    TimeRef,
    weekday_on_or_before,
)
from dashboard.domain import Direction

if TYPE_CHECKING:  # tail and tail_state import this module:
    # importing them back at run time would be a cycle
    from dashboard.claims.subjects import Matcher
    from dashboard.claims.tail_state import Tail

_SPACE = re.compile(r"\s*")
_FIRST_SIGNED = re.compile(  # a sign never seen before is an all-time extreme
    r"(?:its|their|the)\s+first(?:-ever|\s+ever)?\s+(?P<sign>negative|positive)\s+"
    r"(?:close|settlement|finish|price|reading)\s+(?:on\s+record|ever|in\s+(?:its\s+|their\s+|the\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+)?history"
    r"|in\s+the\s+history\s+of\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:market|contract|exchange))\b"
    r"|(?:its|their|the)\s+first(?:-ever|\s+ever)\s+(?:close|settlement|finish)\s+"
    r"(?P<side>below|under|above)\s+zero\b"  # "its first ever close below zero"
    r"|(?:its|their|the)\s+first(?:-ever|\s+ever)\s+(?P<ever>negative|positive)\s+(?:close|settlement"
    r"|finish)\b"  # "its first ever negative close"
    r"|the\s+first\s+time\s+(?:[\w.'’-]+\s+){1,6}?(?:has|had)\s+ever\s+(?:closed|settled|ended"
    r"|finished)(?:\s+a\s+(?:session|day))?\s+(?P<crossed>below|under|above)\s+zero\b",  # "the
    # first time it had ever", "the first time a U.S. oil futures contract had ever closed"
    re.IGNORECASE,
)
_A_RECORD = re.compile(
    r"(?:(?:also|itself|likewise|still)\s+)?(?:an?|another)\s+(?:fresh\s+|new\s+)?"
    r"(?:all-time\s+|record\s+)?(?:(?:nominal|closing|intraday|contract)\s+)?"
    r"(?:record|(?P<hl>high|low))"  # "still a record finish", "a record closing level"
    r"(?:\s+(?:close|high|low|finish|settlement|closing\s+level))?"
    r"(?:\s+for\s+(?:the|a)\s+(?:[\w.-]+\s+){0,2}?(?:contract|index|currency|benchmark))?"
    r"(?=\s*[,.;]|\s*$|\s+(?:and|as|after|on|in|while)\b)",  # "an intraday record"
    re.IGNORECASE,
)
_HIT_ON = re.compile(
    r"(?:\s+(?:against|versus)\s+the\s+\w+)?\s+(?:(?:that|which)\s+)?(?:(?:it|they)\s+)?"
    r"(?:had\s+|has\s+|have\s+)?"  # "the five-month low it had plumbed on Tuesday"
    r"(?:hit|set|reached|touched|struck|plumbed|seen|marked)\s+",
    re.IGNORECASE,
)
_LOOK_BACK = re.compile(r"in\s+(?!.*\bhistory(?:$|\s+of\s))", re.IGNORECASE)  # all-time
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Extra:
    """A record or biggest-move phrase found in a tail, for a claim of its own."""

    is_record: bool
    start: int
    end: int
    direction: Direction | None
    since: date | None
    level: float | None = None
    attached: bool = False  # reached with "to" right after the verb (not after a comma)
    session: date | None = None  # "Thursday's record low" dates itself
    owner: str | None = None  # "the yen's sharpest rise": the currency whose perspective it is
    ago: str = ""  # "in 16 years", "a 14-month low": counted back from the claim's session
    most: bool = False  # "the most since 2015": the biggest move, or after a bare level the highest


EURO_ERA = date(1999, 1, 1)  # the single currency's launch


def record_after_comma(s: str, here: int, ref: date, tail: Tail) -> int | None:
    """A record or first set apart by a comma ("touched 8,205.81, a record"); None if none."""
    here += 5 if s[here : here + 5].lower() == "both " else 0  # "..., both for the first time"
    if (m := fig.FIRST_TIME_RE.match(s, here)) or (m := fig.LAST_SEEN_RE.match(s, here)):
        return first_time(m, ref, tail)
    if (crossed := _crossed_first(s, here, ref, tail)) is not None:
        return crossed
    if tail.level is not None and (m := FIRST_CLAUSE.match(s, here)):
        return _first_clause(m, ref, tail)
    if m := bare_first(s, here):
        return first_time(m, ref, tail)  # "touched 1%, the first time in a year"
    if tail.level is not None and (m := SURPASSED_RE.match(s, here)) and dated_peak(m):
        low = (m.group("hl") or "").lower() == "low" or bool(m.group("low"))
        beaten = Direction.DOWN if low else Direction.UP
        tail.extras.append(Extra(True, m.start(), m.end(), beaten, None, tail.level.value))
        return m.end()
    if m := fig.FIRST_ABOVE_RE.match(s, here):  # "..., the first close above 30,000 since 2021"
        return first_above(m, ref, tail)
    if m := _FIRST_SIGNED.match(s, here):  # "..., the first negative close on record"
        said = m.group("sign") or m.group("side") or m.group("crossed") or m.group("ever")
        said = said.lower()
        sign = Direction.DOWN if said in ("negative", "below", "under") else Direction.UP
        level = tail.level.value if tail.level else None
        tail.extras.append(Extra(True, m.start(), m.end(), sign, None, level, True))
        return m.end()
    if m := near_record(s, here):  # "..., just off its record low of 83.60"
        return record(s, m, ref, tail, attached=False)
    if m := _A_RECORD.match(s, here):  # "touched 8,205.81, a record"
        way = Direction.DOWN if (m.group("hl") or "").lower() == "low" else None
        level = tail.level.value if tail.level else None
        tail.extras.append(Extra(True, m.start(), m.end(), way, None, level, True))
        return m.end()
    return None


SHOWING = re.compile(r"\b(?:showing|performance|outing)\b", re.IGNORECASE)  # not a day's move


def biggest(s: str, m: re.Match[str], ref: date, matcher: Matcher, tail: Tail, at: int) -> int:
    """ "its worst day since 1987", "the yen's sharpest rise in two years": a claim of its own."""
    if fig.multi_session(m):  # "its biggest weekly gain since March" is not labelled
        return m.end()
    anchor = (m.group("anchor") or "").lower()
    since = since_date(anchor, ref) if anchor.startswith("since") else None
    ago = ""
    if _LOOK_BACK.match(anchor):  # "in a month": counted back from the move's own session
        since, ago = ago_date(anchor, ref), anchor
    if names_this_period(anchor):  # "its worst day of the year"
        since = this_period_start(anchor, ref)
    if (m.group("most") or "").lower() in ("fewest", "least"):
        return _fewest(m, since, ago, tail)
    owner = matcher.currency_at(s, at)
    way = fig.biggest_direction(m)
    tail.extras.append(
        Extra(
            False,
            m.start(),
            m.end(),
            way,
            since,
            owner=owner[0] if owner else None,
            most=bool(m.group("most") or not m.group("noun")),  # "its biggest since June"
            ago=ago,
        )
    )
    if not m.group("noun"):  # "..., its biggest since June, settling at": one clause
        tail.claim_end = m.end()
    return m.end()


def _fewest(m: re.Match[str], since: date | None, ago: str, tail: Tail) -> int:
    """ "A euro fetched as little as 94.12 yen, the least since 2000": after a bare level the
    fewest units bought is the pair's low since then (after a percent size it ranks nothing;
    the level is read when the claim is built, as for "the most")."""
    if all(z.is_money or z.counter for z in tail.sizes):  # "bought 7.35 yuan": a level, read
        tail.extras.append(Extra(False, m.start(), m.end(), Direction.DOWN, since, None, ago=ago))
        tail.extras[-1] = replace(tail.extras[-1], most=True)
    return m.end()


_TO_OWN = re.compile(r"to\s+(?=(?:its|their)\s)", re.IGNORECASE)


def reached_biggest(s: str, at: int, ref: date, matcher: Matcher, tail: Tail) -> int | None:
    """ "small caps surged to their best day since November": the unsized verb reaches the
    day's biggest move, which is the claim (as a verb that reaches a record is the record)."""
    to = _TO_OWN.match(s, at)
    m = fig.BIGGEST_RE.match(s, to.end()) if to is not None else None
    if m is None or not m.group("noun") or fig.multi_session(m):
        return None
    tail.reached = not tail.sizes and tail.level is None
    if tail.counter is None:  # "jumped to its best day against the euro since 2015"
        tail.counter = inner_counter(s, matcher, m.start(), m.end())
    return biggest(s, m, ref, matcher, tail, at)


def record(s: str, m: re.Match[str], ref: date, tail: Tail, attached: bool) -> int:
    """ "hit a record high of 2,600", "a 17-year low": a record reached, with its look-back,
    its level and the day it was set when the words give them."""
    lead = (m.group("lead") or "").strip().lower()
    if lead == "near" and not earlier_record(s, m):  # "near a record high" is no record
        return m.end()
    if _SINCE_BEFORE.search(s, max(0, m.start() - 8), m.start()):
        return m.end()  # "since hitting a 38-year low in early July": an undated past point
    if lead == "from" and tail.sizes and not m.group("poss"):  # "down 10% from its record close"
        set_on, end = _set_on(m, ref), m.end()
        if set_on is None:  # "from its record close on Nov. 19"
            set_on, end = _dated_after(s, end, ref)
        session = ref if set_on is not None else None
        tail.times.append(TimeRef(s[m.start() : end], session, set_on, Hint.PERIOD))
        if set_on is not None:  # "from its Jan. 3 record close": that day's record, too
            side = fig.record_direction(m) or Direction.UP
            tail.extras.append(Extra(True, m.start(), end, side, None, None, False, set_on))
        tail.claim_end = end
        return end
    attached = attached and lead not in ("from", "off") and not m.group("poss")
    anchor = m.group("anchor")
    since = since_date(anchor, ref) if anchor and anchor.lower().startswith("since") else None
    ago = ""
    if since is None and (m.group("ago") or (anchor and _LOOK_BACK.match(anchor))):
        since, ago = ago_date(m.group(0), ref), m.group(0)
    if names_this_period(anchor):
        since = this_period_start(anchor, ref)
    since = EURO_ERA if "euro-era" in m.group(0).lower() else since  # "a euro-era high"
    end = m.end()
    level: float | None = None
    of_level = fig.LEVEL_RE.match(s, _SPACE.match(s, end).end())  # type: ignore[union-attr]
    if of_level and of_level.group("prep").lower() in ("of", "at", "near", "around"):
        parsed = fig.level_from(of_level)
        level, end = parsed.value, listed_end(s, m.group(0), of_level.end())
        if attached and (pair := counter_pair(s, parsed, of_level.end())):
            tail.levels, end = pair
            parsed = tail.levels[0]
        if attached:
            tail.level = tail.level or parsed
    elif tail.level is not None:
        level = tail.level.value
    hit_day, end = _hit_on(s, end, ref)
    poss = m.group("poss")
    day = (
        weekday_on_or_before(ref, WEEKDAYS.index(poss.lower()))
        if poss and poss.lower() in WEEKDAYS
        else None
    )
    if poss and poss.lower() == "yesterday":
        day = ref - timedelta(days=1)
    day = hit_day or day
    way = fig.record_direction(m)
    tail.extras.append(Extra(True, m.start(), end, way, since, level, attached, day, ago=ago))
    if attached:
        tail.claim_end = end
    return end


def _set_on(m: re.Match[str], ref: date) -> date | None:
    """The day a record was set, when the phrase dates it ("its Jan. 3 record close")."""
    on = m.group("on")
    found = TIME_RE.match(on) if on else None
    return resolve(found, ref).session if found else None


_OF_DAY = re.compile(r"\s+(?:of|on)\s+(?=[A-Z])")


def _dated_after(s: str, end: int, ref: date) -> tuple[date | None, int]:
    """ "its record close on Nov. 19": the day named right after the record, and its end."""
    of = _OF_DAY.match(s, end)
    when = TIME_RE.match(s, of.end()) if of else None
    if when is None or when.lastgroup not in ("date", "date_dm"):
        return None, end
    return resolve(when, ref).session, when.end()


def _hit_on(s: str, end: int, ref: date) -> tuple[date | None, int]:
    """ "a record low of 121.5 hit on March 10", "the all-time low ... it hit the previous day":
    the day the record was set, and where those words end."""
    dated = _HIT_ON.match(s, end)
    when = TIME_RE.match(s, dated.end()) if dated else None
    if when is None:
        return None, end
    told = resolve(when, ref)
    if told.hint is Hint.PERIOD or (told.session is None and told.hint is not Hint.PREVIOUS):
        return None, end  # "the record close set in December 1989" is the record beaten
    return told.session or ref - timedelta(days=1), when.end()


def first_above(m: re.Match[str], ref: date, tail: Tail) -> int:
    """ "the first close above 30,000 since 2021": a record at that level, the way it crossed."""
    anchor = m.group("anchor") or ""  # none: "its first close above 40,000", the first ever
    since = since_date(anchor, ref) if anchor.lower().startswith("since") else None
    if anchor.lower().startswith("in ") and not anchor.lower().endswith("history"):
        since = ago_date(anchor, ref)  # "in its 74-year history": the first ever
    up = m.group("side").lower().split()[0] in ("above", "over", "past", "north")
    way = Direction.UP if up else Direction.DOWN
    if not anchor and any(e.is_record for e in tail.extras):
        return m.end()  # "to a record close of 40,003.59, its first finish above 40,000": one
    tail.extras.append(Extra(True, m.start(), m.end(), way, since, fig.level_from(m).value))
    return m.end()


def _first_clause(m: re.Match[str], ref: date, tail: Tail) -> int:
    """ "weakened past 7 per dollar, the first time the currency had breached that level since
    2008": the level reached is the record since that year."""
    assert tail.level is not None
    since = since_date("since " + m.group("since"), ref)
    tail.extras.append(Extra(True, m.start(), m.end(), None, since, tail.level.value, True))
    tail.claim_end = m.end()
    return m.end()


def _crossed_first(s: str, here: int, ref: date, tail: Tail) -> int | None:
    """ "settled at $9.82, below $10 for the first time since 1986": the record is the
    threshold crossed, on the side the words name."""
    level = fig.LEVEL_RE.match(s, here)
    side = level.group("prep").lower() if level else ""
    if level is None or side not in ("below", "above", "under", "over"):
        return None
    m = fig.FIRST_TIME_RE.match(s, _SPACE.match(s, level.end()).end())  # type: ignore[union-attr]
    if m is None:
        return None
    end = first_time(m, ref, tail)
    way = Direction.DOWN if side in ("below", "under") else Direction.UP
    tail.extras[-1] = replace(tail.extras[-1], level=fig.level_from(level).value, direction=way)
    return end


def first_time(m: re.Match[str], ref: date, tail: Tail) -> int:
    """ "for the first time since 2008", "in 16 years", "this year": a record reached."""
    since = None
    if m.group("since"):  # also "levels last seen in 1998": the extreme since that year
        since = since_date("since " + m.group("since"), ref)
    elif m.group("ago"):
        ago = f"{m.group('ago')}-{m.group('unit').rstrip('s')}"
        since = ago_date(ago, ref)
        level = tail.level.value if tail.level else None
        tail.extras.append(Extra(True, m.start(), m.end(), None, since, level, True, ago=ago))
        tail.claim_end = m.end()
        return m.end()
    elif event := m.groupdict().get("event"):
        since = since_date("since " + event, ref)
    elif this := m.groupdict().get("this"):  # "for the first time this year"
        since = this_period_start(this, ref)
    level = tail.level.value if tail.level else None
    tail.extras.append(Extra(True, m.start(), m.end(), None, since, level, attached=True))
    tail.claim_end = m.end()
    return m.end()


_GERUND = re.compile(r"[a-z]+ing\b", re.IGNORECASE)
_JOINED = re.compile(  # the same subject's next verb after the since-clause's noun phrase
    r"\s+(?:and|but)\s+(?=(?:was|were|is|are|has|have|had|it|they|then|also|still|now)\b"
    r"|[a-z]+ed\s)",
    re.IGNORECASE,
)
_CLAUSE = re.compile(  # "$64,895" keeps its comma, "on Oct. 31" its abbreviation's point
    r"(?:[^,;.]|[,.](?=\d)|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\.(?=\s+\d)"
    r"|(?<=\bSept)\.(?=\s+\d))*"
)


def since_dated(s: str, m: re.Match[str], ref: date, tail: Tail) -> int | None:
    """ "since hitting a record $64,895 on April 14", "since the tariffs were announced on
    Wednesday": a window from the day the clause names; a record hit there is that day's."""
    clause = _CLAUSE.match(s, m.end())
    joined = _JOINED.search(s, m.end(), clause.end()) if clause else None  # "... and was up 0.1%"
    end = joined.start() if joined else clause.end() if clause else m.end()
    day = clause_start(s[m.start() : end], ref) if clause else None
    if (clause is None or day is None) and (event := since_noun_end(s, m.end())):
        tail.times.append(TimeRef(m.group(0), session=ref, hint=Hint.PERIOD))
        tail.claim_end = event  # "since the central bank's surprise rate cut": no day to check
        return event
    if clause is None or day is None or day >= ref:
        return None
    tail.times.append(TimeRef(m.group(0), session=ref, since=day, hint=Hint.PERIOD))
    if not _GERUND.match(s, m.end()):  # "since it hit a record ...": a clause of its own
        if joined is None:  # (a verbless one is the window's: "since its record on March 3")
            return since_noun_end(s, m.end()) or m.end()
        tail.claim_end = end  # "since the Fed's Dec. 18 meeting and was up 0.1% on Monday"
        return end
    hit = fig.RECORD_BARE_RE.match(s, m.end())
    if hit is not None and hit.end() <= clause.end():  # a price record: a high unless told
        level = fig.level_from(hit).value
        tail.extras.append(
            Extra(True, hit.start(), hit.end(), Direction.UP, None, level, False, day)
        )
    elif (named := _named_record(s, m.end(), day)) is not None and named.end <= clause.end():
        tail.extras.append(named)  # "since touching a two-year high of $98.96 on Sept. 27"
    tail.claim_end = len(s[: clause.end()].rstrip())
    return clause.end()


def _named_record(s: str, at: int, day: date) -> Extra | None:
    """ "a record high of $49.80", "a two-year low of 1.0448" reached on the window's first day:
    that day's record, at its level, with its look-back counted from that day."""
    named = fig.RECORD_RE.match(s, at)
    if named is None or named.group("poss") or named.group("anchor"):
        return None
    of = fig.LEVEL_RE.match(s, _SPACE.match(s, named.end()).end())  # type: ignore[union-attr]
    way = fig.record_direction(named) or Direction.UP
    ago = named.group(0) if named.group("ago") else ""
    if of is None or of.group("prep").lower() != "of":  # "since touching a 32-month low on
        end = named.end()  # Nov. 27": that day's low, no level told
        return Extra(True, named.start(), end, way, None, None, False, day, ago=ago)
    level = fig.level_from(of).value
    return Extra(True, named.start(), of.end(), way, None, level, False, day, ago=ago)


_INNER_COUNTER = re.compile(r"\s(?:against|versus|vs\.?)\s+", re.IGNORECASE)


def inner_counter(s: str, matcher: Matcher, start: int, end: int) -> str | None:
    """A counter currency inside a record phrase ("its strongest level against the euro since
    2015"): the pair the record is on."""
    found = _INNER_COUNTER.search(s, start, end)
    currency = matcher.currency_at(s, found.end()) if found else None
    if currency is None:
        return unit_counter(s, start, end)  # "and 121.40 yen"
    return currency[0] if currency[1] <= end else None


def unit_counter(s: str, start: int, end: int) -> str | None:
    """The currency a figure between start and end is counted in ("145.90 yen"), if any."""
    if unit := _UNIT_COUNTER.search(s, start, end):
        word = (unit.group("w") or unit.group("w2")).lower()
        return CURRENCY_UNITS.get(word, CURRENCY_UNITS.get(word + "s"))
    return None


_UNIT_COUNTER = re.compile(
    r"\d\s?(?:swiss\s+|british\s+)?(?P<w>yen|yuan|roubles|rubles|rupees|pesos|reais|rand|won"
    r"|pounds?|francs|euros)\b"  # "a record 0.9803 pound" (euro-sterling)
    r"|\d\s+per\s+(?P<w2>dollar|euro|pound)\b",  # "hit a record 1.3155 per euro"
    re.I,
)


_DATED_RECORD = re.compile(
    r"\b(?:its|their)\s+(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[a-z]{3,9}\.?)"
    r"(?:,?\s+(?:19|20)\d\d)?\s+"  # "their Aug. 26 record close", "their 26 August ..."
    r"(?:all-time\s+)?record(?:\s+(?:closing\s+)?(?P<hl>high|low|close|peak))?\b",
    re.IGNORECASE,
)


def dated_record(s: str, found: re.Match[str], window: TimeRef, tail: Tail) -> None:
    """ "since their Aug. 26 record close": the window's start names a record of its own,
    on that day (a noun reference: no level)."""
    named = _DATED_RECORD.search(s, found.start(), found.end())
    if named is None or window.since is None:
        return
    way = Direction.DOWN if (named.group("hl") or "").lower() == "low" else Direction.UP
    tail.extras.append(
        Extra(True, named.start(), found.end(), way, None, None, False, window.since)
    )
