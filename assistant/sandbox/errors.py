"""Gmail's error responses, in the shape Google's JSON APIs use.

Every failure Gmail reports looks like
`{"error": {"code", "message", "errors": [{"message", "domain", "reason"}], "status"}}`
(https://cloud.google.com/apis/design/errors#http_mapping). googleapiclient's
retry logic reads `code` and `errors[0].reason`, so both must be right.
"""

from __future__ import annotations

from typing import Any

# status -> (default message, domain, reason, canonical status)
_DEFAULTS: dict[int, tuple[str, str, str, str]] = {
    400: ("Invalid argument.", "global", "invalidArgument", "INVALID_ARGUMENT"),
    401: (
        "Request had invalid authentication credentials. Expected OAuth 2 access token, "
        "login cookie or other valid authentication credential. "
        "See https://developers.google.com/identity/sign-in/web/devconsole-project.",
        "global",
        "authError",
        "UNAUTHENTICATED",
    ),
    403: (
        "Request had insufficient authentication scopes.",
        "global",
        "insufficientPermissions",
        "PERMISSION_DENIED",
    ),
    404: ("Requested entity was not found.", "global", "notFound", "NOT_FOUND"),
    405: ("Method not allowed.", "global", "methodNotAllowed", "INVALID_ARGUMENT"),
    409: ("Requested entity already exists.", "global", "conflict", "ALREADY_EXISTS"),
    413: ("Request entity too large.", "global", "uploadTooLarge", "FAILED_PRECONDITION"),
    429: ("User-rate limit exceeded.", "usageLimits", "rateLimitExceeded", "RESOURCE_EXHAUSTED"),
    500: ("Internal error encountered.", "global", "backendError", "INTERNAL"),
    502: ("Bad Gateway.", "global", "backendError", "UNAVAILABLE"),
    503: ("The service is currently unavailable.", "global", "backendError", "UNAVAILABLE"),
    504: ("Deadline exceeded.", "global", "backendError", "DEADLINE_EXCEEDED"),
}

REASONS = {
    200: "OK", 204: "No Content", 308: "Permanent Redirect", 400: "Bad Request",
    401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
    409: "Conflict", 413: "Payload Too Large", 429: "Too Many Requests",
    500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
    504: "Gateway Timeout",
}


class GmailApiError(Exception):
    """A Gmail error answer: raised anywhere in the sandbox, rendered by the server."""

    def __init__(self, code: int, message: str | None = None, *, reason: str | None = None,
                 status: str | None = None, headers: dict[str, str] | None = None) -> None:
        default_message, self.domain, default_reason, default_status = _DEFAULTS.get(
            code, ("Error.", "global", "unknown", "UNKNOWN"))
        self.code = code
        self.message = message or default_message
        self.reason = reason or default_reason
        self.status = status or default_status
        self.headers = dict(headers or {})
        if reason == "failedPrecondition":
            self.status = status or "FAILED_PRECONDITION"
        if self.reason in ("rateLimitExceeded", "userRateLimitExceeded", "dailyLimitExceeded"):
            self.domain = "usageLimits"  # also for Gmail's older 403 form of the rate limit
        super().__init__(f"{code} {self.message}")

    def body(self) -> dict[str, Any]:
        """The JSON document Gmail sends with this error."""
        detail: dict[str, Any] = {"message": self.message, "domain": self.domain, "reason": self.reason}
        if self.code == 401:
            # Gmail names the offending header for credential errors.
            detail.update({"message": "Invalid Credentials", "location": "Authorization",
                           "locationType": "header"})
        return {"error": {"code": self.code, "message": self.message, "errors": [detail],
                          "status": self.status}}


def not_found() -> GmailApiError:
    """Gmail's 404 for an unknown message, draft, thread or attachment."""
    return GmailApiError(404)


def invalid(message: str, reason: str = "invalidArgument") -> GmailApiError:
    """Gmail's 400 for a request it cannot accept."""
    return GmailApiError(400, message, reason=reason)


def unauthenticated() -> GmailApiError:
    """Gmail's 401, with the header google-auth looks at before refreshing a token."""
    return GmailApiError(401, headers={
        "WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", error="invalid_token"'})
