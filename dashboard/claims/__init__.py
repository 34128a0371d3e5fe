"""Claim extraction: article text in, market claims out. Total: never raises.

``extract_claims`` is the public entry: any text in, claims out. It wraps the parser
(``parser.parse_claims``), which may raise on a bug; tests call the parser directly so that
bugs surface there instead of being swallowed here.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from dashboard.claims.parser import parse_claims
from dashboard.domain import Claim
from dashboard.instruments import Registry, load_registry

_log = logging.getLogger(__name__)


def extract_claims(
    text: str, published: date, registry: Registry | None = None
) -> tuple[Claim, ...]:
    """Every market claim in ``text``, in text order, each with its exact span."""
    try:
        if not isinstance(text, str) or not text:
            return ()
        if isinstance(published, datetime):  # also pandas Timestamps: the calendar date only
            published = published.date()
        return parse_claims(text, published, registry or load_registry())
    except Exception:  # total by contract: a parser bug loses claims, never the page
        _log.exception("claim extraction failed on a %d-character text", len(text))
        return ()
