"""A claim frame's time: fronted, inner, shared or parallel time words and the day they fix."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dashboard.claims import context as ctx
from dashboard.claims.data_clauses import data_clause
from dashboard.claims.days_after import SAME_SESSION
from dashboard.claims.joined_windows import joined_window
from dashboard.claims.lead_words import may_lead
from dashboard.claims.sentences import clause_start
from dashboard.claims.tail_state import Tail
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import (
    LEAD_TIME_RE,
    MONTH_NAMES,
    TIME_RE,
    Hint,
    TimeRef,
    number_value,
    sessions_back,
)
from dashboard.claims.triggers import Kind, Trigger

# "on Friday, when the mini-budget sent the yield up": the "when" clause is that day's
_NAMED_DAY = (  # "On Dec. 16, 2014, later dubbed Black Tuesday, the RTS index ...": the day's name
    r"(?:(?:later|since|now|often|widely|soon)\s+)?(?:dubbed|known\s+as|called|remembered\s+as"
    r"|nicknamed)\s+[^,;]{1,40}?,\s*"
)
# "On Friday, as SVB failed, X", "in premarket trading on the news, and ...": a cause
_CAUSE = (
    r"(?:as|after|when|following|amid|on\s+(?:the|a|an|hopes|fears|worries|concerns|expectations"
    r"|bets|signs|news|reports?|data))\s+[^,;()]{1,90},\s*"
)
_CLOSES = re.compile(r"[^,;]{0,40}?\b(?:closed|ended|settled|finished)\b", re.IGNORECASE)
_CITY = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
# "At the opening bell in Paris on Monday", "At the close in Frankfurt and Paris, ..."
_PLACE = r"(?:\s+in\s+" + _CITY + r"(?:(?:,|,?\s+and)\s+" + _CITY + r")*)?"
_LEAD_GAP = re.compile(
    _PLACE + r"[\s,;:]*(?:" + _NAMED_DAY + r")?"
    rf"(?:{_CAUSE})?"
    # "On Thursday, the day Russia invaded, the MOEX ...": an apposition naming that day
    r"(?:(?:the\s+(?:[a-z]+\s+){0,2}(?:day|session|eve)|an?\s+(?:[a-z]+\s+){0,2}(?:day|holiday|session))\b"
    r"[^,;()]{0,80},\s*)?"
    r"(?:(?P<when>when\s+(?:[^,;()]*?\s)?)|(?:with|as|while|and)\s+)?"
    r"(?:[Tt]he\s+)?"  # "For the week, the 10-year and 30-year yields": a tenor named after "the"
    r"(?:(?:New\s+York|London|Chicago|Dutch|European|U\.S\.|Asian)\s+)?"  # "New York heating oil"
)
_JOINED = re.compile(_PLACE + r"\s*")  # "At the close in London on Friday, ...": both parts
_SHARED = re.compile(r",\s*(?:both|each|all\s+(?:three|four|of\s+them))\s+", re.IGNORECASE)


def shared_time(s: str, after: int, reference: date) -> TimeRef | None:
    """Time words set off after "both" / "each" hold for every claim before them."""
    for found in _SHARED.finditer(s, after):
        time = TIME_RE.match(s, found.end())
        if time is not None:
            return resolve(time, reference)
    return None


_PARALLEL = re.compile(r"\s+and\s+[^,;]{1,50}?\s[a-z]+ing\s+[^,;]{1,40}?\s(?=[a-z])", re.I)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:]|$)")


def parallel_time(s: str, trigger: Trigger, end: int, reference: date) -> TimeRef | None:
    """Two participle clauses joined by "and" share the time words that close the second."""
    if not trigger.word.lower().endswith("ing"):
        return None
    found = _PARALLEL.match(s, end)
    time = TIME_RE.match(s, found.end()) if found else None
    if time is None or not _CLAUSE_END.match(s, time.end()):
        return None
    return resolve(time, reference)


# "The Dow fell 2% and the Nasdaq lost 3% on Monday": a day that closes the last of two
# coordinated clauses dates the first too, when the first names no time of its own.
_NEXT_CLAUSE = re.compile(
    r"(?:\s*,)?\s+(?:and|while|whereas)\s+(?P<rest>(?:(?!\b(?:since|after|before|when|which|that"
    r"|who|as|until|from|this|last|so\s+far)\b)[^,;:()])+?)(?=\s(?:on\s|late\s|early\s|yesterday)"
    r"|\s(?:mon|tues|wednes|thurs|fri)day\b)",
    re.IGNORECASE,
)
_DAY_GROUPS = frozenset({"weekday", "date", "date_dm", "yesterday", "previous"})
# the clause ends there, or only a cause follows ("on Monday after the Fed ...")
_CLAUSE_CLOSE = re.compile(r"\s*(?:[,.;:]|$|\s(?:after|as|amid|following|on\s+(?!the\b)))", re.I)


def coordinated_time(s: str, trigger: Trigger, end: int, reference: date) -> TimeRef | None:
    """The day named at the close of the next coordinated clause, for a motion with none."""
    if trigger.kind is not Kind.MOTION:
        return None
    found = _NEXT_CLAUSE.match(s, end)
    if found is None or len(found.group("rest")) > 90:
        return None
    time = TIME_RE.match(s, found.end() + 1)
    if time is None or time.lastgroup not in _DAY_GROUPS or not _CLAUSE_CLOSE.match(s, time.end()):
        return None
    return resolve(time, reference)


def before_the_open(time: TimeRef, reference: date) -> TimeRef:
    """Futures "overnight" or "in Asian hours" trade before the (U.S.) cash open: the day's
    extreme, not yesterday's move."""
    if time.words.lower() != "overnight" and not _ASIAN_HOURS.fullmatch(time.words):
        return time
    return TimeRef(time.words, session=reference, hint=Hint.EXTREME)


