"""Mail that applicant-tracking systems send from their templates (issue 12,
real-mail round 4): pipeline status notices behind a no-reply sender, shortlist
notices, and refusals that only say the profile does not match or wish well
in German or Spanish. Texts are written here in the shape of those templates."""

from __future__ import annotations

import pytest

from assistant.domain.classify import classify_message
from tests.classify.conftest import build

_NOREPLY = "Example Staffing <noreply@staffing.example>"


def _status_notice(previous: str, new: str):
    """An ATS status-change notice: it names the old and the new status and nothing else."""
    return build(
        f"""
        * Auto generated message. Please DO NOT reply *

        Dear Jane Doe,

        This E-Mail is a notification that your status in our database has been changed
        for the position Data Analyst (Acme Ltd).

        Your previous status was {previous}.
        Your new status is {new}.

        Take care,
        Example Staffing
        """,
        subject="Job Application Status Change", sender=_NOREPLY)


@pytest.mark.parametrize("previous, new, label", [
    ("Interviewing", "Client Declined", "rejection"),
    ("Qualifying", "Not in Consideration", "rejection"),
    ("Interviewing", "Offered", "offer"),
    ("Offered", "Placed", "offer"),
    ("Submitted", "Interviewing", "next_step"),
    ("Contacted", "Qualifying", "pending"),
])
def test_a_status_notice_from_a_noreply_sender_is_read_by_its_new_status(previous, new, label):
    result = classify_message(_status_notice(previous, new))
    assert result.label == label
    assert any(f.rule == f"ats.status_change.{label}" for f in result.findings)


def test_a_status_notice_is_read_by_the_new_status_not_the_previous_one():
    result = classify_message(_status_notice("Client Declined", "Interviewing"))
    assert result.label == "next_step"


def test_a_refusal_saying_only_that_the_profile_does_not_match_is_a_rejection():
    msg = build("""
        Dear Jane Doe,

        Thank you for your enquiry.
        Unfortunately, your profile does not match with our needs

        If you have any questions, please let us know.
        """, subject="Application refused", sender="Acme HR <hr@acme.example>")
    result = classify_message(msg)
    assert result.label == "rejection" and result.confident
    assert any(f.rule == "en.rejection.profile_does_not_match" for f in result.findings)


def test_a_shortlist_for_a_call_or_interview_is_a_next_step_not_a_pending():
    msg = build("""
        We just reviewed your resume, and it caught our attention. Your application
        has been short listed for a call or an interview.
        """, subject="Your Job Application: Data Analyst", sender="Acme HR <hr@acme.example>")
    assert classify_message(msg).label == "next_step"


def test_a_promise_to_contact_you_to_plan_next_steps_is_a_next_step():
    msg = build("""
        Your resume got our interest. I will contact you as soon as possible to plan
        next steps of the recruitment process.
        """, subject="Application approved", sender="Acme HR <hr@acme.example>")
    assert classify_message(msg).label == "next_step"


def test_a_careers_portal_acknowledgement_from_a_noreply_sender_is_pending():
    msg = build("""
        Thank you for applying to the job Data Analyst with our online career portal!
        Your application has been entered in the system and a recruiter will review it shortly.
        """, subject="Thank You for Your Application", sender=_NOREPLY)
    assert classify_message(msg).label == "pending"


def test_a_german_shortlist_is_a_next_step_and_its_negation_is_not():
    shortlisted = build("Ihre Bewerbung wurde daher in die engere Auswahl für einen Anruf oder ein "
                        "persönliches Vorstellungsgespräch genommen.", subject="Ihre Bewerbung: Analyst")
    refused = build("Leider haben wir uns entschieden, Sie nicht in die engere Auswahl für ein "
                    "Gespräch zu nehmen.", subject="Ihre Bewerbung: Analyst")
    assert classify_message(shortlisted).label == "next_step"
    assert classify_message(refused).label == "rejection"


def test_a_spanish_preselection_for_an_interview_is_a_next_step():
    msg = build("Acabamos de revisar su currículum y su postulación se preseleccionó para una "
                "llamada o una entrevista.", subject="Su solicitud de empleo: Analista")
    assert classify_message(msg).label == "next_step"


@pytest.mark.parametrize("body, rule", [
    ("Hallo,\n\nwir möchten Ihnen für Ihr Interesse und Ihre Zeit danken.\n"
     "Für Ihre zukünftigen Vorhaben wünschen wir Ihnen alles Gute.", "de.rejection.wish_well_future_plans"),
    ("Apreciable,\n\nLe agradecemos su interés y su tiempo.\n"
     "Le deseamos lo mejor en sus futuros proyectos.", "es.rejection.wish_well_future_projects"),
])
def test_a_wish_you_well_refusal_in_german_or_spanish_is_a_doubtful_rejection(body, rule):
    result = classify_message(build(body, subject="Ihre Bewerbung / Su solicitud"))
    assert result.label == "rejection"
    assert not result.confident  # it never says no: the user confirms
    assert any(f.rule == rule for f in result.findings)
