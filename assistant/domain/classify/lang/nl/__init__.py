"""Dutch: a compact phrase table, quote markers and out-of-office wording."""

from ...rule import any_of
from .. import Language
from .phrases import FRAME_WORDS, PHRASES

LANGUAGE = Language(
    code="nl",
    phrases=PHRASES,
    frame_words=FRAME_WORDS,
    function_words=r"het|een|van|jouw|uw|wij|niet|voor|met|dat|zijn|onze|ons|helaas|ook|wordt|hebben|naar|bij|graag",
    clause_breaks=("maar", "echter", "desondanks"),
    # Not a bare "en" (French and Spanish "en"): "and" before a new clause's subject.
    and_words=(r"en(?= (?:we|wij|ik|u|je|jij|jullie|zullen|hebben|nemen|laten|gaan|willen|kunnen))",),
    negations=("niet", "geen", "nooit", "niets"),
    negation_idioms=("niet alleen", "aarzel niet", "schroom niet", "geen probleem", "geen zorgen"),
    # Not "als": German "Ihre Bewerbung als …"; "als je/u …" before a reader is kept out in phrases.py.
    conditions=("indien", "mocht", "(?:niets|geen (?:bericht|reactie)) (?:van ons )?(?:gehoord|ontvangen),? dan", "wanneer (?:je|jij|u|jouw|uw|we|wij|er)", "als (?:je|jij|u|we|wij|er|het|jouw|uw)", "in het geval",
                # "… laten je weten of we je uitnodigen": whether, not a decision.
                "of (?:we|wij|jij|je|u)"),
    # "tot" alone is also "to" ("niet toegelaten tot de hackathon", stress set 2): only "until" readings defer
    deferrals=("totdat", r"tot (?:we|wij|je|jij|u|alle|na|de (?:uitslag|beslissing|beoordeling|referenties|documenten))",
               "zolang", "zonder", "voordat"),
    meeting_nouns=(r"gesprek\w*", "afspraak", "interview", r"sollicitatiegesprek\w*"),
    nobody_yet=("nog niemand", "nog geen keuze"),
    earlier_words=("vorig jaar", "vorige sollicitatie"),
    own_application_words=(r"\b(?:je|jouw|uw) (?:sollicitatie|kandidatuur|aanmelding)\b", r"\bgesolliciteerd\b"),
    gist_words={"rejection.regret": ("helaas",)},
    # "… is naar een andere kandidaat gegaan": someone else got it (lexicon.py)
    context_words={"request_modality": (r"\b(?:parkeer\w*|bezoekerspas\w*|startdatum|thuiswerken|verplaatsen|uitstel|reiskosten|verhuizing|salaris|parkeerplaats)\b",), "referral": (r"\b(?:voor het|bedankt voor het) (?:aanbevelen|doorverwijzen|voordragen)\b", r"\b(?:je|u) (?:hebt|heeft) [^.!?\n]{0,40}(?:aanbevolen|voorgedragen|doorverwezen)\b"), "others_before": (r"\bde andere kandidaten\b",), "reader_declined": (r"\bwaarin (?:u|je|jij) (?:uw|je|jouw) sollicitatie\b[^.!?\n]{0,60}\bintrek\w*", r"\b(?:je|jouw|uw) intrekking\b", r"\b(?:geannuleerd|ingetrokken|verwijderd|uitgeschreven)\b[^.!?\n]{0,50}\b(?:zoals (?:je|u) (?:had|hebt|heeft) gevraagd|op (?:je|uw) (?:eigen )?verzoek)\b", r"\b(?:zoals (?:je|u) (?:had|hebt|heeft) gevraagd|op (?:je|uw) (?:eigen )?verzoek)\b[^.!?\n]{0,50}\b(?:geannuleerd|ingetrokken|verwijderd|uitgeschreven)\b"), "to": ("aan", "naar"), "someone_else": ("een andere", "iemand anders", "een interne"),
                   "resubmit": (r"\bopnieuw (?:uploaden|insturen|aanleveren|versturen)\b", r"\bupload (?:beide|opnieuw|een nieuwe)\b"),
                   "unaffected": (r"\b(?:jij|u|je) (?:hoort|hoor|behoort) daar niet bij\b", r"\b(?:uw|je|jouw) sollicitatie (?:doorgezet|overgezet|verplaatst) naar\b", r"\bgaat gewoon door\b", r"\bblijft (?:gewoon )?hetzelfde\b", r"\b(?:uw|je) sollicitatie\b[^.!?\n]{0,60}\b(?:loopt (?:gewoon )?door|blijft (?:staan|lopen|geldig))\b", r"\bgeen (?:invloed|gevolgen) (?:op|voor)\b", r"\bzoals gepland\b",
                                  r"\b(?:je|uw) (?:deelname|plek|plaats|inschrijving|aanmelding)(?: [\w-]+){0,3} blijft (?:gewoon )?(?:geldig|staan|bevestigd)\b", r"\bwillen (?:je|u) (?:graag )?overwegen voor\b")},
    quote_verbs=("schreef", "geschreven"),
    attribution_openings=("op",),
    quote_separators=("oorspronkelijk bericht", "doorgestuurd bericht"),
    forward_separators=("doorgestuurd bericht",),
    from_headers=("van",),
    other_headers=("verzonden", "aan", "onderwerp"),
    client_signatures=(
        "verzonden (?:vanaf|met|vanuit) ", "verstuurd (?:vanaf|met|vanuit) ", r"outlook voor \w+ downloaden",
        "download outlook voor",
    ),
    autoreply_subjects=("automatisch antwoord", "afwezig(?:heid)?", "niet op kantoor"),
    autoreply_rules=(
        ("away", 0.9,
         any_of(
             r"\bik ben (?:momenteel |tot en met \S+ |t/m \S+ |vanaf \S+ )?(?:afwezig|niet aanwezig|niet op kantoor|op vakantie|met vakantie|met verlof)\b",
             r"\bben (?:ik )?(?:weer|vanaf \S+) (?:aanwezig|bereikbaar|op kantoor)\b",
             r"\bafwezig (?:tot|van|t/m)\b",
         )),
    ),
    reply_prefixes=("antw",),
)