_ASIAN_HOURS = re.compile(  # "in Asian hours", "in overnight trading": before the cash open
    r"in\s+(?:thin\s+)?(?:early\s+)?(?:asian|overnight)\s+(?:trading|trade|deals|hours)", re.I
)


def takes_window(s: str, trigger: Trigger, tail: Tail, previous: ctx.Previous | None) -> bool:
    """ "The Nikkei has rallied 17% this year, outperforming the S&P 500, which is up about 7%",
    "..., while the ruble has firmed 6%": a present-tense state or a present perfect with no
    time words of its own shares the window before it."""
    if previous is None or previous.since is None:
        return False
    if any(SAME_WINDOW.fullmatch(t.words) for t in tail.times):
        return True  # "..., and silver rose 5% over the same period"
    if tail.times:
        return False
    if trigger.kind is Kind.NOMINAL and _PERFECT_POSTED.search(
        s, max(0, trigger.start - 40), trigger.start
    ):
        return True  # "..., but the FTSE 100 has managed a gain of just 1.5%"
    if trigger.kind is Kind.NOMINAL:  # "..., a steeper slide than the S&P 500's 13% decline"
        return _COMPARED.search(s, max(0, trigger.start - 60), trigger.start) is not None
    if trigger.kind is Kind.STATE and trigger.word.lower() in ("up", "down", "off"):
        return _AND_SUBJECT.fullmatch(s, previous.end, trigger.start) is not None
    if trigger.kind is Kind.STATE:
        return bool(_PRESENT.match(trigger.word))
    perfect = _PERFECT.search(s, max(0, trigger.start - 8), trigger.start)
    return trigger.kind is Kind.MOTION and perfect is not None


