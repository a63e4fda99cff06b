"""Letters for the sandbox tests, as RFC 822 bytes."""

from __future__ import annotations

import base64
from email.message import EmailMessage


def make_message(*, subject: str = "Thank you", sender: str = "Alex Candidate <you@sandbox.example>",
                 to: str = "Pat Jones <pat.jones@acme.example>", body: str = "Thank you for your time.",
                 message_id: str | None = None, in_reply_to: str | None = None,
                 references: str | None = None, attachment: tuple[str, bytes] | None = None,
                 cc: str | None = None, html: str | None = None) -> bytes:
    """RFC 822 bytes of a simple letter."""
    msg = EmailMessage()
    msg["From"] = sender
    if to:
        msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    if message_id:
        msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    if attachment:
        name, data = attachment
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return msg.as_bytes()


def b64(raw: bytes) -> str:
    """base64url, as Gmail's `raw` field wants it."""
    return base64.urlsafe_b64encode(raw).decode("ascii")


def unb64(text: str) -> bytes:
    """The bytes of a Gmail `raw` field."""
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def header(resource: dict, name: str) -> str | None:
    """A header value from a Gmail message resource's payload."""
    for entry in resource["payload"]["headers"]:
        if entry["name"].lower() == name.lower():
            return entry["value"]
    return None
