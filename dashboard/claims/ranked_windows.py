"""A window's move told with its ranking: "plunged 9.7% on Friday, capping its worst week ever
with a 25% slide", "to end its best month since 2020 with a 7.1% gain". The noun sizes the
market's move over that week (month, year) up to the day of the claim before it; the ranking of
a window is not a one-day biggest move, so it makes no claim of its own."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims import figures as fig
from dashboard.claims.lexicon import MOVE_NOUNS
from dashboard.claims.period_words import this_period_start
from dashboard.domain import Claim, Measure

_NOUN = "|".join(sorted(MOVE_NOUNS, key=len, reverse=True))
_RANKED = re.compile(
    r",?\s*(?:capping|ending|to\s+end|to\s+cap|closing\s+out|rounding\s+off|wrapping\s+up"
    r"|sealing|to\s+seal)\s+(?:its|their)\s+"
    r"(?:worst|best|biggest|steepest|sharpest|strongest|weakest|heaviest)\s+"
    r"(?P<span>week|month|quarter|year)(?:\s+ever|\s+on\s+record|\s+since\s+[^,;]{1,24}?)?\s+with\s+"
    r"(?:a|an)\s+(?:(?P<fig>[^,;]{1,24}?)\s+(?P<noun>" + _NOUN + r")\b"
    r"|(?P<noun2>"
    + _NOUN
    + r")\s+of\s+(?P<fig2>[^,;]{1,24}?)(?=\s*[,;.]|\s+(?:as|after|on|and|while)\b|$))",
    re.IGNORECASE,
)  # "to cap its worst week since September with a 3.9% drop", "with a gain of roughly 8%"


# "capping an 18.2% slide that was its worst week on record": the ranking after the noun
_RANKED_AFTER = re.compile(
    r",?\s*(?:capping|ending|to\s+end|to\s+cap|closing\s+out|rounding\s+off|sealing|to\s+seal)"
    r"\s+(?:a|an)\s+(?P<fig>[^,;]{1,24}?)\s+(?P<noun>" + _NOUN + r")\s+(?:that|which)\s+"
    r"(?:was|marked|made)\s+(?:its|their)\s+(?:worst|best|biggest|steepest|sharpest|strongest"
    r"|weakest|heaviest)\s+(?P<span>week|month|quarter|year)\b",
    re.IGNORECASE,
)


def ranked_windows(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, with the window move each such phrase sizes added after the day's move."""
    out = list(claims)
    found = (
        [*_RANKED.finditer(s), *_RANKED_AFTER.finditer(s)]
        if " with " in s or " that " in s or " which " in s
        else []
    )
    for m in found:
        day = next((c for c in reversed(claims) if c.end <= m.start() + 2 and c.size), None)
        size = fig.FIGURE_RE.fullmatch(m.group("fig") or m.group("fig2"))
        key = "noun" if m.group("noun") else "noun2"  # "a 3.9% drop" or "a gain of about 8%"
        noun, at = m.group(key), m.start(key)
        if day is None or size is None or day.measure is not Measure.SESSION_CHANGE:
            continue
        if day.session is None:
            continue
        said = fig.size_from(size)
        if any(c.measure is Measure.PERIOD_CHANGE and c.size == said.value for c in out):
            continue  # read already ("with a gain of roughly 8%" after "capping")
        out = [c for c in out if not _the_noun_read(c, m, said.value)]
        out.append(
            replace(
                day, measure=Measure.PERIOD_CHANGE, size=said.value, unit=said.unit,
                hedge=said.hedge, level=None,
                direction=MOVE_NOUNS[noun.lower()], start=at, end=m.end(), text=s[at : m.end()],
                since=this_period_start(m.group("span"), day.session),
            )
        )  # fmt: skip
    return sorted(out, key=lambda c: c.start)


# "suffered its worst day since 1987 with a 10.9% plunge", "their record one-day plunge of
# $10.56": the ranked day's own move, sized
_RANKED_DAY = re.compile(
    r"\b(?:(?:worst|best|biggest|steepest|sharpest|heaviest|largest)\s+(?:day|session"
    r"|(?:one-day|single-day|daily)\s+(?:" + _NOUN + r"))(?:\s+ever|\s+on\s+record"
    r"|\s+since\s+[^,;]{1,24}?)?\s+with\s+(?:a|an)\s+(?P<fig>[^,;]{1,24}?)\s+(?P<noun>"
    + _NOUN
    + r")\b|record\s+(?:(?:one-day|single-day|daily)\s+)?(?P<noun2>"
    + _NOUN
    + r")\s+of\s+"
    r"(?P<fig2>[$€£]?\d[^,;]{0,20}?)(?=\s*[,;]|\.(?!\d)|\s+(?:as|after|on|and|while|in)\b|$))",
    re.IGNORECASE,
)


def ranked_days(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims, with the day's move a ranked day's sizing noun tells."""
    out = list(claims)
    for m in _RANKED_DAY.finditer(s) if "with " in s or "record " in s else ():
        ranked = [c for c in claims if c.measure is Measure.BIGGEST_MOVE and c.start <= m.start()]
        big = ranked[-1] if ranked else None
        size = fig.FIGURE_RE.fullmatch(m.group("fig") or m.group("fig2"))
        if big is None or size is None or big.session is None:
            continue
        said = fig.size_from(size)
        if any(c.size == said.value and c.session == big.session for c in out):
            continue  # read already
        key = "noun" if m.group("noun") else "noun2"
        at = m.start(key) if key == "noun2" else m.start("fig")
        out.append(
            replace(
                big, measure=Measure.SESSION_CHANGE, size=said.value, unit=said.unit,
                hedge=said.hedge, level=None, since=None,
                direction=MOVE_NOUNS[m.group(key).lower()], start=at, end=m.end(),
                text=s[at : m.end()],
            )
        )  # fmt: skip
    return sorted(out, key=lambda c: c.start)


def _the_noun_read(claim: Claim, m: re.Match[str], size: float) -> bool:
    """A day's move read from the window's own noun ("an 18.2% slide that was its worst week")."""
    inside = m.start() <= claim.start < m.end()
    return inside and claim.size == size and claim.measure is Measure.SESSION_CHANGE