SAME_WINDOW = re.compile(r"\w+\s+the\s+same\s+(?:\w+\s+)?\w+(?:\s*frame)?", re.IGNORECASE)
_COMPARED = re.compile(  # a move noun compared with the claim before: the same window
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|outpacing|outstripping|lagging|trailing)"
    r"\s+(?:the\s+)?[^,;]{1,40}?['’]s?\s+$",
    re.IGNORECASE,
)
# "with the S&P 500 down 4.2% this week and the Nasdaq off 5.8%": an elliptical conjunct
_AND_SUBJECT = re.compile(r",?\s+and\s+[^,;]{1,40}?\s+", re.IGNORECASE)
_PRESENT = re.compile(r"(?:is|are|has\s+been|have\s+been|['’]s)\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have)\s+$", re.IGNORECASE)
_PERFECT_POSTED = re.compile(  # a present perfect that posts a move noun: "has managed a gain"
    r"\b(?:has|have)\s+(?:only\s+|just\s+)?(?:managed|posted|notched|booked|recorded|logged"
    r"|suffered|registered|clocked|eked\s+out|chalked\s+up|racked\s+up)\s+(?:only\s+|just\s+)?$",
    re.IGNORECASE,
)


def lead_time(s: str, low: int, start: int, reference: date) -> TimeRef | None:
    """Time words fronted before the subject ("On Friday, the index ...")."""
    if _WHEN_AFTER.fullmatch(s, low, start):  # "has fallen 10% since last Thursday, when it"
        window = list(LEAD_TIME_RE.finditer(s, max(0, low - 40), low))
        return _since_day(s, window[-1], reference) if window and window[-1].end() == low else None
    matches = list(LEAD_TIME_RE.finditer(s, low, start)) if may_lead(s, low, start) else []
    gap = _LEAD_GAP.fullmatch(s, matches[-1].end(), start) if matches else None
    if gap is None:
        return None
    found = matches[-1]
    if (
        re.search(r"[:;]", gap.group(0))
        and s[clause_start(s, found.start()) : found.start()].strip()
    ):
        return None  # "... a rate rise this year: Germany's 10-year added": the first clause's time
    if found.group(0)[:5].lower() == "since" and not _OPENS_CLAUSE.search(s, low, found.start()):
        return None  # "has slumped since Monday, and the euro ...": the first clause's bound
    if _NOUN_BEFORE.search(s, max(0, found.start() - 16), found.start()):
        return None  # "capping its first weekly gain in four weeks, and ...": the noun's look-back
    if _COMPARED_DAY.search(s, max(0, found.start() - 16), found.start()):
        return None  # "a touch weaker than on Tuesday, while gold ...": a day compared with
    if _FUTURE_EVENT.search(s, max(0, found.start() - 16), found.start()):
        return None  # "with inflation data due on Wednesday, the dollar ...": that event's day
    if _COMING.search(s, clause_start(s, found.start(), low), found.start()):
        return None  # "the bank will announce its decision on Wednesday, while ...": a coming day
    if data_clause(s, clause_start(s, found.start(), low), found.start()):
        return None  # "crude inventories rose by 5.5 million barrels last week, and WTI fell"
    if not gap.group("when") and _BOUNDED.search(s, max(0, found.start() - 8), found.start()):
        return None  # "shut since Feb. 25, while the ruble ...": a bound, not the claim's day
    coordinated = {"and", "while"} & set(gap.group(0).lower().split())
    if coordinated and _SUBORDINATE.search(s, max(0, found.start() - 120), found.start()):
        return None  # "since it began trading in 2010, and it was ...": that clause's time
    again = TIME_RE.match(found.group(0))
    time = resolve(again, reference) if again else None
    joined = matches[-2] if len(matches) > 1 else None
    if (
        time is not None
        and joined is not None
        and _JOINED.fullmatch(s, joined.end(), found.start())
    ):
        first = TIME_RE.match(joined.group(0))  # "At the close on Friday, ...": both parts
        hint = resolve(first, reference).hint if first else Hint.NONE
        time = replace(time, hint=time.hint if time.hint is not Hint.NONE else hint)
        found = joined
    if (
        time is not None
        and time.hint is Hint.EXTREME
        and not _OPENS_CLAUSE.search(s, low, found.start())
    ):
        time = replace(time, hint=Hint.NONE)  # "X lost 30% at one point on Friday, while": X's
    return time


