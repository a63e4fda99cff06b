"""The languages the classifier reads decisions in: one folder each, with the same parts.

Each `lang/<code>/__init__.py` defines LANGUAGE: its phrase rules
(`phrases.py`), the function words that tell the language apart, the words
that end a clause, negate or set a condition, the subjects of its
out-of-office notes, and its month and weekday names. Shared readers (lexicon, dates) build their patterns from every
language in LANGUAGES, in this order; adding a language means adding one
folder and one line here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..rule import Rule


@dataclass(frozen=True)
class Language:
    """The parts of one language the classifier needs."""

    code: str                          # "en": the prefix of its rule names
    phrases: list[Rule]                # the phrase rules (lang/<code>/phrases.py)
    function_words: str                # alternation of frequent words: is a text in this language?
    clause_breaks: tuple[str, ...]     # "but", "however": a negation or condition stops here
    and_words: tuple[str, ...]         # "and": a negation stops here too
    negations: tuple[str, ...]         # whole words that negate ("not", "nicht")
    negation_affixes: tuple[str, ...] = ()  # regexes for negations inside words ("n't")
    negation_idioms: tuple[str, ...] = ()   # a negation word that does not negate ("no problem")
    conditions: tuple[str, ...] = ()   # "if", "wenn": a decision inside a condition is weak
    deferrals: tuple[str, ...] = ()    # "until", "bis": a refusal deferred, not given
    meeting_nouns: tuple[str, ...] = ()  # "interview", "Termin": calling one off is no rejection
    nobody_yet: tuple[str, ...] = ()   # "anyone", "yet": no decision about anybody
    autoreply_subjects: tuple[str, ...] = ()  # regexes of an out-of-office subject ("automatic reply")
    months: dict[str, int] = field(default_factory=dict)    # month name or abbreviation -> 1..12
    weekdays: dict[str, int] = field(default_factory=dict)  # weekday name -> 0 (Monday)..6


def _languages() -> tuple[Language, ...]:
    from . import de, en, es, fr
    return (en.LANGUAGE, de.LANGUAGE, fr.LANGUAGE, es.LANGUAGE)


LANGUAGES: tuple[Language, ...] = _languages()


def words(pick: str) -> str:
    """One alternation of a word list of every language, in LANGUAGES order, each word once."""
    seen: dict[str, None] = {}
    for language in LANGUAGES:
        for word in getattr(language, pick):
            seen.setdefault(word, None)
    return "|".join(seen)
