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
from functools import cache, lru_cache

from .cues import cues
from .lang import DECIDING, vocabulary, words
from .model import Evidence
from .rule import Rule, any_of

WEIGHTS = {"strong": 0.9, "medium": 0.6, "weak": 0.25, "faint": 0.1}
_TABLES = {language.code: language.phrases for language in DECIDING}

# Clause boundaries: a negation or condition before one does not reach past it.
_BOUNDARY = re.compile(r"[.!?;:\n]|\b(?:" + words("clause_breaks") + r")\b")
_NEVER = re.compile(r"(?!)")


def _per_language(pick: str, template: str = r"\b(?:{})\b") -> dict[str, re.Pattern[str]]:
    """One pattern per deciding language from its own word list: a phrase's context is read in the
    phrase's language, so German "falls" (if) is no condition in "your degree falls below the bar"
    (stress set 3), nor is the "ve" of "we've" an "and"."""
    return {language.code: re.compile(template.format(words(pick, (language,)))) if getattr(language, pick) else _NEVER
            for language in DECIDING}


# A negation does not reach past "and" either ("not decided yet and will write next week").
# Nor past a comma: "as you did not confirm in time, you have been deselected" (real-mail round 25).
_NEGATION_BOUNDARY = {code: re.compile(_BOUNDARY.pattern + r"|\s[-–—]\s|,|" + ands.pattern)
                      for code, ands in _per_language("and_words").items()}
_NEGATION_AFFIXES = _per_language("negation_affixes", "(?:{})")
_NEGATION = {language.code: re.compile(rf"\b(?:{words('negations', (language,))})\b|{_NEGATION_AFFIXES[language.code].pattern}")
             for language in DECIDING}
# Idioms that contain a negation word without negating what follows.
_IDIOMS = _per_language("negation_idioms")
_CONDITION = _per_language("conditions")
# "asked if you could join", "let me know whether": a question, not a condition.
_ASKED_IF = re.compile(rf"\b(?:{vocabulary('context_words', 'asking')}) (?:{vocabulary('context_words', 'if')})\b")
# "we can't move you forward until the references are in": deferred, not refused.
_DEFERRED = _per_language("deferrals")
# "den Termin am Montag absagen": it is a meeting that is called off, not the candidacy.
_MEETING_NOUN = re.compile(r"\b(?:" + words("meeting_nouns") + r")\b")
# "our CTO is on leave": somebody else's absence, told by a person.
_THIRD_PERSON = re.compile(
    any_of(
        r"\b(?:"
        + any_of(
            r"he|she|they|he's|she's|they're|his|her|their|who|manager|team|lead|boss|director|ceo|cto|founder",
            r"recruiter|colleague|panel|interviewer|owner|chair",
        )
        + r")\b",
        r"(?<!\bi)(?<!\bi')\b(?:is|are|was|were|'s|'re|has been|have been)(?: currently| still)? $",
    )
)
# "you are the successful candidate": the reader is the one chosen.
_READER_CHOSEN = re.compile(r"\b(?:you are|you're|you were|you've been|you have been)(?: (?:the|our|a|now))? $")
# "you applied last year and were not selected": a mention of an old outcome.
_EARLIER = _per_language("earlier_words")
# "she mentioned they passed on you", "you were worried we'd gone with someone
# else": hearsay or supposition about a decision, not the decision.
_REPORTED = re.compile(rf"\b(?:{vocabulary('context_words', 'reported')})\b")
# "You've declined our offer … sorry it did not work out": the reader's own answer ended it.
_READER_DECLINED = re.compile(rf"\b(?:{vocabulary('context_words', 'reader_declined')})")
# "Were you not selected for your dream job?": a sentence that opens as a question and ends with "?".
# "your leave request was declined", "ваш платёж отклонён": refused for reasons of its own (lang/frames.py),
# in the rule's own language (Spanish "pedido" is an order, Portuguese "pedido" a request).
_UNRELATED = {language.code: re.compile(rf"\b(?:{language.frame_words.unrelated})\b")
              for language in DECIDING if language.frame_words}
