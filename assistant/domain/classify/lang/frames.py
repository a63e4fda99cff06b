"""Refusal frames: two shapes every deciding language shares, built from its own words.

Real-mail rounds 10-18 (tests/data/real/EVALUATIONS.md) missed refusals from
systems the classifier had never seen mostly in two ways: a thing of the
reader's that no verdict rule listed ("your expression of interest", "your
participation", "your request to access …") refused in the passive, often with
an agent or an adverb in between; and a bare status value ("Nouveau statut :
Refusé", "has been (Rejected)"). Each miss was one word short of a rule.

These frames stop listing the reader's things. Any thing the reader owns
counts, unless it is one of the things that are refused for reasons that
have nothing to do with a candidacy (a payment, a message, a file, a leave
request, a meeting). A frame is built per language from these word lists:

- possessives: how the language says "your" before a noun;
- refusals: the participles and adjectives of a refusal ("rejected",
  "abgelehnt", "non retenue"), which may hold their own negation;
- status labels: the names of a status field ("status", "Ergebnis", "esito");
- unrelated: the things whose refusal never concerns a candidacy (a payment, a
  leave request); the lexicon voids any rejection rule's match that names one;
- not judged: the things refused without a verdict on the reader (a file, a
  meeting, an offer the reader turned down), for these frames only;
- consequences: a refusal said by what follows from it (the reader cannot go on
  to the next stage, is taken off a list, the process is ended for them),
  each language's own pattern.

`reader_thing_refused` is medium: it decides alone only when nothing else
speaks, and the lexicon's guards (conditions, questions, the reader's own
decline, "not yet") still apply. `status_value` is strong: a status field set
to a refusal is the system's verdict. Tested in tests/classify/test_frames.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..rule import Rule, any_of, rule, within_sentence


@dataclass(frozen=True)
class FrameWords:
    """One language's words for the shared refusal frames (each an alternation of regexes)."""

    code: str
    possessives: str     # "your", "ihre?|deine?": before the reader's thing
    refusals: str        # "rejected|declined|…": the thing is refused
    status_labels: str   # "status|result": the head noun of a field whose value is the verdict
    status_values: str   # "regret|disqualified": values that refuse only as a field's value
    applications: str    # "application|candidacy": an application, whoever it is named after
    unrelated: str       # "payment|message|leave": refused for reasons of their own, in any rule (lexicon.py)
    not_judged: str      # "file|offer|interview": refused without judging the reader, in these frames
    negations: str       # "not|never|no": a refusal negated in the gap is none
    others: str          # "his|her|their|colleague|which": someone else's thing, or another clause
    modals: str          # "will|may|could": a refusal that may come is no decision yet
    not_after: tuple[str, ...] = ()  # "als": a word that makes what follows a condition (not in `conditions`)
    changed_to: str = ""  # "changed to", "geändert in": between a status field and its new value
    agent_words: str = ""  # "by|for", "von|für": after a headline's refusal ("Application declined by employer")
    refused_your: str = ""  # "has cancelled|revoked": someone's verb before the reader's thing (verb-first languages)
    invitations: str = ""   # "invite|invitation": an invitation to a role, team or workspace
    revoked: str = ""       # "revoked|withdrawn": the invitation taken back
    # The consequences of a refusal, said instead of it (stress sets 2 and 3): the reader cannot go on to
    # the next stage, is taken off a list or roster, the process is ended for them, or they are left out.
    cannot_go_on: str = ""   # "you will not be able to move on to the interview"
    taken_off: str = ""      # "we have taken you off the volunteer list"
    ended_for_you: str = ""  # "we are closing the process with all candidates, you included"
    left_out: str = ""       # "the panel did not admit you to the final round", "your name is not on the list"
    offers: str = ""     # "angebot|offre d'emploi": a job offer (empty where the language's table reads it)
    withdrawn: str = ""  # "zurückgezogen|retirée": the offer taken back
    withdraws: str = ""  # "revenir sur|revocare": the verb before the offer it takes back (stress set 6)
    # A headline that names the refusal with a noun ("Thesis Application Rejection", real-mail round 31):
    refusal_nouns: str = ""   # "rejection|refusal", "absage|ablehnung": the refusal as a noun
    headline_links: str = ""  # "of|for", "de|à": between the noun and the application it refuses


