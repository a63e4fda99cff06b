"""A named phrase rule: what a contributor adds, finds and names in `classify --json`.

A rule is one pattern built from readable alternatives (one per line in the
language tables), with a stable name such as ``en.rejection.position_filled``
that `classify` shows in its evidence. Its switches say when a match does
not count; each is named after the situation it guards against.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Tier = Literal["strong", "medium", "weak", "faint"]
Kind = Literal["phrase", "courtesy", "pitch", "arranged"]


@dataclass(frozen=True)
class Rule:
    """One phrase rule of a language table."""

    name: str         # stable: "<lang>.<label>.<what it says>"
    label: str        # the label a match points at (see model.LABELS)
    tier: Tier        # strong decides alone; medium nearly; weak and faint only with others
    pattern: str      # the alternatives joined with "|"
    negatable: bool   # dropped when the clause negates it ("we are not able to offer you …")
    void_if_done: bool             # the step already happened ("completing the take-home")
    void_if_to_someone_else: bool  # it went to someone else ("… to another candidate")
    void_if_reader_chosen: bool    # the reader is the one chosen ("you are the successful candidate")
    void_if_deferred: bool         # the rest of the clause defers it ("… until the references are in")
    void_if_third_person: bool     # the clause is about a third person ("she's off sick this week")
    void_if_about_meeting: bool    # a meeting is called off, not the candidacy ("den Termin absagen")
    kind: Kind                     # courtesy, pitch or arranged: an "other" or politeness rules.decide weighs
    takes_offer_back: bool = False  # a match takes back the offer the message names: its offer words no longer count


def rule(name: str, label: str, tier: Tier, *alternatives: str,
         negatable: bool | None = None, void_if_done: bool = False,
         void_if_to_someone_else: bool | None = None, void_if_reader_chosen: bool = False,
         void_if_deferred: bool = False, void_if_third_person: bool = False,
         void_if_about_meeting: bool = False, kind: Kind = "phrase",
         takes_offer_back: bool = False) -> Rule:
    """A rule from its alternatives (each a regex, matched on lower-cased,
    single-spaced text with straight quotes).

    By default a rejection rule is not negatable (its negated forms are
    rejection words themselves: "not moving forward") and every other rule
    is; an offer is void when it went to someone else."""
    return Rule(
        name=name, label=label, tier=tier, pattern="|".join(alternatives),
        negatable=label != "rejection" if negatable is None else negatable,
        void_if_done=void_if_done,
        void_if_to_someone_else=label == "offer" if void_if_to_someone_else is None else void_if_to_someone_else,
        void_if_reader_chosen=void_if_reader_chosen, void_if_deferred=void_if_deferred,
        void_if_third_person=void_if_third_person, void_if_about_meeting=void_if_about_meeting,
        kind=kind, takes_offer_back=takes_offer_back,
    )


def any_of(*alternatives: str) -> str:
    """One pattern from readable alternatives, one per line: they are joined with "|"
    (inside a group: ``r"(?:" + any_of(...) + r")"``)."""
    return "|".join(alternatives)


def within_sentence(excluded: str, limit: int = 160) -> str:
    """A lazy gap of up to `limit` characters inside one sentence (a dot only inside a
    link or a name) in which none of the `excluded` words (an alternation) occurs: what
    may stand between the reader's request and its refusal ('your request to access
    "X" program was rejected')."""
    # A dot goes on inside "12.12.2026", a link, after a single letter ("9 a.m. - 5 p.m.") and after a
    # title ("the candidate Sr. Tiago Mendes was disqualified").
    return rf"(?:(?!\b(?:{excluded})\b)[^.!?\n]|\.(?=\w)|(?:(?<=\b\w){_AFTER_TITLE})\.){{0,{limit}}}?"


# The titles a dot may follow inside a sentence (each its own look-behind: they differ in length).
_AFTER_TITLE = "".join(f"|(?<=\\b{title})" for title in ("mr", "mrs", "ms", "dr", "sr", "sra", "srta", "sn", "hr", "fr",
                                                         "prof", "st", "nr"))
