"""Records and biggest moves told without the word "record" or "highest": a noun set after a
level that says how long since it was last there ("a depth it had not visited since 2009", "a
trough last reached in September 2009", "an altitude unmatched since 2008", "a threshold it
had never crossed before", "a close lower than any since October 1998"), and a day's move with
no equal ("had no equal since October 1987", "without parallel since the 1987 crash")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims.lookback import ago_date, since_date
from dashboard.domain import Claim, Direction, Hedge, Measure

_UP_NOUNS = ("height", "altitude", "summit", "peak", "high", "zenith", "pinnacle", "perch")
_DOWN_NOUNS = ("depth", "trough", "nadir", "low", "floor")
_NOUNS = (
    r"(?P<noun>heights?|altitude|summit|peak|high|zenith|pinnacle|depths?|trough|nadir|low"
    r"|floor|level|price|mark|threshold|perch|territory|line|close|settlement|reading)"
)


def _anchor(group: str, lead: str = r"(?:since|in)") -> str:
    """A look-back's words ("since March 2009", "in 16 years"), named ``group``, to the clause's end."""
    return (
        rf"(?P<{group}>{lead}\s+[^,;]{{1,60}}?)(?=\s*[,;]|\.(?!\d)|\s*$|\s+(?:as|after|amid"
        r"|before|while|when|and|but|on|with)\b)"
    )


_SAID = re.compile(  # after a comma, or reached: "took the pound to a level unseen since 1985"
    r"(?:,|\bto(?=\s+an?\s))\s*(?:(?:an?\s+)?(?:[a-z-]+\s+){0,2}?" + _NOUNS + r"\s+"
    r"(?:(?:(?:that\s+)?(?:it|they|the\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}"
    r"|[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+)?had\s+"  # "a price soy traders had not quoted"
    r"(?:(?P<not>not)|never)\s+(?:before\s+)?(?:been\s+)?[a-z]+(?:\s+(?P<side>above|below|before"
    r"|at))?"
    r"(?:\s+" + _anchor("anchor") + r")?"
    r"|(?:(?:it|they)\s+had\s+)?last\s+(?:seen|reached|visited|hit|touched|occupied|scaled"
    r"|plumbed|recorded|struck)\s+"
    + _anchor("last", r"(?:since|in|during)")  # "last seen during the squeeze of 1980"
    # "an altitude unmatched since 2008", "a depth not plumbed since 1982"
    + r"|(?:unmatched|unseen|unvisited|unsurpassed|untouched|unequall?ed"
    r"|not\s+(?:seen|plumbed|reached|visited|touched|scaled|hit))\s+"
    + _anchor("un")
    + r"|never\s+before\s+(?:recorded|seen|reached|paid|hit|touched)\b(?P<ever>)"
    r")|(?:an?\s+(?:close|settlement|level)\s+)?(?P<cmp>lower|higher|cheaper|dearer|weaker"
    r"|stronger)\s+than\s+(?:at\s+)?any\s+(?:close|settlement|level|time|point)?\s*"
    + _anchor("than")
    + r"|having\s+never\s+before\s+(?:settled|closed|ended|traded|stood)\s+so\s+(?P<so>high|low))",
    re.IGNORECASE,
)
_UNEQUALLED = re.compile(
    r"(?:had\s+no\s+(?:equal|parallel|precedent)|without\s+(?:parallel|precedent|equal)"
    r"|(?:losing|surrendering|shedding|gaining|adding)\s+more\s+in\s+a\s+(?:single\s+)?"
    r"(?:session|day)\s+than(?:\s+at\s+any\s+time)?)\s+" + _anchor("anchor", "since"),
    re.IGNORECASE,
)
_EVER = re.compile(r"\b(?:existence|history|life)\b", re.IGNORECASE)
_HINTS = ("had n", "last ", "un", "not ", "never", " than ", "without", "more in a")
_WAYS = (Direction.UP, Direction.DOWN)


def paraphrased_records(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, with a record (or biggest move) for each such paraphrase after a claim."""
    if not any(h in s for h in _HINTS):
        return claims
    out = list(claims)
    for pattern, make, level in ((_SAID, _record, True), (_UNEQUALLED, _biggest, False)):
        for m in pattern.finditer(s):
            if _read(claims, m):
                continue  # read with its claim already
            made = make(m, _before(claims, m.start(), level))
            if made is not None and not _told(out, made):
                out.append(made)
    return sorted(out, key=lambda c: c.start)


