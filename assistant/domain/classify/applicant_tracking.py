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

from .model import Evidence

# The status a pipeline notice moves the candidate to, by what it means for them.
_NEW_STATUS = r"\b(?:your )?new status (?:is|:)\s*"
_STATUS_WORDS = {
    "rejection": (
        r"not in consideration",
        r"client declined",
        r"declined",
        r"rejected",
        r"refused",
        r"not selected",
        r"unsuccessful",
        r"disqualified",
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
    ),
}
# A notice names the new status; the weight says how plainly the status word decides.
_STATUS_WEIGHT = {"rejection": 0.9, "offer": 0.9, "next_step": 0.9, "pending": 0.6}

_ALTERNATIVES = "|".join
# (rule name, label, weight, pattern) on normalized (lower-cased, single-spaced) text.
_RULES: tuple[tuple[str, str, float, re.Pattern[str]], ...] = tuple(
    (name, label, weight, re.compile(pattern)) for name, label, weight, pattern in (
        *((f"ats.status_change.{label}", label, _STATUS_WEIGHT[label],
           _NEW_STATUS + rf"(?:{_ALTERNATIVES(words)})(?=\s*(?:[.,;!\n]|$))")
          for label, words in _STATUS_WORDS.items()),
        ("en.rejection.profile_does_not_match", "rejection", 0.9, _ALTERNATIVES((
            r"\byour (?:profile|background|experience|skill ?set|application|resume|cv)(?: \w+){0,2} (?:does not|doesn't|did not|didn't)"
            + r" (?:quite |fully |really )?(?:match|fit|meet|suit|correspond)(?: with| to)? (?:our|the) (?:current )?(?:"
            + r"needs|requirements|criteria|profile we are looking for)\b",
        ))),
        ("en.next_step.shortlisted_for_interview", "next_step", 0.9, _ALTERNATIVES((
            r"\b(?:application|profile|resume|cv|you)(?: \w+){0,2} (?:has|have|was|were) been short[- ]?listed for (?:a|an|the) (?:\w+ ){0,2}?(?:"
            + r"call|interview|phone screen|conversation|meeting)\b",
        ))),
        ("en.next_step.contact_to_plan_next_steps", "next_step", 0.9, _ALTERNATIVES((
            r"\b(?:contact|call|reach out to|get in touch with) you\b[^.\n]{0,40}? to "
            r"(?:plan|arrange|schedule|organi[sz]e|set up|discuss) (?:the )?next steps?\b",
        ))),
        ("en.pending.application_entered_for_review", "pending", 0.6, _ALTERNATIVES((
            r"\byour application has been (?:received|entered|submitted|logged|recorded)"
            + r"\b[^.\n]{0,60}?\b(?:will|'ll) (?:review|look at|assess|consider) (?:it|your application)\b",
        ))),
        ("de.next_step.engere_auswahl", "next_step", 0.9, _ALTERNATIVES((
            r"(?<!nicht )\bin die engere auswahl (?:für|zu) (?:\w+ ){0,4}?"
            r"(?:anruf|gespräch|vorstellungsgespräch|interview|telefonat|kennenlernen)\b",
        ))),
        ("es.next_step.preseleccion", "next_step", 0.9, _ALTERNATIVES((
            r"(?<!no )\b(?:se )?preseleccion\w* para (?:una|un|la|el) (?:\w+ ){0,2}?"
            r"(?:llamada|entrevista|reunión|videollamada|conversación)\b",
        ))),
        # Medium, as the English "wish you all the best in your future endeavors":
        # a refusal that never says no, held for the user to confirm.
        ("de.rejection.wish_well_future_plans", "rejection", 0.6, _ALTERNATIVES((
            r"\bfür (?:ihre|deine) (?:zukünftigen|weiteren|künftigen)"
            + r" (?:vorhaben|pläne|wege|schritte) wünschen? (?:wir|ich) (?:ihnen|dir) (?:alles gute|viel erfolg)\b",
            r"\bwünschen? (?:wir|ich) (?:ihnen|dir) (?:alles gute|viel erfolg) (?:für|bei) (?:ihre|deine) (?:zukünftigen|weiteren|künftigen)"
            + r" (?:vorhaben|pläne|wege|schritte)\b",
        ))),
        ("es.rejection.wish_well_future_projects", "rejection", 0.6, _ALTERNATIVES((
            r"\b(?:le|te|les) deseamos (?:lo mejor|mucho éxito|éxito|suerte|mucha suerte)"
            + r" en (?:sus|tus) (?:futuros|próximos) (?:proyectos|retos|pasos|desafíos|emprendimientos)\b",
        ))),
    ))


def applicant_tracking_evidence(text: str) -> list[Evidence]:
    """Status notices, shortlist notices and template refusals of applicant-tracking systems."""
    found = []
    for name, label, weight, pattern in _RULES:
        match = pattern.search(text)
        if match:
            quoted = " ".join(match.group(0).split())[:60]
            lang = name.split(".", 1)[0]
            found.append(Evidence(label, weight, f'phrase "{quoted}" ({name})', "phrase",
                                  lang if lang in ("en", "de", "fr", "es") else "", rule=name))
    return found
