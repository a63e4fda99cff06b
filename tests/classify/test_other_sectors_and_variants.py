"""Selections in other sectors, and the languages as systems and people vary them: stress sets 24 and 25.

Set 24 (tests/data/stress/set24.txt) asked for auditions, sports trials, cadet programmes, castings,
franchise and freelance bids, au-pair and driver onboarding: it read 65 of its 90 refusals on first
sight and took 4 of 90 near misses (a recommended player refused, a team-mate refused, a shift swap
refused). Set 25 asked for text without accents, regional variants, loanwords and English boilerplate:
it read 70 of 90 and took 1 of 90. Every sentence here is written for this test.
"""

from __future__ import annotations

import pytest

from tests.classify.test_frames import _read

REFUSALS = [
    ('de', 'Die Jury hat sich gegen eine Fortsetzung Ihrer Kandidatur entschieden.'),
    ('de', 'Für die Hauptrolle haben wir uns für einen anderen Schauspieler entschieden.'),
    ('fr', 'Le club a décidé de ne pas te garder pour la saison prochaine.'),
    ('it', 'Non possiamo accettare la sua candidatura per il servizio civile.'),
    ('nl', 'Je bent na de auditie helaas niet doorgegaan.'),
    ('pt', 'Optámos por outro músico para a digressão.'),
    ('ru', 'Тренер решил не брать вас в основной состав.'),
    ('tr', 'Rol için başka bir oyuncuyla ilerlemeye karar verdik.'),
    ('de', 'Ihr Bewerbungs-Status wurde auf "Nicht mehr berücksichtigt" geändert.'),
    ('fr', 'Le client part sur un autre profil pour cette mission.'),
    ('es', 'Su postulacion no avanzara a la etapa de entrevistas.'),
    ('it', 'La sua candidatura e\' pertanto archiviata.'),
    ('tr', 'Basvurunuz degerlendirilmis ve olumsuz sonuclanmistir.'),
    ('tr', 'Pozisyonumuz doldurulmustur, ilginiz icin tesekkurler.'),
]

NOT_REFUSALS = [
    ('en', 'The student you referred was not selected this year; thank you for thinking of us.'),
    ('es', 'Tu cambio de turno con Marta no ha sido aprobado, te esperamos el lunes como estaba previsto.'),
    ('nl', 'Je collega is niet geselecteerd, maar jouw contract wordt verlengd.'),
    ('it', 'Il collega che ci hai segnalato non è stato selezionato; il tuo colloquio resta confermato.'),
]


@pytest.mark.parametrize(("lang", "sentence"), REFUSALS)
def test_a_refusal_in_another_sector_or_form_is_read(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


@pytest.mark.parametrize(("lang", "sentence"), NOT_REFUSALS)
def test_someone_elses_refusal_or_a_refused_swap_is_no_refusal(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)
