"""What real-mail rounds 54-57 showed, in sentences written for this test.

Round 54 brought a job board's French letter, "nous avons décidé de rejeter votre candidature",
which no rule read: a decision to refuse, said with the infinitive before the reader's thing, was
missing in French, Spanish, Portuguese, Russian and Turkish. Round 56 brought two false refusals:
an interview for a position cancelled (not the position), and a test invitation warning that not
taking it "será motivo de descarte".
"""

from __future__ import annotations

import pytest

from tests.classify.test_frames import _read

REFUSALS = [
    ('fr', 'Après examen, nous avons pris la décision de refuser votre candidature.'),
    ('fr', 'Nous avons dû écarter votre dossier pour ce poste de vendeur.'),
    ('es', 'Lamentablemente nos hemos visto obligados a descartar tu postulación.'),
    ('es', 'Hemos optado por desestimar su candidatura al puesto de cajero.'),
    ('pt', 'Tivemos de recusar a sua candidatura ao estágio.'),
    ('pt', 'A comissão decidiu indeferir o seu pedido de admissão.'),
    ('ru', 'Мы вынуждены отклонить вашу заявку на вакансию водителя.'),
    ('tr', 'Adaylığınızı olumsuz değerlendirmeye karar verdik.'),
]

NOT_REFUSALS = [
    ('en', 'Your interview for the Data Analyst position on Monday has been cancelled; we will send a new slot.'),
    ('en', 'The scheduled call about the Support role was cancelled by the interviewer and will be moved.'),
    ('es', 'No presentarse a la prueba será motivo de descarte, así que reserva tu turno hoy.'),
    ('fr', 'Nous avons décidé de refuser votre demande de télétravail, votre contrat débute lundi.'),
    ('fr', 'Sans réponse de votre part, nous serons contraints de refuser votre dossier.'),
]


@pytest.mark.parametrize(("lang", "sentence"), REFUSALS)
def test_a_decision_to_refuse_is_read(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


@pytest.mark.parametrize(("lang", "sentence"), NOT_REFUSALS)
def test_a_cancelled_meeting_or_a_warning_is_no_refusal(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)
