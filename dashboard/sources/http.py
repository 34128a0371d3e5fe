"""A small HTTP GET for the live sources (standard library only), with typed errors.

Every failure becomes ``SourceUnavailable`` with one line that says what went wrong: a rate
limit (HTTP 429), another HTTP status, a DNS failure, a timeout, a refused connection, or an
answer too large to be a price history. ``socket`` timeouts bound each read, not the whole
call: wrap calls in ``deadline.call_with_deadline`` for a hard limit.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Protocol
from urllib.parse import urlsplit

from dashboard.errors import SourceUnavailable

USER_AGENT = "tapecheck/0.1 (+price history check; python urllib)"
MAX_BYTES = 32 * 1024 * 1024  # no daily history we ask for comes near this

Fetch = Callable[[str], bytes]  # url -> response body; raises SourceUnavailable


class _Response(Protocol):
    def read(self, amt: int = ..., /) -> bytes: ...

    def __enter__(self) -> _Response: ...

    def __exit__(self, *args: object) -> object: ...


class Opener(Protocol):
    """What ``urllib.request.build_opener()`` returns (tests inject a fake)."""

    def open(
        self, fullurl: urllib.request.Request, data: None = ..., timeout: float = ...
    ) -> _Response:
        """Open the request."""
        ...


def http_get(url: str, *, timeout: float = 10.0, opener: Opener | None = None) -> bytes:
    """GET ``url`` and return the body; raises ``SourceUnavailable`` with a one-line reason."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    host = urlsplit(url).hostname or url
    active: Opener = opener or urllib.request.build_opener()
    try:
        with active.open(request, timeout=timeout) as response:
            body = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as error:
        raise SourceUnavailable(_http_status(host, error.code)) from error
    except urllib.error.URLError as error:
        raise SourceUnavailable(_network(host, error.reason, timeout)) from error
    except (TimeoutError, OSError) as error:
        raise SourceUnavailable(_network(host, error, timeout)) from error
    if len(body) > MAX_BYTES:
        raise SourceUnavailable(f"{host} sent more than {MAX_BYTES // 2**20} MB")
    return body


def getter(timeout: float = 10.0, opener: Opener | None = None) -> Fetch:
    """A ``Fetch`` with a fixed read timeout (and opener, for tests)."""

    def fetch(url: str) -> bytes:
        return http_get(url, timeout=timeout, opener=opener)

    return fetch


def _http_status(host: str, code: int) -> str:
    if code == 429:
        return f"{host} is rate limiting us (HTTP 429); try again later"
    return f"{host} answered HTTP {code}"


def _network(host: str, reason: object, timeout: float) -> str:
    if isinstance(reason, socket.gaierror):
        return f"cannot resolve {host} (DNS: {reason.strerror or reason}); no internet?"
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"{host} did not answer within {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return f"{host} refused the connection"
    return f"cannot reach {host}: {reason}"
