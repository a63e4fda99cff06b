"""Phase A of the sync: read what changed in Gmail and decide what it means locally.

Nothing here writes to Gmail or to the database; it produces a `Plan` that
`sync.Sync` commits in one transaction together with the new history id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from assistant.domain.matching import Candidate, Match, match_bounce, match_message, needs_body, recipients
from assistant.domain.models import Application, Letter, Reply
from assistant.gmail.mailbox import HistoryExpired, MessageHead, MessageRef

HEADERS = ("From", "To", "Cc", "Subject", "Message-ID", "In-Reply-To", "References", "Date", "Auto-Submitted")
FALLBACK_LIMIT = 500


@dataclass
class Plan:
    """Everything one sync learned, before it is committed."""

    start_history_id: int | None = None
    new_history_id: int | None = None
    fallback: bool = False
    read_ids: set[str] = field(default_factory=set)

    @property
    def messages_read(self) -> int:
        return len(self.read_ids)
    sent: list[tuple[Letter, MessageHead]] = field(default_factory=list)
    deleted: list[Letter] = field(default_factory=list)
    edited: list[tuple[Letter, str]] = field(default_factory=list)
    manual: list[tuple[Application, MessageHead]] = field(default_factory=list)
    replies: list[tuple[Reply, Any]] = field(default_factory=list)   # (reply, classification)


def candidates(repo: Any, apps: list[Application]) -> list[Candidate]:
    found = []
    for app in apps:
        letters = repo.letters(app.id)
        replies = repo.replies(app.id)
        ids = {l.tool_message_id for l in letters} | {l.rfc_message_id for l in letters if l.rfc_message_id}
        ids |= {r.rfc_message_id for r in replies if r.rfc_message_id}
        threads = {l.thread_id for l in letters if l.thread_id} | {r.thread_id for r in replies if r.thread_id}
        found.append(Candidate(
            app_id=app.id, company=app.company, position=app.position,
            interviewer_emails=frozenset(p.email for p in app.interviewers),
            message_ids=frozenset(ids), thread_ids=frozenset(threads), interview_at=app.interview_at,
            active=app.stage not in ("closed", "rejected", "offer"),
        ))
    return found


class SyncReader:
    def __init__(self, rt: Any, classify: Any, progress: Any = None) -> None:
        self.rt = rt
        self.progress = progress or (lambda message: None)
        self.repo = rt.repo
        self.mailbox = rt.mailbox
        self.classify = classify

    def changes(self, plan: Plan) -> tuple[list[MessageRef], set[str]]:
        """Messages added and deleted since the last sync (one request when nothing changed)."""
        start = self.repo.get_state("history_id")
        if start is None:
            plan.new_history_id = self.mailbox.history_id()
            return [], set()
        plan.start_history_id = int(start)
        try:
            delta = self.mailbox.history(int(start))
        except HistoryExpired:
            # Gmail keeps history for a limited time: search since the last sync instead.
            plan.fallback = True
            plan.new_history_id = self.mailbox.history_id()
            last = self.repo.get_state("last_sync_at")
            since = datetime.fromisoformat(last) if last else self.rt.clock.now() - timedelta(days=30)
            after = int((since - timedelta(days=1)).timestamp())
            return self.mailbox.search(f"after:{after}", limit=FALLBACK_LIMIT), set()
        plan.new_history_id = delta.history_id
        return list(delta.added), set(delta.deleted)

    def read(self) -> Plan:
        plan = Plan()
        refs, deleted = self.changes(plan)
        apps = self.repo.applications()
        letters = self.repo.letters()
        # Skip our own settled letters and replies already stored. An open draft's id stays in:
        # Gmail may keep a draft's message id when the user sends it (then only its labels change).
        settled = {l.gmail_message_id for l in letters if l.gmail_message_id and l.state != "drafted"}
        known = self.repo.known_reply_ids()
        refs = [r for r in refs if r.id not in settled and r.id not in known]
        drafted = [l for l in letters if l.state == "drafted"]
        self._draft_life(plan, refs, deleted, drafted, apps)
        self._incoming(plan, refs, apps)
        return plan

    # ---- the user's side: drafts sent, edited, deleted; mail written by hand ----
    def _draft_life(self, plan: Plan, refs: list[MessageRef], deleted: set[str], drafted: list[Letter],
                    apps: list[Application]) -> None:
        sent_refs = [r for r in refs if "SENT" in r.label_ids or not r.label_ids]
        heads = self.mailbox.heads([r.id for r in sent_refs], HEADERS) if sent_refs else {}
        plan.read_ids |= set(heads)
        sent_heads = [h for h in heads.values() if "SENT" in h.label_ids]
        matched: set[int] = set()
        for head in sorted(sent_heads, key=lambda h: h.internal_date):
            letter = self._letter_for_sent(head, drafted, matched)
            if letter is not None:
                matched.add(letter.id)
                plan.sent.append((letter, head))
                continue
            to = recipients(head.headers)
            for app in apps:
                if app.stage not in ("closed",) and to & {p.email for p in app.interviewers}:
                    plan.manual.append((app, head))
                    break
        for letter in drafted:
            if letter.id in matched or letter.gmail_message_id not in deleted:
                continue
            draft = self.mailbox.get_draft(letter.draft_id)
            if draft is None:
                plan.deleted.append(letter)
            elif draft.message_id != letter.gmail_message_id:
                plan.edited.append((letter, draft.message_id))

    @staticmethod
    def _letter_for_sent(head: MessageHead, drafted: list[Letter], taken: set[int]) -> Letter | None:
        """Which of our drafts this SENT message is: by Message-ID, by thread, or by recipient since drafted."""
        open_letters = [l for l in drafted if l.id not in taken]
        mid = head.header("message-id")
        for letter in open_letters:
            if mid and mid in (letter.tool_message_id, letter.rfc_message_id):
                return letter
        for letter in open_letters:
            if letter.thread_id and letter.thread_id == head.thread_id:
                return letter
        to = recipients(head.headers)
        for letter in open_letters:
            if letter.to_addr in to and letter.drafted_at and head.internal_date >= letter.drafted_at - timedelta(minutes=1):
                return letter
        return None

    # ---- the employer's side: replies matched, classified ----------------------
    def _incoming(self, plan: Plan, refs: list[MessageRef], apps: list[Application]) -> None:
        if not refs:
            return
        cands = candidates(self.repo, apps)
        thread_app = {t: c for c in cands for t in c.thread_ids}
        incoming = [r for r in refs if r.label_ids and "SENT" not in r.label_ids and "DRAFT" not in r.label_ids]
        unknown = [r for r in refs if not r.label_ids]  # from a fallback search: labels come with the heads
        by_thread = {r.id: Match(thread_app[r.thread_id].app_id, "thread") for r in incoming if r.thread_id in thread_app}
        others = [r.id for r in incoming if r.id not in by_thread] + [r.id for r in unknown]
        if len(others) > 50:
            self.progress(f"Reading the headers of {len(others)} new messages…")
        heads = self.mailbox.heads(others, HEADERS) if others else {}
        plan.read_ids |= set(heads)
        matches: dict[str, Match | None] = dict(by_thread)
        for head in heads.values():
            if "SENT" in head.label_ids or "DRAFT" in head.label_ids:
                continue
            match = match_message(head.headers, head.thread_id, cands)
            if match is not None or needs_body(head.headers):
                matches[head.id] = match
        if not matches:
            return
        if len(matches) > 20:
            self.progress(f"Reading {len(matches)} messages about your applications…")
        raws = self.mailbox.raw_messages(list(matches))
        plan.read_ids |= set(raws)
        for mid, raw in sorted(raws.items(), key=lambda item: item[1].internal_date):
            self._classified(plan, raw, matches[mid], cands, heads.get(mid))

    def _classified(self, plan: Plan, raw: Any, match: Match | None, cands: list[Candidate],
                    head: MessageHead | None) -> None:
        import email
        import email.policy

        message = email.message_from_bytes(raw.raw, policy=email.policy.default)
        result = self.classify.classify_message(message)
        if result.label == "bounce":
            match = match_bounce(list(result.bounced_recipients), result.bounced_message_id, cands) or match
        elif match is None:  # an ATS message: does its body name the company or the position?
            headers = {k.lower(): str(v) for k, v in message.items()}
            match = match_message(headers, raw.thread_id, cands, body_text=self.classify.new_text(message))
        if match is None:
            return  # not about a tracked application: nothing is stored
        plan.replies.append((Reply(
            gmail_message_id=raw.id, application_id=match.app_id, received_at=raw.internal_date,
            label=result.label, confidence=result.confidence, matched_by=match.by, thread_id=raw.thread_id,
            rfc_message_id=str(message.get("Message-ID", "")).strip() or None,
            sender=str(message.get("From", "")), subject=str(message.get("Subject", "")),
            reasons=tuple(result.reasons),
        ), result))
