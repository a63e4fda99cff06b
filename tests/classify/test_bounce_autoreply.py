"""Bounces decided from structure first; auto-replies from headers, subject and body."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.domain.classify import classify_bytes, classify_message

DSN = b"""\
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: jane@example.com
Subject: Delivery Status Notification (Failure)
Date: Mon, 10 Nov 2025 10:00:00 +0000
Message-ID: <bounce-1@mx.google.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="r1"

--r1
Content-Type: text/plain; charset=utf-8

Address not found. Your message wasn't delivered to pat.jones@acme.example because the address couldn't be found.

--r1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; pat.jones@acme.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--r1
Content-Type: message/rfc822

From: Jane Doe <jane@example.com>
To: Pat Jones <pat.jones@acme.example>
Subject: Thank You - Data Analyst Interview
Message-ID: <thanks-123@example.com>

Unfortunately I forgot to mention... we have decided not to move forward? No: I hope we move forward.
The position has been filled is not what I want to hear. Unfortunately.

--r1--
"""

DELAYED = DSN.replace(b"Action: failed", b"Action: delayed").replace(b"Status: 5.1.1", b"Status: 4.4.1").replace(
    b"(Failure)", b"(Delay)")

HEADERS_ONLY = DSN.replace(b"Content-Type: message/rfc822", b"Content-Type: text/rfc822-headers")

OUTLOOK_NDR = b"""\
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@acme.example>
To: jane@example.com
Subject: Undeliverable: Thank You - Data Analyst Interview
Date: Mon, 10 Nov 2025 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Delivery has failed to these recipients or groups:

pat.jones@acme.example
The email address you entered couldn't be found.

Original message headers:
Message-ID: <thanks-456@example.com>
Subject: Thank You - Data Analyst Interview

We regret to inform you ... unfortunately ... (original text)
"""

EXIM = b"""\
From: Mail Delivery System <Mailer-Daemon@mx.acme.example>
To: jane@example.com
Subject: Mail delivery failed: returning message to sender
X-Failed-Recipients: pat.jones@acme.example
Date: Mon, 10 Nov 2025 10:00:00 +0000
Content-Type: text/plain

