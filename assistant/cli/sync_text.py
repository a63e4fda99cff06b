"""A sync's report in words: the summary a person reads and the `sync --json` document.

The sync service returns typed events (`assistant/services/sync_events.py`);
this is the one place they become sentences or JSON entries.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from assistant.services.scheduled import local_time
from assistant.services.sync_events import (
    AddressesBounced,
    Attention,
    AttentionEvent,
    CallDue,
    CallWaiting,
    DebriefDue,
    DeliveryDelayed,
    DoubtfulReply,
    DraftDeletedByUser,
    DraftedWithoutDebrief,
    ExpediteOffered,
    InquiryWaiting,
    InvitationBecameRound,
    InvitationCancelledRound,
    InvitationMovedRound,
    OwnFollowUp,
    ReplyRead,
    ResumeChanged,
    ScheduleCancelled,
    ScheduledAfterAnswer,
    ScheduledByUser,
    SentBeforeAnswer,
    SentByUser,
    StageRepaired,
    SyncEvent,
    ThankYouOverdue,
    WouldDo,
    WouldDraftThankYou,
    WouldFinish,
    WouldWithdraw,
    WrittenElsewhere,
)

if TYPE_CHECKING:
    from assistant.services.sync import SyncReport


def event_sentence(event: SyncEvent, timezone: str) -> str:
    """One event of `moved` or `skipped` as the line the summary and the JSON document show."""
    where = f"application {event.application_id}"
    if isinstance(event, SentByUser):
        return f"{where}: you sent \"{event.subject}\" to {event.to}"
    if isinstance(event, ScheduledByUser):
        return f"{where}: \"{event.subject}\" to {event.to} is scheduled in Gmail for {local_time(event.at, timezone)}"
    if isinstance(event, ScheduleCancelled):
        return (f"{where}: the scheduled send of \"{event.subject}\" "
                f"was cancelled; it is a draft again (draft {event.draft_id})")
    if isinstance(event, DraftDeletedByUser):
        return f"{where}: you deleted the draft \"{event.subject}\"; it is not recreated"
    if isinstance(event, OwnFollowUp):
        return f"{where}: your own message \"{event.subject}\" to {event.to} counts as your follow-up"
    if isinstance(event, StageRepaired):
        return f"{where}: stage {event.before} is now {event.after}, as its letters say"
    if isinstance(event, InvitationBecameRound):
        people = f" with {', '.join(event.interviewers)}" if event.interviewers else ""
        return f"{where}: a calendar invitation adds the next interview{people} on {local_time(event.start, timezone)}"
    if isinstance(event, InvitationMovedRound):
        return (f"{where}: the interview on {local_time(event.before, timezone)} was moved to "
                f"{local_time(event.after, timezone)}")
    if isinstance(event, InvitationCancelledRound):
        return f"{where}: the interview on {local_time(event.start, timezone)} was cancelled by its organizer"
    if isinstance(event, SentBeforeAnswer):
        return f"{where}: \"{event.subject}\" was already sent when the employer's answer was read; nothing was deleted"
    if isinstance(event, WrittenElsewhere):
        return (f"{where}: \"{event.subject}\" to {event.to} is being written by another assistant run "
                f"(process {event.pid}); left to it")
    raise TypeError(f"no sentence for {event!r}")


def attention_sentence(item: AttentionEvent, timezone: str) -> str:
    """What needs the user, in one sentence (`sync --json` `attention` `text`)."""
    where = f"application {item.application_id}"
    if isinstance(item, Attention):
        return item.text
    if isinstance(item, ResumeChanged):
        return (f"{where}: {item.resume_path} changed after its thank-you drafts were made; "
                "the drafts carry the earlier version")
    if isinstance(item, ThankYouOverdue):
        one = len(item.recipients) == 1
        deadline = item.deadline.astimezone(ZoneInfo(timezone))
        return (f"{where}: the thank-you {'note' if one else 'notes'} to {', '.join(item.recipients)} should have "
                f"gone out by {deadline:%a %d %b %Y, %H:%M} and {'is' if one else 'are'} "
                f"still in Gmail's Drafts; send {'it' if one else 'them'} today")
    if isinstance(item, AddressesBounced):
        return (f"{where}: an inquiry is due but every interviewer address bounced; "
                f"fix one with `assistant edit {item.application_id}`")
    if isinstance(item, InquiryWaiting):
        return (f"{where}: the status inquiry to {item.to} waits until your thank-you note to them is sent "
                "(it is still in Gmail's Drafts)")
    if isinstance(item, CallWaiting):
        return (f"{where}: the call to {item.person} waits until your thank-you note to them is sent "
                "(it is still in Gmail's Drafts)")
    if isinstance(item, DeliveryDelayed):
        to = ", ".join(item.recipients) or "its recipient"
        return (f"{where}: Gmail is still trying to deliver your letter to {to}; "
                "nothing is marked bad unless delivery finally fails.")
    if isinstance(item, DoubtfulReply):
        return (f"{where}: \"{item.subject}\" may be a rejection ({item.confidence:.2f}); settle it with "
                f"`assistant confirm {item.application_id} rejected` or another label")
    if isinstance(item, ScheduledAfterAnswer):
        when = local_time(item.at, timezone) if item.at else "its scheduled time"
        return (f"{where}: {item.company} has answered, but \"{item.subject}\" to {item.to} "
                f"is scheduled to go out {when}; the tool cannot cancel it — if it should not go out, open Gmail's "
                "Scheduled folder, open the message and choose Cancel send")
    if isinstance(item, CallDue | ExpediteOffered):
        return follow_up_sentence(item, timezone)
    if isinstance(item, DebriefDue | DraftedWithoutDebrief):
        return debrief_sentence(item, timezone)
    raise TypeError(f"no sentence for {item!r}")


def debrief_sentence(item: DebriefDue | DraftedWithoutDebrief, timezone: str) -> str:
    """An interview recorded ahead has ended: ask for the debrief, or say its notes were drafted without one."""
    zone, where = ZoneInfo(timezone), f"application {item.application_id}"
    held = item.interview_at.astimezone(zone)
    if isinstance(item, DebriefDue):
        names = ", ".join(item.people) or "the interviewers"
        return (f"{where}: your interview with {names} on {held:%a %d %b %Y, %H:%M} has ended; run "
                f"`assistant debrief {item.application_id}` to add what you talked about (without it the notes "
                f"are drafted {item.drafted_at.astimezone(zone):%a %d %b %Y, %H:%M})")
    return (f"{where}: no debrief came for your interview of {held:%a %d %b %Y, %H:%M}, so its thank-you notes "
            "were drafted without your details; add them in Gmail before sending, by "
            f"{item.send_by.astimezone(zone):%a %d %b %Y, %H:%M}")


def follow_up_sentence(item: CallDue | ExpediteOffered, timezone: str) -> str:
    """The phone follow-up's reminder and the expedite note's offer, in one sentence each."""
    where, app_id = f"application {item.application_id}", item.application_id
    if isinstance(item, CallDue):
        zone = ZoneInfo(timezone)
        opens, closes = item.opens.astimezone(zone), item.closes.astimezone(zone)
        return (f"{where}: call {item.person} at {item.phone} about the {item.position} position, best "
                f"{opens:%a %d %b %Y} between {opens:%H:%M} and {closes:%H:%M} ({timezone}); `assistant show "
                f"{app_id}` has a short call script, `assistant called {app_id}` records the call")
    source = ", ".join(f"{company} (application {offer_id})" for offer_id, company in item.offers)
    return (f"{where}: with the offer from {source}, ask {item.company} about their timeline: run "
            f"`assistant expedite {app_id}` (add --deadline DATE if the offer has one) to draft a short note")


def attention_entry(item: AttentionEvent, timezone: str) -> dict[str, Any]:
    """An `attention` entry of the JSON document: the application, the kind, the sentence."""
    return {"application_id": item.application_id, "kind": item.kind, "text": attention_sentence(item, timezone)}


def reply_entry(reply: ReplyRead) -> dict[str, Any]:
    """A `replies` entry of the JSON document."""
    return {"application_id": reply.application_id, "message_id": reply.message_id, "label": reply.label,
            "confidence": reply.confidence, "from": reply.sender, "subject": reply.subject,
            "matched_by": reply.matched_by}


def would_entry(item: WouldDo) -> dict[str, Any]:
    """A `would` entry of a dry run's JSON document: the action, then what it concerns."""
    if isinstance(item, WouldWithdraw):
        return {"action": "withdraw", "application_id": item.application_id, "draft_id": item.draft_id,
                "subject": item.subject}
    if isinstance(item, WouldFinish):
        return {"action": "finish", "application_id": item.application_id, "to": item.to, "subject": item.subject}
    if isinstance(item, WouldDraftThankYou):
        return {"action": "draft", "purpose": "thank_you", "application_id": item.application_id,
                "subject": "thank-you note", "to": item.to}
    return {"action": "send" if item.send else "draft", "purpose": "status_inquiry",
            "application_id": item.application_id, "to": item.to, "subject": item.subject, "text": item.text}


