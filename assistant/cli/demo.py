"""`assistant demo`: one application's whole life in a throw-away sandbox, narrated.

Everything runs for real: the services, the Google client over loopback, the
sandbox server. Only the clock is moved (ASSISTANT_NOW) and the "user" and the
"employer" are played by the sandbox (pressing Send, delivering mail).
"""

from __future__ import annotations

import shlex
import shutil
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from assistant.cli.common import out
from assistant.domain.states import Purpose

if TYPE_CHECKING:
    from assistant.wiring import Runtime

INTERVIEW = "2026-11-17T14:00:00+01:00"   # a Tuesday afternoon
RESUME = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def _runtime(home: Path, now: str) -> Runtime:
    from assistant.wiring import Runtime

    return Runtime(environ={"ASSISTANT_HOME": str(home), "ASSISTANT_NOW": now}, sandbox=True)


def _step(title: str) -> None:
    out()
    out(f"== {title}")


def _indent(text: str) -> str:
    return textwrap.indent(text.rstrip(), "    | ", predicate=lambda line: True)


def _rejection(company_from: str, when: str) -> bytes:
    from datetime import datetime
    from email.message import EmailMessage  # here, not at the top: every command imports this module
    from email.utils import format_datetime

    msg = EmailMessage()
    msg["From"] = company_from
    msg["To"] = "you@sandbox.example"
    msg["Subject"] = "Your application to Northwind Analytics"
    msg["Date"] = format_datetime(datetime.fromisoformat(when))
    msg["Message-ID"] = "<demo-rejection-1@greenhouse.example>"
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(
        "Hi Alex,\n\nThank you for your interest in the Data Analyst role at Northwind Analytics and for the "
        "time you spent with our team.\n\nAfter careful consideration, we have decided to move forward with other "
        "candidates whose experience more closely matches our current needs.\n\nWe wish you the best in your search.\n\n"
        "Northwind Analytics Talent Team\n(This mailbox is not monitored.)\n")
    return msg.as_bytes()


def demo(keep: bool = typer.Option(False, "--keep", help="Keep the sandbox folder and print where it is.")) -> None:
    """The whole life of an application in a throw-away sandbox, narrated (no Google account needed)."""
    import tempfile

    home = Path(tempfile.mkdtemp(prefix="assistant-demo-"))
    try:
        resume = home / "Alex Candidate - Résumé.pdf"
        resume.write_bytes(RESUME)
        rt = _runtime(home, INTERVIEW)
        rt.config.set("name", "Alex Candidate")
        rt.config.set("phone", "+1 555 0100")
        rt.config.set("timezone", "Europe/Berlin")
        rt.config.set("resume", str(resume))

        drafts = _interview_recorded(home)
        _notes_sent_and_inquiry_drafted(home, drafts)
        stats = _rejected_and_kept_on_file(home)

        _step("That was the whole life of one application")
        out(f"Gmail requests made by the tool: {stats['requests']} ({stats['quota_units']} quota units).")
        for line in try_it_yourself(_program(), home, keep):
            out(line)
    finally:
        if not keep:
            shutil.rmtree(home, ignore_errors=True)


def _interview_recorded(home: Path) -> list[str]:
    """The interview is recorded and its thank-you notes drafted; their draft ids."""
    from assistant.services.interviews import InterviewForm, Interviews

    _step("Tue 17 Nov, 15:00 - the interview is over; you record it")
    out('$ assistant add --company "Northwind Analytics" --position "Data Analyst" \\\n'
        '    --interviewer "Ms. Priya Raman <priya.raman@northwind.example>" \\\n'
        '    --interviewer "Mr. Tom Becker <tom.becker@northwind.example>" --when "2026-11-17 14:00" \\\n'
        '    --detail "hearing how your team moved weekly reporting to self-serve dashboards" \\\n'
        '    --skill "cut a monthly close report from two days to three hours by automating it in SQL and Python"')
    rt = _runtime(home, "2026-11-17T15:00:00+01:00")
    result = Interviews(rt).add(InterviewForm(
        company="Northwind Analytics", position="Data Analyst",
        interviewers=["Ms. Priya Raman <priya.raman@northwind.example>", "Mr. Tom Becker <tom.becker@northwind.example>"],
        when="2026-11-17 14:00",
        detail="hearing how your team moved weekly reporting to self-serve dashboards",
        skill="cut a monthly close report from two days to three hours by automating it in SQL and Python"))
    out(f"Two thank-you drafts are now in Gmail's Drafts, one per interviewer, each with "
        f"\"{result.drafts[0].attachments[0]}\" attached. The first one:")
    dump = rt.sandbox_mailbox.dump()
    first = next(d for d in dump["drafts"] if d["draft_id"] == result.drafts[0].draft_id)
    out(_indent(_text_of(first["message"]["raw"])))
    if result.send_by is not None:
        out(f"Send them by {result.send_by.deadline:%a %d %b, %H:%M} (within 24 hours).")
    drafts = [d.draft_id for d in result.drafts if d.draft_id]
    rt.close()
    return drafts


