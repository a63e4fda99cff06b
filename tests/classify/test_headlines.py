"""A headline that names the refusal with a noun, in every language decisions are read in.

A subject or a heading line often carries the verdict alone ("Thesis Application Rejection",
real-mail round 31) while the body only says what follows from it. The frame reads the refusal
noun next to an application, or alone on its line; a heading keeps its own line when the
sentence below it starts (lang/frames.py, text.normalize). Every sentence is written for
this test."""

from __future__ import annotations

import pytest

from assistant.domain.classify import classify_message
from assistant.domain.classify.text import normalize
from tests.classify.conftest import build

_NEUTRAL = {
    "en": "Thank you for the time you gave us.",
    "de": "Vielen Dank für die Zeit, die Sie uns geschenkt haben.",
    "fr": "Merci pour le temps que vous nous avez accordé.",
    "es": "Gracias por el tiempo que nos ha dedicado.",
    "it": "Grazie per il tempo che ci ha dedicato.",
    "nl": "Bedankt voor de tijd die u ons gaf.",
    "pt": "Obrigado pelo tempo que nos dedicou.",
    "ru": "Спасибо за уделённое нам время.",
    "tr": "Bize ayırdığınız zaman için teşekkür ederiz.",
}


def _mail(subject: str, body: str):
    return build(f"Hello Sam,\n\n{body}\n\nBest,\nNorthwind\n", subject=subject,
                 sender="Northwind Careers <careers@northwind.example>")


SUBJECTS = [
    ("en", "Thesis Application Rejection"),
    ("en", "Rejection of your application for Data Analyst"),
    ("en", "Candidacy - Rejection"),
    ("de", "Ablehnung Ihrer Bewerbung als Lagerhelfer"),
    ("de", "Ihre Bewerbung - Absage"),
    ("de", "Kursablehnung"),  # a compound (real-mail round 43)
    ("de", "Praktikumsabsage"),
    ("fr", "Refus de candidature"),
    ("fr", "Réponse négative à votre candidature"),
    ("es", "Respuesta negativa a su candidatura"),
    ("es", "Rechazo de candidatura - Analista"),
    ("it", "Rifiuto candidatura"),
    ("nl", "Uw sollicitatie - afwijzing"),
    ("nl", "Afwijzing"),
    ("pt", "Recusa de candidatura"),
    ("ru", "Отказ по вакансии Аналитик данных"),
    ("ru", "Отказ"),
    ("tr", "Başvuru reddi"),
]


@pytest.mark.parametrize(("lang", "subject"), SUBJECTS)
def test_a_subject_that_names_the_refusal_is_a_rejection(lang, subject):
    result = classify_message(_mail(subject, _NEUTRAL[lang]))
    assert result.label == "rejection", (subject, result.reasons)
    assert any(f.rule == f"{lang}.rejection.headline_names_the_refusal" for f in result.findings)


NOT_A_CANDIDACY = [
    ("en", "Rejection of your application for leave"),
    ("en", "Refusal of your expense claim"),
    ("de", "Ablehnung Ihres Urlaubsantrags"),
    ("de", "Terminabsage"),
    ("es", "Rechazo de su solicitud de reembolso"),
    ("fr", "Refus de remboursement"),
    ("en", "Rejection rates and how to beat them"),
]


@pytest.mark.parametrize(("lang", "subject"), NOT_A_CANDIDACY)
def test_a_headline_refusing_something_else_is_not_a_rejection(lang, subject):
    result = classify_message(_mail(subject, _NEUTRAL[lang]))
    assert result.label != "rejection", (subject, result.reasons)


HEADINGS = [
    ("en", "Thesis Application Rejection\nWe found a student for the topic you chose."),
    ("nl", "Afwijzing\nBedankt voor uw interesse in Northwind."),
    ("ru", "Отказ\nСпасибо за интерес к нашей компании."),
    ("tr", "Başvuru reddi\nŞirketimize gösterdiğiniz ilgi için teşekkür ederiz."),
]


@pytest.mark.parametrize(("lang", "body"), HEADINGS)
def test_a_heading_line_that_names_the_refusal_is_a_rejection(lang, body):
    result = classify_message(_mail("Northwind", body))
    assert result.label == "rejection", (body, result.reasons)


def test_a_heading_keeps_its_own_line_above_the_sentence_it_heads():
    assert normalize("Thesis Application Rejection\nWe found a student.") == (
        "thesis application rejection\nwe found a student.")
    assert normalize("Başvuru reddi\nTeşekkür ederiz.").startswith("başvuru reddi\n")


def test_a_wrapped_line_of_prose_still_joins_the_next():
    assert normalize("We regret that your application to\nNorthwind was not successful.") == (
        "we regret that your application to northwind was not successful.")
    assert normalize("Thank you for your\nApplication.") == "thank you for your application."