_NOUN_BEFORE = re.compile(
    r"\b(?:gains?|loss(?:es)?|rises?|drops?|declines?|advances?|falls?|highs?|lows?|rally"
    r"|slide)\s+$",
    re.IGNORECASE,
)
_SINCE_OR_ON = re.compile(r"(?:since|on)\s+", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"\s*,\s*when\s+", re.IGNORECASE)
_OPENING = re.compile(r"\s*(?P<time>[^,;]{1,50}?)\s*,")
_COORDINATED = re.compile(r",\s*(?:and|while|whereas)\s+$", re.IGNORECASE)


def opening_lead(s: str, start: int, reference: date) -> TimeRef | None:
    """ "Since Monday, the currency has lost 1.5%, while the ASX 200 is down 1.9%": time words
    opening the sentence date a coordinated clause, even when the first made no claim."""
    if not _COORDINATED.search(s, max(0, start - 12), start):
        return None
    found = _OPENING.match(s)
    lead = LEAD_TIME_RE.fullmatch(s, found.start("time"), found.end("time")) if found else None
    again = TIME_RE.fullmatch(lead.group(0)) if lead else None
    return resolve(again, reference) if again else None


def _since_day(s: str, found: re.Match[str], reference: date) -> TimeRef | None:
    """ "since last Thursday, when ...", "on March 5, when ...": the "when" clause is on the day
    the window opens, or on the day named."""
    lead = _SINCE_OR_ON.match(found.group(0))
    if lead is None:
        return None
    day = TIME_RE.fullmatch(s, found.start() + lead.end(), found.end())
    time = resolve(day, reference) if day else None
    return time if time is not None and time.session is not None and time.since is None else None


