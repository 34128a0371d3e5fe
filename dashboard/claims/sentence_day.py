"""One day for a sentence: a clause that names no day takes the day another clause names.

"The S&P 500 pared a drop of as much as 1.4% to close 0.2% lower on Monday", "Sterling fell
on Monday, while the FTSE 100 slid 1%": the unnamed claim is Monday's, not the publication
day's. A day that only dates a side event does not spread: a relative clause ("Gold, which hit
a record on Monday, slipped"), an "after"/"having" clause ("eased after topping 20 on
Thursday"), a possessive noun ("Monday's 12.4% plunge"). A state at the time of writing ("is
up", "was last 0.8% weaker") keeps the reference day.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from dashboard.claims.contact_relatives import CONTACT_RELATIVE
from dashboard.claims.echoes import without_echoes
from dashboard.claims.events import without_event
from dashboard.claims.lexicon import DOWN_VERBS, UP_VERBS
from dashboard.claims.sentences import clause_start
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import _MONTH, _WEEKDAY, NAMED_DAY, TIME_RE, same_day, sessions_back
from dashboard.domain import Claim, Measure

# Time words that place a claim within a day without naming the day.
_PART_OF_DAY = re.compile(
    r"(?:(?:(?:in|over|during|throughout|on)\s+)?the\s+(?:day|session|day['’]s\s+trading)"
    r"|(?:in\s+)?trading|earlier(?:\s+in\s+the\s+(?:day|session))?"
    r"|in\s+(?:early\s+)?asian\s+(?:hours|trade|trading))?",
    re.IGNORECASE,
)
_NAMES_DAY = re.compile(r"\b(?:" + NAMED_DAY + r"|yesterday)", re.IGNORECASE)
# any word that fixes a day: a target claim's clause with one of these keeps its own
_ANY_DAY = re.compile(
    r"\b(?:" + NAMED_DAY + r"|yesterday|today|tonight"
    r"|this\s+(?:morning|afternoon|evening))",
    re.IGNORECASE,
)
_WINDOW = re.compile(r"^(?:since|from|until|through|over|in|for|the\s+week)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
_SIDE_CLAUSE = re.compile(  # the day sits in a clause about an earlier or side event
    r"\b(?:after|having|from|until|due|scheduled|slated|expected|versus|vs|compared"
    r"|than(?!\s+[$€£]?\d)|against(?=\s+[$€£]?\d)"
    r"|since(?!\s+(?:(?:early|mid|late)[\s-]*)?(?:\d|" + _MONTH + r")))\b(?:[^,;]|,(?=\d))*$"
    r"|\d\s+(?:hit|touched|reached|set)\s+$"  # "a record low of 121.5 hit on March 10"
    r"|" + CONTACT_RELATIVE,  # "the five-month high of $91.05 it touched on Friday"
    re.IGNORECASE,
)
# "..., after soaring to a record $1,911.46 yesterday": a participle's clause dates only itself
_AFTER_DOING = re.compile(
    r"\b(?:after|having|before)\s+[a-z]+ing\b(?:[^,;]|,(?=\d))*$", re.IGNORECASE
)
# the time of writing: "is up", "has risen", "was last 0.8% weaker", "last traded at"
_PRESENT = re.compile(
    r"\b(?:is|are|has|have|remains?|stands?|now|last)\b(?!\s+(?:week|month|year)\b)", re.I
)
_LOOK_BACK = (Measure.RECORD, Measure.BIGGEST_MOVE)


def shared_day(s: str, claims: list[Claim], reference: date) -> list[Claim]:
    """Claims dated by default to the reference day take the day the sentence names."""
    out, moved = [], []
    for claim in claims:
        day = _day_for(s, claim, claims, reference)
        out.append(claim if day is None else _moved(claim, day))
        moved.append(day is not None)
    echoes = without_echoes(out)  # "turned higher to close up 0.6% on Friday": one move
    return [c for c, m in zip(out, moved, strict=True) if not m or any(c is e for e in echoes)]


def _day_for(s: str, claim: Claim, claims: list[Claim], reference: date) -> date | None:
    relative = _day_before(claim, reference)
    if relative is None and not _undated(claim, reference):
        return None
    own = _own_clause_day(s, claim, reference)
    if own is not None:
        return None if own == reference else own
    named = [n for c in claims if (n := _named_day(s, c)) is not None]
    named = named or _unclaimed_move_day(s, reference)
    days = {day for day, _ in named}
    if len(days) != 1:
        return None
    day = days.pop()
    if day == reference or any(d == reference for d, _ in _weekdays(s, reference, False)):
        return None  # "fell 1.9% on Wednesday and extended losses on Thursday, trading 0.8% lower"
    if relative is not None:  # "which had touched 5.02% a day earlier, fell ... on Tuesday"
        return relative(day)
    return None if _own_day(s, claim, {at for _, at in named}) else day


_PREVIOUS_DAY = re.compile(
    r"(?:(?:on|in)\s+)?the\s+(?:previous|prior)\s+(?P<unit>day|session|trading\s+day)"
    r"|(?:a|one)\s+day\s+(?:earlier|before)|the\s+day\s+before",
    re.IGNORECASE,
)


def _day_before(claim: Claim, reference: date) -> Callable[[date], date] | None:
    """ "the previous day", "a day earlier" read from the reference day: the same step back
    from another day (a session back for "the previous session", a calendar day else)."""
    found = _PREVIOUS_DAY.fullmatch(claim.time_words)
    if found is None or (claim.since is not None and claim.measure not in _LOOK_BACK):
        return None
    unit = found.group("unit") or "day"
    if unit == "day":
        step: Callable[[date], date] = lambda d: d - timedelta(days=1)  # noqa: E731
    else:
        step = lambda d: sessions_back(d, 1)  # noqa: E731
    return step if claim.session == step(reference) else None


def _undated(claim: Claim, reference: date) -> bool:
    """A claim on the reference day only because its words name no other."""
    if claim.session != reference or claim.measure is Measure.PERIOD_CHANGE:
        return False
    if claim.since is not None and claim.measure not in _LOOK_BACK:
        return False
    if not _PART_OF_DAY.fullmatch(claim.time_words):
        return False
    return _PRESENT.search(claim.text) is None


_CLAUSE_TAIL_END = re.compile(r"[,;]|\s(?:and|but|while|whereas|after|before|as)\s", re.I)
_TAIL_DAY = re.compile(r"\bon\s+" + _WEEKDAY + r"\b(?!['’]s)", re.IGNORECASE)
_TODAY = re.compile(r"\btoday\b(?!['’]s)", re.IGNORECASE)
_COMMA_END = re.compile(r"[,;]")


def _own_clause_day(s: str, claim: Claim, reference: date) -> date | None:
    """The day named later in the claim's own clause, past words the tail did not read: "slid
    1.5% in the first session of the year on Monday, ... on Tuesday" (Monday), "dipped as low
    as $0.9998 after data today" (the reference day)."""
    comma = _COMMA_END.search(s, claim.end)
    if _TODAY.search(s, claim.end, comma.start() if comma else len(s)):
        return reference  # "after U.S. inflation data today": a side event's day is still today
    stop = _CLAUSE_TAIL_END.search(s, claim.end)
    found = _TAIL_DAY.search(s, claim.end, stop.start() if stop else len(s))
    if found is None or _SIDE_CLAUSE.search(s[claim.end : found.start()]):
        return None  # "a touch weaker than on Tuesday": a day compared with
    time = TIME_RE.match(s, found.start())
    return resolve(time, reference).session if time else None


