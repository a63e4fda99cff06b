"""Labels for plain human and recruiting-system messages, per README.md "What an answer does"."""

from __future__ import annotations

import pytest

from assistant.domain.classify import CONFIDENT, LABELS, classify_message

NO_REPLY = "Acme Careers <no-reply@acme.example>"

CASES = [
    # ---- rejection ---------------------------------------------------------
    ("en_blunt_rejection", "rejection",
     "Hi Jane,\n\nThank you for your time. We will not be moving forward with your application.\n\nBest,\nAnna"),
    ("en_soft_rejection_no_negative_word", "rejection",
     "Dear Jane,\n\nAfter careful consideration, we have decided to pursue candidates whose experience more closely matches our current needs.\n\nKind regards,\nAcme Talent Team"),
    ("en_offered_to_another_candidate", "rejection",
     "Hi Jane,\n\nThanks again for meeting the team. We have offered the position to another candidate, who has accepted.\n\nAnna"),
    ("en_filled_internally", "rejection",
     "Hello Jane,\n\nI wanted to let you know that the role has been filled internally.\n\nAll the best,\nAnna"),
    ("en_hiring_freeze_role_cancelled", "rejection",
     "Hi Jane, due to budget changes the position has been cancelled. We're sorry for the inconvenience.\n\nAnna"),
    ("en_keep_on_file_with_regret", "rejection",
     "Dear Jane,\n\nWe regret to inform you that you were not selected for the Data Analyst role. We will keep your resume on file.\n\nAcme HR"),
    ("en_rejection_with_feedback_call", "rejection",
     "Hi Jane,\n\nUnfortunately we've decided not to proceed with your candidacy. I'd be happy to offer a short feedback call if that helps.\n\nAnna"),
    ("en_rejection_encouraging_other_roles", "rejection",
     "Hi Jane, we have decided to move forward with another candidate for this role, but we encourage you to apply for other roles on our careers page.\n\nAnna"),
    ("en_unable_to_offer", "rejection",
     "Dear Jane,\n\nWe are not able to offer you the position at this time.\n\nRegards,\nAnna"),
    # ---- next step ---------------------------------------------------------
    ("en_unfortunately_reschedule", "next_step",
     "Hi Jane,\n\nUnfortunately Tom is sick, could we move the interview to Thursday?\n\nAnna"),
    ("en_second_round_invite", "next_step",
     "Hi Jane,\n\nGreat news - we'd like to invite you to a second interview with our CTO. Please share your availability for next week.\n\nAnna"),
    ("en_take_home", "next_step",
     "Hi Jane, as a next step we'll send you a take-home assignment. You'll have 5 days to complete it.\n\nAnna"),
    ("en_references", "next_step",
     "Hi Jane, could you please provide two professional references? We're getting close.\n\nAnna"),
    ("en_move_forward_positive", "next_step",
     "Hi Jane, the team loved meeting you and we'd like to move forward with your application. When would you be available for an onsite?\n\nAnna"),
    # ---- offer -------------------------------------------------------------
    ("en_offer_letter", "offer",
     "Hi Jane,\n\nI'm delighted to offer you the position of Data Analyst! Please find the offer letter attached.\n\nAnna"),
    ("en_offer_with_delay", "offer",
     "Hi Jane, quick update: the written offer is delayed by a couple of days because of the approval chain. Sorry about that!\n\nAnna"),
    ("en_esignature", "offer",
     "Hi Jane, your offer is ready for signature via DocuSign. Let me know if you have questions about the compensation package.\n\nAnna"),
    # ---- pending -----------------------------------------------------------
    ("en_no_decision_yet", "pending",
     "Hi Jane,\n\nNo decision has been made yet; we are still interviewing a few candidates and expect to get back to you by the end of next week.\n\nAnna"),
    ("en_plain_acknowledgment", "pending",
     "Hi Jane,\n\nThank you for your note, it was a pleasure meeting you.\n\nAnna"),
    ("en_pause_with_restart", "pending",
     "Hi Jane, the hiring process is on hold for now; we plan to resume interviews in January and will reach out then.\n\nAnna"),
    ("en_if_not_move_forward_is_conditional", "pending",
     "Hi Jane, we're still reviewing candidates. If we decide not to move forward, we'll still let you know by Friday.\n\nAnna"),
    # ---- other -------------------------------------------------------------
    ("en_other_job_recruiting", "other",
     "Hi Jane, I came across your profile and have an exciting opportunity that might interest you at a fintech startup.\n\nTom, Recruiter"),
    ("en_calendar_reminder", "other",
     "This is a friendly reminder that your interview with Acme is confirmed for Tuesday at 10:00."),
    ("en_survey", "other",
     "Hi Jane, we'd love your feedback on your candidate experience. The survey takes 2 minutes."),
    ("en_portfolio_question", "other",
     "Hi Jane, could you send me your portfolio? I'd like to share it with the team.\n\nAnna"),
    # ---- German ------------------------------------------------------------
    ("de_rejection", "rejection",
     "Sehr geehrte Frau Doe,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.\n\nMit freundlichen Grüßen\nAnna Berg"),
    ("de_position_filled", "rejection",
     "Hallo Jane,\n\ndie Stelle wurde inzwischen intern besetzt.\n\nViele Grüße\nAnna"),
    ("de_leider_reschedule", "next_step",
     "Hallo Jane,\n\nleider ist Tom krank. Können wir den Termin auf Donnerstag verschieben?\n\nViele Grüße\nAnna"),
    ("de_invite", "next_step",
     "Liebe Jane,\n\nwir möchten Sie gerne zu einem zweiten Gespräch einladen. Wann hätten Sie Zeit?\n\nBeste Grüße\nAnna"),
    ("de_offer", "offer",
     "Liebe Jane,\n\nwir freuen uns, Ihnen die Stelle anbieten zu können. Den Arbeitsvertrag senden wir Ihnen morgen zu.\n\nBeste Grüße\nAnna"),
    ("de_no_offer_is_rejection", "rejection",
     "Hallo Jane,\n\nwir können Ihnen leider kein Angebot machen.\n\nGrüße\nAnna"),
    ("de_pending", "pending",
     "Hallo Jane,\n\nwir haben noch keine Entscheidung getroffen und melden uns bis Ende nächster Woche.\n\nViele Grüße\nAnna"),
    # ---- French ------------------------------------------------------------
    ("fr_rejection", "rejection",
     "Bonjour Jane,\n\nNous avons le regret de vous informer que votre candidature n'a pas été retenue.\n\nCordialement,\nAnna"),
    ("fr_other_candidate", "rejection",
     "Bonjour Jane,\n\nNous avons retenu un autre candidat dont le profil correspond davantage au poste.\n\nCordialement,\nAnna"),
    ("fr_malheureusement_reschedule", "next_step",
     "Bonjour Jane,\n\nMalheureusement Tom est malade. Pourrions-nous reporter l'entretien à jeudi ?\n\nCordialement,\nAnna"),
    ("fr_offer", "offer",
     "Bonjour Jane,\n\nNous avons le plaisir de vous proposer le poste. Vous trouverez ci-joint la promesse d'embauche.\n\nCordialement,\nAnna"),
    ("fr_not_able_to_offer", "rejection",
     "Bonjour Jane,\n\nNous ne pouvons pas vous proposer le poste.\n\nCordialement,\nAnna"),
    ("fr_pending", "pending",
     "Bonjour Jane,\n\nAucune décision n'a encore été prise, nous reviendrons vers vous d'ici la fin du mois.\n\nCordialement,\nAnna"),
    # ---- Spanish -----------------------------------------------------------
    ("es_rejection", "rejection",
     "Hola Jane,\n\nLamentamos informarte que hemos decidido continuar con otros candidatos cuyo perfil se ajusta más.\n\nSaludos,\nAna"),
    ("es_filled", "rejection",
     "Hola Jane,\n\nEl puesto ya ha sido cubierto internamente.\n\nUn saludo,\nAna"),
    ("es_lamentablemente_reschedule", "next_step",
     "Hola Jane,\n\nLamentablemente Tom está enfermo. ¿Podemos reprogramar la entrevista para el jueves?\n\nSaludos,\nAna"),
    ("es_offer", "offer",
     "Hola Jane,\n\nNos complace ofrecerte el puesto de Analista de Datos. Te enviaremos la carta oferta hoy.\n\nSaludos,\nAna"),
    ("es_pending", "pending",
     "Hola Jane,\n\nTodavía no hemos tomado una decisión; seguimos entrevistando y te contactaremos en dos semanas.\n\nSaludos,\nAna"),
]


