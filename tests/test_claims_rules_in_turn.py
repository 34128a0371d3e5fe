"""Claim parser rules for moves taken in turn ("rose 0.3% and fell 0.2%, respectively") and for a
bare way conjoined to a close ("ended up 0.8% and down 1.2%"), spec by example in the format of
tests/test_claims_examples.py (our own wire-style sentences)."""

from __future__ import annotations

import pytest

from tests.test_claims_examples import Row, _cases, extract

MOVES_IN_TURN: list[Row] = [
    ("The Dow and the S&P 500 rose 0.3% and fell 0.2%, respectively, on Thursday.", "2024-03-08",
     ["DJIA session_change up 0.3 percent 2024-03-07",
      "SPX session_change down 0.2 percent 2024-03-07"]),
    ("Gold and silver gained 1.1% and lost 0.4%, respectively, on Tuesday.", "2023-10-11",
     ["GOLD session_change up 1.1 percent 2023-10-10",
      "SILVER session_change down 0.4 percent 2023-10-10"]),
    ("London's FTSE 100, the DAX and the CAC 40 rose 0.4%, fell 0.3% and rose 0.1%, "
     "respectively.", "2022-06-14",
     ["FTSE100 session_change up 0.4 percent 2022-06-14",
      "DAX session_change down 0.3 percent 2022-06-14",
      "CAC40 session_change up 0.1 percent 2022-06-14"]),
    ("The Nikkei and the Kospi ended up 0.8% and down 1.2%, respectively, on Friday.",
     "2019-08-09",
     ["NIKKEI225 session_change up 0.8 percent 2019-08-09",
      "KOSPI session_change down 1.2 percent 2019-08-09"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(MOVES_IN_TURN))
def test_moves_in_turn(sentence: str, published: str, expected: list[str]) -> None:
    """Two or three moves closed by "respectively" go to the markets named, one each, in order."""
    assert extract(sentence, published) == expected


SIZED_WAYS_IN_TURN: list[Row] = [
    ("The FTSE 100 and the DAX closed 0.4% higher and 0.3% lower, respectively, on Friday.",
     "2024-03-08",
     ["FTSE100 session_change up 0.4 percent 2024-03-08",
      "DAX session_change down 0.3 percent 2024-03-08"]),
    ("The yen and the Swiss franc were 0.2% weaker and 0.5% stronger, respectively, "
     "against the dollar in late trade.", "2021-04-20",
     ["USDJPY intraday_change down 0.2 percent 2021-04-20 inverse",
      "USDCHF intraday_change up 0.5 percent 2021-04-20 inverse"]),
    ("Brent settled 1.2% higher on Monday and 2.4% lower on Tuesday.", "2023-05-03",
     ["BRENT session_change up 1.2 percent 2023-05-01",
      "BRENT session_change down 2.4 percent 2023-05-02"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SIZED_WAYS_IN_TURN))
def test_sized_ways_in_turn(sentence: str, published: str, expected: list[str]) -> None:
    """A second size and way after "and", with no verb of its own, is a move of its own."""
    assert extract(sentence, published) == expected


SHARED_CLOSE: list[Row] = [
    ("The Nikkei ended up 0.8% and the Kospi down 1.2% on Friday.", "2019-08-09",
     ["NIKKEI225 session_change up 0.8 percent 2019-08-09",
      "KOSPI session_change down 1.2 percent 2019-08-09"]),
    ("Copper settled up 1.5% and aluminium down 0.6% on Wednesday.", "2022-09-15",
     ["COPPER session_change up 1.5 percent 2022-09-14",
      "ALUMINIUM session_change down 0.6 percent 2022-09-14"]),
    ("The Nikkei ended up 0.8%, and the Kospi was down 1.2% in afternoon trade.", "2019-08-09",
     ["NIKKEI225 session_change up 0.8 percent 2019-08-09",
      "KOSPI intraday_change down 1.2 percent 2019-08-09"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHARED_CLOSE))
def test_shared_close(sentence: str, published: str, expected: list[str]) -> None:
    """A bare way conjoined to a close shares the close; a verb or a time of day of its own
    keeps its own measure."""
    assert extract(sentence, published) == expected


SHARED_HOURS: list[Row] = [
    ("Dow futures surged 3% before the bell on Monday after the vaccine news, while Nasdaq 100 "
     "futures edged up 0.3%.", "2020-11-09",
     ["YM intraday_change up 3 percent 2020-11-09",
      "NQ intraday_change up 0.3 percent 2020-11-09"]),
    ("S&P 500 futures rose 1% on Friday and Nasdaq futures gained 1.5%.", "2020-11-06",
     ["ES session_change up 1 percent 2020-11-06",
      "NQ session_change up 1.5 percent 2020-11-06"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), _cases(SHARED_HOURS))
def test_shared_hours(sentence: str, published: str, expected: list[str]) -> None:
    """Futures moves of one sentence and day share the premarket hours the first one names;
    with no such hours each is the session's move."""
    assert extract(sentence, published) == expected
