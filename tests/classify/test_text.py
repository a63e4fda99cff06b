"""Body extraction, HTML reduction, quote and signature stripping.

Several cases pin down what the reply-parsing libraries get wrong on their
own (see assistant/domain/classify/quotes.py), so a library upgrade that
changes behaviour shows up here.
"""

from __future__ import annotations

import pytest
from mailparser_reply import EmailReplyParser

from assistant.domain.classify import new_text
from assistant.domain.classify.quotes import strip_quotes, strip_signature
from assistant.text import html_to_text

QUOTE_CASES = [
    ("gmail_attribution",
     "We'd like to invite you.\n\nOn Mon, Nov 3, 2025 at 10:00 AM Jane Doe <jane@example.com> wrote:\n> Unfortunately I forgot to say...",
     "We'd like to invite you."),
    ("wrapped_attribution",
     "Thanks!\n\nOn Mon, Nov 3, 2025 at 10:00 AM Jane Doe\n<jane@example.com> wrote:\n\n> quoted",
     "Thanks!"),
    ("spanish_with_parenthesised_address",
     "Gracias, seguimos en contacto.\n\nEl lun, 3 mar 2025 a las 10:00, Ana Pérez (<ana@example.com>) escribió:\n> Espero avanzar.",
     "Gracias, seguimos en contacto."),
    ("german_attribution",
     "Leider nein.\n\nAm Mo., 3. März 2025 um 10:00 Uhr schrieb Jane Doe <jane@example.com>:\n> Danke",
     "Leider nein."),
    ("french_attribution",
     "Merci.\n\nLe lun. 3 mars 2025 à 10:00, Jane Doe <jane@example.com> a écrit :\n> Merci pour l'entretien",
     "Merci."),
    ("outlook_header_block",
     "Could we move it?\n\nFrom: Jane Doe <jane@example.com>\nSent: Monday, March 3, 2025 10:00 AM\nTo: Anna\nSubject: Thank you\n\nI hope we move forward.",
     "Could we move it?"),
    ("french_outlook_block_without_space",
     "Bien reçu.\n\nDe: Jane <jane@example.com>\nEnvoyé: lundi 3 mars\nÀ: Anna\nObjet: Merci\n\nmalheureusement",
     "Bien reçu."),
    ("german_outlook_block",
     "Gerne.\n\nVon: Jane Doe <jane@example.com>\nGesendet: Montag, 3. März 2025 10:00\nAn: Anna\nBetreff: Danke\n\nleider",
     "Gerne."),
    ("spanish_outlook_block",
     "Perfecto.\n\nDe: Jane <jane@example.com>\nEnviado: lunes, 3 de marzo\nPara: Ana\nAsunto: Gracias\n\nlamentablemente",
     "Perfecto."),
    ("original_message_separator",
     "Noted.\n\n-----Original Message-----\nFrom: Jane\nunfortunately",
     "Noted."),
    ("only_quoted_lines_dropped",
     "Top line\n> quoted unfortunately\nmore own text",
     "Top line\nmore own text"),
    ("forward_without_comment_is_empty",
     "On Mon, Mar 3, 2025 at 10:00 AM Jane <jane@example.com> wrote:\n> Thank you, unfortunately ...",
     ""),
]


@pytest.mark.parametrize("name,text,expected", QUOTE_CASES, ids=[c[0] for c in QUOTE_CASES])
def test_strip_quotes_keeps_only_the_new_text(name, text, expected):
    assert strip_quotes(text) == expected


def test_body_lines_that_look_like_headers_are_not_a_quote():
    text = "Hi Jane,\n\nDate: Thursday 14 November\nTo: the panel room\nPlease confirm."
    assert "Please confirm." in strip_quotes(text)


def test_library_misses_spanish_attribution_with_parenthesised_address():
    """mailparser_reply 1.36: 'El …, Ana (<a@b>) escribió:' is not a header."""
    text = "Hola.\n\nEl lun, 3 mar 2025 a las 10:00, Ana (<ana@example.com>) escribió:\n> cita"
    parsed = EmailReplyParser(languages=["es"]).read(text)
    assert "escribió" in parsed.latest_reply  # the library keeps the quote ...
    assert strip_quotes(text) == "Hola."      # ... we do not


def test_library_cuts_hyphen_lists_as_signatures():
    """mailparser_reply treats a '- item' line as a signature start."""
    text = "Next steps:\n- a technical interview\n- an onsite\n\nPlease send your availability."
    body = EmailReplyParser(languages=["en"]).read(text).replies[0].body
    assert "availability" not in body
    assert "availability" in strip_signature(strip_quotes(text))


SIGNATURE_CASES = [
    ("best_regards", "We would like to invite you.\n\nBest regards,\nAnna Berg\nTalent Team", "We would like to invite you."),
    ("german", "Wir laden Sie ein.\n\nMit freundlichen Grüßen\nAnna Berg", "Wir laden Sie ein."),
    ("dash_dash", "See you then.\n-- \nAnna | Acme", "See you then."),
    ("thanks_then_more_text_is_not_a_signature",
     "Hi Jane,\nThanks!\nCould you send us your availability for next week?\nAnna",
     "Hi Jane,\nThanks!\nCould you send us your availability for next week?\nAnna"),
    ("thanks_mid_sentence_is_not_a_signature",
     "Hi Jane,\n\nThanks, we would like to invite you to a second interview.",
     "Hi Jane,\n\nThanks, we would like to invite you to a second interview."),
    ("sent_from_phone", "Sounds good.\n\nSent from my iPhone", "Sounds good."),
]


