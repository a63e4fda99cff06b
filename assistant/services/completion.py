"""Finishing what an interrupted `add` left: the thank-you notes an application is still missing.

Used by `add` run again for the same interview, and by the sync for an
interview that was recorded before it took place (drafted once it has ended).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from assistant.domain.models import Application, Interviewer, Letter
from assistant.domain.schedule import interview_end, thank_you_send_by
from assistant.domain.states import LetterState, Purpose, Stage
from assistant.errors import Interrupted
from assistant.letters.build import LetterBuilder
from assistant.letters.mime import Attachment, new_message_id
from assistant.letters.outbox import outbox_for
from assistant.services.ports import Collaborators
from assistant.services.views import rules_for

if TYPE_CHECKING:
    from assistant.services.interviews import AddResult
    from assistant.store.repo import Repository


def missing_notes(repo: Repository, app: Application) -> list[Interviewer]:
    """Interviewers with no thank-you letter at all (a note the user deleted in Gmail counts as handled)."""
    latest = app.latest_round
    if app.no_follow_up or app.stage != Stage.THANK_YOU_DRAFTED or latest is None:
        return []
    have = {lt.interviewer_id for lt in repo.letters(app.id, purpose=Purpose.THANK_YOU, round_id=latest.key)}
    return [p for p in latest.interviewers if p.id not in have and not p.bad_address]


def awaiting_interview_end(repo: Repository, app: Application, now: datetime) -> bool | None:
    """For an interview recorded before it took place and not thanked yet: True while it has not
    ended, False once it has (the notes are due); None for any other application."""
    from assistant.domain.lifecycle import recorded_ahead

    if not recorded_ahead(app, repo.letters(app.id)):
        return None   # recorded after the interview: `add` drafted (or chose not to draft) then
    return now < interview_end(app.interview_at, app.kind)


def unfinished_notes(repo: Repository, app_id: int) -> list[Letter]:
    """Thank-you notes recorded as intents whose draft is not confirmed in Gmail yet."""
    return repo.letters(app_id, purpose=Purpose.THANK_YOU, states=(LetterState.INTENT,))


def interrupted_after_recording(repo: Repository, app_id: int) -> Interrupted:
    """The sentence for a Ctrl-C after the application was recorded: which drafts are missing, and the fix."""
    app = repo.application(app_id)
    pending = [lt.to_addr for lt in unfinished_notes(repo, app_id)]
    pending += [p.email for p in missing_notes(repo, app) if p.email not in pending]
    where = f"application {app.id} ({app.company}, {app.position}) is recorded"
    if not pending:
        return Interrupted(f"Interrupted, but {where} and its thank-you drafts are made.")
    notes = "draft" if len(pending) == 1 else "drafts"
    verb = "is" if len(pending) == 1 else "are"
    return Interrupted(f"Interrupted: {where}, but the thank-you {notes} to {_and(pending)} {verb} not confirmed yet; "
                       "run the same `assistant add` again (or `assistant sync`) to finish only those.")


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def draft_missing(rt: Collaborators, app: Application, people: list[Interviewer], attachment: Attachment | None,
                  builder: LetterBuilder | None = None) -> list[Letter]:
    """A thank-you draft for each person, each behind an intent committed first."""
    from assistant.services.interviews import Interviews

    builder = builder or LetterBuilder(rt)
    outbox = outbox_for(rt)
    done = []
    for person in people:
        now = rt.clock.now()
        mid = new_message_id(builder.sender.email)
        letter = builder.thank_you(app, person, mid, attachment)
        intent = outbox.record_intent(Interviews._intent(app, person, mid, letter, now))
        done.append(outbox.dispatch(intent, letter.raw, fresh=True))
    return done


def complete_recorded(rt: Collaborators, app: Application, attachment: Attachment | None, *, drafts: bool) -> AddResult:
    """`add` again for an interview already recorded: make only the notes it is missing, never a second one."""
    from assistant.services.interviews import AddResult

    now = rt.clock.now()
    if not drafts or app.interview_at > now:
        return AddResult(application=app, drafts=(), send_by=None, already_recorded=True,
                         drafts_after=_drafts_after(app, now))
    builder = LetterBuilder(rt)
    outbox = outbox_for(rt)
    try:
        # An intent may have reached Gmail before the interruption: dispatch looks for it first.
        done = [outbox.dispatch(letter, builder.rebuild(letter)) for letter in unfinished_notes(rt.repo, app.key)]
        done += draft_missing(rt, app, missing_notes(rt.repo, app), attachment, builder)
    except KeyboardInterrupt:
        raise interrupted_after_recording(rt.repo, app.key) from None
    zone = ZoneInfo(rt.profile.timezone)
    send_by = thank_you_send_by(app.interview_at, app.kind, now, zone, rules_for(rt.profile).is_holiday) if done else None
    return AddResult(application=rt.repo.application(app.key), drafts=tuple(done), send_by=send_by,
                     already_recorded=True)


def _drafts_after(app: Application, now: datetime) -> datetime | None:
    return interview_end(app.interview_at, app.kind) if app.interview_at > now and not app.no_follow_up else None
