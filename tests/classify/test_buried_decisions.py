"""Longer formal letters with the decision buried among other paragraphs: stress set 23.

Set 23 (tests/data/stress/set23.txt) asked for letters where the refusal is said once, in the
middle, often impersonally ("Im Ergebnis fiel die Wahl auf andere Teilnehmende", "Il Suo nominativo
non figura in tale elenco", "de keuze is niet op u gevallen"), or only implied by a file closed. It
read 60 of its 90 refusals on first sight and took 7 of 90 near misses: withdrawals the reader asked
for, a refusal sent by mistake, others refused while the reader goes on. "Ce message vaut
notification…" and "это письмо означает…" (the letter speaking of itself) had voided the refusal after
them. Every sentence here is written for this test.
"""

from __future__ import annotations

import pytest

from tests.classify.test_frames import _read

REFUSALS = [
    ('de', 'Eine Einladung zum Vorstellungsgespräch können wir Ihnen leider nicht aussprechen.'),
    ('de', 'Nach Auswertung aller Unterlagen fiel die Wahl auf eine andere Bewerberin.'),
    ('fr', 'Le poste ayant été pourvu, nous archivons votre dossier.'),
    ('fr', 'Ce courriel vaut notification de la clôture de votre candidature.'),
    ('es', 'Su expediente ha sido archivado al concluir el proceso.'),
    ('it', 'La scelta è ricaduta su un altro profilo.'),
    ('it', 'Il suo nominativo non figura nella graduatoria degli idonei.'),
    ('nl', 'Helaas is de keuze niet op u gevallen.'),
    ('nl', 'De functie is door een reorganisatie komen te vervallen.'),
    ('pt', 'A escolha recaiu sobre uma candidata com mais experiência.'),
    ('pt', 'O processo foi encerrado para todos os candidatos.'),
    ('ru', 'Это письмо означает, что ваша заявка рассматриваться не будет.'),
    ('ru', 'К сожалению, на следующий этап вы не прошли.'),
    ('tr', 'Grup mülakatına davet edilmediniz.'),
    ('tr', 'Başvuru dosyanız kapatılmıştır.'),
]

NOT_REFUSALS = [
    ('de', 'Allen, die nicht berücksichtigt wurden, haben wir abgesagt; Sie gehören nicht dazu.'),
    ('fr', 'Nous avons bien reçu votre message par lequel vous retirez votre candidature ; votre dossier est clôturé.'),
    ('fr', 'Sans ces pièces, votre candidature ne pourra pas être examinée ; merci de les envoyer avant vendredi.'),
    ('es', 'Si recibió un aviso de candidatura descartada, le rogamos que lo ignore: su solicitud sigue en proceso de evaluación.'),
    ('nl', 'De kandidaten die niet verder gaan zijn ingelicht; jij hoort daar niet bij.'),
    ('nl', 'Wij bevestigen uw bericht waarin u uw sollicitatie intrekt; uw dossier is gesloten.'),
]


@pytest.mark.parametrize(("lang", "sentence"), REFUSALS)
def test_a_buried_or_impersonal_refusal_is_read(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


@pytest.mark.parametrize(("lang", "sentence"), NOT_REFUSALS)
def test_a_buried_near_miss_is_no_refusal(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)
