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
    found += [at for at in _with_way(sentence) if at not in found] if digits else []
    if "flat" in low or "changed" in low:
        found += _with_flat(sentence)
    return found


# "finished with a loss of 0.6% at 24,345.75": the move noun is the verb's, not a subject's state
_NOUN_NEXT = (
    r"(?!(?:a|an|its|their)\s+(?:[\w.,%-]+\s+){0,3}?(?:"
    + "|".join(sorted(MOVE_NOUNS, key=len, reverse=True))
    + r")\b)"
)
# "with the euro steady at $1.3525": a flat word between the subject and its level
_STEADY = r"(?:\s+(?:steady|unchanged|flat|little\s+changed))?"
_WITH_AT = re.compile(
    r"\bwith\s+"
    + _NOUN_NEXT
    + r"(?:the\s+)?[^\s,;][^,;]{0,40}?(?P<at>)"
    + _STEADY
    + r"\s+at\s+(?:about\s+|around\s+)?[$€£¥]?\d"
    r"|\band\s+(?:the\s+)?[^\s,;][^,;]{0,40}?(?P<more>)" + _STEADY + r"\s+at\s+"
    r"(?:about\s+|around\s+)?[$€£¥]?\d",
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


# "with the greenback firmer against the yen at 151.5": an unsized way, then the level
_WITH_WAY = re.compile(
    r"\bwith\s+(?:the\s+)?[^\s,;][^,;]{0,40}?(?P<at>)(?=\s+(?:higher|lower|stronger|weaker|firmer"
    r"|softer)(?:\s+(?:against|versus|on)\s+(?:the\s+)?[^\d,;]{1,30}?)?\s+at\s+[$€£¥]?\d)",
    re.IGNORECASE,
)


_LISTED_WAY = re.compile(
    r"(?:,|\band)\s+" + _WITH_WAY.pattern.removeprefix(r"\bwith\s+"), re.IGNORECASE
)


def _with_way(sentence: str) -> list[int]:
    """ "with the greenback firmer against the yen at 151.5", "with the yen weaker at 151.5 per
    dollar": an unsized way and a level state the subject's move (the trigger after it); so
    does a later item of the same "with" list ("..., and the yen stronger at 150.2")."""
    found = [m.end("at") for m in _WITH_WAY.finditer(sentence)]
    for m in _LISTED_WAY.finditer(sentence):
        if _WITH_LIST.search(sentence, 0, m.start()) and m.end("at") not in found:
            found.append(m.end("at"))
    return found


# "with E-mini S&P 500 futures flat and Nasdaq 100 futures up 0.1%": a bare flat state
_WITH_FLAT = re.compile(
    r"\bwith\s+(?:the\s+)?[^\s,;][^,;]{0,40}?(?P<at>)(?=\s+(?:little\s+changed|unchanged|flat)"
    r"\s*(?:,\s*)?and\s)",
    re.IGNORECASE,
)


def _with_flat(sentence: str) -> list[int]:
    """ "with the Dow flat and the Nasdaq up 0.1%": the first of two bare states, when it is flat."""
    return [m.end("at") for m in _WITH_FLAT.finditer(sentence)]
