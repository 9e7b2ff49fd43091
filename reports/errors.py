"""Errors of the reports package: each one line for the user (exit status 2)."""

from kipmon.errors import KipmonError


class ReportError(KipmonError):
    """The report cannot be written (no such run, an unusable output folder)."""


class NoticeError(KipmonError):
    """Notices cannot be written or sent as asked (e.g. --send without an SMTP host)."""
