"""Streamlit glue shared by the pages: the article input, the cached check, the URL state.

Functions only (pages rerun; classes redefined there break ``isinstance``). Logic lives in the
pure modules (``ui_state``, ``highlight``, ``charts``, the core); this reads widgets, calls
them, and keeps what the user typed in widget and session state so an error loses nothing.
"""

from __future__ import annotations

import hashlib
from datetime import date, time
from pathlib import Path

import streamlit as st

from dashboard import articles, pipeline, ui_state
from dashboard.domain import Article, Claim, Source
from dashboard.errors import InputError, TapecheckError
from dashboard.prices import PriceSource

MODES = ("Seed article", "Paste text", "Upload a file")
_MODE_OF = {ui_state.PASTED: MODES[1], ui_state.UPLOADED: MODES[2]}
UPLOAD_TYPES = ["txt", "md", "html", "htm"]
MAX_UPLOAD_MB = 5


# ---------------------------------------------------------------------------------------------
# Cached core calls


@st.cache_resource(show_spinner=False)
def price_provider(live: bool = False) -> PriceSource:
    """The bundled offline snapshot (loaded once per server process), or live sources that
    fall back to it with a visible notice."""
    if not live:
        return pipeline.default_provider()
    from dashboard.sources.live import LiveSource

    return LiveSource(fallback=pipeline.default_provider())


def live_prices() -> bool:
    """Whether the user asked for live prices (sidebar toggle)."""
    return bool(st.session_state.get("live_prices", False))


@st.cache_data(show_spinner=False, max_entries=64)
def load_seed(path: str, published: str | None) -> Article:
    """A seed article with its metadata (or an override date)."""
    return articles.load_article(Path(path), published)


@st.cache_data(show_spinner=False, max_entries=64, ttl=900)
def checked(
    fingerprint: str,
    prefer: tuple[tuple[str, Source], ...],
    claims_key: str | None,
    _article: Article,
    _claims: tuple[Claim, ...] | None,
    live: bool = False,
) -> pipeline.ArticleCheck:
    """The article checked (hashed on its fingerprint, vendor choices, edited claims and
    whether prices are live; live results are kept 15 minutes)."""
    del fingerprint, claims_key
    return pipeline.check_article(_article, price_provider(live), dict(prefer), _claims)


def fingerprint(article: Article) -> str:
    """A short id for an article's text and publication time (keys edits and caches)."""
    digest = hashlib.sha256(article.text.encode("utf-8"))
    digest.update(f"|{article.published.isoformat()}|{article.time_known}".encode())
    return digest.hexdigest()[:16]


# ---------------------------------------------------------------------------------------------
# View state (the URL)


def seed_ids() -> dict[str, Path]:
    """The bundled seed articles by file stem."""
    return {p.stem: p for p in articles.list_seeds()}


def view() -> ui_state.ViewState:
    """The current view; on a session's first run it is read from the URL."""
    if "view" not in st.session_state:
        seeds = list(seed_ids())
        state, warnings = ui_state.from_query(st.query_params.to_dict(), seeds, seeds[0])
        st.session_state["view"] = state
        st.session_state["url_warnings"] = warnings
    state: ui_state.ViewState = st.session_state["view"]
    return state


def set_view(state: ui_state.ViewState) -> None:
    """Keep the view in session state and in the URL (so a link reopens it)."""
    st.session_state["view"] = state
    wanted = ui_state.to_query(state)
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)


# ---------------------------------------------------------------------------------------------
# The article input (sidebar)


def _mode_index(state: ui_state.ViewState) -> int:
    return MODES.index(_MODE_OF.get(state.article, MODES[0]))


