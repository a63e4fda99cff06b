"""Spanish."""

from .. import Language
from .phrases import PHRASES

LANGUAGE = Language(
    code="es",
    phrases=PHRASES,
    function_words=r"el|la|los|las|y|tu|su|usted|nosotros|para|con|es|una?|que|del|por|te|le|hemos",
    clause_breaks=("pero", "sin embargo"),
    and_words=("y",),
    negations=("no", "nunca", "tampoco", "ni"),
    negation_idioms=("no solo", "no sólo"),
    conditions=("si", "en caso"),
    deferrals=("hasta", "sin", "antes"),
    meeting_nouns=("reunión", "entrevista", "llamada", "cita"),
    nobody_yet=("nadie",),
    autoreply_subjects=("respuesta automática", "respuesta automatica", "fuera de la oficina", "ausencia"),
    months={
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12, "dic": 12,
    },
    weekdays={
        "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
        "sábado": 5, "domingo": 6,
    },
)
