"""Rejections worded as a decision about the post: it went to a named or
described person, the employer chose not to fill or withdrew it, or chose
someone for a reason — in English, German, French and Spanish. Written
afresh (not from the corpus), with look-alikes that must not be rejections."""

from __future__ import annotations

import pytest

from assistant.domain.classify import CONFIDENT, classify_message

REJECTION = {
    "named_appointee": [
        "After a reshuffle we've asked Priyanka from the Pune office to step into the role.",
        "We have invited Colm, who has been covering the desk since June, to take on the position permanently.",
        "Our current deputy head will be taking on the post from September.",
        "The vacancy will be filled by a colleague from our Glasgow branch.",
    ],
    "post_decision": [
        "The board has taken the decision not to fill this position after all.",
        "We are withdrawing the vacancy following the budget review.",
        "I'm afraid the role is no longer going ahead.",
        "The requisition was formally closed this morning.",
    ],
    "chose_for_a_reason": [
        "We're going to go with someone who can start before the holidays.",
        "The practice has settled on a candidate with more orthodontic experience.",
        "In the end they went with a nurse who already knows the ward.",
    ],
    "formal_notices": [
        "We won't be taking your application further for the role of Parks Officer.",
        "We regret to inform you that your profile has not been found suitable for this position.",
        "The panel has made its decision and I'm sorry to say it wasn't in your favour.",
    ],
    "kept_in_house": [
        "The trust has chosen to keep the role within the current ward team.",
        "We have decided to promote our deputy manager into the position.",
        "For that reason we won't be appointing externally this time.",
        "The client will not be going ahead with outside candidates for this one.",
    ],
    "covered_by_existing_staff": [
        "The job will be covered by their current interim for the rest of the year.",
        "The post will be taken on by our existing operations lead.",
        "The position is going to one of our graduates from the current cohort.",
    ],
    "german": [
        "Wir haben uns für jemanden entschieden, der mehr Erfahrung im Vertrieb hat.",
        "Wir haben uns letztlich für eine Bewerberin mit Branchenerfahrung entschieden.",
        "Die Stelle wurde an eine Kollegin aus unserem Team in Graz vergeben.",
        "Wir haben entschieden, die Stelle nicht nachzubesetzen.",
        "Die Ausschreibung ist nicht mehr aktuell, wir haben die Stelle gestrichen.",
    ],
    "french": [
        "Nous avons décidé de confier ce poste à une collaboratrice de notre agence de Nantes.",
        "Paul, de notre équipe lyonnaise, reprendra le poste.",
        "Nous avons pris la décision de ne pas pourvoir le poste cette année.",
    ],
    "spanish": [
        "Al final nos hemos quedado con una persona que ya conocía el sector.",
        "Hemos optado por un candidato con más experiencia en logística.",
        "La vacante ha sido retirada por cambios en la organización.",
    ],
}

NOT_REJECTION = [
    ("next_step", "We've asked Tom from our Bristol office to join your final interview panel on Monday. Could you confirm 2pm works?"),
    ("offer", "We'd like to ask you to step into the role from 1 March - the offer letter is attached."),
    ("pending", "Hiring for the role is paused until the Q2 planning is signed off in April."),
    ("pending", "We've frozen the role until the new financial year in April, and will restart interviews then."),
    ("next_step", "Wir haben uns für ein zweites Gespräch mit Ihnen entschieden. Passt Ihnen Dienstag?"),
    ("offer", "Nous avons le plaisir de vous proposer le poste de chef de projet."),
    ("next_step", "Our CTO has asked Lisa to take over the role of hiring manager; she'll send you times for the final round. Which day works best for you?"),
    ("other", "Sadly my brother's application to your Leeds branch was unsuccessful - any tips for him?"),
    ("pending", "Hemos paralizado el proceso hasta enero; lo reanudaremos en enero y seguirás en él."),
    ("other", "My friend told me they went with someone who had more experience. How are your interviews going?"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=f"{f}-{i}") for f, ts in REJECTION.items()
                                  for i, t in enumerate(ts)])
def test_decisions_about_the_post_are_rejections(mail, text):
    result = classify_message(mail(f"Hi Jane,\n\nThank you for your time.\n\n{text}\n\nBest,\nAnna"))
    assert result.label == "rejection", result.reasons


@pytest.mark.parametrize("expected,text", NOT_REJECTION)
def test_post_words_that_do_not_reject(mail, expected, text):
    result = classify_message(mail(f"Hi Jane,\n\n{text}\n\nBest,\nAnna"))
    assert result.label == expected, result.reasons
    assert not (result.label == "rejection" and result.confidence >= CONFIDENT)
