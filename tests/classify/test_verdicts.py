"""Verdicts on the reader (issue 12, after real-mail round 9): a refusal read from its
grammar (the reader or their application, a negation, a word of being let through; or
a word of being kept out; or an organisation unable to let the reader in), so that a
system's own vocabulary ("not eligible for this round", "screened out", "unable to
admit you") is read without a phrase of its own. The sentences are written for this
test; the near misses must stay what they are."""

from __future__ import annotations

import pytest

from assistant.domain.classify import classify_message
from tests.classify.conftest import build


def _read(sentence: str):
    # A bare frame: no thanks, no regret, nothing but the sentence speaks.
    return classify_message(build(f"Dear Alex,\n\n{sentence}\n\nKind regards,\nThe Team\n",
                                  subject="Your application", sender="Recruiting <jobs@northwind.example>"))


@pytest.mark.parametrize(("sentence", "rule"), [
    ("We have determined that you are not eligible for this programme.", "en.rejection.reader_not_let_through"),
    ("After review, we found that you are not a strong candidate for this internship.",
     "en.rejection.reader_not_let_through"),
    ("You were not found qualified for this process.", "en.rejection.reader_not_let_through"),
    ("You have not been placed in the pool for this process.", "en.rejection.reader_not_let_through"),
    ("You didn't make the final cut.", "en.rejection.reader_not_let_through"),
    ("Regrettably your application has not been taken forward.", "en.rejection.reader_not_let_through"),
    ("You have not been matched with an employer this time.", "en.rejection.reader_not_let_through"),
    ("Unfortunately, you are ineligible for the fellowship.", "en.rejection.reader_kept_out"),
    ("Your application has been screened out.", "en.rejection.reader_kept_out"),
    ("Your application has been marked as not suitable.", "en.rejection.reader_kept_out"),
    ("We cannot offer you admission to the bootcamp.", "en.rejection.cannot_let_you_in"),
    ("We were not able to accept you into the program.", "en.rejection.cannot_let_you_in"),
    ("Unfortunately we are not able to admit you to the event this year.", "en.rejection.cannot_let_you_in"),
    ("We were not able to find you a placement.", "en.rejection.cannot_let_you_in"),
    ("We are unable to fund your application.", "en.rejection.cannot_let_you_in"),
    ("Your test score was below the threshold required to continue.", "en.rejection.below_the_mark"),
    ("You did not achieve the pass mark in the online test.", "en.rejection.below_the_mark"),
    ("The employer has reviewed your application and decided it is not right for them.",
     "en.rejection.not_right_for_them"),
    ("Your references were not satisfactory and we cannot proceed.", "en.rejection.references_not_satisfactory"),
    ("It was a very competitive process and we could not offer everyone a place.",
     "en.rejection.not_everyone_got_a_place"),
])
def test_a_verdict_on_the_reader_is_a_rejection(sentence, rule):
    result = _read(sentence)
    assert result.label == "rejection", (sentence, result.reasons)
    assert rule in {finding.rule for finding in result.findings}, (sentence, result.findings)
    assert result.confidence >= 0.6, (sentence, result.reasons)


@pytest.mark.parametrize("sentence", [
    "If you are not selected, we will keep your CV on file.",
    "You have not been selected yet; we are still reviewing applications.",
    "You have not been selected yet.",
    "You are not eligible for the referral bonus as an external applicant, but we are happy to continue with "
    "your interview on Monday.",
    "Good news: you have not been screened out! Your application is moving to the hiring manager.",
    "Your application has not been marked as unsuccessful; it is still with the hiring team.",
    "We cannot offer you a place until we receive your final transcript. Please send it by Friday.",
    "We can't accept you into the programme without a copy of your work permit, so please upload it.",
    "Were you not selected for your dream job? Read our tips on bouncing back.",
    "Thank you for your application. If you do not hear from us within 30 days, please assume that you have "
    "not been successful on this occasion.",
    "Candidates who are unsuccessful at the assessment centre will receive feedback by phone.",
    "You are still being considered and have not been ruled out.",
])
def test_a_near_miss_of_a_verdict_is_not_a_rejection(sentence):
    result = _read(sentence)
    assert result.label != "rejection", (sentence, result.reasons)


def test_the_reader_named_before_and_then_not_eligible_is_a_rejection():
    result = _read("We looked at your dates: you are away for six weeks of the internship, and thus are not "
                   "eligible for this round of the programme.")
    assert result.label == "rejection", result.reasons


@pytest.mark.parametrize(("sentence", "label"), [
    ("Your initial application has been approved. You can pick a project from today.", "next_step"),
    ("Welcome to the contribution period of the spring programme!", "next_step"),
    ("We would like to give you the opportunity to revise your essay answers before Friday.", "next_step"),
    ("Applications are closed and the intern selection will now begin.", "pending"),
    ("Successful applicants will be announced on 7 April.", "pending"),
])
def test_a_verdict_that_lets_the_reader_on_or_is_still_to_come(sentence, label):
    assert _read(sentence).label == label


def test_an_approval_still_to_come_is_not_a_next_step():
    result = _read("Once your application is approved, you will move on to the contribution period.")
    assert result.label != "next_step", result.reasons
