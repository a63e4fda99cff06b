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
OPEN = ("drafted", "scheduled")               # letters not yet sent: a draft, or scheduled in Gmail
USERS_OWN = {"SENT", "DRAFT", "SCHEDULED"}   # labels only the user's own messages carry


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
    redrafted: list[tuple[Letter, Any]] = field(default_factory=list)   # (letter, Whereabouts): a new draft id
    scheduled: list[tuple[Letter, MessageHead]] = field(default_factory=list)
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
        self._own: frozenset[str] | None = None   # the user's addresses, read once when first needed

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
        changed = bool(refs or deleted) or plan.fallback
        apps = self.repo.applications()
        letters = self.repo.letters()
        # Skip our own settled letters and replies already stored. An open letter's id stays in:
        # Gmail may keep a draft's (or a scheduled message's) id when it is sent (only its labels change).
        settled = {l.gmail_message_id for l in letters if l.gmail_message_id and l.state not in OPEN}
        known = self.repo.known_reply_ids()
        refs = [r for r in refs if r.id not in settled and r.id not in known]
        drafted = [l for l in letters if l.state in OPEN]
        self._draft_life(plan, refs, deleted, drafted, apps, changed)
        self._incoming(plan, refs, apps)
        return plan

    # ---- the user's side: drafts sent, edited, deleted; mail written by hand ----
    def _draft_life(self, plan: Plan, refs: list[MessageRef], deleted: set[str], drafted: list[Letter],
                    apps: list[Application], changed: bool) -> None:
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
        if changed:  # nothing in the mailbox changed, nothing to check; after a 404, check them all
            self._open_letters_checked(plan, [l for l in drafted if l.id not in matched])

    def _open_letters_checked(self, plan: Plan, open_letters: list[Letter]) -> None:
        """Each open letter's draft, looked up (draft_life.locate) before it is called sent, scheduled or deleted."""
        from assistant.services.draft_life import locate

        for letter in open_letters:
            where = locate(self.mailbox, letter)
            if where.kind == "draft" and where.draft_id != letter.draft_id or (
                    where.kind == "draft" and letter.state != "drafted"):
                plan.redrafted.append((letter, where))
            elif where.kind == "draft" and where.message_id != letter.gmail_message_id:
                plan.edited.append((letter, where.message_id))
            elif where.kind == "scheduled" and where.head is not None and (
                    letter.state != "scheduled" or letter.scheduled_for != where.when):
                plan.scheduled.append((letter, where.head))
            elif where.kind == "sent" and where.head is not None:
                plan.sent.append((letter, where.head))
                # It is this letter, not mail the user wrote by hand.
                plan.manual = [(app, head) for app, head in plan.manual if head.id != where.head.id]
            elif where.kind == "gone":
                plan.deleted.append(letter)

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
            # A scheduled letter goes out in its own conversation: other mail to the same person is not it.
            if letter.state == "scheduled":
                continue
            if letter.to_addr in to and letter.drafted_at and head.internal_date >= letter.drafted_at - timedelta(minutes=1):
                return letter
        return None

    def _from_user(self, from_header: str) -> bool:
        """Sent from the authorized address or one of the user's send-as addresses."""
        from email.utils import parseaddr

        if self._own is None:
            self._own = self.mailbox.own_addresses()
        return parseaddr(from_header)[1].lower() in self._own

    # ---- the employer's side: replies matched, classified ----------------------
    def _incoming(self, plan: Plan, refs: list[MessageRef], apps: list[Application]) -> None:
        if not refs:
            return
        cands = candidates(self.repo, apps)
        thread_app = {t: c for c in cands for t in c.thread_ids}
        incoming = [r for r in refs if r.label_ids and not set(r.label_ids) & USERS_OWN]
        unknown = [r for r in refs if not r.label_ids]  # from a fallback search: labels come with the heads
        by_thread = {r.id: Match(thread_app[r.thread_id].app_id, "thread") for r in incoming if r.thread_id in thread_app}
        others = [r.id for r in incoming if r.id not in by_thread] + [r.id for r in unknown]
        if len(others) > 50:
            self.progress(f"Reading the headers of {len(others)} new messages…")
        heads = self.mailbox.heads(others, HEADERS) if others else {}
        plan.read_ids |= set(heads)
        matches: dict[str, Match | None] = dict(by_thread)
        for head in heads.values():
            if set(head.label_ids) & USERS_OWN:
                continue
            match = match_message(head.headers, head.thread_id, cands)
            if (match is not None or needs_body(head.headers)) and not self._from_user(head.header("from")):
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
        if set(raw.label_ids) & USERS_OWN or self._from_user(str(message.get("From", ""))):
            return  # the user's own mail (a thread match alone would take it for the employer's)
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
