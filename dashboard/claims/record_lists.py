"""Records listed in turn after a list of markets: "The Dow and the S&P 500 rose 3.6% and 2.5% to
records of 43,729.93 and 5,929.04, respectively", "the euro fell to $0.9550 and the Aussie to
$0.6450, lows not seen since 2002 and 2020 respectively", "their lowest since 2002 and 1985":
the n-th level or look-back belongs to the n-th market."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.figures import Level, number
from dashboard.claims.lexicon import EXTREME_VERBS, RECORD_SETTING
from dashboard.claims.lookback import since_date
from dashboard.domain import Claim, Direction, Hedge, Measure

_YEAR = r"(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d\d"
_NUM = r"[$€£¥]?\d[\d,]*(?:\.\d+)?"
_LIST_TAIL = r"(?:,?\s+(?:respectively|in\s+that\s+order))?(?=[,.;]|\s|$)"
# "to records of 43,729.93 and 5,929.04", "at record highs of $2.10 and $1.95"
_LEVELS = re.compile(
    r"\b(?P<verb>to|at|hit|hitting|touched|touching|set|setting)\s+(?:fresh\s+|new\s+)?"
    r"(?:record|all-time)(?:\s+(?:closing\s+)?(?P<hl>highs|lows|peaks|closes))?(?:s)?\s+of\s+"
    r"(?P<first>" + _NUM + r")\s+and\s+(?P<second>" + _NUM + r")" + _LIST_TAIL,
    re.IGNORECASE,
)
# "lows not seen since 2002 and 2020", "their lowest since 2002 and 1985"
_SINCES = re.compile(
    r"\b(?:(?:(?P<hl>lows|highs|levels)\s+(?:not\s+|last\s+)?seen\s+(?:since|in))"
    r"|(?:their|the)\s+(?P<sup>lowest|highest|weakest|strongest)(?:\s+levels?)?\s+since)\s+"
    r"(?P<first>" + _YEAR + r")\s+and\s+(?P<second>" + _YEAR + r")" + _LIST_TAIL,
    re.IGNORECASE,
)
# "records of 6,090.27 and 19,859.77, respectively": the second market's level
_SECOND_LEVEL = re.compile(  # not "and 0.7067 Swiss francs": a counter is read with the levels
    r"\s+and\s+" + _NUM + r"(?![\d.,]\d)(?:,?\s+respectively\b)?"
    r"(?=\s*[,.;]|\s*$|\s+(?:on|in|at|as)\b)",
    re.IGNORECASE,
)
_PLURAL = re.compile(r"\b(?:records|highs|lows|peaks|troughs|closes)\b", re.IGNORECASE)
_MOVES = (Measure.SESSION_CHANGE, Measure.LEVEL, Measure.INTRADAY_CHANGE, Measure.INTRADAY_EXTREME)
_DOWNWARD = ("low", "trough", "weak")


def listed_end(s: str, phrase: str, end: int) -> int:
    """Where "at records of 6,090.27 and 19,859.77, respectively" ends: past the second level
    when the record ``phrase`` is plural ("records", "record highs"), else at ``end``."""
    second = _SECOND_LEVEL.match(s, end) if _PLURAL.search(phrase) else None
    return second.end() if second else end


def records_listed(s: str, claims: list[Claim], reference: date) -> list[Claim]:
    """The claims, with each listed record set on its market's move (levels, or look-backs)."""
    if " and " not in s or not any(w in s for w in ("record", "since", "seen", "all-time")):
        return claims
    out = list(claims)
    for m in _LEVELS.finditer(s):
        out = _levels_in_turn(s, m, out)
    for m in _SINCES.finditer(s):
        out = _sinces_in_turn(s, m, out, reference)
    return out


def _pair(m: re.Match[str], claims: list[Claim]) -> tuple[Claim, Claim] | None:
    """The last two moves on two markets before the list, in the order they were named."""
    before = [c for c in claims if c.start < m.start() and c.measure in _MOVES]
    if len(before) < 2:
        return None
    first, second = before[-2], before[-1]
    if first.instrument == second.instrument:
        return None
    return first, second


def _within(claim: Claim, m: re.Match[str]) -> bool:
    """A record already read from the listed words."""
    return claim.measure is Measure.RECORD and m.start() <= claim.start < m.end()


