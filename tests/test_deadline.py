"""The hard deadline: a hung live call gives up on time, errors pass through, all in parallel."""

from __future__ import annotations

import threading
import time

import pytest

from dashboard.errors import SourceUnavailable
from dashboard.sources.deadline import call_with_deadline, run_all


def _hang(release: threading.Event) -> str:
    release.wait(5.0)  # stands in for a network that never answers; released at test end
    return "too late"


def test_deadline_fires_on_a_hung_call() -> None:
    """A call that would take seconds is abandoned after 0.2 s with SourceUnavailable."""
    release = threading.Event()
    began = time.monotonic()
    with pytest.raises(SourceUnavailable, match=r"Yahoo BZ=F: no answer within 0\.2 s"):
        call_with_deadline(lambda: _hang(release), 0.2, "Yahoo BZ=F")
    waited = time.monotonic() - began
    release.set()
    assert 0.2 <= waited < 1.0


def test_value_within_deadline_is_returned() -> None:
    """A quick call returns its value unchanged."""
    assert call_with_deadline(lambda: 42, 1.0, "quick") == 42


def test_errors_of_the_call_are_re_raised() -> None:
    """The worker's own exception reaches the caller as it was."""

    def fail() -> None:
        raise SourceUnavailable("cannot resolve iss.moex.com (DNS)")

    with pytest.raises(SourceUnavailable, match="DNS"):
        call_with_deadline(fail, 1.0, "MOEX")


def test_abandoned_worker_is_a_daemon() -> None:
    """The abandoned worker cannot hold up interpreter exit."""
    release = threading.Event()
    with pytest.raises(SourceUnavailable):
        call_with_deadline(lambda: _hang(release), 0.05, "hung")
    workers = [t for t in threading.enumerate() if t.name == "tapecheck-live:hung"]
    release.set()
    assert workers and all(t.daemon for t in workers)


def test_run_all_shares_one_deadline() -> None:
    """Three hung calls and a quick one finish in about one deadline, not three."""
    release = threading.Event()
    calls = {n: (f"hung {n}", lambda: _hang(release)) for n in range(3)}
    calls[9] = ("quick", lambda: "ok")
    began = time.monotonic()
    results = run_all(calls, 0.3)
    waited = time.monotonic() - began
    release.set()
    assert results[9] == "ok"
    assert all(isinstance(results[n], SourceUnavailable) for n in range(3))
    assert waited < 0.9


def test_run_all_returns_errors_instead_of_raising() -> None:
    """One failing call leaves the others' results intact."""

    def fail() -> int:
        raise SourceUnavailable("HTTP 429")

    results = run_all({"a": ("a", fail), "b": ("b", lambda: 2)}, 1.0)
    assert isinstance(results["a"], SourceUnavailable) and results["b"] == 2


def test_deadline_must_be_positive() -> None:
    """A zero deadline is a programming error, said at once."""
    with pytest.raises(ValueError):
        call_with_deadline(lambda: 1, 0, "x")
