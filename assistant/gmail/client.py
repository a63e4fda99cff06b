"""GmailMailbox: the Mailbox protocol on google-api-python-client.

The only module that calls Gmail. Library exceptions become AssistantErrors
here, naming what failed. Reads are retried with backoff; writes are not
(a write whose outcome is unknown is reconciled by the caller, by Message-ID).
"""

from __future__ import annotations

import base64
import random
import socket
import time
from datetime import datetime, timezone
from http.client import HTTPException
from typing import Any, Callable, Iterable

from assistant.errors import AuthError, GmailError
from assistant.gmail.mailbox import (
    Account, DraftInfo, HistoryDelta, HistoryExpired, MessageHead, MessageRef, RawMessage, SentInfo,
)

READ_RETRIES = 4
WRITE_RETRIES_ON_429 = 3
BATCH_SIZE = 50          # Gmail advises batches of at most 50 to avoid rate limiting
RESUMABLE_OVER = 5 * 1024 * 1024
FIND_DRAFT_LIMIT = 200   # the newest drafts compared when reconciling an unknown outcome
_RETRYABLE = {429, 500, 502, 503, 504}
_RAISE = object()


def _status(exc: Exception) -> int | None:
    resp = getattr(exc, "resp", None)
    return getattr(resp, "status", None)


def _retry_after(exc: Exception) -> float | None:
    """Seconds Gmail asked us to wait (Retry-After), capped so a run never stalls for long."""
    resp = getattr(exc, "resp", None)
    try:
        return min(float(resp.get("retry-after")), 30.0) if resp is not None and resp.get("retry-after") else None
    except (TypeError, ValueError):
        return None


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
        status = _status(exc)
        reason = exc.reason if hasattr(exc, "reason") else str(exc)
        if status == 401:
            return AuthError(f"Gmail refused the stored authorization while {doing}.")
        if status == 403 and "insufficient" in str(reason).lower():
            return AuthError(f"The Gmail authorization lacks a permission needed for {doing}.")
        return GmailError(f"Gmail answered {status} while {doing}: {reason}")
    if isinstance(exc, (TransportError, OSError, HTTPException, socket.timeout)) or type(exc).__module__.startswith("httplib2"):
        return GmailError(f"Gmail could not be reached while {doing} ({type(exc).__name__}: {exc}).")
    return exc


