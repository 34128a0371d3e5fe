"""A figureless verb phrase of the same subject between two claims: "rallied 2.8% but the gauge
ran out of steam and closed 1.1% higher", "touched a record before the index lost momentum and
ended 0.1% higher", "only to reverse as worries resurfaced, settling 0.6% lower". The close
after it is the first subject's; the phrase between claims no move of its own, so the words that
join the two claims are only the conjunctions."""

from __future__ import annotations

import re

# the subject said again: "it", "they", or an anaphor ("the tech-laden index", "the grain")
_AGAIN = (
    r"(?:it|they|the\s+(?:[a-z][a-z-]*\s+){0,3}?(?:index|gauge|benchmark|currency|contract|metal"
    r"|grain|unit|market|average|yield|note|token|cryptocurrency|futures))"
)
# a verb in the past tense that starts the phrase (not a figure or a new market's name)
_PAST = (
    r"(?:[a-z]{2,}ed|ran|lost|spent|gave|came|fell|rose|took|held|found|saw|drew|went|sank"
    r"|slid|shed|met|struck|hit|swung|stalled|faded|eased|wilted|given|taken|fallen|risen)"
)
# "by late London trade it had given back much of the gain and": a time and a perfect's "had"
_WHEN = r"(?:(?:by|in|during|through)\s+(?:[A-Za-z-]+\s+){1,4}?(?=it\s|they\s|the\s))?"
_HAD = r"(?:(?:had|has)\s+(?:already\s+)?)?"
_PHRASE = re.compile(
    r"^\s*,?\s*(?:(?:(?!\b(?:and|while|whereas|but|as)\b)[^,;\d]){1,50}?\s+)?"  # "dealings on Monday"
    r"(?P<conj>but|before|yet|then|and|only\s+to|to(?=\s+(?:reverse|turn|fall|slip|drop|ease"
    r"|retreat|tumble|slide|sink)\b))\s+" + _WHEN + r"(?:" + _AGAIN + r"\s+)?"  # ("1.5% only")
    r"(?:(?:later|then|soon|quickly|gradually|steadily)\s+)?"
    + _HAD
    + r"(?:"
    + _PAST
    + r"|(?<=to\s)[a-z]+)\b"
    r"(?:[\s-]+(?:[A-Za-z'’.-]+|[$€£]\d[\d,.]*)){0,10}?(?:\s+and\s+|\s*,\s*)"  # "... and closed"
    r"(?P<tail>(?:(?:then|later|eventually|finally|ultimately)\s+)?)$"
)
# "fell back as the session wore on, finishing 0.2% up": a clause of time between a claim and
# the participle that goes on with its subject
_AS_CLAUSE = re.compile(
    r"^\s*,?\s*as\s+the\s+(?:session|day|morning|afternoon|trading\s+day)\s+(?:wore|went|drew"
    r"|ground)\s+on\s*,\s*$",
    re.IGNORECASE,
)


def without_joined_phrase(gap: str) -> str:
    """The gap with a figureless verb phrase of the same subject cut down to its conjunctions
    ("but the gauge lost momentum late in the session and" becomes "but and")."""
    if _AS_CLAUSE.match(gap):
        return " , "
    found = _PHRASE.match(gap)
    if found is None:
        return gap
    conj = "then" if found.group("conj").endswith("to") else found.group("conj")
    return f" {conj} and {found.group('tail')}"


_BETWEEN = re.compile(
    r"^\s*(?:(?:later|then|soon|quickly|gradually|steadily)\s+)?" + _PAST + r"\b"
    r"(?:[\s-]+[A-Za-z'’.-]+){0,10}?\s+and\s+(?:(?:then|later|eventually|finally|ultimately)\s+)?$"
)


def phrase_between(gap: str) -> bool:
    """ "the Nasdaq ran out of steam and closed 0.5% lower": a figureless verb phrase between a
    subject and its next verb leaves that subject the verb's."""
    return _BETWEEN.match(gap) is not None
