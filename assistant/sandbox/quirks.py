"""Gmail behaviours that differ between reports or change without notice.

Each quirk is a named setting persisted with the sandbox mailbox (table
`meta`, key `quirk.<name>`), so every process sharing the mailbox plays the
same Gmail. `kind` turns every quirk off (the gentlest Gmail we know of);
`harsh` turns every one on at its hardest value. The tool's scenario tests
pass under both. README.md's "Quirks: where reports about Gmail disagree" is
the table this module implements; each entry's `source` says where the behaviour was
reported, and the module that plays it cites the same source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.sandbox.store import Transaction


@dataclass(frozen=True)
class Quirk:
    name: str
    default: Any
    kind: Any
    harsh: Any
    meaning: str
    source: str

    def parse(self, text: str) -> Any:
        """The value `text` names, of the quirk's type (ValueError when it does not fit)."""
        if isinstance(self.default, bool):
            lowered = text.strip().lower()
            if lowered in ("1", "true", "yes", "on"):
                return True
            if lowered in ("0", "false", "no", "off"):
                return False
            raise ValueError(f"{self.name} takes true or false, not {text!r}")
        try:
            value = int(text)
        except ValueError:
            raise ValueError(f"{self.name} takes a whole number, not {text!r}") from None
        if value < 0:
            raise ValueError(f"{self.name} cannot be negative")
        return value


QUIRKS: dict[str, Quirk] = {q.name: q for q in (
    Quirk("send_keeps_message_id", False, False, True,
          "pressing Send keeps the message's id (DRAFT removed, SENT added) instead of a new message",
          "the API's drafts.send documents a new SENT message, but Send in the web client differs from the API "
          "(https://github.com/r-lib/gmailr/issues/119) and clients found a draft's own message labelled SENT "
          "(https://github.com/elie222/inbox-zero/pull/1480)"),
    Quirk("edit_rotates_draft_id", False, False, True,
          "an edit in Gmail gives the draft a new draft id; the old id answers 404",
          "reports disagree: https://github.com/KartikTalwar/gmail.js/issues/370 (the draft id changes on edit) "
          "against https://github.com/taylorwilsdon/google_workspace_mcp/pull/920 (stable in their tests)"),
    Quirk("sent_draft_id_resolves", False, False, True,
          "after a send the old draft id still answers drafts.get with the SENT message, and drafts.delete deletes it",
          "https://github.com/elie222/inbox-zero/pull/1480 (draft clean-up deleted replies already sent; "
          "it now checks the labels before drafts.delete)"),
    Quirk("history_labels", True, True, False,
          "history records carry labelIds; off: only id and threadId",
          "https://developers.google.com/gmail/api/reference/rest/v1/users.history/list (labelIds is optional)"),
    Quirk("history_retention_days", 7, 0, 1,
          "history older than this many days (sandbox clock) is gone; 0 keeps it until expire_history",
          "https://developers.google.com/gmail/api/reference/rest/v1/users.history/list (a history id is "
          "typically valid for at least a week, in rare cases only a few hours)"),
    Quirk("search_lag_seconds", 0, 0, 3600,
          "a message or draft is found by q= search only this long after it was made (sandbox clock)",
          "Gmail search is served from an index that can trail the mailbox while get-by-id is current "
          "(https://github.com/anthropics/claude-code/issues/82548)"),
    Quirk("quota_per_minute", 6000, 0, 6000,
          "per-user quota units per quota_window_seconds of real time (0: unlimited); past it 429 or 403",
          "https://developers.google.com/gmail/api/reference/quota (per-user rate limit, 2026 table)"),
    Quirk("quota_window_seconds", 60, 60, 60,
          "the rate window in real seconds (tests shorten it)",
          "https://developers.google.com/gmail/api/reference/quota"),
    Quirk("batch_concurrency", 50, 0, 10,
          "parts of one batch beyond this answer 429 'Too many concurrent requests for user' (0: no limit)",
          "https://developers.google.com/gmail/api/guides/batch (larger batches are likely to trigger rate limiting)"),
)}

PROFILES = ("kind", "harsh")


def _key(name: str) -> str:
    return f"quirk.{name}"


def require(name: str) -> Quirk:
    """The quirk called `name` (KeyError names the known ones)."""
    try:
        return QUIRKS[name]
    except KeyError:
        raise KeyError(f"there is no quirk {name!r}; the quirks are: {', '.join(QUIRKS)}") from None


def value(tx: Transaction, name: str) -> Any:
    """The quirk's value in this mailbox (its default until set)."""
    quirk = require(name)
    stored = tx.meta(_key(name))
    return quirk.default if stored is None else quirk.parse(stored)


def values(tx: Transaction) -> dict[str, Any]:
    """Every quirk's value in this mailbox."""
    return {name: value(tx, name) for name in QUIRKS}


def set_value(tx: Transaction, name: str, raw: Any) -> Any:
    """Set one quirk (a string is parsed; ValueError when it does not fit)."""
    quirk = require(name)
    parsed = quirk.parse(str(raw).lower() if isinstance(raw, bool) else str(raw))
    tx.set_meta(_key(name), str(parsed).lower() if isinstance(parsed, bool) else str(parsed))
    return parsed


def apply_profile(tx: Transaction, profile: str) -> dict[str, Any]:
    """Set every quirk to its value in `profile` (kind or harsh)."""
    if profile not in PROFILES:
        raise ValueError(f"the profiles are {' and '.join(PROFILES)}, not {profile!r}")
    for quirk in QUIRKS.values():
        set_value(tx, quirk.name, getattr(quirk, profile))
    return values(tx)
