"""Claim parser rules for paired sizes without "respectively" and the registry additions, spec
by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

PAIRED_SIZES: list[Row] = [
    ("The FTSE 100 and the DAX closed 0.4% and 0.9% lower on Tuesday.", "2024-07-23",
     ["FTSE100 session_change down 0.4 percent 2024-07-23",
      "DAX session_change down 0.9 percent 2024-07-23"]),
    ("Gold and silver rose 1.1% and 2.3% as the dollar eased.", "2024-05-14",
     ["GOLD session_change up 1.1 percent 2024-05-14",
      "SILVER session_change up 2.3 percent 2024-05-14",
      "DXY session_change down 2024-05-14"]),
]  # fmt: skip

REGISTRY_ADDITIONS: list[Row] = [
    ("Taiwan's main index slipped 0.5% on Friday.", "2024-08-02",
     ["TAIEX session_change down 0.5 percent 2024-08-02"]),
    ("The Hang Seng Tech index jumped 4.2%.", "2024-09-24",
     ["HSTECH session_change up 4.2 percent 2024-09-24"]),
    ("Germany's two-year yield fell 12 basis points to 2.41%.", "2024-09-05",
     ["DE2Y session_change down 12 bp 2024-09-05 level=2.41"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(PAIRED_SIZES))
def test_paired_sizes_without_respectively(
    sentence: str, published: str, expected: list[str]
) -> None:
    """Two subjects and two sizes pair in order even when 'respectively' is left out."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(REGISTRY_ADDITIONS))
def test_registry_additions(sentence: str, published: str, expected: list[str]) -> None:
    """The Taiex, the Hang Seng Tech index and the German two-year yield are registry instruments."""
    assert extract(sentence, published) == expected
