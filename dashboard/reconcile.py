"""Claims checked against prices: one verdict, with evidence, per claim. (Stub.)"""

from __future__ import annotations

from collections.abc import Sequence

from dashboard.domain import Article, Claim, Reconciliation, Verdict
from dashboard.prices import PriceBook


def reconcile(
    claims: Sequence[Claim], book: PriceBook, article: Article
) -> tuple[Reconciliation, ...]:
    """One reconciliation per claim, in the claims' order."""
    del book, article
    return tuple(Reconciliation(c, Verdict.NOT_CHECKABLE, "not implemented yet") for c in claims)
