"""`assistant sync`, `respond` and `confirm`: the daily job and what follows a reply."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import typer

from assistant.cli.common import out, print_json, runtime, say
from assistant.domain.states import Stage

if TYPE_CHECKING:
    from assistant.services.sync import SyncReport


def print_summary(report: SyncReport, timezone: str) -> None:
    """A sync's report as the lines a person reads (the `--json` document: `sync_text.sync_document`)."""
    from assistant.cli.sync_text import attention_sentence, event_sentence, invitation_line, would_entry

    if report.dry_run:
        out("Dry run: nothing was changed in Gmail or locally.")
    out(f"Read {report.messages_read} new messages" + (" (history expired; searched since the last sync)" if report.fallback else "") + ".")
    for event in report.moved:
        out(f"  - {event_sentence(event, timezone)}")
    for reply in report.replies:
        out(f"  - application {reply.application_id}: {reply.label} ({reply.confidence:.2f}) "
            f"from {reply.sender}: \"{reply.subject}\"")
    for gone in report.withdrawn:
        if gone.outcome == "already_gone":
            out(f"  - application {gone.application_id}: the unsent draft \"{gone.subject}\" was already "
                "gone from Gmail; nothing was deleted")
            continue
        out(f"  - application {gone.application_id}: withdrew the unsent draft \"{gone.subject}\" "
            "because the employer answered")
    for made in report.drafts_created:
        out(f"  - application {made.application_id}: drafted \"{made.subject}\" to {made.to} "
            f"(draft {made.draft_id}); review and send it in Gmail")
    for made in report.sent:
        out(f"  - application {made.application_id}: sent \"{made.subject}\" to {made.to}")
    for item in map(would_entry, report.would):
        out(f"  - would {item['action']}: application {item['application_id']}, \"{item.get('subject', '')}\""
            + (f" to {item['to']}" if item.get("to") else ""))
        if item.get("text") and item["action"] == "send":
            out("    " + item["text"].rstrip().replace("\n", "\n    "))
    for event in report.skipped:
        out(f"  - skipped: {event_sentence(event, timezone)}")
    for notice in report.attention:
        out(f"  ! {attention_sentence(notice, timezone)}")
    for stored in report.invitations:
        out(f"  ? {invitation_line(stored, timezone)}")
    if not (report.moved or report.replies or report.withdrawn or report.drafts_created or report.sent
            or report.would or report.skipped or report.attention or report.invitations):
        out("Nothing new; nothing is due.")


def sync(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="One JSON document on stdout."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Say what would happen; change nothing in Gmail or locally."),
    yes: bool = typer.Option(False, "--yes", help="Accept the offered keep-on-file replies without asking."),
    no_input: bool = typer.Option(False, "--no-input", help="Never prompt (for schedules); offers are only listed."),
) -> None:
    """The daily job: notice sent drafts, read replies, draft the inquiries that are due."""
    from assistant.cli.progress import for_sync
    from assistant.services.respond import draft_offered_replies
    from assistant.services.sync import Sync

    rt = runtime(ctx)
    progress = for_sync(as_json)
    try:
        report = Sync(rt, dry_run=dry_run, progress=progress).run()
    finally:
        if progress is not None:
            progress.stop()
    ask = sys.stdin.isatty() and not no_input and not yes and not as_json and not dry_run

    def accept(app_id: int) -> bool:
        return yes or (ask and typer.confirm(
            f"Application {app_id} was rejected. Draft a \"please keep my resume on file\" reply?", default=True))

    made = draft_offered_replies(rt, report, accept)
    if as_json:
        from assistant.cli.sync_text import sync_document

        print_json(sync_document(report, rt.profile.timezone))
        return
    print_summary(report, rt.profile.timezone)
    pending = [a for a in report.offers if a not in {lt.application_id for lt in made}]
    for app_id in pending:
        out(f"  ? application {app_id} was rejected: `assistant respond {app_id}` drafts a keep-on-file reply.")


def respond_cmd(
    ctx: typer.Context, app_id: int = typer.Argument(..., metavar="ID"),
    update: str | None = typer.Option(None, "--update", help="Something new since the interview, e.g. 'I earned the AWS certification'."),
) -> None:
    """Draft the "please keep my resume on file" reply to a rejection, in its thread, resume attached."""
    from assistant.services.respond import respond

    letter = respond(runtime(ctx), app_id, update)
    attached = f", attached: {', '.join(letter.attachments)}" if letter.attachments else ""
    out(f"Drafted \"{letter.subject}\" to {letter.to_addr} (draft {letter.draft_id}{attached}).")
    say("Review and send it in Gmail.")


def confirm_cmd(ctx: typer.Context, app_id: int = typer.Argument(..., metavar="ID"),
                label: str = typer.Argument(..., help="rejected, next_step, offer, pending, auto_reply, bounce or other")) -> None:
    """Settle a doubtful classification by hand, e.g. `assistant confirm 3 rejected`."""
    from assistant.services.confirm import confirm

    rt = runtime(ctx)
    reply = confirm(rt, app_id, label)
    app = rt.repo.application(app_id)
    out(f"Application {app_id}: \"{reply.subject}\" is now {reply.confirmed_label}; stage {app.stage}.")
    if app.stage == Stage.REJECTED:
        out(f"`assistant respond {app_id}` drafts the keep-on-file reply.")
    if app.stage == Stage.OFFER:   # an offer: the other applications may ask about their timeline
        from assistant.cli.sync_text import attention_sentence
        from assistant.services.expedite import expedite_notes

        for note in expedite_notes(rt.repo, [app_id]):
            out(f"  ! {attention_sentence(note, rt.profile.timezone)}")


def register(app: typer.Typer) -> None:
    app.command("sync")(sync)
    app.command("respond")(respond_cmd)
    app.command("confirm")(confirm_cmd)
