"""Request counting with Gmail's quota units per method.

The units are the table in force since May 2026 (README.md, "Sync cost and
Gmail's limits"), which overrides the older figures on
https://developers.google.com/gmail/api/reference/quota.
Each call inside a batch is charged as its own method; `http_requests`
counts round trips (a whole batch is one).
"""

from __future__ import annotations

from typing import Any

from assistant.sandbox.store import Transaction

QUOTA_UNITS: dict[str, int] = {
    "gmail.users.getProfile": 1,
    "gmail.users.messages.get": 20,
    "gmail.users.messages.list": 5,
    "gmail.users.messages.send": 100,
    "gmail.users.messages.insert": 25,
    "gmail.users.messages.import": 25,
    "gmail.users.messages.modify": 5,
    "gmail.users.messages.trash": 5,
    "gmail.users.messages.attachments.get": 20,
    "gmail.users.history.list": 2,
    "gmail.users.drafts.create": 10,
    "gmail.users.drafts.send": 100,
    "gmail.users.drafts.update": 15,
    "gmail.users.drafts.delete": 10,
    "gmail.users.drafts.get": 20,
    "gmail.users.drafts.list": 5,
    "gmail.users.threads.get": 40,
    "gmail.users.threads.list": 10,
    "gmail.users.labels.list": 1,
    "gmail.users.settings.sendAs.list": 1,
    "gmail.users.settings.sendAs.get": 1,
}
DEFAULT_UNITS = 5


def units(method_id: str) -> int:
    """Quota units one call of `method_id` costs."""
    return QUOTA_UNITS.get(method_id, DEFAULT_UNITS)


def count_call(tx: Transaction, method_id: str, charged: bool = True) -> None:
    """Count one API call, charging its units unless Gmail refused it (rate limit)."""
    tx.execute(
        "INSERT INTO stats(method, requests, quota_units) VALUES (?, 1, ?) "
        "ON CONFLICT(method) DO UPDATE SET requests = requests + 1, "
        "quota_units = quota_units + excluded.quota_units",
        (method_id, units(method_id) if charged else 0))


def count_round_trip(tx: Transaction) -> None:
    """Count one HTTP request reaching the server."""
    tx.set_meta("http_requests", str(tx.meta_int("http_requests") + 1))


def report(tx: Transaction) -> dict[str, Any]:
    """Totals and the per-method breakdown."""
    by_method = {row["method"]: {"requests": row["requests"], "quota_units": row["quota_units"]}
                 for row in tx.all("SELECT method, requests, quota_units FROM stats ORDER BY method")}
    return {
        "requests": sum(entry["requests"] for entry in by_method.values()),
        "quota_units": sum(entry["quota_units"] for entry in by_method.values()),
        "http_requests": tx.meta_int("http_requests"),
        "rate_limited": tx.meta_int("rate_limited"),
        "concurrency_refused": tx.meta_int("concurrency_refused"),
        "by_method": by_method,
    }


def reset(tx: Transaction) -> None:
    """Start counting from zero."""
    tx.execute("DELETE FROM stats")
    tx.set_meta("http_requests", "0")
    tx.set_meta("rate_limited", "0")
    tx.set_meta("concurrency_refused", "0")
