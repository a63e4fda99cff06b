"""Each language lives in its own folder under classify/lang/; the shared readers name none of its words."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from assistant.domain.classify import lang
from assistant.domain.classify.lang import CODES, DECIDING, LANGUAGES, Language

CLASSIFY = Path(lang.__file__).resolve().parents[1]
SHARED = sorted(path for path in CLASSIFY.glob("*.py"))

# Words of the parts that live in the language folders: quote markers,
# auto-reply subjects and absence wording, date words. Any of them in a shared
# module's code means a language's words were put back outside its folder.
# Matched as substrings of the patterns (a pattern's "\\bwrote" has no word
# boundary in its source), so each is long or odd enough to name one thing.
TELL_TALES = (
    # quote markers: attribution verbs, separators, header names, sign-offs, client lines
    "wrote", "schrieb", "a\\s+écrit", "escribió", "escreveu", "schreef", "scritto", "kirjoitti",
    "urspr", "original message", "message d'origine", "mensaje original", "oorspronkelijk", "messaggio originale",
    "betreff", "gesendet", "objet", "asunto", "onderwerp", "oggetto", "verzonden", "wysłano", "skickat",
    "cordialement", "mit freundlichen", "saludos", "sincerely", "yours faithfully",
    "sent from", "envoyé de mon", "enviado desde", "inviato da", "sendt fra", "wysłane z",
    # auto-reply subjects and absence wording
    "automatic reply", "automatische antwort", "réponse automatique", "respuesta automática",
    "automatisch antwoord", "risposta automatica", "resposta autom", "autosvar", "automaattinen", "otomatik",
    "abwesenheitsnotiz", "afwezig", "nieobecn", "fuori (?:sede", "ik ben", "jestem", "jeg er", "jag är", "olen (?:lomalla",
    # mail to many, and the reader's own application
    "darse de baja", "se désinscrire", "agradecemos", "beworben", "nous vous remercions",
    # the message's shape: meeting verbs, file names, somebody else's rejection
    "vorbeikommen", "quedamos", "arbeitsvertrag", "promesse d'embauche", "recibido", "absage (?:bekommen",
    # words around a phrase: hearsay, "to another candidate", "completing the take-home"
    "erzählt", "il paraît", "me dijo", "einen anderen", "une autre", "eingereicht",
    # delivery reports
    "unzustellbar", "non distribuable", "no entregado", "zustellung",
    # applicant-tracking templates
    "deseamos", "in die engere auswahl", "preseleccion",
    # the gist's kinds of words
    "malheureusement", "bedauer", "lo siento", "glückwunsch", "félicitations", "enhorabuena", "engere[nr]? auswahl",
    "présélection", "todavía no",
    # date words: months, weekdays, words around a day back
    "january", "januar", "janvier", "enero", "donnerstag", "jeudi", "jueves", "übermorgen",
    "jusqu'au", "de retour", "regresaré", "wieder (?:im büro", "reachable again", "por la tarde",
    "back in (?:the )?", "letztes jahr", "l'année dernière", "el año pasado",
)


def _code_strings(path: Path) -> list[str]:
    """The string constants of a module's code (docstrings and comments are prose, not patterns)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    prose = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in prose]


@pytest.mark.parametrize("path", SHARED, ids=lambda path: path.name)
def test_no_shared_module_holds_a_language_s_quote_marker_subject_or_date_word(path):
    found = [word for text in _code_strings(path) for word in TELL_TALES
             if word in text.lower()]
    assert found == [], f"{path.name} names language words {found}: move them to lang/<code>/"


def test_the_tell_tale_words_are_all_found_in_some_language_folder():
    folders = [text for path in (CLASSIFY / "lang").rglob("*.py") for text in _code_strings(path)]
    missing = [word for word in TELL_TALES
               if not any(word in text.lower() for text in folders)]
    assert missing == []


def test_every_language_folder_is_registered_and_names_itself():
    on_disk = sorted(path.name for path in (CLASSIFY / "lang").iterdir() if (path / "__init__.py").exists())
    assert sorted(CODES) == on_disk
    assert [language.code for language in LANGUAGES] == list(CODES)
    assert all(isinstance(language, Language) for language in LANGUAGES)


