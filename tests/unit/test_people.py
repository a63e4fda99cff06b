import pytest

from assistant.domain.models import Interviewer
from assistant.domain.people import check_address, parse_interviewer, salutation, split_interviewers
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


@pytest.mark.parametrize("text, title, name, greeting", [
    ("Frau Anna Müller <a@firma.example>", "Frau", "Anna Müller", "Dear Ms. Müller,"),
    ("Herr Karl von Weizsäcker <k@firma.example>", "Herr", "Karl von Weizsäcker", "Dear Mr. von Weizsäcker,"),
    ("Frau Dr. Anna Müller <a@firma.example>", "Frau Dr.", "Anna Müller", "Dear Dr. Müller,"),
    ("Prof. Dr. Eva Weber <e@uni.example>", "Prof. Dr.", "Eva Weber", "Dear Professor Weber,"),
    ("M. Jean Dupont <j@societe.example>", "M.", "Jean Dupont", "Dear Mr. Dupont,"),
    ("Mme Claire Martin <c@societe.example>", "Mme", "Claire Martin", "Dear Ms. Martin,"),
    ("Sr. José García <j@empresa.example>", "Sr.", "José García", "Dear Mr. García,"),
    ("Sra. María de la Cruz <m@empresa.example>", "Sra.", "María de la Cruz", "Dear Ms. de la Cruz,"),
    ("Dra. Ana López <a@empresa.example>", "Dra.", "Ana López", "Dear Dr. López,"),
    ("Prof. Sam Lee <s@uni.example>", "Prof.", "Sam Lee", "Dear Professor Lee,"),
    ("M Pat Jones <p@acme.example>", None, "M Pat Jones", "Dear M Pat Jones,"),   # an initial, not Monsieur
])
def test_titles_in_english_german_french_and_spanish_make_an_english_salutation(text, title, name, greeting):
    person = parse_interviewer(text)
    assert (person.title, person.name) == (title, name)
    assert salutation(person, "formal") == greeting
    assert salutation(person, "casual") == f"Hi {name.split()[0]},"


@pytest.mark.parametrize("text, entries", [
    ("Pat Jones <pat@acme.example>, Bob Lee <bob@acme.example>", ["Pat Jones <pat@acme.example>", "Bob Lee <bob@acme.example>"]),
    ("Ms. Pat Jones <pat@acme.example>; Mr. Bob Lee <bob@acme.example>",
     ["Ms. Pat Jones <pat@acme.example>", "Mr. Bob Lee <bob@acme.example>"]),
    ("Jones, Pat <pat@acme.example>", ["Jones, Pat <pat@acme.example>"]),
])
def test_several_interviewers_in_one_value_are_split(text, entries):
    assert split_interviewers(text) == entries


def test_several_addresses_without_a_separator_are_refused_with_one_sentence():
    with pytest.raises(InputError) as caught:
        split_interviewers("Pat <pat@acme.example> Bob <bob@acme.example>")
    assert caught.value.message == (
        "Interviewer 'Pat <pat@acme.example> Bob <bob@acme.example>' holds several addresses; separate the people "
        "with commas (\"Pat Jones <pat@acme.example>, Lee Wong <lee@acme.example>\") or give --interviewer once each.")


@pytest.mark.parametrize("tone", ["formal", "casual"])
def test_a_person_known_only_by_address_is_greeted_hello_never_by_the_address(tone):
    person = Interviewer(name="dev.lead@globex.example", email="dev.lead@globex.example")
    assert salutation(person, tone) == "Hello,"
