"""Evidence from the shape of a message rather than from its phrases.

Employers say the same thing in endless words, but some of what they do has
a recognisable form: a question that names a day or an hour is a request for
a meeting time; an attachment called "Offer_Letter.pdf" is an offer; a link
to a scheduling or assessment platform is a next step; a writer telling of a
rejection *they* received is not rejecting the reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from email.message import Message

from .lang import vocabulary, words
from .model import Evidence
from .rule import any_of
from .text import content_type, raw_header

# ---- a question about when -------------------------------------------------
# Days, times of day and hours of every language (lang/<code>/__init__.py: when_words, clock_words).
_WHEN = re.compile(
    rf"\b(?:{words('when_words')})\b"
    rf"|\b\d{{1,2}}(?::\d{{2}})? ?(?:{words('clock_words')})|\b\d{{1,2}}[:h]\d{{2}}\b|\b(?:{words('clock_openings')}) \d"
)
# What one does at a time: meet, talk, come in, be free (lang/<code>/structure.py: "meet").
_MEET = re.compile(rf"\b(?:{vocabulary('structure_words', 'meet')})\b")
# Questions that ask for a thing or that a decision already answered.
_NOT_A_MEETING = re.compile(rf"\b(?:{vocabulary('structure_words', 'not_a_meeting')})\b")
# "two other roles I'd like to talk to you about - free Thursday?": a pitch, not this candidacy.
_ANOTHER_JOB = re.compile(
    r"\b(?:other|another|different|new|similar)\s+(?:[\w-]+\s+)?(?:role|position|opening|vacancy|job|opportunit(?:y|ie))s?\b"
)
_SENTENCE = re.compile(r"[^.!?\n]*\?")


def time_question(text: str) -> Evidence | None:
    """A question naming a day or hour, about meeting: a request for a time."""
    if "?" not in text:
        return None
    for found in _SENTENCE.finditer(text):
        sentence = found.group(0)
        if (_WHEN.search(sentence) and _MEET.search(sentence) and not _NOT_A_MEETING.search(sentence)
                and not _ANOTHER_JOB.search(sentence)):
            quoted = " ".join(sentence.split())[:60]
            return Evidence("next_step", 0.6, f'a question about a time: "{quoted}"', "structure",
                            rule="structure.next_step.question_about_a_time")
    return None


# ---- attachments and links -------------------------------------------------
# File names of an offer, a contract and an exercise (lang/<code>/structure.py).
_OFFER_FILE = re.compile(rf"\b(?:{vocabulary('structure_words', 'offer_file')})\b")
_CONTRACT_FILE = re.compile(rf"\b(?:{vocabulary('structure_words', 'contract_file')})\b")
_STEP_FILE = re.compile(rf"\b(?:{vocabulary('structure_words', 'step_file')})\b")
_FILENAME = re.compile(r"""filename\*?=(?:[\w-]*'[\w-]*')?"?([^";]+)""", re.IGNORECASE)
_HREF = re.compile(r"""href\s*=\s*["']?https?://([^/"'\s>?#]+)""", re.IGNORECASE)
_STEP_HOSTS = re.compile(
    r"(?:^|\.)(?:"
    + any_of(
        r"hackerrank\.com|codility\.com|codesignal\.com|testgorilla\.com|hirevue\.com|coderpad\.io",
        r"coderbyte\.com|testdome\.com|devskiller\.com|karat\.com|mettl\.com|pymetrics\.ai|harver\.com",
        r"vervoe\.com|criteriacorp\.com|shl\.com|hackerearth\.com|calendly\.com|cal\.com|savvycal\.com",
        r"youcanbook\.me|zcal\.co|goodtime\.io|chilipiper\.com|doodle\.com",
    )
    + r")$",
    re.IGNORECASE,
)
_SIGN_HOSTS = re.compile(r"(?:^|\.)(?:docusign\.net|docusign\.com|hellosign\.com|adobesign\.com|echosign\.com|pandadoc\.com)$",
                         re.IGNORECASE)


def attachment_names(message: Message) -> list[str]:
    """File names of the message's attachments, lower-cased, separators as spaces."""
    names = []
    for part in _own_leaves(message):
        found = _FILENAME.search(raw_header(part, "Content-Disposition")) or \
            _FILENAME.search(raw_header(part, "Content-Type").replace("name=", "filename=", 1))
        if found:
            name = re.sub(r"%[0-9a-f]{2}", " ", found.group(1), flags=re.I)
            name = re.sub(r"([a-z])([A-Z])", r"\1 \2", name)
            names.append(re.sub(r"[_\-.+]+", " ", name).lower().strip())
    return names


def _own_leaves(message: Message) -> Iterator[Message]:
    """The message's leaf parts, not descending into attached messages."""
    if not message.is_multipart():
        yield message
        return
    for sub in message.get_payload():
        if isinstance(sub, Message) and not content_type(sub).startswith("message/"):
            yield from _own_leaves(sub)


def attachment_evidence(message: Message) -> list[Evidence]:
    """An offer letter or a take-home brief, recognised by its file name."""
    found = []
    for name in attachment_names(message):
        if _OFFER_FILE.search(name):
            found.append(Evidence("offer", 0.85, f'attachment "{name}" is an offer', "structure",
                                  rule="structure.offer.attachment_named_offer"))
        elif _CONTRACT_FILE.search(name):
            found.append(Evidence("offer", 0.6, f'attachment "{name}" is a contract', "structure",
                                  rule="structure.offer.attachment_named_contract"))
        elif _STEP_FILE.search(name):
            found.append(Evidence("next_step", 0.6, f'attachment "{name}" is an exercise', "structure",
                                  rule="structure.next_step.attachment_named_exercise"))
    return found[:1]


def link_evidence(html: str | None) -> list[Evidence]:
    """Links (in the HTML) to scheduling, assessment or e-signature services."""
    if not html:
        return []
    for host in dict.fromkeys(h.lower() for h in _HREF.findall(html)):
        if _STEP_HOSTS.search(host):
            return [Evidence("next_step", 0.6, f"link to {host}: scheduling or assessment", "structure",
                             rule="structure.next_step.scheduling_link")]
        if _SIGN_HOSTS.search(host):
            return [Evidence("offer", 0.6, f"link to {host}: an e-signature request", "structure",
                             rule="structure.offer.signature_link")]
    return []


# ---- somebody else's rejection -----------------------------------------------
# (lang/<code>/structure.py: "someone_elses_rejection")
_OWN_REJECTION = re.compile(vocabulary("structure_words", "someone_elses_rejection"))


def someone_elses_rejection(text: str) -> Evidence | None:
    """The writer tells of a rejection they (or a friend) received."""
    found = _OWN_REJECTION.search(text)
    if found is None:
        return None
    return Evidence("other", 0.6, f'the writer tells of another rejection: "{found.group(0)}"', "structure",
                    rule="structure.other.someone_elses_rejection")


def structural_evidence(message: Message, text: str, html: str | None) -> list[Evidence]:
    """Attachments, links, questions about a time and calendar entries (see
    someone_elses_rejection for the one cue that changes how other evidence counts)."""
    found = attachment_evidence(message) + link_evidence(html)
    asked = time_question(text)
    if asked is not None:
        found.append(asked)
    elif is_calendar(message):
        # An invitation file with no question about a time: the meeting is arranged.
        found.append(Evidence("other", 0.6, "a calendar entry for a meeting already arranged", "arranged",
                              rule="structure.other.calendar_entry"))
    return found


def is_calendar(message: Message) -> bool:
    """True when the message carries a calendar entry (an .ics or text/calendar part)."""
    return any(content_type(part) == "text/calendar" for part in _own_leaves(message))
