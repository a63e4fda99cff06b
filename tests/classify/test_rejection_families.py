"""Rejection families (issue 12, after real-mail rounds 5-7): the general shapes of an
employer ending a candidacy, each read by a named rule, and the near misses that must
stay what they are. Every positive line here was read as something else before its
rule existed; the sentences are written for this test, not taken from the real-mail set."""

from __future__ import annotations

import pytest

from assistant.domain.classify import classify_message
from tests.classify.conftest import build

_FRAME = {
    "en": ("Dear Alex,\n\nThank you for applying for the Data Analyst role at Northwind.\n\n",
           "\n\nKind regards,\nThe Recruiting Team\n"),
    "de": ("Sehr geehrte Frau Beispiel,\n\nvielen Dank für Ihre Bewerbung als Datenanalystin bei der Nordwind GmbH.\n\n",
           "\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n"),
    "fr": ("Madame,\n\nNous vous remercions pour votre candidature au poste d'analyste chez Nordvent.\n\n",
           "\n\nCordialement,\nL'équipe recrutement\n"),
    "es": ("Hola Alex:\n\nGracias por tu candidatura al puesto de analista en Viento Norte.\n\n",
           "\n\nUn saludo,\nEl equipo de selección\n"),
}


def _read(sentence: str, lang: str = "en"):
    head, tail = _FRAME[lang]
    return classify_message(build(head + sentence + tail, subject="Your application",
                                  sender="Recruiting <jobs@northwind.example>"))


@pytest.mark.parametrize(("sentence", "name", "lang"), [
    ("You did not progress to the interview stage.", "en.rejection.did_not_progress_or_pass", "en"),
    ("You have not passed the assessment stage.", "en.rejection.did_not_progress_or_pass", "en"),
    ("Your application did not pass our initial screening.", "en.rejection.did_not_progress_or_pass", "en"),
    # (its own rule is gone since "cannot" counts where the general rule reads "not")
    ("We cannot progress your application on this occasion.", "en.rejection.not_moving_on_with_you", "en"),
    ("The course is now full, so we cannot consider your application.", "en.rejection.course_or_programme_full", "en"),
    ("All the places on the programme have now been filled.", "en.rejection.course_or_programme_full", "en"),
    ("The course has no places left.", "en.rejection.course_or_programme_full", "en"),
    ("We have withdrawn our offer.", "en.rejection.offer_withdrawn", "en"),
    ("The offer we made to you has been withdrawn.", "en.rejection.offer_withdrawn", "en"),
    ("Your offer has been rescinded.", "en.rejection.offer_withdrawn", "en"),
    ("We have had to rescind our offer of employment.", "en.rejection.offer_withdrawn", "en"),
    ("Your profile has not been retained for this position.", "en.rejection.application_not_retained", "en"),
    ("You did not meet the essential criteria for this post.", "en.rejection.did_not_meet_the_criteria", "en"),
    ("We do not have a suitable role for you at this time.", "en.rejection.no_suitable_role_for_you", "en"),
    ("We will not be offering you an interview.", "en.rejection.no_interview_for_you", "en"),
    ("Status: Rejected", "ats.status_named.rejection", "en"),
    ("Your application has been moved to Rejected.", "ats.status_named.rejection", "en"),
    ("Your application status: Declined", "ats.status_named.rejection", "en"),
    ("Wir müssen unser Angebot leider zurückziehen.", "de.rejection.angebot_zurueckgezogen", "de"),
    ("Der Kurs ist leider bereits voll.", "de.rejection.kurs_ist_voll", "de"),
    ("Status: Abgelehnt", "de.rejection.status_value", "de"),
    ("La formation est complète.", "fr.rejection.formation_complete", "fr"),
    ("Nous avons décidé de retirer notre offre.", "fr.rejection.offre_retiree", "fr"),
    ("El curso está completo.", "es.rejection.curso_completo", "es"),
    ("Hemos decidido retirar nuestra oferta.", "es.rejection.oferta_retirada", "es"),
    ("Tu candidatura no ha superado la fase de selección.", "es.rejection.no_ha_superado_la_fase", "es"),
])
def test_an_employer_ending_the_candidacy_in_a_family_shape_is_a_rejection(sentence, name, lang):
    result = _read(sentence, lang)
    assert result.label == "rejection"
    assert name in {finding.rule for finding in result.findings}


