"""GmailMailbox: the Mailbox protocol on google-api-python-client.

The only module that calls Gmail. Library exceptions become AssistantErrors
here, naming what failed. Every call is paced by a quota budget (`pacing.py`).
Reads are retried — after the wait Gmail asks for on its rate limit, with
backoff on server errors — a bounded number of times; writes are never
retried (a write whose outcome is unknown is reconciled by the caller, by
Message-ID; the outbox rules).
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from assistant.errors import GmailError
from assistant.gmail import pacing
from assistant.gmail.failures import http_status, quota_exhausted, transient, translate
from assistant.gmail.mailbox import (
    Account,
    DraftInfo,
    HistoryDelta,
    HistoryExpired,
    MessageHead,
    MessageRef,
    QuotaExhausted,
    RawMessage,
    SentInfo,
)

READ_RETRIES = 4         # server errors and dropped connections, per read
RATE_RETRIES = 5         # refusals on the rate limit in a row before a read gives up
WRITE_RETRIES_ON_429 = 3  # a write Gmail refused on its rate limit was not done: it may be sent again
BATCH_SIZE = 50          # Gmail advises batches of at most 50 to avoid rate limiting
RESUMABLE_OVER = 5 * 1024 * 1024
FIND_DRAFT_LIMIT = 200   # the newest drafts compared when reconciling an unknown outcome
_RETRYABLE = {429, 500, 502, 503, 504}
_RAISE = object()


class GmailMailbox:
    """Gmail through a googleapiclient Resource built by `gmail.service.build_service`."""

    def __init__(self, service: Any, *, sleep: Callable[[float], None] = time.sleep, backoff: float = 0.5,
                 quota_per_minute: int = 6000, window_seconds: float = 60.0) -> None:
        self._service = service
        self._users = service.users()
        self._sleep = sleep
        self._backoff = backoff
        self.budget = pacing.Budget(quota_per_minute, window_seconds, sleep=sleep)
        self.batch_size = BATCH_SIZE

    def on_wait(self, report: Callable[[float], None]) -> None:
        """Tell `report` how long each wait for the rate limit lasts (progress for the user)."""
        self.budget.on_wait = report

    # ---- plumbing -------------------------------------------------------
    def _execute(self, request: Any, doing: str, *, retries: int, missing: Any = _RAISE,
                 refusals_allowed: int = RATE_RETRIES) -> Any:
        """Run one request within the budget; Gmail's 404 gives `missing` when the caller expects it.

        A rate-limit refusal is sent again after the wait Gmail asks for (`refusals_allowed`
        times: nothing was done); with `retries` (reads) a server error or dropped connection
        is retried after a backoff too. A write with an unknown outcome gets one attempt.
        """
        from googleapiclient.errors import HttpError

        failures = refusals = 0
        while True:
            self.budget.spend(pacing.units(getattr(request, "methodId", None)))
            try:
                return request.execute(num_retries=0)
            except HttpError as exc:
                if http_status(exc) == 404 and missing is not _RAISE:
                    return missing
                if pacing.is_rate_limited(exc):
                    refusals += 1
                    if refusals > refusals_allowed:
                        raise quota_exhausted(doing) from exc
                    self._wait_after_refusal(exc, refusals)
                    continue
                if retries and http_status(exc) in _RETRYABLE and failures < retries:
                    self._sleep(pacing.backoff(failures, self._backoff))
                    failures += 1
                    continue
                raise translate(exc, doing) from exc
            except Exception as exc:  # noqa: BLE001 - translated for the user
                if retries and transient(exc) and failures < retries:
                    self._sleep(pacing.backoff(failures, self._backoff))
                    failures += 1
                    continue
                raise translate(exc, doing) from exc

    def _wait_after_refusal(self, exc: Exception, refusals: int) -> None:
        self._wait_for_gmail(pacing.retry_after(exc), refusals)

    def _wait_for_gmail(self, asked: float | None, refusals: int) -> None:
        """Wait as long as Gmail asked (Retry-After), else back off exponentially; stop past MAX_WAIT."""
        wait = asked if asked else pacing.backoff(max(refusals - 1, 0), 1.0)   # 1 s, 2 s, 4 s … as Google advises
        if wait > pacing.MAX_WAIT:
            raise QuotaExhausted(f"Gmail's per-user rate limit asks to wait {wait:.0f} seconds.",
                                 hint="Wait that long and run the command again.")
        self.budget.on_wait(wait)
        self._sleep(wait)

    def _read(self, request: Any, doing: str) -> Any:
        return self._execute(request, doing, retries=READ_RETRIES)

    def _write(self, request: Any, doing: str) -> Any:
        """One write, not retried on an unknown outcome (the outbox reconciles by Message-ID);
        but a 429 (or 403 rate limit) is Gmail refusing the request before doing anything, so
        that is sent again after the wait Gmail asks for.
        https://developers.google.com/gmail/api/guides/handle-errors#exponential-backoff"""
        return self._execute(request, doing, retries=0, refusals_allowed=WRITE_RETRIES_ON_429)

    @staticmethod
    def _media(raw: bytes) -> Any:
        from googleapiclient.http import MediaInMemoryUpload

        # Media upload, not JSON `raw`: Gmail refuses JSON bodies over a few MB.
        return MediaInMemoryUpload(raw, mimetype="message/rfc822", resumable=len(raw) > RESUMABLE_OVER)

    # ---- account --------------------------------------------------------
    def account(self) -> Account:
        profile = self._read(self._users.getProfile(userId="me"), "reading the Gmail profile")
        send_as = self._read(self._users.settings().sendAs().list(userId="me"), "reading the Gmail signature")
        default = next((s for s in send_as.get("sendAs", []) if s.get("isDefault")), None)
        return Account(
            email=profile["emailAddress"], history_id=int(profile["historyId"]),
            display_name=(default or {}).get("displayName") or None,
            signature_html=(default or {}).get("signature") or None,
        )

    def history_id(self) -> int:
        profile = self._read(self._users.getProfile(userId="me"), "reading the Gmail profile")
        return int(profile["historyId"])

    # ---- drafts -----------------------------------------------------------
    def _draft_info(self, draft: dict) -> DraftInfo:
        message = draft.get("message", {})
        headers = {h["name"].lower(): h["value"] for h in message.get("payload", {}).get("headers", [])}
        return DraftInfo(
            draft_id=draft["id"], message_id=message.get("id", ""), thread_id=message.get("threadId", ""),
            rfc_message_id=headers.get("message-id"), to=headers.get("to"),
            label_ids=tuple(message.get("labelIds", ())),
        )

    def create_draft(self, raw: bytes, thread_id: str | None = None) -> DraftInfo:
        body = {"message": {"threadId": thread_id}} if thread_id else {}
        created = self._write(
            self._users.drafts().create(userId="me", body=body, media_body=self._media(raw)), "creating a draft"
        )
        # The create response has no headers: read back the Message-ID Gmail keeps.
        return self.get_draft(created["id"]) or self._draft_info(created)

    def update_draft(self, draft_id: str, raw: bytes, thread_id: str | None = None) -> DraftInfo:
        # drafts.update replaces the whole message; the draft keeps its id, the message gets a new one
        # (https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/update).
        body: dict = {"id": draft_id, "message": {"threadId": thread_id} if thread_id else {}}
        updated = self._write(
            self._users.drafts().update(userId="me", id=draft_id, body=body, media_body=self._media(raw)),
            f"updating draft {draft_id}",
        )
        return self.get_draft(updated["id"]) or self._draft_info(updated)

    def get_draft(self, draft_id: str) -> DraftInfo | None:
        draft = self._execute(self._users.drafts().get(userId="me", id=draft_id, format="metadata"),
                              f"reading draft {draft_id}", retries=READ_RETRIES, missing=None)
        return self._draft_info(draft) if draft is not None else None

    def delete_draft(self, draft_id: str) -> bool:
        gone = object()
        result = self._execute(self._users.drafts().delete(userId="me", id=draft_id),
                               f"deleting draft {draft_id}", retries=0, missing=gone,
                               refusals_allowed=WRITE_RETRIES_ON_429)
        return result is not gone

    def find_draft(self, rfc_message_id: str, thread_id: str | None = None) -> DraftInfo | None:
        # Not `q=rfc822msgid:`: Gmail's search is index-backed and may not find a draft made
        # moments ago, which is exactly when an unknown outcome is reconciled. The draft list
        # itself is current; the newest drafts' Message-ID headers are compared (bounded).
        by_message = self.draft_ids(limit=FIND_DRAFT_LIMIT, thread_id=thread_id)
        newest_first = list(by_message)
        for start in range(0, len(newest_first), 25):   # the draft just made is among the newest: stop early
            heads = self.heads(newest_first[start:start + 25], ["Message-ID"])
            for message_id, head in heads.items():
                if head.header("message-id").strip() == rfc_message_id.strip():
                    return self.get_draft(by_message[message_id])
        return None

    def draft_ids(self, limit: int = 500, thread_id: str | None = None) -> dict[str, str]:
        found: dict[str, str] = {}
        token = None
        while len(found) < limit:
            page = self._read(self._users.drafts().list(userId="me", pageToken=token, maxResults=100),
                              "listing the drafts")
            for draft in page.get("drafts", []):
                message = draft.get("message", {})
                if thread_id is None or message.get("threadId") == thread_id:
                    found[message.get("id", "")] = draft["id"]
            token = page.get("nextPageToken")
            if not token:
                break
        return dict(list(found.items())[:limit])

    def own_addresses(self) -> frozenset[str]:
        send_as = self._read(self._users.settings().sendAs().list(userId="me"), "reading your send-as addresses")
        return frozenset(s["sendAsEmail"].lower() for s in send_as.get("sendAs", []) if s.get("sendAsEmail"))

    def labelled(self, label: str, limit: int = 50) -> list[MessageRef]:
        page = self._read(self._users.messages().list(userId="me", labelIds=[label], maxResults=min(limit, 500)),
                          f"listing the {label.lower()} messages")
        return [MessageRef(m["id"], m["threadId"]) for m in page.get("messages", [])][:limit]

    def thread_heads(self, thread_id: str, header_names: Iterable[str]) -> list[MessageHead]:
        request = self._users.threads().get(userId="me", id=thread_id, format="metadata",
                                            metadataHeaders=list(header_names))
        thread = self._execute(request, "reading a conversation", retries=READ_RETRIES, missing=None)
        return [_head(message) for message in (thread or {}).get("messages", [])]

    def find_sent(self, to_addr: str, subject: str, since: datetime, limit: int = 50) -> MessageHead | None:
        refs = self.labelled("SENT", limit)
        heads = self.heads([r.id for r in refs], ["To", "Cc", "Subject", "Message-ID"]) if refs else {}
        for ref in refs:
            head = heads.get(ref.id)
            if head is None or head.internal_date < since or head.header("subject") != subject:
                continue
            if to_addr.lower() in head.header("to").lower() + " " + head.header("cc").lower():
                return head
        return None

    # ---- sending ------------------------------------------------------------
    def send(self, raw: bytes, thread_id: str | None = None) -> SentInfo:
        body = {"threadId": thread_id} if thread_id else {}
        sent = self._write(self._users.messages().send(userId="me", body=body, media_body=self._media(raw)),
                           "sending a message")
        # Gmail rewrites the Message-ID of what it sends: read back the real one.
        head = self.heads([sent["id"]], ["Message-ID"]).get(sent["id"])
        return SentInfo(message_id=sent["id"], thread_id=sent["threadId"],
                        rfc_message_id=head.header("message-id") if head else None)

    # ---- reading ------------------------------------------------------------
    def history(self, start_history_id: int) -> HistoryDelta:
        added: dict[str, MessageRef] = {}
        deleted: list[str] = []
        newest = start_history_id
        for page in self._history_pages(start_history_id, ["messageAdded", "messageDeleted", "labelAdded"]):
            newest = max(newest, int(page.get("historyId", newest)))
            for record in page.get("history", []):
                for item in record.get("messagesAdded", []) + record.get("labelsAdded", []):
                    m = item["message"]
                    labels = m.get("labelIds")
                    added[m["id"]] = MessageRef(m["id"], m["threadId"], tuple(labels or ()), labels is not None)
                for item in record.get("messagesDeleted", []):
                    deleted.append(item["message"]["id"])
        if any(not ref.labels_known for ref in added.values()):
            self._mark_sent(start_history_id, added)
        gone = set(deleted)
        return HistoryDelta(
            added=tuple(ref for mid, ref in added.items() if mid not in gone),
            deleted=tuple(dict.fromkeys(deleted)), history_id=newest,
        )

    def _history_pages(self, start_history_id: int, types: list[str], label_id: str | None = None) -> Iterable[dict]:
        """Every page of history.list from `start_history_id` (HistoryExpired on Gmail's 404)."""
        token = None
        while True:
            request = self._users.history().list(
                userId="me", startHistoryId=str(start_history_id), pageToken=token, maxResults=500,
                historyTypes=types, **({"labelId": label_id} if label_id else {}),
            )
            page = self._execute(request, "reading the mailbox history", retries=READ_RETRIES, missing=None)
            if page is None:  # Gmail answers 404 for a start id older than it keeps
                raise HistoryExpired(str(start_history_id))
            yield page
            token = page.get("nextPageToken")
            if not token:
                return

    def _mark_sent(self, start_history_id: int, added: dict[str, MessageRef]) -> None:
        """History records may name messages without their labels (`labelIds` is optional in
        https://developers.google.com/gmail/api/reference/rest/v1/users.history/list): one more
        pass filtered on SENT (`labelId`) tells the user's own mail from the rest, for 2 units a page."""
        for page in self._history_pages(start_history_id, ["messageAdded", "labelAdded"], label_id="SENT"):
            for record in page.get("history", []):
                for item in record.get("messagesAdded", []) + record.get("labelsAdded", []):
                    ref = added.get(item["message"]["id"])
                    if ref is not None and not ref.labels_known:
                        added[ref.id] = MessageRef(ref.id, ref.thread_id, ("SENT",), False)

    def search(self, query: str, limit: int | None = None) -> list[MessageRef]:
        found: list[MessageRef] = []
        token = None
        while limit is None or len(found) < limit:
            page = self._read(
                self._users.messages().list(userId="me", q=query, pageToken=token, includeSpamTrash=True,
                                            maxResults=500 if limit is None else min(500, limit - len(found))),
                "searching the mailbox",
            )
            found += [MessageRef(m["id"], m["threadId"], (), False) for m in page.get("messages", [])]
            token = page.get("nextPageToken")
            if not token:
                break
        return found if limit is None else found[:limit]

    def heads(self, ids: Iterable[str], header_names: Iterable[str]) -> dict[str, MessageHead]:
        names = list(header_names)
        results = self._batch_get(list(ids), {"format": "metadata", "metadataHeaders": names})
        return {mid: _head(msg) for mid, msg in results.items()}

    def raw_messages(self, ids: Iterable[str]) -> dict[str, RawMessage]:
        results = self._batch_get(list(ids), {"format": "raw"})
        return {mid: RawMessage(
            id=mid, thread_id=msg["threadId"], label_ids=tuple(msg.get("labelIds", ())),
            internal_date=_internal_date(msg),
            raw=base64.urlsafe_b64decode(msg["raw"] + "=" * (-len(msg["raw"]) % 4)),
        ) for mid, msg in results.items()}

    def _batch_get(self, ids: list[str], params: dict) -> dict[str, dict]:
        """messages.get for many ids in batches; refused or failed parts sent again, 404s dropped.

        The batch size halves when Gmail refuses parts with 429 (typically "Too many
        concurrent requests for user") and grows back by one per clean batch.
        """
        results: dict[str, dict] = {}
        pending = list(dict.fromkeys(ids))
        stalled = 0
        while pending:
            # A batch never holds more than the budget allows in one window.
            size = max(1, min(self.batch_size, self.budget.per_window // pacing.units("gmail.users.messages.get")))
            chunk, pending = pending[:size], pending[size:]
            again, wait, crowded, error = self._run_batch(chunk, params, results)
            pending = again + pending
            if crowded:
                self.batch_size = max(1, len(chunk) // 2)
            elif not again and self.batch_size < BATCH_SIZE:
                self.batch_size += 1
            stalled = 0 if len(again) < len(chunk) else stalled + 1
            if stalled > (RATE_RETRIES if wait is not None or crowded else READ_RETRIES):
                if wait is not None or crowded:
                    raise quota_exhausted("reading messages")
                raise translate(error, "reading messages") if error else GmailError("Gmail kept failing while reading messages.")
            if wait is not None:
                self._wait_for_gmail(wait, stalled)
            elif again and not crowded:
                self._sleep(pacing.backoff(max(stalled - 1, 0), self._backoff))
        return results

    def _run_batch(self, chunk: list[str], params: dict,
                   results: dict[str, dict]) -> tuple[list[str], float | None, bool, Exception | None]:
        """One batch request: (ids to send again, seconds to wait or None, refused for concurrency, last error)."""
        from googleapiclient.errors import HttpError

        again: list[str] = []
        state: dict[str, Any] = {"wait": None, "crowded": False, "error": None}

        def collect(request_id: str, response: dict, exception: Exception | None) -> None:
            if exception is None:
                results[request_id] = response
            elif isinstance(exception, HttpError) and http_status(exception) == 404:
                pass  # deleted since history or search named it
            elif isinstance(exception, HttpError) and pacing.is_rate_limited(exception):
                again.append(request_id)
                # Any 429 in a part: the batch was too big for Gmail at that moment.
                state["crowded"] = state["crowded"] or http_status(exception) == 429
                if not pacing.is_concurrency_limit(exception):  # the quota: wait as Gmail asks
                    state["wait"] = max(state["wait"] or 0.0, pacing.retry_after(exception) or 0.0)
            elif isinstance(exception, HttpError) and http_status(exception) not in _RETRYABLE:
                raise translate(exception, "reading messages")
            else:
                again.append(request_id)
                state["error"] = exception

        self.budget.spend(pacing.units("gmail.users.messages.get") * len(chunk))
        batch = self._service.new_batch_http_request(callback=collect)
        for mid in chunk:
            batch.add(self._users.messages().get(userId="me", id=mid, **params), request_id=mid)
        try:
            batch.execute()
        except Exception as exc:  # noqa: BLE001 - the whole batch failed
            error = translate(exc, "reading messages")
            if pacing.is_rate_limited(exc):
                state["wait"] = pacing.retry_after(exc) or 0.0
            elif http_status(exc) is not None and http_status(exc) not in _RETRYABLE or not isinstance(error, GmailError):
                raise error from exc  # not worth retrying: authorization, a bad request
            again = [mid for mid in chunk if mid not in results]
            state["error"] = exc
        return again, state["wait"], state["crowded"], state["error"]


def _internal_date(message: dict) -> datetime:
    return datetime.fromtimestamp(int(message.get("internalDate", "0")) / 1000, tz=UTC)


def _head(message: dict) -> MessageHead:
    headers = {h["name"].lower(): h["value"] for h in message.get("payload", {}).get("headers", [])}
    return MessageHead(
        id=message["id"], thread_id=message["threadId"], label_ids=tuple(message.get("labelIds", ())),
        internal_date=_internal_date(message), headers=headers,
    )
