"""RFC 822 bytes as Gmail handles them: header edits, references, subjects, search text.

Header edits work on the bytes, not on a re-serialised `email.message`, so the
body (attachments included) is stored exactly as the client sent it, like
Gmail's `format=raw` returns it.
"""

from __future__ import annotations

import base64
import html
import re
import secrets
import string
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from email.utils import collapse_rfc2231_value, format_datetime, getaddresses
from typing import cast

from assistant.text import html_to_text

_ID_TOKEN = re.compile(r"<[^<>\s]+>")
# Reply and forward prefixes Gmail ignores when deciding whether a subject still matches
# the thread (https://support.google.com/mail/answer/5900).
_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|wg)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)


def split_head(raw: bytes) -> tuple[bytes, bytes, bytes]:
    """(header block, separator, body) of a message; the body may be empty."""
    candidates = [(raw.find(sep), sep) for sep in (b"\r\n\r\n", b"\n\n")]
    found = [(pos, sep) for pos, sep in candidates if pos >= 0]
    if not found:
        return raw, b"", b""
    pos, sep = min(found)
    return raw[:pos], sep, raw[pos + len(sep):]


def _header_blocks(head: bytes) -> list[bytes]:
    """Header fields, each with its folded continuation lines."""
    blocks: list[bytes] = []
    for line in head.splitlines(keepends=True):
        if blocks and line[:1] in (b" ", b"\t"):
            blocks[-1] += line
        else:
            blocks.append(line)
    return blocks


def _field_name(block: bytes) -> str:
    return block.split(b":", 1)[0].strip().decode("ascii", "replace").lower()


def has_header(raw: bytes, name: str) -> bool:
    """Whether the message carries a header field `name` (any case)."""
    head, _, _ = split_head(raw)
    return any(_field_name(block) == name.lower() for block in _header_blocks(head))


def set_header(raw: bytes, name: str, value: str) -> bytes:
    """The message with every `name` field removed and one `name: value` added."""
    head, sep, body = split_head(raw)
    crlf = sep == b"\r\n\r\n" or (not sep and b"\r\n" in head)
    newline = b"\r\n" if crlf else b"\n"
    kept = [block for block in _header_blocks(head) if _field_name(block) != name.lower()]
    if kept and not kept[-1].endswith(b"\n"):
        kept[-1] += newline
    line = f"{name}: {value}".encode() + newline
    return b"".join(kept) + line + newline + body


def ensure_header(raw: bytes, name: str, value: str) -> bytes:
    """The message with `name: value` added unless it already has that field."""
    return raw if has_header(raw, name) else set_header(raw, name, value)


def parse(raw: bytes) -> Message:
    """The message structure (compat32 keeps the raw header text for us to decode)."""
    return BytesParser(policy=policy.compat32).parsebytes(raw)


def decode_value(value: str | None) -> str:
    """A header value as Gmail shows it: unfolded, RFC 2047 words decoded."""
    if value is None:
        return ""
    text = re.sub(r"\r?\n[ \t]", " ", str(value))
    try:
        return str(make_header(decode_header(text)))
    except Exception:  # malformed encoded words: Gmail shows the raw text
        return text


def header(msg: Message, name: str) -> str:
    """The decoded value of the first `name` field, or ''."""
    return decode_value(msg.get(name))


def gmail_message_id() -> str:
    """A Message-ID of the kind Gmail gives to mail sent from it."""
    alphabet = string.ascii_letters + string.digits + "+_-="
    token = "".join(secrets.choice(alphabet) for _ in range(44))
    return f"<CA+{token}@mail.gmail.com>"


def received_message_id() -> str:
    """What Gmail stamps on incoming mail that arrived without a Message-ID."""
    return f"<{secrets.token_hex(12)}@mx.google.com>"


def draft_message_id(domain: str) -> str:
    """A Message-ID for a draft the client made without one."""
    return f"<{secrets.token_hex(16)}@{domain or 'mail.gmail.com'}>"