@pytest.mark.parametrize(("sentence", "lang"), [
    ("If you did not pass the test, you can retake it in six months.", "en"),
    ("We reserve the right to withdraw this offer if your references are unsatisfactory.", "en"),
    ("This offer may be withdrawn if you do not respond by Friday.", "en"),
    ("You have withdrawn your offer acceptance.", "en"),
    ("We cannot consider your application until we receive your transcript.", "en"),
    ("We cannot progress your application without your references, so please send them this week.", "en"),
    ("There are no places left on the Tuesday session, please pick another day.", "en"),
    ("All the places on the open day have been taken; please book another date.", "en"),
    ("Your application has not been accepted yet because a document is missing.", "en"),
    ("Your colleague did not pass the screening, but you did: we'd like to invite you to interview.", "en"),
    ("Offer status: Declined. We are sorry you decided not to join us.", "en"),
    ("The course is not full yet, so you can still apply.", "en"),
    ("We regret the delay in getting back to you; we are still reviewing applications.", "en"),
    ("Candidates who are not shortlisted will be notified by email.", "en"),
    ("As you requested, we have withdrawn your application. We're sorry to see you go.", "en"),
    ("Der Kurs ist noch nicht voll, Sie können sich weiterhin bewerben.", "de"),
    ("Wir freuen uns, Ihnen die Stelle anzubieten. Wir behalten uns vor, das Angebot zurückzuziehen, falls die Unterlagen fehlen.", "de"),
    ("Nous avons le plaisir de vous proposer le poste. Cette offre pourra être retirée si nous ne recevons pas votre réponse.", "fr"),
    ("El curso todavía no está completo.", "es"),
    ("Has superado la primera fase y te invitamos a una entrevista.", "es"),
])
def test_a_near_miss_of_a_rejection_family_is_not_a_rejection(sentence, lang):
    assert _read(sentence, lang).label != "rejection"


@pytest.mark.parametrize(("sentence", "label"), [
    ("Your application status has changed to: Interview scheduled.", "next_step"),
    ("Your application has been moved to Interviewing.", "next_step"),
    ("Status: Submitted", "pending"),
])
def test_a_named_status_that_is_not_a_refusal_gives_its_own_label(sentence, label):
    assert _read(sentence).label == label