@pytest.mark.parametrize("name,expected,body", CASES, ids=[c[0] for c in CASES])
def test_label_of_human_message(mail, name, expected, body):
    result = classify_message(mail(body))
    assert result.label == expected, result.reasons
    assert result.label in LABELS and 0.0 <= result.confidence <= 1.0


STRONG_REJECTIONS = [c for c in CASES if c[1] == "rejection" and c[0] in (
    "en_blunt_rejection", "en_soft_rejection_no_negative_word", "en_offered_to_another_candidate",
    "de_rejection", "fr_rejection", "es_rejection")]


@pytest.mark.parametrize("name,expected,body", STRONG_REJECTIONS, ids=[c[0] for c in STRONG_REJECTIONS])
def test_clear_rejection_is_confident(mail, name, expected, body):
    assert classify_message(mail(body)).confidence >= 0.85


@pytest.mark.parametrize("body", [
    "Hi Jane,\n\nUnfortunately, I have some news.\n\nAnna",
    "Hi Jane, there were many other candidates for this role.\n\nAnna",
])
def test_weak_rejection_words_alone_are_never_a_confident_rejection(mail, body):
    result = classify_message(mail(body))
    assert not (result.label == "rejection" and result.confidence >= CONFIDENT)


def test_quoted_thank_you_never_decides(mail):
    body = """\
        Hi Jane,

        Thanks so much for the kind note!

        Anna

        On Mon, Nov 3, 2025 at 10:00 AM Jane Doe <jane@example.com> wrote:
        > Thank you for the opportunity. I hope we move forward. Unfortunately I forgot
        > to mention that I was not selected for my previous role because it was filled internally.
        """
    assert classify_message(mail(body)).label == "pending"


