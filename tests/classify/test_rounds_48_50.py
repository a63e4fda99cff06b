"""The families real-mail rounds 48 and 50 missed or took wrongly, with their parity in the languages.

Round 48 (tests/data/real/EVALUATIONS.md) brought a course subscription declined (a subscription had
been a payment's word), an admission exam's score not reached, an application portal's "successfully
completed … best of luck in the selection process" read as a farewell, and a receipt whose long
match ran across "en caso de … de lo contrario". Round 50 brought a request left unanswered in the
time allowed and removed, a sign-up removed under a policy (a waiting list offered only on a
condition), a spot freed by someone else's decline, and a mentee's withdrawal told to the mentor.
Every sentence here is written for this test."""

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


ROUND_50_REFUSALS = [
    ('en', 'Your request to join the Harbour Hawks was not approved by a captain within the allotted time and has been removed.'),
    ('fr', "Le responsable n'a pas répondu à votre demande d'adhésion au club dans le délai imparti ; elle a été retirée."),
    ('de', 'Ihre Anfrage wurde nicht innerhalb der vorgesehenen Frist beantwortet und daher gelöscht.'),
    ('es', 'Su solicitud no fue atendida dentro del plazo previsto y se ha cerrado.'),
    ('en', 'The league is now full and, under our policy, your registration has been removed.'),
    ('fr', 'La ligue est complète : conformément au règlement, votre inscription a été supprimée.'),
]

ROUND_50_NOT_REFUSALS = [
    ('en', 'Sam has declined their invitation, so the spot can now be offered to someone on the waitlist.'),
    ('en', "Your mentee withdrew the request as they found another mentor. Although this one didn't work out, you'll get more requests soon."),
    ('en', 'Your registration has been removed at your request.'),
    ('fr', 'Votre inscription a été supprimée à votre demande.'),
    ('fr', 'Votre compte a été supprimé ; votre candidature reste enregistrée.'),
    ('en', 'We regret we cannot offer you a place now, but we would like to add you to our waitlist.'),
    ('en', 'Please send your writing sample with any confidential details removed.'),
    ('en', 'If you would like to be placed on the waiting list, reply to this email; your application is still under review.'),
]


@pytest.mark.parametrize(("lang", "sentence"), ROUND_50_REFUSALS)
def test_a_request_left_unanswered_or_a_sign_up_removed_is_read(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


@pytest.mark.parametrize(("lang", "sentence"), ROUND_50_NOT_REFUSALS)
def test_someone_elses_decline_or_withdrawal_or_a_removal_asked_for_is_no_refusal(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)
