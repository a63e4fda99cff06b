"""Shapes real mail has and the written corpus lacked (issue 12): delivery
reports by their meaning, robot answers, quotes as real clients write them."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.classify import classify_bytes, classify_message, new_text
from assistant.domain.classify.dates import return_date, sender_locale
from assistant.domain.classify.headers import Headers
from tests.classify.conftest import build


def _report(action: str, status: str, subject: str = "Delivery Status Notification") -> bytes:
    """A multipart/report whose one recipient block says `action` with `status`."""
    return (
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\n"
        "To: jane@example.com\r\n"
        f"Subject: {subject}\r\n"
        "Date: Mon, 16 Nov 2026 10:00:00 +0000\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nThis is a delivery status notification.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.com\r\n\r\n"
        f"Final-Recipient: rfc822; pat@acme.example\r\nAction: {action}\r\nStatus: {status}\r\n\r\n"
        "--b\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        "From: Jane Doe <jane@example.com>\r\nTo: pat@acme.example\r\nSubject: Thank you\r\n"
        "Message-ID: <ty-1@example.com>\r\n\r\n--b--\r\n"
    ).encode()


# ---- delivery reports by their meaning ---------------------------------------

@pytest.mark.parametrize("action", ["delivered", "relayed", "expanded"])
def test_success_relay_and_expansion_notices_are_other_and_name_no_bounced_recipient(action):
    result = classify_bytes(_report(action, "2.0.0", "Delivery Status Notification (Success)"))
    assert result.label == "other"
    assert result.bounced_recipients == ()
    assert result.findings[0].rule == "delivery.success_notice"


def test_a_delay_is_a_bounce_that_marks_nothing_bad():
    result = classify_bytes(_report("delayed", "4.4.7", "Delivery Status Notification (Delay)"))
    assert result.label == "bounce" and result.bounce_permanent is False
    assert result.bounced_recipients == ("pat@acme.example",)
    assert result.findings[0].rule == "delivery.delayed"


def test_a_failure_with_a_4xx_status_after_giving_up_is_permanent():
    result = classify_bytes(_report("failed", "4.0.0", "Returned mail: Cannot send message for 5 days"))
    assert result.label == "bounce" and result.bounce_permanent is True


def test_plain_text_bounce_from_post_master_is_recognised():
    raw = (b"From: post_master@mail.example.net\r\nTo: jane@example.com\r\nSubject: Returned\r\n\r\n"
           b"Your mail cannot be delivered to the following address: pat@acme.example\r\n")
    result = classify_bytes(raw)
    assert result.label == "bounce" and result.bounce_permanent
    assert result.bounced_recipients == ("pat@acme.example",)


def test_qmail_not_a_valid_user_from_the_null_sender_is_a_bounce_not_an_auto_reply():
    raw = (b"Return-Path: <>\r\nFrom: <>\r\nTo: jane@example.com\r\nSubject: Re: Thank you\r\n"
           b"Auto-Submitted: auto-replied\r\n\r\n"
           b"<pat@acme.example>:\r\nSorry, pat is not a valid user here. (#5.1.1)\r\n")
    result = classify_bytes(raw)
    assert result.label == "bounce" and result.bounce_permanent


def test_mailman_forwarded_bounce_is_read_from_the_report_it_carries():
    inner = _report("failed", "5.1.1", "Undelivered Mail Returned to Sender").decode()
    raw = ("From: acme-jobs-bounces@lists.acme.example\r\nTo: acme-jobs-owner@lists.acme.example\r\n"
           "Subject: Uncaught bounce notification\r\nMIME-Version: 1.0\r\n"
           'Content-Type: multipart/mixed; boundary="outer"\r\n\r\n'
           "--outer\r\nContent-Type: text/plain\r\n\r\nThe attached message was received as a bounce, "
           "but either the bounce format was not recognized, or no member addresses could be extracted from it.\r\n"
           "--outer\r\nContent-Type: message/rfc822\r\n\r\n" + inner + "\r\n--outer--\r\n").encode()
    result = classify_bytes(raw)
    assert result.label == "bounce" and result.bounced_recipients == ("pat@acme.example",)


# ---- auto-replies ---------------------------------------------------------------

@pytest.mark.parametrize("subject", [
    "[Automatyczna odpowiedź] Re: Thank you", "Automatisch antwoord: Thank you",
    "Risposta automatica: Thank you", "Resposta automática: Thank you", "Autosvar: Thank you",
    "AUTO: Pat Jones is out of the office (returning 05/01/2027)",
])
def test_autoresponder_subjects_in_more_languages(subject):
    result = classify_message(build("Thank you for your message.", subject=subject))
    assert result.label == "auto_reply"


@pytest.mark.parametrize("body", [
    "Ik ben afwezig tot en met 12 januari. Voor dringende zaken kunt u contact opnemen met het secretariaat.",
    "Jestem nieobecna do 12 stycznia. W pilnych sprawach proszę o kontakt z biurem.",
    "Sono fuori ufficio fino al 12 gennaio con accesso limitato alla posta.",
    "Jeg er på ferie til 12. januar og svarer når jeg er tilbake.",
])
def test_absence_wording_in_more_languages(body):
    assert classify_message(build(body, subject="Re: Thank you")).label == "auto_reply"


def test_challenge_response_notice_is_an_auto_reply():
    body = ("Hello, I protect my inbox with a challenge-response filter. Please verify you are human by clicking "
            "the link below, and your message will be delivered.")
    result = classify_message(build(body, subject="Please confirm your message"))
    assert result.label == "auto_reply"
    assert any(f.rule == "xx.auto_reply.challenge_response" for f in result.findings)


def test_reply_to_an_unmonitored_inbox_is_an_auto_reply():
    body = ("You replied to an inbox that is not actively monitored. To reach our recruiting team, "
            "please use the candidate portal.")
    assert classify_message(build(body, subject="Re: Your application")).label == "auto_reply"


def test_precedence_bulk_with_a_promise_to_reply_is_an_auto_reply_not_pending():
    message = build("Thank you for your email. I will reply as soon as possible.", subject="Re: Thank you",
                    headers={"Precedence": "bulk"})
    assert classify_message(message).label == "auto_reply"


def test_the_same_promise_from_a_person_without_headers_is_not_an_auto_reply():
    message = build("Thank you for your email. I will reply as soon as possible.", subject="Re: Thank you")
    assert classify_message(message).label != "auto_reply"


def test_exchange_rule_headers_together_make_an_auto_reply():
    message = build("Thank you for your message.", subject="Re: Thank you",
                    headers={"X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "pat@acme.example"})
    assert classify_message(message).label == "auto_reply"


def test_an_ats_rejection_with_auto_reply_headers_stays_a_rejection():
    body = ("Thank you for your interest in the Data Engineer position. After careful consideration, we have "
            "decided not to move forward with your application. This inbox is not monitored.")
    message = build(body, subject="Your application to Acme", sender="Acme Careers <no-reply@greenhouse.io>",
                    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "bulk"})
    assert classify_message(message).label == "rejection"


# ---- quotes as real clients write them -------------------------------------------

def test_bottom_posted_reply_keeps_the_text_below_the_quote():
    message = build("On Mon, 9 Nov 2026 at 10:02, Jane Doe <jane@example.com> wrote:\n"
                    "> Would Tuesday suit you for the call?\n\n"
                    "Tuesday is fine, we look forward to it.\n")
    assert new_text(message) == "Tuesday is fine, we look forward to it."


def test_attribution_without_colon_keeps_its_question_out():
    message = build("Thanks, received.\n\n"
                    "On Wed, 14 Nov 2026 08:14:43 -0200 Jane Doe <jane@example.com> wrote\n\n"
                    "When are you available?\n")
    assert new_text(message) == "Thanks, received."
    assert classify_message(message).label != "next_step"


@pytest.mark.parametrize("attribution", [
    "2017-11-24 16:32 GMT+01:00 Jane Doe <jane@example.com>:",
    '30.09.2017, 18.30, "Jane - Doe" <jane@example.com>:',
    "---- On Wed, 24 Feb 2021 14:02:50 +0530 jane@example.com wrote ----",
    'In data 11 ottobre 2017 21:11:31 "Jane Doe" <jane@example.com> ha scritto:',
])
def test_attributions_without_verb_or_in_client_formats_end_the_new_text(attribution):
    message = build(f"We will be in touch next week.\n\n{attribution}\n\nAre you free on Monday?\n")
    assert new_text(message) == "We will be in touch next week."


@pytest.mark.parametrize("signature", [
    "Sent from Outlook Mobile", "Sent from TypeApp<http://www.typeapp.com/r?b=2621>",
    "Envoyé à partir de Outlook pour iOS", "Gesendet von Outlook für Android", "Sendt fra min iPad",
    "Verzonden vanaf mijn iPhone", "Inviato da iPhone", "Enviado desde mi iPhone",
    "Download Outlook for Android<https://aka.ms/ghei36>", "Télécharger Outlook pour iOS<https://aka.ms/o0ukef>",
])
def test_client_signatures_are_not_new_text(signature):
    assert new_text(build(f"Thanks, see you then.\n\n{signature}\n")) == "Thanks, see you then."


# ---- dates ---------------------------------------------------------------------

def test_ambiguous_date_is_read_as_the_text_confirms():
    text = "I am out of the office, returning 03/01/2012. I will be back on the 3rd January."
    assert return_date(text, date(2011, 12, 20), "en") == date(2012, 1, 3)


def test_stated_return_wins_over_an_until_date_it_would_contradict():
    text = "I am out of the office until 05/01/2010.\n\nI am of the office returning 5th Jan"
    assert return_date(text, date(2010, 1, 4), "en") == date(2010, 1, 5)


def test_a_reading_already_past_is_never_chosen():
    assert return_date("Hello, I am away until 05/07/2010.", date(2010, 7, 5), "en") == date(2010, 7, 6)


@pytest.mark.parametrize("headers, expected", [
    ({"From": "Pat <pat@acme.co.uk>"}, date(2026, 5, 4)),
    ({"From": "Pat <pat@acme.example>", "Content-Language": "en-US"}, date(2026, 4, 5)),
    ({"From": "Pat <pat@acme.example>", "Date": "Wed, 1 Apr 2026 09:00:00 -0500"}, date(2026, 4, 5)),
])
def test_without_confirmation_the_senders_locale_decides_the_order(headers, expected):
    message = build("", headers={k: v for k, v in headers.items() if k != "From"},
                    sender=headers["From"], date=headers.get("Date", "Wed, 1 Apr 2026 09:00:00 +0000"))
    locale = sender_locale(Headers(message))
    assert return_date("I will be back on 04/05.", date(2026, 4, 1), "en", locale) == expected


def test_challenge_response_sent_as_a_failure_report_is_an_auto_reply_not_a_bounce():
    raw = _report("failed", "4.7.0", "Re: Thank you").replace(
        b"This is a delivery status notification.",
        b"Your message has been waitlisted. Please add yourself to my Guest List so your messages go to my Inbox.")
    result = classify_bytes(raw)
    assert result.label == "auto_reply" and result.bounced_recipients == ()


def test_a_promise_to_endeavour_to_reply_with_precedence_bulk_is_an_auto_reply():
    message = build("Thank you for you e-mail.\nI will endeavour to reply as soon as possible.",
                    subject="Thank you for your e-mail", headers={"Precedence": "bulk"})
    assert classify_message(message).label == "auto_reply"


def test_a_policy_failure_naming_the_allowed_senders_list_stays_a_bounce():
    raw = _report("failed", "5.7.1", "Undeliverable: Thank you").replace(
        b"This is a delivery status notification.",
        b"Your message to pat@acme.example couldn't be delivered. The sender is not on the allowed senders list.")
    result = classify_bytes(raw)
    assert result.label == "bounce" and result.bounce_permanent


def test_a_refusal_that_only_wishes_luck_in_future_endeavors_is_a_doubtful_rejection():
    message = build("Dear,\n\nWe would like to thank you for your interest and your time.\n"
                    "We wish you all the best in your future endeavors.\n\nBest\nThe HR Team",
                    subject="Your Job Application: Experienced Developer", sender="HR <hr@acme.example>")
    result = classify_message(message)
    assert result.label == "rejection" and not result.confident


def test_an_attribution_right_under_the_text_does_not_take_the_last_line_with_it():
    message = build("Thanks, see you on Monday.\nOn Dec 15, 2024, at 3:00 PM, Jane Doe <jane@example.com> wrote:\n"
                    "> Does Monday work?\n")
    assert new_text(message) == "Thanks, see you on Monday."


def test_a_request_to_have_your_address_added_to_the_allowed_list_is_challenge_response():
    body = ("This account is protected by Bluebottle.  Please click on the following link to have your address "
            "added to the recipient's allowed list and to ensure delivery of your email.")
    assert classify_message(build(body, subject="RE: Thank you")).label == "auto_reply"
