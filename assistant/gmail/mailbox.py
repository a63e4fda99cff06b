"""The Mailbox protocol: everything the services may ask of Gmail, in the tool's terms.

No Google import here; `gmail.client.GmailMailbox` implements it on
google-api-python-client, and only the wiring builds one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from assistant.errors import GmailError


class HistoryExpired(Exception):
    """Gmail no longer keeps history that old (it answered 404): fall back to a search."""


class QuotaExhausted(GmailError):
    """Gmail's per-user rate limit kept refusing calls after waiting as it asked."""


@dataclass(frozen=True)
class Account:
    email: str
    history_id: int
    display_name: str | None = None
    signature_html: str | None = None


@dataclass(frozen=True)
class DraftInfo:
    draft_id: str
    message_id: str              # Gmail's id of the draft's current message (changes on every edit)
    thread_id: str
    rfc_message_id: str | None   # the Message-ID header Gmail reports
    to: str | None = None
    label_ids: tuple[str, ...] = ()   # DRAFT; SENT when an old draft id resolves to the sent message


@dataclass(frozen=True)
class SentInfo:
    message_id: str
    thread_id: str
    rfc_message_id: str | None


@dataclass(frozen=True)
class MessageRef:
    """A message as history or search names it."""

    id: str
    thread_id: str
    label_ids: tuple[str, ...] = ()
    labels_known: bool = True    # False: history without labelIds, or a search (only SENT is then known)


@dataclass(frozen=True)
class MessageHead:
    """A message's metadata: its labels, internal date and selected headers."""

    id: str
    thread_id: str
    label_ids: tuple[str, ...]
    internal_date: datetime
    headers: dict[str, str] = field(default_factory=dict)   # lower-case names

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


@dataclass(frozen=True)
class RawMessage:
    """A message's RFC 822 bytes with what Gmail says about it."""

    id: str
    thread_id: str
    label_ids: tuple[str, ...]
    internal_date: datetime
    raw: bytes


@dataclass(frozen=True)
class HistoryDelta:
    added: tuple[MessageRef, ...]
    deleted: tuple[str, ...]
    history_id: int


class Mailbox(Protocol):
    def account(self) -> Account:
        """The authorized address, the current history id and the default send-as signature."""
        ...

    def create_draft(self, raw: bytes, thread_id: str | None = None) -> DraftInfo:
        """Create a draft; never retried blindly (see `find_by_message_id`)."""
        ...

    def update_draft(self, draft_id: str, raw: bytes, thread_id: str | None = None) -> DraftInfo:
        """Replace a draft's message in place (same draft id; Gmail gives the message a new id)."""
        ...

    def get_draft(self, draft_id: str) -> DraftInfo | None:
        """The draft as it is now, or None when it no longer exists (sent or deleted)."""
        ...

    def delete_draft(self, draft_id: str) -> bool:
        """Delete a draft; False when it was already gone."""
        ...

    def send(self, raw: bytes, thread_id: str | None = None) -> SentInfo:
        """Send a message now."""
        ...

    def history_id(self) -> int:
        """The mailbox's current history id (a baseline for the next sync)."""
        ...

    def history(self, start_history_id: int) -> HistoryDelta:
        """Every message added or deleted since `start_history_id`, all pages; raises HistoryExpired."""
        ...

    def heads(self, ids: Iterable[str], header_names: Iterable[str]) -> dict[str, MessageHead]:
        """Metadata of many messages in batch requests; missing messages are left out."""
        ...

    def raw_messages(self, ids: Iterable[str]) -> dict[str, RawMessage]:
        """The RFC 822 bytes of many messages in batch requests; missing messages are left out."""
        ...

    def search(self, query: str, limit: int | None = None) -> list[MessageRef]:
        """Messages matching a Gmail search query (SPAM and TRASH included), newest first; all pages unless `limit`."""
        ...

    def on_wait(self, report: Callable[[float], None]) -> None:
        """Have `report` told the seconds of each wait for Gmail's rate limit (for progress)."""
        ...

    def find_draft(self, rfc_message_id: str, thread_id: str | None = None) -> DraftInfo | None:
        """The draft whose message carries this Message-ID (to reconcile an unknown outcome).

        Never relies on search: Gmail's search index can trail a draft made moments ago.
        """
        ...

    def own_addresses(self) -> frozenset[str]:
        """The user's own addresses: the authorized one and every send-as address (lower case)."""
        ...

    def labelled(self, label: str, limit: int = 50) -> list[MessageRef]:
        """The newest messages carrying a label (a label listing, not a search), newest first."""
        ...

    def thread_heads(self, thread_id: str, header_names: Iterable[str]) -> list[MessageHead]:
        """The metadata of every message of a thread, oldest first; empty when the thread is gone."""
        ...

    def draft_ids(self, limit: int = 500) -> dict[str, str]:
        """Gmail's message id -> draft id for the newest drafts."""
        ...

    def find_sent(self, to_addr: str, subject: str, since: datetime, limit: int = 50) -> MessageHead | None:
        """A SENT message to `to_addr` with this subject since `since` (label listing, not search)."""
        ...
