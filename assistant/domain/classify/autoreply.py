"""Automatic answers the phrase tables do not cover: other languages, challenge-response, unmonitored inboxes.

The phrase tables (lang/<code>/phrases.py) hold the languages the
decisions are read in. An out-of-office note arrives in whatever language its
writer uses, so each language folder may also name its absence wording
(`autoreply_rules`: "ik ben afwezig", an English inbox nobody reads); they
are read here, together with one robot answer real mail has:
challenge-response filters ("verify you are human before your message is
delivered"), named by the vendor's notice rather than by a language. Each
rule has a stable name.
"""

from __future__ import annotations

import re

from .lang import LANGUAGES, words
from .model import Evidence
from .rule import any_of

# (rule name, weight, pattern) on normalized (lower-cased, single-spaced) text.
_CHALLENGE_RESPONSE: tuple[tuple[str, float, str], ...] = (
    ("xx.auto_reply.challenge_response", 0.9,
     any_of(
         r"\b(?:verify|confirm|prove) (?:that )?you(?:'re| are) (?:a )?(?:human|real person|not a (?:robot|bot|spammer))\b",
         # (not "the allowed senders list" alone: policy failures name it too — a sender is asked to act here)
         r"\bchallenge[- ]response\b",
         r"\badd(?:ed)? (?:you |your address )?to (?:my|the|our) (?:list of )?(?:approved|trusted|allowed) senders\b",
         r"\bsender verification\b|\bboxbe\b|\bspam ?arrest\b|\bsender not pre-?approved\b",
         r"\b(?:add yourself|be added) to my (?:\w+ )?(?:guest|approved|allowed|safe|white) ?(?:list|senders)\b",
         r"\b(?:have|get) your (?:e-?mail )?address added to (?:the recipient's|my|their) (?:\w+ )?(?:guest|approved|allowed|safe|white) ?list\b",
         r"\bthis (?:account|mailbox|inbox) is protected by \w+\b[^.]{0,80}\.\s*please (?:click|follow|visit|reply)",
         r"\byour (?:message|e-?mail) (?:is|has been|will be) (?:held|kept|on hold|quarantined)\b[^.]{0,80}\bverif",
     )),
)
# Then the absence wording of every language (lang/<code>/__init__.py: autoreply_rules), in CODES order.
_RULES: tuple[tuple[str, float, re.Pattern[str]], ...] = tuple(
    (name, weight, re.compile(pattern)) for name, weight, pattern in (
        *_CHALLENGE_RESPONSE,
        *((f"{language.code}.auto_reply.{meaning}", weight, pattern)
          for language in LANGUAGES for meaning, weight, pattern in language.autoreply_rules),
    ))
# "I will reply as soon as possible" (lang/<code>: reply_promises): with Precedence bulk
# or junk, the mark of a vacation program.
_PROMISE = re.compile(words("reply_promises"))


def autoreply_evidence(text: str) -> list[Evidence]:
    """Absence wording in more languages, challenge-response and unmonitored-inbox notices."""
    found = []
    for name, weight, pattern in _RULES:
        match = pattern.search(text)
        if match:
            quoted = " ".join(match.group(0).split())[:60]
            found.append(Evidence("auto_reply", weight, f'phrase "{quoted}" ({name})', "phrase",
                                  name.split(".", 1)[0] if name[:2] != "xx" else "", rule=name))
    return found


def challenge_response(text: str) -> Evidence | None:
    """A challenge-response filter's notice, also when it comes dressed as a delivery report
    (Boxbe sends "Action: failed" while the message waits for the sender to confirm)."""
    name, weight, pattern = _RULES[0]
    match = pattern.search(text)
    if match is None:
        return None
    return Evidence("auto_reply", weight, f'phrase "{" ".join(match.group(0).split())[:60]}" ({name})', "phrase",
                    rule=name)


def bulk_promise(text: str, bulk: bool) -> Evidence | None:
    """Precedence bulk/junk together with a promise to answer later: a vacation program's reply."""
    if not bulk:
        return None
    match = _PROMISE.search(text)
    if match is None:
        return None
    return Evidence("auto_reply", 0.9, f'header Precedence bulk/junk with "{match.group(0)}"', "header",
                    rule="header.precedence_with_promise")