# "this makes your application invalid, and there will be no rescheduled interview": a request named after a
# comma and a conjunction belongs to a clause of its own (real-mail round 58).
_NEXT_CLAUSE = re.compile(r",\s*(?:and|but|y|pero|et|mais|und|aber|e|ma|en|maar|и|но|а|ve|ama|fakat)\b")
# "the document was rejected, please upload it again": a request, not a verdict (stress set 2).
_RESUBMIT = re.compile(rf"(?:{vocabulary('context_words', 'resubmit')})")
# "This does not affect your employment offer", "Ihre Bewerbung ist davon nicht betroffen": what was refused
# leaves the candidacy as it is (stress set 5).
_UNAFFECTED = re.compile(rf"(?:{vocabulary('context_words', 'unaffected')})")
# Someone the reader writes for or about: "your son was not retained", "als Betreuerin der Bewerberin",
# "la candidature de votre stagiaire" (stress set 5).
_THIRD_PARTY = re.compile(rf"(?:{vocabulary('context_words', 'third_party')})")
# "Les autres candidats ont reçu une réponse négative": the others answered no, a few words before the match,
# in a letter to the one who goes on (stress set 6).
# "We cannot approve your request to work remotely", "Ihr Wunsch nach einem späteren Eintrittsdatum" (language parity).
# Read in the phrase's own language: French "report" (a postponement) is no English "report".
_REQUEST_MODALITY = {language.code: re.compile("|".join(words_)) if (words_ := language.context_words.get("request_modality"))
                     else _NEVER for language in DECIDING}
# "Thank you for referring Laura … she was not selected": someone the reader referred (stress set 8).
_REFERRAL = re.compile(rf"(?:{vocabulary('context_words', 'referral')})")
# "Now they asked to withdraw the request … although this one didn't work out": the other side (a mentee, a
# member) withdrew from what the reader offered; the reader's own standing is unchanged (real-mail round 50).
_OTHER_SIDE_WITHDREW = re.compile(rf"(?:{vocabulary('context_words', 'other_side_withdrew')})")
_OTHERS_BEFORE = re.compile(rf"(?:{vocabulary('context_words', 'others_before')})(?: [\w']+){{0,4}} ?$")
_QUESTION_OPENING = re.compile(rf"^\W*(?:{vocabulary('context_words', 'question_openers')})\b")
_SENTENCE_END = re.compile(r"[.!?\n]")
_HEADLINE_BREAK = re.compile(r"\s[-–—:]\s")
# "the other opening has been filled", "the role you also applied for": a
# decision about a different role than the one the reader is waiting on.
_OTHER_ROLE = re.compile(
    r"\b(?:other|another|different)\s+(?:[\w-]+\s+)?(?:role|position|opening|vacancy|job|req)s?\b|"
    r"\balso applied\b|\bapplied for (?:too|as well)\b"
)
# "those we weren't able to move forward with", "unsuccessful candidates are
# notified": words about candidates in general (surveys, confirmations), not the reader.
# Not candidates as the object of a review ("our client has reviewed the candidates we put forward
# and has chosen to go ahead with others", real-mail round 8): that decision is about the reader too.
_NOT_REVIEWED = r"(?<!reviewed the )(?<!reviewed all )(?<!assessed the )(?<!considered the )(?<!interviewed the )"
_GROUP = r"(?:players|musicians|applicants|candidates|participants|people|students|volunteers|entrants|hopefuls)"
_NOT_YOU = r"(?![^.!?\n]*\byou\b)"
_GENERIC_BEFORE = re.compile(
    _NOT_REVIEWED + any_of(
        r"\b(?:those|candidates|applicants|people|anyone|everyone|others|all (?:candidates|applicants))"
        + r" (?:who|whom|that|we|they)\b(?: [\w']+){0,4} ?$",
        # "candidates who do not complete it in time will not be able to continue" (stress set 7)
        r"\b(?:candidates|applicants|those) who (?:do not|don't|did not|didn't|fail to)\b" + _NOT_YOU + r"[^.!?\n]{0,80}$",
        # "most players who attend an open trial are not invited back", "many strong musicians were not advanced",
        # "two of them were unsuccessful", "applications received after the deadline will not be considered" (set 5)
        rf"\b(?:most|many|several|multiple|some|the majority of|the rest of the|the remaining)(?: [\w-]+){{0,3}}? {_GROUP}\b"
        + _NOT_YOU + r"[^.!?\n]{0,60}$",
        r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|some|none|most|many) of (?:them|those|the (?:[\w-]+ )?"
        + r"(?:applicants|candidates|others))\b" + _NOT_YOU + r"[^.!?\n]{0,40}$",
        rf"\bof the (?:\d+|[\w-]+) {_GROUP}\b" + _NOT_YOU + r"[^.!?\n]{0,60}$",
        # (not "all applications received, we regret to inform you that you …", stress set 15)
        r"\b(?:late |incomplete )?applications (?:received|submitted|sent|made|that arrive)\b" + _NOT_YOU + r"[^.!?\n]{0,40}$",
        r"(?<!\byour )\bapplications $",
        # "Incomplete applications will not be considered", "an unsuccessful application is never wasted" (stress set 8)
        r"\b(?:late|incomplete|unsigned|partial|ineligible|duplicate|unfinished) (?:applications|submissions|forms"
        + r"|entries)\b[^.!?\n]{0,40}$",
        # (not Turkish "şu an", "right now": stress set 18)
        r"(?<!\bşu )(?<!\bbu )(?<!\bo )(?<!\bher )\b(?:an|every|each|any) $",
        r"\b(?:unvollständige|verspätete|incomplètes|incompletas|incomplete|onvolledige|неполные|eksik) (?:bewerbungen"
        + r"|candidatures|solicitudes|candidature|sollicitaties|candidaturas|заявки|başvurular)\b[^.!?\n]{0,80}$",
        r"\b(?:applications|candidates|applicants|submissions) (?:with|without|that|which|missing|lacking)\b" + _NOT_YOU
        + r"[^.!?\n]{0,90}$",
        # "applicants from a single institution generally will not be invited at once" (real-mail round 30)
        r"\b(?:generally|usually|typically|normally|as a rule) (?:will |would |are |is |do |does |can )?$",
    )
)
_ADJECTIVE_END = re.compile(r"(?:unsuccessful|rejected|declined|selected|shortlisted)$")
_GENERIC_AFTER = re.compile(r"^(?:outcomes?|candidates|applicants|applications|ones|decisions)\b")
# "… not to move forward with her application": a decision about a third person.
_THIRD_PARTY_OBJECT = re.compile(
    r"^(?:(?:with|on|for|about) )?(?:(?:her|him|his)\b|their (?:application|candidacy|candidate|profile)|"
    r"[a-z]+'s (?:application|candidacy|profile)|candidates? (?:\d+|no\.? ?\d+|[a-z])\b)"
)
# "we haven't moved forward with anyone yet": no decision about anybody.
_NOBODY_YET = _per_language("nobody_yet")
# "completing the take-home", "your coding test": the step already happened.
_DONE_BEFORE = re.compile(
    rf"(?:{vocabulary('context_words', 'done')})\s+(?:{vocabulary('context_words', 'done_article')})?$"
)
# "extended an offer to another candidate": someone else got it.
_TO_SOMEONE_ELSE = re.compile(
    rf"^\s*(?:\w+ ){{0,3}}(?:{vocabulary('context_words', 'to')}) (?:{vocabulary('context_words', 'someone_else')})"
)


