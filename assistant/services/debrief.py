"""`assistant debrief ID`: after an interview recorded ahead, what to say in its notes, then the notes.

An interview recorded before it took place drafts nothing until it has ended.
Then the sync asks for a debrief (an attention item of kind `debrief`); the
answers (detail, skill, missed point, time frame) are stored on the latest
round, and its thank-you notes are drafted at once. Without a debrief the sync
drafts them anyway `DEBRIEF_MARGIN` before the send-by time
(`domain/schedule.notes_after_interview`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from assistant.domain.dates import parse_hear_back
from assistant.domain.lifecycle import recorded_ahead
from assistant.domain.models import Application, Letter, Round
from assistant.domain.schedule import SendBy, interview_end, thank_you_send_by
from assistant.domain.states import LetterState, Purpose, RoundState
from assistant.errors import InputError, StateError
from assistant.services.ports import Collaborators
from assistant.services.views import rules_for
from assistant.store.db import transaction

if TYPE_CHECKING:
    from datetime import datetime

    from assistant.services.rounds import EarlierNoteWithdrawn


@dataclass
class DebriefForm:
    """What the user said about the interview (None: not given)."""

    detail: str | None = None
    skill: str | None = None
    missed: str | None = None
    hear_back: str | None = None

    def given(self) -> bool:
        return any(v is not None for v in (self.detail, self.skill, self.missed, self.hear_back))


@dataclass(frozen=True)
class DebriefResult:
    application: Application
    round: Round
    drafts: tuple[Letter, ...]
    send_by: SendBy | None
    replaced: tuple[EarlierNoteWithdrawn, ...] = ()   # earlier rounds' unsent notes the new ones replace


def _local(instant: datetime, zone: ZoneInfo) -> str:
    return instant.astimezone(zone).strftime("%a %d %b %Y, %H:%M")


def round_to_debrief(rt: Collaborators, app_id: int) -> tuple[Application, Round]:
    """The application and its latest round, when that round has ended and waits for its notes;
    otherwise one sentence saying why there is nothing to debrief."""
    repo, now, zone = rt.repo, rt.clock.now(), ZoneInfo(rt.profile.timezone)
    app = repo.application(app_id)
    latest = app.latest_round
    if latest is None:
        raise StateError(f"Application {app_id} has no interview round to debrief.")
    end = interview_end(latest.start, latest.kind)
    if now < end:
        raise StateError(f"Application {app_id}'s interview ({_local(latest.start, zone)}) has not ended yet; "
                         f"run `assistant debrief {app_id}` after {_local(end, zone)}.")
    letters = repo.letters(app_id)
    notes = [lt for lt in letters if lt.purpose == Purpose.THANK_YOU and lt.round_id == latest.id]
    if notes and all(lt.state == LetterState.SENT for lt in notes):
        raise StateError(f"The thank-you notes for application {app_id}'s interview of {_local(latest.start, zone)} "
                         "were already sent; there is nothing left to debrief.")
    if notes:
        raise StateError(f"The thank-you notes for application {app_id}'s interview of {_local(latest.start, zone)} "
                         f"are already drafted; `assistant edit {app_id} --detail …` rewrites the unsent ones.")
    if not recorded_ahead(app, letters):
        raise StateError(f"Application {app_id}'s interview of {_local(latest.start, zone)} has no thank-you notes "
                         "waiting for a debrief (it was recorded without drafts, or with no follow-up).")
    return app, latest


def debrief(rt: Collaborators, app_id: int, form: DebriefForm) -> DebriefResult:
    """Store the answers on the latest ended round and draft its notes now."""
    from assistant.services.completion import draft_missing, missing_notes
    from assistant.services.interviews import _free_text
    from assistant.services.rounds import withdraw_earlier_notes

    repo, now, zone = rt.repo, rt.clock.now(), ZoneInfo(rt.profile.timezone)
    app, rnd = round_to_debrief(rt, app_id)
    if not form.given():
        raise InputError("Give at least one of --detail, --skill, --missed or --hear-back "
                         "(not asked for because the input is not a terminal).")
    fields: dict[str, object] = {"debriefed_at": now, "state": RoundState.HELD}
    for name in ("detail", "skill", "missed"):
        value = getattr(form, name)
        if value is not None:
            fields[name] = _free_text(value)
    if form.hear_back is not None:
        fields["hear_back_by"] = parse_hear_back(form.hear_back, rnd.start, zone) if form.hear_back.strip() else None
    with transaction(repo.conn):
        repo.update_round(rnd.key, **fields)
        said = ", ".join(name.replace("_by", "") for name in ("detail", "skill", "missed", "hear_back_by")
                         if fields.get(name))
        repo.add_event(app_id, now, "debriefed", f"round {rnd.number}: {said or 'nothing to add'}")
    app = repo.application(app_id)
    done = tuple(draft_missing(rt, app, missing_notes(repo, app), None))
    send_by = thank_you_send_by(rnd.start, rnd.kind, now, zone, rules_for(rt.profile).is_holiday) if done else None
    replaced = withdraw_earlier_notes(rt, app_id, rnd) if done else ()
    return DebriefResult(application=repo.application(app_id), round=repo.round(rnd.key), drafts=done,
                         send_by=send_by, replaced=replaced)
