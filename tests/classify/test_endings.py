"""Families behind the misses of the third held-out part (written afresh, not corpus copies).

Rejections fell to `pending` or `other` when the ending was said as a state of
the candidacy ("your file is closed", "no further steps"), when the post went
to someone else in a verb the lists lacked ("extend the post to", "promoted …
into the spot", "accepted by"), when thanks for the reader's note wrapped the
ending, and when a recruiting system's bulk mail thanked the reader formally
in Spanish, French or German. `other` looked like a next step in event
invitations to a list, favours asked outside any candidacy, and portfolio
requests worded "send over".
"""

from __future__ import annotations

import pytest

from assistant.domain.classify import classify_message

ENDING_AS_STATE = [
    "Thanks for your patience, Priya. Your candidacy for the logistics planner post is now closed.",
    "We appreciated meeting you. The process for the pharmacist vacancy is at an end for you, I'm afraid.",
    "Thank you for your email. There will be no further stages in your application with Brightwell.",
    "Gracias por tu correo. Tu candidatura para el puesto de enfermera ha quedado cerrada.",
    "Merci pour votre patience. Votre candidature au poste de comptable est désormais close.",
    "Vielen Dank für Ihre Geduld. Ihre Bewerbung ist damit leider abgeschlossen.",
    "Merci pour votre intérêt. Le processus de sélection prend fin pour vous à cette étape.",
]

POST_TO_SOMEONE_ELSE = [
    "Thank you for the warm message. The board has decided to extend the curator post to another applicant.",
    "Thanks for following up! In the end we promoted one of our senior baristas into the shift manager spot.",
    "Thanks for meeting the crew. We've now selected someone for the deckhand position.",
    "Quick update: the planner role has now been accepted by an internal colleague.",
    "Le agradecemos su tiempo. La vacante de técnico fue ofrecida a otra candidata del proceso.",
    "Danke für Ihre Nachricht. Wir haben entschieden, die Stelle mit einer Kollegin zu besetzen, die schon lange im Haus ist.",
    "Merci pour l'échange. Le poste a été confié à une personne de notre équipe de Lille.",
]

COURTESY_AROUND_AN_ENDING = [
    "Thank you for your kind note! We've decided to give the sous-chef role to a cook from our other site. Keep in touch.",
    "Vielen Dank für Ihre freundliche Nachricht. Wir haben uns für eine andere Bewerberin entschieden. Alles Gute!",
    "Gracias por tu mensaje. Lamentamos comunicarte que hemos optado por otro perfil. Guardaremos tu CV.",
]


@pytest.mark.parametrize("text", ENDING_AS_STATE + POST_TO_SOMEONE_ELSE + COURTESY_AROUND_AN_ENDING)
def test_endings_in_new_words_are_rejections(mail, text):
    assert classify_message(mail(text)).label == "rejection"


@pytest.mark.parametrize("text", [
    "Dear candidate, thank you for applying. Your application is now closed for edits and will be reviewed next week.",
    "There are no further steps in your application for now - we'll be in touch after the panel meets on Friday.",
    "Thanks for the kind note! We're still deciding and will update you next week.",
    "Hi! My cousin's application at Initech came to an end last week - any tips for her?",
    "We had offered the role to another candidate, but they declined, so we'd love to move forward with you. Are you free to talk tomorrow?",
    "Merci pour votre message. Votre candidature est complète et sera étudiée la semaine prochaine.",
    "Gracias por tu mensaje. Tu candidatura ha sido recibida y está en revisión.",
])
def test_look_alikes_of_an_ending_stay_non_rejection(mail, text):
    assert classify_message(mail(text)).label != "rejection"


def test_thanks_do_not_pull_a_gist_ending_to_pending(mail):
    text = ("Thank you for the lovely note. It was a close call, but the team felt another finalist "
            "was the one. Unfortunately that means we won't continue. Wishing you every success.")
    assert classify_message(mail(text)).label == "rejection"


@pytest.mark.parametrize("text", [
    "Estimada Marta: le agradecemos el interés mostrado en nuestra empresa. Lamentamos comunicarle que hemos "
    "decidido seguir con otros candidatos. Conservaremos sus datos durante un año.",
    "Madame, nous vous remercions pour votre candidature. Nous avons retenu un autre candidat dont le profil "
    "correspond davantage. Se désinscrire des alertes : cliquez ici.",
    "Sehr geehrter Herr Kaya, wir danken Ihnen für Ihr Interesse. Wir haben uns für einen anderen Bewerber "
    "entschieden. Abmelden: hier klicken.",
])
def test_bulk_ats_rejections_with_formal_thanks_name_the_readers_application(mail, text):
    headers = {"Precedence": "bulk", "Auto-Submitted": "auto-generated"}
    got = classify_message(mail(text, subject="Actualización / Update", sender="no-reply@ats.example", headers=headers))
    assert got.label == "rejection"


@pytest.mark.parametrize("text,subject,headers", [
    ("Hi Noor, join us for Robotics After Dark, an evening of demos at our lab on March 3. RSVP by Feb 20. "
     "Hope to see you there!", "You're invited: Robotics After Dark", {"List-Unsubscribe": "<mailto:u@x.example>"}),
    ("Hi Sam, a favour: my nephew is prepping for product interviews. Would you be up for a 30-minute call "
     "with him next Tuesday?", "A quick favour", {}),
    ("Hi Lee, could you send over a link to your design portfolio? Our creative director missed Monday's call.",
     "Re: Thank you - Designer interview", {}),
])
def test_invitations_favours_and_requests_are_other(mail, text, subject, headers):
    assert classify_message(mail(text, subject=subject, headers=headers)).label == "other"
