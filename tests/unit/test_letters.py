from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from assistant.errors import InputError
from assistant.letters.context import Sender, letter_context, sample_application
from assistant.letters.templates import LETTERS, LetterTemplates, as_sentence

UTC = ZoneInfo("UTC")
SENDER = Sender(name="Alex Candidate", email="alex@example.com", phone="+1 555 0100")


@pytest.fixture
def templates(tmp_path):
    return LetterTemplates(tmp_path / "overrides")


def render(templates, letter, app, sender=SENDER, **extra):
    context = letter_context(app, app.interviewers[0], sender, UTC, reply_subject="Re: Your application", **extra)
    return templates.render(letter, context)


@pytest.mark.parametrize("letter", LETTERS)
@pytest.mark.parametrize("empty", [(), ("detail", "skill", "missed", "hear_back_by")])
def test_missing_optional_fields_leave_no_gap_or_placeholder(templates, letter, empty):
    app = replace(sample_application(), **{name: None for name in empty})
    text = render(templates, letter, app, sender=replace(SENDER, phone=None)).text
    assert "None" not in text and "{{" not in text and "  " not in text
    assert "\n\n\n" not in text and " ." not in text and " ," not in text


def test_thank_you_follows_the_etiquette(templates):
    letter = render(templates, "thank_you", sample_application())
    assert letter.subject == "Thank You – Customer Service Associate Interview"
    paragraphs = letter.text.strip().split("\n\n")
    assert paragraphs[0] == "Dear Ms. Jones,"
    assert "hearing how your team handles peak season" in paragraphs[1]
    assert "cut ticket backlog by 40%" in paragraphs[2] and "I can start in January" in paragraphs[2]
    assert "+1 555 0100" in paragraphs[3] and "alex@example.com" in paragraphs[3]
    assert paragraphs[4] == "Sincerely,\nAlex Candidate"


def test_status_inquiry_subject_names_the_position(templates):
    assert render(templates, "status_inquiry", sample_application()).subject == "Following Up – Customer Service Associate"


def test_keep_on_file_mentions_the_update_only_when_given(templates):
    app = sample_application()
    assert "AWS certification" in render(templates, "keep_on_file", app, update="I earned the AWS certification").text
    assert "Since our interview" not in render(templates, "keep_on_file", app).text


def test_html_body_is_escaped(templates):
    app = replace(sample_application(), company="Smith & <Sons>")
    letter = render(templates, "thank_you", app)
    assert "Smith &amp; &lt;Sons&gt;" in letter.html and "<Sons>" not in letter.html
    assert "Smith & <Sons>" in letter.text


@pytest.mark.parametrize("text, lead, expected", [
    ("hearing about X", "I especially enjoyed", "I especially enjoyed hearing about X."),
    ("Hearing about X", "I especially enjoyed", "I especially enjoyed hearing about X."),
    ("Your roadmap was fascinating.", "I especially enjoyed", "Your roadmap was fascinating."),
    ("API design", "I especially enjoyed", "I especially enjoyed API design."),
])
def test_as_sentence_takes_fragments_and_sentences(text, lead, expected):
    assert as_sentence(text, lead) == expected


def test_template_syntax_error_names_file_and_line(templates):
    override = templates.user_dir / "thank_you" / "body.txt.j2"
    override.parent.mkdir(parents=True)
    override.write_text("{{ salutation }}\n\n{% if app.detail %}\nno endif\n")
    with pytest.raises(InputError, match=r"thank_you/body.txt.j2:\d+ has a syntax error"):
        render(templates, "thank_you", sample_application())


def test_template_unknown_variable_names_file_and_line(templates):
    override = templates.user_dir / "thank_you" / "body.txt.j2"
    override.parent.mkdir(parents=True)
    override.write_text("{{ salutation }}\n\nHello {{ app.favourite_colour }}\n")
    with pytest.raises(InputError, match=r"body.txt.j2:3 uses an unknown variable"):
        render(templates, "thank_you", sample_application())
