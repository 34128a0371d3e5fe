"""The article as escaped HTML, each claim span wrapped in a mark coloured by its verdict.

Article text is untrusted: every character of it goes through ``html.escape`` before any
markup is added, and the markup itself carries only our own class names, numbers and colours.
Overlapping spans are cut into elementary segments; a segment covered by several claims takes
the colour of the innermost (shortest) one and an underline that says "more than one claim".
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dashboard.domain import Reconciliation, Verdict

# Background colours readable behind black text, and a stronger tone for badges and borders.
VERDICT_COLOURS: dict[Verdict, tuple[str, str]] = {
    Verdict.SUPPORTED: ("#c8ecd0", "#1e7b34"),
    Verdict.CONSISTENT: ("#cfe3f7", "#1f5f9e"),
    Verdict.INACCURATE: ("#ffe0b2", "#b35900"),
    Verdict.CONTRADICTED: ("#f8c9c9", "#b3261e"),
    Verdict.NOT_CHECKABLE: ("#e4e4e4", "#5f5f5f"),
}
VERDICT_MEANINGS: dict[Verdict, str] = {
    Verdict.SUPPORTED: "the prices agree within tolerance",
    Verdict.CONSISTENT: "a moment daily bars cannot pin down; the day's range contains it",
    Verdict.INACCURATE: "right direction, size outside tolerance",
    Verdict.CONTRADICTED: "the prices say the opposite",
    Verdict.NOT_CHECKABLE: "no data, or nothing a price can confirm",
}


@dataclass(frozen=True)
class Span:
    """One claim's place in the text: its 1-based number, offsets and verdict."""

    number: int
    start: int
    end: int
    verdict: Verdict
    tip: str  # plain text for the tooltip (escaped on output)


def spans_of(results: Sequence[Reconciliation], text_length: int) -> tuple[Span, ...]:
    """The spans worth marking: inside the text and not empty, numbered as in the table."""
    spans = []
    for number, result in enumerate(results, 1):
        start, end = max(0, result.claim.start), min(text_length, result.claim.end)
        if start < end:
            tip = f"{number}. {result.verdict.value}: {result.explanation}"
            spans.append(Span(number, start, end, result.verdict, tip))
    return tuple(spans)


def _segments(spans: Sequence[Span], length: int) -> list[tuple[int, int, tuple[Span, ...]]]:
    """Cut [0, length) at every span edge; each piece lists the spans covering it."""
    cuts = sorted({0, length, *(s.start for s in spans), *(s.end for s in spans)})
    pieces = []
    for left, right in itertools.pairwise(cuts):
        covering = tuple(s for s in spans if s.start <= left and right <= s.end)
        pieces.append((left, right, covering))
    return pieces


def _number_tag(span: Span, hrefs: Mapping[int, str] | None) -> str:
    colour = VERDICT_COLOURS[span.verdict][1]
    tag = (
        f'<sup class="tc-claim-start" data-claim="{span.number}" '
        f'style="color:{colour};font-weight:700">{span.number}</sup>'
    )
    if hrefs and span.number in hrefs:
        href = html.escape(hrefs[span.number], quote=True)
        return f'<a href="{href}" style="text-decoration:none">{tag}</a>'
    return tag


def _mark(
    piece: str,
    covering: Sequence[Span],
    left: int,
    selected: int | None,
    hrefs: Mapping[int, str] | None,
) -> str:
    inner = min(covering, key=lambda s: (s.end - s.start, s.number))
    background, strong = VERDICT_COLOURS[inner.verdict]
    style = f"background:{background};border-radius:3px;padding:0 1px;"
    if len(covering) > 1:
        style += f"border-bottom:2px dashed {strong};"
    if selected is not None and any(s.number == selected for s in covering):
        style += f"outline:2px solid {strong};"
    starts = "".join(_number_tag(s, hrefs) for s in covering if s.start == left)
    numbers = " ".join(str(s.number) for s in covering)
    tip = html.escape(" | ".join(s.tip for s in covering), quote=True)
    return (
        f'<mark class="tc-claim" data-verdict="{inner.verdict.value}" data-claims="{numbers}" '
        f'title="{tip}" style="{style}">{starts}{html.escape(piece, quote=False)}</mark>'
    )


def highlight_html(
    text: str,
    results: Sequence[Reconciliation],
    selected: int | None = None,
    hrefs: Mapping[int, str] | None = None,
) -> str:
    """The article as escaped HTML with each claim span marked in its verdict's colour.

    ``selected`` (a 1-based claim number) gets an outline; ``hrefs`` maps claim numbers to
    links (escaped here) put on each claim's number. Newlines are kept by the container's
    ``white-space: pre-wrap``, so the text is shown exactly as given.
    """
    spans = spans_of(results, len(text))
    parts = []
    for left, right, covering in _segments(spans, len(text)):
        piece = text[left:right]
        if covering:
            parts.append(_mark(piece, covering, left, selected, hrefs))
        else:
            parts.append(html.escape(piece, quote=False))
    body = "".join(parts)
    return (
        '<div class="tc-article" style="white-space:pre-wrap;line-height:1.6;'
        "font-size:0.95rem;max-height:min(88vh,1500px);overflow-y:auto;padding:0.5rem 0.75rem;"
        f'border:1px solid #ddd;border-radius:6px">{body}</div>'
    )


def badge_html(verdict: Verdict) -> str:
    """A small coloured label for one verdict."""
    background, strong = VERDICT_COLOURS[verdict]
    return (
        f'<span class="tc-badge" data-verdict="{verdict.value}" style="background:{background};'
        f"color:{strong};border:1px solid {strong};border-radius:9px;padding:0 6px;"
        f'font-size:0.8rem;white-space:nowrap">{verdict.value.replace("_", " ")}</span>'
    )


def legend_html() -> str:
    """The five verdicts with their colours and one line each on what they mean."""
    items = "".join(
        f'<li style="margin:2px 0">{badge_html(v)} {html.escape(VERDICT_MEANINGS[v])}</li>'
        for v in Verdict
    )
    return (
        '<ul class="tc-legend" style="list-style:none;padding-left:0;margin:0;'
        f'font-size:0.85rem">{items}</ul>'
    )
