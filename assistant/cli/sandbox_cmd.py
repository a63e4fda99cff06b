"""`assistant sandbox …`: the local Gmail-compatible mailbox, for trying the tool and for tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from assistant.cli.common import out, print_json, runtime, say
from assistant.errors import InputError, StateError

app = typer.Typer(help="The local sandbox mailbox (no Google account needed).", no_args_is_help=True)


def _mailbox(ctx: typer.Context) -> Any:
    rt = runtime(ctx)
    if not rt.sandbox:
        raise StateError("This is a sandbox command; run it with --sandbox or ASSISTANT_SANDBOX=1.")
    mailbox = rt.sandbox_mailbox
    mailbox.release_scheduled()  # a scheduled letter whose time has come goes out before anything else
    return mailbox


def _read_message(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Cannot read {path} ({exc.strerror or exc}).") from None
    if b":" not in raw.split(b"\n", 1)[0]:
        raise InputError(f"{path} does not look like an email message (RFC 822 headers first).")
    return raw


def _read_mbox(path: Path) -> list[tuple[str, bytes]]:
    import mailbox as mboxlib

    if not path.is_file():
        raise InputError(f"Cannot read {path} (no such file).")
    try:
        box = mboxlib.mbox(str(path), create=False)
        found = [(f"{path.name} #{n}", box.get_bytes(key)) for n, key in enumerate(box.keys(), start=1)]
    except (OSError, mboxlib.Error) as exc:
        raise InputError(f"Cannot read {path} as an mbox file ({exc}).") from None
    if not found:
        raise InputError(f"{path} holds no messages (an mbox file starts each one with a 'From ' line).")
    return found


@app.command("deliver")
def deliver(ctx: typer.Context,
            files: list[Path] = typer.Argument(None, metavar="FILE.eml...", show_default=False),
            mbox: Path = typer.Option(None, "--mbox", metavar="FILE", help="Deliver every message of an mbox file.")) -> None:
    """Incoming mail arrives (threaded as Gmail would thread it): message files, or an mbox."""
    mailbox = _mailbox(ctx)
    if not files and mbox is None:
        raise InputError("Name the message files to deliver, or an mbox file with --mbox FILE.")
    # Read everything first: a bad file delivers nothing rather than half of the batch.
    arriving = [(path.name, _read_message(path)) for path in files or []]
    arriving += _read_mbox(mbox) if mbox is not None else []
    for name, raw in arriving:
        message = mailbox.deliver(raw)
        out(f"delivered {name}: message {message['id']} in thread {message['threadId']}")


def _no_draft(draft_id: str) -> InputError:
    return InputError(f"There is no draft {draft_id} in the sandbox; `assistant sandbox mailbox` lists them.")


@app.command("schedule")
def schedule_send(ctx: typer.Context, draft_id: str = typer.Argument(..., metavar="DRAFT_ID"),
                  at: str = typer.Option(..., "--at", metavar="ISO", help="When it goes out, e.g. 2026-11-21T08:30:00+01:00.")) -> None:
    """The user uses Schedule send on a draft: it leaves Drafts and goes out at that time (sandbox clock)."""
    from datetime import datetime

    try:
        when = datetime.fromisoformat(at)
    except ValueError:
        raise InputError(f"--at {at!r} is not an ISO time; write e.g. 2026-11-21T08:30:00+01:00.") from None
    if when.tzinfo is None:
        raise InputError(f"--at {at!r} needs its UTC offset, e.g. {at}+01:00.")
    mailbox = _mailbox(ctx)
    try:
        message = mailbox.schedule_send(draft_id, when)
    except KeyError:
        raise _no_draft(draft_id) from None
    out(f"scheduled draft {draft_id} for {when.isoformat()}: message {message['id']} in thread {message['threadId']}")


@app.command("cancel-scheduled")
def cancel_scheduled(ctx: typer.Context, message_id: str = typer.Argument(..., metavar="MESSAGE_ID")) -> None:
    """The user cancels a scheduled send: the message returns to Drafts under a new draft id."""
    try:
        draft = _mailbox(ctx).cancel_scheduled(message_id)
    except KeyError:
        raise InputError(f"No message {message_id} is scheduled in the sandbox; "
                         "`assistant sandbox mailbox` lists the SCHEDULED ones.") from None
    out(f"cancelled the scheduled send of {message_id}: it is draft {draft['id']} again")


@app.command("edit")
def edit_draft(ctx: typer.Context, draft_id: str = typer.Argument(..., metavar="DRAFT_ID"),
               subject: str = typer.Option(None, "--subject", help="A new subject."),
               append: str = typer.Option(None, "--append", metavar="TEXT", help="A line added at the end of the text."),
               as_json: bool = typer.Option(False, "--json", help="One JSON object: draft_id, message_id.")) -> None:
    """The user edits a draft in Gmail; prints the draft id it now has (Gmail may give it a new one)."""
    from assistant.sandbox.useractions import edited

    if subject is None and not append:
        raise InputError("Nothing to change; give --subject S or --append TEXT.")
    if subject is not None and ("\n" in subject or "\r" in subject):
        raise InputError("--subject must be one line.")
    mailbox = _mailbox(ctx)
    try:
        draft = mailbox.user_edit_draft(draft_id, edited(mailbox.draft_raw(draft_id), subject=subject, append=append))
    except KeyError:
        raise _no_draft(draft_id) from None
    if as_json:
        print_json({"draft_id": draft["id"], "message_id": draft["message"]["id"]})
        return
    out(draft["id"])


@app.command("delete-draft")
def delete_draft(ctx: typer.Context, draft_id: str = typer.Argument(..., metavar="DRAFT_ID")) -> None:
    """The user deletes a draft in Gmail."""
    try:
        _mailbox(ctx).user_delete_draft(draft_id)
    except KeyError:
        raise _no_draft(draft_id) from None
    out(f"deleted draft {draft_id}")


@app.command("send")
def press_send(ctx: typer.Context, draft_id: str = typer.Argument(..., metavar="DRAFT_ID")) -> None:
    """The user presses Send on a draft in Gmail."""
    mailbox = _mailbox(ctx)
    try:
        message = mailbox.press_send(draft_id)
    except KeyError:
        raise InputError(f"There is no draft {draft_id} in the sandbox; `assistant sandbox mailbox` lists them.") from None
    out(f"sent draft {draft_id}: message {message['id']} in thread {message['threadId']}")


@app.command("mailbox")
def show_mailbox(ctx: typer.Context, as_json: bool = typer.Option(False, "--json", help="Messages and drafts with raw bytes.")) -> None:
    """The messages and drafts in the sandbox mailbox."""
    import base64
    import email
    import email.policy

    dump = _mailbox(ctx).dump()
    if as_json:
        print_json(dump)
        return
    def line(item: dict[str, Any]) -> str:
        raw = base64.urlsafe_b64decode(item["raw"] + "=" * (-len(item["raw"]) % 4))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        return f"{msg['From']} -> {msg['To']}: {msg['Subject']}"
    for message in dump["messages"]:
        out(f"{message['id']}  [{','.join(message['labels'])}]  {line(message)}")
    for draft in dump["drafts"]:
        out(f"draft {draft['draft_id']}  {line(draft['message'])}")


@app.command("stats")
def stats(ctx: typer.Context, as_json: bool = typer.Option(False, "--json"),
          reset: bool = typer.Option(False, "--reset", help="Start counting again from zero.")) -> None:
    """HTTP requests and Gmail quota units, by method."""
    mailbox = _mailbox(ctx)
    data = mailbox.stats()
    if reset:
        mailbox.reset_stats()
    if as_json:
        print_json(data)
        return
    out(f"{data['requests']} requests, {data['quota_units']} quota units")
    if data["rate_limited"] or data["concurrency_refused"]:
        out(f"  refused: {data['rate_limited']} over the per-user rate limit, "
            f"{data['concurrency_refused']} as too many concurrent requests")
    for method, numbers in sorted(data["by_method"].items()):
        out(f"  {method:<40} {numbers['requests']:>6} requests {numbers['quota_units']:>8} units")


@app.command("serve")
def serve(ctx: typer.Context, port: int = typer.Option(8025, "--port", help="Port on 127.0.0.1.")) -> None:
    """Run the Gmail-compatible server in the foreground, for other clients."""
    from assistant.sandbox.server import SandboxServer

    mailbox = _mailbox(ctx)
    try:
        server = SandboxServer(mailbox, port=port)
    except OSError as exc:
        raise StateError(f"Cannot listen on 127.0.0.1:{port} ({exc.strerror or exc}).") from None
    say(f"Serving the sandbox mailbox at {server.url} (Ctrl-C stops).")
    say(f"Point the tool at it with ASSISTANT_GMAIL_ENDPOINT={server.url}")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        say("Stopped.")


quirks_app = typer.Typer(help="Which of Gmail's reported behaviours the sandbox plays.", no_args_is_help=True)
app.add_typer(quirks_app, name="quirks")


@quirks_app.command("show")
def quirks_show(ctx: typer.Context, as_json: bool = typer.Option(False, "--json", help="One JSON object.")) -> None:
    """Every quirk, its value and what it does."""
    from assistant.sandbox.quirks import QUIRKS

    current = _mailbox(ctx).quirks()
    if as_json:
        print_json(current)
        return
    for name, value in current.items():
        shown = str(value).lower() if isinstance(value, bool) else str(value)
        out(f"{name:<24} {shown:<6} {QUIRKS[name].meaning}")


@quirks_app.command("set")
def quirks_set(ctx: typer.Context, name: str = typer.Argument(..., metavar="NAME"),
               value: str = typer.Argument(..., metavar="VALUE")) -> None:
    """Set one quirk (`assistant sandbox quirks show` lists them)."""
    try:
        stored = _mailbox(ctx).set_quirk(name, value)
    except KeyError as exc:
        raise InputError(f"{str(exc.args[0]).capitalize()}.") from None
    except ValueError as exc:
        raise InputError(f"{exc}.") from None
    out(f"{name} = {str(stored).lower() if isinstance(stored, bool) else stored}")


@quirks_app.command("profile")
def quirks_profile(ctx: typer.Context, profile: str = typer.Argument(..., metavar="kind|harsh")) -> None:
    """Every quirk off (kind) or at its hardest (harsh)."""
    try:
        _mailbox(ctx).set_quirk_profile(profile)
    except ValueError as exc:
        raise InputError(f"{exc}.") from None
    out(f"Every quirk is now at its {profile} value (`assistant sandbox quirks show` lists them).")


@app.command("fault")
def fault(
    ctx: typer.Context,
    method: str = typer.Argument(None, metavar="METHOD", help="A Gmail method id, e.g. gmail.users.drafts.create, or *."),
    status: int = typer.Option(None, "--status", help="Answer with this HTTP status (429, 500, 503, 401 …)."),
    drop: bool = typer.Option(False, "--drop", help="Close the connection without an answer."),
    delay: float = typer.Option(0.0, "--delay", metavar="SECONDS", help="Wait this long before answering."),
    times: int = typer.Option(1, "--times", help="How many calls the fault strikes."),
    after_effect: bool = typer.Option(False, "--after-effect", help="Do the write first, then report the failure."),
    clear: bool = typer.Option(False, "--clear", help="Remove every pending fault."),
) -> None:
    """Make the next N calls of a Gmail method fail or slow down, as the tests do."""
    mailbox = _mailbox(ctx)
    if clear:
        if method is not None:
            raise InputError("Give either a METHOD or --clear, not both.")
        mailbox.clear_faults()
        out("Every pending fault is removed.")
        return
    if not method:
        raise InputError("Name the Gmail method to strike, e.g. `assistant sandbox fault gmail.users.drafts.create --status 503`.")
    if status is None and not drop and not delay:
        raise InputError("A fault needs --status N, --drop or --delay SECONDS.")
    if delay < 0 or times < 1:
        raise InputError("--delay must not be negative and --times must be at least 1.")
    mailbox.inject_fault(method, status=status, drop=drop, delay=delay, times=times, after_effect=after_effect)
    what = ", ".join(part for part in (
        f"wait {delay:g} s" if delay else "", f"answer {status}" if status else "",
        "drop the connection" if drop else "") if part)
    when = " after doing the write" if after_effect else ""
    calls = "call" if times == 1 else f"{times} calls"
    out(f"The next {calls} of {method} will {what}{when}.")
