"""Articles at the boundary: encodings, HTML, dates and limits."""

from __future__ import annotations

import pytest

from dashboard.articles import (
    MAX_CHARS,
    article_from_text,
    decode_text,
    html_to_text,
    list_seeds,
    load_article,
    parse_published,
)
from dashboard.errors import InputError
from tests.conftest import SEED

WIRE = "Brent crude slipped 1.2% to $97.93 a barrel on Friday."


def test_decode_utf8_with_bom() -> None:
    """A UTF-8 byte-order mark is dropped, the text kept."""
    assert decode_text(("\ufeff" + WIRE).encode()) == WIRE


def test_decode_utf16() -> None:
    """UTF-16 with a BOM decodes to the same text."""
    assert decode_text(WIRE.encode("utf-16")) == WIRE


def test_decode_cp1251_cyrillic() -> None:
    """A Windows-1251 Russian story decodes to Cyrillic, not mojibake."""
    text = "Индекс Мосбиржи вырос на 20%."
    assert decode_text(text.encode("cp1251")) == text


def test_html_is_reduced_to_text_without_scripts() -> None:
    """Markup, scripts and styles are dropped; paragraphs stay apart."""
    html = "<html><style>p{}</style><p>Oil &amp; gas fell.</p><script>alert(1)</script><p>Gold rose.</p>"
    text = html_to_text(html)
    assert "alert" not in text and "<" not in text
    assert text == "Oil & gas fell.\n\nGold rose."


def test_pasted_html_becomes_text() -> None:
    """HTML pasted as an article is read as its text."""
    article = article_from_text("<p>The ruble <b>gained</b> 2.1%.</p>", "2022-02-25")
    assert article.text == "The ruble gained 2.1%."


def test_date_only_means_time_unknown() -> None:
    """A bare date is midnight with the time marked unknown."""
    stamp, known = parse_published("2022-02-25")
    assert (str(stamp.date()), known) == ("2022-02-25", False)


def test_datetime_with_offset_is_kept() -> None:
    """An ISO datetime with an offset keeps its time and zone."""
    stamp, known = parse_published("2022-02-25T11:30:00+03:00")
    assert known and stamp.utcoffset().total_seconds() == 3 * 3600


@pytest.mark.parametrize("value", ["", "25/02/2022", "yesterday", "2022-02-25T11:30:00"])
def test_bad_dates_are_refused_with_a_reason(value: str) -> None:
    """Missing, ambiguous or zone-less dates give an InputError that names the value."""
    with pytest.raises(InputError) as caught:
        parse_published(value)
    assert "publication" in str(caught.value)


def test_empty_text_is_refused() -> None:
    """Whitespace-only text is refused with a clear message."""
    with pytest.raises(InputError, match="empty"):
        article_from_text(" \n\t ", "2022-02-25")


def test_huge_text_is_refused_with_its_size() -> None:
    """Text over the limit is refused, and the message gives the size and the limit."""
    with pytest.raises(InputError, match="limit"):
        article_from_text("x" * (MAX_CHARS + 1), "2022-02-25")


def test_control_characters_are_dropped_newlines_normalised() -> None:
    """NULs and CRLFs from odd sources do not reach the parser."""
    article = article_from_text("Gold rose\x00 1%.\r\nOil fell.", "2022-02-25")
    assert article.text == "Gold rose 1%.\nOil fell."


def test_seed_loads_with_metadata() -> None:
    """The seed reads with its publisher, headline and Friday date from the JSON beside it."""
    article = load_article(SEED)
    assert article.publisher == "Bloomberg"
    assert article.title.startswith("Putin Unbowed")
    assert str(article.published.date()) == "2022-02-25" and not article.time_known
    assert "ith the war raging Friday" in article.text


def test_seed_is_listed() -> None:
    """The bundled seeds are discoverable."""
    assert SEED in list_seeds()


def test_missing_file_is_an_input_error(tmp_path: object) -> None:
    """A path that does not exist is a clear input error."""
    with pytest.raises(InputError, match="no such file"):
        load_article("/nonexistent/story.txt")


def test_file_without_metadata_needs_a_date(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A story with no metadata and no --published is refused, naming the fix."""
    path = tmp_path / "story.txt"
    path.write_text(WIRE)
    with pytest.raises(InputError, match="--published"):
        load_article(path)
    assert load_article(path, "2022-02-25").text == WIRE