_YEAR = re.compile(r"(?:19|20)\d\d")
PER_WINDOW = {
    "weekly": "this week",
    "monthly": "this month",
    "quarterly": "this quarter",
    "annual": "this year",
    "yearly": "this year",
    "year-to-date": "this year",
    "weekend": "over the weekend",  # "building on a weekend surge of about 10%"
    **{f"{part}'s": f"this {part}" for part in ("week", "month", "quarter", "year")},
    **{
        f"{nth}-{part}": f"in the {nth} {part}" for nth in ("first", "second") for part in ("half",)
    },
    **{f"{nth}-quarter": f"in the {nth} quarter" for nth in ("first", "second", "third", "fourth")},
    **{m: f"in {m}" for m in MONTH_NAMES},  # "deepening its April loss to nearly 4%"
}
_OPENS_CLAUSE = re.compile(
    r"(?:^|[,;:\u2014]|\s-|\b(?:and|while|whereas|but|yet)\s)\s*$", re.IGNORECASE
)
_SUBORDINATE = re.compile(r"\b(?:since|after|before|until|when|because)\b[^,;:]*$", re.I)
_FUTURE_EVENT = re.compile(
    r"\b(?:due(?:\s+out)?|scheduled|slated|expected|planned|set)\s+(?:for\s+)?$", re.IGNORECASE
)
_COMPARED_DAY = re.compile(r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+$", re.I)
_BOUNDED = re.compile(r"\b(?:since|from|until|till|before|after)\s+$", re.IGNORECASE)
_COMING = re.compile(  # a clause about what is still to come
    r"\b(?:will|shall|(?:(?:is|are)\s+)?(?:due|set|scheduled|slated|poised)\s+to|look(?:s|ing)?\s+ahead"
    r"|await(?:s|ing)?|ahead\s+of|(?:meets|convenes|reports|publishes)\b"
    r"|brac(?:e|es|ing)\s+(?:(?:themselves|itself)\s+)?for|wait(?:s|ing)?\s+for|run-up\s+to)",
    re.IGNORECASE,
)


def inner_times(s: str, start: int, end: int, reference: date) -> list[TimeRef]:
    """Time words between the subject and its verb ("Russian stocks on Friday rebounded", "which
    at one point on Thursday plunged")."""
    found = list(LEAD_TIME_RE.finditer(s, start, end)) if may_lead(s, start, end) else []
    if found and _CLOSED_FOR.search(s, start, found[0].start()):
        return []  # "Russian stocks, closed for a public holiday on Monday, fell": the closure's
    again = [TIME_RE.match(m.group(0)) for m in found[:2]]
    return [resolve(m, reference) for m in again if m is not None]


_CLOSED_FOR = re.compile(r",\s*(?:closed|shut|suspended|halted)\s+(?:for|since|over)\b", re.I)


def carried_lead(previous: ctx.Previous | None) -> TimeRef | None:
    """The fronted time words the previous claim read, for a later clause that names none; not
    a fronted day that claim's own day overrode ("a truce was announced on Monday, and Brent
    fell 5% on Tuesday, while gold ...")."""
    if previous is None or previous.lead is None:
        return None
    lead = previous.lead
    return None if lead.session is not None and lead.session != previous.session else lead


def joins_outer(s: str, trigger: Trigger, start: int, previous: ctx.Previous | None) -> bool:
    """Whether the claim takes the day of the clause a dated move noun sits in: a new subject
    ("..., clawing back Monday's 12.2% rout, and the Nikkei added"), a participle right after
    the noun ("erased the previous day's 0.8% gain, slipping 0.7%"), or the subject's next verb
    ("extended Thursday's 2.9% slide and finished close to the day's low")."""
    after = previous.end if previous else 0
    if start < trigger.start:  # (not the market a dated move "took ... to its lowest since 1985")
        return not reached_by_move(s, start)
    if trigger.word.lower().endswith("ing") and _COMMA_ONLY.fullmatch(s, after, trigger.start):
        return True
    return (
        previous is not None and previous.noun_day and bool(_AND.fullmatch(s, after, trigger.start))
    )


_COMMA_ONLY = re.compile(r"\s*,\s*")
_RESULT_BEFORE = re.compile(r"\b(?:took|sent|pushed|drove|dragged|knocked|left)\s+$", re.I)


def reached_by_move(s: str, at: int) -> bool:
    """Whether the market named at ``at`` is the object a move "took" somewhere ("a plunge that
    took the pound to its lowest since 1985")."""
    return _RESULT_BEFORE.search(s, max(0, at - 12), at) is not None


_AND = re.compile(r"\s*,?\s*(?:and|but)\s+", re.IGNORECASE)


def outer_clause(previous: ctx.Previous | None) -> ctx.Previous | None:
    """A new subject's clause after a dated move noun ("clawing back the previous session's
    12.2% rout") joins the clause the noun sits in, not the noun's own day."""
    if previous is None or previous.outer is None:
        return previous
    session, explicit = previous.outer
    return replace(previous, session=session, explicit=explicit, outer=None)


def session_of(
    times: list[TimeRef], reference: date, previous: ctx.Previous | None, may_inherit: bool
) -> tuple[date, date | None, str, bool]:
    """The session, window start and words the times fix, and whether the day was told."""
    session: date | None = None
    since: date | None = None
    words: list[str] = []
    for time in times:
        if time.hint is Hint.PREVIOUS and session is None:
            base = previous.session if previous else reference
            traded = "session" in time.words or "trading" in time.words
            session = sessions_back(base, 1) if traded else base - timedelta(days=1)
            words.append(time.words)
        elif time.session is not None and session is None:
            session = time.session
            words.append(_strip_on(time.words))
        if time.since is not None and since is None:
            since = time.since
    if session is not None:
        return session, since, " ".join(words), True
    if previous is not None and any(SAME_SESSION.search(t.words) for t in times):
        return previous.session, since, "", previous.explicit  # "earlier in the session"
    if any(t.hint is Hint.INTRADAY for t in times):  # "in Asian trading": the reference day
        return reference, since, "", True
    if previous is not None and previous.explicit and may_inherit:
        return previous.session, since, "", True
    return reference, since, "", False


def window_end(times: list[TimeRef], reference: date) -> date | None:
    """ "finished the week 2.4% higher ... on Friday": a day named after a window that runs
    to the reference day, in the same tail, is the day that ends it."""
    window = next((t for t in times if t.since is not None), None)
    if window is None or window.session != reference or window.since is None:
        return None
    later = times[times.index(window) + 1 :]
    day = next((t.session for t in later if t.session is not None and t.since is None), None)
    return day if day is not None and window.since <= day < reference else None


def _strip_on(words: str) -> str:
    return re.sub(r"^(?:on)\s+", "", words, flags=re.IGNORECASE)


# "had risen 120 bp in three sessions before the BoE acted": a clause after "before" (the
# event is the reference day's); "suspended after prices more than doubled in two sessions"
_COUNTED = re.compile(
    r"(?:in|over)\s+(?:the\s+(?:past|last)\s+)?(\w+)\s+(?:sessions|trading\s+days)"
)
_BEFORE_EVENT = re.compile(
    r"\s*,?\s*before\s+(?:the|a|an)\s+(?!(?:close|open|bell|weekend|end)\b)[^,;.]{1,40}?"
    r"\s[a-z]+ed\b",
    re.IGNORECASE,
)
_AFTER_CLAUSE = re.compile(r"\bafter\s+$", re.IGNORECASE)


def window_before_event(
    s: str, start: int, end: int, words: str, reference: date
) -> tuple[date, date] | None:
    """A counted window ("in three sessions") that runs up to an event of the reference day
    ends the session before it."""
    counted = _COUNTED.fullmatch(words)
    n = number_value(counted.group(1)) if counted else None
    if n is None or n < 2:
        return None
    if not (_BEFORE_EVENT.match(s, end) or _AFTER_CLAUSE.search(s, max(0, start - 8), start)):
        return None
    last = sessions_back(reference, 1)
    return last, sessions_back(last, n - 1)


_AND_AFTER = re.compile(r"\s*,\s*(?:and|but)\s+(?:the\s+)?", re.IGNORECASE)


def overruled_lead(s: str, low: int, start: int, tail: Tail) -> bool:
    """ "OPEC+ agreed new cuts over the weekend, and Brent settled 6.3% higher on Monday": time
    words that close the clause before are that clause's when the claim names its own day."""
    if not any(t.session is not None and t.since is None for t in tail.times):
        return False
    matches = list(LEAD_TIME_RE.finditer(s, low, start)) if may_lead(s, low, start) else []
    if not matches or not _AND_AFTER.fullmatch(s, matches[-1].end(), start):
        return False
    return bool(s[clause_start(s, matches[-1].start(), low) : matches[-1].start()].strip())


def every_window(every: str, tail: Tail, reference: date) -> TimeRef | None:
    """The window a per-period noun names ("its weekly loss"), ending on the day the tail names
    ("posted a weekly gain of 2.2% on Friday": that Friday's week), else the reference day's."""
    words = PER_WINDOW.get(every.lower().replace("’", "'"), "")
    words = f"in {every}" if _YEAR.fullmatch(every) else words  # "a 2013 rally of almost 30%"
    this = TIME_RE.match(words) if words else None
    if this is None:
        return None
    day = next((t.session for t in tail.times if t.session and t.since is None), None)
    return resolve(this, day or reference)


def window_taken(tail: Tail, previous: ctx.Previous) -> TimeRef:
    """The window of the claim before; "over the same month" also takes its end."""
    same = any(SAME_WINDOW.fullmatch(t.words) for t in tail.times)
    return TimeRef("", previous.session if same else None, previous.since, Hint.PERIOD)


def carried_time(s: str, previous: ctx.Previous | None, start: int, tail: Tail) -> TimeRef | None:
    """The fronted time words the previous claim read, or the window of a sized move it told in
    a simple first clause, for a joined clause with a size of its own."""
    if (lead := carried_lead(previous)) is not None:  # not the day's extreme for a closing verb:
        closes = lead.hint is Hint.EXTREME and _CLOSES.match(s, start)  # "..., and it closed"
        return replace(lead, hint=Hint.NONE) if closes else lead
    sized = any(not z.is_money for z in tail.sizes)
    return joined_window(s, previous, start) if sized else None
