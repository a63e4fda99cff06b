"""Whose candidacy a message is about: families behind the second held-out part's misses.

A rejection ends the reader's own candidacy. Each family here is a way mail
carries rejection or next-step words that do not concern it (mail to many,
candidates in general, someone else's outcome, a retraction, a recruiter's
pitch, a meeting already arranged, a courtesy that shares something) — and,
next to it, the real answer in similar words that must keep its label. All
cases are written afresh, none copied from the corpus.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from assistant.domain.classify import CONFIDENT, classify_message

LIST = {"List-Unsubscribe": "<mailto:leave@lists.example>"}


def _new_thread(mail, text, subject, headers=None):
    message = mail(f"Hi Jane,\n\n{text}\n\nKind regards,\nMorgan", subject=subject, headers=headers)
    del message["In-Reply-To"]
    return message


def _reply(mail, text):
    return mail(f"Hi Jane,\n\n{text}\n\nMorgan")


def _not_a_rejection(result):
    assert result.label != "rejection", result.reasons


# ---- mail to many ---------------------------------------------------------------

@pytest.mark.parametrize("text,subject,headers", [
    ("Inside: the three words hiring teams use once they have picked another candidate, and a guide "
     "to bouncing back when a role has been filled.\n\nUnsubscribe", "Career Notes, issue 18", LIST),
    ("The Site Engineer job you bookmarked has been filled. Similar openings near Newcastle:\n"
     "Civil Engineer - Harcourt Build\nProject Engineer - Tyne Rail", "Saved job update", LIST),
    ("Our recruiters explain why they decided not to move forward with 80% of applicants last quarter, "
     "and what the rest did differently.", "The Hiring Room digest", {"Precedence": "bulk"}),
])
def test_rejection_words_in_mail_to_many_end_nobodys_candidacy(mail, text, subject, headers):
    assert classify_message(_new_thread(mail, text, subject, headers)).label == "other"


@pytest.mark.parametrize("text", [
    "Thank you for your application for Depot Supervisor. We have decided to progress other applicants "
    "whose experience is closer to the role.",
    "Dear Applicant, after reviewing your application for Payroll Officer we will not be taking it further.",
    "Thanks for interviewing for the Barista Trainer role. We've chosen a candidate with more coaching "
    "experience and wish you well.",
])
def test_an_ats_rejection_sent_in_bulk_that_names_the_application_stays_a_rejection(mail, text):
    result = classify_message(_new_thread(mail, text, "Your application", {"Precedence": "bulk", **LIST}))
    assert result.label == "rejection", result.reasons


# ---- candidates in general, or a third person ------------------------------------

@pytest.mark.parametrize("text", [
    "We ask every candidate about their experience - including those we couldn't take forward. "
    "The survey takes three minutes.",
    "Your answers help us improve how we deliver unsuccessful outcomes. Please rate us from 1 to 5.",
    "Thanks for recommending Dario. Regrettably we decided not to progress his application, but your "
    "referral was appreciated.",
    "Many thanks for putting Lena forward. We won't be moving forward with her, but do send others our way.",
])
def test_rejection_words_about_candidates_in_general_or_a_third_person(mail, text):
    _not_a_rejection(classify_message(_reply(mail, text)))


# ---- someone else's outcome, told back -------------------------------------------

@pytest.mark.parametrize("text", [
    "Sorry to hear it didn't go your way with Fenwick - they're a hard crowd. Here's that podcast: "
    "https://pods.example/41",
    "What a shame about Osprey, but I think you dodged a bullet there. Talk soon!",
    "I know Calloway went with an internal person back in June, so don't read anything into their silence.",
])
def test_sympathy_for_an_outcome_elsewhere_is_not_a_rejection(mail, text):
    _not_a_rejection(classify_message(_reply(mail, text)))


@pytest.mark.parametrize("text", [
    "Heard back from Quillon this afternoon - they've decided to pass. They wanted more SQL depth.",
    "Just spoke to the client. They're going to pass; it was close, for what it's worth.",
    "Sorry to hear you were kept waiting. I'm afraid the panel chose a finalist with hospital experience.",
])
def test_an_agency_relaying_the_clients_decision_is_a_rejection(mail, text):
    assert classify_message(_reply(mail, text)).label == "rejection"


@pytest.mark.parametrize("text", [
    "Please disregard the automated email you got this morning - it went out by mistake. You're still in "
    "the running and we'll be in touch next week.",
    "The 'not selected' notification was sent in error to everyone on the list. Apologies!",
    "Ignore that previous message, the system misfired. Nothing has been decided about your application.",
])
def test_a_retracted_rejection_is_not_a_rejection(mail, text):
    _not_a_rejection(classify_message(_reply(mail, text)))


# ---- a recruiter's pitch ---------------------------------------------------------

@pytest.mark.parametrize("text,subject", [
    ("I've just taken on a brief I think would suit you: Head of Risk at a Leeds lender. "
     "Fancy a call on Wednesday?", "Head of Risk - Leeds"),
    ("I'm a talent partner at Marlow Search. The Tallis role you looked at is closed, but I'd love to "
     "hear what you want next - 15 minutes on Friday?", "Hello"),
    ("Je me permets de vous contacter : je recrute pour l'un de nos clients un responsable achats. "
     "Seriez-vous disponible pour un échange jeudi ?", "Opportunité - Responsable achats"),
    ("Ich bin Personalberater bei Hallstein und suche für einen Mandanten eine Leitung Einkauf. "
     "Hätten Sie diese Woche Zeit für ein Telefonat?", "Neue Position"),
    ("Me pongo en contacto contigo porque busco para uno de nuestros clientes un jefe de compras. "
     "¿Tienes disponibilidad el jueves?", "Oportunidad"),
])
def test_a_recruiters_first_approach_is_other_even_when_it_asks_for_a_call(mail, text, subject):
    assert classify_message(_new_thread(mail, text, subject)).label == "other"


@pytest.mark.parametrize("text", [
    "Heard back from Pellam: they've decided not to proceed. I have two other roles I'd like to talk "
    "you through - free tomorrow at 10?",
    "The client has decided to hire someone already in the sector. I'm sorry. I have another position "
    "that could suit you, can we speak Thursday?",
    "Unfortunately Brightwater won't be progressing your application. I'd love to put you forward for "
    "a similar role at another bank - are you free Monday?",
])
def test_an_agency_rejection_that_pitches_other_roles_is_a_rejection(mail, text):
    assert classify_message(_reply(mail, text)).label == "rejection"


# ---- a meeting already arranged --------------------------------------------------

def _with_calendar(text: str, subject: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Bookings <bookings@slots.example>"
    message["To"] = "jane@example.com"
    message["Subject"] = subject
    message.set_content(text)
    message.add_attachment(b"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n",
                           maintype="text", subtype="calendar", filename="invite.ics")
    return message


@pytest.mark.parametrize("text,subject", [
    ("Your reservation is confirmed. Second interview, Monday 9 March, 10:00-11:00, with the "
     "design leads. Need to change it? Use the link in the invitation.", "Confirmed: Second interview on Mon 9 Mar"),
    ("You're booked in: final round with the CFO on Thursday at 4pm. The invitation is attached.",
     "Final round - Thursday 4pm"),
    ("Panel interview, Tuesday 17 March 2:00pm. Video link inside the attached invitation.",
     "Panel interview"),
])
def test_a_calendar_confirmation_of_an_arranged_meeting_is_other(text, subject):
    assert classify_message(_with_calendar(text, subject)).label == "other"


def test_an_invitation_to_a_new_stage_is_a_next_step_even_with_a_date(mail):
    text = ("We'd love to invite you to a final interview with our CEO. Would Tuesday at 2pm or "
            "Wednesday at 11am suit you?")
    assert classify_message(_new_thread(mail, text, "Final interview")).label == "next_step"


# ---- courtesy that shares something, and new applications --------------------------

@pytest.mark.parametrize("text", [
    "Thanks for the lovely note! Here's the paper on warehouse slotting I mentioned: https://papers.example/slot",
    "Thank you for your kind message - attached is the reading list from my talk.",
    "Thanks for the thoughtful follow-up. Sharing the link to the design system we discussed: www.ds.example",
])
def test_a_courtesy_that_hands_something_over_is_other(mail, text):
    assert classify_message(_reply(mail, text)).label == "other"


@pytest.mark.parametrize("text,expected", [
    ("Thanks for the lovely note! Here's our timeline: the panel meets Friday and we'll decide next week.",
     "pending"),
    ("Thanks for your note. Here's a link to book your final round with our COO: https://book.example/x",
     "next_step"),
    ("Thank you for your kind message. Unfortunately we've offered the role to someone with more "
     "clinical experience. Here's our jobs page if you'd like to keep an eye out: https://jobs.example",
     "rejection"),
])
def test_a_courtesy_with_an_answer_keeps_the_answer(mail, text, expected):
    assert classify_message(_reply(mail, text)).label == expected


@pytest.mark.parametrize("text", [
    "We've received your application for Lab Technician. If you are not shortlisted, your details "
    "will stay in our talent pool for future openings.",
    "Your application to Fieldway (Data Analyst) has been received. Unfortunately, due to volume we "
    "cannot reply to every applicant individually.",
    "Thanks for applying to Orchard Health! Our team will review your application shortly.",
])
def test_an_application_received_confirmation_is_not_a_rejection(mail, text):
    result = classify_message(_new_thread(mail, text, "Application received"))
    _not_a_rejection(result)


# ---- answers in words the earlier families missed -----------------------------------

@pytest.mark.parametrize("text", [
    "We'll be offering the position to a pharmacist who has covered the branch since spring.",
    "The partners have decided to hire someone with a stronger tax background.",
    "The hiring manager is going to pass - he felt you were a bit light on vendor management.",
    "Not the answer either of us wanted, I know: they've chosen a candidate from their own team.",
])
def test_rejections_in_plain_new_words(mail, text):
    result = classify_message(_reply(mail, text))
    assert result.label == "rejection", result.reasons


@pytest.mark.parametrize("text", [
    "Next up is a small take-home: build a tiny CSV importer. The brief is in our repo.",
    "Next up: a short take-home on pricing. Send it back whenever you're ready within a week.",
    "Great chat! Next up will be a case presentation to the leadership team.",
])
def test_a_next_step_announced_as_next_up(mail, text):
    assert classify_message(_reply(mail, text)).label == "next_step"


def test_no_guard_makes_a_confident_rejection_of_a_pitch(mail):
    text = ("I know the Analyst role at Harlow was filled internally, but I'm working on a Senior Analyst "
            "search I think would suit you. Open to a chat?")
    result = classify_message(_new_thread(mail, text, "New opportunity - Senior Analyst"))
    assert result.label == "other"
    assert not (result.label == "rejection" and result.confidence >= CONFIDENT)


# ---- the employer's own delays and counter-offers, with sorry-words --------------------

@pytest.mark.parametrize("text,expected", [
    ("Sadly our hiring committee meeting was pushed back to Monday, so no news until then.", "pending"),
    ("The panel's debrief session got moved to next week - I'll write as soon as it's done.", "pending"),
    ("We've had to pause interviews until the 14th of April while the budget is approved; then we'll "
     "continue with you.", "pending"),
    ("Unfortunately we can't go higher on base, but we can add a relocation bonus - I'll send a revised "
     "letter today.", "offer"),
    ("Sorry this took a while: the amended contract with the extra holiday days is attached for signature.",
     "offer"),
])
def test_sorry_words_around_a_delay_or_a_revised_offer_are_no_rejection(mail, text, expected):
    result = classify_message(_reply(mail, text))
    assert result.label == expected, result.reasons


@pytest.mark.parametrize("text,subject", [
    ("Would you be open to a second interview with our COO next Wednesday?", "Next steps"),
    ("As discussed on the phone, the next step is a written case; the brief will follow tomorrow.", "Next steps"),
    ("Just a reminder to send over your availability for the final round with Priya.", "Reminder"),
    ("We have a great opportunity for you to meet the founders - would Thursday work?", "Founders"),
])
def test_an_employers_new_step_is_not_mistaken_for_a_pitch_or_a_confirmation(mail, text, subject):
    assert classify_message(_new_thread(mail, text, subject)).label == "next_step"
