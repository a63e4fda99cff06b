"""Refusals written by people, not templates: stress set 22.

Set 22 (tests/data/stress/set22.txt) asked for the personal notes of shop owners, recruiters,
professors and founders: informal, indirect, with colloquial turns ("we're gonna pass", "das wird
diesmal nix", "ça l'a pas fait", "não rolou", "мы пас"). It read 39 of its 90 refusals on first
sight, the lowest first reading of any set, and took 3 of 90 near misses. Every sentence here is
written for this test.
"""

from __future__ import annotations

import pytest

from tests.classify.test_frames import _read

REFUSALS = [
    ('en', 'Honestly the portfolio was not what we need right now, so we are going to pass on this.'),
    ('en', 'We already filled the weekend barista spot, sorry for the silence.'),
    ('de', 'Kurz gesagt: das wird leider nix mit uns, wir nehmen jemanden mit Staplerschein.'),
    ('de', 'Die Stelle im Labor habe ich an eine andere Bewerberin vergeben.'),
    ('de', 'Die Aushilfe für das Café haben wir schon gefunden.'),
    ('fr', 'On est partis sur quelqu\'un d\'autre, désolé de te l\'apprendre comme ça.'),
    ('fr', 'C\'est non de notre part, on cherche un profil plus expérimenté.'),
    ('es', 'El puesto ya lo hemos dado, gracias por pasarte.'),
    ('es', 'Ahora mismo no puedo contratar a nadie más en la tienda.'),
    ('it', 'Stavolta è un no, ci serve qualcuno con la patente.'),
    ('it', 'Il posto da cameriere l\'abbiamo già coperto.'),
    ('it', 'Cercano profili più esperti, niente da fare.'),
    ('nl', 'Het wordt \'m dit keer niet, sorry.'),
    ('nl', 'We stoppen hier met het proces, de opdracht was niet sterk genoeg.'),
    ('pt', 'Desta vez não vai dar, precisamos de alguém com carta.'),
    ('pt', 'Não rolou, ficamos com alguém que mora mais perto.'),
    ('ru', 'Место официанта закрыли на прошлой неделе.'),
    ('tr', 'Olmadı maalesef, başka birini aldık.'),
    ('tr', 'Bu sefer cevabımız olumsuz, yine de teşekkürler.'),
]

NOT_REFUSALS = [
    ('de', 'Ihrem Kollegen haben wir leider absagen müssen, Ihr Termin am Montag bleibt.'),
    ('de', 'Die Absage von gestern war ein Versehen, Sie sind weiterhin im Rennen.'),
    ('it', 'Non possiamo offrirti da subito il tempo indeterminato: si parte con un contratto di un anno.'),
    ('en', 'We will pass your details to the team lead, who will call you about the second interview.'),
]


@pytest.mark.parametrize(("lang", "sentence"), REFUSALS)
def test_a_personal_refusal_is_read(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


@pytest.mark.parametrize(("lang", "sentence"), NOT_REFUSALS)
def test_a_personal_near_miss_is_no_refusal(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)