def sync_document(report: SyncReport, timezone: str) -> dict[str, Any]:
    """The `sync --json` document: the same keys, in the same order, as every earlier version."""
    return {
        "messages_read": report.messages_read, "replies": [reply_entry(r) for r in report.replies],
        "drafts_created": [asdict(d) for d in report.drafts_created],
        "sent": [asdict(s) for s in report.sent], "offers": report.offers,
        "withdrawn": [asdict(w) for w in report.withdrawn],
        "skipped": [event_sentence(e, timezone) for e in report.skipped],
        "moved": [event_sentence(e, timezone) for e in report.moved],
        "attention": [attention_entry(a, timezone) for a in report.attention],
        "would": [would_entry(w) for w in report.would],
        "invitations": [invitation_json(stored) for stored in report.invitations],
        "history_fallback": report.fallback, "dry_run": report.dry_run,
    }


def invitation_json(stored: Any) -> dict[str, Any]:
    """One listed invitation (SPEC `sync` JSON `invitations`: `number`, `company`, `start`, `attendees`)."""
    return {"number": stored.number, "company": stored.company, "position": stored.position,
            "summary": stored.summary, "start": stored.start.isoformat(),
            "attendees": [{"name": p.name, "email": p.email} for p in stored.attendees]}


def invitation_line(stored: Any, timezone: str) -> str:
    """One listed invitation as the summary's line: what, with whom, when, and the command that records it."""
    company = stored.company or "a company not tracked"
    return (f"invitation {stored.number}: \"{stored.summary}\" ({company}, {local_time(stored.start, timezone)}); "
            f"`assistant add --from-invite {stored.number}` records it")
