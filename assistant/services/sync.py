"""`assistant sync`: the daily job (README.md "How the sync works", "Sync cost and Gmail's limits").

Phase A (`sync_read`) reads what changed and plans the local changes in
parts; each part is committed in its own transaction, and the new history id
only with the last one, so a run stopped half way (rate limit, network,
Ctrl-C, kill) goes on from there next time and stores nothing twice. Phase B
makes the Gmail writes, each behind an intent row committed first, so a run
killed at any point and started again finishes the job without a second
draft or send.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from assistant.adapters.lock import exclusive
from assistant.domain.lifecycle import (
    follows_latest_round,
    stage_after_letter,
    stage_after_own_follow_up,
    stage_from_letters,
)
from assistant.domain.matching import recipients
from assistant.domain.models import CONFIDENT, Application, Letter, Reply
from assistant.domain.states import Label, LetterState, Purpose
from assistant.errors import GmailError, Interrupted
from assistant.gmail.mailbox import MessageHead, QuotaExhausted
from assistant.services.ports import Collaborators, SyncProgress
from assistant.services.sync_events import (
    Attention,
    AttentionEvent,
    DeliveryDelayed,
    DoubtfulReply,
    DraftDeletedByUser,
    InquiryWithdrawn,
    LetterWritten,
    OwnFollowUp,
    ReplyRead,
    ScheduleCancelled,
    ScheduledAfterAnswer,
    ScheduledByUser,
    SentByUser,
    StageRepaired,
    SyncEvent,
    WouldDo,
)
from assistant.services.sync_read import Plan, SyncReader
from assistant.store.db import transaction

if TYPE_CHECKING:
    from assistant.domain.classify import Classification
    from assistant.store.invitations import StoredInvitation

ANSWERS = ("next_step", "offer", "pending", "rejection")


@dataclass
class SyncReport:
    """What one sync did and found, as typed events (`assistant/services/sync_events.py`).

    `assistant/cli/sync_text.py` words them, for the summary and for `sync --json`.
    """

    messages_read: int = 0
    replies: list[ReplyRead] = field(default_factory=list)
    drafts_created: list[LetterWritten] = field(default_factory=list)
    sent: list[LetterWritten] = field(default_factory=list)
    offers: list[int] = field(default_factory=list)
    withdrawn: list[InquiryWithdrawn] = field(default_factory=list)
    skipped: list[SyncEvent] = field(default_factory=list)
    moved: list[SyncEvent] = field(default_factory=list)
    attention: list[AttentionEvent] = field(default_factory=list)
    would: list[WouldDo] = field(default_factory=list)
    invitations: list[StoredInvitation] = field(default_factory=list)   # from companies not tracked, waiting
    fallback: bool = False
    dry_run: bool = False

    def attend(self, application_id: int | None, kind: str, text: str) -> None:
        """Something needs the user, already in one sentence (`sync --json`: `attention`).

        A typed event from `sync_events` (appended to `attention`) is preferred: the CLI words it.
        """
        self.attention.append(Attention(application_id, kind, text))


class Sync:
    def __init__(self, rt: Collaborators, *, dry_run: bool = False, progress: SyncProgress | None = None) -> None:
        self.rt = rt
        self.repo = rt.repo
        self.dry_run = dry_run
        self.progress = progress
        self.replies: list[tuple[Reply, Classification]] = []        # every reply this run read, over all parts

    def run(self) -> SyncReport:
        from assistant.domain import classify

        report = SyncReport(dry_run=self.dry_run)
        with exclusive(self.rt.paths.lock_file):
            reader = SyncReader(self.rt, classify, self.progress)
            try:
                for part in reader.read():
                    self._take(part, report)
            except GmailError as error:
                raise _stopped(error, reader) from error
            except KeyboardInterrupt:
                raise Interrupted(f"Interrupted after reading {reader.done} of {reader.total} messages about your "
                                  "applications; what was read is saved, and the next `assistant sync` continues "
                                  "from there.") from None
            if not self.dry_run:
                self._repair_stages(report)
            from assistant.services.followup import FollowUps

            FollowUps(self.rt, report, dry_run=self.dry_run).run()
            if not self.dry_run:
                self._scheduled_after_answers(self.replies, report)
            from assistant.services.invitations import listed

            report.invitations = listed(self.rt)
        return report

    def _take(self, part: Plan, report: SyncReport) -> None:
        """Report one part of the plan and commit it (a dry run only reports)."""
        report.messages_read += part.messages_read
        report.fallback = report.fallback or part.fallback
        self.replies += part.replies
        self._describe(part, report)
        if not self.dry_run:
            report.moved += self._commit(part)
            if part.replies:  # tests kill the run here: some replies stored, the history id not moved
                self.rt.crash_point("sync_replies_committed")

    def _scheduled_after_answers(self, replies: list[tuple[Reply, Classification]], report: SyncReport) -> None:
        """The employer answered while a letter of the user's waits in Gmail's Scheduled folder.

        The tool cannot cancel a scheduled send (its scopes do not allow it, and the
        API offers no way), so it tells the user where to do it.
        """
        answered = sorted({reply.application_id for reply, _ in replies if reply.label in ANSWERS})
        for app_id in answered:
            company = self.repo.application(app_id).company
            for letter in self.repo.letters(app_id, states=(LetterState.SCHEDULED,)):
                report.attention.append(ScheduledAfterAnswer(app_id, company, letter.subject, letter.to_addr,
                                                             letter.scheduled_for))

    def _describe(self, plan: Plan, report: SyncReport) -> None:
        for letter, _head in plan.sent:
            report.moved.append(SentByUser(letter.application_id, letter.subject, letter.to_addr))
        for letter, head in plan.scheduled:
            report.moved.append(ScheduledByUser(letter.application_id, letter.subject, letter.to_addr,
                                                head.internal_date))
        for letter, where in plan.redrafted:
            if letter.state == LetterState.SCHEDULED:
                report.moved.append(ScheduleCancelled(letter.application_id, letter.subject, where.draft_id))
        for letter in plan.deleted:
            report.skipped.append(DraftDeletedByUser(letter.application_id, letter.subject))
        for app, head in plan.manual:
            report.moved.append(OwnFollowUp(app.key, head.header("subject"), head.header("to")))
        for reply, result in plan.replies:
            report.replies.append(ReplyRead(reply.application_id, reply.rfc_message_id, reply.label,
                                            round(reply.confidence, 2), reply.sender, reply.subject, reply.matched_by))
            if reply.label == Label.BOUNCE and not getattr(result, "bounce_permanent", True):
                # A delay report: the server keeps trying, so nothing is marked bad (issue 12).
                report.attention.append(DeliveryDelayed(reply.application_id, tuple(result.bounced_recipients)))
            if reply.label == Label.REJECTION and reply.confidence < CONFIDENT:
                report.attention.append(DoubtfulReply(reply.application_id, reply.subject, reply.confidence))

    # ---- phase A commit: one transaction, with the history id -------------------
    def _commit(self, plan: Plan) -> list[SyncEvent]:
        """Commit one part; the calendar invitations' effects come back as events (they depend on what is stored)."""
        from assistant.services.invitations import take_invitation

        repo, now = self.repo, self.rt.clock.now()
        events: list[SyncEvent] = []
        with transaction(repo.conn):
            for letter, head in plan.sent:
                self._mark_sent(letter, head)
            for letter in plan.deleted:
                repo.update_letter(letter.key, state=LetterState.DELETED)
                repo.add_event(letter.application_id, now, "draft_deleted", f"\"{letter.subject}\" deleted in Gmail")
            for letter, message_id in plan.edited:
                repo.update_letter(letter.key, gmail_message_id=message_id)
            for letter, where in plan.redrafted:  # a new draft id (edited in Gmail, or a schedule cancelled)
                repo.update_letter(letter.key, state=LetterState.DRAFTED, draft_id=where.draft_id,
                                   gmail_message_id=where.message_id, scheduled_for=None)
            for letter, head in plan.scheduled:
                repo.update_letter(letter.key, state=LetterState.SCHEDULED, gmail_message_id=head.id,
                                   scheduled_for=head.internal_date)
                repo.add_event(letter.application_id, now, f"{letter.purpose}_scheduled",
                               f"\"{letter.subject}\" scheduled in Gmail for {head.internal_date.isoformat()}")
            for app, head in plan.manual:
                self._manual_follow_up(app, head)
            for reply, result in plan.replies:
                if repo.add_reply(reply):
                    from assistant.services.answers import apply_answer

                    apply_answer(self.rt, reply, result)
            for seen in plan.invitations:
                event = take_invitation(self.rt, seen)
                if event is not None:
                    events.append(event)
            if plan.checked:
                repo.set_state("checked_ids", json.dumps({**self._checked(), **plan.checked}))
            if plan.final:
                self._finish(plan)
        return events

    def _finish(self, plan: Plan) -> None:
        """The last part: everything before it is committed, so the history id may move on."""
        repo, now = self.repo, self.rt.clock.now()
        if plan.new_history_id is not None:
            repo.set_state("history_id", str(plan.new_history_id))
        for key, value in plan.search_state.items():
            repo.set_state(key, value)
        repo.set_state("last_sync_at", now.isoformat())
        search_from = repo.get_state("search_from")
        if search_from:  # forget checked candidates no search can return any more
            horizon = datetime.fromisoformat(search_from).timestamp() - 86400
            repo.set_state("checked_ids", json.dumps({k: v for k, v in self._checked().items() if v >= horizon}))

    def _checked(self) -> dict[str, int]:
        stored = self.repo.get_state("checked_ids")
        return json.loads(stored) if stored else {}

    def _repair_stages(self, report: SyncReport) -> None:
        """Move on any stage its letters have passed (a run killed between two commits, in older versions)."""
        repo, now = self.repo, self.rt.clock.now()
        with transaction(repo.conn):
            for app in repo.applications(active_only=True):
                stage = stage_from_letters(app.stage, [lt for lt in repo.letters(app.id)
                                                       if follows_latest_round(app, lt)])
                if stage != app.stage:
                    repo.update_application(app.key, now, stage=stage)
                    repo.add_event(app.key, now, "stage_repaired", f"{app.stage} -> {stage}, as its letters say")
                    report.moved.append(StageRepaired(app.key, app.stage, stage))

    def _mark_sent(self, letter: Letter, head: MessageHead) -> None:
        repo = self.repo
        repo.update_letter(letter.key, state=LetterState.SENT, gmail_message_id=head.id, thread_id=head.thread_id,
                           rfc_message_id=head.header("message-id") or letter.rfc_message_id,
                           sent_at=head.internal_date)
        repo.add_event(letter.application_id, head.internal_date, f"{letter.purpose}_sent",
                       f"you sent \"{letter.subject}\" to {letter.to_addr}")
        app = repo.application(letter.application_id)
        fields: dict[str, Any] = {}
        if not follows_latest_round(app, letter):
            return   # an earlier round's letter went out late: the current round's follow-up is unchanged
        stage = stage_after_letter(app.stage, letter.purpose, LetterState.SENT)
        if stage is not None:
            fields["stage"] = stage
        if letter.purpose == Purpose.THANK_YOU and (app.thanked_at is None or head.internal_date < app.thanked_at):
            fields["thanked_at"] = head.internal_date
        repo.update_application(app.key, self.rt.clock.now(), **fields)   # nothing to set: no write

    def _manual_follow_up(self, app: Application, head: MessageHead) -> None:
        """Mail the user wrote by hand to an interviewer: it is their follow-up; no inquiry after it."""
        repo = self.repo
        latest = app.latest_round
        if repo.letters(app.id, purpose=Purpose.STATUS_INQUIRY, round_id=latest.id if latest else None):
            return
        stored = repo.add_letter(Letter(round_id=latest.id if latest else None,
            application_id=app.key, purpose=Purpose.STATUS_INQUIRY, mode="manual", state=LetterState.SENT,
            tool_message_id=head.header("message-id") or f"<manual-{head.id}@gmail>",
            to_addr=sorted(recipients(head.headers))[0],
            subject=head.header("subject") or "(no subject)", created_at=head.internal_date,
        ))
        repo.update_letter(stored.key, gmail_message_id=head.id, thread_id=head.thread_id, sent_at=head.internal_date)
        repo.add_event(app.key, head.internal_date, "own_follow_up", f"you wrote \"{head.header('subject')}\"")
        stage = stage_after_own_follow_up(app.stage)
        if stage is not None:
            repo.update_application(app.key, self.rt.clock.now(), stage=stage)


def _stopped(error: GmailError, reader: SyncReader) -> GmailError:
    """The error a read stopped on, saying how far it got and that the next run continues."""
    if isinstance(error, QuotaExhausted):
        where = (f"after reading {reader.done} of {reader.total} messages about your applications"
                 if reader.total else "while reading what changed")
        return QuotaExhausted(f"Gmail's per-user rate limit stopped this sync {where}; what was read is saved.",
                              hint="The next `assistant sync` continues from there (the limit frees up within a minute).")
    if reader.done:
        return type(error)(error.message, hint=f"The {reader.done} messages read before it are saved; "
                                               "the next `assistant sync` continues from there.")
    return error

