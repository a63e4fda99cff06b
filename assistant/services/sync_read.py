"""Phase A of the sync: read what changed in Gmail and decide what it means locally.

Nothing here writes to Gmail or to the database. `read()` yields `Plan` parts:
first the user's own side (drafts sent, deleted, edited; mail written by
hand), then the employer's side in chunks of at most `CHUNK` messages, and a
last part that carries the new history id and search watermark. `sync.Sync`
commits each part in its own transaction, so a run stopped half way keeps
what it read and the next run, starting again from the old history id, skips
what is stored (README.md "Sync cost and Gmail's limits").

What is read (and so what it costs) follows what concerns the applications:
messages in threads the tool knows are named by history; other new mail is
narrowed with Gmail search (`mailsearch.queries`); only those candidates are
fetched, headers first, bodies only of messages that match. Calendar
invitations come the same way: a message carrying one (`text/calendar` or an
`.ics` file) is read only when a search named it as a candidate (a tracked
company's mail, or `mailsearch.invitation_query`), and its calendar comes with
that one read of the message.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from assistant.domain.mailsearch import SEARCH_LAG_ALLOWANCE, invitation_query, queries
from assistant.domain.matching import Candidate, Match, match_bounce, match_message, needs_body, recipients
from assistant.domain.models import Application, Letter, Reply
from assistant.domain.states import ACTIVE, IN_GMAIL_UNSENT, Label, LetterState, Stage
from assistant.gmail.mailbox import HistoryExpired, MessageHead, MessageRef, RawMessage
from assistant.services.invitations import InvitationSeen, invitations_seen
from assistant.services.ports import Classifier, Collaborators, SyncProgress
from assistant.store.invitations import InvitationBook

if TYPE_CHECKING:
    from email.message import Message

    from assistant.domain.classify import Classification
    from assistant.services.draft_life import Whereabouts
    from assistant.store.repo import Repository

HEADERS = ("From", "To", "Cc", "Subject", "Message-ID", "In-Reply-To", "References", "Date", "Auto-Submitted")
CHUNK = 50                      # messages read and committed together
FIRST_SEARCH_DAYS = 30          # how far back a sync with no watermark at all searches
OPEN = IN_GMAIL_UNSENT          # letters not yet sent: a draft, or scheduled in Gmail
USERS_OWN = {"SENT", "DRAFT", "SCHEDULED"}   # labels only the user's own messages carry


@dataclass
class Plan:
    """What one part of a sync learned, before it is committed."""

    start_history_id: int | None = None
    new_history_id: int | None = None      # set on the last part only: the run got through
    fallback: bool = False
    final: bool = False
    search_state: dict[str, str] = field(default_factory=dict)   # sync_state keys the last part saves
    checked: dict[str, int] = field(default_factory=dict)        # candidates read that are not replies
    read_ids: set[str] = field(default_factory=set)

    @property
    def messages_read(self) -> int:
        return len(self.read_ids)
    sent: list[tuple[Letter, MessageHead]] = field(default_factory=list)
    deleted: list[Letter] = field(default_factory=list)
    edited: list[tuple[Letter, str | None]] = field(default_factory=list)
    redrafted: list[tuple[Letter, Whereabouts]] = field(default_factory=list)   # a new draft id
    scheduled: list[tuple[Letter, MessageHead]] = field(default_factory=list)
    manual: list[tuple[Application, MessageHead]] = field(default_factory=list)
    replies: list[tuple[Reply, Classification]] = field(default_factory=list)
    invitations: list[InvitationSeen] = field(default_factory=list)


def candidates(repo: Repository, apps: list[Application]) -> list[Candidate]:
    found = []
    for app in apps:
        letters = repo.letters(app.id)
        replies = repo.replies(app.id)
        ids = {lt.tool_message_id for lt in letters} | {lt.rfc_message_id for lt in letters if lt.rfc_message_id}
        ids |= {r.rfc_message_id for r in replies if r.rfc_message_id}
        threads = {lt.thread_id for lt in letters if lt.thread_id} | {r.thread_id for r in replies if r.thread_id}
        found.append(Candidate(
            app_id=app.key, company=app.company, position=app.position,
            interviewer_emails=frozenset(p.email for p in app.interviewers),
            message_ids=frozenset(ids), thread_ids=frozenset(threads), interview_at=app.interview_at,
            active=app.stage in ACTIVE,
        ))
    return found


@dataclass
class Work:
    """A message to read: how it may belong, and whether its headers come first."""

    id: str
    match: Match | None = None
    head_first: bool = True
    invitation: bool = False    # named by the invitation search: read it even without a match


class SyncReader:
    def __init__(self, rt: Collaborators, classify: Classifier, progress: SyncProgress | None = None) -> None:
        self.rt = rt
        self.progress: SyncProgress = progress or NoProgress()
        self.repo = rt.repo
        self.mailbox = rt.mailbox
        self.classify = classify
        self.now = rt.clock.now()
        self.total = 0          # messages this run means to read (for "how far it got")
        self.done = 0
        if hasattr(self.mailbox, "on_wait"):
            self.mailbox.on_wait(self._waiting)
        self._own: frozenset[str] | None = None   # the user's addresses, read once when first needed
        self.invitation_ids: set[str] = set()      # what the invitation search named

    def _waiting(self, seconds: float) -> None:
        if seconds >= 1:
            self.progress.note(f"Waiting {seconds:.0f} s for Gmail's per-minute limit…")

    # ---- what changed ----------------------------------------------------------
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
            plan.fallback = True
            return self._everything_since_last_sync(plan), set()
        plan.new_history_id = delta.history_id
        return list(delta.added), set(delta.deleted)

    def _everything_since_last_sync(self, plan: Plan) -> list[MessageRef]:
        """Gmail no longer has the history: list every message since the last successful sync,
        all pages (ids and threads cost 5 units per 500), and which of them the user sent."""
        plan.new_history_id = self.mailbox.history_id()    # first: what arrives from now on is in history
        since = f"after:{int(self._search_from().timestamp())}"
        sent = {r.id for r in self.mailbox.search(f"in:sent {since}")}
        self.progress.note("Gmail no longer has the history since the last sync; listing the mail since then")
        return [MessageRef(r.id, r.thread_id, ("SENT",) if r.id in sent else (), False)
                for r in self.mailbox.search(since)]

    def _search_from(self) -> datetime:
        """The earliest arrival time a search must still cover (see `mailsearch.SEARCH_LAG_ALLOWANCE`)."""
        for key in ("search_from", "last_sync_at"):
            stored = self.repo.get_state(key)
            if stored:
                at = datetime.fromisoformat(stored)
                return at if key == "search_from" else at - SEARCH_LAG_ALLOWANCE
        return self.now - timedelta(days=FIRST_SEARCH_DAYS)

    # ---- the run ---------------------------------------------------------------------
    def read(self) -> Iterator[Plan]:
        """The plan in parts, each to be committed before the next is read; the last has `final`."""
        first = Plan()
        refs, deleted = self.changes(first)
        changed = bool(refs or deleted) or first.fallback
        apps = self.repo.applications()
        letters = self.repo.letters()
        # Skip our own settled letters and replies already stored. An open letter's id stays in:
        # Gmail may keep a draft's (or a scheduled message's) id when it is sent (only its labels change).
        settled = {letter.gmail_message_id for letter in letters
                   if letter.gmail_message_id and letter.state not in OPEN}
        known = self.repo.known_reply_ids()
        refs = [r for r in refs if r.id not in settled and r.id not in known]
        drafted = [letter for letter in letters if letter.state in OPEN]
        self._draft_life(first, refs, deleted, drafted, apps, changed)
        # Candidates read before and found not to be replies are not read again (a search's overlap,
        # a run that starts again); nor are the user's own open letters.
        skip = known | set(self._checked()) | first.read_ids
        skip |= {letter.gmail_message_id for letter in drafted if letter.gmail_message_id}
        skip |= InvitationBook(self.repo.conn).message_ids()
        last = Plan(start_history_id=first.start_history_id, fallback=first.fallback, final=True)
        yield first
        if first.start_history_id is not None or first.fallback:
            cands = candidates(self.repo, apps)
            work = self._to_read(last, refs, cands, apps, skip)
            for chunk_start in range(0, len(work), CHUNK):
                yield self._read_chunk(work[chunk_start:chunk_start + CHUNK], cands)
        else:
            last.search_state["search_from"] = (self.now - SEARCH_LAG_ALLOWANCE).isoformat()
        self.progress.stop()
        last.new_history_id = first.new_history_id
        yield last

    # ---- which messages to read ------------------------------------------------------
    def _to_read(self, last: Plan, refs: list[MessageRef], cands: list[Candidate], apps: list[Application],
                 skip: set[str]) -> list[Work]:
        """Messages in known threads (from history alone) and the candidates Gmail search finds."""
        thread_app = {t: c for c in cands for t in c.thread_ids}
        # The user's own mail (drafts, sent, scheduled) is draft life's business, not a candidate reply.
        others = [r for r in refs if "SENT" not in r.label_ids and not (r.labels_known and set(r.label_ids) & USERS_OWN)]
        work: dict[str, Work] = {}
        for r in others:
            if r.thread_id in thread_app and r.id not in skip:
                # Labels known: an incoming message of a known thread; unknown: its labels come first.
                work[r.id] = Work(r.id, Match(thread_app[r.thread_id].app_id, "thread"), not r.labels_known)
        unknown = [r for r in others if r.thread_id not in thread_app]
        for mid in self._search(last, unknown, cands, apps):
            if mid not in work and mid not in skip:
                work[mid] = Work(mid, invitation=mid in self.invitation_ids)
        self.total = len(work)
        if work:
            self.progress.start(len(work), "Reading new mail about your applications")
        return list(work.values())

    def _search(self, last: Plan, unknown: list[MessageRef], cands: list[Candidate],
                apps: list[Application]) -> list[str]:
        """Gmail search for new mail outside known threads that may concern an application.

        Runs when history named such mail, or once the lag allowance has passed after an
        earlier search that may have missed mail Gmail had not indexed yet. The watermark
        moves to this search's time less the lag allowance: whatever arrived before that
        was searchable now, so it has been found.
        """
        again_until = self.repo.get_state("search_again_until")
        if not unknown and not (again_until and self.now >= datetime.fromisoformat(again_until)):
            return []  # nothing new outside known threads, and no earlier search to complete yet
        watched = [c for c, app in zip(cands, apps, strict=True) if app.stage != Stage.CLOSED]
        found: list[str] = []
        for query in queries(watched, self._search_from()) if watched else []:
            found += [r.id for r in self.mailbox.search(query)]
        self.invitation_ids = {r.id for r in self.mailbox.search(invitation_query(self._search_from()))}
        found += sorted(self.invitation_ids - set(found))
        state = last.search_state
        state["search_from"] = (self.now - SEARCH_LAG_ALLOWANCE).isoformat()
        again = datetime.fromisoformat(again_until) if again_until else None
        missed = bool({r.id for r in unknown} - set(found)) or last.fallback
        if missed:  # some of it may not have been indexed yet: search again once it surely is
            again = max(filter(None, [again, self.now + SEARCH_LAG_ALLOWANCE]))
        state["search_again_until"] = again.isoformat() if again is not None and self.now < again else ""
        return list(dict.fromkeys(found))

    def _checked(self) -> dict[str, int]:
        """Candidates earlier runs read that are not replies (so an overlapping search skips them)."""
        stored = self.repo.get_state("checked_ids")
        return json.loads(stored) if stored else {}

    # ---- the user's side: drafts sent, edited, deleted; mail written by hand ----
    def _draft_life(self, plan: Plan, refs: list[MessageRef], deleted: set[str], drafted: list[Letter],
                    apps: list[Application], changed: bool) -> None:
        # Only the user's own mail: history says SENT (or a SENT-filtered pass/search marked it so).
        sent_refs = [r for r in refs if "SENT" in r.label_ids]
        heads = self.mailbox.heads([r.id for r in sent_refs], HEADERS) if sent_refs else {}
        plan.read_ids |= set(heads)
        sent_heads = [h for h in heads.values() if "SENT" in h.label_ids]
        matched: set[int] = set()
        for head in sorted(sent_heads, key=lambda h: h.internal_date):
            letter = self._letter_for_sent(head, drafted, matched)
            if letter is not None:
                matched.add(letter.key)
                plan.sent.append((letter, head))
                continue
            to = recipients(head.headers)
            for app in apps:
                if app.stage != Stage.CLOSED and to & {p.email for p in app.interviewers}:
                    plan.manual.append((app, head))
                    break
        if changed:  # nothing in the mailbox changed, nothing to check; after a 404, check them all
            self._open_letters_checked(plan, [lt for lt in drafted if lt.id not in matched])

    def _open_letters_checked(self, plan: Plan, open_letters: list[Letter]) -> None:
        """Each open letter's draft, looked up (draft_life.locate) before it is called sent, scheduled or deleted."""
        from assistant.services.draft_life import locate

        for letter in open_letters:
            where = locate(self.mailbox, letter)
            if where.kind == "draft" and where.draft_id != letter.draft_id or (
                    where.kind == "draft" and letter.state != LetterState.DRAFTED):
                plan.redrafted.append((letter, where))
            elif where.kind == "draft" and where.message_id != letter.gmail_message_id:
                plan.edited.append((letter, where.message_id))
            elif where.kind == "scheduled" and where.head is not None and (
                    letter.state != LetterState.SCHEDULED or letter.scheduled_for != where.when):
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
        open_letters = [lt for lt in drafted if lt.id not in taken]
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
            if letter.state == LetterState.SCHEDULED:
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
    def _read_chunk(self, work: list[Work], cands: list[Candidate]) -> Plan:
        """Read one chunk: headers of candidates first, bodies of what matches; classify those."""
        plan = Plan()
        matches: dict[str, Match | None] = {w.id: w.match for w in work if not w.head_first}
        heads = self.mailbox.heads([w.id for w in work if w.head_first], HEADERS)
        plan.read_ids |= set(heads)
        by_id = {w.id: w for w in work}
        for head in heads.values():
            if set(head.label_ids) & USERS_OWN:
                continue  # the user's own: its labels may still change (a scheduled send), so not "checked"
            match = by_id[head.id].match or match_message(head.headers, head.thread_id, cands)
            wanted = match is not None or needs_body(head.headers) or by_id[head.id].invitation
            if wanted and not self._from_user(head.header("from")):
                matches[head.id] = match
            else:
                plan.checked[head.id] = int(head.internal_date.timestamp())
        raws = self.mailbox.raw_messages(list(matches)) if matches else {}
        plan.read_ids |= set(raws)
        for mid, raw in sorted(raws.items(), key=lambda item: item[1].internal_date):
            if self._classified(plan, raw, matches[mid], cands, heads.get(mid)) is False:
                plan.checked[mid] = int(raw.internal_date.timestamp())
        self.done += len(work)
        self.progress.advance(len(work))
        return plan

    def _classified(self, plan: Plan, raw: RawMessage, match: Match | None, cands: list[Candidate],
                    head: MessageHead | None) -> bool | None:
        """Classify and keep a reply: True when stored, False when it concerns no application,
        None when it is the user's own mail."""
        import email
        import email.policy

        message = email.message_from_bytes(raw.raw, policy=email.policy.default)
        if set(raw.label_ids) & USERS_OWN or self._from_user(str(message.get("From", ""))):
            return None  # the user's own mail (a thread match alone would take it for the employer's)
        if self._invitations(plan, raw, message, match, cands):
            return False   # read and kept as an invitation; never a reply, and never read again
        result = self.classify.classify_message(message)
        if result.label == Label.BOUNCE:
            match = match_bounce(list(result.bounced_recipients), result.bounced_message_id, cands) or match
        elif match is None:  # an ATS message: does its body name the company or the position?
            headers = {k.lower(): str(v) for k, v in message.items()}
            match = match_message(headers, raw.thread_id, cands, body_text=self.classify.new_text(message))
        if match is None:
            return False  # not about a tracked application: nothing is stored
        plan.replies.append((Reply(
            gmail_message_id=raw.id, application_id=match.app_id, received_at=raw.internal_date,
            label=result.label, confidence=result.confidence, matched_by=match.by, thread_id=raw.thread_id,
            rfc_message_id=str(message.get("Message-ID", "")).strip() or None,
            sender=str(message.get("From", "")), subject=str(message.get("Subject", "")),
            reasons=tuple(result.reasons),
        ), result))
        return True


    def _invitations(self, plan: Plan, raw: RawMessage, message: Message, match: Match | None,
                     cands: list[Candidate]) -> bool:
        """Keep the calendar invitations a message carries; False when it carries none."""
        if self._own is None:
            self._own = self.mailbox.own_addresses()
        found = invitations_seen(raw, message, match, cands, self.rt.profile.timezone, self._own)
        plan.invitations += found
        return bool(found)


class NoProgress:
    """Progress for nobody (no terminal, --json)."""

    def start(self, total: int, text: str) -> None:
        """A long read of `total` messages begins."""

    def advance(self, count: int) -> None:
        """`count` more messages are read."""

    def note(self, text: str) -> None:
        """Something worth a line while reading (a wait for the rate limit, a fallback)."""

    def stop(self) -> None:
        """The read is over."""