This message was created automatically by mail delivery software.
A message that you sent could not be delivered to one or more of its recipients.
"""


def test_dsn_is_a_bounce_with_recipient_and_original_message_id():
    result = classify_bytes(DSN)
    assert result.label == "bounce" and result.confidence >= 0.9
    assert result.bounced_recipients == ("pat.jones@acme.example",)
    assert result.bounced_message_id == "<thanks-123@example.com>"
    assert result.bounce_permanent is True
    assert any("Action: failed" in r for r in result.reasons)


def test_delayed_delivery_is_a_temporary_bounce():
    result = classify_bytes(DELAYED)
    assert result.label == "bounce" and result.bounce_permanent is False


def test_original_message_id_from_rfc822_headers_part():
    assert classify_bytes(HEADERS_ONLY).bounced_message_id == "<thanks-123@example.com>"


def test_outlook_undeliverable_without_report_part():
    result = classify_bytes(OUTLOOK_NDR)
    assert result.label == "bounce"
    assert result.bounced_recipients == ("pat.jones@acme.example",)
    assert result.bounced_message_id == "<thanks-456@example.com>"


def test_exim_failed_recipients_header():
    result = classify_bytes(EXIM)
    assert result.label == "bounce" and result.bounced_recipients == ("pat.jones@acme.example",)


OOO_CASES = [
    ("rfc3834_header", {"Auto-Submitted": "auto-replied"}, "Automatic reply: Thank you",
     "I am out of the office and will be back on 16 November.", date(2025, 11, 16)),
    ("subject_only", {}, "Out of Office: Thank you",
     "Unfortunately I am travelling with limited access to email until 20 November 2025.", date(2025, 11, 21)),
    ("german", {"X-Autoreply": "yes"}, "Abwesenheitsnotiz: Danke",
     "Ich bin bis 20.11. nicht im Büro. Leider kann ich Ihre Nachricht erst danach lesen.", date(2025, 11, 21)),
    ("french", {"Auto-Submitted": "auto-replied"}, "Réponse automatique : Merci",
     "Je suis absente du bureau, de retour le 3 décembre.", date(2025, 12, 3)),
    ("spanish", {"Precedence": "auto_reply"}, "Respuesta automática: Gracias",
     "Estoy fuera de la oficina hasta el 14/11. Lamentablemente no podré responder.", date(2025, 11, 17)),
    ("left_company_no_headers", {}, "Re: Thank you",
     "Pat Jones is no longer with the company. Please contact careers@acme.example.", None),
]


@pytest.mark.parametrize("name,headers,subject,body,back", OOO_CASES, ids=[c[0] for c in OOO_CASES])
def test_out_of_office_is_auto_reply_with_return_date(mail, name, headers, subject, body, back):
    result = classify_message(mail(body, subject=subject, headers=headers))
    assert result.label == "auto_reply", result.reasons
    assert result.return_date == back


def test_auto_generated_header_alone_is_not_an_auto_reply(mail):
    message = mail("Hi Jane, please share your availability for a second interview next week.",
                   subject="Next steps", sender="Acme via Greenhouse <no-reply@greenhouse.io>",
                   headers={"Auto-Submitted": "auto-generated"})
    assert classify_message(message).label == "next_step"


def test_unmonitored_mailbox_notice_alone_is_auto_reply(mail):
    message = mail("This mailbox is not monitored. For questions about your application, write to careers@acme.example.",
                   subject="Re: Thank you", sender="Acme Careers <careers-noreply@acme.example>")
    assert classify_message(message).label == "auto_reply"


def test_ticket_acknowledgment_is_auto_reply(mail):
    message = mail("We have received your email. Your ticket number is 48213. We will respond within 2 business days.",
                   subject="[Ticket #48213] Thank you", sender="HR Help <hr-help@acme.example>",
                   headers={"Auto-Submitted": "auto-replied"})
    assert classify_message(message).label == "auto_reply"


def test_bounce_is_decided_before_phrases_even_without_report_structure():
    raw = EXIM + b"\n------ This is a copy of the message ------\n\nWe have decided to move forward with other candidates.\n"
    assert classify_bytes(raw).label == "bounce"


def _ndr(subject: bytes, sender: bytes, body: bytes) -> bytes:
    return (b"From: " + sender + b"\nTo: jane@example.com\nSubject: " + subject +
            b"\nDate: Mon, 10 Nov 2025 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n" + body)


@pytest.mark.parametrize("raw", [
    _ndr(b"Unzustellbar: Danke - Interview", b"Microsoft Outlook <postmaster@firma.example>",
         "Die Nachricht konnte nicht an folgende Empfänger zugestellt werden: pat@firma.example".encode()),
    _ndr(b"Non remis : Merci - Entretien", b"postmaster@societe.example",
         "La remise à ces destinataires ou groupes a échoué : pat@societe.example".encode()),
    _ndr(b"No se puede entregar: Gracias", b"postmaster@empresa.example",
         b"Error al entregar el mensaje a estos destinatarios: pat@empresa.example"),
    _ndr(b"Mail Delivery Failure", b"MAILER-DAEMON@mx.example",
         b"This is a permanent error. pat@acme.example: 550 5.1.1 user unknown. We regret to inform you."),
], ids=["de", "fr", "es", "en_postfix"])
def test_bounces_in_several_languages(raw):
    result = classify_bytes(raw)
    assert result.label == "bounce" and result.bounced_recipients, result.reasons


def test_delay_warning_is_not_permanent():
    raw = _ndr(b"Warning: message delayed", b"MAILER-DAEMON@mx.example",
               b"THIS IS A WARNING ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE. "
               b"Delivery to pat@acme.example has been delayed; the server will retry for 4 days.")
    result = classify_bytes(raw)
    assert result.label == "bounce" and result.bounce_permanent is False


@pytest.mark.parametrize("raw", [
    b"",
    b"not an email at all",
    b"Subject: empty\n\n",
    b"Content-Type: multipart/mixed; boundary=x\n\n--x--\n",
    b"Content-Type: text/html\n\n<p>unclosed <b>tags <div class='gmail_quote'>",
    b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n!!!notbase64",
    b"Subject: =?utf-8?q?broken=ZZ?=\nContent-Type: text/plain; charset=latin-1\n\n\xe9t\xe9 \xff\xfe",
])
def test_odd_input_never_raises(raw):
    result = classify_bytes(raw)
    assert result.label in ("other", "pending", "auto_reply", "bounce")
