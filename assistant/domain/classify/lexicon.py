"""Phrase evidence: tiered phrase tables per language, matched negation-aware.

A phrase belongs to a tier: *strong* phrases decide on their own, *medium*
ones nearly so, *weak* ones ("unfortunately", "other candidates") only count
when something else agrees. Positive phrases ("offer you the position",
"invite you to a second interview") are dropped when the clause negates them
("we are not able to offer you the position"); the negated forms are phrases
of their own in the label they really mean. A decision phrase inside a
condition ("if we decide not to move forward") counts as weak only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import phrases_de, phrases_en, phrases_es, phrases_fr
from .cues import cues
from .model import Evidence

WEIGHTS = {"strong": 0.9, "medium": 0.6, "weak": 0.25}
_TABLES = {"en": phrases_en.PHRASES, "de": phrases_de.PHRASES,
           "fr": phrases_fr.PHRASES, "es": phrases_es.PHRASES}

# Clause boundaries: a negation or condition before one does not reach past it.
_BOUNDARY = re.compile(r"[.!?;:\n]|\b(?:but|however|aber|jedoch|mais|cependant|pero|sin embargo)\b")
_NEGATION = re.compile(
    r"(?:\b(?:not|no|never|cannot|unable|neither|nor|nicht|kein|keine|keinen|keinem|"
    r"keiner|keines|nie|niemals|ne|pas|jamais|aucun|aucune|nunca|tampoco|ni)\b|n't\b|\bn')"
)
# Idioms that contain a negation word without negating what follows.
_IDIOMS = re.compile(r"\b(?:no (?:worries|problem|doubt)|not only|no matter|nicht nur|non seulement|no solo|no sólo|ne \w+ que)\b")
_CONDITION = re.compile(
    r"\b(?:if|whether|in case|unless|in the event|wenn|falls|ob|sofern|si|au cas|en cas|en caso)\b"
)
# "you applied last year and were not selected": a mention of an old outcome.
_EARLIER = re.compile(
    r"\b(?:last (?:year|month|time|spring|summer|autumn|fall|winter)|previously|in the past|"
    r"earlier this year|a while ago|previous (?:application|role|opening|position|process)|"
    r"letztes jahr|letzten jahr|l'année dernière|précédente candidature|el año pasado)\b"
)
# "completing the take-home", "your coding test": the step already happened.
_DONE_BEFORE = re.compile(
    r"(?:complet\w*|submitt\w*|submission of|finish\w*|did|done|reviewed|reviewing|"
    r"feedback on|results? of|your|for the|bearbeitung|eingereicht\w*|ihre|ihrer|"
    r"votre|du|de votre|tu|su|tus|sus)\s+(?:the |your |our |this |the \w+ |der |die |das |le |la |l'|el |la )?$"
)
# "extended an offer to another candidate": someone else got it.
_TO_SOMEONE_ELSE = re.compile(
    r"^\s*(?:\w+ ){0,3}(?:to|for|à|a|an) (?:another|a different|an internal|an? other|"
    r"someone|somebody|one of|einen anderen|eine andere|un autre|une autre|otro|otra)"
)


# Frequent function words, to skip the tables of languages a text is not in.
_STOPWORDS = {
    "en": re.compile(r"\b(?:the|and|you|your|we|to|of|for|with|is|are|have|this|that|be|will|our)\b"),
    "de": re.compile(r"\b(?:der|die|das|und|sie|ihre|ihnen|wir|nicht|mit|für|ist|uns|eine?|zu|dass|du|dir|dich|leider)\b"),
    "fr": re.compile(r"\b(?:le|la|les|et|vous|votre|nous|pour|avec|est|une?|des|pas|que|du|au)\b"),
    "es": re.compile(r"\b(?:el|la|los|las|y|tu|su|usted|nosotros|para|con|es|una?|que|del|por|te|le|hemos)\b"),
}


def languages_of(text: str) -> tuple[str, ...]:
    """The languages a text is written in, by function-word counts.

    Any language with at least a third of the leader's count is kept, so
    mixed mail keeps both tables; very short text keeps all of them.
    """
    counts = {lang: len(pattern.findall(text)) for lang, pattern in _STOPWORDS.items()}
    top = max(counts.values())
    if top < 4:
        return tuple(_TABLES)
    return tuple(lang for lang, n in counts.items() if n * 3 >= top)


@dataclass(frozen=True)
class Phrase:
    """One phrase family: a pattern, what it means and how sure it is."""

    label: str
    tier: str
    lang: str
    pattern: re.Pattern
    negatable: bool
    done_sensitive: bool
    someone_else_sensitive: bool
    cues: frozenset[str] | None  # one of these is in every match (a fast prefilter)


@lru_cache(maxsize=1)
def phrases() -> tuple[Phrase, ...]:
    """Every phrase of every language, compiled once, strongest tier first
    (so that where phrases overlap, the strongest reading is the one kept)."""
    compiled = []
    for lang, table in _TABLES.items():
        for entry in table:
            label, tier, pattern = entry[:3]
            flags = entry[3] if len(entry) > 3 else ""
            compiled.append(Phrase(
                label=label, tier=tier, lang=lang,
                pattern=re.compile(pattern),
                negatable=("N" not in flags) and label != "rejection" or "n" in flags,
                done_sensitive="p" in flags,
                someone_else_sensitive="a" in flags or label == "offer",
                cues=cues(pattern),
            ))
    return tuple(sorted(compiled, key=lambda p: -WEIGHTS[p.tier]))


def _clause_prefix(text: str, start: int) -> str:
    window = text[max(0, start - 120):start]
    cut = 0
    for found in _BOUNDARY.finditer(window):
        cut = found.end()
    return window[cut:]


def _inside_quotes(text: str, start: int) -> bool:
    """True when an opening quotation mark in the same paragraph is still open."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    return before.count('"') % 2 == 1