# Tuned on the dev part of real-mail round 8 (EVALUATIONS.md, "After round 8"); sentences written here.
_ATS_BULK = {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://ats.example/u/1>"}


def test_an_ats_decision_about_the_named_application_is_not_outweighed_by_list_headers():
    body = """
        Hello Sam,

        Thank you for your application for Field Engineer.

        We have already found the person we were looking for, so we will keep your details on file.

        Recruitment team
        """
    result = classify_message(build(body, subject="Your application: Field Engineer",
                                    sender="Careers <no-reply@ats.example>", headers=_ATS_BULK))
    assert result.label == "rejection"


def test_a_list_mail_that_names_no_application_of_the_reader_stays_other():
    body = """
        Hello,

        We have already found the person we were looking for our new podcast host. Thanks to everyone!
        Here are this week's new openings on the board.
        """
    result = classify_message(build(body, subject="This week's jobs", sender="Jobs <news@board.example>",
                                    headers=_ATS_BULK))
    assert result.label == "other"


@pytest.mark.parametrize(("sentence", "name"), [
    ("We reviewed your application carefully and we've declined it for this reason: no driving licence.",
     "en.rejection.we_declined_the_application"),
    ("The hiring manager has closed the search, and we won't be reopening the position next year.",
     "en.rejection.opening_closed_for_good"),
    ("We have taken the posting down after the team was merged into Finance.",
     "en.rejection.opening_closed_for_good"),
])
def test_a_round_8_dev_family_is_a_rejection(sentence, name):
    result = _read(sentence)
    assert result.label == "rejection"
    assert name in {finding.rule for finding in result.findings}


@pytest.mark.parametrize("sentence", [
    "You sent us a calendar invitation for Monday and we declined it by mistake; could you send it again?",
    "We will not be reopening the office until Monday, so your interview on Friday will be on video.",
])
def test_a_near_miss_of_a_round_8_dev_family_is_not_a_rejection(sentence):
    assert _read(sentence).label != "rejection"


# Tuned on the recorded misses of real-mail rounds 5-8, all splits, after their single recorded
# run (EVALUATIONS.md, "After round 8: the recorded misses tuned on"). Sentences written here.
@pytest.mark.parametrize(("sentence", "name", "lang"), [
    ("Unfortunately we have to cancel your offer of employment.", "en.rejection.offer_cancelled_or_not_confirmed", "en"),
    ("Your offer of employment has been cancelled.", "en.rejection.offer_cancelled_or_not_confirmed", "en"),
    ("Our conditional offer dated 12 November will not be confirmed.", "en.rejection.offer_cancelled_or_not_confirmed", "en"),
    ("We are no longer able to extend an offer to you.", "en.rejection.offer_cancelled_or_not_confirmed", "en"),
    ("We can no longer offer you the position.", "en.rejection.offer_cancelled_or_not_confirmed", "en"),
    ("We are unable to confirm your offer of employment.", "en.rejection.offer_cancelled_or_not_confirmed", "en"),
    ("This job has now been assigned to another candidate.", "en.rejection.assigned_to_someone_else", "en"),
    ("The shift has been filled by another worker.", "en.rejection.assigned_to_someone_else", "en"),
    ("We will be moving ahead with others.", "en.rejection.assigned_to_someone_else", "en"),
    ("Our client has reviewed the candidates we put forward and has chosen to go ahead with others for this assignment.",
     "en.rejection.moving_forward_with_others", "en"),
    ("Eastbrook School is not running Music (W3X2) anymore.", "en.rejection.course_or_role_withdrawn", "en"),
    ("Your course is not running anymore.", "en.rejection.course_or_role_withdrawn", "en"),
    ("The course has been withdrawn by the provider.", "en.rejection.course_or_role_withdrawn", "en"),
    ("You should consider this application closed and choose another course.",
     "en.rejection.application_closed_by_deadline", "en"),
    ("Your application was received after the closing date, so we cannot consider it.",
     "en.rejection.application_closed_by_deadline", "en"),
    ("Your application cannot progress because the provider did not make a decision before their deadline to respond.",
     "en.rejection.application_closed_by_deadline", "en"),
    ("Leider müssen wir Ihnen mitteilen, dass wir das Angebot stornieren müssen.", "de.rejection.angebot_storniert", "de"),
    ("Die Stelle wird nicht mehr besetzt.", "de.rejection.stelle_nicht_mehr_besetzt", "de"),
    ("Wir haben die Stelle einem anderen Bewerber gegeben.", "de.rejection.an_andere_vergeben", "de"),
    ("Le poste n'est plus à pourvoir.", "fr.rejection.poste_plus_a_pourvoir", "fr"),
    ("Cette offre d'emploi n'est plus d'actualité.", "fr.rejection.poste_plus_a_pourvoir", "fr"),
    ("Ya no estamos buscando para este puesto.", "es.rejection.ya_no_buscamos", "es"),
    ("La vacante ya no está disponible.", "es.rejection.ya_no_buscamos", "es"),
])
def test_a_round_5_to_8_miss_family_is_a_rejection(sentence, name, lang):
    result = _read(sentence, lang)
    assert result.label == "rejection"
    assert name in {finding.rule for finding in result.findings}


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Thank you for your offer, but I have decided to accept another position.", "en"),
    ("We are preparing your offer letter and will send it on Monday.", "en"),
    ("Other candidates are still being interviewed, and we will be in touch next week.", "en"),
    ("We need to reschedule your interview to Thursday at 10am.", "en"),
    ("We had to cancel tomorrow's interview; could you do Friday instead?", "en"),
    ("Your offer will be confirmed once we receive your references.", "en"),
    ("The meeting room has been assigned to another team, so we will meet on the third floor.", "en"),
    ("Your offer has not been cancelled: the start date simply moved to March.", "en"),
    ("Your application is still open; the closing date has been extended.", "en"),
    ("The deadline for applications is 5 December; please apply before then.", "en"),
    ("We have not made a decision yet; we will write before the deadline on Friday.", "en"),
    ("Your application cannot progress until you add a referee.", "en"),
    ("We will go ahead with your appointment once the checks are complete.", "en"),
    ("Sie haben Ihre Zusage storniert; schade, dass Sie nicht zu uns kommen.", "de"),
    ("Wir bereiten Ihr Vertragsangebot vor und senden es Ihnen am Montag.", "de"),
    ("Wir führen noch Gespräche mit anderen Bewerbern.", "de"),
    ("Le poste est toujours à pourvoir et nous étudions votre candidature.", "fr"),
    ("Nous préparons votre offre et vous l'enverrons lundi.", "fr"),
    ("Seguimos buscando y revisaremos tu candidatura la próxima semana.", "es"),
    ("Todavía estamos entrevistando a otros candidatos.", "es"),
])
def test_a_near_miss_of_a_round_5_to_8_family_is_not_a_rejection(sentence, lang):
    assert _read(sentence, lang).label != "rejection"


def test_an_offer_taken_back_is_not_outweighed_by_the_words_naming_that_offer():
    body = """
        Dear Alex,

        We have now received the results of the pre-employment screening for the Security Officer position.

        Based on those results, our conditional offer dated 12 November will not be confirmed.

        Regards,
        HR
        """
    result = classify_message(build(body, subject="Conditional offer: Security Officer",
                                    sender="HR <no-reply@ats.example>"))
    assert result.label == "rejection"