def _notes_sent_and_inquiry_drafted(home: Path, drafts: list[str]) -> None:
    """The user sends the notes; a week later the sync drafts the status inquiry, which the user sends."""
    _step("Tue 17 Nov, 17:30 - you read the drafts in Gmail and press Send on both")
    rt = _runtime(home, "2026-11-17T17:30:00+01:00")
    for draft_id in drafts:
        rt.sandbox_mailbox.press_send(draft_id)
    rt.close()
    _sync(home, "2026-11-18T08:00:00+01:00", "Wed 18 Nov, 08:00 - the daily sync notices what you sent")

    _step("A week passes without an answer")
    _sync(home, "2026-11-24T09:00:00+01:00", "Tue 24 Nov, 09:00 - the sync: a week has not quite passed")
    _sync(home, "2026-11-24T15:00:00+01:00",
          "Tue 24 Nov, 15:00 - a week has passed; the inquiry waits for the next morning's working hours")
    _sync(home, "2026-11-25T09:40:00+01:00", "Wed 25 Nov, 09:40 - the sync drafts the status inquiry")
    rt = _runtime(home, "2026-11-25T09:40:00+01:00")
    inquiry = rt.repo.letters(purpose=Purpose.STATUS_INQUIRY)[0]
    raw = next(d for d in rt.sandbox_mailbox.dump()["drafts"] if d["draft_id"] == inquiry.draft_id)["message"]["raw"]
    out(_indent(_text_of(raw)))
    rt.sandbox_mailbox.press_send(inquiry.draft_id or "")   # the demo's inquiry is a draft, so it has its id
    out("You send it.")
    rt.close()


def _rejected_and_kept_on_file(home: Path) -> dict[str, Any]:
    """A rejection arrives; the keep-on-file reply is drafted. The sandbox's request counts."""
    from assistant.services.respond import respond

    _step("Thu 3 Dec - a rejection arrives from the applicant-tracking system, in a new thread")
    rt = _runtime(home, "2026-12-03T16:05:00+01:00")
    rt.sandbox_mailbox.deliver(_rejection("Northwind Analytics <no-reply@greenhouse.io>", "2026-12-03T16:05:00+01:00"))
    rt.close()
    _sync(home, "2026-12-03T16:30:00+01:00", "Thu 3 Dec, 16:30 - the sync reads it")

    _step("You accept the offered \"please keep my resume on file\" reply")
    rt = _runtime(home, "2026-12-03T16:31:00+01:00")
    letter = respond(rt, 1, update="I completed the Google Advanced Data Analytics certificate")
    raw = next(d for d in rt.sandbox_mailbox.dump()["drafts"] if d["draft_id"] == letter.draft_id)["message"]["raw"]
    out(f"A reply draft to {letter.to_addr} (the sender was a no-reply address), in the rejection's thread, "
        f"with \"{letter.attachments[0]}\" attached:")
    out(_indent(_text_of(raw)))
    stats = rt.sandbox_mailbox.stats()
    rt.close()
    return stats


def _program() -> str:
    """How to start this very program again: `assistant` when that is on PATH, else the path it was started by."""
    import sys

    started = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    on_path = shutil.which("assistant")
    if on_path and started and Path(on_path).resolve() == started:
        return "assistant"
    if started and started.name == "assistant":
        return shlex.quote(str(started))
    return f"{shlex.quote(sys.executable)} -m assistant"


def try_it_yourself(program: str, home: Path, keep: bool) -> list[str]:
    """The closing hint: commands that work as printed, in the kept sandbox (its settings and resume)."""
    if not keep:
        return [f"Try it yourself: `{program} demo --keep` keeps this sandbox (settings and resume included) "
                "and shows the commands to go on in it."]
    where = shlex.quote(str(home))
    return [
        f"The sandbox is kept in {home}. Go on in it (nothing reaches Gmail):",
        f"  export ASSISTANT_HOME={where} ASSISTANT_SANDBOX=1",
        f'  {program} add --company "Contoso" --position "Data Analyst" '
        '--interviewer "Mr. Sam Lee <sam.lee@contoso.example>" --when "yesterday 10:00"',
        f"  {program} sandbox mailbox",
        f"  {program} list",
    ]


def _sync(home: Path, now: str, title: str) -> Runtime:
    from assistant.cli.sync_cmd import print_summary
    from assistant.services.sync import Sync

    _step(title)
    out("$ assistant sync")
    rt = _runtime(home, now)
    report = Sync(rt).run()
    print_summary(report, rt.profile.timezone)
    for app_id in report.offers:
        out(f"  ? application {app_id} was rejected: a keep-on-file reply is offered (`assistant respond {app_id}`).")
    rt.close()
    return rt


def _text_of(raw_b64: str) -> str:
    import base64
    import email
    import email.policy

    msg = email.message_from_bytes(base64.urlsafe_b64decode(raw_b64 + "=" * (-len(raw_b64) % 4)),
                                   policy=email.policy.default)
    part = msg.get_body(("plain",))
    body = part.get_content().replace("\r\n", "\n") if part is not None else ""
    head = f"To: {msg['To']}\nSubject: {msg['Subject']}\n"
    if msg["In-Reply-To"]:
        head += f"In-Reply-To: {msg['In-Reply-To']}\n"
    return head + "\n" + body


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
