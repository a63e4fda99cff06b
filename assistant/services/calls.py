"""The phone follow-up: the sync's call reminder and `assistant called ID` (SPEC "Following up the way it is done").

An application followed up by phone gets no inquiry draft. When the inquiry
would be due, the sync names whom to call, the number and a good window
(`domain/workdays.call_window`); `assistant called` records the call, which
counts as the one inquiry (`lifecycle.stage_after_call`).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from assistant.domain.lifecycle import may_record_call, stage_after_call
from assistant.domain.models import Application
from assistant.domain.people import check_single_line
from assistant.domain.schedule import FollowUpRules
from assistant.domain.states import UNSENT, LetterState, Purpose
from assistant.domain.workdays import call_window
from assistant.errors import StateError
from assistant.services.ports import Collaborators
from assistant.services.sync_events import CallDue
from assistant.store.db import transaction


def call_reminder(app: Application, rules: FollowUpRules, now: datetime) -> CallDue:
    """The attention item: whom to call, the number, the next good window in the user's zone (worded by the CLI)."""
    person = app.main_contact
    whom = person.display if person else f"the {app.company} team"
    opens, closes = call_window(now, rules.zone, rules.is_holiday)
    return CallDue(app.key, whom, app.contact_phone, app.position, opens, closes)


def record_call(rt: Collaborators, app_id: int, note: str | None) -> Application:
    """The user made the phone follow-up: recorded once, it ends the reminder and counts as the inquiry."""
    repo, now = rt.repo, rt.clock.now()
    app = repo.application(app_id)
    if app.called_at is not None:
        when = app.called_at.astimezone(ZoneInfo(rt.profile.timezone)).strftime("%a %d %b %Y, %H:%M")
        raise StateError(f"The call for application {app_id} was already recorded ({when}); one follow-up is enough.")
    if not may_record_call(app.stage):
        raise StateError(f"Application {app_id} is {app.stage.replace('_', ' ')}: there is no follow-up call to "
                         "record for it.")
    if note is not None:
        note = " ".join(check_single_line(note, "note").split()) or None
    person = app.main_contact
    said = f"you called {person.display if person else app.company}" + \
        (f" at {app.contact_phone}" if app.contact_phone else "") + (f": {note}" if note else "")
    stage = stage_after_call(app.stage)
    with transaction(repo.conn):
        repo.update_application(app_id, now, called_at=now, call_note=note, **({"stage": stage} if stage else {}))
        repo.add_event(app_id, now, "called", said)
        # The call is the follow-up: an unsent inquiry draft must not go out as well (the next sync withdraws it).
        for letter in repo.letters(app_id, purpose=Purpose.STATUS_INQUIRY, states=UNSENT):
            repo.update_letter(letter.key, state=LetterState.WITHDRAW_PENDING)
    return repo.application(app_id)



def thank_yous_unsent(rt: Collaborators, app_id: int) -> list[str]:
    """The addresses whose thank-you note is still an unsent draft (a call recorded before them hides them)."""
    return [lt.to_addr for lt in rt.repo.letters(app_id, purpose=Purpose.THANK_YOU, states=UNSENT)]