@pytest.mark.parametrize("name,text,expected", SIGNATURE_CASES, ids=[c[0] for c in SIGNATURE_CASES])
def test_strip_signature(name, text, expected):
    assert strip_signature(text) == expected


GMAIL_HTML = (
    '<div dir="ltr">Hi Jane,<div>We&#39;d like to invite you to an onsite.</div></div><br>'
    '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Mar 3, 2025 at 10:00 AM '
    'Jane Doe &lt;<a href="mailto:jane@x.com">jane@x.com</a>&gt; wrote:<br></div>'
    '<blockquote class="gmail_quote">Thank you. Unfortunately I forgot...</blockquote></div>'
)
OUTLOOK_HTML = (
    "<html><body><div>Hi Jane, unfortunately Tom is sick; could we move the interview?</div>"
    '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Jane Doe '
    "&lt;jane@x.com&gt;<br><b>Sent:</b> Monday<br><b>To:</b> Tom<br><b>Subject:</b> Thanks</div>"
    "<div>We have decided not to move forward (quoted)</div></body></html>"
)
OUTLOOK_DESKTOP_HTML = (
    "<p>Gern geschehen.</p><div style='border:none;border-top:solid #E1E1E1 1.0pt;"
    "padding:3.0pt 0cm 0cm 0cm'><p><b>Von:</b> Jane<br><b>Gesendet:</b> Montag</p></div>"
    "<p>leider habe ich vergessen</p>"
)


@pytest.mark.parametrize("html,kept,dropped", [
    (GMAIL_HTML, "invite you to an onsite", "Unfortunately"),
    (OUTLOOK_HTML, "could we move the interview", "not to move forward"),
    (OUTLOOK_DESKTOP_HTML, "Gern geschehen", "leider"),
    ("<p>Hello</p><blockquote>quoted move forward</blockquote><p>after</p>", "after", "quoted"),
], ids=["gmail_quote", "outlook_divRplyFwdMsg", "outlook_desktop_rule", "blockquote"])
def test_html_quotes_are_dropped(html, kept, dropped):
    text = html_to_text(html)
    assert kept in text and dropped not in text


def test_html_to_text_drops_style_and_script_and_unescapes():
    html = ("<html><head><style>p{color:red}</style><title>T</title></head><body>"
            "<script>var unfortunately=1;</script><p>Caf&eacute; &amp; co</p><p>Line&nbsp;2<br>Line 3</p></body></html>")
    assert html_to_text(html) == "Café & co\n\nLine 2\nLine 3"


def test_html_only_message_is_reduced_to_text(mail):
    message = mail(html="<table><tr><td><p>We have decided to move forward with other candidates.</p></td></tr></table>")
    assert new_text(message) == "We have decided to move forward with other candidates."


def test_plain_placeholder_defers_to_html(mail):
    message = mail(body="View this email in your browser.", html="<p>The position has been filled.</p>")
    assert new_text(message) == "The position has been filled."


def test_new_text_strips_quote_and_signature(mail):
    message = mail("""\
        Hi Jane,

        Could you share your availability for a final round?

        Best,
        Anna

        On Mon, Nov 3, 2025 at 10:00 AM Jane Doe <jane@example.com> wrote:
        > I hope we move forward. Unfortunately I forgot one thing.
        """)
    assert new_text(message) == "Hi Jane,\n\nCould you share your availability for a final round?"


def test_broken_charset_does_not_raise(mail):
    message = mail("Thanks")
    message.replace_header("Content-Type", "text/plain; charset=x-unknown-charset")
    assert "Thanks" in new_text(message)


MORE_QUOTES = [
    ("gmail_mobile_german",
     "Danke!\n\nJane Doe <jane@example.com> schrieb am Mo., 3. Nov. 2025, 10:00:\n> leider",
     "Danke!"),
    ("apple_mail",
     "Thanks Jane.\n\nOn 3 Nov 2025, at 10:00, Jane Doe <jane@example.com> wrote:\n\n> Unfortunately I forgot",
     "Thanks Jane."),
    ("thunderbird",
     "Noted.\n\nOn 11/3/25 10:00 AM, Jane Doe wrote:\n> I hope to move forward",
     "Noted."),
    ("outlook_bold_from_block_after_rule",
     "Gladly.\n\n________________________________\n*From:* Jane Doe <jane@example.com>\n*Sent:* Monday\n*To:* Anna\n\nunfortunately",
     "Gladly."),
    ("forwarded_message",
     "FYI\n\n---------- Forwarded message ---------\nFrom: Acme <no-reply@acme.example>\nDate: Mon\nSubject: Update\n\nWe will not be moving forward.",
     "FYI"),
]


@pytest.mark.parametrize("name,text,expected", MORE_QUOTES, ids=[c[0] for c in MORE_QUOTES])
def test_strip_quotes_more_clients(name, text, expected):
    assert strip_quotes(text) == expected