def rfc_date(instant: datetime) -> str:
    """A Date header value."""
    return format_datetime(instant)


def normalize_id(value: str) -> str:
    """A Message-ID in the form we compare: `<...>`, surrounding space removed."""
    value = value.strip()
    if value and not value.startswith("<"):
        value = f"<{value}>"
    return value


def references(msg: Message) -> list[str]:
    """Message-IDs named by In-Reply-To and References, In-Reply-To first."""
    named = _ID_TOKEN.findall(msg.get("In-Reply-To", "") or "")
    refs = _ID_TOKEN.findall(msg.get("References", "") or "")
    return named + [ref for ref in reversed(refs) if ref not in named]


def normalize_subject(subject: str) -> str:
    """The subject Gmail compares when threading: no Re:/Fwd:/AW:/WG: prefixes, spaces collapsed."""
    return " ".join(_SUBJECT_PREFIX.sub("", subject or "").split()).lower()


def addresses(msg: Message, *names: str) -> list[tuple[str, str]]:
    """(display name, address) pairs of the given address fields."""
    values = [decode_value(value) for name in names for value in msg.get_all(name, [])]
    return [(n, a) for n, a in getaddresses(values) if a or n]


def filename(part: Message) -> str:
    """The attachment name, decoded from RFC 2231 or RFC 2047 as Gmail does."""
    value = part.get_param("filename", header="content-disposition")
    if value is None:
        value = part.get_param("name", header="content-type")
    if value is None:
        return ""
    return decode_value(collapse_rfc2231_value(value))


def part_text(part: Message) -> str:
    """The decoded text of a leaf part."""
    data = cast(bytes, part.get_payload(decode=True) or b"")
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


def body_text(msg: Message) -> str:
    """The message's text: its text/plain parts, or its HTML parts rendered as text."""
    plain, markup = [], []
    for part in msg.walk():
        if part.is_multipart() or filename(part):
            continue
        if part.get_content_type() == "text/plain":
            plain.append(part_text(part))
        elif part.get_content_type() == "text/html":
            markup.append(html_to_text(part_text(part), drop_quotes=False))  # Gmail searches quoted text too
    return "\n".join(plain or markup)


def snippet(text: str) -> str:
    """Gmail's snippet: the first ~200 characters, whitespace collapsed.

    Gmail returns snippets HTML-escaped ("I&#39;m"), so a client that shows one
    must unescape it; we do the same so such a client is caught here.
    """
    short = " ".join(text.split())[:200].rstrip()
    return html.escape(short, quote=True).replace("&#x27;", "&#39;")


@dataclass
class SearchFields:
    """What search operators look at, extracted once when a message is stored."""

    sender: str = ""
    to: str = ""
    cc: str = ""
    bcc: str = ""
    subject: str = ""
    text: str = ""
    filenames: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, msg: Message) -> SearchFields:
        def joined(name: str) -> str:
            return " ".join(f"{n} <{a}>" for n, a in addresses(msg, name))

        names = [filename(p) for p in msg.walk() if not p.is_multipart() and filename(p)]
        return cls(sender=joined("From"), to=joined("To"), cc=joined("Cc"), bcc=joined("Bcc"),
                   subject=header(msg, "Subject"), text=body_text(msg), filenames=names)


def b64url(data: bytes) -> str:
    """base64url with padding, as Gmail writes `raw` and `body.data`."""
    return base64.urlsafe_b64encode(data).decode("ascii")


def from_b64url(text: str) -> bytes:
    """Decode Gmail's base64url; standard base64 ('+', '/') is refused, like Gmail does."""
    if not isinstance(text, str) or re.search(r"[^A-Za-z0-9_\-=\s]", text):
        raise ValueError("not base64url")
    compact = "".join(text.split()).rstrip("=")
    return base64.urlsafe_b64decode(compact + "=" * (-len(compact) % 4))
