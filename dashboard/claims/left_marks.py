"""Words after a verb or a record that make no claim of their own: a move within the day ("pulled
back from session peaks"), a range with no way ("swung by more than 3 yen"), and a record a move
came away from on no day named ("as the dollar rebounded from a three-year low"); a dated one is
where a move over several days began ("has tumbled 110 bp from last Wednesday's high")."""

from __future__ import annotations

import re
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.frames import Frame
from dashboard.claims.tail_records import Extra
from dashboard.claims.timeresolve import resolve_words
from dashboard.claims.timewords import sessions_back
from dashboard.claims.triggers import Kind, Trigger
from dashboard.domain import Claim

OFF_THE_DAY = re.compile(
    r"\s+(?:back\s+)?(?:off|from)\s+(?:(?:its|their|the)\s+)?(?:session|day['’]s|intraday|early"
    r"|earlier|morning)\s+(?:peak|high|low|trough|best|worst)s?\b",
    re.IGNORECASE,
)
BY_FIGURE = re.compile(r"\s+by\s+(?:(?:" + fig.HEDGE + r")\s+)?[$€£]?\d", re.IGNORECASE)


_FROM = re.compile(r"(?:from|off)\s", re.IGNORECASE)  # "bounced off a three-month low"


def left(s: str, extra: Extra) -> bool:
    """ "eased 0.6% to $2,410 from Monday's record high": the record is where the move began,
    so the level the move reached is not the record's."""
    return _FROM.match(s, extra.start) is not None


_HIT_AFTER = re.compile(
    r"(?:\s+(?:of\s+)?[$€£]?\d[\d,.]*%?)?\s+(?:it\s+|they\s+)?(?:hit|touched|set|reached|struck|marked|seen|plumbed)\b",
    re.IGNORECASE,
)


def undated_left(s: str, extra: Extra) -> bool:
    """A record a move came away from, with no day, level or "hit ..." of its own."""
    if not extra.is_record or extra.session is not None or extra.level is not None:
        return False
    return left(s, extra) and _HIT_AFTER.match(s, extra.end) is None


_FROM_DAY = re.compile(
    r"\s*from\s+(?P<when>(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday))['’]s\s+"
    r"(?:[\w-]+\s+){0,2}?(?:record|high|low|peak|trough)",
    re.IGNORECASE,
)


def left_day(s: str, frame: Frame) -> date | None:
    """The day of a dated record a move with no time words of its own is measured from ("has
    tumbled 110 bp from last Wednesday's 16-year high"): the move is over the days since."""
    if frame.explicit:
        return None
    days = [e.session for e in frame.tail.extras if e.is_record and e.session and left(s, e)]
    named = _FROM_DAY.match(s, frame.tail.claim_end)  # "from last Wednesday's 16-year high"
    told = resolve_words(named.group("when"), frame.session) if named else None
    days += [told.session] if told is not None and told.session is not None else []
    if not days or days[0] >= sessions_back(frame.session, 1):
        return None
    return days[0]


_OWN_TAIL = re.compile(  # a figure or a level reached, not "after Macri lost a primary vote"
    r"(?=[^;:,]*(?:\d|\b(?:to|below|above|past|under|over)\s))[^;:]{0,40}?,\s*", re.IGNORECASE
)


def orphaned_mark(s: str, trigger: Trigger, orphan: int, out: list[Claim]) -> bool:
    """A record or biggest move set right after a move no claim took ("after British inflation
    dropped to 1.7%, its lowest in three years"): that move's, not the last claim's market's."""
    if trigger.kind not in (Kind.RECORD, Kind.BIGGEST) or not 0 <= orphan <= trigger.start:
        return False
    if any(c.end > orphan for c in out) or not s.startswith(("its ", "their "), trigger.start):
        return False
    return _OWN_TAIL.fullmatch(s, orphan, trigger.start) is not None
