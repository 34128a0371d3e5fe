"""Claims survive the layout of pasted text: wrapped lines, runs of spaces, no-break spaces,
tabs, soft hyphens. Each claim's span still points at the article's own characters."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from dashboard.claims import extract_claims
from dashboard.claims.bench import load_split
from dashboard.claims.sentences import split_sentences

CORPUS = Path(__file__).resolve().parent / "corpus"
ROWS = load_split(CORPUS, "tuned")


def _figures(text: str, published: date) -> list[tuple[object, ...]]:
    return [
        (c.instrument, c.measure, c.direction, c.size, c.unit, c.session, c.level, c.since)
        for c in extract_claims(text, published)
    ]


LAYOUTS = {
    "double spaces": lambda t: t.replace(" ", "  "),
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "a line break after the first comma": lambda t: t.replace(", ", ",\n", 1),
    "a tab before each number": lambda t: re.sub(r" (?=\d)", "\t", t),
    "a soft hyphen inside each long word": lambda t: re.sub(
        r"\b(\w{4})(\w{4,})", "\\1\u00ad\\2", t
    ),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_tuned_corpus_reads_the_same_in_any_layout(layout: str) -> None:
    """Every tuned corpus sentence gives the same claims however its spaces are laid out."""
    change = LAYOUTS[layout]
    differ = [
        row.id
        for row in ROWS
        if _figures(change(row.text), row.published) != _figures(row.text, row.published)
    ]
    assert differ == []


def test_spans_point_at_the_original_characters() -> None:
    """A claim found in squeezed text is reported with the article's own span and words."""
    text = "Brent  crude\u00a0rose 2.1%\nto $97.93 a\u00adbarrel on Friday."
    claims = extract_claims(text, date(2022, 2, 25))
    assert [c.text for c in claims] == [text[:-1]]
    assert all(text[c.start : c.end] == c.text for c in claims)


def test_wrapped_short_lines_join_while_headings_stay_apart() -> None:
    """A short line that stops mid-phrase joins the next; a heading and a byline do not."""
    text = (
        "Stocks slide\nBy Staff Reporter\n"
        "The Nikkei fell 1.2% and the\nyen weakened\n0.4% to 151.20 per dollar on Tuesday."
    )
    pieces = [text[s.start : s.end] for s in split_sentences(text)]
    assert pieces[:2] == ["Stocks slide", "By Staff Reporter"]
    assert pieces[2].endswith("151.20 per dollar on Tuesday.")
