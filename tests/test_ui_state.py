"""Pure dashboard state: URL <-> view, the editable claims table <-> claims, date inputs."""

from __future__ import annotations

from datetime import date, time

import pandas as pd
import pytest

from dashboard import ui_state
from dashboard.domain import (
    Article,
    Claim,
    Direction,
    Figure,
    Measure,
    Reconciliation,
    RowRef,
    Source,
    Unit,
    Verdict,
)
from dashboard.errors import InputError

SEEDS = ("000_seed", "001_other")
TEXT = "Brent slid 1.2% on Friday. The lira hit a record low against the dollar."


def _claim(**changes: object) -> Claim:
    base = Claim(
        text="Brent slid 1.2%",
        start=0,
        end=15,
        instrument="BRENT",
        subject="Brent",
        measure=Measure.SESSION_CHANGE,
        direction=Direction.DOWN,
        size=1.2,
        unit=Unit.PERCENT,
        session=date(2022, 2, 25),
        time_words="Friday",
    )
    return Claim(**{**base.__dict__, **changes})


EXTRACTED = (_claim(),)


def _rows() -> list[dict[str, object]]:
    return ui_state.claims_to_rows(ui_state.initial_edits(EXTRACTED))


# --- URL ---------------------------------------------------------------------------------


def test_view_round_trips_through_the_url() -> None:
    """A view written to query parameters reads back the same."""
    state = ui_state.ViewState(
        "001_other", (("USDRUB", Source.CBR), ("IMOEX", Source.MOEX)), 4, "2022-02-24"
    )
    back, warnings = ui_state.from_query(ui_state.to_query(state), SEEDS, SEEDS[0])
    assert back == state and warnings == ()


def test_empty_url_opens_the_default_seed() -> None:
    """No parameters: the default seed, no vendor choice, no claim selected."""
    state, warnings = ui_state.from_query({}, SEEDS, SEEDS[0])
    assert state == ui_state.ViewState("000_seed")
    assert warnings == ()


def test_bad_url_parts_fall_back_with_warnings() -> None:
    """An unknown article, a bad vendor and a bad claim number each warn and fall back."""
    params = {"article": "../../etc/passwd", "source": "USDRUB:bloomberg", "claim": "-3"}
    state, warnings = ui_state.from_query(params, SEEDS, SEEDS[0])
    assert state == ui_state.ViewState("000_seed")
    assert len(warnings) == 3
    assert "etc/passwd" not in warnings[0]


def test_repeated_keys_take_the_last_value() -> None:
    """A key repeated in the URL is read as its last value, as Streamlit does."""
    state, _ = ui_state.from_query({"claim": ["2", "5"], "article": ["pasted"]}, SEEDS, SEEDS[0])
    assert state.claim == 5 and state.article == ui_state.PASTED


def test_prefer_parses_instrument_vendor_pairs() -> None:
    """``USDRUB:cbr`` gives the mapping check_article takes; case is forgiven."""
    assert ui_state.parse_prefer("usdrub:CBR, IMOEX:moex") == (
        ("USDRUB", Source.CBR),
        ("IMOEX", Source.MOEX),
    )
    with pytest.raises(InputError, match="vendor one of"):
        ui_state.parse_prefer("USDRUB")


# --- publication date, time and zone -------------------------------------------------------


def test_published_value_is_a_date_when_time_unknown() -> None:
    """No time: the bare date the core reads as 'time of day unknown'."""
    assert ui_state.published_value(date(2022, 2, 25), None, "Europe/Moscow") == "2022-02-25"


def test_published_value_carries_the_zone_offset() -> None:
    """A time in Moscow in February 2022 is UTC+03:00; a fixed offset zone is kept as given."""
    assert (
        ui_state.published_value(date(2022, 2, 25), time(11, 30), "Europe/Moscow")
        == "2022-02-25T11:30:00+03:00"
    )
    assert (
        ui_state.published_value(date(2022, 2, 25), time(9, 5), "UTC-05:00")
        == "2022-02-25T09:05:00-05:00"
    )


