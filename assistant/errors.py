"""The one error hierarchy: each error carries its exit status and an optional hint.

Adapters translate library exceptions into these at the boundary, naming the
object concerned; the CLI prints `Error: <message>` and the hint, then exits.
"""

from __future__ import annotations


class AssistantError(Exception):
    """Something the user should read: one sentence, an exit status, maybe a hint."""

    exit_code = 1
    prefix = "Error: "

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class InputError(AssistantError):
    """Bad input from the user: a value, a file, an option."""

    exit_code = 1


class StateError(AssistantError):
    """The stored state does not allow this (unknown id, closed application, newer database)."""

    exit_code = 1


class AuthError(AssistantError):
    """Authorization is missing, expired or revoked."""

    exit_code = 3

    def __init__(self, message: str, hint: str | None = "Run `assistant auth` to connect your Gmail account again.") -> None:
        super().__init__(message, hint)


class GmailError(AssistantError):
    """Gmail could not be reached, or kept failing after retries."""

    exit_code = 4


class Interrupted(AssistantError):
    """Ctrl-C (or a stop) in the middle of a command; the message says what is and is not done."""

    exit_code = 130
    prefix = ""


class BusyError(StateError):
    """Another run holds the lock."""
