"""After an offer elsewhere: one short "is there an update on your timeline?" note (DOMAIN.md §3b).

When an offer arrives (a reply labelled offer, or `assistant confirm ID offer`),
every other active application is offered this note as an attention item of
kind `expedite`; `assistant expedite ID [--deadline DATE]` drafts it through the
outbox, once per application (the `one_expedite_per_application` index), and
never for a closed, rejected or no-follow-up application, nor without a real
offer recorded elsewhere (never a bluff).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from assistant.domain.lifecycle import after_answer
from assistant.domain.models import Application, Letter
from assistant.domain.states import Label, LetterState, Purpose, Stage
from assistant.errors import InputError, StateError
from assistant.letters.build import LetterBuilder
from assistant.letters.outbox import outbox_for
from assistant.services.ports import Collaborators
from assistant.services.sync_events import ExpediteOffered
from assistant.services.writers import writer_pid
from assistant.store.repo import Repository

# No note for these: the process is over, or the offer is this application's own.
NOT_EXPEDITED = frozenset({Stage.CLOSED, Stage.REJECTED, Stage.OFFER})


def _has_note(repo: Repository, app_id: int) -> bool:
    return bool(repo.letters(app_id, purpose=Purpose.EXPEDITE))


def expedite_notes(repo: Repository, offer_ids: list[int], *, just_read: bool = False) -> list[ExpediteOffered]:
    """Every other active application an offer makes worth an expedite note (the CLI words each).

    `just_read`: the offers were read by a dry run, which stores no stage; each counts when the
    real run's transition (`lifecycle.after_answer`) would make it an offer, so the preview matches.
    """
    offers = [repo.application(i) for i in sorted(set(offer_ids))]
    offers = [o for o in offers if o.stage == Stage.OFFER
              or (just_read and after_answer(o.stage, Label.OFFER).stage == Stage.OFFER)]
    if not offers:
        return []
    source = tuple((o.key, o.company) for o in offers)
    notes = []
    for app in repo.applications():
        if app.id in offer_ids or app.stage in NOT_EXPEDITED or app.no_follow_up or _has_note(repo, app.key):
            continue
        notes.append(ExpediteOffered(app.key, app.company, source))
    return notes


def parse_deadline(text: str | None, now: datetime, zone: ZoneInfo) -> date | None:
    """The day the offer must be answered by: a date or a weekday; not in the past."""
    if text is None or not text.strip():
        return None
    from assistant.domain.dates import _hear_back

    try:
        day = _hear_back(text, now, zone).astimezone(zone).date()
    except InputError:
        raise InputError(f"The deadline {text.strip()!r} is not a date; write it as 2026-12-04 or a weekday "
                         "such as friday.") from None
    if day < now.astimezone(zone).date():
        raise InputError(f"The deadline {text.strip()!r} ({day:%Y-%m-%d}) has passed; give the day you must "
                         "answer the offer by.")
    return day


def expedite(rt: Collaborators, app_id: int, deadline_text: str | None = None) -> Letter:
    """Draft the expedite note to the application's main contact; refused when it would be wrong or a second one."""
    from assistant.letters.mime import new_message_id

    repo = rt.repo
    app = repo.application(app_id)
    _check_allowed(repo, app)
    existing = repo.letters(app_id, purpose=Purpose.EXPEDITE)
    if existing and existing[0].state == LetterState.INTENT:
        return _finish(rt, existing[0])
    if existing:
        where = f"draft {existing[0].draft_id}" if existing[0].state == LetterState.DRAFTED else existing[0].state
        raise StateError(f"The expedite note for application {app_id} was already made ({where}); "
                         "it is never made twice.")
    deadline = parse_deadline(deadline_text, rt.clock.now(), ZoneInfo(rt.profile.timezone))
    builder = LetterBuilder(rt)
    person = builder.inquiry_recipient(app)
    if person is None:
        raise StateError(f"Application {app_id} has no interviewer address that works; fix one with "
                         f"`assistant edit {app_id}`.")
    mid = new_message_id(builder.sender.email)
    letter = builder.expedite(app, person, mid, deadline)
    outbox = outbox_for(rt)
    intent = outbox.record_intent(Letter(
        application_id=app_id, interviewer_id=person.id, purpose=Purpose.EXPEDITE, state=LetterState.INTENT,
        tool_message_id=mid, to_addr=person.email, subject=letter.subject, created_at=rt.clock.now(),
        note=deadline.isoformat() if deadline else None))
    return outbox.dispatch(intent, letter.raw, fresh=True)


def _check_allowed(repo: Repository, app: Application) -> None:
    """One sentence when this application must not get the note."""
    if app.stage in (Stage.CLOSED, Stage.REJECTED):
        raise StateError(f"Application {app.id} is {app.stage}; no expedite note is drafted for it.")
    if app.stage == Stage.OFFER:
        raise StateError(f"Application {app.id} is the offer itself; an expedite note is for the other "
                         "applications.")
    if app.no_follow_up:
        raise StateError(f"Application {app.id} is marked no-follow-up (they asked not to be contacted); "
                         "no expedite note is drafted for it.")
    if not any(other.stage == Stage.OFFER for other in repo.applications() if other.id != app.id):
        raise StateError("No offer is recorded for another application; the expedite note says you have one, so it "
                         "waits until an offer arrives (or `assistant confirm ID offer` records it).")


def _finish(rt: Collaborators, letter: Letter) -> Letter:
    """An earlier `expedite` stopped before Gmail answered: finish that same note."""
    outbox = outbox_for(rt)
    letter = outbox.claimed(letter)
    if letter.state == LetterState.INTENT and letter.writer != outbox.writer:
        raise StateError(f"The expedite note for application {letter.application_id} is being drafted right now "
                         f"by another assistant run (process {writer_pid(letter.writer or '')}).")
    if letter.state != LetterState.INTENT:
        raise StateError(f"The expedite note for application {letter.application_id} was already made; "
                         "it is never made twice.")
    return outbox.dispatch(letter, LetterBuilder(rt).rebuild(letter))
