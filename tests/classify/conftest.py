"""Helpers for the classifier tests: messages written inline, as they arrive."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser
from textwrap import dedent

import pytest


def build(body: str = "", subject: str = "Re: Thank you - Data Analyst interview",
          sender: str = "Anna Berg <anna.berg@acme.example>", headers: dict | None = None,
          html: str | None = None, date: str = "Mon, 10 Nov 2025 10:00:00 +0000"):
    """An EmailMessage with the given plain body (and optional HTML alternative)."""
    lines = [f"From: {sender}", "To: Jane Doe <jane@example.com>", f"Subject: {subject}",
             f"Date: {date}", "Message-ID: <reply-1@acme.example>", "MIME-Version: 1.0"]
    for name, value in (headers or {}).items():
        lines.append(f"{name}: {value}")
    body = dedent(body).lstrip("\n")
    if html is None:
        lines += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", body]
    elif not body:
        lines += ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", html]
    else:
        lines += ['Content-Type: multipart/alternative; boundary="b1"', "", "--b1",
                  "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
                  body, "--b1", "Content-Type: text/html; charset=utf-8",
                  "Content-Transfer-Encoding: 8bit", "", html, "--b1--"]
    raw = "\r\n".join(lines).encode("utf-8")
    return BytesParser(policy=policy.default).parsebytes(raw)


@pytest.fixture
def mail():
    return build
