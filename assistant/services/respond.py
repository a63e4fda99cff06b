"""`assistant respond ID`: the "please keep my resume on file" reply to a rejection (docs/letters.md "Keep on file, after a rejection")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.domain.models import Letter
from assistant.domain.states import LetterState, Purpose, Stage
from assistant.errors import StateError
from assistant.letters.build import LetterBuilder, latest_rejection
from assistant.letters.mime import new_message_id
from assistant.letters.outbox import outbox_for
from assistant.services.ports import Collaborators
from assistant.services.sync_events import LetterWritten
from assistant.services.writers import writer_pid

if TYPE_CHECKING:
    from assistant.services.sync import SyncReport


def respond(rt: Collaborators, app_id: int, update: str | None = None, builder: LetterBuilder | None = None) -> Letter:
    """Draft the keep-on-file reply in the rejection's thread; never twice."""
    repo = rt.repo
    app = repo.application(app_id)
    if app.stage != Stage.REJECTED:
        raise StateError(f"Application {app_id} is not rejected (stage {app.stage}); "
                         f"if a reply was a rejection, run `assistant confirm {app_id} rejected` first.")
    existing = [lt for lt in repo.letters(app_id, purpose=Purpose.KEEP_ON_FILE) if lt.state != LetterState.DELETED]
    if existing and existing[0].state == LetterState.INTENT:
        return _finish(rt, existing[0], builder)
    if existing:
        raise StateError(_already_made(app_id, existing[0]))
    rejection = latest_rejection(repo, app_id)
    if rejection is None:
        raise StateError(f"Application {app_id} has no rejection message to reply to.")
    if update is not None:
        from assistant.domain.people import check_single_line

        update = " ".join(check_single_line(update, "update").split()) or None
    builder = builder or LetterBuilder(rt)
    mid = new_message_id(builder.sender.email)
    letter, person = builder.keep_on_file(app, rejection, mid, update)
    outbox = outbox_for(rt)
    intent = outbox.record_intent(Letter(
        application_id=app_id, interviewer_id=person.id, purpose=Purpose.KEEP_ON_FILE, state=LetterState.INTENT,
        tool_message_id=mid, to_addr=person.email, subject=letter.subject, attachments=letter.attachments,
        thread_id=rejection.thread_id, in_reply_to=rejection.rfc_message_id, created_at=rt.clock.now(), note=update))
    return outbox.dispatch(intent, letter.raw, fresh=True)


def draft_offered_replies(rt: Collaborators, report: SyncReport, accept: Callable[[int], bool]) -> list[Letter]:
    """The keep-on-file replies a sync offers: draft each one `accept` agrees to and list it in the report.

    A dry run drafts none. `accept` is how the caller asks the user (or `--yes`).
    """
    made = []
    for app_id in report.offers:
        if report.dry_run or not accept(app_id):
            continue
        letter = respond(rt, app_id)
        made.append(letter)
        report.drafts_created.append(LetterWritten.of(letter))
    return made


def _finish(rt: Collaborators, letter: Letter, builder: LetterBuilder | None) -> Letter:
    """An earlier `respond` (or sync) stopped before Gmail answered: finish that same reply here."""
    outbox = outbox_for(rt)
    letter = outbox.claimed(letter)
    if letter.state == LetterState.INTENT and letter.writer != outbox.writer:
        raise StateError(f"The keep-on-file reply for application {letter.application_id} is being drafted right "
                         f"now by another assistant run (process {writer_pid(letter.writer or '')}); "
                         f"`assistant show {letter.application_id}` shows it once that run is done.")
    if letter.state != LetterState.INTENT:
        raise StateError(_already_made(letter.application_id, letter))
    raw = (builder or LetterBuilder(rt)).rebuild(letter)
    return outbox.dispatch(letter, raw)


def _already_made(app_id: int, letter: Letter) -> str:
    where = f"draft {letter.draft_id}" if letter.state == LetterState.DRAFTED else letter.state
    return f"The keep-on-file reply for application {app_id} was already made ({where}); it is never made twice."
