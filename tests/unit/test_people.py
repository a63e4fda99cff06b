import pytest

from assistant.domain.models import Interviewer
from assistant.domain.people import check_address, parse_interviewer, salutation
from assistant.errors import InputError


@pytest.mark.parametrize("text, title, name, email", [
    ("Ms. Pat Jones <pat.jones@acme.example>", "Ms.", "Pat Jones", "pat.jones@acme.example"),
    ("Pat Jones <Pat.Jones@Acme.example>", None, "Pat Jones", "pat.jones@acme.example"),
    ("dr José Ñúñez <jose@acme.example>", "Dr.", "José Ñúñez", "jose@acme.example"),
    ('"Mx. Sam Lee" <sam@acme.example>', "Mx.", "Sam Lee", "sam@acme.example"),
])
def test_interviewer_parses_title_name_and_address(text, title, name, email):
    person = parse_interviewer(text)
    assert (person.title, person.name, person.email) == (title, name, email)


@pytest.mark.parametrize("text, message", [
    ("pat@acme.example", "must look like"),
    ("<pat@acme.example>", "has no name"),
    ("Pat Jones <pat@acme>", "Invalid email address"),
    ("Pat Jones <pat@@acme.example>", "Invalid email address"),
    ("Pat Jones <pat jones@acme.example>", "Invalid email address"),
    ("Pat\nBcc: x@evil.example <pat@acme.example>", "line break"),
])
def test_bad_interviewer_is_refused_with_a_sentence(text, message):
    with pytest.raises(InputError, match=message):
        parse_interviewer(text)


@pytest.mark.parametrize("address", ["a@b", "a b@c.example", "a@b..example", "@acme.example", "a@-acme.example"])
def test_invalid_addresses_are_refused(address):
    with pytest.raises(InputError):
        check_address(address)


@pytest.mark.parametrize("title, tone, expected", [
    ("Ms.", "formal", "Dear Ms. Jones,"),
    (None, "formal", "Dear Pat Jones,"),
    ("Ms.", "casual", "Hi Pat,"),
])
def test_salutation_follows_tone_and_title(title, tone, expected):
    assert salutation(Interviewer(name="Pat Jones", email="p@a.example", title=title), tone) == expected
