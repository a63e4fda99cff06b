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
    def sandbox_dir(self) -> Path:
        """Where the sandbox keeps the pretend Gmail account (the one mailbox a restored home shares)."""
        return self.home / "data" / "sandbox"

    @property
    def state(self) -> Path:
        """Sandbox mode's own data folder: its database, sync lock and log."""
        return self.home / "data" / "sandbox" / "data"

    @property
    def settings(self) -> Path:
        """Sandbox mode's own config folder: its config.json and template overrides."""
        return self.home / "data" / "sandbox" / "config"

    @property
    def mailbox(self) -> SandboxMailbox:
        return SandboxMailbox(self.sandbox_dir)

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

    def quirk(self, name: str, value: str) -> None:
        """Set one sandbox quirk (on top of the scenario's kind or harsh profile); the sandbox clock stays."""
        self.mailbox.set_quirk(name, value)

    def schedule_all_drafts(self, at: str, now: str | None = None) -> None:
        """The user uses Schedule send on every draft, for `at` (ISO with offset)."""
        for draft_id, _ in self.drafts():
            self.ok("sandbox", "schedule", draft_id, "--at", at, now=now)

    def scheduled(self) -> list[tuple[dict, EmailMessage]]:
        return self.messages("SCHEDULED")




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


def bounce_of(original: EmailMessage, recipient: str, status: str = "5.1.1", action: str = "failed") -> bytes:
    """A delivery status notification (RFC 3464) returning `original`, as a mail server sends it."""
    headers = "".join(f"{k}: {v}\r\n" for k, v in original.items())
    return (
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\n"
        "To: you@sandbox.example\r\n"
        "Subject: Delivery Status Notification (Failure)\r\n"
        "Date: Sat, 21 Nov 2026 09:00:00 +0000\r\n"
        "Message-ID: <dsn-1@mx.google.example>\r\n"
        f"X-Failed-Recipients: {recipient}\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        f"Address not found\r\n\r\nYour message wasn't delivered to {recipient} because the address couldn't be found.\r\n"
        "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; googlemail.com\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: {action}\r\nStatus: {status}\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.\r\n"
        "--b1\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"{headers}"
        "--b1--\r\n"
    ).encode()
