"""Claim parser rules from session 24 (helper hG): market names the parser did not read at
all. A name widened over "hub" ("Front-month gas at the Dutch TTF hub", "Dutch front-month gas
prices at the TTF hub"); the bare hyphened pair with the dollar first ("Dollar-yen"); and
another government's yield named by likeness after a tenor yield ("its U.S. counterpart", "the
German equivalent", "the equivalent German yield"): that government's yield of the same tenor.
Spec by example in the format of tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

UNREAD_NAMES: list[Row] = [
    ('Dutch front-month gas prices at the TTF hub fell 6% to 41.20 euros per megawatt hour on Monday.',
     '2024-03-11',
     ['TTF session_change down 6 percent 2024-03-11 level=41.2']),
    ('Front-month gas at the Dutch TTF hub climbed 3.5% to 28.90 euros per megawatt-hour on Thursday.',
     '2023-09-14',
     ['TTF session_change up 3.5 percent 2023-09-14 level=28.9']),
    ('The benchmark front-month contract at the Dutch TTF hub settled 2.1% lower at 33.15 euros on Friday.',
     '2024-06-21',
     ['TTF session_change down 2.1 percent 2024-06-21 level=33.15']),
    ('Dollar-yen rose 0.8% to 151.40 on Tuesday as Treasury yields climbed.',
     '2024-04-09',
     ['USDJPY session_change up 0.8 percent 2024-04-09 level=151.4', 'US10Y session_change up 2024-04-09']),
    ('Dollar-yen slid to 139.80 on Friday, its lowest since July.',
     '2023-01-13',
     ['USDJPY level down 2023-01-13 level=139.8', 'USDJPY record down 2023-01-13 level=139.8 since=2022-07-01']),
    ("Japan's 10-year yield rose 3 basis points and its U.S. counterpart 9 basis points to 4.31% on Monday.",
     '2024-02-12',
     ['JP10Y session_change up 3 bp 2024-02-12', 'US10Y session_change up 9 bp 2024-02-12 level=4.31']),
    ("France's 10-year yield climbed 6 basis points on Thursday, twice the 3 bp rise in the German equivalent.",
     '2023-11-02',
     ['DE10Y session_change up 3 bp 2023-11-02']),
    ("Spain's 10-year yield was little changed at 3.2% on Wednesday, while the equivalent German yield dipped 2 basis points to 2.44%.",
     '2024-01-24',
     ['DE10Y session_change down 2 bp 2024-01-24 level=2.44']),
    ("Portugal's 10-year yield hit 4.1% on Tuesday, about 150 basis points above the equivalent German yield, which rose 5 basis points to 2.62%.",
     '2023-10-10',
     ['DE10Y session_change up 5 bp 2023-10-10 level=2.62']),
    ("Canada's two-year yield fell 12 basis points and its U.S. counterpart 15 basis points to 4.62% on Friday.",
     '2024-03-08',
     ['US2Y session_change down 15 bp 2024-03-08 level=4.62']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(UNREAD_NAMES))
def test_unread_market_names(sentence: str, published: str, expected: list[str]) -> None:
    """Names read after this session: "the Dutch TTF hub", "Dollar-yen", "its U.S.
    counterpart" and "the equivalent German yield" after a tenor yield."""
    assert extract(sentence, published) == expected
