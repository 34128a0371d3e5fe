"""A first verb phrase with no figure that leads to the claim's verb: the subject does both.

"Palladium snapped a three-day losing streak to climb 2.1%", "silver bucked the trend to gain
0.7%", "nickel came off its highs but still closed up 3.4%": the first phrase is what the
market did on the way (not a claim of its own), and the claim's verb is still the subject's.
"""

from __future__ import annotations

import re

# a verb of intent, expectation or failure before "to": the move did not happen (yet)
_NOT_DONE = (
    r"(?!(?:expected|forecast|predicted|projected|poised|tipped|slated|scheduled|set|seen|due"
    r"|needed|failed|tried|attempted|struggled|threatened|promised|appeared|seemed|looked"
    r"|wanted|aimed|planned|hoped|likely|bound|unable|forced|allowed|used|stood|ready)\b)"
)
# "snapped a three-day losing streak to", "bucked the trend to", "shrugged off the data to"
_THEN_TO = re.compile(
    r"^\s*" + _NOT_DONE + r"(?:[a-z]+ed|broke|shook|took|held|bore|won|came|fought)\s+"
    r"(?:off\s+|aside\s+|back\s+|under\s+)?(?:[a-z'’-]+\s+){0,5}?to\s+$"
)
# "came off its highs but still", "eased early on but later": a figureless first phrase
_THEN_BUT = re.compile(
    r"^\s*" + _NOT_DONE + r"(?:[a-z]+ed|came|fell|held|gave|took)\s+"
    r"(?:off\s+|back\s+|up\s+|under\s+)?(?:[a-z'’-]+\s+){0,4}?but\s+(?:still\s+|later\s+|then\s+)?$"
)


def first_verb(gap: str) -> str:
    """The gap without a leading figureless verb phrase that leads into the claim's verb."""
    if " to" not in gap and " but" not in gap:
        return gap
    return _THEN_BUT.sub(" ", _THEN_TO.sub(" ", gap))
