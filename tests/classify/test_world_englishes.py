"""English as hiring mail writes it around the world.

The fifteenth written stress set (tests/data/stress/set15.txt), all in English from nineteen
regions, read 149 of its 167 refusals on first sight and took 10 of its 167 near misses for
refusals. Its misses were regional idioms ("not recommended your name for selection", "your
candidature will not be processed further", "decided not to push through with your application",
"we have decided for another applicant", "your profile is not matching to our requirement") and a
general statement that reached across a comma to "you" ("all applications received, we regret to
inform you that you …"). Its near misses: a changed venue regretted, a request withdrawn "as per
your request", rules for late or incomplete applications, a recruitment on hold pending a review,
a colleague's result. Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from tests.classify.test_frames import _read

REFUSALS = [
    ('en', 'With reference to your interview on 3rd instant, the committee has not recommended your name for selection.'),
    ('en', 'Please be informed that your candidature will not be processed further as the requirement is closed.'),
    ('en', 'The post of Stores Clerk has been abolished following the restructuring and will not be filled.'),
    ('en', 'Management has decided not to engage your services at this time.'),
    ('en', 'You did not meet the qualification standards for the position.'),
    ('en', 'The client has decided not to push through with your application.'),
    ('en', 'Following the results of your pre-employment checks, we are unable to proceed with your employment.'),
    ('en', 'We have decided for another applicant whose experience fits better.'),
    ('en', 'After the interviews, our decision has fallen on another candidate.'),
    ('en', 'Your profile does not fit with the requirements of this vacancy.'),
    ('en', 'Your qualifications are not matching with the requirement of the role.'),
    ('en', "The manager's feedback was not positive, so we stop here for this role."),
    ('en', 'We are very sorry that we cannot meet your expectations this time.'),
    ('en', 'We examined the test results and the result was not to pass.'),
    ('en', 'After careful consideration of all applications received, we regret to inform you that you have not been shortlisted.'),
]

NOT_REFUSALS = [
    ('en', 'As per your request, your application for the post of Driver has been withdrawn.'),
    ('en', 'We regret that the venue for your interview has changed; kindly report to the Westlands office.'),
    ('en', 'We regret that our system lost your test answers; please retake the test with the new link.'),
    ('en', 'Applicants who fail to turn up for the interview without prior notice will not be considered for future vacancies.'),
    ('en', 'Please note that applications received after the closing date will not be accepted.'),
    ('en', 'Applications that do not include a copy of the work permit or proof of permanent residency will not be considered.'),
    ('en', 'The recruitment has been put on hold pending the budget review; you will be informed of any change.'),
    ('en', 'Your colleague Ms. Okafor was not chosen, but we would like to invite you to a second interview.'),
    ('en', 'Sorry, we cannot accept your request to do the interview on a Saturday. Can you come on Monday?'),
    ('en', 'Please contact your account manager to update your login details.'),
]


@pytest.mark.parametrize(("lang", "sentence"), REFUSALS)
def test_a_refusal_in_a_regional_english_is_read(lang, sentence):
    result = _read(sentence, lang)
    assert result.label == "rejection", (sentence, result.reasons)


@pytest.mark.parametrize(("lang", "sentence"), NOT_REFUSALS)
def test_a_near_miss_in_a_regional_english_is_no_refusal(lang, sentence):
    result = _read(sentence, lang)
    assert result.label != "rejection", (sentence, result.reasons)
