"""French."""

from .. import Language
from .phrases import PHRASES

LANGUAGE = Language(
    code="fr",
    phrases=PHRASES,
    function_words=r"le|la|les|et|vous|votre|nous|pour|avec|est|une?|des|pas|que|du|au",
    clause_breaks=("mais", "cependant"),
    and_words=("et",),
    negations=("ne", "pas", "jamais", "aucun", "aucune"),
    negation_affixes=(r"\bn'",),
    negation_idioms=("non seulement", r"ne \w+ que"),
    conditions=("si", "au cas", "en cas"),
    deferrals=("avant", "sans", "tant que"),
    meeting_nouns=("rendez-vous", "rdv", "entretien"),
    autoreply_subjects=("réponse automatique", "absence du bureau", "absent du bureau", "message d'absence"),
    months={
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
        "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
        "décembre": 12, "decembre": 12,
    },
    weekdays={"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6},
)