# Between the field's name and its value: a colon, a dash or an arrow (or the language's "changed to").
_SET_TO = r"\s*(?::|-|->|=>|→|»)\s*"
# After the value: the end of a line or sentence, a bracket, a few words closing the sentence
# ("Not interested at this time."), or the next field of a notice whose lines were joined
# ("Status: Abgelehnt Stelle: Lagerhelfer").
VALUE_ENDS = (r"(?=\s*(?:$|\n|[.,;!)(\]\"»“”|/]|[-–—]\s)|(?: [\w-]+){1,4}\s*(?:$|\n|[.!;])"
              r"| (?:[\w-]+ ){0,2}[\w-]+\s*:)")
# A headline: a line of its own, or after punctuation.
_HEADLINE = r"(?:^|\n|[^\w\s]\s*)\W*"


def refusal_frames(words: FrameWords) -> list[Rule]:
    """The shared refusal frames of one language."""
    not_candidacy = any_of(words.unrelated, words.not_judged)
    gap = within_sentence(any_of(words.negations, words.others, words.modals, not_candidacy), limit=140)
    not_after = "".join(rf"(?<!\b{word} )" for word in words.not_after)
    thing = rf"{not_after}\b(?:{words.possessives})\b ?(?!(?:{not_candidacy})\b)\w"
    value = "(?:" + any_of(*(words_ for words_ in (words.refusals, words.status_values) if words_)) + ")"
    # The field's name with up to two words on either side ("candidate status", "estado de la solicitud"),
    # none of them an offer's or a payment's ("offer status: declined" is the reader's own answer).
    qualifier = rf"(?!(?:{not_candidacy})\b)[\w'-]+"
    set_to = _SET_TO + (rf"|\s+(?:{words.changed_to}) " if words.changed_to else "")
    status_field = (rf"(?:^|\n|[^\w\s]\s*|\b{qualifier} )(?:{qualifier} ){{0,2}}?(?:{words.status_labels})"
                    rf"(?: {qualifier}){{0,6}}?(?:{set_to})\W*(?:(?:[\w-]+ ){{0,2}}[\w-]+ ?- ?)?{value}\b{VALUE_ENDS}")
    by_agent = rf"| (?:{words.agent_words})\b" if words.agent_words else ""
    frames = [
        rule(
            f"{words.code}.rejection.reader_thing_refused", "rejection", "medium",
            # "your expression of interest for Warehouse Assistant has been declined by the organiser"
            thing + gap + rf"\b(?:{words.refusals})\b",
            negatable=True, void_if_deferred=True, void_if_about_meeting=True,
        ),
        rule(
            f"{words.code}.rejection.an_application_refused", "rejection", "medium",
            # The reader named in the third person: "the application of Alex Example was rejected".
            rf"\b(?:{words.applications})\b" + gap + rf"\b(?:{words.refusals})\b",
            negatable=True, void_if_deferred=True, void_if_about_meeting=True,
        ),
        rule(
            f"{words.code}.rejection.status_value", "rejection", "strong",
            # "Status: Rejected", "Estado de la solicitud: Rechazada", "Hiring decision: not hired"
            *([status_field] if words.status_labels else []),
            # The field named well before its change: "Статус вашего отклика на вакансию «Менеджер по закупкам»
            # изменён на «Отказ»" (stress set 19); no one else's field in between.
            *([rf"\b(?:{words.status_labels})\b" + within_sentence(any_of(words.negations, words.others), limit=100)
               + rf"(?:{words.changed_to})\s*\W*{value}\b{VALUE_ENDS}"]
              if words.status_labels and words.changed_to else []),
            # "[Declined] Your application for Data Analyst", "(Rejected) your resume"
            rf"(?:^|\n)\W*[\[(](?:{words.refusals})[\])]\W*(?:{words.possessives})\b",
            # "Your application for Junior Analyst: declined"
            thing + rf"[^\n:.!?]{{0,80}}:\s*{value}\b{VALUE_ENDS}",
            # "Enrolment request rejected: Advanced Pottery", "Application declined by employer"
            # (not an article's title that asks: "Candidature refusée : comment rebondir ?", stress set 9)
            _HEADLINE + rf"(?:[\w-]+ )?(?:{words.applications}) (?:{words.refusals})\b(?![^\n?]{{0,60}}\?)"
            + rf"(?=\s*(?::|$|\n|[.!]){by_agent})",
        ),
    ]
    if words.refusal_nouns:
        frames.append(_headline_names_the_refusal(words))
    if words.refused_your:
        frames.append(rule(
            f"{words.code}.rejection.someone_refused_your_thing", "rejection", "medium",
            # "The teacher has cancelled your enrolment", "El cliente ha revocado tu invitación" (stress set 4)
            rf"\b(?:{words.refused_your}) " + thing,
            negatable=True, void_if_deferred=True, void_if_about_meeting=True,
        ))
    consequences = [pattern for pattern in (words.cannot_go_on, words.taken_off, words.ended_for_you, words.left_out)
                    if pattern]
    if consequences:
        frames.append(rule(
            f"{words.code}.rejection.consequence_for_the_reader", "rejection", "strong",
            *consequences, void_if_deferred=True,
        ))
    if words.invitations:
        frames.append(rule(
            f"{words.code}.rejection.invitation_revoked", "rejection", "strong",
            # "Your team invite has been revoked by the organiser" (stress set 4); not an interview's invitation
            rf"\b(?:{words.invitations})\b" + within_sentence(any_of(words.negations, words.modals, not_candidacy), limit=100)
            + rf"\b(?:{words.revoked})\b",
            negatable=True, takes_offer_back=True, void_if_about_meeting=True,
        ))
    if words.offers:
        frames.append(rule(
            f"{words.code}.rejection.offer_withdrawn", "rejection", "strong",
            # "L'offre d'emploi qui vous avait été faite est retirée": the offer taken back.
            rf"\b(?:{words.offers})\b" + within_sentence(any_of(words.negations, words.modals, words.unrelated), limit=100)
            + rf"\b(?:{words.withdrawn})",
            # "revenir sur la promesse d'embauche", "revocare la proposta di assunzione"
            *([rf"\b(?:{words.withdraws}) (?:[\w'-]+ ){{0,5}}?(?:{words.offers})\b"] if words.withdraws else []),
            negatable=True, takes_offer_back=True,
        ))
    return frames


