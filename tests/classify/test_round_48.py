"""The families real-mail round 48 missed or took wrongly, with their parity in the nine languages.

Round 48 (tests/data/real/EVALUATIONS.md) brought a course subscription declined (a subscription had
been a payment's word), an admission exam's score not reached, an application portal's "successfully
completed … best of luck in the selection process" read as a farewell, and a receipt whose long
match ran across "en caso de … de lo contrario". Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from tests.classify.test_frames import _read

REFUSALS = [
    ('en', 'Your subscription to the course Advanced Welding has been declined by the tutor.'),
    ('en', 'Unfortunately you did not reach the required score in the entrance exam.'),
    ('es', 'En esta ocasión no alcanzaste el puntaje necesario para el ingreso.'),
    ('de', 'Leider haben Sie im Auswahltest nicht die erforderliche Punktzahl erreicht.'),
    ('fr', "Vous n'avez malheureusement pas obtenu la note minimale requise au concours."),
    ('it', 'Purtroppo non hai raggiunto il punteggio minimo richiesto.'),
    ('nl', 'Helaas heeft u niet de vereiste score behaald voor de toelatingstoets.'),
    ('pt', 'Infelizmente você não atingiu a pontuação mínima exigida.'),
    ('ru', 'К сожалению, вы не набрали проходной балл.'),
    ('tr', 'Maalesef sınavda gerekli puanı alamadınız.'),
]

NOT_REFUSALS = [
    ('en', 'Your subscription payment was declined; please update your card.'),
    ('en', 'Your application has been successfully completed. We wish you the best of luck in the selection process.'),
    ('es', 'Cumpliste todos los requisitos; en caso de ser aceptado recibirás instrucciones, de lo contrario te diremos por qué tu solicitud fue rechazada.'),
    ('es', 'Alcanzaste el puntaje necesario: te esperamos en la entrevista.'),
]


@pytest.mark.parametrize(("lang", "sentence"), REFUSALS)
def test_a_score_not_reached_or_a_subscription_declined_is_read(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


@pytest.mark.parametrize(("lang", "sentence"), NOT_REFUSALS)
def test_a_payment_a_selection_ahead_or_a_condition_is_no_refusal(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)