# Frequent function words, to skip the tables of languages a text is not in.
_STOPWORDS = {language.code: re.compile(r"\b(?:" + language.function_words + r")\b") for language in DECIDING}


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
    """One rule of a language table, with its language; its cues and pattern are worked out when first needed."""

    rule: Rule
    lang: str

    @property
    def cues(self) -> frozenset[str] | None:
        """One of these is in every match (a fast prefilter). Worked out only for the languages a message
        is written in: parsing every table's patterns up front cost a one-off `classify` about 0.4 s."""
        return _cues_of(self.rule.pattern)

    @property
    def pattern(self) -> re.Pattern[str]:
        # Most rules never run on a given message (their cues are absent), so a one-off
        # `assistant classify` compiles only the few hundred it needs.
        return _compiled(self.rule.pattern)

    @property
    def label(self) -> str:
        return self.rule.label

    @property
    def tier(self) -> str:
        return self.rule.tier


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_cues_of = cache(cues)


@lru_cache(maxsize=1)
def phrases() -> tuple[Phrase, ...]:
    """Every rule of every language, strongest tier first
    (so that where rules overlap, the strongest reading is the one kept)."""
    found = [Phrase(rule=entry, lang=lang) for lang, table in _TABLES.items() for entry in table]
    return tuple(sorted(found, key=lambda p: -WEIGHTS[p.tier]))


def _clause_prefix(text: str, start: int, boundary: re.Pattern[str] = _BOUNDARY) -> str:
    window = text[max(0, start - 120):start]
    cut = 0
    for found in boundary.finditer(window):
        cut = found.end()
    return window[cut:]


