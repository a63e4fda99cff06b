"""German."""

from .. import Language
from .context import CONTEXT
from .gist import GIST
from .phrases import PHRASES
from .phrases_verdict import FRAME_WORDS
from .structure import STRUCTURE
from .templates import TEMPLATES

LANGUAGE = Language(
    code="de",
    phrases=PHRASES,
    frame_words=FRAME_WORDS,
    context_words=CONTEXT,
    gist_words=GIST,
    structure_words=STRUCTURE,
    template_rules=TEMPLATES,
    function_words=r"der|die|das|und|sie|ihre|ihnen|wir|nicht|mit|für|ist|uns|eine?|zu|dass|du|dir|dich|leider",
    clause_breaks=("aber", "jedoch"),
    and_words=("und",),
    negations=("nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals"),
    negation_idioms=("nicht nur",),
    # "Sollten wir Ihnen keine Stelle anbieten können, …": a condition by inversion (stress set 2)
    conditions=("wenn", "falls", "ob", "sofern", "andernfalls", "anderenfalls", "ansonsten", r"sollten (?:wir|sie)", r"sollte (?:ihre|deine|die|der)"),
    deferrals=("bis", "sobald", "ohne"),
    # also inside compounds: "Vorstellungsgespräch", "Kennenlerntermin" (stress set 2)
    meeting_nouns=(r"\w*termin\w*", r"\w*gespräch\w*", "treffen", r"\w*telefonat", r"probe(?:tag|arbeit)\w*", "schnuppertag"),
    nobody_yet=(r"noch niemand\w*",),
    autoreply_subjects=("automatische antwort", "abwesenheitsnotiz", "abwesenheit", "nicht im büro", "außer haus"),
    months={
        "januar": 1, "jän": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5,
        "juni": 6, "juli": 7, "august": 8, "september": 9, "okt": 10, "oktober": 10, "november": 11,
        "dez": 12, "dezember": 12,
    },
    weekdays={"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6},
    # quote markers
    quote_verbs=("schrieb",),
    attribution_openings=("am",),
    quote_separators=("ursprüngliche nachricht", "originalnachricht", "weitergeleitete nachricht"),
    forward_separators=("weitergeleitete nachricht",),
    forward_openings=("anfang der weitergeleiteten (?:e-mail|nachricht)",),
    from_headers=("von",),
    other_headers=("gesendet", "datum", "an", "betreff"),
    sign_offs=(
        "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße",
        "(?:viele|beste|liebe|herzliche) grüße", "(?:viele|beste|liebe|herzliche) grüsse",
        "grüße", "gruß", "lg", "mfg", "vg", "danke", "vielen dank",
    ),
    client_signatures=(
        "gesendet von (?:meinem|outlook|mail für)", r"von meinem \w+ gesendet", "gesendet mit ",
        r"outlook für \w+ herunterladen",
    ),
    reply_library=True,
    # date words
    back_words=("wieder (?:im büro|erreichbar|da|zurück|verfügbar)", "zurück", "ab"),
    back_places=("im büro",),
    back_joiners=("am", "dem", "den"),
    until_words=("bis(?: einschlie(?:ß|ss)lich| zum| zu)?",),
    date_articles=("den",),
    when_words=(
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "morgen", "übermorgen",
        "nächste woche", "diese woche", "vormittag", "nachmittag",
    ),
    clock_words=("uhr",),
    earlier_words=("letztes jahr", "letzten jahr"),
    reply_prefixes=("aw",),
    forward_prefixes=("wg",),
    mass_mail_words=(r"\babmelden\b", r"\bin dieser ausgabe\b", r"\bviel spaß beim lesen\b"),
    own_application_words=(
        r"\b(?:ihre|deine|ihrer|deiner) bewerbung\b",
        r"\b(?:danke|dank) für (?:ihr|dein|ihre|deine|das) (?:interesse|zeit|gespräch)",
        r"\bbeworben\b",
        r"\bwir danken (?:ihnen|dir) für (?:ihr|dein|ihre|deine|das)\b",
    ),
    acknowledgments=("danke", "vielen dank", "erhalten"),
    # delivery reports
    bounce_subjects=("unzustellbar", "nicht zustellbar"),
    delay_subjects=("verzögert",),
    bounce_bodies=(r"nicht (?:\w+ ){0,4}zugestellt", "unzustellbar", "zustellung (?:ist )?fehlgeschlagen"),
    delay_bodies=("zustellung verzögert",),
)
