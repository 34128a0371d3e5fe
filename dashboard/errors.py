"""One error hierarchy for the whole package, each with a message template.

Shells translate these once: the CLI prints ``str(error)`` on one stderr line and exits
non-zero; the dashboard shows it with ``st.error`` or ``st.warning``.
"""

from __future__ import annotations


class TapecheckError(Exception):
    """Base of every error the package raises on purpose."""

    template = "{detail}"

    def __init__(self, detail: str = "", **fields: object) -> None:
        self.detail = detail
        self.fields = fields
        super().__init__(self.template.format(detail=detail, **fields))


class InputError(TapecheckError):
    """The user's input (text, file, date, option) cannot be used as it is."""

    template = "bad input: {detail}"


class UnknownInstrument(TapecheckError):
    """No instrument in the registry has this id."""

    template = "unknown instrument: {detail}"


class PriceDataError(TapecheckError):
    """Price data could not be had or read."""

    template = "price data: {detail}"


class NoPriceData(PriceDataError):
    """A source has no series, or no row, for what was asked."""

    template = "no price data: {detail}"


class SourceUnavailable(PriceDataError):
    """A live source failed: network, deadline, rate limit, or an answer we cannot parse."""

    template = "source unavailable: {detail}"


class SnapshotError(PriceDataError):
    """The bundled snapshot is missing or does not match its manifest."""

    template = "snapshot: {detail}"