def test_published_value_rejects_an_unknown_zone() -> None:
    """A zone name that is not in the tz database is a clear input error."""
    with pytest.raises(InputError, match="unknown time zone"):
        ui_state.published_value(date(2022, 2, 25), time(9, 0), "Mars/Olympus")


def test_published_inputs_prefill_from_the_article() -> None:
    """Date only -> time None; a datetime with offset -> its time and a UTC±hh:mm zone."""
    day_only = Article("x", pd.Timestamp("2022-02-25"))
    assert ui_state.published_inputs(day_only) == (date(2022, 2, 25), None, "UTC")
    timed = Article("x", pd.Timestamp("2022-02-25T11:30:00+03:00"), time_known=True)
    assert ui_state.published_inputs(timed) == (date(2022, 2, 25), time(11, 30), "UTC+03:00")
    value = ui_state.published_value(*ui_state.published_inputs(timed))
    assert pd.Timestamp(value) == timed.published


# --- the editable claims table -------------------------------------------------------------


def test_untouched_table_gives_back_the_extracted_claims() -> None:
    """Rows straight from the claims come back equal, none marked edited."""
    entries = ui_state.rows_to_claims(_rows(), EXTRACTED, TEXT)
    assert [e.claim for e in entries] == list(EXTRACTED)
    assert not ui_state.any_edited(entries, EXTRACTED)


def test_changed_size_marks_the_claim_edited() -> None:
    """Changing the claimed size keeps the span and sets edited=True."""
    rows = _rows()
    rows[0]["size"] = 5.0
    (entry,) = ui_state.rows_to_claims(rows, EXTRACTED, TEXT)
    assert entry.claim.size == 5.0 and entry.claim.claimed == -5.0
    assert entry.claim.edited and (entry.claim.start, entry.claim.end) == (0, 15)
    assert entry.origin == 0


def test_changing_back_clears_the_edited_mark() -> None:
    """A row edited back to the parser's values is no longer marked edited."""
    rows = _rows()
    rows[0]["direction"] = "up"
    (flipped,) = ui_state.rows_to_claims(rows, EXTRACTED, TEXT)
    assert flipped.claim.edited and flipped.claim.claimed == 1.2
    rows[0]["direction"] = "down"
    (entry,) = ui_state.rows_to_claims(rows, EXTRACTED, TEXT)
    assert not entry.claim.edited


def test_dropped_row_counts_as_an_edit() -> None:
    """Deleting the only row leaves no claims, and the table differs from the extraction."""
    entries = ui_state.rows_to_claims([], EXTRACTED, TEXT)
    assert entries == () and ui_state.any_edited(entries, EXTRACTED)


def test_added_row_finds_its_words_in_the_article() -> None:
    """A new row with the article's exact words gets their span and edited=True."""
    added = {
        "claim": None,
        "text": "The lira hit a record low",
        "instrument": "usdrub",
        "session": "2022-02-25",
        "measure": "record",
        "direction": "down",
        "size": float("nan"),
        "unit": None,
        "level": None,
        "inverse": True,
        "edited": None,
    }
    entries = ui_state.rows_to_claims([*_rows(), added], EXTRACTED, TEXT)
    new = entries[1]
    assert new.origin is None and new.claim.edited and new.claim.inverse
    assert TEXT[new.claim.start : new.claim.end] == "The lira hit a record low"
    assert new.claim.instrument == "USDRUB" and new.claim.session == date(2022, 2, 25)