def _headline_names_the_refusal(words: FrameWords) -> Rule:
    """A line of its own (a subject or heading) that names the refusal with a noun."""
    # The rest of the line, naming no payment, leave or file ("Rechazo de su solicitud de reembolso").
    line_end = rf"(?![^\n.!?]{{0,60}}\b(?:{any_of(words.unrelated, words.not_judged)})\b)[^\n.!?]{{0,60}}(?=$|\n)"
    application = rf"(?:[\w'-]+ ){{0,2}}?(?:{words.applications})\b"
    links = rf"(?:(?:{words.headline_links}) )?" if words.headline_links else ""
    return rule(
        f"{words.code}.rejection.headline_names_the_refusal", "rejection", "strong",
        # "Thesis Application Rejection", "Uw sollicitatie - afwijzing"
        rf"(?:^|\n)\W*{application}\W{{1,3}}(?:{words.refusal_nouns})\W*(?=$|\n)",
        # "Rejection of your application for Data Analyst", "Refus de votre candidature", "Отказ по вакансии"
        rf"(?:^|\n)\W*(?:{words.refusal_nouns}) {links}{application}{line_end}",
        # "Absage", "Afwijzing": the noun alone
        rf"(?:^|\n)\W*(?:{words.refusal_nouns})\W*(?=$|\n)",
    )