def _read(claims: list[Claim], m: re.Match[str]) -> bool:
    """Whether a claim's span already covers the phrase (it was read with its claim)."""
    return any(c.start < m.end() and m.start() + 2 < c.end for c in claims)


def _before(claims: list[Claim], at: int, level: bool) -> Claim | None:
    """The move or level just told before ``at`` (a level for a record, a size for a ranking)."""
    ready = [
        c
        for c in claims
        if c.end <= at + 2
        and c.measure not in (Measure.RECORD, Measure.BIGGEST_MOVE)
        and (c.level is not None if level else c.size is not None)
    ]
    return ready[-1] if ready else None


def _record(m: re.Match[str], claim: Claim | None) -> Claim | None:
    if claim is None or claim.session is None:
        return None
    way = _way(m, claim)
    if way is None:
        return None
    anchor = m.group("anchor") or m.group("last") or m.group("un") or m.group("than")
    ever = bool(anchor) and _EVER.search(anchor) is not None  # "in its 12-year existence"
    since = _since(anchor, claim.session) if anchor and not ever else None
    if anchor and since is None and not ever:
        return None  # "since before the pandemic": no day to check from
    if m.group("anchor") is None and m.group("not"):
        return None  # "a level it had not seen": how long is not told
    return _made(m, claim, Measure.RECORD, way, since)


def _biggest(m: re.Match[str], claim: Claim | None) -> Claim | None:
    if claim is None or claim.session is None or claim.direction not in _WAYS:
        return None
    if claim.measure is not Measure.SESSION_CHANGE:
        return None
    since = _since(m.group("anchor"), claim.session)
    if since is None:
        return None
    return replace(_made(m, claim, Measure.BIGGEST_MOVE, claim.direction, since), level=None)


def _way(m: re.Match[str], claim: Claim) -> Direction | None:
    """Up for a height, down for a depth; else the way the claim moved."""
    noun = (m.group("noun") or "").lower().rstrip("s")
    said = (m.group("cmp") or m.group("so") or m.group("side") or "").lower()
    if noun in _UP_NOUNS or said in ("higher", "dearer", "stronger", "high", "above"):
        return Direction.UP
    if noun in _DOWN_NOUNS or said in ("lower", "cheaper", "weaker", "low", "below"):
        return Direction.DOWN
    if claim.direction in _WAYS:
        return claim.direction
    if "never" in m.group(0).lower():  # "a price never before paid": the quoted number's high
        return Direction.DOWN if claim.inverse else Direction.UP
    return None


def _since(anchor: str, session: date) -> date | None:
    """The look-back start "since March 2009", "in 16 years" or "in September 2009" names."""
    words = re.sub(r"^during\s+", "since ", anchor.strip(), flags=re.IGNORECASE)
    ago = ago_date(words, session) if words.lower().startswith("in ") else None
    return ago or since_date("since " + words.split(None, 1)[1], session)


def _made(
    m: re.Match[str], claim: Claim, measure: Measure, way: Direction, since: date | None
) -> Claim:
    return replace(
        claim,
        text=m.string[m.start() : m.end()].lstrip(", "),
        start=m.start() + len(m.group(0)) - len(m.group(0).lstrip(", ")),
        end=m.end(),
        measure=measure,
        direction=way,
        size=None,
        unit=None,
        hedge=Hedge.EXACT,
        since=since,
    )


def _told(claims: list[Claim], made: Claim) -> bool:
    """Whether a claim of that measure on that market and day is there already."""
    return any(
        (c.instrument, c.measure, c.session) == (made.instrument, made.measure, made.session)
        for c in claims
    )
