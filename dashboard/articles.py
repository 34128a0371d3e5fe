"""Articles at the boundary: bytes, HTML and dates checked once, turned into an ``Article``."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd

from dashboard.domain import Article
from dashboard.errors import InputError

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
MAX_CHARS = 300_000  # about 50,000 words: far beyond any wire story
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article"}


def decode_text(data: bytes) -> str:
    """Bytes from a file or an upload as text: UTF-8 (with or without BOM), UTF-16, or cp1251."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # cannot fail: every byte maps to a character


class _TextOnly(HTMLParser):
    """Collects the visible text of an HTML page, dropping scripts, styles and tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "noscript", "template"):
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "noscript", "template"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The readable text of an HTML document; markup, scripts and styles are dropped."""
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    return re.sub(r"\n\s*\n\s*", "\n\n", text).strip()


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML document or fragment rather than prose."""
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(p|div|body|article|span)[\s>]", head)
    )


def clean_text(text: str) -> str:
    """Normalise newlines and drop control characters; everything else is kept as given."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def parse_published(value: str) -> tuple[pd.Timestamp, bool]:
    """A publication date (``YYYY-MM-DD``) or ISO datetime with offset -> (timestamp, time known)."""
    value = (value or "").strip()
    if not value:
        raise InputError("the publication date is missing; give YYYY-MM-DD or an ISO datetime")
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError) as error:
        raise InputError(f"cannot read publication date {value!r} ({error})") from None
    if _DATE.match(value):
        return stamp.normalize(), False
    if stamp.tzinfo is None:
        raise InputError(
            f"publication time {value!r} has no UTC offset; add one (e.g. +03:00) or give a date only"
        )
    return stamp, True


def article_from_text(
    text: str,
    published: str,
    origin: str = "pasted",
    **meta: object,
) -> Article:
    """An article from raw text (HTML is reduced to text); errors name what was wrong."""
    if looks_like_html(text):
        text = html_to_text(text)
    text = clean_text(text)
    if not text.strip():
        raise InputError("the article text is empty")
    if len(text) > MAX_CHARS:
        raise InputError(
            f"the article is {len(text):,} characters; the limit is {MAX_CHARS:,}. "
            "Paste the market paragraphs only"
        )
    stamp, time_known = parse_published(published)
    authors = meta.get("authors") or ()
    return Article(
        text=text,
        published=stamp,
        time_known=time_known,
        title=str(meta.get("title") or ""),
        publisher=str(meta.get("publisher") or ""),
        authors=tuple(str(a) for a in authors) if isinstance(authors, list | tuple) else (),
        origin=origin,
    )


def seed_metadata(path: Path) -> dict[str, object]:
    """The metadata JSON beside an article file (same stem), or an empty dict."""
    meta_path = path.with_suffix(".json")
    if not meta_path.exists():
        return {}
    data = json.loads(meta_path.read_text("utf-8"))
    return data if isinstance(data, dict) else {}


def load_article(path: Path | str, published: str | None = None) -> Article:
    """Read an article file (.txt, .md or .html); the date comes from ``published`` or metadata."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    text = decode_text(path.read_bytes())
    if path.suffix.lower() in (".html", ".htm"):
        text = html_to_text(text)
    meta = seed_metadata(path)
    when = published or _published_from(meta)
    if not when:
        raise InputError(f"{path.name} has no metadata with a publication date; pass --published")
    return article_from_text(
        text,
        when,
        origin=str(path),
        title=meta.get("headline"),
        publisher=meta.get("publisher"),
        authors=meta.get("authors"),
    )


def _published_from(meta: dict[str, object]) -> str:
    date = str(meta.get("published") or "")
    time = meta.get("published_time")
    return f"{date}T{time}" if date and time else date


def list_seeds(seeds_dir: Path = SEEDS_DIR) -> tuple[Path, ...]:
    """The bundled sample articles, by file name."""
    return tuple(sorted(p for p in seeds_dir.glob("*") if p.suffix in (".txt", ".md", ".html")))
