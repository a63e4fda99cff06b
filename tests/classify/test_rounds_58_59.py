"""What real-mail rounds 58-59 showed, in sentences written for this test.

A course-seat lottery's "Sie haben … keinen Platz erhalten" was read in no language's word order
but the inverted one, and "no place given" was missing in most languages; "vous n'aurez pas la
chance de faire partie de notre équipe" and "this makes your application invalid, and there will be
no rescheduled interview" (where the rescheduling, named in a clause of its own, voided the refusal)
were not read either.
"""

from __future__ import annotations

import pytest

from tests.classify.test_frames import _read

REFUSALS = [
    ('en', 'Missing the assessment makes your application void, and there will be no second date.'),
    ('en', 'You will not have the opportunity to join the spring cohort.'),
    ('de', 'Du hast bei der Verlosung der Kursplätze leider keinen Platz bekommen.'),
    ('de', 'Wir haben dich aus der Schicht am Samstag ausgetragen.'),
    ('fr', 'Vous n\'avez hélas pas obtenu de place dans l\'atelier.'),
    ('fr', 'Vous n\'aurez pas l\'occasion de rejoindre la promotion de mars.'),
    ('es', 'No tendrá la ocasión de incorporarse a la plantilla este año.'),
    ('it', 'Non hai ottenuto un posto nel laboratorio di marzo.'),
    ('nl', 'Je hebt helaas geen plek gekregen in de cursus.'),
    ('pt', 'Não conseguiu vaga nesta turma.'),
    ('ru', 'Вы не получили место в группе.'),
    ('tr', 'Bu dönem kursta yer alamadınız.'),
]

NOT_REFUSALS = [
    ('en', 'If you did not get a place, you can join the waiting list.'),
    ('de', 'Falls Sie keinen Platz erhalten haben, melden Sie sich bei uns.'),
    ('es', 'Hemos denegado su solicitud de aparcamiento; la entrevista sigue en pie.'),
    ('en', 'We cannot reschedule your interview to Friday, so we will see you on Thursday as planned.'),
]


@pytest.mark.parametrize(("lang", "sentence"), REFUSALS)
def test_no_place_or_no_chance_to_join_is_read(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


@pytest.mark.parametrize(("lang", "sentence"), NOT_REFUSALS)
def test_a_condition_or_a_refused_request_is_no_refusal(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)