def test_automated_rejection_from_recruiting_system_is_a_rejection(mail):
    message = mail(
        html=("<html><body><table><tr><td><p>Dear Jane,</p><p>Thank you for your interest in Acme. "
              "After careful review, we have decided to move forward with other candidates.</p>"
              "<p>This mailbox is not monitored. Please do not reply to this email.</p></td></tr></table></body></html>"),
        subject="Your application to Acme", sender=NO_REPLY,
        headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})
    result = classify_message(message)
    assert result.label == "rejection" and result.confidence >= CONFIDENT


def test_rejection_with_auto_replied_header_is_still_a_rejection(mail):
    message = mail("Dear Jane,\n\nWe regret to inform you that the position has been filled.\n\nAcme Recruiting",
                   subject="Your application", sender=NO_REPLY, headers={"Auto-Submitted": "auto-replied"})
    assert classify_message(message).label == "rejection"


def test_nothing_about_the_candidacy_is_other(mail):
    message = mail("Our quarterly newsletter is here: five tips for better dashboards.",
                   subject="Acme Newsletter - November", sender=NO_REPLY)
    assert classify_message(message).label == "other"


def test_reasons_name_the_phrase_tier_and_language(mail):
    result = classify_message(mail("We will not be moving forward with your application."))
    assert any(r.startswith('phrase "') and "(rejection, strong, en)" in r for r in result.reasons)
