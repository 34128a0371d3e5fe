"""A close the sentence compares its level with: ", compared with its close of 83.5750 in the
previous session" states the instrument's level on that earlier session."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dashboard.claims.figures import NUM, number
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import TIME_RE, WEEKDAYS, Hint, sessions_back, weekday_on_or_before
from dashboard.domain import Claim, Direction, Hedge, Measure

_FLAT_FROM = r"(?:(?:little|barely|virtually|largely)\s+changed|unchanged|flat)\s+from"  # "barely
# changed from its previous close of 82.74": that close is stated as well
_COMPARED = re.compile(
    r"(?:,\s*|\s+(?=versus|vs))(?:compared\s+(?:with|to)|versus|vs\.?|against|" + _FLAT_FROM + r")"
    r"\s+(?:(?:its|their|a|the)\s+(?:(?P<prev>previous|prior)\s+"
    r")?(?:close|closing\s+level|finish|settlement)\s+of\s+)?(?P<num>[$€£]?"
    + NUM
    + r")%?(?:\s+(?:per|to\s+the|against\s+the)\s+(?:U\.S\.\s+)?(?:dollar|euro))?"
    r"(?:\s+in\s+(?:New\s+York|London|Tokyo|Asia|Europe))?(?:\s+|(?=[,;]|\.?$))",
    re.IGNORECASE,
)
_PREVIOUS_CLOSE = re.compile(  # "at the previous day's close"
    r"(?:at\s+)?the\s+(?:previous|prior)\s+(?:day|session)['’]s\s+close", re.IGNORECASE
)
_DAY_KINDS = frozenset({"previous", "weekday", "yesterday"})
_HOSTS = (
    Measure.LEVEL,
    Measure.SESSION_CHANGE,
    Measure.INTRADAY_CHANGE,
    Measure.INTRADAY_EXTREME,
    Measure.OPEN_MOVE,  # "opened weaker at 74.68 per dollar, against its previous close of"
)
# "at Friday's close", "at the close last Thursday", "a week earlier"
_WEEKDAY_CLOSE = re.compile(
    r"at\s+(?:(?P<d>mon|tues|wednes|thurs|fri)day['’]s\s+close|the\s+close\s+(?:on\s+|last\s+)"
    r"(?P<d2>mon|tues|wednes|thurs|fri)day)|(?P<week>a\s+week\s+(?:earlier|before))",
    re.IGNORECASE,
)


def compared_closes(s: str, claims: list[Claim]) -> list[Claim]:
    """Each ", compared with <level> <earlier day>" after a claim with a level: a level claim
    on that day, for the same instrument and side."""
    if not any(
        w in s for w in ("compared", "versus", "vs", "against", "changed from", "flat from")
    ):
        return claims
    out = list(claims)
    for found in _COMPARED.finditer(s):
        host = _host(claims, found.start())
        when = _PREVIOUS_CLOSE.match(s, found.end()) or _WEEKDAY_CLOSE.match(s, found.end())
        when = when or TIME_RE.match(s, found.end())
        if host is None or host.session is None or (when is None and not found.group("prev")):
            continue  # "compared with its previous close of 71.75": the session before
        if when is not None and when.re is TIME_RE and when.lastgroup not in _DAY_KINDS:
            continue
        day = _earlier_day(when, host.session) if when else sessions_back(host.session, 1)
        if day is None or day >= host.session:
            continue
        start, end = found.start() + 1, when.end() if when else found.end()
        level = number(found.group("num").lstrip("$€£"))
        if any(_same_close(c, host, day, level) for c in claims):
            continue  # "its close of 83.5750 in the previous session" made it already
        out.append(
            replace(
                host,
                text=s[start:end].strip(),
                start=start + (len(s[start:end]) - len(s[start:end].lstrip())),
                end=end,
                measure=Measure.LEVEL,
                direction=Direction.NONE,
                size=None,
                unit=None,
                hedge=Hedge.EXACT,
                level=level,
                session=day,
                since=None,
                time_words=when.group(0) if when else "previous close",
            )
        )
    return sorted(out, key=lambda c: c.start)


def _same_close(claim: Claim, host: Claim, day: date, level: float) -> bool:
    """The level claim this comparison would add, already made from the close's own words."""
    same = (claim.instrument, claim.inverse, claim.session, claim.level)
    return claim.measure is Measure.LEVEL and same == (host.instrument, host.inverse, day, level)


def _earlier_day(when: re.Match[str], session: date) -> date | None:
    """The day the words name, counted from the claim's own session."""
    if when.re is _PREVIOUS_CLOSE:
        return sessions_back(session, 1)
    if when.re is _WEEKDAY_CLOSE:
        if when.group("week"):
            return session - timedelta(days=7)
        wanted = WEEKDAYS.index((when.group("d") or when.group("d2")).lower() + "day")
        return weekday_on_or_before(session, wanted, strictly=True)
    told = resolve(when, session)
    return sessions_back(session, 1) if told.hint is Hint.PREVIOUS else told.session


def _host(claims: list[Claim], at: int) -> Claim | None:
    """The last claim with a stated level ending before the comparison."""
    before = [c for c in claims if c.start < at and c.level is not None and c.measure in _HOSTS]
    return before[-1] if before else None
