"""Tracking systems' automated notices, and early-career selections: stress sets 20 and 21.

Set 20 (tests/data/stress/set20.txt) asked for the automated mail of tracking systems and portals:
it read 57 of its 90 refusals on first sight. The misses were fields joined by "|" ("Stage: Screening |
Decision: Declined"), a status "changed from \"Under review\" to \"Not selected\"", a result field with a
long name ("Resultado de la fase de baremación: No apto"), and an application "no longer under
review" in each language. Set 21 (internships, apprenticeships, graduate schemes, public
competitions) read 62 of 90 and took 9 of 90 near misses: a scholarship refused while the place
stays, a friend's refusal told in passing, a post closed while the application moves to another
office. Every sentence here is written for this test.
"""

from __future__ import annotations

import pytest

from tests.classify.test_frames import _read

REFUSALS = [
    ('en', 'Phase: Interview | Decision: Declined | Role: Line Cook. Nothing else is needed from you.'),
    ('en', 'Your application status changed from "Screening" to "Not selected".'),
    ('en', 'Your candidacy for the graduate intake has therefore come to an end.'),
    ('de', 'Leider haben Sie den Mathematiktest für die Ausbildung nicht bestanden.'),
    ('de', 'Die Stelle wird aus Budgetgründen nicht besetzt.'),
    ('de', 'Das Auswahlverfahren ist damit für Sie abgeschlossen.'),
    ('de', 'Phase: Vorauswahl | Entscheidung: Abgelehnt | Stelle: Lagerhelfer.'),
    ('fr', 'Votre candidature au poste de magasinier n\'est plus à l\'étude.'),
    ('fr', 'Vous ne pourrez donc pas être admis en deuxième année.'),
    ('es', 'Resultado de la valoración de méritos: No apto.'),
    ('es', 'Tu candidatura ya no está siendo considerada para esta vacante.'),
    ('es', 'El tribunal ha resuelto no adjudicarle la beca.'),
    ('it', 'La sua candidatura non è più in fase di valutazione.'),
    ('it', 'Non è stato ammesso alla prova scritta.'),
    ('nl', 'Uitkomst selectie: niet geselecteerd.'),
    ('nl', 'Helaas ben je na de eerste ronde afgevallen.'),
    ('nl', 'We zitten helaas al vol voor de zomer.'),
    ('pt', 'A sua candidatura já não se encontra em análise.'),
    ('pt', 'Resultado da prova de conhecimentos: Não aprovado.'),
    ('ru', 'Решение: Отклонено.'),
    ('ru', 'Не допущены к очному этапу отбора.'),
    ('tr', 'Başvurunuz kapatılmıştır.'),
    ('tr', 'Asil ve yedek listelerinde adınız bulunmamaktadır.'),
    ('tr', 'Değerlendirme sonucunda bir sonraki aşamaya geçemediğinizi bildiririz.'),
]

NOT_REFUSALS = [
    ('en', 'Your status changed from "Not selected" to "Interview" after a second look.'),
    ('ru', 'Статус: На рассмотрении | Решение: не принято. Ответ ожидается в пятницу.'),
    ('es', 'Lista provisional de excluidos: figura usted como excluido; puede subsanar el defecto en diez días.'),
    ('es', 'Tu compañera Lucía no ha pasado la entrevista, pero a ti te esperamos el lunes.'),
    ('de', 'Ihr Antrag auf Reisekostenzuschuss wurde abgelehnt; Ihre Zusage bleibt davon nicht berührt.'),
    ('fr', 'Votre demande de logement n\'a pas été retenue, mais votre admission reste acquise.'),
    ('it', 'La richiesta di esonero è stata respinta; resta invariata la sua ammissione al corso.'),
    ('tr', 'Burs talebiniz kabul edilmedi; bu karar programa kabulünüzü etkilemiyor.'),
]


@pytest.mark.parametrize(("lang", "sentence"), REFUSALS)
def test_a_notice_or_a_programmes_refusal_is_read(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


@pytest.mark.parametrize(("lang", "sentence"), NOT_REFUSALS)
def test_a_near_miss_is_no_refusal(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)