def test_blank_added_row_is_skipped() -> None:
    """A freshly added, still empty row is not an error and not a claim."""
    blank = dict.fromkeys(ui_state.EDITOR_COLUMNS)
    entries = ui_state.rows_to_claims([*_rows(), blank], EXTRACTED, TEXT)
    assert len(entries) == 1


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("instrument", "NOPE", "row 1: choose an instrument"),
        ("measure", "vibes", "row 1: measure 'vibes' is not one of"),
        ("direction", None, "row 1: choose a direction"),
        ("size", -2.0, "row 1: size is a magnitude"),
        ("size", "lots", "row 1: size 'lots' is not a number"),
        ("unit", None, "row 1: a claimed size needs a unit"),
        ("session", "next week", "row 1: session 'next week' is not a date"),
        ("text", "words that are not there", "row 1: the words"),
    ],
)
def test_bad_cells_name_the_row_and_the_problem(column: str, value: object, message: str) -> None:
    """Each bad cell raises InputError naming the row and what is wrong."""
    rows = _rows()
    rows[0][column] = value
    with pytest.raises(InputError, match=message):
        ui_state.rows_to_claims(rows, EXTRACTED, TEXT)


def test_session_accepts_timestamps_from_the_editor() -> None:
    """The editor's date column may hand back a Timestamp; it is read as the same date."""
    rows = _rows()
    rows[0]["session"] = pd.Timestamp("2022-02-25")
    (entry,) = ui_state.rows_to_claims(rows, EXTRACTED, TEXT)
    assert entry.claim.session == date(2022, 2, 25) and not entry.claim.edited


# --- table rows ------------------------------------------------------------------------------


def test_result_rows_number_sign_and_mark_edits() -> None:
    """Rows are numbered from 1, the claimed size is signed, edits are marked."""
    results = [
        Reconciliation(_claim(), Verdict.SUPPORTED, "ok", Source.YAHOO, observed=-1.16),
        Reconciliation(_claim(edited=True), Verdict.INACCURATE, "off"),
    ]
    rows = ui_state.result_rows(results)
    assert [r["#"] for r in rows] == [1, 2]
    assert rows[0]["claimed"] == "-1.2%" and rows[0]["observed"] == "-1.16%"
    assert rows[0]["edited"] == "" and rows[1]["edited"].startswith("✎")
    kept = ui_state.filter_rows(rows, ["inaccurate"], ["BRENT"])
    assert [r["#"] for r in kept] == [2]
    assert ui_state.verdict_counts(results) == {"supported": 1, "inaccurate": 1}


def test_evidence_rows_list_each_vendor_with_its_rows() -> None:
    """One evidence row per vendor figure, naming the rows the figure used."""
    figure = Figure(
        Source.CBR,
        4.05,
        (RowRef(Source.CBR, date(2022, 2, 25), "close", 83.5485),),
        "fixing ratio",
    )
    result = Reconciliation(_claim(), Verdict.CONSISTENT, "x", evidence=(figure,))
    (row,) = ui_state.evidence_rows(result)
    assert row["source"] == "cbr" and row["observed"] == "+4.05"
    assert row["rows"] == "close 2022-02-25 = 83.5485"


def test_verdict_changes_name_changed_added_and_dropped_claims() -> None:
    """Changed verdicts read "claim N: old → new"; additions and drops are named too."""
    second = _claim(text="Brent slid", end=10)
    extracted = (_claim(), second)
    before = [
        Reconciliation(extracted[0], Verdict.SUPPORTED, ""),
        Reconciliation(second, Verdict.SUPPORTED, ""),
    ]
    entries = (
        ui_state.EditedClaim(0, _claim(size=5.0, edited=True)),
        ui_state.EditedClaim(None, _claim(text="new", edited=True)),
    )
    after = [
        Reconciliation(entries[0].claim, Verdict.INACCURATE, ""),
        Reconciliation(entries[1].claim, Verdict.NOT_CHECKABLE, ""),
    ]
    assert ui_state.verdict_changes(entries, before, after) == [
        "claim 1: supported → inaccurate",
        "added “new”: not_checkable",
        "claim 2 dropped",
    ]
    same = [Reconciliation(extracted[0], Verdict.SUPPORTED, "")]
    assert ui_state.verdict_changes(ui_state.initial_edits(extracted[:1]), same, same) == []
