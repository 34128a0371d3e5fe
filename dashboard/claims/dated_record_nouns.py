"""More noun references to an earlier dated record than ``dated_records`` reads: a record
after "a" with a past participle ("down from a record $147.27 hit on July 11"), dated with no
verb after a word of distance ("down from a record close of 23,263.90 on Monday", "from a
20-year high of 5.10% earlier in the day"), a verb of closing ("the all-time high of 38,915.87
it closed at on Dec. 29, 1989"), a level before the noun ("the 5,048.62 record close it posted
on March 10, 2000"), and nouns such as "euro-era record", "decade high", "closing peak". An
earlier day's record is a record claim alone; a record of the claim's own day reached by a verb
is that day's extreme too (as in ``dated_records``)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims.dated_records import HEDGED, records_dated_by, told_days
from dashboard.claims.lookback import ago_date
from dashboard.claims.subjects import Mention
from dashboard.claims.timewords import _MONTH
from dashboard.domain import Claim, Measure

_MONTH_DAY = _MONTH + r"\s+\d{1,2}(?!\d)(?:,\s+(?:19|20)\d\d\b,?)?"
_WEEKDAY = r"(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday"
_DAY = (
    r"(?:(?:earlier\s+)?on\s+)?(?:the\s+(?:previous|prior)\s+)?"  # "the previous Friday"
    r"(?P<day>" + _MONTH_DAY + r"|" + _WEEKDAY + r")"
)
_SAME = (  # the day of the claim before: "earlier in the day", "struck in Asian hours"
    r"(?P<same>earlier\s+in\s+the\s+(?:session|day)|earlier\s+today"
    r"|in\s+(?:early\s+)?(?:asian|european|london)\s+(?:hours|trade|trading))"
)
_WHEN = r"(?:" + _DAY + r"|" + _SAME + r")(?![\w-])"
# "record close", "euro-era record", "15-year high", "decade high", "closing peak"
_REC = (
    r"(?:(?:fresh|new|previous|prior|nominal|former)\s+)*"
    r"(?:(?:record|all-time|lifetime|euro-era)(?:\s+(?:closing|intraday|settlement))?"
    r"|(?P<ago>[a-z\d]+(?:-and-a-half)?[\s-](?:year|month|week)|decade)"
    r"(?:\s+(?:closing|intraday))?(?=\s+(?:high|low|peak|trough))"
    r"|closing(?=\s+(?:high|low|peak|trough)))"
    r"(?:\s*(?P<hl>high|low|peak|trough|close|settlement|closing\s+level)\b)?"
)
_SUBJECT = r"(?:(?:it|they|the\s+[\w&/.-]+(?:\s+[\w&/.-]+){0,3}?)\s+(?:had\s+|has\s+)?)?"
_VERB = (
    r"(?:(?P<verb>hit|set|reached|struck|touched|posted|notched|plumbed|scaled)"
    r"|(?:closed|ended|settled|finished)\s+at)\s+"
)
_DISTANCE = r"\b(?:from|below|above|beneath|under|shy\s+of|short\s+of|off|of|beyond)\s+"
_PATTERNS = (
    # "a record $147.27 hit on July 11", "the euro-era record of 7.48% struck on Wednesday"
    re.compile(
        r"\b(?:its|their|the|an?)\s+"
        + _REC
        + r"(?:\s+(?:of\s+)?"
        + HEDGED
        + fig.VALUE
        + r")?\s+"
        + _SUBJECT
        + _VERB
        + _WHEN,
        re.IGNORECASE,
    ),
    # "down from a record close of 23,263.90 on Monday", "from a 20-year high of 5.10% earlier
    # in the day": a record the words of distance set apart from the claim before
    re.compile(
        _DISTANCE
        + r"(?:its|their|the|an?)\s+"
        + _REC
        + r"\s+of\s+"
        + HEDGED
        + fig.VALUE
        + r"\s+(?:(?:from|set\s+on)\s+)?"
        + _WHEN,
        re.IGNORECASE,
    ),
    # "the 5,048.62 record close it posted on March 10, 2000", "the 6,092.06 record close of
    # Oct. 16"
    re.compile(
        r"\b(?:its|their|the)\s+"
        + fig.VALUE
        + r"\s+"
        + _REC
        + r"\s+(?:of\s+|from\s+|"
        + _SUBJECT
        + _VERB
        + r")"
        + _WHEN,
        re.IGNORECASE,
    ),
)
_HINT = re.compile(r"record|all-time|lifetime|-year|-month|-week|decade|peak", re.IGNORECASE)


def dated_record_nouns(
    s: str, claims: list[Claim], reference: date, mentions: list[Mention]
) -> list[Claim]:
    """The claims, with a record claim for each earlier record these patterns date ("down
    from a record $147.27 hit on July 11")."""
    if not _HINT.search(s):
        return claims
    out = told_days(claims, records_dated_by(s, claims, reference, mentions, _PATTERNS))
    return [_decade(c) for c in out]


def _decade(claim: Claim) -> Claim:
    """ "the decade high of 0.970%": a record over the ten years before its day."""
    if claim.measure is not Measure.RECORD or claim.since is not None or claim.session is None:
        return claim
    if not re.search(r"\bdecade\s+(?:high|low|peak|trough)", claim.text, re.IGNORECASE):
        return claim
    return replace(claim, since=ago_date("a decade", claim.session))