# The languages whose mail the classifier reads in full (quote markers, dates, the message's
# shape); the others that decide (nl, it, pt, ru, tr) have a compact phrase table and the
# words it needs (tests/classify/test_more_languages.py).
FULL = ("en", "de", "fr", "es")


@pytest.mark.parametrize("language", DECIDING, ids=lambda language: language.code)
def test_a_language_decisions_are_read_in_has_the_words_its_phrases_need(language):
    parts = ("phrases", "function_words", "clause_breaks", "and_words", "negations", "conditions", "deferrals",
             "meeting_nouns", "earlier_words", "own_application_words")
    assert [part for part in parts if not getattr(language, part)] == []


@pytest.mark.parametrize("language", [lg for lg in DECIDING if lg.code in FULL], ids=lambda language: language.code)
def test_a_language_read_in_full_has_every_part(language):
    parts = ("phrases", "function_words", "negations", "conditions",
             "quote_verbs", "attribution_openings", "quote_separators", "forward_openings", "from_headers",
             "other_headers", "sign_offs", "client_signatures", "autoreply_subjects",
             "months", "weekdays", "back_words", "until_words", "when_words", "gist_words", "structure_words", "context_words",
             "mass_mail_words", "own_application_words")
    assert [part for part in parts if not getattr(language, part)] == []


@pytest.mark.parametrize("language", [lg for lg in LANGUAGES if not lg.decides], ids=lambda language: language.code)
def test_a_further_language_has_quote_markers_or_auto_reply_words_and_no_half_phrase_table(language):
    assert language.quote_verbs or language.autoreply_subjects
    assert not language.function_words and not language.negations  # they only serve a phrase table


@pytest.mark.parametrize("subject, rule", [
    ("Automatisch antwoord: Sollicitatie", "subject.auto_reply"),
    ("Autosvar: ansökan", "subject.auto_reply"),
])
def test_an_auto_reply_subject_of_a_further_language_is_read_from_its_folder(mail, subject, rule):
    from assistant.domain.classify import classify_message
    result = classify_message(mail("Ik ben afwezig tot en met maandag.", subject=subject))
    assert result.label == "auto_reply"
    assert rule in [finding.rule for finding in result.findings]
    assert "nl.auto_reply.away" in [finding.rule for finding in result.findings]


# A pattern piece longer than this no longer reads as one idea: 200 characters
# is about two lines of the 120-column layout, room for a phrase with its
# optional words, while the word lists that made patterns 300 to 1,700
# characters long are now any_of(...) alternatives, one short line each.
PIECE_LIMIT = 200


@pytest.mark.parametrize("path", sorted(CLASSIFY.rglob("*.py")), ids=lambda path: str(path.relative_to(CLASSIFY)))
def test_no_pattern_piece_is_longer_than_the_limit(path):
    too_long = [text[:60] for text in _code_strings(path) if len(text) > PIECE_LIMIT]
    assert too_long == [], f"split these into any_of(...) alternatives, one per line: {too_long}"


def test_any_of_joins_alternatives_into_one_pattern():
    from assistant.domain.classify.rule import any_of, rule
    assert any_of("we went with", "we chose") == "we went with|we chose"
    assert rule("en.rejection.x", "rejection", "strong", any_of("a", "b"), "c").pattern == "a|b|c"


@pytest.mark.parametrize("subject, core, reply", [
    ("AW: WG: Ihre Bewerbung", "Ihre Bewerbung", True),
    ("Antw: Sollicitatie", "Sollicitatie", True),
    ("TR: Fwd [2]: Votre candidature", "Votre candidature", False),
    ("Resultado de su candidatura", "Resultado de su candidatura", False),
])
def test_reply_and_forward_prefixes_come_from_the_language_folders(subject, core, reply):
    from assistant.domain.classify.headers import is_reply_subject, subject_core
    assert (subject_core(subject), is_reply_subject(subject)) == (core, reply)
