"""Every rule has a stable name that `classify` shows; languages have the same parts; the ladder is a table."""

from __future__ import annotations

import re

import pytest

from assistant.domain.classify import classify_message, ladder
from assistant.domain.classify.lang import DECIDING
from assistant.domain.classify.lexicon import phrases
from assistant.domain.classify.model import LABELS

_NAME = re.compile(r"^(?P<lang>[a-z]{2})\.(?P<label>[a-z_]+)\.[a-z0-9_]+$")


def test_every_phrase_rule_has_a_unique_name_of_its_language_and_label():
    names = [phrase.rule.name for phrase in phrases()]
    assert len(names) == len(set(names))
    for phrase in phrases():
        found = _NAME.match(phrase.rule.name)
        assert found, phrase.rule.name
        assert (found["lang"], found["label"]) == (phrase.lang, phrase.label)
        assert phrase.label in LABELS


@pytest.mark.parametrize("body, rule", [
    ("Unfortunately the position has been filled.", "en.rejection.position_filled"),
    ("We have decided not to proceed with your application.", "en.rejection.not_moving_on_with_you"),
    ("Leider haben wir uns gegen Ihre Bewerbung entschieden.", "de.rejection.decided_against_you"),
])
def test_classify_names_the_rule_behind_a_phrase_in_its_findings(mail, body, rule):
    result = classify_message(mail(body))
    assert result.label == "rejection"
    assert rule in [finding.rule for finding in result.findings]


def test_a_discounted_phrase_keeps_its_rule_name():
    from assistant.domain.classify.model import Evidence
    from assistant.domain.classify.scope import discount_rejection
    [weak] = discount_rejection([Evidence("rejection", 0.9, "phrase", "phrase", "en", rule="en.rejection.x")], "why")
    assert (weak.weight, weak.rule) == (0.25, "en.rejection.x")


def test_every_language_folder_has_the_same_parts():
    assert [language.code for language in DECIDING] == ["en", "de", "fr", "es", "nl", "it", "pt", "tr", "ru"]
    for language in DECIDING:
        assert language.phrases and all(rule.name.startswith(f"{language.code}.") for rule in language.phrases)
        assert language.function_words and language.clause_breaks and language.and_words
        assert language.negations and language.conditions
    for language in DECIDING[:4]:  # read in full: auto-reply subjects and date words too
        assert language.autoreply_subjects
        assert sorted(set(language.months.values())) == list(range(1, 13)), language.code
        assert sorted(set(language.weekdays.values())) == list(range(7)), language.code


def test_the_ladder_table_in_the_docstring_lists_the_exits_in_their_order():
    documented = re.findall(r"^\| \d+ \| (\w+) \|", ladder.__doc__ or "", re.MULTILINE)
    assert documented == [name for name, _ in ladder.LADDER]


def test_no_reason_on_the_dev_corpus_is_named_after_a_family_only():
    from pathlib import Path

    from assistant.domain.classify import classify_bytes
    family = re.compile(r"\.(?:strong|medium|weak|faint|phrase)$|^(?:phrase|structure|arranged|courtesy|pitch)\.[a-z_]+$")
    corpus = Path(__file__).resolve().parents[1] / "data" / "replies" / "dev"
    rules = {finding.rule for path in sorted(corpus.glob("*.eml"))
             for finding in classify_bytes(path.read_bytes()).findings}
    assert rules and not {rule for rule in rules if family.search(rule)}


def test_every_phrase_rule_compiles():
    # Phrase rules are compiled when a message first needs them (lexicon.Phrase.pattern);
    # a pattern that cannot compile must fail here, not in a user's `assistant classify`.
    from assistant.domain.classify.lexicon import phrases

    for phrase in phrases():
        assert phrase.pattern.pattern == phrase.rule.pattern, phrase.rule.name
