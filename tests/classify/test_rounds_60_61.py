"""What real-mail rounds 60-61 showed, in sentences written for this test.

An offer revoked with a long clause in between ("the offer for the position …, which was previously
extended to you, has been officially revoked") was read as an offer; a refusal's footer "If you
believe this email was sent in error, please let us know" was read as the sender taking the message
back; an interview cancelled with a new invitation promised was read as a refusal.
"""

from __future__ import annotations

import pytest

from tests.classify.test_frames import _read

REFUSALS = [
    ('en', 'The offer for the role of Night Manager, which we made to you last week, has been formally withdrawn.'),
    ('en', 'We regret that your application was unsuccessful. If you think this email was sent in error, reply to it.'),
    ('nl', 'Mocht u desondanks van mening zijn dat u recht heeft op de toelage, neem dan contact met ons op.'),
]

NOT_REFUSALS = [
    ('en', 'We regret to inform you that your interview on Monday has been cancelled. A new invitation will be sent shortly.'),
    ('en', 'Unfortunately our call had to be dropped; we will send you a new slot tomorrow.'),
    ('en', 'The rejection you received yesterday was sent in error; please ignore it, your application is still open.'),
]


@pytest.mark.parametrize(("lang", "sentence"), REFUSALS)
def test_a_refusal_is_read(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


@pytest.mark.parametrize(("lang", "sentence"), NOT_REFUSALS)
def test_a_meeting_moved_or_a_refusal_taken_back_is_no_refusal(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)