def _date_inputs(article_id: str, prefill: tuple[date | None, time | None, str]) -> str | None:
    """Publication date, time and time zone inputs; the ``published`` string, or None."""
    day0, time0, zone0 = prefill
    day = st.date_input(
        "Publication date", value=day0, key=f"day::{article_id}", format="YYYY-MM-DD"
    )
    known = st.toggle("Time of day known", value=time0 is not None, key=f"known::{article_id}")
    at = None
    zone = zone0
    if known:
        at = st.time_input("Time", value=time0 or time(12, 0), key=f"time::{article_id}", step=60)
        zones = list(dict.fromkeys([zone0, *ui_state.TIME_ZONES]))
        zone = st.selectbox("Time zone", zones, key=f"zone::{article_id}")
    if not isinstance(day, date):
        return None
    return ui_state.published_value(day, at, zone)


def _seed_input(state: ui_state.ViewState) -> tuple[Article, str, str | None]:
    seeds = seed_ids()
    names = list(seeds)
    current = state.article if state.article in seeds else names[0]
    stem = st.selectbox(
        "Seed", names, index=names.index(current), key="seed", format_func=_seed_label
    )
    path = str(seeds[stem])
    meta = load_seed(path, None)
    st.caption(_byline(meta))
    default = ui_state.published_value(*ui_state.published_inputs(meta))
    shown = meta
    if state.article == stem and state.published:
        shown = _article_or_none(path, state.published) or meta
    published = _date_inputs(stem, ui_state.published_inputs(shown))
    if published is None:
        raise InputError("set the publication date")
    override = None if published == default else published
    return load_seed(path, override), stem, override


def _article_or_none(path: str, published: str) -> Article | None:
    try:
        return load_seed(path, published)
    except TapecheckError:
        st.warning("The link's publication date could not be read; the metadata date is used.")
        return None


def _seed_label(stem: str) -> str:
    try:
        article = load_seed(str(seed_ids()[stem]), None)
    except TapecheckError:
        return stem
    return article.title or stem


def _byline(article: Article) -> str:
    who = ", ".join(article.authors)
    when = article.published.strftime("%d %b %Y") + ("" if article.time_known else ", time unknown")
    return " · ".join(p for p in (article.publisher, who, when) if p)


def _pasted_input() -> tuple[Article, str, None] | None:
    text = st.text_area(
        "Article text",
        key="pasted_text",
        height=220,
        placeholder="Paste the article here (Ctrl+Enter to apply)",
    )
    published = _date_inputs(ui_state.PASTED, (None, None, "UTC"))
    if not (text or "").strip():
        st.info("Paste an article's text above, then set its publication date.")
        return None
    if published is None:
        raise InputError("set the publication date of the pasted article")
    article = articles.article_from_text(text, published, origin="pasted")
    return article, ui_state.PASTED, None


def _uploaded_input() -> tuple[Article, str, None] | None:
    upload = st.file_uploader(
        "Article file (.txt, .md, .html)",
        type=UPLOAD_TYPES,
        key="upload",
        max_upload_size=MAX_UPLOAD_MB,
    )
    published = _date_inputs(ui_state.UPLOADED, (None, None, "UTC"))
    if upload is None:
        st.info("Choose a .txt, .md or .html file, then set its publication date.")
        return None
    text = articles.decode_text(upload.getvalue())
    if upload.name.lower().endswith((".html", ".htm")):
        text = articles.html_to_text(text)
    if published is None:
        raise InputError(f"set the publication date of {upload.name}")
    article = articles.article_from_text(text, published, origin=upload.name)
    return article, ui_state.UPLOADED, None


