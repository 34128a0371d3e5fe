"""A regex that matches any of many literal phrases quickly, built as a prefix tree.

Python's ``re`` tries the branches of a plain alternation one by one at every position; a
prefix tree ("ab(?:c|d)") lets it reject a position after one character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def trie_pattern(phrases: Iterable[str]) -> str:
    """A regex source matching any phrase (longest first at each place); spaces match any run."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        node = tree
        for char in phrase.lower():
            node = node.setdefault(char, {})
        node[_END] = {}
    return _render(tree)


def _render(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends = _END in node
    branches = [
        (r"\s+" if char == " " else "['’]" if char == "'" else re.escape(char)) + _render(child)
        for char, child in sorted(node.items())
        if char != _END
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body
