"""A hard deadline around live calls: the app must never hang on a dead network.

yfinance's ``timeout=`` bounds one socket read, not a call: behind a proxy that never answers
one download took 130 s. So every live call runs in a daemon worker thread and the caller
waits at most ``seconds``; after that it gets ``SourceUnavailable`` and moves on. A thread
cannot be killed, so the abandoned worker finishes (or dies with the process) in the
background; being a daemon, it never holds up interpreter exit.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from dashboard.errors import SourceUnavailable

T = TypeVar("T")
K = TypeVar("K")


@dataclass
class _Outcome(Generic[T]):
    """What a worker left behind: a value or an exception (or nothing yet)."""

    done: threading.Event = field(default_factory=threading.Event)
    value: T | None = None
    error: BaseException | None = None


def _start(fn: Callable[[], T], name: str) -> _Outcome[T]:
    outcome: _Outcome[T] = _Outcome()

    def work() -> None:
        try:
            outcome.value = fn()
        except BaseException as error:  # handed to the caller, who re-raises it
            outcome.error = error
        finally:
            outcome.done.set()

    threading.Thread(target=work, name=f"tapecheck-live:{name}", daemon=True).start()
    return outcome


def _result(outcome: _Outcome[T], what: str, seconds: float) -> T:
    if not outcome.done.is_set():
        raise SourceUnavailable(f"{what}: no answer within {seconds:g} s (gave up)")
    if outcome.error is not None:
        raise outcome.error
    return outcome.value  # type: ignore[return-value]


def call_with_deadline(fn: Callable[[], T], seconds: float, what: str) -> T:
    """``fn()``, or ``SourceUnavailable`` once ``seconds`` have passed; its errors re-raise."""
    if seconds <= 0:
        raise ValueError("a deadline must be positive")
    outcome = _start(fn, what)
    outcome.done.wait(seconds)
    return _result(outcome, what, seconds)


def run_all(
    calls: Mapping[K, tuple[str, Callable[[], T]]], seconds: float
) -> dict[K, T | Exception]:
    """Run every call in parallel, all within one deadline; each key gets a value or an error.

    ``calls`` maps a key to ``(what, fn)``; ``what`` names the call in a timeout message.
    Errors (including the timeout) are returned, not raised, so one failure spares the rest.
    """
    if seconds <= 0:
        raise ValueError("a deadline must be positive")
    started = {key: (what, _start(fn, what)) for key, (what, fn) in calls.items()}
    ends_at = time.monotonic() + seconds
    results: dict[K, T | Exception] = {}
    for key, (what, outcome) in started.items():
        outcome.done.wait(max(0.0, ends_at - time.monotonic()))
        try:
            results[key] = _result(outcome, what, seconds)
        except Exception as error:
            results[key] = error
    return results
