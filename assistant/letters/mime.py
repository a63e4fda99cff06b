"""Composing the RFC 5322 bytes of a letter with the stdlib `email` package.

Non-ASCII display names become RFC 2047 encoded-words; attachment names are
given both as RFC 2231 `filename*` and as an encoded `name` on Content-Type,
so no client shows them as "noname".
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from typing import cast


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes

    @property
    def mimetype(self) -> tuple[str, str]:
        guessed = mimetypes.guess_type(self.filename)[0] or "application/octet-stream"
        main, _, sub = guessed.partition("/")
        return main, sub


def new_message_id(sender_address: str) -> str:
    """A Message-ID of the tool's own, on the sender's domain."""
    return make_msgid(idstring="assistant", domain=sender_address.rsplit("@", 1)[-1])


def _address(name: str | None, email: str) -> Address:
    local, _, domain = email.partition("@")
    return Address(display_name=name or "", username=local, domain=domain)


def compose(
    *,
    sender: tuple[str | None, str],
    to: tuple[str | None, str],
    subject: str,
    text: str,
    html: str,
    message_id: str,
    date: datetime,
    attachments: tuple[Attachment, ...] = (),
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
) -> bytes:
    """The letter's bytes: multipart/alternative text+HTML, inside multipart/mixed with attachments."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = _address(*sender)
    msg["To"] = _address(*to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = " ".join(references)
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    for item in attachments:
        main, sub = item.mimetype
        msg.add_attachment(item.data, maintype=main, subtype=sub, filename=item.filename)
        part = cast(list[EmailMessage], msg.get_payload())[-1]
        part.set_param("name", item.filename)  # for clients that read only Content-Type
    return msg.as_bytes()
