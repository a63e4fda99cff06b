"""Scoring: from headers, structure and phrase evidence to one label and a confidence.

Order matters. A bounce is decided from structure before any phrase is read
(the returned original must not speak). Then the message's own new text is
read once, and the automatic-answer signals are weighed against what the
text says (the ordered exits are the table in ladder.py). Structure adds its
own evidence (a question about a time, an attachment named "offer"); when no
phrase rule speaks, the gist of the words may still give a doubtful label.

Rejection words count only when they are about the reader's own candidacy
(see scope): told of someone else, taken back, or in mail to many that names
no application of the reader's, they weigh as little as hearsay. Meeting
words yield to a recruiter's first approach about another job and to the
confirmation of a meeting already arranged that asks nothing.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from email.message import Message
from email.utils import parsedate_to_datetime

from .applicant_tracking import applicant_tracking_evidence
from .autoreply import autoreply_evidence, bulk_promise, challenge_response
from .bounce import Bounce, detect_bounce
from .dates import return_date, sender_locale
from .headers import Headers, HeaderSignals, header_signals, is_reply_subject, subject_core
from .ladder import decide
from .lexicon import find_evidence, offer_taken_back
from .model import Classification, Evidence, Finding
from .quotes import strip_signature
from .scope import discount_rejection, mail_to_many_about_nobody, names_own_application, retraction
from .structure import someone_elses_rejection, structural_evidence
from .text import body_texts, forwarded_text_of, normalize, own_text_of


def classify_message(message: Message) -> Classification:
    """What this message means for the candidacy, with evidence."""
    headers = Headers(message)
    bodies = body_texts(message)
    bounce = detect_bounce(message, headers, bodies)
    if bounce is not None and challenge_response(normalize(" ".join(b or "" for b in bodies))) is None:
        return _delivery_report(bounce)  # a challenge-response notice is read as the auto-reply it is
    body = strip_signature(own_text_of(*bodies))
    forwarded = forwarded_text_of(*bodies, own=body, reader=headers.get("To"))
    if forwarded:
        body = f"{body}\n\n{forwarded}".strip()  # a forward's note and the decision it passes on
    text = normalize(body)
    evidence = find_evidence(text) + autoreply_evidence(text) + applicant_tracking_evidence(text)
    subject = headers.get("Subject")
    if subject and not is_reply_subject(subject):
        headline = normalize(subject_core(subject))
        # "Status: Rejected – Store Assistant" as a subject (stress set 8)
        evidence += find_evidence(headline, where=" in subject", beside=text) + applicant_tracking_evidence(headline)
    evidence = _about_someone_else(evidence, text) + structural_evidence(message, text, bodies[1])
    evidence = offer_taken_back(evidence)
    signals = header_signals(headers)
    promise = bulk_promise(text, signals.bulk and not signals.mailing_list)
    if promise is not None:
        signals.auto_reply.append(promise)
    taken_back = retraction(text)
    if taken_back is not None:
        evidence = discount_rejection(evidence, "in a retraction") + [taken_back]
    to_many = mail_to_many_about_nobody(signals, text)
    # (a status field set to a refusal is the reader's own, even under a list's footer: stress set 9)
    own_status = any(e.label == "rejection" and (e.rule.endswith(".status_value") or e.rule.startswith("ats.status"))
                     for e in evidence)
    if to_many is not None and not own_status and any(e.label == "rejection" for e in evidence):
        evidence = discount_rejection(evidence, "in mail to many") + [to_many]
    # An applicant-tracking system sends its decisions with list headers too (real-mail
    # round 8): a list header counts for `other` only when the reader's application is not named.
    if signals.mailing_list and not names_own_application(text):
        evidence.append(Evidence("other", 0.5, "header List-Unsubscribe: a mailing list", "header",
                                 rule="header.mailing_list"))
    is_reply = bool(headers.get("In-Reply-To") or is_reply_subject(subject))
    label, confidence, used = decide(evidence, signals, is_reply, text)
    reasons = _reasons(label, used, evidence, signals)
    when = None
    if label == "auto_reply":
        when = return_date(body, _sent_date(headers), _language(evidence), sender_locale(headers))
    return Classification(label, round(confidence, 2), tuple(r for _, r in reasons), return_date=when,
                          findings=tuple(Finding(rule, r) for rule, r in reasons), text=body)


def _delivery_report(bounce: Bounce) -> Classification:
    """A failure or a delay is a bounce (only a failure may mark an address bad);
    a success, relay or expansion notice changes nothing: `other`."""
    findings = [Finding(f"delivery.{_BOUNCE_RULES.get(r.split(' ', 1)[0], 'report')}", r) for r in bounce.reasons]
    if bounce.outcome == "delivered":
        note = "a delivery report saying the message was delivered, relayed or expanded: not a failure"
        findings.insert(0, Finding("delivery.success_notice", note))
        return Classification("other", 0.9, tuple(f.evidence for f in findings), findings=tuple(findings))
    if bounce.outcome == "delayed":
        findings.insert(0, Finding("delivery.delayed", "the server is still trying to deliver: a delay, not a failure"))
    return Classification(
        "bounce", bounce.confidence, tuple(f.evidence for f in findings),
        bounced_recipients=bounce.recipients, bounced_message_id=bounce.message_id,
        bounce_permanent=bounce.permanent, findings=tuple(findings),
    )


# First word of a bounce reason -> the rule family that found it.
_BOUNCE_RULES = {"multipart/report": "status_report", "header": "failed_recipients_header", "sender": "daemon_sender",
                 "subject": "subject", "delivery": "failure_wording", "null": "null_sender"}


def _about_someone_else(evidence: list[Evidence], text: str) -> list[Evidence]:
    """When the writer tells of a rejection they (or a friend) received, its
    words are not a rejection of the reader: they count as weak, and the
    telling itself points at "other"."""
    mention = someone_elses_rejection(text)
    if mention is None:
        return evidence
    return discount_rejection(evidence, "about someone else") + [mention]


def _reasons(label: str, used: list[Evidence], evidence: list[Evidence],
             signals: HeaderSignals) -> list[tuple[str, str]]:
    """(rule, evidence) pairs: what carried the label, then what spoke against it."""
    ordered = sorted(used, key=lambda e: -e.weight)
    pairs = [(e.rule_name(), e.reason) for e in ordered]
    pairs += [(e.rule_name(), f"against: {e.reason}") for e in sorted(evidence, key=lambda e: -e.weight)
              if e.label != label and e.weight >= 0.5]
    pairs += [("header.automated", line) for line in signals.automated]
    if not pairs:
        pairs = [("nothing.spoke", "nothing in the new text speaks about the candidacy")]
    seen: dict[str, tuple[str, str]] = {}
    for rule, reason in pairs:
        seen.setdefault(reason, (rule, reason))
    return list(seen.values())


def _sent_date(headers: Headers) -> date | None:
    try:
        return parsedate_to_datetime(headers.get("Date")).date()
    except (TypeError, ValueError, IndexError):
        return None


def _language(evidence: list[Evidence]) -> str:
    """The language most phrases were found in (for day/month order)."""
    counts = Counter(e.lang for e in evidence if e.lang)
    return counts.most_common(1)[0][0] if counts else "en"
