"""Absolute "with" clauses of bare states: "with the euro at $1.12", "with Nasdaq 100 futures
1.3% higher", "with the Dow flat and the Nasdaq up 0.1%". Each yields the point right after the
state's subject, where a zero-width state trigger sits so that the subject reads before it."""

from __future__ import annotations

import re

from dashboard.claims.lexicon import MOVE_NOUNS
from dashboard.claims.trigger_patterns import SIZED_FIGURE


def with_states(sentence: str, low: str) -> list[int]:
    """Where each bare state's words start in the sentence's "with" clauses."""
    digits = any(c.isdigit() for c in sentence)
    found = (_with_at(sentence) + _with_sized(sentence)) if digits else []
    if "flat" in low or "changed" in low:
        found += _with_flat(sentence)
    return found


# "finished with a loss of 0.6% at 24,345.75": the move noun is the verb's, not a subject's state
_NOUN_NEXT = (
    r"(?!(?:a|an|its|their)\s+(?:[\w.,%-]+\s+){0,3}?(?:"
    + "|".join(sorted(MOVE_NOUNS, key=len, reverse=True))
    + r")\b)"
)
_WITH_AT = re.compile(
    r"\bwith\s+"
    + _NOUN_NEXT
    + r"(?:the\s+)?[^\s,;][^,;]{0,40}?(?P<at>)\s+at\s+(?:about\s+|around\s+)?[$€£¥]?\d"
    r"|\band\s+(?:the\s+)?[^\s,;][^,;]{0,40}?(?P<more>)\s+at\s+(?:about\s+|around\s+)?[$€£¥]?\d",
    re.IGNORECASE,
)
_WITH_BEFORE = re.compile(r"\bwith\b(?:[^,;]|,(?=\d)){0,80}$", re.IGNORECASE)


def _with_at(sentence: str) -> list[int]:
    """ "With the euro at $1.12 and the dollar index at 100.7": in an absolute "with" clause a
    subject set at a figure states its level (the trigger sits right after the subject)."""
    found: list[int] = []
    for m in _WITH_AT.finditer(sentence):
        at = m.end("at") if m.group("at") is not None else m.end("more")
        if m.group("more") is not None and not _WITH_BEFORE.search(sentence, 0, m.start()):
            continue
        found.append(at)
    return found


# "with Nasdaq 100 futures 1.3% higher": a sized state with its figure before the way
_WITH_SIZED = re.compile(
    r"\bwith\s+(?:the\s+)?[^\s,;][^,;]{0,40}?(?P<at>)(?=\s+" + SIZED_FIGURE + r"\s+"
    r"(?:higher|lower|stronger|weaker|firmer|softer|up|down)\b)",
    re.IGNORECASE,
)


def _with_sized(sentence: str) -> list[int]:
    """ "with the Nasdaq 1.1% lower": in an absolute "with" clause a subject set before a sized
    way states its move, like "with the Nasdaq down 1.1%" (the trigger sits after the subject)."""
    found = [m.end("at") for m in _WITH_SIZED.finditer(sentence)]
    for m in _LISTED_SIZED.finditer(sentence):
        opened = _WITH_LIST.search(sentence, 0, m.start())
        if opened is not None and m.end("at") not in found:
            found.append(m.end("at"))
    return found


# "with the two-year yield down 11 bps at 4.15%, the five-year 10 bps lower and ...": a later
# item of the same list, set off by a comma or "and", states its move the same way
_LISTED_SIZED = re.compile(
    r"(?:,|\band)\s+(?:the\s+)?[^\s,;][^,;]{0,40}?(?P<at>)(?=\s+" + SIZED_FIGURE + r"\s+"
    r"(?:higher|lower|stronger|weaker|firmer|softer)\b)",
    re.IGNORECASE,
)
_WITH_LIST = re.compile(  # the list's "with", and no clause of another kind opened since
    r"\bwith\s(?:(?!\b(?:while|whereas|but|as|after|before|which|when|although|though)\b)[^;])"
    r"{0,160}$",
    re.IGNORECASE,
)


# "with E-mini S&P 500 futures flat and Nasdaq 100 futures up 0.1%": a bare flat state
_WITH_FLAT = re.compile(
    r"\bwith\s+(?:the\s+)?[^\s,;][^,;]{0,40}?(?P<at>)(?=\s+(?:little\s+changed|unchanged|flat)"
    r"\s*(?:,\s*)?and\s)",
    re.IGNORECASE,
)


def _with_flat(sentence: str) -> list[int]:
    """ "with the Dow flat and the Nasdaq up 0.1%": the first of two bare states, when it is flat."""
    return [m.end("at") for m in _WITH_FLAT.finditer(sentence)]
