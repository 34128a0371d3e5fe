"""Claim parser rules from session 24 (helper hH): the instrument an anaphor or a counterpart
phrase names when it is not the last claim's. "a 2.3% rally in the index" after index futures is
the cash index, and "futures tied to the index" are the index's futures; "the benchmark" among US
indices is the S&P 500 (its "benchmark S&P 500" name); "the German equivalent" / "its U.S.
counterpart" after a tenor yield is that market's yield of the same tenor; "the British
currency" after a sterling-per-euro claim keeps the euro cross; "the onshore currency" after
the offshore yuan is the onshore yuan. Spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

CASH_AND_FUTURES: list[Row] = [
    ('S&P 500 futures slipped 0.9% on Tuesday morning after a 2.3% rally in the index on Monday.',
     '2024-08-06',
     ['ES intraday_change down 0.9 percent 2024-08-06', 'SPX session_change up 2.3 percent 2024-08-05']),
    ("Dow futures were 0.5% lower early on Tuesday, pointing to a pullback after Monday's 1.6% gain in the index.",
     '2024-08-06',
     ['YM intraday_change down 0.5 percent 2024-08-06', 'DJIA session_change up 1.6 percent 2024-08-05']),
    ('The S&P 500 fell 2.1% on Monday, while futures tied to the index were up 0.4% in evening trade.',
     '2024-08-06',
     ['SPX session_change down 2.1 percent 2024-08-05', 'ES intraday_change up 0.4 percent 2024-08-05']),
]  # fmt: skip


BENCHMARK: list[Row] = [
    ('The Dow added 1% on Tuesday, the S&P 500 1.4% and the Nasdaq 2.2%, a day after the benchmark slid 1.8%.',
     '2024-08-06',
     ['DJIA session_change up 1 percent 2024-08-06', 'SPX session_change up 1.4 percent 2024-08-06', 'NASDAQ session_change up 2.2 percent 2024-08-06', 'SPX session_change down 1.8 percent 2024-08-05']),
    ('The S&P 500 rose 0.8% on Tuesday while oil gained 2%, and the benchmark has now climbed 15% this year.',
     '2024-08-06',
     ['SPX session_change up 0.8 percent 2024-08-06', 'BRENT session_change up 2 percent 2024-08-06', 'SPX period_change up 15 percent 2024-08-06 since=2024-01-01']),
]  # fmt: skip


COUNTERPARTS: list[Row] = [
    ("Italy's 10-year yield rose 6 basis points to 3.60% on Monday, while the German equivalent climbed 4 basis points to 2.55%.",
     '2024-08-06',
     ['IT10Y session_change up 6 bp 2024-08-05 level=3.6', 'DE10Y session_change up 4 bp 2024-08-05 level=2.55']),
    ("Japan's 10-year yield rose 3 basis points to 0.95% on Monday, while its U.S. counterpart fell 5 basis points to 3.78%.",
     '2024-08-06',
     ['JP10Y session_change up 3 bp 2024-08-05 level=0.95', 'US10Y session_change down 5 bp 2024-08-05 level=3.78']),
    ('Sterling fell to 0.8720 per euro on Monday, and the British currency was down 0.6% on the day.',
     '2024-08-06',
     ['EURGBP level down 2024-08-05 inverse level=0.872', 'EURGBP intraday_change down 0.6 percent 2024-08-05 inverse']),
    ('The offshore yuan slid to 7.30 per dollar on Monday, and the onshore currency ended at 7.2650.',
     '2024-08-06',
     ['USDCNH level down 2024-08-05 inverse level=7.3', 'USDCNY level none 2024-08-05 inverse level=7.265']),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(CASH_AND_FUTURES))
def test_cash_index_and_futures(sentence: str, published: str, expected: list[str]) -> None:
    """ "a 2.3% rally in the index" after "S&P 500 futures": the S&P 500; "futures tied to the
    index" after the S&P 500: its futures."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(BENCHMARK))
def test_benchmark(sentence: str, published: str, expected: list[str]) -> None:
    """ "the benchmark" after the Nasdaq or oil: the S&P 500."""
    assert extract(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(COUNTERPARTS))
def test_counterparts(sentence: str, published: str, expected: list[str]) -> None:
    """ "the German equivalent" of Italy's 10-year yield: Germany's; "the British currency" after
    sterling per euro: the euro cross; "the onshore currency" after the offshore yuan: CNY."""
    assert extract(sentence, published) == expected
