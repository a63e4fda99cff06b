"""Automatic answers the phrase tables do not cover: other languages, challenge-response, unmonitored inboxes.

The phrase tables (phrases_en … phrases_es) hold the four languages the
decisions are read in. An out-of-office note arrives in whatever language its
writer uses, so the absence wording of more languages is recognised here, and
so are two kinds of robot answer real mail has: challenge-response filters
("verify you are human before your message is delivered") and inboxes that
say nobody reads them. Each rule has a stable name.
"""

from __future__ import annotations

import re

from .model import Evidence

# (rule name, weight, pattern) on normalized (lower-cased, single-spaced) text.
_RULES: tuple[tuple[str, float, re.Pattern[str]], ...] = tuple(
    (name, weight, re.compile(pattern)) for name, weight, pattern in (
        ("xx.auto_reply.challenge_response", 0.9,
         r"\b(?:verify|confirm|prove) (?:that )?you(?:'re| are) (?:a )?(?:human|real person|not a (?:robot|bot|spammer))\b"
         # (not "the allowed senders list" alone: policy failures name it too — a sender is asked to act here)
         r"|\bchallenge[- ]response\b"
         r"|\badd(?:ed)? (?:you |your address )?to (?:my|the|our) (?:list of )?(?:approved|trusted|allowed) senders\b"
         r"|\bsender verification\b|\bboxbe\b|\bspam ?arrest\b|\bsender not pre-?approved\b"
         r"|\b(?:add yourself|be added) to my (?:\w+ )?(?:guest|approved|allowed|safe|white) ?(?:list|senders)\b"
         r"|\b(?:have|get) your (?:e-?mail )?address added to (?:the recipient's|my|their) (?:\w+ )?(?:guest|approved|allowed|safe|white) ?list\b"
         r"|\bthis (?:account|mailbox|inbox) is protected by \w+\b[^.]{0,80}\.\s*please (?:click|follow|visit|reply)"
         r"|\byour (?:message|e-?mail) (?:is|has been|will be) (?:held|kept|on hold|quarantined)\b[^.]{0,80}\bverif"),
        ("en.auto_reply.unmonitored_inbox", 0.6,
         # (the plain "inbox is not monitored" is a phrase of phrases_en already)
         r"\b(?:inbox|mailbox|e-?mail address|address|account)(?: that| which) (?:is|are) not (?:actively |regularly |being |currently )*"
         r"(?:monitored|checked|read|attended|staffed)\b"
         r"|\b(?:inbox|mailbox|e-?mail address|address|account) (?:is|are) not (?:actively|regularly|currently|always) (?:being )?"
         r"(?:monitored|checked|read|attended|staffed)\b"
         r"|\breplied to an? (?:unmonitored|unattended|no-?reply|automated) (?:inbox|mailbox|address|e-?mail)\b"
         r"|\breplies (?:to|sent to) this (?:address|e-?mail|inbox|mailbox) (?:are|will) not (?:be )?(?:read|monitored|answered|seen)\b"),
        ("nl.auto_reply.away", 0.9,
         r"\bik ben (?:momenteel |tot en met \S+ |t/m \S+ |vanaf \S+ )?(?:afwezig|niet aanwezig|niet op kantoor|op vakantie|met vakantie|met verlof)\b"
         r"|\bben (?:ik )?(?:weer|vanaf \S+) (?:aanwezig|bereikbaar|op kantoor)\b|\bafwezig (?:tot|van|t/m)\b"),
        ("pl.auto_reply.away", 0.9,
         r"\bjestem (?:obecnie |aktualnie )?(?:nieobecn[ya]|na urlopie|poza biurem|niedost[ęe]pn[ya])\b"
         r"|\bnieobecn[ya] (?:do|w dniach|od)\b|\bwracam (?:do biura )?(?:w dniu|dnia|\d)"),
        ("it.auto_reply.away", 0.9,
         r"\bsono (?:attualmente |momentaneamente )?(?:fuori (?:sede|ufficio)|assente|in ferie|in vacanza|in malattia)\b"
         r"|\brientrer[òo] (?:in ufficio )?(?:il|lunedì|martedì|mercoledì|giovedì|venerdì|\d)|\bsar[òo] di nuovo (?:in ufficio|disponibile)\b"),
        ("pt.auto_reply.away", 0.9,
         r"\b(?:estou|estarei|encontro-me) (?:ausente|de f[ée]rias|fora do escrit[óo]rio|de licen[çc]a)\b"
         r"|\bretorno (?:ao escrit[óo]rio )?(?:no dia|em|a partir de)\b"),
        ("nordic.auto_reply.away", 0.9,
         r"\b(?:jeg er|jag är|eg er) (?:på (?:ferie|semester|kurs)|fraværende|frånvarande|ledig|bortrejst|ikke på kontoret|inte på kontoret)\b"
         r"|\b(?:er|är) tilbake? (?:på kontoret )?(?:den|igen|\d)|\bolen (?:lomalla|poissa)\b"),
    ))
# "I will reply as soon as possible": with Precedence bulk or junk, the mark of a vacation program.
_PROMISE = re.compile(
    r"\b(?:i|we)(?: will|'ll)(?: (?:endeavou?r|try|aim|do (?:my|our) best) to)? (?:reply|respond|answer|get back to you|get back|be in touch|contact you|read (?:it|your \w+))"
    r"(?: to (?:you|your \w+))?(?: (?:as soon as (?:possible|i can|i am able)|asap|shortly|at (?:my|the) earliest (?:convenience|opportunity)))"
)


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
