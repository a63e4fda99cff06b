"""The families real-mail rounds 45-47 missed, in the languages around them, with near misses.

Rounds 45-47 (tests/data/real/EVALUATIONS.md) brought decisions on submissions to a call: a
conference's desk rejection ("does not fit the scope … submit it to another conference") in four
languages, talk refusals said with "had to" ("nos vimos en la necesidad de rechazar su propuesta",
"tivemos que rejeitar sua submissão", "dans le regret de devoir décliner la vôtre", "entscheiden,
Deine Einreichung abzulehnen", "können wir deine Einreichung … nicht akzeptieren"), an Italian
"non può essere accolta" far from its subject, a refusal outweighed by "we would love to have you
in the future", and an acceptance ("we accept your proposal") read as a refusal. Every sentence here
is written for this test."""

from __future__ import annotations

import pytest

from tests.classify.test_frames import _read

REFUSALS = [
    ('en', "We read every abstract closely, and yours does not fit the scope of this year's workshop; you may want to submit it to another venue."),
    ('en', 'Your paper falls outside our themes, and we suggest sending it to a more suitable journal.'),
    ('en', 'Your submission Rust at Scale (Workshop) has not been accepted. Do keep sending proposals, we would love to have you in the future.'),
    ('de', 'Leider können wir Ihren Vortrag „Daten im Lager“ für die Northwind-Tage 2027 nicht akzeptieren.'),
    ('de', 'Nach langer Diskussion haben wir uns entschieden, deinen Beitrag abzulehnen.'),
    ('de', 'Wir empfehlen, das Manuskript an eine andere Zeitschrift einzureichen.'),
    ('fr', 'Après délibération, nous sommes au regret de devoir refuser votre communication.'),
    ('fr', "Votre article n'entre pas dans le champ de la revue ; nous vous invitons à le soumettre à une autre revue."),
    ('es', 'Tras la evaluación, tuvimos que rechazar su ponencia.'),
    ('es', 'El trabajo no se ajusta al enfoque del congreso; le sugerimos enviar este trabajo a otro congreso.'),
    ('it', 'Il suo articolo non è adatto allo scopo della rivista; le suggeriamo di inviare questo articolo ad altre riviste.'),
    ('it', "La sua richiesta di iscrizione all'albo dei valutatori della Regione non può essere accolta per i motivi indicati."),
    ('pt', 'Após a avaliação, tivemos de recusar a sua proposta.'),
    ('pt', 'O resumo não é direcionado ao escopo do congresso; sugerimos enviar este resumo a outra conferência.'),
    ('nl', 'Het artikel valt buiten de scope van de conferentie; we raden u aan het in te dienen bij een ander tijdschrift.'),
    ('ru', 'Статья не соответствует тематике конференции; рекомендуем направить статью в другой журнал.'),
    ('tr', 'Bildiriniz konferansın kapsamına uygun değildir; başka bir konferansa göndermenizi öneririz.'),
]

NOT_REFUSALS = [
    ('en', 'We are happy to tell you that we accept your proposal for the Northwind Summit; please confirm your attendance.'),
    ('en', 'We accept your application for the travel grant and will send the ticket next week.'),
    ('en', 'If your abstract does not fit the scope of the main track, you can submit it to another track of the same conference.'),
    ('en', "We would love to have you in the audience: tickets for speakers' friends are half price."),
    ('de', 'Wir haben uns entschieden, deinen Beitrag anzunehmen.'),
    ('de', 'Bitte reichen Sie die Präsentation nicht als PowerPoint, sondern als PDF ein.'),
    ('fr', "Nous avons le plaisir d'accepter votre communication ; elle sera présentée le 12 mars."),
    ('es', 'No tuvimos que rechazar ninguna propuesta este año: todas entran en el programa, también la suya.'),
    ('it', 'La sua domanda di iscrizione è stata accolta.'),
    ('pt', 'Não tivemos de recusar a sua proposta: ela entra no programa da tarde.'),
    ('ru', 'Ваша статья принята и будет опубликована в журнале.'),
    ('tr', 'Bildiriniz kabul edildi; sunum saatiniz ekte.'),
]


@pytest.mark.parametrize(("lang", "sentence"), REFUSALS)
def test_a_refusal_of_a_submission_is_read(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


@pytest.mark.parametrize(("lang", "sentence"), NOT_REFUSALS)
def test_an_acceptance_or_a_conditional_is_no_refusal(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)


def test_an_applications_reference_number_is_no_ticket_and_a_credit_approved_is_an_offer():
    # Round 45: a grant approval that asks the reader to quote the application's reference number was read
    # as a help desk's ticket acknowledgement (written for this test).
    approved = ("We are pleased to inform you that a travel grant of EUR 800 has been approved for your project. "
                "Please state the reference number of your application in any reply.")
    result = _read(approved, "en")
    assert result.label == "offer", result.reasons
    ticket = "We have received your request. Your ticket number is 48213; an agent will reply within two days."
    assert _read(ticket, "en").label == "auto_reply"
