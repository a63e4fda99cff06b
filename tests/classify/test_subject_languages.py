"""A subject too short to tell its language is read in its body's languages and in English.

Reading a short subject with every language's table made every `assistant classify` parse all the
tables' patterns (about 0.4 s); the body usually says which tables matter. English stays, as many
systems send English subjects over mail in another language.
"""

from __future__ import annotations

from assistant.domain.classify import classify_message
from assistant.domain.classify.lexicon import find_evidence, languages_of
from tests.classify.conftest import build

_GERMAN_BODY = ("Guten Tag, vielen Dank für Ihre Bewerbung und das Interesse an unserem Unternehmen. "
                "Die Unterlagen haben wir erhalten und sind mit der Prüfung noch nicht fertig.")


def test_a_german_subject_is_read_with_a_german_body():
    result = classify_message(build(_GERMAN_BODY, subject="Absage"))
    assert result.label == "rejection", result.reasons


def test_an_english_subject_is_read_with_a_german_body():
    result = classify_message(build(_GERMAN_BODY, subject="Application declined"))
    assert result.label == "rejection", result.reasons


def test_a_short_subject_keeps_only_the_body_languages_and_english():
    body = "vielen dank für ihre bewerbung und das interesse an unserem unternehmen, wir sind noch nicht fertig."
    assert "de" in languages_of(body) and len(languages_of(body)) < len(languages_of("absage"))
    assert find_evidence("rechazo", beside=body) == []  # Spanish is neither the body's language nor English
    assert find_evidence("rechazo") != []  # alone, a short text is read in every language
