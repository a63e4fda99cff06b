import email
import email.policy
from datetime import UTC, datetime

from assistant.letters.mime import Attachment, compose, new_message_id


def parse(raw):
    return email.message_from_bytes(raw, policy=email.policy.default)


def test_non_ascii_names_and_attachment_arrive_intact():
    data = bytes(range(256)) * 10
    raw = compose(sender=("José Ñúñez", "jose@example.com"), to=("Pat Müller", "pat@acme.example"),
                  subject="Thank You – Ingénieur Interview", text="Dear Ms. Müller,\n", html="<p>Dear</p>",
                  message_id="<x@example.com>", date=datetime(2026, 11, 17, tzinfo=UTC),
                  attachments=(Attachment("Résumé Müller.pdf", data),))
    assert raw.isascii()
    msg = parse(raw)
    assert msg["From"].addresses[0].display_name == "José Ñúñez"
    assert msg["To"].addresses[0].display_name == "Pat Müller"
    assert msg["Subject"] == "Thank You – Ingénieur Interview"
    (part,) = list(msg.iter_attachments())
    assert part.get_filename() == "Résumé Müller.pdf"
    assert part.get_param("name") == "Résumé Müller.pdf"
    assert part.get_content_type() == "application/pdf"
    assert part.get_content() == data
    assert msg.get_body(("plain",)).get_content().replace("\r\n", "\n") == "Dear Ms. Müller,\n"


def test_reply_headers_are_set():
    raw = compose(sender=(None, "a@example.com"), to=(None, "b@example.com"), subject="Re: Hi", text="t",
                  html="h", message_id="<m@example.com>", date=datetime(2026, 11, 20, 15, 0, tzinfo=UTC),
                  in_reply_to="<r@x.example>", references=("<t@example.com>", "<r@x.example>"))
    msg = parse(raw)
    assert msg["In-Reply-To"] == "<r@x.example>"
    assert msg["References"] == "<t@example.com> <r@x.example>"


def test_message_ids_are_unique_and_on_the_sender_domain():
    first, second = new_message_id("a@mail.example"), new_message_id("a@mail.example")
    assert first != second and first.endswith("@mail.example>")
