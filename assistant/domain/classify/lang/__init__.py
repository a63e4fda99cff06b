"""The languages the classifier reads mail in: one folder each, with the same parts.

Each `lang/<code>/__init__.py` defines LANGUAGE, a `Language` holding what
the classifier knows of that language, in named parts:

* phrases: the phrase rules (`phrases.py`) and the words that tell the
  language apart, end a clause, negate or set a condition;
* quote markers: attribution verbs and openings ("On … wrote:"), the
  "Original Message" separators, the header names of a quoted block, the
  sign-offs and the lines mail clients add ("Sent from my iPhone");
* auto-reply: the subjects of its out-of-office notes and its absence wording;
* date words: month and weekday names, the words that introduce a first day
  back or a last day away, and the words of a time in a question.

A folder has only the parts its language has: an out-of-office note or a
quoted header block arrives in many more languages than those a decision
is read in (those have phrases: en, de, fr and es read in full; nl, it, pt, ru
and tr with a compact table and only the words it needs). Shared readers (lexicon, quotes, headers,
autoreply, dates, structure) build their patterns from every language in
CODES order and name no language's words; adding a language means adding
one folder and its code to CODES.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field

from ..rule import Rule
from .frames import FrameWords

# The registry: languages are imported from `lang/<code>/` in this order
# (where two languages' patterns could match the same text, the earlier wins).
CODES = ("en", "de", "fr", "es", "nl", "pl", "it", "pt", "no", "sv", "da", "fi", "cs", "tr", "ru")


@dataclass(frozen=True)
class Language:
    """The parts of one language the classifier needs (empty where the language has none)."""

    code: str                          # "en": the prefix of its rule names
    # ---- phrases: decisions are read only in languages with a phrase table
    phrases: list[Rule] = field(default_factory=list)  # the phrase rules (lang/<code>/phrases.py)
    frame_words: FrameWords | None = None  # the words of the shared refusal frames (lang/frames.py)
    function_words: str = ""           # alternation of frequent words: is a text in this language?
    clause_breaks: tuple[str, ...] = ()  # "but", "however": a negation or condition stops here
    and_words: tuple[str, ...] = ()    # "and": a negation stops here too
    # ---- negations and conditions
    negations: tuple[str, ...] = ()    # whole words that negate ("not", "nicht")
    negation_affixes: tuple[str, ...] = ()  # regexes for negations inside words ("n't")
    negation_idioms: tuple[str, ...] = ()   # a negation word that does not negate ("no problem")
    conditions: tuple[str, ...] = ()   # "if", "wenn": a decision inside a condition is weak
    deferrals: tuple[str, ...] = ()    # "until", "bis": a refusal deferred, not given
    meeting_nouns: tuple[str, ...] = ()  # "interview", "Termin": calling one off is no rejection
    nobody_yet: tuple[str, ...] = ()   # "anyone", "yet": no decision about anybody
    acknowledgments: tuple[str, ...] = ()  # "thanks", "got it", "bien reçu": a plain acknowledgment
    # ---- delivery reports (regexes): "undeliverable", "unzustellbar"
    bounce_subjects: tuple[str, ...] = ()
    delay_subjects: tuple[str, ...] = ()
    bounce_bodies: tuple[str, ...] = ()
    delay_bodies: tuple[str, ...] = ()
    # ---- applicant-tracking templates (lang/<code>/templates.py): (meaning, label, weight, pattern)
    template_rules: tuple[tuple[str, str, float, str], ...] = ()
    # ---- words around a phrase (lang/<code>/context.py): "reported" -> ("said", "sagte", …)
    context_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # ---- the message's shape (lang/<code>/structure.py): "meet" -> ("come", "treffen", …)
    structure_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # ---- whose candidacy (scope.py)
    mass_mail_words: tuple[str, ...] = ()  # regexes of a list's footer: "unsubscribe", "abmelden"
    own_application_words: tuple[str, ...] = ()  # regexes naming the reader's own application: "your application"
    # ---- the gist's kinds of words (lang/<code>/gist.py): "rejection.regret" -> ("leider", …)
    gist_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # ---- quote markers (regexes, matched case-insensitively on one line)
    quote_verbs: tuple[str, ...] = ()        # "wrote", "schrieb": the verb of an attribution line
    attribution_openings: tuple[str, ...] = ()  # "on", "am": the word an attribution line starts with
    quote_separators: tuple[str, ...] = ()   # "original message": between dashes or underscores
    forward_openings: tuple[str, ...] = ()   # "begin forwarded message": a line of its own
    forward_separators: tuple[str, ...] = ()  # "forwarded message": between dashes, a forward (not a reply)
    from_headers: tuple[str, ...] = ()       # "from", "von": the first line of a quoted header block
    other_headers: tuple[str, ...] = ()      # "sent", "betreff": the other lines of that block
    block_leads: tuple[str, ...] = ()        # "message du": a line above that block that belongs to it
    sign_offs: tuple[str, ...] = ()          # "best regards": the line a signature starts under
    client_signatures: tuple[str, ...] = ()  # "sent from my": lines mail clients add under the text
    reply_library: bool = False              # mailparser_reply knows this language's attributions
    # ---- auto-reply
    autoreply_subjects: tuple[str, ...] = ()  # regexes of an out-of-office subject ("automatic reply")
    autoreply_rules: tuple[tuple[str, float, str], ...] = ()  # (meaning, weight, pattern) of absence wording
    reply_promises: tuple[str, ...] = ()  # "I will reply as soon as possible": a vacation program, sent in bulk
    reply_prefixes: tuple[str, ...] = ()  # "re", "aw": a subject answered ("AW: …")
    forward_prefixes: tuple[str, ...] = ()  # "fwd", "wg": a subject forwarded ("WG: …")
    # ---- date words
    months: dict[str, int] = field(default_factory=dict)    # month name or abbreviation -> 1..12
    weekdays: dict[str, int] = field(default_factory=dict)  # weekday name -> 0 (Monday)..6
    back_words: tuple[str, ...] = ()   # "back", "de retour": introduce the first day back
    back_places: tuple[str, ...] = ()  # "in the office", "im büro": may follow those words
    back_joiners: tuple[str, ...] = ()  # "on", "am", "à partir du": between those words and the date
    until_words: tuple[str, ...] = ()  # "until", "bis": introduce the last day away
    until_joiners: tuple[str, ...] = ()  # "inclusive", "le": between those words and the date
    date_articles: tuple[str, ...] = ()  # "the", "den": between a weekday and its date
    ordinals: tuple[str, ...] = ()     # "st", "er", "º": after a day's number
    month_joiners: tuple[str, ...] = ()  # "of", "de": between the day and the month
    year_joiners: tuple[str, ...] = ()   # "de": between the month and the year
    when_words: tuple[str, ...] = ()   # "tuesday", "next week", "morning": a time in a question
    earlier_words: tuple[str, ...] = ()  # "last year", "back in may": an outcome mentioned is an old one
    clock_words: tuple[str, ...] = ()  # "pm", "uhr": after an hour ("3 pm", "15 Uhr")
    clock_openings: tuple[str, ...] = ()  # "a las": before an hour ("a las 3")

    @property
    def decides(self) -> bool:
        """True when decisions are read in this language (it has a phrase table)."""
        return bool(self.phrases)


def _languages() -> tuple[Language, ...]:
    found = []
    for code in CODES:
        language = importlib.import_module(f"{__name__}.{code}").LANGUAGE
        assert language.code == code, f"lang/{code} names itself {language.code}"
        found.append(language)
    return tuple(found)


LANGUAGES: tuple[Language, ...] = _languages()
DECIDING: tuple[Language, ...] = tuple(language for language in LANGUAGES if language.decides)


def vocabulary(pick: str, slot: str) -> str:
    """One alternation of a slot of a word table (`gist_words`, `structure_words`, `context_words`)
    of every language, in CODES order, each word once."""
    seen: dict[str, None] = {}
    for language in LANGUAGES:
        for word in getattr(language, pick).get(slot, ()):
            seen.setdefault(word, None)
    return "|".join(seen)


def words(pick: str, languages: tuple[Language, ...] = LANGUAGES) -> str:
    """One alternation of a word list of every language, in LANGUAGES order, each word once."""
    seen: dict[str, None] = {}
    for language in languages:
        for word in getattr(language, pick):
            seen.setdefault(word, None)
    return "|".join(seen)
