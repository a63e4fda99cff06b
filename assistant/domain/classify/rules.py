"""Scoring: from headers, structure and phrase evidence to one label and a confidence.

Order matters. A bounce is decided from structure before any phrase is read
(the returned original must not speak). Then the message's own new text is
read once, and the automatic-answer signals are weighed against what the
text says: a recruiting system's automated rejection is a rejection even
with `Auto-Submitted` headers, while an out-of-office note stays an
auto-reply even when it says "unfortunately". Structure adds its own
evidence (a question about a time, an attachment named "offer"); when no
phrase family speaks, the gist of the words may still give a doubtful label.

Rejection words count only when they are about the reader's own candidacy
(see scope): told of someone else, taken back, or in mail to many that names
no application of the reader's, they weigh as little as hearsay. Meeting
words yield to a recruiter's first approach about another job and to the
confirmation of a meeting already arranged that asks nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from email.message import Message
from email.utils import parsedate_to_datetime

from .applicant_tracking import applicant_tracking_evidence
from .autoreply import autoreply_evidence, bulk_promise, challenge_response
from .bounce import Bounce, detect_bounce
from .dates import return_date, sender_locale
from .gist import gist
from .headers import Headers, HeaderSignals, header_signals, is_reply_subject, subject_core
from .lexicon import find_evidence
from .model import CONFIDENT, Classification, Evidence, Finding
from .quotes import strip_signature
from .scope import discount_rejection, mail_to_many_about_nobody, names_own_application, retraction
from .structure import someone_elses_rejection, structural_evidence
from .text import body_texts, normalize, own_text_of

DECISIONS = ("rejection", "offer", "next_step", "pending")  # tie order
STRONG = 0.85   # a score this high comes from at least one strong phrase
ENOUGH = 0.4    # one medium phrase, or two weak ones that agree
# Words of a plain acknowledgment ("Thanks, got it!").
_ACKNOWLEDGMENT = re.compile(
    r"\b(?:thanks?|thank you|got it|received|noted|appreciate|danke|vielen dank|erhalten|"
    r"merci|bien reçu|gracias|recibido)\b"
)


# "here's the book I mentioned", a link, an attachment: sharing something, not acknowledging.
_HANDING_OVER = re.compile(
    r"https?://|www\.|\bhere(?:'s| is| are)\b|\battached\b|\bsharing\b|\blink\b|\banbei\b|\bci-joint\b|\badjunto\b"
)


# A question to the reader, other than the boilerplate "need to make a change?".
_ASKS = re.compile(
    r"(?:^|[.!?\n])(?![^.!?\n]*\b(?:change|reschedule|cancel|questions|trouble|problems?|help)\b)[^.!?\n]*\?"
    r"|\bplease (?:use|choose|pick|select|book|schedule|confirm (?:your|which|whether)|let (?:us|me) know|send|reply with|share)\b"
    r"|\b(?:your availability|available times|(?:book|choose|pick|select|grab) (?:a|your) (?:time|slot|date))\b"
)


# "a call with him", "coffee with my nephew": a meeting for somebody else's sake.
_FAVOUR_MEETING = re.compile(
    r"\b(?:call|chat|meeting|coffee|conversation|talk|zoom|lunch)s? with (?:him|her|them|my (?:[\w-]+ )?(?:nephew|niece|"
    r"son|daughter|student|mentee|friend|colleague|cousin|brother|sister|partner|contact))\b")


def combine(weights: list[float]) -> float:
    """Independent pieces of evidence: 1 - Π(1 - w)."""
    rest = 1.0
    for weight in weights:
        rest *= 1.0 - weight
    return 1.0 - rest


def classify_message(message: Message) -> Classification:
    """What this message means for the candidacy, with evidence."""
    headers = Headers(message)
    bodies = body_texts(message)
    bounce = detect_bounce(message, headers, bodies)
    if bounce is not None and challenge_response(normalize(" ".join(b or "" for b in bodies))) is None:
        return _delivery_report(bounce)  # a challenge-response notice is read as the auto-reply it is
    body = strip_signature(own_text_of(*bodies))
    text = normalize(body)
    evidence = find_evidence(text) + autoreply_evidence(text) + applicant_tracking_evidence(text)
    subject = headers.get("Subject")
    if subject and not is_reply_subject(subject):
        evidence += find_evidence(normalize(subject_core(subject)), where=" in subject")
    evidence = _about_someone_else(evidence, text) + structural_evidence(message, text, bodies[1])
    signals = header_signals(headers)
    promise = bulk_promise(text, signals.bulk and not signals.mailing_list)
    if promise is not None:
        signals.auto_reply.append(promise)
    taken_back = retraction(text)
    if taken_back is not None:
        evidence = discount_rejection(evidence, "in a retraction") + [taken_back]
    to_many = mail_to_many_about_nobody(signals, text)
    if to_many is not None and any(e.label == "rejection" for e in evidence):
        evidence = discount_rejection(evidence, "in mail to many") + [to_many]
    if signals.mailing_list:
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


def decide(evidence: list[Evidence], signals: HeaderSignals, is_reply: bool,
           text: str) -> tuple[str, float, list[Evidence]]:
    """The label, its confidence and the evidence that carried it."""
    scores = {label: combine([e.weight for e in evidence if e.label == label])
              for label in DECISIONS + ("other", "auto_reply")}
    if _only_courtesy(evidence, "pending") and scores["rejection"] >= ENOUGH:
        # "Thank you for your kind note. … we have offered the post to …": the
        # thanks accompany the ending; they are no answer of their own.
        scores["pending"] = combine([e.weight for e in evidence
                                     if e.label == "pending" and e.kind != "courtesy"])
    best = _best_decision(scores)
    if best == "pending" and scores["offer"] >= STRONG:
        best = "offer"  # "pleased to offer you the post … the Bursar will write to you": the offer, with its paperwork
    doubtful_over = _doubtful_rejection_yields(evidence, scores) if best == "rejection" else None
    if doubtful_over is not None:
        best = doubtful_over
        if best == "other":
            return _pick("other", scores, evidence, signals)
    decision = scores[best]
    absence = max((e.weight for e in evidence
                   if e.label == "auto_reply" and e.weight >= STRONG), default=0.0)
    header_weight = signals.auto_reply_weight
    auto = combine([e.weight for e in signals.auto_reply] + [
        e.weight for e in evidence if e.label == "auto_reply"])
    scores["auto_reply"] = auto

    # "I am out of the office": an auto-reply unless a human clearly decides
    # something in the same breath (and no header says it is automatic).
    if absence and (header_weight >= STRONG or decision < STRONG):
        return _pick("auto_reply", scores, evidence, signals)
    # An auto-reply header yields to content only when the content decides:
    # recruiting systems send rejections with such headers too.
    if header_weight >= STRONG and decision < STRONG:
        return _pick("auto_reply", scores, evidence, signals)
    # Weaker automatic signs (ticket numbers, "not monitored") win only alone;
    # once strong content has outweighed an auto-reply header, only the words count.
    weak = auto if header_weight < STRONG else combine([e.weight for e in evidence if e.label == "auto_reply"])
    if weak >= ENOUGH and weak > decision and scores["other"] < weak:
        return _pick("auto_reply", scores, evidence, signals)
    # Newsletters, surveys, reminders, other jobs; a rejection wins a tie.
    other = scores["other"]
    if signals.mailing_list and decision < STRONG:
        return _pick("other", scores, evidence, signals)  # a list speaks to many, decides for none
    if other >= 0.6 and (other > decision or (other == decision and best != "rejection")):
        return _pick("other", scores, evidence, signals)
    if best in ("next_step", "pending") and _outweighs_meeting_words(evidence, is_reply, text):
        return _pick("other", scores, evidence, signals)
    if best == "pending" and _only_courtesy(evidence, "pending") and _HANDING_OVER.search(text):
        # "Thanks for the kind note - here's the article I mentioned": sharing, not an answer.
        share = Evidence("other", 0.6, "a courtesy that hands something over, deciding nothing", "structure")
        return "other", 0.6, [share]
    if (best == "next_step" and not is_reply and not names_own_application(text)
            and _FAVOUR_MEETING.search(text) and all(e.kind == "structure" for e in evidence if e.label == "next_step" and e.weight >= ENOUGH)):
        # Only the shape of a question about a time, in mail that names no
        # candidacy of the reader's: a favour or an introduction, not a stage.
        return "other", 0.5, [Evidence("other", 0.5, "a question about a time outside any candidacy of the reader's", "structure")]
    if best == "pending" and _only_courtesy(evidence, "pending") and other < 0.6:
        # Thanks wrapped around an ending no phrase family knows: the gist
        # may still hear the ending (a doubtful rejection, for the user).
        guess = gist(text)
        if guess is not None and guess.label == "rejection":
            return guess.label, guess.weight, [guess] + [e for e in evidence if e.label == "rejection"]
    if decision >= ENOUGH:
        return _pick(best, scores, evidence, signals)
    # No phrase family spoke: several kinds of words may still agree.
    guess = gist(text)
    if guess is not None and guess.label == "next_step" and not is_reply and not names_own_application(text):
        guess = None  # a step asked for in mail that names no candidacy of the reader's: a favour, not a stage
    if guess is not None:
        return guess.label, guess.weight, [guess] + [e for e in evidence if e.label == guess.label]
    if is_reply and not signals.automated and _is_acknowledgment(text):
        # A short human "thanks, received" that says nothing about a decision.
        ack = Evidence("pending", 0.5, "short human reply without a decision: an acknowledgment", "structure")
        return "pending", 0.5, [ack] + [e for e in evidence if e.label == "pending"]
    return "other", 0.6 if not evidence else max(0.5, 0.7 - decision), []


def _doubtful_rejection_yields(evidence: list[Evidence], scores: dict[str, float]) -> str | None:
    """The label that wins over a doubtful rejection, or None.

    Every false rejection so far came from weak or medium words ("sorry",
    "selected candidate", "looking for someone with more") below the
    confidence threshold. When no strong rejection phrase speaks and another
    label has real evidence of its own — a step asked for, an offer, a stated
    wait, mail to many or a pitch — that label wins: a missed doubtful
    rejection is asked about later; a false one ends a live candidacy."""
    if scores["rejection"] >= CONFIDENT:
        return None
    real = {label: combine([e.weight for e in evidence if e.label == label and e.kind != "courtesy"
                            and e.weight >= floor])
            for label, floor in (("offer", 0.6), ("next_step", 0.6), ("pending", STRONG), ("other", 0.6))}
    label = max(real, key=lambda name: real[name])
    return label if real[label] >= 0.6 else None


def _outweighs_meeting_words(evidence: list[Evidence], is_reply: bool, text: str) -> bool:
    """A recruiter's first approach about another job, or a confirmation of a
    meeting already arranged that asks the reader nothing: the meeting words
    ("are you free Thursday?", "final round on Tuesday") do not move this candidacy."""
    kinds = {e.kind for e in evidence if e.label == "other" and e.weight >= 0.6}
    if not is_reply and any(e.kind == "pitch" and e.weight >= STRONG for e in evidence):
        return True
    return "arranged" in kinds and not _ASKS.search(text)


def _only_courtesy(evidence: list[Evidence], label: str) -> bool:
    """Every medium or strong word for `label` is politeness ("thanks for your note")."""
    found = [e for e in evidence if e.label == label and e.weight >= 0.6]
    return bool(found) and all(e.kind == "courtesy" for e in found)


def _best_decision(scores: dict[str, float]) -> str:
    """The highest-scoring decision label, ties broken in DECISIONS order —
    except that medium rejection words ("sorry to say") tied with a step the
    reader is asked to take lose: a false rejection costs most."""
    best = max(DECISIONS, key=lambda name: (scores[name], -DECISIONS.index(name)))
    if best == "rejection" and scores[best] < STRONG:
        best = next((name for name in ("offer", "next_step") if scores[name] == scores[best]), best)
    return best


def _is_acknowledgment(text: str) -> bool:
    """Short, thankful, asking nothing and handing over nothing."""
    return (len(text) < 600 and "?" not in text and not _HANDING_OVER.search(text)
            and bool(_ACKNOWLEDGMENT.search(text)))


def _about_someone_else(evidence: list[Evidence], text: str) -> list[Evidence]:
    """When the writer tells of a rejection they (or a friend) received, its
    words are not a rejection of the reader: they count as weak, and the
    telling itself points at "other"."""
    mention = someone_elses_rejection(text)
    if mention is None:
        return evidence
    return discount_rejection(evidence, "about someone else") + [mention]


def _pick(label: str, scores: dict[str, float], evidence: list[Evidence],
          signals: HeaderSignals) -> tuple[str, float, list[Evidence]]:
    """Confidence: the winner's score, less a share of the strongest contradiction."""
    rival = max((s for name, s in _rival_scores(evidence).items() if name != label), default=0.0)
    confidence = min(0.99, max(0.3, scores[label] - 0.3 * rival))
    used = [e for e in evidence if e.label == label]
    if label == "auto_reply":
        used = list(signals.auto_reply) + used
    return label, confidence, used


def _rival_scores(evidence: list[Evidence]) -> dict[str, float]:
    """Scores of what contradicts the winner: weak words and polite
    acknowledgments ("thanks for your patience") accompany every kind of
    answer, so only medium and strong evidence (strong, for pending) counts."""
    floor = {"pending": STRONG}
    return {label: combine([e.weight for e in evidence
                            if e.label == label and e.weight >= floor.get(label, 0.6)])
            for label in DECISIONS + ("other",)}


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
