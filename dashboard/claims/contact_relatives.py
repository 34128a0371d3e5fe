"""A contact relative clause that dates only the noun it hangs on: "the five-month high of
$91.05 it touched on Friday", "the record close they notched on Monday", "the 38-year low that
it plumbed on Wednesday". Its day is the earlier extreme's, never the main clause's."""

from __future__ import annotations

# the noun the clause hangs on: an extreme, a close, or a price figure
_NOUN = (
    r"(?:\b(?:high|low|record|peak|top|bottom|trough|close|finish|level|mark|lows|highs|peaks)"
    r"|\d%?|\d\s+(?:a|an|per)\s+[a-z]+)"
)
# pattern text (compiled by the caller): the noun, then "it/they [had] <verb> " up to the day
CONTACT_RELATIVE = _NOUN + r"\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:had\s+)?[a-z]+\s+(?:on\s+)?$"
