"""Evidence from a message's shape: questions about a time, attachment names,
platform links, mailing lists, a writer telling of another rejection, and the
gist when no phrase family speaks."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser

import pytest

from assistant.domain.classify import CONFIDENT, classify_message
from assistant.domain.classify.gist import gist
from assistant.domain.classify.structure import attachment_names, time_question


def _with_attachment(body: str, filename: str, subject: str = "Re: Thank you - Analyst interview"):
    raw = "\r\n".join([
        "From: Anna Berg <anna.berg@acme.example>", "To: Jane Doe <jane@example.com>",
        f"Subject: {subject}", "Date: Mon, 10 Nov 2025 10:00:00 +0000",
        "Message-ID: <att-1@acme.example>", "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="m1"', "",
        "--m1", "Content-Type: text/plain; charset=utf-8", "", body,
        "--m1", "Content-Type: application/pdf", "Content-Transfer-Encoding: base64",
        f'Content-Disposition: attachment; filename="{filename}"', "", "JVBERi0xLjQK", "--m1--", ""])
    return BytesParser(policy=policy.default).parsebytes(raw.encode("utf-8"))


@pytest.mark.parametrize("text", [
    "would wednesday at 3pm work?",
    "can we grab 20 minutes on zoom early next week?",
    "können sie am dienstag um 10 uhr vorbeikommen?",
    "pouvons-nous le décaler à vendredi ?",
    "¿te vendría bien el jueves a las 16h?",
])
def test_a_question_naming_a_day_or_hour_asks_for_a_meeting_time(text):
    evidence = time_question(text)
    assert evidence is not None and evidence.label == "next_step"


@pytest.mark.parametrize("text", [
    "could you send the signed form by friday?",
    "want to grab lunch next week?",
    "did you get the parking instructions i sent yesterday?",
    "we meet on tuesday to decide.",
])
def test_questions_that_ask_for_things_or_no_question_are_not_meeting_requests(text):
    assert time_question(text) is None


def test_a_bare_question_about_a_time_is_a_next_step(mail):
    assert classify_message(mail("Hi Jane,\n\nWould Wednesday at 3pm work?\n\nAnna")).label == "next_step"


@pytest.mark.parametrize("filename,expected", [
    ("Offer_Letter_Jane_Doe.pdf", "offer"),
    ("Arbeitsvertrag Jane Doe.pdf", "offer"),
    ("contrat_de_travail.pdf", "offer"),
    ("Take-Home_Brief.pdf", "next_step"),
    ("Fallstudie_Vertrieb.pdf", "next_step"),
])
def test_an_attachment_name_tells_what_is_sent(filename, expected):
    message = _with_attachment("Hi Jane,\n\nPlease see attached.\n\nAnna", filename)
    assert classify_message(message).label == expected


def test_attachment_names_are_split_into_words():
    message = _with_attachment("Hi", "Quayside_OfferLetter-REVISED.pdf")
    assert attachment_names(message) == ["quayside offer letter revised pdf"]


@pytest.mark.parametrize("host", ["www.hackerrank.com", "calendly.com", "app.codility.com"])
def test_a_link_to_a_scheduling_or_assessment_platform_is_a_next_step(mail, host):
    html = f'<p>Hi Jane,</p><p>Please use <a href="https://{host}/x/123">this link</a> before Friday.</p>'
    assert classify_message(mail(html=html)).label == "next_step"


def test_mailing_list_mail_without_a_strong_decision_is_other(mail):
    message = mail("Hi Jane,\n\nWe'll keep you posted about new roles. Next steps: browse our openings!",
                   subject="Acme careers digest", sender="Acme <news@acme.example>",
                   headers={"List-Unsubscribe": "<https://acme.example/u>"})
    assert classify_message(message).label == "other"


@pytest.mark.parametrize("text", [
    "I just got a rejection from Globex myself - they went with someone else. Any tips?",
    "Sorry to hear you were turned down by Initech. Their loss! Want me to introduce you to my old boss?",
    "I heard from a mutual friend that Northwind decided not to move forward with you. Don't let it get you down.",
    "Ich habe heute von Nordwind eine Absage bekommen. Weißt du, wen man um Feedback bitten kann?",
])
def test_a_writer_telling_of_another_rejection_is_not_rejecting_the_reader(mail, text):
    result = classify_message(mail(f"Hi Jane,\n\n{text}\n\nSam", subject="Hello", sender="Sam <sam@example.org>"))
    assert result.label == "other", result.reasons


@pytest.mark.parametrize("text", [
    "Thanks for a great chat - here's the book I mentioned: https://example.com/book",
    "Great meeting you! Here are the slides from the team overview.",
    "Danke für das Gespräch! Anbei wie besprochen der Link zu unserem Blog.",
])
def test_sharing_something_is_not_an_acknowledgment(mail, text):
    assert classify_message(mail(f"Hi Jane,\n\n{text}\n\nAnna")).label == "other"


@pytest.mark.parametrize("text", [
    "Thanks for the lovely note, it was great meeting you too!",
    "Merci pour votre message, ce fut un plaisir.",
])
def test_a_plain_thanks_is_still_an_acknowledgment(mail, text):
    assert classify_message(mail(f"Hi Jane,\n\n{text}\n\nAnna")).label == "pending"


@pytest.mark.parametrize("text,expected", [
    ("Thanks for your time. We have concluded the process and made our choice; we wish you the best.", "rejection"),
    ("Good news! Contract and salary details follow; welcome!", "offer"),
    ("Are you free to meet the team on Thursday morning?", "next_step"),
    ("Nothing final yet, sorry for the delay - soon!", "pending"),
])
def test_gist_agrees_only_when_several_kinds_of_words_do(text, expected):
    found = gist(text.lower())
    assert found is not None and found.label == expected
    assert found.weight < CONFIDENT


@pytest.mark.parametrize("text", [
    "i loved your presentation - mind if i share your slides with my team as an example?",
    "i'm a headhunter working on a vp operations search. open to a chat?",
    "great meeting you on tuesday. here's the book; i'll leave the next steps to graham.",
    "unfortunately the weather was bad.",
    "thanks for the book, see you.",
    "great meeting you on tuesday.",
])
def test_gist_stays_silent_on_little_evidence(text):
    assert gist(text) is None
