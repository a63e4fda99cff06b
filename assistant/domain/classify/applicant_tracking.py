"""Wording that applicant-tracking and HR systems ship in their mail templates.

Such a system speaks in a few fixed shapes the phrase tables do not all know:
a pipeline status notice that names the new status and nothing else
("Your previous status was Qualifying. Your new status is Client Declined."),
a shortlist notice ("your application has been short listed for a call or an
interview"), a refusal that only says the profile does not match, and the
translated wish-you-well closings of a refusal. Found in the rendered Odoo,
OpenCATS and job-board templates of the real-mail set (tests/data/real).
Each rule has a stable name; one alternative per line.
"""

from __future__ import annotations

import re

from .lang import DECIDING, LANGUAGES
from .lang.frames import VALUE_ENDS
from .model import Evidence
from .rule import any_of

# The status a pipeline notice moves the candidate to, by what it means for them.
_NEW_STATUS = r"\b(?:your )?new status (?:is|:)\s*"
# The broader ways a system names the status (not an offer's own status, which the reader sets):
# "Status: Rejected", "your application status has changed to: Not selected", "moved to Declined".
# (the old status passed over: "status changed from \"Under review\" to \"Not selected\"", stress set 20)
_STATUS_VERB = r"(?: (?:has been|was|is now|is|has))?(?: (?:changed|updated|set|moved))?(?: from \W?[\w -]{1,30}?\W?(?= to\b))?(?: to)?"
_STATUS_NAMED = ("(?:" + any_of(
    r"\b(?<!offer )(?:application |candidate |hiring |selection |final |employer )?"
    + r"(?:status|decision|outcome|result|response|(?:archive|closure|disposition|rejection) reason)"
    + r"(?: of (?:your|the) (?:\w+ )?application)?(?: (?!from\b)\w+){0,2}?" + _STATUS_VERB + r"\s*:?\s*",
    # "Your application ID 55201 (Sales Intern, Madrid) has been moved to …" (stress set 4)
    r"\b(?:application|candidacy|profile)(?: (?:id|ref(?:erence)?|no\.?|number|#)\W*[\w-]+)?"
    + r"(?: \([^)\n]{1,60}\))? (?:(?:has been|was) )?moved to (?:the )?",
    # "has been placed in the "not preselected" category" (stress set 5)
    r"\b(?:placed|put) (?:in|into) the ",
) + r")\W*(?:(?:archived|closed)\W+)?")
_STATUS_WORDS = {
    "rejection": (
        r"not in consideration",
        r"client declined",
        r"declined",
        r"rejected",
        r"refused",
        r"not selected",
        r"not hired",
        r"not admitted",
        r"not interested",
        r"not progressing",
        r"not moving forward",
        r"deselected",
        r"unassigned",
        r"regret",
        r"unsuccessful",
        r"disqualified",
        r"denied",
        r"not accepted",
        r"not approved",
        r"not progressed",
        r"ineligible",
        # the statuses of vetting, casting, onboarding and sifting systems (stress set 5)
        r"not cleared",
        r"stood down",
        r"withdrawn by (?:the )?(?:provider|employer|organi[sz]ation|company|school|recruiter|hiring team)",
        r"deactivated",
        r"not passed",
        r"not cast",
        r"not placed",
        r"not matched",
        r"not pre-?selected",
        r"not shortlisted",
        r"(?:position|role|vacancy) filled(?: by another (?:candidate|applicant))?",
        r"not appointed",
        r"not appointable",
        # a sift's verdict and a job board's tag (stress set 9)
        r"did not meet the (?:minimum )?(?:standard|requirements?|criteria)\b[^\n]{0,80}",
        r"not a (?:match|fit)",
    ),
    "offer": (
        r"offered",
        r"offer extended",
        r"offer made",
        r"placed",
        r"hired",
    ),
    "next_step": (
        r"interviewing",
        r"interview(?: scheduled)?",
        r"assessment",
    ),
    "pending": (
        r"submitted",
        r"qualifying",
        r"in review",
        r"under review",
        r"screening",
        r"wait ?listed",
        r"on (?:the )?wait(?:ing)? ?list",
        r"on hold",
    ),
}
# A notice names the new status; the weight says how plainly the status word decides.
_STATUS_WEIGHT = {"rejection": 0.9, "offer": 0.9, "next_step": 0.9, "pending": 0.6}

_ALTERNATIVES = "|".join
# (rule name, label, weight, pattern) on normalized (lower-cased, single-spaced) text.
_RULES: tuple[tuple[str, str, float, re.Pattern[str]], ...] = tuple(
    (name, label, weight, re.compile(pattern)) for name, label, weight, pattern in (
        *((f"ats.status_change.{label}", label, _STATUS_WEIGHT[label],
           _NEW_STATUS + rf"(?:{_ALTERNATIVES(words)}){VALUE_ENDS}")
          for label, words in _STATUS_WORDS.items()),
        *((f"ats.status_named.{label}", label, _STATUS_WEIGHT[label],
           _STATUS_NAMED + rf"(?:{_ALTERNATIVES(words)})\W?(?: stage| status| column| list| category| pool)?{VALUE_ENDS}")
          for label, words in _STATUS_WORDS.items()),
        # "Test result: FAIL (62/100, pass mark 80)", "Screening visit result: Screen fail" (stress set 5)
        # "Interview: not offered" (stress set 9)
        ("ats.interview_not_offered.rejection", "rejection", 0.9,
         r"(?:^|\n)\W*interview\s*:\s*(?:not offered|not invited|declined by (?:the )?employer)\b"),
        ("ats.test_failed.rejection", "rejection", 0.9,
         r"\b(?:test|exam|assessment|qualification|screening)(?: [\w-]+)? result\s*:\s*(?:fail(?:ed)?|not passed"
         + r"|screen fail(?:ure|ed)?)\b"),
        # then each language's template wording (lang/<code>/templates.py), in CODES order
        *((f"{language.code}.{label}.{meaning}", label, weight, pattern)
          for language in LANGUAGES for meaning, label, weight, pattern in language.template_rules),
    ))
_DECIDING = {language.code for language in DECIDING}


def applicant_tracking_evidence(text: str) -> list[Evidence]:
    """Status notices, shortlist notices and template refusals of applicant-tracking systems."""
    found = []
    for name, label, weight, pattern in _RULES:
        match = pattern.search(text)
        if match:
            quoted = " ".join(match.group(0).split())[:60]
            lang = name.split(".", 1)[0]
            found.append(Evidence(label, weight, f'phrase "{quoted}" ({name})', "phrase",
                                  lang if lang in _DECIDING else "", rule=name))
    return found