# A single quote opens a quotation after a space or bracket and closes one
# after a word; apostrophes inside words ("we've") are neither.
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[]))'(?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.!?,])'(?=[\s.,;:!?)\]]|$)")


def _inside_quotes(text: str, start: int) -> bool:
    """True when an opening quotation mark in the same paragraph is still open."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if before.count('"') % 2 == 1:
        return True
    return len(_SINGLE_OPEN.findall(before)) > len(_SINGLE_CLOSE.findall(before))


def _clause_rest(text: str, end: int) -> str:
    window = text[end:end + 120]
    found = _BOUNDARY.search(window)
    return window[:found.start()] if found else window


def _next_words(text: str, end: int, count: int = 4) -> str:
    """The few words right after a match, within its clause."""
    return " ".join(_clause_rest(text, end).split()[:count])


def _negated(prefix: str, lang: str) -> bool:
    words = _IDIOMS[lang].sub(" ", prefix).split()[-6:]
    return bool(_NEGATION[lang].search(" ".join(words)))


def find_evidence(text: str, where: str = "", beside: str = "") -> list[Evidence]:
    """Evidence from the normalized text: at most one hit per phrase family,
    and words already counted for a label (by an overlapping family, or the
    same word in another language) are not counted for it again.

    `beside` is the text a short one comes with (a subject's body): a subject too short to tell its
    language is read in the body's languages and in English, the language of many systems' subjects."""
    found: list[Evidence] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    wanted = languages_of(text)
    if beside and len(wanted) == len(_TABLES):
        wanted = tuple(dict.fromkeys(("en", *languages_of(beside))))
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


def _judge(phrase: Phrase, match: re.Match[str], text: str, where: str) -> Evidence | None:
    prefix = _clause_prefix(text, match.start())
    lang = phrase.lang
    if phrase.rule.negatable and _negated(_clause_prefix(text, match.start(), _NEGATION_BOUNDARY[lang]), lang):
        return None
    if phrase.rule.void_if_done and _DONE_BEFORE.search(prefix):
        return None
    if phrase.rule.void_if_reader_chosen and _READER_CHOSEN.search(prefix):
        return None
    if phrase.rule.void_if_deferred and _DEFERRED[lang].search(_next_words(text, match.end())):
        return None
    if phrase.rule.void_if_about_meeting and _MEETING_NOUN.search(prefix):
        return None
    if phrase.rule.void_if_third_person and _THIRD_PERSON.search(prefix):
        return None
    if phrase.rule.void_if_to_someone_else and _TO_SOMEONE_ELSE.match(text[match.end():match.end() + 60]):
        return None
    unrelated = _UNRELATED.get(phrase.lang)
    # in the match or the few words before it: "el pago de tu inscripción ha sido rechazado", "İzin talebiniz …"
    # (after a spaced dash or colon, a headline's own words: "Message automatique – Candidature : statut « Non
    # retenue »", stress set 18)
    near = " ".join(_HEADLINE_BREAK.split(prefix)[-1].split()[-3:] + [match.group(0)])
    if phrase.label == "rejection" and unrelated and unrelated.search(near):
        return None  # a payment, a message or a leave request refused: nothing about the candidacy
    # Six words before and the clause after: a regret reaches to its clause's end ("sentimos comunicarte que no
    # podemos cubrir el coste del vuelo"), and so does a strong phrase ("donner une suite favorable à votre
    # demande de télétravail"); "den gewünschten Starttermin im Januar können wir nicht berücksichtigen" (stress set 12).
    own_clause = _NEXT_CLAUSE.split(_clause_rest(text, match.end()))[0]
    wider = " ".join(prefix.split()[-6:] + [match.group(0), own_clause])
    if phrase.label == "rejection" and _REQUEST_MODALITY[lang].search(wider):
        return None  # a later start, remote work or a new interview date refused: the candidacy goes on
    tier = phrase.tier
    if phrase.label in ("rejection", "offer", "next_step", "pending") and _CONDITION[lang].search(_ASKED_IF.sub(" ", prefix)):
        tier = "faint"  # a condition, not a decision
    if phrase.label == "rejection" and _EARLIER[lang].search(prefix + _clause_rest(text, match.end())):
        tier = "weak"  # an earlier outcome mentioned, not this one
    if phrase.label == "rejection" and _REPORTED.search(prefix):
        tier = "weak"  # hearsay: someone said a decision was made
    if phrase.label == "rejection" and _READER_DECLINED.search(text):
        tier = "faint"  # after the reader declined or withdrew, a regret is about their own answer
    if phrase.label == "rejection" and _RESUBMIT.search(text):
        tier = "weak"  # something refused with a request to send it again: the candidacy goes on
    if phrase.label == "rejection" and _UNAFFECTED.search(text):
        tier = "faint"  # something refused that the message says leaves the candidacy as it is, or moves it on
    if phrase.label == "rejection" and _OTHERS_BEFORE.search(prefix):
        tier = "faint"  # the other candidates were answered no
    if phrase.label == "rejection" and (_THIRD_PARTY.search(prefix) or _REFERRAL.search(text)
                                        or _OTHER_SIDE_WITHDREW.search(text)):
        tier = "faint"  # a decision about the person the reader speaks for or referred, or the other side withdrew
    if phrase.label == "rejection" and _asks(text, match):
        tier = "weak"  # a question about a decision, not the decision
    if phrase.label == "rejection" and _OTHER_ROLE.search(prefix + match.group(0)):
        tier = "weak"  # a decision about another role
    if phrase.label == "rejection" and _about_others(prefix, match.group(0), _next_words(text, match.end())):
        tier = "faint"  # candidates in general, or a third person: no help to any rejection
    if phrase.label == "rejection" and _NOBODY_YET[lang].search(match.group(0) + " " + _next_words(text, match.end())):
        tier = "weak"  # "not … anyone yet": nothing decided about the reader
    if phrase.label == "next_step" and _OTHER_ROLE.search(prefix + match.group(0) + _clause_rest(text, match.end())):
        tier = "weak"  # a step towards another job: a recruiter's pitch
    # (from the match's first word: a headline frame may begin at the opening quote mark itself)
    first_word = match.start() + len(match.group(0)) - len(match.group(0).lstrip(' "\'«:-'))
    if phrase.label in ("rejection", "offer", "next_step") and _inside_quotes(text, first_word):
        tier = "faint"  # words quoted as an example ('a "we have decided…" email')
    quoted = " ".join(match.group(0).split())
    reason = f'phrase "{quoted}" ({phrase.label}, {tier}, {phrase.lang}){where}'
    return Evidence(phrase.label, WEIGHTS[tier], reason, phrase.rule.kind, phrase.lang, rule=phrase.rule.name)


def reader_ended_it(text: str) -> bool:
    """The reader declined or withdrew: words of an ending are about their own answer."""
    return bool(_READER_DECLINED.search(text))


def someone_referred(text: str) -> bool:
    """The message is about someone the reader referred or recommended."""
    return bool(_REFERRAL.search(text))


def candidacy_goes_on(text: str) -> bool:
    """The message says what was refused leaves the candidacy as it is, or moves it on."""
    return bool(_UNAFFECTED.search(text))


def _asks(text: str, match: re.Match[str]) -> bool:
    """The match is inside a sentence that opens as a question and ends with "?"."""
    start = max((found.end() for found in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
    end = _SENTENCE_END.search(text, match.end())
    if not (end and end.group(0) == "?"):
        return False
    # or a short headline question: "Not selected? Ask for feedback" (stress set 9)
    return bool(_QUESTION_OPENING.match(text[start:match.start()])) or len(text[start:end.start()].split()) <= 6


def _about_others(prefix: str, words: str, after: str) -> bool:
    """Rejection words about candidates in general ("unsuccessful candidates")
    or about a third person ("… with her application")."""
    describes = _ADJECTIVE_END.search(words) and _GENERIC_AFTER.match(after)
    return bool(_GENERIC_BEFORE.search(prefix) or describes or _THIRD_PARTY_OBJECT.match(after))


def offer_taken_back(evidence: list[Evidence]) -> list[Evidence]:
    """When the employer takes an offer back ("we have to cancel your offer of employment",
    real-mail rounds 5-8), the words naming that offer are the thing withdrawn, not a new
    offer: they count as faint. Only a firm match (strong or medium) does this."""
    taking_back = {p.rule.name for p in phrases() if p.rule.takes_offer_back}
    if not any(e.rule in taking_back and e.label == "rejection" and e.weight >= WEIGHTS["medium"] for e in evidence):
        return evidence
    return [Evidence(e.label, WEIGHTS["faint"], f"{e.reason}, the offer taken back", e.kind, e.lang, rule=e.rule)
            if e.label == "offer" else e for e in evidence]
