"""The gist of a message no phrase family recognised.

Phrase families say exactly how employers word a decision; people keep
finding new words. When no family speaks, the message is read once more for
the *kinds* of words each answer is made of: a rejection thanks for the
time, regrets, and names a choice already made or a step refused; a next
step names a meeting, a day and asks when; an offer talks of a contract,
money and a welcome; a pending answer says "not yet" and "soon". A label is
given only when several different kinds agree, and never with confidence
(the user confirms), so the gist can fill a silence but not overrule words.
"""

from __future__ import annotations

import re

from .lang import vocabulary
from .model import Evidence

_SLOT = re.compile(r"<<([a-z_.]+)>>")


def _cues(label: str, *frames: tuple[str, str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each kind's frame with its <<slots>> filled from the language folders."""
    return tuple((kind, re.compile(_SLOT.sub(lambda m: vocabulary("gist_words", f"{label}.{m.group(1)}"), frame)))
                 for kind, frame in frames)


# (kind of word, frame); a label counts how many different kinds it finds. The
# words are the languages' own (lang/<code>/gist.py); a frame says how they combine.
CUES: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "rejection": _cues(
        "rejection",
        ("regret", r"\b(?:<<regret>>)\b"),
        ("someone else", r"\b(?:<<someone_else>>) (?:\w+ )?(?:<<someone_else_what>>)s?\b"),
        ("refused step", r"(?:<<refusing>>)(?: \w+){0,3} (?:<<refused_step>>)\b"),
        ("choice made", r"<<choice_made>>"),
        ("thanks for trying", r"<<thanks_for_trying>>"),
        ("farewell", r"\b(?:<<farewell>>)\b"),
        ("misfit", r"\b(?:<<misfit>>)\b"),
    ),
    "next_step": _cues(
        "next_step",
        ("meeting", r"\b(?:<<meeting>>)s?\b"),
        ("when", r"\b(?:<<when>>)\b|\b\d{1,2}(?::\d{2})? ?(?:<<clock>>)\b"),
        ("availability", r"\b(?:<<availability_of>>)\b[^.?!\n]{0,40}\b(?:<<availability>>)\b"
                         r"|\b(?:<<availability_noun>>)\b"),
        ("who you meet", r"\b(?:<<who_you_meet>>)\b"),
        ("task", r"\b(?:<<task>>)\b"),
        ("asking", r"\?"),
        ("going on", r"\b(?:<<going_on>>)\b"),
    ),
    "offer": _cues(
        "offer",
        ("offer", r"\b(?:<<offer>>)\b"),
        ("contract", r"\b(?:<<contract>>)\b"),
        ("money", r"\b(?:<<money>>)\b|[$£€] ?\d"),
        ("start", r"\b(?:<<start>>)\b"),
        ("welcome", r"\b(?:<<welcome>>)\b"),
        ("joy", r"\b(?:<<joy>>)\b"),
        ("signature", r"\b(?:<<signature>>)\b"),
    ),
    "pending": _cues(
        "pending",
        ("not yet", r"\b(?:<<not_yet>>)\b"),
        ("soon", r"\b(?:<<soon>>)\b"),
        ("news", r"\b(?:<<news>>)\b"),
        ("still", r"\b(?:<<still>>)\b"),
        ("slow", r"\b(?:<<slow>>)\b"),
        ("deciding", r"\b(?:<<deciding>>)\b"),
        ("shortlist", r"\b(?:<<shortlist>>)\b"),
    ),
}
# How many different kinds of words a label needs; rejection needs most.
_NEEDED = {"rejection": 3, "next_step": 3, "offer": 3, "pending": 2}
_PRIORITY = ("rejection", "offer", "next_step", "pending")
WEIGHT = 0.45  # below ENOUGH's confidence bands: a guess the user settles


def gist(text: str) -> Evidence | None:
    """The one label several kinds of words agree on, or None."""
    found = {label: [name for name, pattern in cues if pattern.search(text)]
             for label, cues in CUES.items()}
    ahead = {label: len(kinds) - _NEEDED[label] for label, kinds in found.items()}
    step = set(found["next_step"])
    if not ({"asking", "availability"} & step and {"when", "availability", "task"} & step):
        ahead["next_step"] = -1  # a next step asks about a time or a task, not just a chat
    best = max(_PRIORITY, key=lambda label: (ahead[label], -_PRIORITY.index(label)))
    if ahead[best] < 0 or sum(1 for label in _PRIORITY if ahead[label] == ahead[best]) > 1:
        return None
    kinds = ", ".join(found[best])
    return Evidence(best, WEIGHT, f"gist: words of a {best.replace('_', ' ')} ({kinds})", "structure",
                    rule=f"gist.{best}")
