"""Families of real-mail rounds 33-42, missed on their single untouched run and tuned on afterwards.

A link between "your application" and its refusal (its address's dots read as sentence ends), an
opportunity the organiser can no longer offer, a provider that never answered in time; and a near
miss, a day's booking taken away with a new date to come; a fee waiver refused while the application goes on
(round 39). Every sentence is written for this test."""

from __future__ import annotations

import pytest

from assistant.domain.classify import classify_message
from assistant.domain.classify.text import normalize
from tests.classify.conftest import build
from tests.classify.test_frames import _read

REFUSALS = [
    "Sadly, your application for [Harbour Mural](https://gigs.example/listings/harbour-mural?ref=mail) has been rejected.",
    "Sadly, your application for Harbour Mural: https://gigs.example/listings/harbour-mural?ref=mail has been rejected.",
    "Casey Example can't offer the opportunity any longer.",
    "The organiser is no longer able to offer you the place on the river clean-up.",
    "Northwind School Direct did not respond to your application for History (3KT1) in time. You can apply again.",
]


@pytest.mark.parametrize("sentence", REFUSALS)
def test_a_refusal_family_of_rounds_33_to_36_is_a_rejection(sentence):
    result = _read(sentence, "en")
    assert result.label == "rejection", (sentence, result.reasons)


NEAR_MISSES = [
    "You've been removed from the assessment day on 4 March. We will contact you to reschedule.",
    "The provider did not respond to your application in time, so we have chased them and extended the deadline.",
    "Casey Example can't offer the 10am slot any longer; please pick another time for your call.",
]


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_a_near_miss_of_rounds_33_to_36_is_not_a_rejection(sentence):
    result = _read(sentence, "en")
    assert result.label != "rejection", (sentence, result.reasons)


def test_a_web_address_inside_a_sentence_is_left_out_and_a_full_stop_after_it_still_ends_it():
    assert normalize("Read it at https://northwind.example/a.b?c=d. Then reply.") == "read it at . then reply."
    assert normalize("See [the FAQ](https://northwind.example/faq) first.") == "see the faq first."


def test_an_html_link_written_as_text_and_address_does_not_hide_the_refusal():
    html = ('<p>Unfortunately, your application for <a href="https://gigs.example/listings/harbour-mural?x=1">'
            "Harbour Mural</a> has been rejected.</p>")
    result = classify_message(build(html=html, subject="About your application",
                                    sender="Gigs <notifications@gigs.example>"))
    assert result.label == "rejection", result.reasons


FEE_WAIVERS = [
    ("en", "Your fee waiver request has been declined; your application remains under review."),
    ("pt", "A sua solicitação de isenção de taxa foi rejeitada."),
    ("de", "Ihr Antrag auf Gebührenbefreiung wurde abgelehnt."),
    ("es", "Su solicitud de exención de tasas ha sido rechazada."),
    ("fr", "Votre demande d'exonération des frais a été refusée."),
    ("it", "La sua richiesta di esonero dal contributo è stata respinta."),
]


@pytest.mark.parametrize(("lang", "sentence"), FEE_WAIVERS)
def test_a_fee_waiver_refused_is_no_verdict_on_the_candidacy(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)


ROUNDS_40_42 = [
    ("pt", "Após análise, informamos que seu cadastro não pôde ser aprovado neste momento."),
    ("es", "Recibimos tu donación fuera de plazo. Es por esto que no quedaste confirmado para participar."),
    ("pt", "A doação chegou fora do prazo. Por isso, você não está confirmado para participar."),
    ("es", "Te informamos que la actividad Jornada Solidaria que iniciaba el sábado ha sido cancelada."),
    ("en", "Your payment came after the deadline, so you have not been confirmed to take part."),
]


@pytest.mark.parametrize(("lang", "sentence"), ROUNDS_40_42)
def test_a_refusal_family_of_rounds_40_to_42_is_a_rejection(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


ROUNDS_40_42_NEAR_MISSES = [
    ("pt", "Seu comprovante foi recusado. Por favor, envie um novo comprovante para continuar com sua inscrição."),
    ("es", "La actividad del sábado ha sido cancelada por lluvia; la nueva fecha es el domingo."),
]


@pytest.mark.parametrize(("lang", "sentence"), ROUNDS_40_42_NEAR_MISSES)
def test_a_near_miss_of_rounds_40_to_42_is_not_a_rejection(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)