def _way(m: re.Match[str], claim: Claim) -> Direction:
    said = (m.group("hl") or m.groupdict().get("sup") or "").lower()
    if any(w in said for w in _DOWNWARD):
        return Direction.DOWN
    if said and said not in ("levels", "closes"):
        return Direction.UP
    return claim.direction if claim.direction in (Direction.UP, Direction.DOWN) else Direction.UP


def _record(
    s: str, m: re.Match[str], claim: Claim, level: float | None, since: date | None
) -> Claim:
    return replace(
        claim,
        measure=Measure.RECORD,
        direction=_way(m, claim),
        size=None,
        unit=None,
        hedge=Hedge.EXACT,
        level=level,
        since=since,
        start=m.start(),
        end=m.end(),
        text=s[m.start() : m.end()],
    )


def _value(said: str) -> float:
    return number(said.lstrip("$€£¥"))


def _levels_in_turn(s: str, m: re.Match[str], claims: list[Claim]) -> list[Claim]:
    if any(c.measure is Measure.RECORD and c.start < m.end() and c.end > m.start() for c in claims):
        return _reached_in_turn(s, m, claims)  # the record phrase was the clause's own verb
    pair = _pair(m, claims)
    if pair is None:
        return claims
    levels = (_value(m.group("first")), _value(m.group("second")))
    out = list(claims)
    for claim, level in zip(pair, levels, strict=True):
        index = out.index(claim)
        if claim.level is None:
            out[index] = replace(claim, level=level)
        out.append(_record(s, m, out[index], level, None))
    return out


def _sinces_in_turn(s: str, m: re.Match[str], claims: list[Claim], reference: date) -> list[Claim]:
    pair = _pair(m, claims)
    if pair is None:
        return claims
    years = (m.group("first"), m.group("second"))
    kept = [c for c in claims if not _within(c, m)]  # "their lowest since 2002" read for both
    for claim, year in zip(pair, years, strict=True):
        since = since_date("since " + year, reference)
        kept.append(_record(s, m, claim, claim.level, since))
    return kept


_LEAD_ROOM = 40  # the subjects and verb before the record phrase ("Gold and silver hit ...")


def _reached_in_turn(s: str, m: re.Match[str], claims: list[Claim]) -> list[Claim]:
    """ "Gold and silver hit record highs of $2,790 and $34.80": the records are the clause's
    own claims, read again in turn (each an extreme as well when the verb is one of reaching)."""
    verb = m.group("verb").lower()
    reached = verb in EXTREME_VERBS or verb in RECORD_SETTING
    if not reached and verb not in ("at", "to"):
        return claims
    read = [c for c in claims if c.start < m.end() and c.end > m.start() - _LEAD_ROOM]
    named = sorted({c.instrument: c for c in read}.values(), key=lambda c: s.find(c.subject))
    if len(named) != 2 or any(s.find(c.subject) < 0 for c in named):
        return claims
    out = [c for c in claims if c not in read]
    levels = (_value(m.group("first")), _value(m.group("second")))
    if not reached:  # "closed at records of 6,090.27 and 19,859.77": each claim its own level
        chosen = {c.instrument: level for c, level in zip(named, levels, strict=True)}
        return out + [replace(c, level=chosen[c.instrument]) for c in read]
    for claim, level in zip(named, levels, strict=True):
        record = _record(s, m, replace(claim, direction=Direction.UP), level, None)
        if verb in EXTREME_VERBS:
            out.append(replace(record, measure=Measure.INTRADAY_EXTREME))
        out.append(record)
    return out


# "to record lows of 1.0075 and 0.7067 Swiss francs, respectively": one counter for both
_PAIRED_COUNTER = re.compile(r",?\s+and\s+" + fig.VALUE + r",?\s*respectively\b", re.IGNORECASE)


def counter_pair(s: str, first: Level, at: int) -> tuple[list[Level], int] | None:
    """ "record lows of 1.0075 and 0.7067 Swiss francs, respectively": each market its level,
    the counter named once after the second; the two levels and where the words end."""
    pair = _PAIRED_COUNTER.match(s, at)
    second = fig.level_from(pair) if pair else None
    if pair is None or second is None or second.counter is None:
        return None
    return [replace(first, counter=first.counter or second.counter), second], pair.end()
