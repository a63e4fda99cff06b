"""The names of an application's life: stages, reply labels, letter purposes and letter states.

Each is a StrEnum, so a member *is* its string value: the database rows, the
JSON documents and the CLI's words stay exactly what they were. The sets of
stages (active, answered, terminal) are defined here and nowhere else; the
moves between stages are in `assistant/domain/lifecycle.py`.
"""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    """Where an application is, from the thank-you notes to the employer's answer."""

    THANK_YOU_DRAFTED = "thank_you_drafted"
    THANKED = "thanked"
    INQUIRY_DRAFTED = "inquiry_drafted"
    INQUIRED = "inquired"
    NEXT_STEP = "next_step"
    OFFER = "offer"
    REJECTED = "rejected"
    CLOSED = "closed"


class Label(StrEnum):
    """What an employer-side message says, as the classifier (or the user) labels it."""

    REJECTION = "rejection"
    NEXT_STEP = "next_step"
    OFFER = "offer"
    PENDING = "pending"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    OTHER = "other"


class Purpose(StrEnum):
    """Why the tool writes a letter."""

    THANK_YOU = "thank_you"
    STATUS_INQUIRY = "status_inquiry"
    KEEP_ON_FILE = "keep_on_file"
    EXPEDITE = "expedite"           # after an offer elsewhere: "is there an update on your timeline?"


class RoundState(StrEnum):
    """Where one interview round is: ahead, held, or called off."""

    UPCOMING = "upcoming"       # recorded before it ended (by hand or from an invitation)
    HELD = "held"               # it has ended: its thank-you notes are due
    CANCELLED = "cancelled"     # called off (a cancelled invitation): no notes, never the latest round


class LetterState(StrEnum):
    """Where a letter is between the tool's database and the user's Gmail."""

    INTENT = "intent"                       # recorded, not in Gmail yet (the outbox uploads it)
    DRAFTED = "drafted"                     # a draft in Gmail
    SCHEDULED = "scheduled"                 # the user chose Schedule send; Gmail sends it later
    SENT = "sent"
    WITHDRAW_PENDING = "withdraw_pending"   # to be deleted from Gmail after the sync's transaction
    WITHDRAWN = "withdrawn"
    DELETED = "deleted"                     # the user deleted the draft in Gmail


# The employer has answered: no status inquiry any more.
ANSWERED: frozenset[Stage] = frozenset({Stage.NEXT_STEP, Stage.OFFER, Stage.REJECTED})
# Nothing moves these on except an offer after a rejection (see lifecycle.after_answer).
TERMINAL: frozenset[Stage] = frozenset({Stage.OFFER, Stage.REJECTED, Stage.CLOSED})
# Still waiting on the user or the employer: what a sync reads and repairs.
ACTIVE: frozenset[Stage] = frozenset(Stage) - TERMINAL
# Before any answer, while the tool's own letters move the stage.
FOLLOWING_UP: frozenset[Stage] = frozenset(
    {Stage.THANK_YOU_DRAFTED, Stage.THANKED, Stage.INQUIRY_DRAFTED, Stage.INQUIRED})
# Thank-you notes still belong here: no inquiry and no answer yet.
THANKING: frozenset[Stage] = frozenset({Stage.THANK_YOU_DRAFTED, Stage.THANKED})
# A letter not yet out: it can still be written over, withdrawn or sent.
UNSENT: tuple[LetterState, ...] = (LetterState.INTENT, LetterState.DRAFTED)
# A letter in Gmail the user may still act on; a close checks each before deleting.
IN_GMAIL_UNSENT: tuple[LetterState, ...] = (LetterState.DRAFTED, LetterState.SCHEDULED)
