"""Names as people sign them, and phone numbers as people write them (domain/spelling.py, domain/phone.py)."""

from __future__ import annotations

import pytest

from assistant.domain.phone import parse_phone
from assistant.domain.spelling import signed_name, spelled_differently


@pytest.mark.parametrize(("display", "name"), [
    ("Katharine Smith", "Katharine Smith"),
    ("\"Smith, Katharine\"", "Katharine Smith"),          # directory order turned round
    ("Dr. Katharine Smith", "Katharine Smith"),            # the title is not part of the name
    ("Katharine Smith (Northwind)", "Katharine Smith"),    # the company in brackets
    ("Katharine Smith | Northwind Talent", "Katharine Smith"),
    ("Katharine", None),                                   # one word: nothing to compare
    ("k.smith@northwind.example", None),                   # an address is no name
    ("", None),
])
def test_the_name_is_read_from_a_display_name(display: str, name: str | None) -> None:
    assert signed_name(display, "k.smith@northwind.example") == name


@pytest.mark.parametrize(("typed", "signed", "differs"), [
    ("Katherine Smith", "Katharine Smith", True),       # a letter changed
    ("Kate Smith", "Katharine Smith", True),            # a nickname
    ("Anna Muller", "Anna Müller", True),               # accents the person writes, left out
    ("Anna Müller", "Anna Muller", False),              # accents the mail system dropped
    ("Anna Müller", "ANNA MÜLLER", False),              # case only
    ("katharine smith", "Katharine Smith", False),
    ("Anna Weber", "Anna Maria Weber", False),          # a middle name on one side only
    ("María de la Cruz", "María Cruz", False),
    ("Pat Jones", "Pat Jones", False),
])
def test_only_a_real_difference_of_spelling_is_flagged(typed: str, signed: str, differs: bool) -> None:
    assert spelled_differently(typed, signed) is differs


@pytest.mark.parametrize(("typed", "kept"), [
    ("+1 555 0100", "+1 555 0100"),
    ("+49 (0)30 1234-567", "+49 (0)30 1234-567"),
    ("030  1234567", "030 1234567"),
    ("+1 555 0100 x12", "+1 555 0100 x12"),
    ("(555) 010.0199", "(555) 010.0199"),
])
def test_a_phone_number_is_kept_as_written(typed: str, kept: str) -> None:
    assert parse_phone(typed) == kept


@pytest.mark.parametrize("typed", ["call me maybe", "12345", "+1 555 0100 0100 0100 01", "555-CALL-NOW", ""])
def test_what_is_not_a_phone_number_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_phone(typed)
