"""Phase B of the sync: the Gmail writes. Each one is an intent row committed first.

- withdraw inquiry drafts the employer's answer made stale;
- finish letters a previous run left as intents (after looking for them in Gmail);
- create the status inquiries that are due (a draft, or a send in `send` mode).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from assistant.domain.models import Application, Interviewer, Letter
from assistant.domain.schedule import FollowUpRules, debrief_deadline, notes_after_interview, status_inquiry_due
from assistant.domain.states import THANKING, UNSENT, Label, LetterState, Purpose, RoundState, Stage
from assistant.domain.workdays import IsHoliday
from assistant.letters.build import LetterBuilder
from assistant.letters.mime import new_message_id
from assistant.letters.outbox import outbox_for
from assistant.services.draft_life import withdraw
from assistant.services.ports import Collaborators
from assistant.services.sync_events import (
    AddressesBounced,
    CallWaiting,
    DebriefDue,
    DraftedWithoutDebrief,
    InquiryWaiting,
    InquiryWithdrawn,
    LetterWritten,
    ResumeChanged,
    SentBeforeAnswer,
    ThankYouOverdue,
    WouldDraftThankYou,
    WouldFinish,
    WouldWithdraw,
    WouldWriteInquiry,
    WrittenElsewhere,
)
from assistant.services.views import rules_for
from assistant.services.writers import writer_pid
from assistant.store.db import transaction

if TYPE_CHECKING:
    from assistant.services.draft_life import Withdrawal
    from assistant.services.sync import SyncReport


class FollowUps:
    """Phase B of one sync run; what it does goes into `report` as typed events."""

    def __init__(self, rt: Collaborators, report: SyncReport, *, dry_run: bool) -> None:
        self.rt = rt
        self.repo = rt.repo
        self.report = report
        self.dry_run = dry_run
        self.builder = LetterBuilder(rt)
        self.outbox = outbox_for(rt)

    def run(self) -> None:
        self._resume_changes()
        self._withdraw()
        self._finish_intents()
        self._notes_after_interview()
        self._overdue_thank_yous()
        self._inquiries()
        self._offers()
        self._expedite_notes()

    def _resume_changes(self) -> None:
        """Unsent thank-you drafts carry the resume as it was; say when the file has changed since."""
        from assistant.letters.context import resume_digest

        waiting = {lt.application_id for lt in self.repo.letters(purpose=Purpose.THANK_YOU, states=UNSENT)}
        for app_id in sorted(waiting):
            app = self.repo.application(app_id)
            if app.resume_path and app.resume_sha256 and resume_digest(app.resume_path) not in (app.resume_sha256, None):
                self.report.attention.append(ResumeChanged(app_id, app.resume_path))

    def _withdraw(self) -> None:
        """The employer answered: an unsent inquiry is withdrawn, after checking what its draft id holds."""
        for letter in self.repo.letters(states=(LetterState.WITHDRAW_PENDING,)):
            if self.dry_run:
                self.report.would.append(WouldWithdraw(letter.application_id, letter.draft_id, letter.subject))
                continue
            draft_id = letter.draft_id   # as the letter knew it: what the report names
            if letter.draft_id is None:  # an intent that may have reached Gmail before a crash
                found = self.rt.mailbox.find_draft(letter.tool_message_id, letter.thread_id)
                letter = replace(letter, draft_id=found.draft_id if found else None)
            done = withdraw(self.rt.mailbox, letter)
            if done.outcome == "deleted":
                self.rt.crash_point("after_gmail_write.draft_withdrawn")
            self._withdrawn(letter, done, draft_id)

    def _withdrawn(self, letter: Letter, done: Withdrawal, draft_id: str | None) -> None:
        """Record what the withdrawal really did; a letter already sent or scheduled is kept and said so."""
        now, app_id = self.rt.clock.now(), letter.application_id
        head = done.where.head
        with transaction(self.repo.conn):
            if done.outcome == "sent" and head is not None:
                self.repo.update_letter(letter.key, state=LetterState.SENT, gmail_message_id=head.id, thread_id=head.thread_id,
                                        rfc_message_id=head.header("message-id") or letter.rfc_message_id,
                                        sent_at=head.internal_date)
                self.repo.add_event(app_id, head.internal_date, f"{letter.purpose}_sent",
                                    f"you sent \"{letter.subject}\" to {letter.to_addr} before the answer was read")
            elif done.outcome == "scheduled" and head is not None:
                self.repo.update_letter(letter.key, state=LetterState.SCHEDULED, gmail_message_id=head.id,
                                        scheduled_for=head.internal_date)
            else:
                self.repo.update_letter(letter.key, state=LetterState.WITHDRAWN)
                said = ("was deleted" if done.outcome == "deleted" else "was already gone from Gmail")
                self.repo.add_event(app_id, now, "inquiry_withdrawn",
                                    f"the employer answered, so the unsent \"{letter.subject}\" {said}")
        if done.outcome in ("deleted", "already_gone"):
            self.report.withdrawn.append(InquiryWithdrawn(app_id, draft_id, letter.subject, done.outcome))
        elif done.outcome == "sent":
            self.report.moved.append(SentBeforeAnswer(app_id, letter.subject))
        # A scheduled one: `Sync` names it in an attention item (scheduled_after_answer).

    def _finish_intents(self) -> None:
        for letter in self.repo.letters(states=(LetterState.INTENT,)):
            if self.dry_run:
                self.report.would.append(WouldFinish(letter.application_id, letter.to_addr, letter.subject))
                continue
            letter = self.outbox.claimed(letter)
            if letter.state != LetterState.INTENT:  # finished meanwhile by the run that had it
                continue
            done = letter if letter.writer != self.outbox.writer else \
                self.outbox.dispatch(letter, self.builder.rebuild(letter))
            if done.state == LetterState.INTENT:  # another live run is uploading it: leave it alone
                self.report.skipped.append(WrittenElsewhere(letter.application_id, letter.subject, letter.to_addr,
                                                            writer_pid(done.writer or '')))
                continue
            self._record(done)

    def _notes_after_interview(self) -> None:
        """An interview recorded before it took place: once it has ended, ask for a debrief; its notes are
        drafted by `assistant debrief`, or here without one close to the send-by time (DEBRIEF_MARGIN)."""
        from assistant.services.completion import awaiting_interview_end, draft_missing, missing_notes

        now = self.rt.clock.now()
        for app in self.repo.applications(active_only=True):
            if awaiting_interview_end(self.repo, app, now) is not False:
                continue   # still ahead (None: nothing is waiting for it)
            latest = app.latest_round
            self._held(app)
            step = notes_after_interview(app.interview_at, app.kind, bool(latest and latest.debriefed_at), now,
                                         self.zone, self.is_holiday)
            if step == "debrief":
                met = latest.interviewers if latest else app.interviewers
                self.report.attention.append(DebriefDue(
                    app.key, tuple(p.display for p in met), app.interview_at,
                    debrief_deadline(app.interview_at, app.kind, self.zone, self.is_holiday)))
                continue
            people = missing_notes(self.repo, app)
            if self.dry_run:
                self.report.would.extend(WouldDraftThankYou(app.key, p.email) for p in people)
                continue
            made = draft_missing(self.rt, app, people, None, self.builder)
            for letter in made:
                self._record(letter)
            if made and step == "draft_without":
                self._drafted_without_debrief(app)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.rt.profile.timezone)

    @property
    def is_holiday(self) -> IsHoliday:
        return rules_for(self.rt.profile).is_holiday

    def _held(self, app: Application) -> None:
        """An upcoming round that has ended is held (stored, for `show` and older readers)."""
        latest = app.latest_round
        if latest is not None and latest.state == RoundState.UPCOMING and not self.dry_run:
            with transaction(self.repo.conn):
                self.repo.update_round(latest.key, state=RoundState.HELD)

    def _drafted_without_debrief(self, app: Application) -> None:
        from assistant.domain.schedule import thank_you_send_by

        send_by = thank_you_send_by(app.interview_at, app.kind, self.rt.clock.now(), self.zone,
                                    self.is_holiday).deadline
        with transaction(self.repo.conn):
            self.repo.add_event(app.key, self.rt.clock.now(), "drafted_without_debrief",
                                "no debrief came before the send-by time drew near")
        self.report.attention.append(DraftedWithoutDebrief(app.key, app.interview_at, send_by))

    def _overdue_thank_yous(self) -> None:
        """A thank-you still unsent after its send-by time: remind the user on every (daily) sync."""
        from zoneinfo import ZoneInfo

        from assistant.domain.schedule import thank_you_send_by

        now, zone = self.rt.clock.now(), ZoneInfo(self.rt.profile.timezone)
        is_holiday = rules_for(self.rt.profile).is_holiday
        for app in self.repo.applications(active_only=True):
            if self._after_run(app).stage not in THANKING:
                continue   # an inquiry or an answer has moved on: a late thank-you no longer matters
            # Each note is late by its own round's send-by time: an earlier round's unsent note is not
            # forgiven because a later round was recorded (whose notes may not even be due yet).
            rounds = {rnd.id: rnd for rnd in app.rounds}
            late, deadline = [], None
            for letter in self.repo.letters(app.id, purpose=Purpose.THANK_YOU, states=UNSENT):
                rnd = rounds.get(letter.round_id)
                send_by = thank_you_send_by(rnd.start if rnd else app.interview_at, rnd.kind if rnd else app.kind,
                                            now, zone, is_holiday)
                if send_by.overdue:
                    late.append(letter.to_addr)
                    deadline = send_by.deadline if deadline is None else min(deadline, send_by.deadline)
            if late and deadline is not None:
                self.report.attention.append(ThankYouOverdue(app.key, tuple(late), deadline))

    def _after_run(self, app: Application) -> Application:
        """The application as this run leaves it. A dry run stores no answer, so the answers it read are
        applied here with the same rules (`services/answers.py`, `lifecycle.after_answer`) for its preview
        to match a real run; a real run has stored them already."""
        if not self.dry_run:
            return app
        from assistant.domain.lifecycle import after_answer
        from assistant.domain.models import CONFIDENT

        for reply in self.report.replies:
            if reply.application_id != app.key or reply.label in (Label.BOUNCE, Label.AUTO_REPLY, Label.OTHER) \
                    or (reply.label == Label.REJECTION and reply.confidence < CONFIDENT):
                continue   # not an answer (a doubtful rejection waits for `assistant confirm`)
            app = replace(app, stage=after_answer(app.stage, reply.label).stage or app.stage,
                          answered_at=app.answered_at or self.rt.clock.now())
        return app

    def _thank_you_unsent(self, app: Application, person: Interviewer) -> bool:
        """Whether this person's thank-you note is still an unsent draft (no inquiry goes to them before it)."""
        return any(lt.interviewer_id == person.id
                   for lt in self.repo.letters(app.id, purpose=Purpose.THANK_YOU, states=UNSENT))

    def _record(self, letter: Letter) -> None:
        # The stage it implies was committed with the letter (Outbox._commit).
        (self.report.sent if letter.state == LetterState.SENT else self.report.drafts_created).append(LetterWritten.of(letter))

    def _inquiries(self) -> None:
        rules, now = rules_for(self.rt.profile), self.rt.clock.now()
        mode = self.rt.profile.followup_mode
        for app in map(self._after_run, self.repo.applications(active_only=True)):
            latest = app.latest_round
            if latest is None:
                continue
            made = bool(self.repo.letters(app.id, purpose=Purpose.STATUS_INQUIRY, round_id=latest.key))
            due = status_inquiry_due(app, rules, inquiry_made=made, answered=app.answered_at is not None)
            if due is None or due > now:
                continue
            if app.follow_up_by == "phone":   # they asked for a call: a reminder each sync, no draft
                self._call(app, rules, now)
                continue
            person = self.builder.inquiry_recipient(app)
            if person is None:
                self.report.attention.append(AddressesBounced(app.key))
                continue
            if self._thank_you_unsent(app, person):
                self.report.attention.append(InquiryWaiting(app.key, person.email))
                continue
            mid = new_message_id(self.builder.sender.email)
            letter, _ = self.builder.status_inquiry(app, person, mid)
            if self.dry_run:
                self.report.would.append(WouldWriteInquiry(app.key, mode == "send", person.email, letter.subject,
                                                           letter.text))
                continue
            intent = self.outbox.record_intent(Letter(
                application_id=app.key, interviewer_id=person.key, purpose=Purpose.STATUS_INQUIRY, mode=mode,
                state=LetterState.INTENT, tool_message_id=mid, to_addr=person.email, subject=letter.subject, created_at=now,
                round_id=latest.key))
            self._record(self.outbox.dispatch(intent, letter.raw, fresh=True))

    def _call(self, app: Application, rules: FollowUpRules, now: datetime) -> None:
        """The call reminder; like the inquiry, it waits until the thank-you to the person to call is sent."""
        from assistant.services.calls import call_reminder

        person = app.main_contact
        if person is not None and self._thank_you_unsent(app, person):
            self.report.attention.append(CallWaiting(app.key, person.display))
            return
        self.report.attention.append(call_reminder(app, rules, now))

    def _expedite_notes(self) -> None:
        """An offer arrived: every other active application is offered a note asking about its timeline."""
        offered = [r.application_id for r in self.report.replies if r.label == Label.OFFER]
        if offered:
            from assistant.services.expedite import expedite_notes

            self.report.attention.extend(expedite_notes(self.repo, offered, just_read=self.dry_run))

    def _offers(self) -> None:
        """A confident rejection arrived: the keep-on-file reply is offered (the CLI asks or lists it)."""
        rejected_now = {r.application_id for r in self.report.replies if r.label == Label.REJECTION}
        for app_id in sorted(rejected_now):
            app = self.repo.application(app_id)
            if app.stage == Stage.REJECTED and not self.repo.letters(app_id, purpose=Purpose.KEEP_ON_FILE):
                self.report.offers.append(app_id)