class GmailMailbox:
    """Gmail through a googleapiclient Resource built by `gmail.service.build_service`."""

    def __init__(self, service: Any, *, sleep: Callable[[float], None] = time.sleep, backoff: float = 0.5) -> None:
        self._service = service
        self._users = service.users()
        self._sleep = sleep
        self._backoff = backoff

    # ---- plumbing -------------------------------------------------------
    def _execute(self, request: Any, doing: str, *, retries: int, missing: Any = _RAISE) -> Any:
        """Run one request; Gmail's 404 gives `missing` when the caller expects it, anything else is translated."""
        from googleapiclient.errors import HttpError

        try:
            return request.execute(num_retries=retries)
        except HttpError as exc:
            if _status(exc) == 404 and missing is not _RAISE:
                return missing
            raise translate(exc, doing) from exc
        except Exception as exc:  # noqa: BLE001 - translated for the user
            raise translate(exc, doing) from exc

    def _read(self, request: Any, doing: str) -> Any:
        return self._execute(request, doing, retries=READ_RETRIES)

    def _write(self, request: Any, doing: str) -> Any:
        """One write, not retried on an unknown outcome (the outbox reconciles by Message-ID);
        but a 429 is Gmail refusing the request before doing anything, so that is retried.
        https://developers.google.com/gmail/api/guides/handle-errors#exponential-backoff"""
        from googleapiclient.errors import HttpError

        for attempt in range(WRITE_RETRIES_ON_429 + 1):
            try:
                return request.execute(num_retries=0)
            except HttpError as exc:
                if _status(exc) != 429 or attempt == WRITE_RETRIES_ON_429:
                    raise translate(exc, doing) from exc
                self._sleep(_retry_after(exc) or self._backoff * 2 ** attempt * (1 + random.random()))
            except Exception as exc:  # noqa: BLE001 - translated for the user
                raise translate(exc, doing) from exc
        raise AssertionError("unreachable")

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
                               f"deleting draft {draft_id}", retries=0, missing=gone)
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
        token, newest = None, start_history_id
        while True:
            request = self._users.history().list(
                userId="me", startHistoryId=str(start_history_id), pageToken=token, maxResults=500,
                historyTypes=["messageAdded", "messageDeleted", "labelAdded"],
            )
            page = self._execute(request, "reading the mailbox history", retries=READ_RETRIES, missing=None)
            if page is None:  # Gmail answers 404 for a start id older than it keeps
                raise HistoryExpired(str(start_history_id))
            newest = max(newest, int(page.get("historyId", newest)))
            for record in page.get("history", []):
                for item in record.get("messagesAdded", []) + record.get("labelsAdded", []):
                    m = item["message"]
                    added[m["id"]] = MessageRef(m["id"], m["threadId"], tuple(m.get("labelIds", ())))
                for item in record.get("messagesDeleted", []):
                    deleted.append(item["message"]["id"])
            token = page.get("nextPageToken")
            if not token:
                break
        gone = set(deleted)
        return HistoryDelta(
            added=tuple(ref for mid, ref in added.items() if mid not in gone),
            deleted=tuple(dict.fromkeys(deleted)), history_id=newest,
        )

    def search(self, query: str, limit: int = 500) -> list[MessageRef]:
        found: list[MessageRef] = []
        token = None
        while len(found) < limit:
            page = self._read(
                self._users.messages().list(userId="me", q=query, pageToken=token,
                                            maxResults=min(500, limit - len(found)), includeSpamTrash=True),
                "searching the mailbox",
            )
            found += [MessageRef(m["id"], m["threadId"]) for m in page.get("messages", [])]
            token = page.get("nextPageToken")
            if not token:
                break
        return found[:limit]

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
        """messages.get for many ids, 50 per batch; failed parts re-queued with backoff, 404s dropped."""
        from googleapiclient.errors import HttpError

        results: dict[str, dict] = {}
        pending = list(dict.fromkeys(ids))
        attempt = 0
        while pending:
            failed: list[str] = []
            last_error: Exception | None = None
            for start in range(0, len(pending), BATCH_SIZE):
                chunk = pending[start:start + BATCH_SIZE]

                def collect(request_id: str, response: dict, exception: Exception | None) -> None:
                    nonlocal last_error
                    if exception is None:
                        results[request_id] = response
                    elif isinstance(exception, HttpError) and _status(exception) == 404:
                        pass  # deleted since history named it
                    elif isinstance(exception, HttpError) and _status(exception) not in _RETRYABLE:
                        raise translate(exception, "reading messages")
                    else:
                        failed.append(request_id)
                        last_error = exception

                batch = self._service.new_batch_http_request(callback=collect)
                for mid in chunk:
                    batch.add(self._users.messages().get(userId="me", id=mid, **params), request_id=mid)
                try:
                    batch.execute()
                except Exception as exc:  # noqa: BLE001 - the whole batch failed
                    error = translate(exc, "reading messages")
                    if _status(exc) is not None and _status(exc) not in _RETRYABLE or not isinstance(error, GmailError):
                        raise error from exc  # not worth retrying: authorization, a bad request
                    failed += [mid for mid in chunk if mid not in results and mid not in failed]
                    last_error = exc
            pending = failed
            if pending:
                attempt += 1
                if attempt > READ_RETRIES:
                    raise translate(last_error, "reading messages") if last_error else GmailError("Gmail kept failing while reading messages.")
                self._sleep(self._backoff * (2 ** (attempt - 1)) * (0.5 + random.random()))
        return results


def _internal_date(message: dict) -> datetime:
    return datetime.fromtimestamp(int(message.get("internalDate", "0")) / 1000, tz=timezone.utc)


def _head(message: dict) -> MessageHead:
    headers = {h["name"].lower(): h["value"] for h in message.get("payload", {}).get("headers", [])}
    return MessageHead(
        id=message["id"], thread_id=message["threadId"], label_ids=tuple(message.get("labelIds", ())),
        internal_date=_internal_date(message), headers=headers,
    )
