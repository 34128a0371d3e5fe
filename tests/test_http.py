"""The small HTTP GET: every network failure becomes one clear SourceUnavailable line."""

from __future__ import annotations

import io
import socket
import urllib.error
import urllib.request
from email.message import Message

import pytest

from dashboard.errors import SourceUnavailable
from dashboard.sources.http import MAX_BYTES, USER_AGENT, http_get


class FakeOpener:
    """An opener that fails with a given error or answers with a given body."""

    def __init__(self, error: BaseException | None = None, body: bytes = b"") -> None:
        self.error = error
        self.body = body
        self.requests: list[urllib.request.Request] = []

    def open(self, fullurl: urllib.request.Request, data: None = None, timeout: float = 0):
        self.requests.append(fullurl)
        if self.error is not None:
            raise self.error
        return io.BytesIO(self.body)


def _status(code: int) -> urllib.error.HTTPError:
    return urllib.error.HTTPError("https://x", code, "status", Message(), io.BytesIO())


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (_status(429), "rate limiting us"),
        (_status(503), "answered HTTP 503"),
        (urllib.error.URLError(socket.gaierror(-2, "Name or service not known")), "cannot resolve"),
        (urllib.error.URLError(TimeoutError("timed out")), "did not answer within 3 s"),
        (TimeoutError("read timed out"), "did not answer within 3 s"),
        (ConnectionRefusedError(111, "refused"), "refused the connection"),
    ],
)
def test_failures_are_source_unavailable(error: BaseException, message: str) -> None:
    """429, other statuses, DNS, timeouts and refusals each get their own plain message."""
    opener = FakeOpener(error=error)
    with pytest.raises(SourceUnavailable, match=message) as caught:
        http_get("https://iss.moex.com/iss/x.json", timeout=3, opener=opener)
    assert "\n" not in str(caught.value)
    assert "iss.moex.com" in str(caught.value)


def test_body_is_returned_with_our_user_agent() -> None:
    """The body comes back as bytes and the request names the app."""
    opener = FakeOpener(body=b"<ValCurs/>")
    assert http_get("https://www.cbr.ru/scripts/XML_daily.asp", opener=opener) == b"<ValCurs/>"
    assert opener.requests[0].get_header("User-agent") == USER_AGENT


def test_oversized_answer_is_refused() -> None:
    """An answer past the size cap is refused rather than parsed."""
    opener = FakeOpener(body=b"x" * (MAX_BYTES + 1))
    with pytest.raises(SourceUnavailable, match="more than"):
        http_get("https://example.org/big", opener=opener)
