"""Shared test setup: no test may reach the network."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3eff6c842b90b848.txt"

# Calendars and live-source caches go to a folder of the checkout (git ignores it), shared by
# the test process and the app and CLI subprocesses it starts; never the user's own cache.
os.environ.setdefault("TAPECHECK_CACHE", str(ROOT / ".cache" / "tests"))

_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: object) -> None:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1")):
        _real_connect(self, address)  # type: ignore[arg-type]
        return
    if self.family == socket.AF_UNIX:
        _real_connect(self, address)  # type: ignore[arg-type]
        return
    raise RuntimeError(f"tests must not reach the network (tried {address!r})")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Block every outbound connection except loopback (the browser tests use 127.0.0.1)."""
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)
    yield
