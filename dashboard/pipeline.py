"""The one entry point the shells use: an article in, its checked claims out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from dashboard.claims import extract_claims
from dashboard.domain import Article, Claim, QualityFlag, Reconciliation, Source
from dashboard.errors import UnknownInstrument
from dashboard.instruments import load_registry
from dashboard.prices import PriceBook, PriceSource, build_book
from dashboard.reconcile import reconcile


@dataclass(frozen=True)
class ArticleCheck:
    """An article, the claims found in it, and one reconciliation per claim."""

    article: Article
    claims: tuple[Claim, ...]
    results: tuple[Reconciliation, ...]
    book: PriceBook
    notices: tuple[QualityFlag, ...] = ()


@cache
def default_provider() -> PriceSource:
    """The bundled offline snapshot (loaded once per process)."""
    from dashboard.sources.snapshot import SnapshotSource

    return SnapshotSource()


def check_article(
    article: Article,
    provider: PriceSource | None = None,
    prefer: Mapping[str, Source] | None = None,
    claims: Sequence[Claim] | None = None,
) -> ArticleCheck:
    """Extract (unless ``claims`` is given, e.g. analyst-edited), fetch prices, reconcile."""
    found = (
        tuple(claims)
        if claims is not None
        else extract_claims(article.text, article.published.date())
    )
    registry = load_registry()
    instruments = []
    for instrument_id in dict.fromkeys(c.instrument for c in found):
        try:
            instruments.append(registry.get(instrument_id))
        except UnknownInstrument:
            continue  # the reconciler reports it as not_checkable
    book = build_book(provider or default_provider(), instruments, prefer)
    results = reconcile(found, book, article)
    return ArticleCheck(article, found, results, book, book.notices)
