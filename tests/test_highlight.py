"""The article as HTML: escaped text, verdict-coloured marks, overlapping spans, the legend."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from dashboard.domain import Claim, Direction, Measure, Reconciliation, Verdict
from dashboard.highlight import VERDICT_COLOURS, badge_html, highlight_html, legend_html

TEXT = "Copper futures climbed 3% on Monday while the yen weakened."


def _result(start: int, end: int, verdict: Verdict, text: str = TEXT) -> Reconciliation:
    claim = Claim(
        text=text[start:end],
        start=start,
        end=end,
        instrument="GOLD",
        subject="copper",
        measure=Measure.SESSION_CHANGE,
        direction=Direction.UP,
    )
    return Reconciliation(claim, verdict, f"checked {start}-{end}")


class _Collect(HTMLParser):
    """Visible text and the tags seen, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []
        self.sup_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.sup_depth += tag == "sup"

    def handle_endtag(self, tag: str) -> None:
        self.sup_depth -= tag == "sup"

    def handle_data(self, data: str) -> None:
        if not self.sup_depth:
            self.text.append(data)


def _parse(markup: str) -> _Collect:
    parser = _Collect()
    parser.feed(markup)
    return parser


def test_script_in_article_never_comes_out_raw() -> None:
    """A <script> tag and an attribute-breaking quote in the text are escaped, not emitted."""
    text = 'Oil rose 2% <script>alert("x")</script> and "quotes" <img src=x onerror=alert(1)>'
    markup = highlight_html(text, [_result(0, 11, Verdict.SUPPORTED, text)])
    assert "<script" not in markup.lower()
    assert "<img" not in markup.lower()
    assert "&lt;script&gt;" in markup
    assert set(_parse(markup).tags) <= {"div", "mark", "sup"}


def test_script_inside_a_claim_span_and_tooltip_is_escaped() -> None:
    """Untrusted text inside a marked span and in its tooltip stays text."""
    text = 'Gold <b onmouseover="x()">jumped</b> 5%'
    result = _result(0, len(text), Verdict.CONTRADICTED, text)
    result = Reconciliation(result.claim, result.verdict, '"><script>bad()</script>')
    markup = highlight_html(text, [result])
    assert "<script" not in markup and "<b " not in markup
    assert set(_parse(markup).tags) <= {"div", "mark", "sup"}


def test_visible_text_is_the_article_exactly() -> None:
    """Stripping the markup (and the claim numbers) gives back the article character for character."""
    results = [_result(0, 22, Verdict.SUPPORTED), _result(42, 58, Verdict.INACCURATE)]
    assert "".join(_parse(highlight_html(TEXT, results)).text) == TEXT


def test_each_claim_is_marked_in_its_verdict_colour() -> None:
    """A mark carries its verdict's name and background colour."""
    markup = highlight_html(TEXT, [_result(0, 22, Verdict.CONTRADICTED)])
    mark = re.search(r"<mark[^>]*>", markup)
    assert mark is not None
    assert 'data-verdict="contradicted"' in mark.group(0)
    assert VERDICT_COLOURS[Verdict.CONTRADICTED][0] in mark.group(0)


def test_overlapping_spans_are_cut_and_numbered_once_each() -> None:
    """Two overlapping claims give three pieces; the shared one names both and each number once."""
    outer = _result(0, 34, Verdict.SUPPORTED)  # "Copper futures climbed 3% on Monday"
    inner = _result(15, 25, Verdict.INACCURATE)  # "climbed 3%"
    markup = highlight_html(TEXT, [outer, inner])
    marks = re.findall(r'<mark[^>]*data-claims="([^"]*)"', markup)
    assert marks == ["1", "1 2", "1"]
    assert markup.count('class="tc-claim-start"') == 2
    shared = re.search(r'<mark[^>]*data-claims="1 2"[^>]*>', markup)
    assert shared is not None and 'data-verdict="inaccurate"' in shared.group(0)
    assert "".join(_parse(markup).text) == TEXT


def test_spans_outside_the_text_or_empty_are_not_marked() -> None:
    """A span past the end is clipped; an empty span (an added claim with no words) is skipped."""
    markup = highlight_html(
        TEXT, [_result(50, 500, Verdict.SUPPORTED), _result(0, 0, Verdict.SUPPORTED)]
    )
    assert markup.count("<mark") == 1
    assert "".join(_parse(markup).text) == TEXT


def test_selected_claim_is_outlined_and_links_are_escaped() -> None:
    """The selected claim gets an outline; a claim's link is put on its number, escaped."""
    markup = highlight_html(
        TEXT, [_result(0, 22, Verdict.SUPPORTED)], selected=1, hrefs={1: '?a=1&claim=1"x'}
    )
    assert "outline:" in markup
    assert 'href="?a=1&amp;claim=1&quot;x"' in markup


def test_legend_lists_all_five_verdicts() -> None:
    """The legend has one badge per verdict, in the closed set's order."""
    legend = legend_html()
    assert re.findall(r'data-verdict="([a-z_]+)"', legend) == [v.value for v in Verdict]
    assert html.escape("the day's range") in legend or "the day&#x27;s range" in legend


def test_badge_names_the_verdict_in_words() -> None:
    """A badge reads "not checkable", not the enum value with its underscore."""
    assert ">not checkable</span>" in badge_html(Verdict.NOT_CHECKABLE)
