"""Every typed sync event has its words (`assistant/cli/sync_text.py`); the services write none."""

from __future__ import annotations

import json
import typing
from datetime import UTC, datetime

from assistant.cli.sync_text import attention_entry, event_sentence, sync_document, would_entry
from assistant.services.sync import SyncReport
from assistant.services.sync_events import (
    AddressesBounced,
    AttentionEvent,
    CallDue,
    CallWaiting,
    DebriefDue,
    DeliveryDelayed,
    DoubtfulReply,
    DraftedWithoutDebrief,
    ExpediteOffered,
    InquiryWaiting,
    InquiryWithdrawn,
    LetterWritten,
    ReplyRead,
    ResumeChanged,
    ScheduledAfterAnswer,
    SentBeforeAnswer,
    SyncEvent,
    ThankYouOverdue,
    WouldDo,
    WouldDraftThankYou,
    WouldWriteInquiry,
    WrittenElsewhere,
)

AT = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def test_each_attention_event_keeps_its_kind_and_reads_as_one_sentence():
    items = [ResumeChanged(1, "~/cv.pdf"), ThankYouOverdue(2, ("a@x.example", "b@x.example"), AT),
             AddressesBounced(3), InquiryWaiting(4, "a@x.example"), DeliveryDelayed(5, ()),
             DoubtfulReply(6, "Your application", 0.61), ScheduledAfterAnswer(7, "Acme Corp", "Following Up", "a@x.example", None),
             CallDue(8, "Ms. Pat Jones", "+1 555 0100", "Sales Lead", AT.replace(hour=13), AT.replace(hour=15)),
             ExpediteOffered(9, "Globex", ((1, "Acme Corp"),)),
             DebriefDue(10, ("Ms. Pat Jones", "Sam Lee"), AT, AT.replace(day=2, hour=5)),
             DraftedWithoutDebrief(11, AT, AT.replace(day=2, hour=9)), CallWaiting(12, "Ms. Pat Jones")]
    entries = [attention_entry(item, "Europe/Berlin") for item in items]

    assert [e["kind"] for e in entries] == ["resume_changed", "thank_you_overdue", "addresses_bounced",
                                           "inquiry_waiting", "delivery_delayed", "doubtful_reply",
                                           "scheduled_after_answer", "call", "expedite", "debrief",
                                           "drafted_without_debrief", "call_waiting"]
    assert entries[1]["text"] == ("application 2: the thank-you notes to a@x.example, b@x.example should have gone out "
                                  "by Tue 01 Dec 2026, 09:00 and are still in Gmail's Drafts; send them today")
    assert entries[4]["text"] == ("application 5: Gmail is still trying to deliver your letter to its recipient; "
                                  "nothing is marked bad unless delivery finally fails.")
    assert "is scheduled to go out its scheduled time;" in entries[6]["text"]
    assert entries[7]["text"] == ("application 8: call Ms. Pat Jones at +1 555 0100 about the Sales Lead position, best "
                                  "Tue 01 Dec 2026 between 14:00 and 16:00 (Europe/Berlin); `assistant show 8` has a "
                                  "short call script, `assistant called 8` records the call")
    assert entries[8]["text"] == ("application 9: with the offer from Acme Corp (application 1), ask Globex about their "
                                  "timeline: run `assistant expedite 9` (add --deadline DATE if the offer has one) to "
                                  "draft a short note")
    assert entries[9]["text"] == ("application 10: your interview with Ms. Pat Jones, Sam Lee on Tue 01 Dec 2026, "
                                  "09:00 has ended; run `assistant debrief 10` to add what you talked about (without "
                                  "it the notes are drafted Wed 02 Dec 2026, 06:00)")
    assert entries[10]["text"] == ("application 11: no debrief came for your interview of Tue 01 Dec 2026, 09:00, so "
                                   "its thank-you notes were drafted without your details; add them in Gmail before "
                                   "sending, by Wed 02 Dec 2026, 10:00")
    covered = {type(item) for item in items}
    assert covered | {typing.get_args(AttentionEvent)[0]} == set(typing.get_args(AttentionEvent))


def test_moved_and_skipped_events_written_by_the_follow_ups_have_their_sentences():
    assert event_sentence(SentBeforeAnswer(3, "Following Up"), "UTC") == (
        "application 3: \"Following Up\" was already sent when the employer's answer was read; nothing was deleted")
    assert event_sentence(WrittenElsewhere(3, "Thank you", "a@x.example", 4242), "UTC") == (
        "application 3: \"Thank you\" to a@x.example is being written by another assistant run (process 4242); left to it")
    assert {SentBeforeAnswer, WrittenElsewhere} <= set(typing.get_args(SyncEvent))


def test_the_json_document_keeps_the_keys_and_their_order():
    report = SyncReport(dry_run=True)
    report.replies.append(ReplyRead(1, "<m@x>", "rejection", 0.93, "HR <hr@x.example>", "Your application", "thread"))
    report.drafts_created.append(LetterWritten(1, "status_inquiry", "a@x.example", "Following Up", "d1", "<m@y>", "t1"))
    report.withdrawn.append(InquiryWithdrawn(1, "d1", "Following Up", "deleted"))
    report.would += [WouldDraftThankYou(2, "b@x.example"), WouldWriteInquiry(2, True, "b@x.example", "Hi", "Text\n")]
    document = sync_document(report, "UTC")

    assert list(document["replies"][0]) == ["application_id", "message_id", "label", "confidence", "from",
                                            "subject", "matched_by"]
    assert list(document["drafts_created"][0]) == ["application_id", "purpose", "to", "subject", "draft_id",
                                                   "message_id", "thread_id"]
    assert list(document["withdrawn"][0]) == ["application_id", "draft_id", "subject", "outcome"]
    assert document["would"] == [
        {"action": "draft", "purpose": "thank_you", "application_id": 2, "subject": "thank-you note", "to": "b@x.example"},
        {"action": "send", "purpose": "status_inquiry", "application_id": 2, "to": "b@x.example", "subject": "Hi",
         "text": "Text\n"}]
    assert json.loads(json.dumps(document)) == document
    assert len(typing.get_args(WouldDo)) == 4 and all(would_entry(w)["action"] for w in report.would)