def _own_day(s: str, claim: Claim, named: set[int]) -> bool:
    """Day words in the claim's own clause that date no other claim ("and by Friday morning
    the currency was down"): the clause has a time of its own the parser did not read."""
    low = clause_start(s, claim.start)
    return any(m.start() not in named for m in _ANY_DAY.finditer(s, low, claim.end))


def _named_day(s: str, claim: Claim) -> tuple[date, int] | None:
    """The day a claim's own words name, when that day may date the sentence."""
    words = claim.time_words
    if claim.session is None or not _NAMES_DAY.search(words) or _WINDOW.match(words):
        return None
    if claim.measure is Measure.PERIOD_CHANGE:
        return None
    at = _where(s, words, claim)
    if at is None or _POSSESSIVE.match(s, at + len(words)):
        return None
    low = clause_start(s, at)  # "jumped 3% after the OPEC+ news and settled 2% higher on Tuesday"
    side = _SIDE_CLAUSE.search(without_event(s[low:at])) or _AFTER_DOING.search(s, low, at)
    if side or _in_relative(s, at):
        return None
    day = _NAMES_DAY.search(s, at, at + len(words))
    return claim.session, day.start() if day else at


_ON_WEEKDAY = re.compile(r"\bon\s+" + _WEEKDAY + r"\b", re.IGNORECASE)
_MOTION = frozenset(UP_VERBS) | frozenset(DOWN_VERBS) | {"sent", "drove"}
_NOT_TRADE = frozenset({"closed", "shut", "scheduled", "expected", "pulled", "based", "listed"})
_PERIOD_END = re.compile(  # "Wall Street ended a bruising month on Friday": a window's end
    r"\b(?:ended|finished)\s+(?:[a-z-]+\s+){0,3}(?:week|month|quarter|year|half)\b", re.I
)


