"""Report records, CSV and JSON: the public keys and spreadsheet safety."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pandas as pd

from dashboard.domain import (
    Article,
    Claim,
    Direction,
    Flag,
    Measure,
    QualityFlag,
    Reconciliation,
    Unit,
    Verdict,
)
from dashboard.pipeline import ArticleCheck
from dashboard.prices import PriceBook
from dashboard.report import COLUMNS, to_csv, to_json, to_records, to_table

PUBLIC_KEYS = {
    "text", "start", "end", "instrument", "measure", "direction", "claimed",
    "session", "observed", "verdict", "flags", "explanation", "source",
}  # fmt: skip


def _check(text: str, observed: float | None = -1.5) -> ArticleCheck:
    claim = Claim(
        text=text,
        start=0,
        end=len(text),
        instrument="BRENT",
        subject="oil",
        measure=Measure.SESSION_CHANGE,
        direction=Direction.DOWN,
        size=1.2,
        unit=Unit.PERCENT,
        session=date(2022, 2, 25),
    )
    flag = QualityFlag(Flag.SOURCES_DISAGREE, "two vendors differ")
    result = Reconciliation(
        claim, Verdict.INACCURATE, "=cmd|' /C calc'!A0", observed=observed, flags=(flag,)
    )
    article = Article(text=text, published=pd.Timestamp("2022-02-25"))
    return ArticleCheck(article, (claim,), (result,), PriceBook({}))


def test_records_carry_every_public_key() -> None:
    """The JSON keys scripts rely on are all present."""
    (row,) = to_records(_check("oil slipped 1.2%"))
    assert row.keys() >= PUBLIC_KEYS
    assert set(COLUMNS) == row.keys()


def test_claimed_is_signed_and_difference_follows() -> None:
    """A 1.2% drop is claimed as -1.2; the difference is observed minus claimed."""
    (row,) = to_records(_check("oil slipped 1.2%"))
    assert row["claimed"] == -1.2
    assert row["difference"] == -0.3
    assert row["flags"] == ["sources_disagree"]


def test_json_is_an_array_of_objects() -> None:
    """JSON output parses as a list with one object per claim."""
    data = json.loads(to_json(_check("oil slipped 1.2%")))
    assert isinstance(data, list) and data[0]["verdict"] == "inaccurate"


def test_csv_neutralises_formula_cells_but_keeps_numbers() -> None:
    """Cells starting with = + - @ are prefixed; negative numbers stay numbers."""
    rows = list(csv.DictReader(io.StringIO(to_csv(_check('=HYPERLINK("x")')))))
    assert rows[0]["text"].startswith("'=")
    assert rows[0]["explanation"].startswith("'=")
    assert rows[0]["claimed"] == "-1.2"


def test_csv_header_is_the_column_list() -> None:
    """The CSV header is exactly COLUMNS, in order."""
    header = to_csv(_check("oil slipped 1.2%")).splitlines()[0]
    assert header.split(",") == list(COLUMNS)


def test_table_has_a_row_and_an_explanation_per_claim() -> None:
    """The terminal table lists the verdict and then the explanation line."""
    table = to_table(_check("oil slipped 1.2%", observed=None))
    assert "inaccurate" in table and "1. =cmd" in table


def test_sources_used_is_empty_without_price_data() -> None:
    """A check whose book holds no series lists no sources."""
    from dashboard.report import sources_used

    assert sources_used(_check("oil slipped 1.2%")) == []