def article_input() -> None:
    """The sidebar: choose, paste or upload an article and set when it was published.

    Leaves ``(article, article id)`` in ``st.session_state["article"]``, or None when there is
    nothing to check yet or the input is bad (shown with ``st.error``; widgets keep their values).
    """
    state = view()
    st.session_state["article"] = None
    with st.sidebar:
        st.header("Article")
        mode = st.radio(
            "Input", MODES, index=_mode_index(state), key="mode", label_visibility="collapsed"
        )
        try:
            if mode == MODES[0]:
                chosen = _seed_input(state)
            elif mode == MODES[1]:
                chosen = _pasted_input()
            else:
                chosen = _uploaded_input()
        except TapecheckError as error:
            st.error(f"{error}")
            st.session_state["input_error"] = str(error)
            return
        finally:
            st.toggle(
                "Live prices",
                key="live_prices",
                help="Yahoo, the Moscow Exchange and the Bank of Russia (needs internet); "
                "anything that fails falls back to the bundled snapshot, with a notice.",
            )
    st.session_state.pop("input_error", None)
    if chosen is None:
        return
    article, article_id, override = chosen
    claim = state.claim if state.article == article_id else None
    set_view(ui_state.ViewState(article_id, state.prefer, claim, override))
    st.session_state["article"] = (article, article_id)


# ---------------------------------------------------------------------------------------------
# The check the pages show (with the analyst's edits applied)


def edits_for(article: Article) -> tuple[ui_state.EditedClaim, ...] | None:
    """The analyst's table for this article, if they edited it."""
    store: dict[str, tuple[ui_state.EditedClaim, ...]] = st.session_state.setdefault("edits", {})
    return store.get(fingerprint(article))


def save_edits(article: Article, entries: tuple[ui_state.EditedClaim, ...] | None) -> None:
    """Keep (or with None, drop) the analyst's table for this article."""
    store: dict[str, tuple[ui_state.EditedClaim, ...]] = st.session_state.setdefault("edits", {})
    if entries is None:
        store.pop(fingerprint(article), None)
    else:
        store[fingerprint(article)] = entries


def extracted_check(article: Article) -> pipeline.ArticleCheck:
    """The check on the parser's own claims (no edits)."""
    return checked(fingerprint(article), view().prefer, None, article, None, live_prices())


def current_check(article: Article) -> pipeline.ArticleCheck:
    """The check the pages show: on the analyst's claims when edited, else the parser's."""
    entries = edits_for(article)
    if entries is None:
        return extracted_check(article)
    claims = tuple(e.claim for e in entries)
    return checked(
        fingerprint(article), view().prefer, repr(claims), article, claims, live_prices()
    )


def page_setup() -> tuple[Article, str, pipeline.ArticleCheck] | None:
    """What every page starts with: the article, its id and its check; None when unusable."""
    for warning in st.session_state.pop("url_warnings", ()):
        st.warning(warning)
    chosen = st.session_state.get("article")
    if chosen is None:
        if "input_error" in st.session_state:
            st.error(
                f"The article cannot be checked: {st.session_state['input_error']}. "
                "Fix it in the sidebar; what you typed is kept."
            )
        else:
            st.info("Choose, paste or upload an article in the sidebar.")
        return None
    article, article_id = chosen
    try:
        check = current_check(article)
    except TapecheckError as error:
        st.error(f"The check failed: {error}")
        return None
    for notice in check.notices:
        st.warning(notice.message)
    return article, article_id, check


def data_sources(check: pipeline.ArticleCheck) -> None:
    """Which price series the verdicts rest on, and how recent they are."""
    from dashboard import report

    with st.expander("Price data used", expanded=False):
        st.markdown("\n".join(f"- {line}" for line in report.sources_used(check)) or "none")


def download_buttons(check: pipeline.ArticleCheck, article_id: str) -> None:
    """CSV and JSON of the reconciled figures (with source and as-of date), no rerun on click."""
    from dashboard import report

    formats = (
        ("CSV", report.to_csv, "csv", "text/csv"),
        ("JSON", report.to_json, "json", "application/json"),
    )
    for column, (label, render, suffix, mime) in zip(st.columns(2), formats, strict=True):
        column.download_button(
            f"Download {label}",
            render(check),
            file_name=f"tapecheck-{article_id}.{suffix}",
            mime=mime,
            on_click="ignore",
            key=f"download_{suffix}",
            icon=":material/download:",
        )


PLOTLY_CONFIG = {
    "displaylogo": False,
    "toImageButtonOptions": {"format": "png", "scale": 2},
}
