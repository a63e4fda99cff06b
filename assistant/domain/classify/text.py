"""The message's own new words: body part chosen, HTML reduced, quotes and signature removed."""

from __future__ import annotations

import re
import unicodedata
from email.message import EmailMessage, Message

from .htmltext import html_to_text
from .quotes import strip_quotes, strip_signature

# Placeholders some senders put in text/plain when the real content is HTML.
_PLACEHOLDER = re.compile(
    r"(?:html|view (?:this|it) (?:email|message) in (?:your|a) (?:web )?browser|"
    r"your (?:email|mail) (?:client|program) does not support)",
    re.IGNORECASE,
)


def part_text(part: Message) -> str:
    """A text part decoded to str, tolerating unknown or lying charsets."""
    try:
        content = part.get_content()  # type: ignore[attr-defined]
        if isinstance(content, str):
            return content
    except Exception:  # unknown charset, broken transfer encoding
        pass
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        charset = part.get_content_charset() or "utf-8"
        try:
            return payload.decode(charset, errors="replace")
        except LookupError:
            return payload.decode("utf-8", errors="replace")
    return payload if isinstance(payload, str) else ""


def _own_parts(message: Message):
    """The message's body parts, not descending into attached messages."""
    if message.is_multipart():
        for sub in message.get_payload():
            if not isinstance(sub, Message):
                continue
            if sub.get_content_maintype() == "message":
                continue  # an attached original (bounce, forward) is not ours
            if sub.get_content_disposition() == "attachment":
                continue
            yield from _own_parts(sub)
    else:
        yield message


def body_texts(message: Message) -> tuple[str | None, str | None]:
    """The first text/plain and text/html bodies of the message itself."""
    plain = html = None
    for part in _own_parts(message):
        kind = part.get_content_type()
        if kind == "text/plain" and plain is None:
            plain = part_text(part)
        elif kind == "text/html" and html is None:
            html = part_text(part)
    return plain, html


def own_text(message: Message) -> str:
    """The message's text without quoted material, signature still included."""
    plain, html = body_texts(message)
    if plain is not None and _is_real_plain(plain, html):
        return strip_quotes(plain)
    if html is not None:
        return strip_quotes(html_to_text(html))
    return strip_quotes(plain or "")


def _is_real_plain(plain: str, html: str | None) -> bool:
    if html is None:
        return True
    stripped = plain.strip()
    return len(stripped) >= 40 or bool(stripped and not _PLACEHOLDER.search(stripped))


def new_text(message: EmailMessage | Message) -> str:
    """The message's own new text, without quoted text and signature."""
    return strip_signature(own_text(message))


def normalize(text: str) -> str:
    """Lower-cased, one-line text with uniform quotes and dashes, for matching."""
    text = unicodedata.normalize("NFC", text)
    text = (
        text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00b4", "'")
        .replace("\u201c", '"').replace("\u201d", '"').replace("\u00ab", '"')
        .replace("\u00bb", '"').replace("\u2013", "-").replace("\u2014", "-")
        .replace("\u00a0", " ").replace("\u202f", " ")
    )
    # Wrapped lines join into one; a blank line still ends a clause.
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" ?\n(?: ?\n)+ ?", "\u2029", text)
    text = re.sub(r" ?\n ?", " ", text).replace("\u2029", "\n")
    return text.lower().strip()
