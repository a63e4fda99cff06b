"""Many wordings of each label, written independently of the corpus.

Each phrase family in the lexicon should recognise ordinary variations of
what employers write, not one sentence; these cases keep it honest.
"""

from __future__ import annotations

import pytest

from assistant.domain.classify import classify_message

CASES = {
    "rejection": [
        "We've made the difficult decision to move ahead with another applicant.",
        "I'm writing to let you know we won't be progressing your application further.",
        "Unfortunately we have decided not to continue with your application at this stage.",
        "We have chosen a candidate whose skills are better aligned with the position.",
        "After much deliberation, we will be moving forward with a different candidate.",
        "I regret that we are unable to take your application any further.",
        "Just a note to say we have now filled the position. Thanks for your time.",
        "Unfortunately you have not been successful on this occasion.",
        "We've decided not to extend an offer. Thank you for your time.",
        "Regrettably, we're unable to move your candidacy forward.",
        "We won't be able to offer you a position at this time.",
        "My client has decided to go with an internal candidate.",
        "It was a close call, but we've gone with another candidate.",
        "Following a budget review, the position will not be filled this year.",
        "Thanks for your patience. We have concluded our review and will not be proceeding.",
        "Leider haben wir uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.",
        "Wir haben uns für eine andere Kandidatin entschieden.",
        "Die Position wurde bereits vergeben. Wir wünschen Ihnen alles Gute.",
        "Wir haben uns dazu entschieden, mit anderen Bewerbern weiterzumachen.",
        "Nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature.",
        "Nous avons décidé de retenir une autre candidature.",
        "Malheureusement, nous ne pourrons pas vous proposer ce poste.",
        "Lamentablemente, hemos decidido no continuar con tu candidatura.",
        "Te agradecemos tu interés, pero hemos seleccionado a otro candidato.",
        "Tras valorar todas las candidaturas, hemos optado por otro perfil.",
    ],
    "next_step": [
        "Would you be available for a follow-up conversation with our Head of Product next Tuesday?",
        "We'd love to bring you in to meet the wider team.",
        "Can you complete the attached exercise by Friday?",
        "Please use the link below to schedule your technical interview.",
        "Good news - you've progressed to the final stage!",
        "Could you send over a few times that work for a call with Priya?",
        "I'm afraid I have to cancel our call tomorrow. Could we find another time next week?",
        "We'd like to conduct a reference check before we go further.",
        "Gerne möchten wir Sie zu einem zweiten Gespräch einladen.",
        "Könnten Sie mir bitte Ihre Verfügbarkeit für nächste Woche mitteilen?",
        "Passt Ihnen Donnerstag um 14 Uhr für ein Gespräch mit unserem CTO?",
        "Nous souhaiterions vous rencontrer à nouveau avec notre directrice.",
        "Seriez-vous disponible mardi prochain pour un entretien avec notre directeur ?",
        "¿Tendrías disponibilidad el jueves por la tarde para una llamada con el equipo?",
        "Nos gustaría invitarte a una segunda entrevista con la directora.",
    ],
    "offer": [
        "We are thrilled to extend an offer for the role of Data Analyst.",
        "Congratulations! The team would like to offer you the job.",
        "We're pleased to confirm our offer of employment, details attached.",
        "Please sign and return the employment contract by Friday.",
        "Wir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen die Stelle anbieten möchten.",
        "Anbei erhalten Sie Ihren Arbeitsvertrag.",
        "Nous sommes ravis de vous proposer le poste de chargée de projet.",
        "Nos alegra comunicarte que queremos ofrecerte el puesto.",
    ],
    "pending": [
        "We're still gathering feedback from the interviewers.",
        "We hope to be able to give you an answer by the end of the month.",
        "The process has been delayed due to the holidays; thanks for bearing with us.",
        "Interviews are ongoing and we'll update you in two weeks.",
        "We've had a few delays on our end - expect to hear from us next week.",
        "Wir befinden uns noch im Auswahlprozess.",
        "Wir werden uns Anfang nächster Woche bei Ihnen melden.",
        "Nous n'avons pas encore pris de décision.",
        "Nous vous tiendrons informée d'ici la fin de la semaine.",
        "Aún estamos valorando candidaturas; te daremos una respuesta la próxima semana.",
    ],
    "auto_reply": [
        "Thank you for your email. I am on annual leave until 3 December with no access to email.",
        "I'm currently out on parental leave. For recruiting questions please contact talent@acme.example.",
        "This inbox is no longer monitored. Please email talent@acme.example instead.",
        "Ich bin bis einschließlich 20.11. nicht im Büro.",
        "Je suis actuellement en congé jusqu'au 5 janvier.",
        "Estaré fuera de la oficina hasta el lunes 15.",
    ],
    "other": [
        "Jane, we have a new role that matches your skills: Lead Data Analyst at Acme.",
        "Could you fill out this form with your address so we can reimburse your travel?",
    ],
}
FLAT = [(label, text) for label, texts in CASES.items() for text in texts]


@pytest.mark.parametrize("expected,text", FLAT, ids=[f"{label}-{i}" for i, (label, _) in enumerate(FLAT)])
def test_wording_variants(mail, expected, text):
    result = classify_message(mail(f"Hi,\n\n{text}\n\nBest,\nAnna"))
    assert result.label == expected, result.reasons


NOT_REJECTIONS = [
    ("next_step", "We have hired a new recruiter, Tom, who will reach out to schedule your final round."),
    ("pending", "We won't be moving forward with interviews until January, when budgets reset."),
    ("next_step", "We regret to inform you that the interview needs to be rescheduled. Does Friday work for you?"),
    ("pending", "Unfortunately we received a large number of applications, so we'll need a bit more time to review."),
    ("next_step", "I'm sorry to tell you that Tom has left the company; I'm taking over your process and would like to schedule a call."),
    ("pending", "We're not able to share a timeline yet, but we're still interviewing."),
]


@pytest.mark.parametrize("expected,text", NOT_REJECTIONS, ids=[f"{label}-{i}" for i, (label, _) in enumerate(NOT_REJECTIONS)])
def test_rejection_words_in_messages_that_are_not_rejections(mail, expected, text):
    result = classify_message(mail(f"Hi Jane,\n\n{text}\n\nAnna"))
    assert result.label == expected, result.reasons


@pytest.mark.parametrize("text", [
    "Ich bin auf Ihr Profil aufmerksam geworden und habe eine spannende Position, die zu Ihnen passen könnte.",
    "J'ai découvert votre profil sur LinkedIn et j'ai une opportunité qui pourrait vous intéresser.",
    "He visto tu perfil en LinkedIn y tengo una oportunidad que podría interesarte.",
])
def test_recruiting_for_another_job_is_other(mail, text):
    assert classify_message(mail(text, subject="Opportunity")).label == "other"


@pytest.mark.parametrize("text", [
    "Hi Jane, no news yet, sorry! Will let you know.",
    "Hallo Jane, es gibt leider noch keine Neuigkeiten.",
    "Bonjour Jane, pas encore de nouvelles de notre côté.",
    "Hola Jane, todavía no hay novedades.",
])
def test_no_news_yet_is_pending(mail, text):
    assert classify_message(mail(text)).label == "pending"