def _clause_rest(text: str, end: int) -> str:
    window = text[end:end + 120]
    found = _BOUNDARY.search(window)
    return window[:found.start()] if found else window


def _negated(prefix: str) -> bool:
    words = _IDIOMS.sub(" ", prefix).split()[-6:]
    return bool(_NEGATION.search(" ".join(words)))


def find_evidence(text: str, where: str = "") -> list[Evidence]:
    """Evidence from the normalized text: at most one hit per phrase family,
    and words already counted for a label (by an overlapping family, or the
    same word in another language) are not counted for it again."""
    found: list[Evidence] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    wanted = languages_of(text)
    for phrase in phrases():
        if phrase.lang not in wanted:
            continue
        if phrase.cues is not None and not any(map(text.__contains__, phrase.cues)):
            continue
        taken = spans.setdefault(phrase.label, [])
        for match in phrase.pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            evidence = _judge(phrase, match, text, where)
            if evidence is not None:
                found.append(evidence)
                taken.append((match.start(), match.end()))
                break
    return found


def _judge(phrase: Phrase, match: re.Match, text: str, where: str) -> Evidence | None:
    prefix = _clause_prefix(text, match.start())
    if phrase.negatable and _negated(prefix):
        return None
    if phrase.done_sensitive and _DONE_BEFORE.search(prefix):
        return None
    if phrase.someone_else_sensitive and _TO_SOMEONE_ELSE.match(text[match.end():match.end() + 60]):
        return None
    tier = phrase.tier
    if phrase.label in ("rejection", "offer", "next_step") and _CONDITION.search(prefix):
        tier = "weak"  # a condition, not a decision
    if phrase.label == "rejection" and _EARLIER.search(prefix + _clause_rest(text, match.end())):
        tier = "weak"  # an earlier outcome mentioned, not this one
    if phrase.label in ("rejection", "offer", "next_step") and _inside_quotes(text, match.start()):
        tier = "weak"  # words quoted as an example ('a "we have decided…" email')
    quoted = " ".join(match.group(0).split())
    reason = f'phrase "{quoted}" ({phrase.label}, {tier}, {phrase.lang}){where}'
    return Evidence(phrase.label, WEIGHTS[tier], reason, lang=phrase.lang)
