"""Spanish."""

from .. import Language
from .context import CONTEXT
from .gist import GIST
from .phrases import PHRASES
from .phrases_verdict import FRAME_WORDS
from .structure import STRUCTURE
from .templates import TEMPLATES

LANGUAGE = Language(
    code="es",
    phrases=PHRASES,
    frame_words=FRAME_WORDS,
    context_words=CONTEXT,
    gist_words=GIST,
    structure_words=STRUCTURE,
    template_rules=TEMPLATES,
    function_words=r"el|la|los|las|y|tu|su|usted|nosotros|para|con|es|una?|que|del|por|te|le|hemos",
    clause_breaks=("pero", "sin embargo"),
    and_words=("y",),
    negations=("no", "nunca", "tampoco", "ni"),
    negation_idioms=("no solo", "no sólo"),
    # Not the Italian reflexive "si è conclusa", "si sono" (the shared list reads every language).
    conditions=("si(?! è| e'| sono| prega| tratta)", "en caso", "de lo contrario", "en caso contrario"),
    deferrals=("hasta", "sin", "antes"),
    meeting_nouns=("reunión", "entrevista", "llamada", "cita"),
    nobody_yet=(r"nadie(?! más\b)",),  # (not "no puedo meter a nadie más": nobody else, stress set 22)
    autoreply_subjects=("respuesta automática", "respuesta automatica", "fuera de la oficina", "ausencia"),
    months={
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12, "dic": 12,
    },
    weekdays={
        "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
        "sábado": 5, "domingo": 6,
    },
    # quote markers
    quote_verbs=("escribió",),
    attribution_openings=("el", "la"),  # ("la": kept from the former shared list)
    quote_separators=("mensaje original", "mensaje reenviado"),
    forward_separators=("mensaje reenviado",),
    forward_openings=("inicio del mensaje reenviado",),
    from_headers=("de",),
    other_headers=("enviado", "fecha", "para", "asunto", "de"),
    sign_offs=(
        "saludos", "un saludo", "saludos cordiales", "un cordial saludo", "atentamente",
        "cordialmente", "gracias", "muchas gracias", "un abrazo",
    ),
    client_signatures=("enviado desde (?:mi|outlook)", "obtener outlook para", "descargar outlook para"),
    reply_library=True,
    # date words
    back_words=(
        "de vuelta", "regreso", "regresaré", "volveré", "vuelvo", "me reincorporo", "estaré disponible",
    ),
    back_joiners=("el", "a partir del", "de"),
    until_words=("hasta(?: el)?", "al"),
    until_joiners=("el",),
    date_articles=("el",),
    ordinals=("º",),
    month_joiners=("de",),
    year_joiners=("de",),
    when_words=(
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "mañana", "semana que viene",
        "próxima semana", "esta semana", "por la tarde",
    ),
    clock_openings=("a las",),
    earlier_words=("el año pasado",),
    reply_prefixes=("rv",),
    mass_mail_words=(r"\bdarse de baja\b", r"\bcancelar (?:la )?suscripción\b", r"\ben este número\b", r"\bfeliz lectura\b"),
    own_application_words=(
        r"\b(?:tu|su) candidatura\b",
        r"\bgracias por (?:tu|su) (?:interés|tiempo|participación)",
        r"\bgracias por participar\b",
        r"\bpostulado\b",
        r"\bpostulaste\b",
        # Formal thanks and the reader's own interviews: "le agradecemos el interés"
        r"\b(?:le|te|les|os) agradecemos (?:el|su|tu|la|sus|tus) (?:interés|tiempo|participación|candidatura|confianza)",
        r"\bagradecemos (?:su|tu) (?:interés|tiempo|participación|candidatura)\b",
        r"\btiempo dedicado a (?:las|la) (?:entrevistas?|proceso)\b",
    ),
    acknowledgments=("gracias", "recibido"),
    # delivery reports
    bounce_subjects=("no se puede entregar", "no entregado", "error de entrega"),
    delay_subjects=("retrasad",),
    bounce_bodies=("error al entregar", "no se (?:ha )?pod?ido entregar", "dirección no encontrada"),
    delay_bodies=("entrega retrasada",),
)
