"""Gmail's failures as the errors a user reads: one sentence, the right exit status.

googleapiclient and google-auth are imported only when a failure is being
translated, so importing this module costs nothing at start-up.
"""

from __future__ import annotations

import socket
from http.client import HTTPException

from assistant.errors import AuthError, GmailError
from assistant.gmail.mailbox import QuotaExhausted


def http_status(exc: Exception) -> int | None:
    """The HTTP status of a googleapiclient error, None for anything else."""
    resp = getattr(exc, "resp", None)
    return getattr(resp, "status", None)


def translate(exc: Exception, doing: str) -> Exception:
    """A library exception as the AssistantError a user should read."""
    from google.auth.exceptions import RefreshError, TransportError
    from googleapiclient.errors import HttpError

    if isinstance(exc, RefreshError):
        # google-auth marks a token-endpoint failure worth retrying (5xx, "temporarily_unavailable")
        # as `retryable` once its own retries ran out: the authorization itself is fine.
        if getattr(exc, "retryable", False):
            return GmailError(f"Google's sign-in service is unavailable right now, so Gmail could not be "
                              f"reached while {doing}; the authorization is fine, try again later.")
        return AuthError("The Gmail authorization has expired or was revoked.")
    if isinstance(exc, HttpError):
        status = http_status(exc)
        reason = exc.reason if hasattr(exc, "reason") else str(exc)
        if status == 401:
            return AuthError(f"Gmail refused the stored authorization while {doing}.")
        if status == 403 and "insufficient" in str(reason).lower():
            return AuthError(f"The Gmail authorization lacks a permission needed for {doing}.")
        return GmailError(f"Gmail answered {status} while {doing}: {reason}")
    if isinstance(exc, (TransportError, OSError, HTTPException, socket.timeout)) or type(exc).__module__.startswith("httplib2"):
        return GmailError(f"Gmail could not be reached while {doing} ({type(exc).__name__}: {exc}).")
    return exc


def transient(exc: Exception) -> bool:
    """A dropped connection or a timeout: worth another try for a read."""
    return isinstance(exc, (OSError, HTTPException, socket.timeout)) or type(exc).__module__.startswith("httplib2")


def quota_exhausted(doing: str) -> QuotaExhausted:
    """Gmail kept refusing on the per-user rate limit: stop, saying what was being done."""
    return QuotaExhausted(f"Gmail's per-user rate limit refused the tool while {doing}.",
                          hint="Wait a minute and run the command again.")
