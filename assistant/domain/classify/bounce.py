"""Delivery status notifications: is this a bounce, for whom, of which message.

Decided from structure and headers before any phrase is read, because a
bounce carries the original letter, whose words must not decide anything.
RFC 3464 defines the multipart/report; many servers send looser formats, so
sender, subject and the usual body wording are accepted as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import Message
from email.parser import HeaderParser
from email.utils import getaddresses, parseaddr
from typing import cast

from assistant.text import html_to_text

from .headers import Headers
from .lang import words
from .text import body_texts, content_type, part_text


@dataclass(frozen=True)
class Bounce:
    """What a delivery report says about the candidate's own message."""

    reasons: tuple[str, ...]
    confidence: float
    recipients: tuple[str, ...]
    message_id: str | None
    outcome: str  # failed | delayed | delivered (relayed and expanded count as delivered)

    @property
    def permanent(self) -> bool:
        """Only a permanent failure may mark an address bad."""
        return self.outcome == "failed"


_DAEMON = re.compile(
    r"^(?:mailer-daemon|post_?master|mail-daemon|maildelivery|mailerdaemon|"
    r"microsoftexchange[0-9a-f]*|bounces?|nobody-bounce)$",
    re.IGNORECASE,
)
_DAEMON_NAME = re.compile(
    r"mail delivery (?:system|subsystem|service)|mailer-daemon|postmaster", re.IGNORECASE
)
# The wording of delivery reports, in every language folder's words (lang/<code>/__init__.py:
# bounce_subjects, delay_subjects, bounce_bodies, delay_bodies).
_SUBJECT = re.compile(r"^(?:(?:re|fw|fwd|aw|wg):\s*)*(?:" + words("bounce_subjects") + ")", re.IGNORECASE)
_DELAY_SUBJECT = re.compile(r"\(delay\)|" + words("delay_subjects"), re.IGNORECASE)
_BODY = re.compile(r"(?:" + words("bounce_bodies") + ")", re.IGNORECASE)
_DELAY_BODY = re.compile(words("delay_bodies"), re.IGNORECASE)
_PERMANENT_BODY = re.compile(
    r"permanent|\b5\.\d{1,3}\.\d{1,3}\b|does not exist|not found|user unknown|"
    r"no such user|failed permanently|rejected",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_MESSAGE_ID = re.compile(r"^\s*message-id\s*:\s*(<[^>\s]+>)", re.IGNORECASE | re.MULTILINE)


def _report_fields(message: Message) -> list[Message]:
    """The per-recipient blocks of every message/delivery-status part."""
    blocks: list[Message] = []
    for part in message.walk():
        if content_type(part) != "message/delivery-status":
            continue
        payload = part.get_payload()
        if isinstance(payload, list):
            blocks.extend(p for p in payload if isinstance(p, Message))
        elif isinstance(payload, str):  # some parsers leave it as text
            for chunk in re.split(r"\n\s*\n", payload):
                if chunk.strip():
                    blocks.append(HeaderParser().parsestr(chunk.strip() + "\n"))
    return blocks


def _address_of(value: str) -> str:
    """'rfc822; jane@example.com' → 'jane@example.com'."""
    value = value.split(";", 1)[-1].strip()
    found = _EMAIL.search(value)
    return found.group(0).lower() if found else value.strip("<> ").lower()


def _original(message: Message) -> Message | None:
    """The returned original: an attached message/rfc822 or its headers."""
    for part in message.walk():
        kind = content_type(part)
        if kind in ("message/rfc822", "message/global"):
            payload = part.get_payload()
            if isinstance(payload, list) and payload:
                return cast(Message, payload[0])  # a message/* part's payload is a list of messages
        if kind in ("text/rfc822-headers", "message/rfc822-headers",
                    "message/global-headers"):
            return HeaderParser().parsestr(part_text(part))
    return None


def _notification_text(plain: str | None, html: str | None) -> str:
    """The human-readable part of the report (never the returned original)."""
    if plain and plain.strip():
        return plain
    return html_to_text(html, drop_quotes=False) if html else ""


def _is_daemon(headers: Headers) -> bool:
    name, address = parseaddr(headers.get("From"))
    local = address.split("@", 1)[0]
    return bool(_DAEMON.match(local) or _DAEMON_NAME.search(name))


def detect_bounce(message: Message, headers: Headers | None = None,
                  bodies: tuple[str | None, str | None] | None = None) -> Bounce | None:
    """A Bounce when the message is a delivery report, else None.

    `headers` and `bodies` (plain, html) may be passed when already computed.
    """
    headers = headers or Headers(message)
    blocks = _report_fields(message)
    failed_header = headers.get_all("X-Failed-Recipients")
    subject = headers.get("Subject")
    body = _notification_text(*(bodies or body_texts(message)))
    reasons: list[str] = []
    confidence = _structure(message, headers, blocks, failed_header, reasons)
    confidence = max(confidence, _hints(message, headers, subject, body, reasons))
    if confidence == 0.0:
        return None
    return Bounce(
        reasons=tuple(reasons),
        confidence=confidence,
        recipients=_recipients(message, headers, blocks, failed_header, body),
        message_id=_original_message_id(message, headers, body),
        outcome=_outcome(blocks, subject, body),
    )


def _structure(message: Message, headers: Headers, blocks: list[Message],
               failed_header: list[str], reasons: list[str]) -> float:
    """Confidence from RFC 3464 structure and X-Failed-Recipients (0 if none)."""
    confidence = 0.0
    is_report = (content_type(message) == "multipart/report"
                 and "delivery-status" in headers.get("Content-Type").lower())
    if is_report or blocks:
        actions = ", ".join(sorted({str(b.get("Action", "")).strip().lower()
                                    for b in blocks if b.get("Action")}))
        reasons.append("multipart/report delivery-status"
                       + (f", Action: {actions}" if actions else ""))
        confidence = 0.98
    if failed_header:
        reasons.append(f"header X-Failed-Recipients: {', '.join(failed_header)}")
        confidence = max(confidence, 0.97)
    return confidence


def _hints(message: Message, headers: Headers, subject: str, body: str,
           reasons: list[str]) -> float:
    """Confidence from a mailer-daemon sender, a bounce subject and wording."""
    daemon = _is_daemon(headers)
    subject_hit = bool(_SUBJECT.match(subject))
    body_hit = _BODY.search(body)
    # The null envelope sender of RFC 5321 §4.5.5: bounces use it, and so do
    # vacation programs (RFC 3834), so it only counts together with failure wording.
    null_sender = headers.get("Return-Path", "?") == "<>" and bool(body_hit)
    if daemon:
        reasons.append(f"sender {parseaddr(headers.get('From'))[1] or 'mailer daemon'}")
    if subject_hit:
        reasons.append(f'subject "{subject[:60]}"')
    if body_hit:
        reasons.append(f'delivery failure wording "{body_hit.group(0)}"')
    if null_sender:
        reasons.append("null envelope sender (Return-Path: <>)")
    if sum((daemon, subject_hit, bool(body_hit), null_sender)) >= 2:
        return 0.95
    if daemon or subject_hit:
        return 0.85
    if body_hit and _original(message) is not None:
        return 0.85  # failure wording plus the returned original attached
    return 0.0


def _recipients(message: Message, headers: Headers, blocks: list[Message],
                failed: list[str], body: str) -> tuple[str, ...]:
    found: list[str] = []
    for block in blocks:
        value = block.get("Final-Recipient") or block.get("Original-Recipient")
        if value:
            found.append(_address_of(str(value)))
    for value in failed:
        found.extend(a.lower() for _, a in getaddresses([value]) if a)
    if not found:
        ignore = {a.lower() for _, a in getaddresses(headers.get_all("To") + headers.get_all("From"))}
        # Message-IDs look like addresses; the lines that carry them are not recipients.
        listed = re.sub(r"(?im)^\s*(?:message-id|in-reply-to|references|from|return-path)\s*:.*$", "", body)
        for address in _EMAIL.findall(listed):
            local = address.split("@", 1)[0]
            if address.lower() not in ignore and not _DAEMON.match(local):
                found.append(address.lower())
    if not found:
        original = _original(message)
        if original is not None:
            found.extend(a.lower() for _, a in getaddresses(
                [str(v) for v in original.get_all("To", [])]) if a)
    return tuple(dict.fromkeys(a for a in found if a))


def _original_message_id(message: Message, headers: Headers, body: str) -> str | None:
    original = _original(message)
    if original is not None and original.get("Message-ID"):
        return str(original["Message-ID"]).strip()
    texts = [body] + [part_text(p) for p in message.walk()
                      if content_type(p).startswith("text/")]
    for text in texts:
        found = _MESSAGE_ID.search(text)
        if found:
            return found.group(1)
    return headers.get("In-Reply-To") or None


_SUCCESS_ACTIONS = {"delivered", "relayed", "expanded"}


def _outcome(blocks: list[Message], subject: str, body: str) -> str:
    """failed, delayed or delivered, by RFC 3464's Action and Status fields first.

    A success notice (Action delivered, relayed or expanded) is no bounce; a
    delay (Action delayed, 4.x.x) means the server is still trying. Reports
    without those fields are read from their subject and wording."""
    actions = {str(b.get("Action", "")).strip().lower() for b in blocks} - {""}
    statuses = {str(b.get("Status", "")).strip() for b in blocks} - {""}
    if "failed" in actions or any(s.startswith("5") for s in statuses):
        return "failed"
    if "delayed" in actions or any(s.startswith("4") for s in statuses):
        return "delayed"
    if actions and actions <= _SUCCESS_ACTIONS:
        return "delivered"
    if _DELAY_SUBJECT.search(subject):
        return "delayed"
    return "delayed" if _DELAY_BODY.search(body) and not _PERMANENT_BODY.search(body) else "failed"
