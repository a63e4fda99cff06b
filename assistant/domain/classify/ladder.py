"""The decision ladder: from weighed evidence to one label and a confidence.

`decide` walks LADDER, an ordered table of exits; the first exit that
answers decides. The order is the policy: an out-of-office note stays an
auto-reply even when it says "unfortunately", an automatic header yields
only to words that decide, a list or a pitch speaks to many and decides for
none, and a doubtful rejection yields to any other label with evidence of
its own (a missed doubtful rejection is asked about later; a false one ends
a live candidacy). To change the policy, add, move or change one row.

| # | exit | answers when |
| --- | --- | --- |
| 1 | doubtful_rejection_yields_to_other | weak rejection words, and "other" has real evidence |
| 2 | absence_note | "I am out of the office", unless a human clearly decides (and no header says automatic) |
| 3 | auto_reply_header | an automatic header, and no words that decide |
| 4 | weak_automatic_signs | ticket numbers, "not monitored": they win only alone |
| 5 | mailing_list | a list, and no words that decide |
| 6 | kept_on_a_waitlist | the reader is put on a waitlist: pending, whatever refusal words open the letter |
| 7 | other_outweighs | newsletter, survey, reminder words outweigh the decision (a rejection wins a tie) |
| 8 | meeting_words_outweighed | a recruiter's pitch, or a meeting already arranged that asks nothing |
| 9 | courtesy_hands_something_over | thanks with a link or attachment: sharing, not an answer |
| 10 | favour_meeting | only a question about a time, for somebody else's sake |
| 11 | thanks_around_unknown_ending | thanks wrapped around an ending the gist hears (doubtful rejection) |
| 12 | decision_words | the best decision label has enough evidence |
| 13 | gist | no rule spoke; several kinds of words agree |
| 14 | acknowledgment | a short human "thanks, received" |
| 15 | nothing_decides | otherwise: other |
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .gist import gist
from .headers import HeaderSignals
from .lang import words
from .lexicon import candidacy_goes_on, reader_ended_it, someone_referred
from .model import CONFIDENT, Evidence
from .rule import any_of
from .scope import names_own_application

Verdict = tuple[str, float, list[Evidence]]  # label, confidence, the evidence that carried it

DECISIONS = ("rejection", "offer", "next_step", "pending")  # tie order
STRONG = 0.85   # a score this high comes from at least one strong phrase
ENOUGH = 0.4    # one medium phrase, or two weak ones that agree

# Words of a plain acknowledgment ("Thanks, got it!").
_ACKNOWLEDGMENT = re.compile(r"\b(?:" + words("acknowledgments") + r")\b")  # lang/<code>/__init__.py


# "here's the book I mentioned", a link, an attachment: sharing something, not acknowledging.
_HANDING_OVER = re.compile(
    r"https?://|www\.|\bhere(?:'s| is| are)\b|\battached\b|\bsharing\b|\blink\b|\banbei\b|\bci-joint\b|\badjunto\b"
)


# A question to the reader, other than the boilerplate "need to make a change?".
_ASKS = re.compile(
    any_of(
        r"(?:^|[.!?\n])(?![^.!?\n]*\b(?:change|reschedule|cancel|questions|trouble|problems?|help)\b)[^.!?\n]*\?",
        r"\bplease (?:use|choose|pick|select|book|schedule|confirm (?:your|which|whether)|let (?:us|me) know|send|reply with|share)\b",
        r"\b(?:your availability|available times|(?:book|choose|pick|select|grab) (?:a|your) (?:time|slot|date))\b",
    )
)


# "a call with him", "coffee with my nephew": a meeting for somebody else's sake.
_FAVOUR_MEETING = re.compile(
    r"\b(?:call|chat|meeting|coffee|conversation|talk|zoom|lunch)s? with (?:"
    + any_of(
        r"him|her|them",
        r"my (?:[\w-]+ )?(?:nephew|niece|son|daughter|student|mentee|friend|colleague|cousin|brother|sister|partner|contact)",
    )
    + r")\b")


def combine(weights: list[float]) -> float:
    """Independent pieces of evidence: 1 - Π(1 - w)."""
    rest = 1.0
    for weight in weights:
        rest *= 1.0 - weight
    return 1.0 - rest


@dataclass(frozen=True)
class Situation:
    """What every exit of the ladder may look at."""

    evidence: list[Evidence]
    signals: HeaderSignals
    is_reply: bool
    text: str
    scores: dict[str, float]  # combined weight per label (auto_reply: headers and words)
    best: str                 # the leading decision label
    doubtful_over: str | None  # the label a doubtful rejection yields to
    absence: float             # the strongest out-of-office words
    weak_auto: float           # automatic signs that may win alone

    @property
    def decision(self) -> float:
        return self.scores[self.best]

    @property
    def other(self) -> float:
        return self.scores["other"]

    def pick(self, label: str) -> Verdict:
        return _pick(label, self.scores, self.evidence, self.signals)


def situation(evidence: list[Evidence], signals: HeaderSignals, is_reply: bool, text: str) -> Situation:
    """Scores and the leading label, before any exit is taken."""
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
    absence = max((e.weight for e in evidence if e.label == "auto_reply" and e.weight >= STRONG), default=0.0)
    words = combine([e.weight for e in evidence if e.label == "auto_reply"])
    auto = combine([e.weight for e in signals.auto_reply] + [e.weight for e in evidence if e.label == "auto_reply"])
    # Once strong content has outweighed an auto-reply header, only the words count.
    weak_auto = auto if signals.auto_reply_weight < STRONG else words
    if doubtful_over != "other":
        scores["auto_reply"] = auto
    return Situation(evidence, signals, is_reply, text, scores, best, doubtful_over, absence, weak_auto)


def decide(evidence: list[Evidence], signals: HeaderSignals, is_reply: bool,
           text: str) -> Verdict:
    """The label, its confidence and the evidence that carried it: the first exit of LADDER that answers."""
    now = situation(evidence, signals, is_reply, text)
    for _, exit_ in LADDER:
        verdict = exit_(now)
        if verdict is not None:
            return verdict
    raise AssertionError("the last exit of LADDER always answers")


def _doubtful_rejection_yields_to_other(s: Situation) -> Verdict | None:
    return s.pick("other") if s.doubtful_over == "other" else None


def _absence_note(s: Situation) -> Verdict | None:
    if s.absence and (s.signals.auto_reply_weight >= STRONG or s.decision < STRONG):
        return s.pick("auto_reply")
    return None


def _auto_reply_header(s: Situation) -> Verdict | None:
    # Recruiting systems send rejections with such headers too: words that decide win.
    return s.pick("auto_reply") if s.signals.auto_reply_weight >= STRONG and s.decision < STRONG else None


def _weak_automatic_signs(s: Situation) -> Verdict | None:
    if s.weak_auto >= ENOUGH and s.weak_auto > s.decision and s.other < s.weak_auto:
        return s.pick("auto_reply")
    return None


def _mailing_list(s: Situation) -> Verdict | None:
    # An applicant-tracking system's decision about the reader's named application comes
    # with list headers too (real-mail round 8): then the words decide, not the header.
    if s.signals.mailing_list and s.decision < STRONG and not names_own_application(s.text):
        return s.pick("other")
    return None


def _kept_on_a_waitlist(s: Situation) -> Verdict | None:
    # "All seats have been filled, but we have reserved a space for you in our waitlist" (real-mail
    # rounds 10-12): the refusal's words open the letter, the waitlist keeps the candidacy open.
    if any(e.rule.endswith(".rejection.waitlist_ended") for e in s.evidence):
        return None  # "removed from the waitlist": the refusal stands
    if any(e.rule.endswith(".pending.on_the_waitlist") and e.weight >= STRONG for e in s.evidence):
        return s.pick("pending")
    return None


def _other_outweighs(s: Situation) -> Verdict | None:
    if s.other >= 0.6 and (s.other > s.decision or (s.other == s.decision and s.best != "rejection")):
        return s.pick("other")
    return None


def _meeting_words_outweighed(s: Situation) -> Verdict | None:
    if s.best in ("next_step", "pending") and _outweighs_meeting_words(s.evidence, s.is_reply, s.text):
        return s.pick("other")
    return None


def _courtesy_hands_something_over(s: Situation) -> Verdict | None:
    if s.best == "pending" and _only_courtesy(s.evidence, "pending") and _HANDING_OVER.search(s.text):
        # "Thanks for the kind note - here's the article I mentioned": sharing, not an answer.
        return "other", 0.6, [Evidence("other", 0.6, "a courtesy that hands something over, deciding nothing",
                                       "structure", rule="ladder.courtesy_hands_something_over")]
    return None


def _favour_meeting(s: Situation) -> Verdict | None:
    # Only the shape of a question about a time, in mail that names no
    # candidacy of the reader's: a favour or an introduction, not a stage.
    if (s.best == "next_step" and not s.is_reply and not names_own_application(s.text)
            and _FAVOUR_MEETING.search(s.text)
            and all(e.kind == "structure" for e in s.evidence if e.label == "next_step" and e.weight >= ENOUGH)):
        return "other", 0.5, [Evidence("other", 0.5, "a question about a time outside any candidacy of the reader's",
                                       "structure", rule="ladder.favour_meeting")]
    return None


def _thanks_around_unknown_ending(s: Situation) -> Verdict | None:
    # Thanks wrapped around an ending no phrase rule knows: the gist may
    # still hear the ending (a doubtful rejection, for the user).
    if s.best == "pending" and _only_courtesy(s.evidence, "pending") and s.other < 0.6:
        guess = gist(s.text)
        if guess is not None and guess.label == "rejection":
            return guess.label, guess.weight, [guess] + [e for e in s.evidence if e.label == "rejection"]
    return None


def _decision_words(s: Situation) -> Verdict | None:
    return s.pick(s.best) if s.decision >= ENOUGH else None


def _gist(s: Situation) -> Verdict | None:
    # No phrase rule spoke: several kinds of words may still agree.
    guess = gist(s.text)
    if guess is not None and guess.label == "next_step" and not s.is_reply and not names_own_application(s.text):
        return None  # a step asked for in mail that names no candidacy of the reader's: a favour, not a stage
    if guess is not None and guess.label == "rejection" and (reader_ended_it(s.text) or candidacy_goes_on(s.text)
                                                            or someone_referred(s.text)):
        # the reader withdrew (real-mail round 31), the candidacy goes on (stress set 8), or the one refused is
        # someone the reader recommended (stress set 24)
        return None
    if guess is not None:
        return guess.label, guess.weight, [guess] + [e for e in s.evidence if e.label == guess.label]
    return None


def _acknowledgment(s: Situation) -> Verdict | None:
    if s.is_reply and not s.signals.automated and _is_acknowledgment(s.text):
        # A short human "thanks, received" that says nothing about a decision.
        ack = Evidence("pending", 0.5, "short human reply without a decision: an acknowledgment", "structure",
                       rule="ladder.acknowledgment")
        return "pending", 0.5, [ack] + [e for e in s.evidence if e.label == "pending"]
    return None


def _nothing_decides(s: Situation) -> Verdict:
    return "other", 0.6 if not s.evidence else max(0.5, 0.7 - s.decision), []


# The ladder, in order: (name, exit). The module docstring's table says when each answers.
LADDER: tuple[tuple[str, Callable[[Situation], Verdict | None]], ...] = (
    ("doubtful_rejection_yields_to_other", _doubtful_rejection_yields_to_other),
    ("absence_note", _absence_note),
    ("auto_reply_header", _auto_reply_header),
    ("weak_automatic_signs", _weak_automatic_signs),
    ("mailing_list", _mailing_list),
    ("kept_on_a_waitlist", _kept_on_a_waitlist),
    ("other_outweighs", _other_outweighs),
    ("meeting_words_outweighed", _meeting_words_outweighed),
    ("courtesy_hands_something_over", _courtesy_hands_something_over),
    ("favour_meeting", _favour_meeting),
    ("thanks_around_unknown_ending", _thanks_around_unknown_ending),
    ("decision_words", _decision_words),
    ("gist", _gist),
    ("acknowledgment", _acknowledgment),
    ("nothing_decides", _nothing_decides),
)


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

