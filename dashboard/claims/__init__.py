"""Claim extraction: article text in, market claims out. Total: never raises."""

from __future__ import annotations

from datetime import date

from dashboard.domain import Claim
from dashboard.instruments import Registry


def extract_claims(
    text: str, published: date, registry: Registry | None = None
) -> tuple[Claim, ...]:
    """Every market claim in ``text``, in text order, each with its exact span. (Stub.)"""
    del text, published, registry
    return ()
