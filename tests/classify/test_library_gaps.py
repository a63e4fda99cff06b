"""Gaps of the reply-parsing libraries we use, written as their own test suites
would write them, so that an upstream fix shows up here (and our workaround in
assistant/domain/classify/quotes.py can go).

Each test asserts the library's present behaviour on a shape real mail has;
the test beside it asserts that our stripping handles the same text.
"""

from __future__ import annotations

import quotequail
from mailparser_reply import EmailReplyParser

from assistant.domain.classify.quotes import strip_quotes

NO_COLON = ("Thanks, that works for me.\n\n"
            "On Wed, 14 Nov 2018 08:14:43 -0200 John Doe <john@doe.example.com> wrote\n\n"
            "When are you available?")
NO_VERB = ("Thanks, that works for me.\n\n"
           "2017-11-24 16:32 GMT+01:00 Jane Doe <jane@mail.example.com>:\n\nTest")
ZOHO = ("Thanks, that works for me.\n\n"
        "---- On Wed, 24 Feb 2021 14:02:50 +0530 john@example.com wrote ----\n\nJava sucks")
BOTTOM_POSTED = ("On Jun 17, 2017, at 14:15, Val <test@example.com> wrote:\n"
                 "> Are you free Tuesday?\n\nYes, Tuesday works.")


def _latest(text: str) -> str:
    return EmailReplyParser(languages=["en", "de", "fr", "es"]).read(text).latest_reply


def test_mailparser_reply_does_not_split_at_attribution_without_colon():
    assert "When are you available?" in _latest(NO_COLON)


def test_mailparser_reply_does_not_split_at_attribution_without_verb():
    assert "Test" in _latest(NO_VERB).split("\n")


def test_mailparser_reply_does_not_split_at_zoho_separator():
    assert "Java sucks" in _latest(ZOHO)


def test_quotequail_does_not_see_attribution_without_colon_or_verb():
    for text in (NO_COLON, NO_VERB, ZOHO):
        assert len(quotequail.quote(text)) == 1  # one unquoted block: no quote found


def test_quotequail_counts_a_bottom_posted_reply_as_part_of_the_quote():
    parts = quotequail.quote(BOTTOM_POSTED)
    assert parts[-1] == (False, "> Are you free Tuesday?\n\nYes, Tuesday works.")


def test_our_stripping_handles_what_the_libraries_miss():
    assert strip_quotes(NO_COLON) == "Thanks, that works for me."
    assert strip_quotes(NO_VERB) == "Thanks, that works for me."
    assert strip_quotes(ZOHO) == "Thanks, that works for me."
    assert strip_quotes(BOTTOM_POSTED) == "Yes, Tuesday works."