def _dates_move(word: str) -> bool:
    """A verb that puts a move or the day's trade on its day: a move verb or another past
    tense ("knocked gas 36.5 cents lower on Wednesday", "When Wall Street reopened on Monday")
    but not a market shut ("closed for a public holiday on Monday")."""
    if word in _MOTION:
        return True
    return word.endswith("ed") and len(word) > 4 and word not in _NOT_TRADE


def _unclaimed_move_day(s: str, reference: date) -> list[tuple[date, int]]:
    """ "SVB Financial's stock sank 60% on Thursday, ..., and the Russell 2000 closed down
    2.95%": a move the parser does not claim (a single company's shares) still dates its
    clause, so the sentence's undated claims share that day."""
    return _weekdays(s, reference, True)


def _weekdays(s: str, reference: date, moved: bool) -> list[tuple[date, int]]:
    """The days "on <weekday>" names outside side clauses (in a clause with a move verb)."""
    found = []
    for m in _ON_WEEKDAY.finditer(s):
        low = clause_start(s, m.start())
        if _SIDE_CLAUSE.search(s, low, m.start()) or _in_relative(s, m.start()):
            continue
        words = re.findall(r"[A-Za-z]+", s[low : m.start()])
        if moved and not any(_dates_move(w.lower()) for w in words):
            continue
        if moved and _PERIOD_END.search(s, low, m.start()):
            continue
        time = TIME_RE.match(s, m.start())
        day = resolve(time, reference).session if time else None
        if day is not None:
            found.append((day, m.start()))
    return found


def _where(s: str, words: str, claim: Claim) -> int | None:
    """Where the claim's time words sit: in its span, else just before or after it."""
    low, high = max(0, claim.start - 60), min(len(s), claim.end + 60)
    found = [m.start() for m in re.finditer(re.escape(words), s[low:high], re.IGNORECASE)]
    if not found:
        return None
    return low + min(found, key=lambda at: abs(low + at - claim.start))


_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|when)\b(?:[^,;]|,(?=\d))*$", re.IGNORECASE)


def _in_relative(s: str, at: int) -> bool:
    """ "Gold, which hit a record on Monday, slipped": the day is inside the relative."""
    return _RELATIVE_OPEN.search(s, 0, at) is not None


def _moved(claim: Claim, day: date) -> Claim:
    """The claim on ``day``; a look-back counted from its session moves with it."""
    since = claim.since
    if since is not None and claim.session is not None:
        since = _look_back(claim.session, since, day)
    return replace(claim, session=day, since=since)


def _look_back(session: date, since: date, day: date) -> date:
    """ "a 15-month low" counted back from the old session, counted back from ``day``."""
    if since.day == session.day != 1:  # "since 2014" is 1 January, not a count back
        months = (session.year - since.year) * 12 + session.month - since.month
        total = day.year * 12 + day.month - 1 - months
        return same_day(total // 12, total % 12 + 1, day.day)
    gap = (session - since).days
    return day - timedelta(days=gap) if gap % 7 == 0 and gap <= 365 else since
