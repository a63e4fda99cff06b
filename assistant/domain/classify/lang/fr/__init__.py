"""French."""

from .. import Language
from .context import CONTEXT
from .gist import GIST
from .phrases import PHRASES
from .phrases_verdict import FRAME_WORDS
from .structure import STRUCTURE

LANGUAGE = Language(
    code="fr",
    phrases=PHRASES,
    frame_words=FRAME_WORDS,
    context_words=CONTEXT,
    gist_words=GIST,
    structure_words=STRUCTURE,
    function_words=r"le|la|les|et|vous|votre|nous|pour|avec|est|une?|des|pas|que|du|au",
    clause_breaks=("mais", "cependant"),
    and_words=("et",),
    negations=("ne", "pas", "jamais", "aucun", "aucune"),
    negation_affixes=(r"\bn'",),
    negation_idioms=("non seulement", r"ne \w+ que"),
    # Not the Italian reflexive "si è conclusa", "si sono" (the shared list reads every language).
    # "sans réponse de notre part d'ici 30 jours, veuillez considérer que …" (real-mail rounds 10-12)
    conditions=("si(?! è| e'| sono| prega| tratta)", "au cas", "en cas", "sans (?:réponse|nouvelles|retour|réception)", "sans (?:ces|ce|cette|les|vos) (?:pièces|documents|éléments|justificatifs)", "à défaut de réception",
                "à défaut de (?:réponse|retour)", "passé ce délai"),
    deferrals=("avant", "sans", "tant que"),
    meeting_nouns=("rendez-vous", "rdv", "entretien"),
    autoreply_subjects=("réponse automatique", "absence du bureau", "absent du bureau", "message d'absence"),
    months={
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
        "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
        "décembre": 12, "decembre": 12,
    },
    weekdays={"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6},
    # quote markers
    quote_verbs=(r"a\s+écrit",),
    attribution_openings=("le",),
    quote_separators=("message d'origine", "message original", "message transféré"),
    forward_separators=("message transféré",),
    forward_openings=("début du message réexpédié",),
    from_headers=("de", "message du"),
    block_leads=("message du",),
    other_headers=("envoyé", "date d'envoi", "à", "objet", "sujet", "copie à"),
    sign_offs=(
        "cordialement", "bien cordialement", "bien à vous", "salutations", "sincères salutations",
        "meilleures salutations", "merci", "merci beaucoup", "bonne journée",
    ),
    client_signatures=(
        "envoyé de mon", "envoyé depuis (?:mon|outlook)", "envoyé à partir de", "télécharger outlook pour",
        "obtenir outlook pour",
    ),
    reply_library=True,
    # date words
    back_words=("de retour", "retour", "je serai là", "reviens", "rentre"),
    back_joiners=("le", "à partir du", "dès le"),
    until_words=("jusqu'au", "jusqu'à", "au"),
    until_joiners=("le",),
    date_articles=("le",),
    ordinals=("er",),
    when_words=(
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "demain", "semaine prochaine",
        "cette semaine", "matin", "après-midi",
    ),
    clock_words=(r"h\b",),
    earlier_words=("l'année dernière", "précédente candidature"),
    forward_prefixes=("tr",),
    mass_mail_words=(r"\bse désabonner\b", r"\bse désinscrire\b", r"\bau sommaire\b", r"\bbonne lecture\b"),
    own_application_words=(
        r"\b(?:votre|ta) candidature\b",
        r"\bmerci (?:pour|de) (?:votre|ton|ta) (?:intérêt|temps|participation)",
        r"\bpostulé\b",
        # "nous vous remercions pour votre candidature"
        r"\bnous vous remercions (?:pour|de) (?:votre|l'intérêt|le temps)",
    ),
    acknowledgments=("merci", "bien reçu"),
    # delivery reports
    bounce_subjects=("non remis", "non distribuable", "échec de (?:la )?remise"),
    delay_subjects=("retardée?",),
    bounce_bodies=("n'a pas pu être (?:remis|distribué)", "a échoué", "adresse introuvable"),
    delay_bodies=("remise différée",),
)
