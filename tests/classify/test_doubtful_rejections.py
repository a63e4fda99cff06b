"""Families behind the misses of the fourth held-out part, and the rule for doubtful rejections.

A rejection said only in weak or medium words (below CONFIDENT) yields to
another label's real evidence: a step asked for, an offer, a stated wait,
mail to many or a pitch. Written afresh, not corpus copies.
"""

from __future__ import annotations

import pytest

from assistant.domain.classify import classify_message

REFERRED_SOMEONE = [  # third person: the reader referred or vouched for someone
    "Hi Ines,\n\nThanks for referring your cousin Malik. We won't be moving forward with Malik's application, as we need more Salesforce depth.\n\nBea",
    "Hi Ines,\n\nThank you for recommending Oskar. Sadly he wasn't selected for the warehouse lead role.\n\nBea",
    "Hi Ines,\n\nThanks so much for being a reference for Tara. We've decided to go with another applicant for the post.\n\nBea",
]
REOPENED = [  # the chosen person withdrew: the thread reopens with a step
    "Hi Felix,\n\nOur selected candidate has pulled out. Would you be open to a final interview with the director on Thursday?\n\nNina",
    "Hi Felix,\n\nThe preferred candidate declined our offer, so would you be available for a second conversation next week?\n\nNina",
    "Hi Felix,\n\nOur chosen applicant withdrew. Would you be up for a follow-up call with the founders?\n\nNina",
]
OFFER_WITH_PAPERWORK = [
    "Dear Ruth,\n\nThank you for your email. I am pleased to offer you the post of deputy head; our office will write to you with the contract next week.\n\nMr Allen",
    "Hi Ruth,\n\nThanks for your note! We're delighted to offer you the position. HR will be in touch by Friday with the paperwork.\n\nJon",
    "Dear Ruth,\n\nI'm very happy to offer you the role of site manager, subject to references. We will contact you shortly about a start date.\n\nPaula",
]
STATED_WAIT = [
    "Dear Mr Osei,\n\nThank you for attending. Decisions are expected within two weeks.\n\nHR",
    "Dear Mr Osei,\n\nThe panel meets again on Monday. You will be notified in writing of the outcome.\n\nHR",
    "Dear Mr Osei,\n\nThank you for your interview. Results are expected by the end of the month.\n\nHR",
]
INFORMAL_PASS = [
    "hey Cal,\n\nunfortunatley we're going to pass for the backend role, we need more Go. good luck!\nmo",
    "Cal - we've decided to pass on the data lead position, the team went with someone more senior. cheers, mo",
    "hi cal, honestly we landed on a candidate with more retail background, so we'll stop there. thanks!\nmo",
]
SYSTEM_MAIL_AFTER_INTERVIEWS = [
    "Dear Yara,\n\nWe appreciate the time you spent meeting our lab team. We have decided to progress with other candidates.\n\nTalent Acquisition",
    "Dear Yara,\n\nThank you for the interest you have shown in Corvell. We have decided to move forward with other candidates for this vacancy.\n\nTalent Acquisition",
    "Dear Yara,\n\nWe value the time you gave to our interviews. On this occasion another applicant better met the criteria.\n\nTalent Acquisition",
]
# The rule: doubtful rejection words lose to real evidence of another label...
DOUBTFUL_YIELDS = [
    ("next_step", "Hi Gil,\n\nSorry to say our Tuesday slot fell through. Could you send us your availability for the panel interview next week?\n\nIvy"),
    ("next_step", "Hi Gil,\n\nI'm afraid I have to reschedule. We'd like to invite you to meet the CFO - are you free Friday at 3pm?\n\nIvy"),
    ("other", "Hi Gil,\n\nThanks for referring your brother. We're looking for someone with more audit depth, so we won't be moving forward with his application.\n\nIvy"),
]
# ...but a doubtful rejection with no rival of real weight stays a rejection.
DOUBTFUL_STAYS = [
    "Hi Gil,\n\nThanks for coming in. Sadly it's not a match for us this time. All the best with the search.\n\nIvy",
    "Hi Gil,\n\nWe regret to inform you that the panel has chosen another applicant.\n\nIvy",
    "Hi Gil,\n\nUnfortunately we went the other way on this one. Best of luck!\n\nIvy",
]


def _label(mail, body, **kw):
    return classify_message(mail(body, **kw)).label


@pytest.mark.parametrize("body", REFERRED_SOMEONE)
def test_someone_the_reader_referred_is_not_the_reader(mail, body):
    assert _label(mail, body, subject="Your referral") == "other"


@pytest.mark.parametrize("body", REOPENED)
def test_withdrawn_choice_reopens_with_a_step(mail, body):
    assert _label(mail, body) == "next_step"


@pytest.mark.parametrize("body", OFFER_WITH_PAPERWORK)
def test_strong_offer_beats_a_promise_to_write(mail, body):
    assert _label(mail, body) == "offer"


@pytest.mark.parametrize("body", STATED_WAIT)
def test_expected_decisions_are_pending(mail, body):
    assert _label(mail, body) == "pending"


@pytest.mark.parametrize("body", INFORMAL_PASS)
def test_informal_passes_are_rejections(mail, body):
    assert _label(mail, body) == "rejection"


@pytest.mark.parametrize("body", SYSTEM_MAIL_AFTER_INTERVIEWS)
def test_bulk_system_mail_that_names_the_interviews_decides(mail, body):
    headers = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}
    assert _label(mail, body, headers=headers, subject="Regarding your application") == "rejection"


@pytest.mark.parametrize("want,body", DOUBTFUL_YIELDS)
def test_doubtful_rejection_yields_to_real_evidence(mail, want, body):
    assert _label(mail, body) == want


@pytest.mark.parametrize("body", DOUBTFUL_STAYS)
def test_doubtful_rejection_without_rival_stays(mail, body):
    assert _label(mail, body) == "rejection"
