"""Formal public-sector decision letters in the eight languages other than English.

The sixteenth written stress set (tests/data/stress/set16.txt) wrote civil-service competitions,
municipal and university appointments, teacher placements and public grants in their administrative
registers. Run once untouched it read 87 of its 152 refusals and took 9 of its 152 near misses for
refusals: "no apto", "non idonea", "inabilitado", "keine Berücksichtigung finden", "niet geplaatst",
"признан несостоявшимся", "atamanız yapılamamaktadır"; near misses were requests refused while the
admission stands, the reader's own withdrawal taken note of, a rule announced in the future tense,
an event cancelled. Italian "la S.V." no longer ends a sentence at its dots. Every sentence here is
written for this test."""

from __future__ import annotations

import pytest

from tests.classify.test_frames import _read

REFUSALS = [
    ('de', 'Sie haben im Eignungstest die erforderliche Mindestpunktzahl nicht erreicht.'),
    ('de', 'Ihre Bewerbung musste vom weiteren Auswahlverfahren ausgeschlossen werden.'),
    ('de', 'Ihre Bewerbung kann im weiteren Verfahren keine Berücksichtigung finden.'),
    ('de', 'Eine Einstellung zum 1. April ist daher leider nicht möglich.'),
    ('de', 'Die Stelle im Bürgerbüro ist bereits vergeben.'),
    ('de', 'Das Stellenbesetzungsverfahren wird nicht fortgeführt.'),
    ('fr', 'Vous avez été déclarée non admise au concours externe.'),
    ('fr', 'Vous ne figurez pas sur la liste complémentaire.'),
    ('fr', "Votre rang ne vous permet pas d'être nommé sur l'un des postes offerts."),
    ('es', 'Ha obtenido la calificación de no apto en el segundo ejercicio.'),
    ('es', 'No ha superado el concurso de acceso a la plaza.'),
    ('es', 'Esto determina su exclusión del proceso selectivo.'),
    ('es', 'No se le ha adjudicado ninguna plaza en esta convocatoria.'),
    ('es', 'El tribunal ha considerado que su perfil no es idóneo.'),
    ('it', 'È stata disposta la Sua esclusione dal concorso.'),
    ('it', 'La commissione ha dichiarato la S.V. non idonea.'),
    ('it', 'La Sua posizione in graduatoria non rientra tra i posti messi a concorso.'),
    ('it', 'La commissione ha individuato quale vincitore un altro candidato.'),
    ('nl', 'Uw sollicitatie kan niet in behandeling worden genomen.'),
    ('nl', 'U bent helaas niet geplaatst voor de opleiding.'),
    ('nl', 'Helaas kunnen wij u niet aanstellen als handhaver.'),
    ('nl', 'Het college heeft besloten niet over te gaan tot uw benoeming.'),
    ('nl', 'Wij nodigen u daarom niet uit voor een gesprek.'),
    ('pt', 'Foi considerado inabilitado na prova de títulos.'),
    ('pt', 'O júri deliberou não o selecionar para o posto.'),
    ('pt', 'O resultado implica a sua eliminação do concurso.'),
    ('pt', 'Informamos que não obteve colocação no concurso.'),
    ('ru', 'Конкурсная комиссия не поддержала вашу кандидатуру.'),
    ('ru', 'На должность принят другой кандидат.'),
    ('ru', 'Конкурс признан несостоявшимся.'),
    ('ru', 'Рассмотрение вашей кандидатуры прекращено.'),
    ('tr', 'Mülakat sonucunda atamanız yapılamamaktadır.'),
    ('tr', 'Sözlü sınavda yeterli bulunmadınız.'),
    ('tr', 'Adınız başarılı adaylar listesinde yer almamaktadır.'),
    ('tr', 'Staj başvurunuz olumlu karşılanamamıştır.'),
]

NOT_REFUSALS = [
    ('de', 'Wir bestätigen, dass Sie Ihre Bewerbung um die Stelle im Ordnungsamt zurückziehen.'),
    ('es', 'Se ha denegado su solicitud de adaptación de tiempo; su admisión al proceso no se ve afectada.'),
    ('es', 'Lamentamos informarle de que la sesión informativa del jueves se ha cancelado.'),
    ('it', 'La Sua istanza di rinvio della prova orale non può essere accolta; resta pertanto convocata per il 12 marzo.'),
    ('it', "Prendiamo atto della Sua rinuncia; la Sua posizione è stata cancellata dall'elenco."),
    ('pt', 'O pedido de sala especial foi indeferido; sua inscrição permanece válida.'),
    ('tr', 'Sınava geç gelen adaylar başarısız sayılacaktır.'),
    ('it', 'La S.V. è stata dichiarata idonea e sarà convocata per la prova orale.'),
]


@pytest.mark.parametrize(("lang", "sentence"), REFUSALS)
def test_a_public_bodys_refusal_is_read(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


@pytest.mark.parametrize(("lang", "sentence"), NOT_REFUSALS)
def test_a_public_bodys_near_miss_is_no_refusal(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)
