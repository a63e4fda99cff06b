"""Employer mail of real-mail round 5 (issue 12): a central application
service's notices (a refusal with the provider's feedback and a line about the
candidate's other applications, an interview arranged, an offer deferred or
waiting for an answer), a refusal over pay, and a French wish-you-well refusal.
Texts are written here in the shape of those messages, not copied from them."""

from __future__ import annotations

import pytest

from assistant.domain.classify import classify_message
from tests.classify.conftest import build

_SERVICE = "Apply for training <apply@notifications.service.example>"


def _label(body: str, subject: str = "Update on your application", sender: str = _SERVICE) -> str:
    return classify_message(build(body, subject=subject, sender=sender)).label


def test_the_provider_not_offering_a_place_is_a_rejection_even_beside_another_offer():
    body = """
        Dear Sam

        Thank you for your application to study Chemistry (X1Y2) at Lakeside College.

        On this occasion, the provider is not offering you a place on this course.

        Respond to your offer by 3 March

        You have received an offer from Hilltop SCITT to study Chemistry with Physics.
        The offer will be declined automatically if you do not respond by 3 March.
        """
    result = classify_message(build(body, subject="Update on your application", sender=_SERVICE))
    assert result.label == "rejection" and result.confident


def test_a_refusal_whose_only_pending_line_is_about_another_application_is_a_rejection():
    body = """
        Dear Sam,

        Update on your application

        Communication and scheduling
        You did not come to the interview we arranged and we could not reach you to move it.

        Contact Lakeside College directly if you have any questions about their feedback.

        You're waiting for a decision

        You're waiting for Hilltop SCITT to make a decision about your application to study Physics.
        They should do this by 20 March.
        """
    assert _label(body) == "rejection"


def test_you_are_waiting_for_a_decision_from_someone_else_is_not_the_senders_pending_phrase():
    body = """
        Dear Sam,

        You're waiting for a decision

        You're waiting for Hilltop SCITT to make a decision about your application to study Physics.
        """
    result = classify_message(build(body, subject="Update on your application", sender=_SERVICE))
    assert "en.pending.narrow_it_down" not in [finding.rule for finding in result.findings]
    assert not (result.label == "pending" and result.confident)


def test_we_are_still_waiting_for_a_decision_stays_pending():
    body = "Hi Sam, we are still waiting for a decision from the hiring committee and will write next week."
    assert _label(body, subject="Re: Analyst role", sender="Anna Berg <anna@acme.example>") == "pending"


@pytest.mark.parametrize("body", [
    "Unfortunately, after reviewing our budget for this position, we don't believe we can meet your "
    "compensation requirements. They exceed what we have allocated for this role.",
    "We are not able to meet your salary expectations for this role, so we will not be making an offer.",
])
def test_a_refusal_over_pay_is_a_rejection(body):
    assert _label(body, subject="Update on the Analyst opportunity", sender="Anna Berg <anna@acme.example>") \
        == "rejection"


def test_meeting_the_salary_expectations_is_not_a_rejection():
    body = "Good news: we can meet your salary expectations, and I will send the written offer tomorrow."
    label = _label(body, subject="Re: Analyst offer", sender="Anna Berg <anna@acme.example>")
    assert label == "offer"


def test_an_interview_arranged_notice_is_a_next_step():
    body = """
        Dear Sam,

        Interview arranged

        You have an interview with Hilltop SCITT about your application to study Physics (F3P1).

        The details are as follows:
        10am on 4 March
        Hilltop Primary School, 1 Example Road
        """
    assert _label(body, subject="Interview arranged - Hilltop SCITT") == "next_step"


def test_a_deferred_offer_is_an_offer():
    body = """
        Dear Sam,

        Your offer has been deferred

        Lakeside College has deferred your offer to study Chemistry (X1Y2) until 2028.
        Any conditions for this offer will be confirmed closer to the start date.
        """
    assert _label(body, subject="Your offer has been deferred") == "offer"


def test_a_reminder_to_answer_an_offer_is_an_offer_not_an_auto_reply():
    body = """
        Dear Sam,

        Respond by 1 April

        You have until 1 April to respond to your offer to study Physics at Hilltop SCITT.
        If you do not respond by 1 April, your application will be withdrawn.

        Get support
        Email us. We respond within 5 working days, or one working day for more urgent queries.
        """
    assert _label(body, subject="Make a decision on your application") == "offer"


def test_a_french_wish_you_well_refusal_that_keeps_the_cv_is_a_rejection_as_in_english():
    msg = build("""
        Cher candidat,

        Nous vous remercions pour votre intérêt et le temps que vous nous avez consacré.
        Nous vous souhaitons le meilleur pour vos projets futurs.

        Nous conserverons toutefois votre CV dans nos dossiers pour de futures opportunités.
        """, subject="Votre candidature", sender="RH <rh@exemple.example>")
    # The English letter with the same two closings reads as a rejection too.
    assert classify_message(msg).label == "rejection"


def test_we_cannot_offer_you_a_place_is_a_rejection_even_beside_an_offer_to_accept_elsewhere():
    body = """
        Dear Sam,

        Update on your application

        Safeguarding
        Information you disclosed during your application means we cannot offer you a place on this course.

        Contact Lakeside College directly if you have any questions about their feedback.

        You have an offer from Hilltop SCITT to study Physics. You can sign in to your account and
        accept the offer you've already got.
        """
    assert _label(body) == "rejection"


@pytest.mark.parametrize("body", [
    "Your course is now full.\n\nThere are no more places for Drama (W4D1) at Lakeside College.\n\n"
    "The places filled up while we were waiting for your references, so the provider has not got your application.",
    "Lakeside College has cancelled the interview on 9 March.\n\nThey've given the following reason:\n"
    "We have now filled all the places on this course, so we are not holding any more interviews.",
    "Your application for History (V1X4) was automatically rejected on 5 March.\n\n"
    "This was because Lakeside College did not respond in time.",
])
def test_places_filled_or_an_automatic_rejection_is_a_rejection(body):
    assert _label(body) == "rejection"


def test_no_more_places_at_an_interview_session_is_not_a_rejection():
    body = "There are no more places at the 10am session, so please pick the 2pm interview slot instead."
    assert _label(body, subject="Interview day", sender="Anna Berg <anna@acme.example>") != "rejection"


def test_applying_elsewhere_while_you_wait_for_a_response_is_pending():
    body = ("You can apply to another provider while you wait for a response to your application for "
            "Computing at Lakeside College. You can also contact them to check on your application.")
    assert _label(body, subject="While you wait") == "pending"


def test_your_own_accepted_offer_is_an_offer_even_with_references_still_to_check():
    body = ("You have accepted Lakeside College's offer to study Computing (1C7D).\n\n"
            "Your place will be confirmed when Lakeside College has received and checked your references.")
    assert _label(body, subject="You've accepted an offer") == "offer"


def test_having_accepted_another_offer_is_not_an_offer():
    body = "Thanks for letting us know that you have accepted another offer. We wish you well in the new role."
    assert _label(body, subject="Re: Analyst role", sender="Anna Berg <anna@acme.example>") != "offer"
