"""Reading and writing the multipart bodies of uploads (multipart/related) and batches (multipart/mixed).

Parts are cut on the bytes, so binary media (Content-Transfer-Encoding:
binary, as googleapiclient sends it) arrives intact.
"""

from __future__ import annotations

import base64
import quopri
from dataclasses import dataclass
from email.message import Message
from email.parser import HeaderParser
from email.utils import collapse_rfc2231_value

from assistant.sandbox.rfc822 import split_head


@dataclass
class Part:
    """One body part: its headers and its (transfer-decoded) content."""

    headers: Message
    content: bytes

    @property
    def content_type(self) -> str:
        return (self.headers.get_content_type() or "").lower()


def boundary_of(content_type: str) -> str | None:
    """The `boundary` parameter of a Content-Type value."""
    msg = Message()
    msg["Content-Type"] = content_type
    boundary = msg.get_param("boundary")
    if isinstance(boundary, tuple):  # an RFC 2231 encoded value
        return collapse_rfc2231_value(boundary)
    return boundary


def split(body: bytes, boundary: str) -> list[Part]:
    """The parts of a multipart body (preamble and epilogue ignored)."""
    delimiter = b"--" + boundary.encode("latin-1")
    segments = body.split(delimiter)
    parts: list[Part] = []
    for segment in segments[1:]:
        if segment.startswith(b"--"):
            break  # the closing delimiter
        segment = _strip_line_break(segment, leading=True)
        segment = _strip_line_break(segment, leading=False)  # it belongs to the next delimiter
        parts.append(_part(segment))
    return parts


def _strip_line_break(data: bytes, leading: bool) -> bytes:
    for brk in (b"\r\n", b"\n"):
        if leading and data.startswith(brk):
            return data[len(brk):]
        if not leading and data.endswith(brk):
            return data[: -len(brk)]
    return data


def _part(segment: bytes) -> Part:
    if segment.startswith((b"\r\n", b"\n")):  # no headers at all
        head, content = b"", _strip_line_break(segment, leading=True)
    else:
        head, _, content = split_head(segment)
    headers = HeaderParser().parsestr(head.decode("latin-1") + "\n\n")
    encoding = (headers.get("Content-Transfer-Encoding") or "").strip().lower()
    if encoding == "base64":
        content = base64.b64decode(content)
    elif encoding == "quoted-printable":
        content = quopri.decodestring(content)
    return Part(headers, content)


def join(parts: list[tuple[list[tuple[str, str]], bytes]], boundary: str) -> bytes:
    """A multipart body from (headers, content) pairs, CRLF line breaks."""
    out = bytearray()
    for headers, content in parts:
        out += b"--" + boundary.encode("ascii") + b"\r\n"
        for name, value in headers:
            out += f"{name}: {value}\r\n".encode()
        out += b"\r\n" + content + b"\r\n"
    out += b"--" + boundary.encode("ascii") + b"--\r\n"
    return bytes(out)
