"""Helpers for CLI tests: the real CLI, the real Google client, the sandbox server over loopback."""

from __future__ import annotations

import base64
import email
import email.policy
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from typer.testing import CliRunner

from assistant.cli.app import app
from assistant.sandbox.state import SandboxMailbox

RESUME_BYTES = b"%PDF-1.4\n% a resume\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


def parse(raw_b64: str) -> EmailMessage:
    return email.message_from_bytes(base64.urlsafe_b64decode(raw_b64 + "=" * (-len(raw_b64) % 4)),
                                    policy=email.policy.default)


def body(msg: EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content().replace("\r\n", "\n")


@dataclass
class World:
    home: Path
    resume: Path
    now: str = "2026-11-17T15:00:00+01:00"

    def run(self, *args: str, now: str | None = None, input: str | None = None, debug: bool = False):
        env = {"ASSISTANT_HOME": str(self.home), "ASSISTANT_SANDBOX": "1", "ASSISTANT_NOW": now or self.now,
               "ASSISTANT_DEBUG": "1" if debug else ""}
        return CliRunner().invoke(app, list(args), env=env, input=input)

    def ok(self, *args: str, **kw):
        result = self.run(*args, **kw)
        assert result.exit_code == 0, f"exit {result.exit_code}\nstdout: {result.stdout}\nstderr: {result.stderr}"
        return result

    @property
    def mailbox(self) -> SandboxMailbox:
        return SandboxMailbox(self.home / "data" / "sandbox")

    def drafts(self) -> list[tuple[str, EmailMessage]]:
        return [(d["draft_id"], parse(d["message"]["raw"])) for d in self.mailbox.dump()["drafts"]]

    def messages(self, label: str | None = None) -> list[tuple[dict, EmailMessage]]:
        return [(m, parse(m["raw"])) for m in self.mailbox.dump()["messages"] if label is None or label in m["labels"]]

    def add(self, *extra: str, company: str = "Acme Corp", position: str = "Data Engineer",
            interviewers: tuple[str, ...] = ("Ms. Pat Jones <pat.jones@acme.example>",), **kw):
        args = ["add", "--company", company, "--position", position]
        for person in interviewers:
            args += ["--interviewer", person]
        return self.ok(*args, *extra, **kw)

    def send_all_drafts(self) -> None:
        for draft_id, _ in self.drafts():
            self.mailbox.press_send(draft_id)




def incoming(*, sender: str, subject: str, text: str, date: str = "Thu, 26 Nov 2026 10:00:00 +0100",
             message_id: str = "<reply-1@acme.example>", to: str = "you@sandbox.example",
             in_reply_to: str | None = None, headers: dict[str, str] | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(text)
    return msg.as_bytes()
