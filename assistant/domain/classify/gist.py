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

from .lang import words
from .model import Evidence
from .rule import any_of


def _cues(*patterns: tuple[str, str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(pattern)) for name, pattern in patterns)


# (kind of word, pattern); a label counts how many different kinds it finds.
CUES: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "rejection": _cues(
        ("regret", r"\b(?:"
        + any_of(
            r"unfortunately|regret\w*|sorry|afraid|sadly|disappoint\w*|bad news|not (?:good|great) news|leider",
            r"bedauer\w*|schade|tut (?:mir|uns) leid|malheureusement|regrett\w*|désolée?s?|hélas|lamenta\w*",
            r"lo siento|sentimos|desafortunadamente|por desgracia",
        )
        + r")\b"),
        ("someone else", r"\b(?:"
        + any_of(
            r"another|other|different|someone else|somebody else|internal|more (?:senior|junior|experienced)",
            r"andere[nrs]?|anderweitig|jemand\w* anders|autre|d'autres|quelqu'un d'autre|otr[oa]s?",
            r"otra persona",
        )
        + r") (?:\w+ )?(?:"
        + any_of(
            r"candidate|applicant|person|profile|finalist|choice|direction|way|kandidat\w*|bewerber\w*|person",
            r"profil|candidat\w*|personne|perfil|persona|opción",
        )
        + r")s?\b"),
        ("refused step", r"(?:\bnot|n't|\bnicht|\bpas|\bno|\bkeine?n?)(?: \w+){0,3} (?:"
        + any_of(
            r"extend\w*|invit\w+|continu\w+|progress\w*|select\w*|offer\w*|pursu\w+|consider\w*|mov\w+",
            r"proceed\w*|advanc\w+|shortlist\w*|weiter\w*|berücksichtig\w*|fortsetz\w*|poursuiv\w*|retenu\w*",
            r"retenir|continuer|avanzar|continuar|seguir|seleccionad\w*",
        )
        + r")\b"),
        ("choice made", any_of(
                r"\b(?:have|has|'ve|had) (?:now )?(?:selected|chosen|appointed|hired|filled|made (?:a|our|the) (?:\w+ )?(?:choice|decision|selection|hire))\b",
                r"\bconcluded (?:the|our|its)\b",
                r"\b(?:entschieden|ausgewählt|choisi|retenu|elegido|seleccionado|decidido)\b",
            )),
        ("thanks for trying", any_of(
                r"\bthank(?:s| you) (?:\w+ )?for (?:your|the) (?:time|interest|effort|application|patience|participation)\b",
                r"\bappreciate (?:your|the) (?:time|interest|effort)\b",
                r"\bdanke für (?:ihr|dein)e? (?:zeit|interesse)|merci pour (?:votre|ton) (?:temps|intérêt)",
                r"gracias por (?:tu|su) (?:tiempo|interés)",
            )),
        ("farewell", r"\b(?:"
        + any_of(
            r"wish(?:ing)? you|good luck|best of luck|all the best (?:in|with|for)",
            r"future (?:endeavou?rs|roles|opportunities|openings)|success in|keep (?:your|you) in mind",
            r"stay in touch|keep in touch|alles gute|viel erfolg|bonne continuation|succès|réussite|suerte",
            r"éxito",
        )
        + r")\b"),
        ("misfit", r"\b(?:"
        + any_of(
            r"isn't|is not|wasn't|was not|not quite|not exactly|not the right|not a (?:fit|match)|not what",
            r"closer|better (?:suited|fit|match|aligned)|more (?:closely|aligned|suited)|passt nicht",
            r"nicht passend|ne correspond pas|mieux|no encaja|encaja mejor|se ajusta mejor",
        )
        + r")\b"),
    ),
    "next_step": _cues(
        ("meeting", r"\b(?:"
        + any_of(
            r"interview|call|chat|conversation|coffee|meeting|session|round|stage|onsite|on-site|visit",
            r"presentation|video call|zoom|teams|gespräch|telefonat|treffen|termin|entretien|échange",
            r"rendez-vous|entrevista|reunión|llamada|videollamada",
        )
        + r")s?\b"),
        # Days of every language folder (lang/<code>/__init__.py: gist_days) and hours.
        ("when", rf"\b(?:{words('gist_days')})\b|\b\d{{1,2}}(?::\d{{2}})? ?(?:{words('gist_clock_words')})\b"),
        ("availability", any_of(
                r"\b(?:you|your|you're|sie|ihnen|du|dir|vous|tu|te|usted|tienes|tiene|puedes|puede)\b[^.?!\n]{0,40}\b(?:"
                + any_of(
                    r"free|available|availability|calendar|schedule|slots?|a time|times|verfügbar\w*|zeit",
                    r"disponible\w*|disponibilit\w*|libre|créneau\w*|disponibilidad|hueco",
                )
                + r")\b",
                r"\b(?:disponibilidad|disponibilités|verfügbarkeit)\b",
            )),
        ("who you meet", r"\b(?:"
        + any_of(
            r"founder|ceo|cto|coo|cfo|vp|head of|director|directrice|directeur|directora|manager|team|équipe",
            r"equipo|geschäftsführ\w*|leiter\w*|leitung|partners?",
        )
        + r")\b"),
        ("task", r"\b(?:"
        + any_of(
            r"test|exercise|assessment|case|assignment|brief|references?|referees?|challenge|task|aufgabe",
            r"fallstudie|referenzen|exercice|référence\w*|prueba|referencias",
        )
        + r")\b"),
        ("asking", r"\?"),
        ("going on", r"\b(?:next|further|another|second|final|last|poursuivre|continuer|nächste\w*|weitere\w*|"
                     r"siguiente|segunda|próxim\w*)\b"),
    ),
    "offer": _cues(
        ("offer", r"\b(?:offer|angebot|offre|proposition|oferta|propuesta)\b"),
        ("contract", r"\b(?:contract|agreement|paperwork|vertrag\w*|contrat|contrato|promesse)\b"),
        ("money", r"\b(?:salary|compensation|package|equity|bonus|benefits|base|gehalt|vergütung|salaire|"
                  r"rémunération|salario|sueldo)\b|[$£€] ?\d"),
        ("start", r"\b(?:start date|start on|first day|onboarding|eintritt\w*|startdatum|prise de poste|"
                  r"date de début|incorporación|fecha de inicio)\b"),
        ("welcome", r"\b(?:welcome|congratulations|congrats|willkommen|glückwunsch|bienvenue|félicitations|"
                    r"bienvenid[oa]|enhorabuena|felicidades)\b"),
        ("joy", r"\b(?:delighted|thrilled|pleasure|excited|great news|good news|freuen|freue|plaisir|ravie?s?|"
                r"heureux|heureuse|encantad[oa]s|complace|alegra)\b"),
        ("signature", r"\b(?:sign|signature|countersign|unterschr\w+|signer|signature|firmar|firma)\b"),
    ),
    "pending": _cues(
        ("not yet", r"\b(?:yet|not finali[sz]ed|noch nicht|noch keine|pas encore|pas fini|todavía no|aún no)\b"),
        ("soon", r"\b(?:"
        + any_of(
            r"soon|shortly|as soon as|early|by the end|next week|in a few days|bald|zeitnah|in kürze|sobald",
            r"bientôt|très vite|dès que|rapidement|pronto|en cuanto|próximos días",
        )
        + r")\b"),
        ("news", r"\b(?:update|news|word|neuigkeiten|rückmeldung|nouvelles|retour|novedades|noticias)\b"),
        ("still", r"\b(?:still|ongoing|in progress|noch|encore|toujours|todavía|aún)\b"),
        ("slow", r"\b(?:"
        + any_of(
            r"delay\w*|longer|slow\w*|patience|held up|holding (?:things )?up|waiting|länger|verzöger\w*",
            r"geduld|retard\w*|plus de temps|retras\w*|paciencia|tard\w+",
        )
        + r")\b"),
        ("deciding", r"\b(?:decide|decision|debrief|deliberat\w*|entscheid\w*|décision|décider|decisión|decidir)\b"),
        ("shortlist", r"\b(?:shortlist|short list|in the running|under consideration|engere[nr]? auswahl|"
                      r"présélection|preselección)\b"),
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
