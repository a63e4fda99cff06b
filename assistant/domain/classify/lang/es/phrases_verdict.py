"""Spanish verdicts on the reader: a refusal read from its grammar (see lang/en/phrases_verdict.py).

The reader ("tu solicitud", "su candidatura", "tu postulación") and a word of
being kept out ("ha sido rechazada", "fue descartada"); a negated word of being
let through ("no has sido admitido", "no eres elegible", "no cumples los
requisitos"); the organisation unable to let the reader in ("no podemos
ofrecerte una plaza"). Tested in tests/classify/test_verdicts.py.
"""

from __future__ import annotations

from ...rule import Rule, any_of, rule, within_sentence
from ..frames import FrameWords, refusal_frames

_READER = (r"\b(?:(?:tu|su) (?:[\w-]+ ){0,2}?(?:"
           + any_of(r"solicitud|candidatura|postulación|aplicación|inscripción|participación|perfil|propuesta")
           + r"))")
_GAP = r"(?: (?!no\b)[\w-]+){0,3}?"
# Up to 160 characters of one sentence (a dot only inside a link or a name), with no negation.
# (nor across a condition: "en caso de ser aceptado …, de lo contrario …", real-mail round 48)
_LONG_GAP = within_sentence("no|en caso|de lo contrario|si")
_KEPT_OUT = (r"(?:rechazad[ao]s?|descartad[ao]s?|denegad[ao]s?|desestimad[ao]s?|no seleccionad[ao]s?|"
             r"no aceptad[ao]s?|no admitid[ao]s?)\b")
_LET_THROUGH = (r"(?:"
+ any_of(
    r"seleccionad[ao]s?|admitid[ao]s?|aceptad[ao]s?|aprobad[ao]s?|elegid[ao]s?|preseleccionad[ao]s?",
    r"elegibles?|apt[ao]s?|calificad[ao]s?|cualificad[ao]s?|invitad[ao]s?",
)
+ r")\b")


VERDICTS: list[Rule] = [
    rule(
        "es.rejection.reader_kept_out", "rejection", "strong",
        _READER + _GAP + r" (?:ha sido|han sido|fue|fueron|está|ha quedado|queda) " + _KEPT_OUT,
        # The job named in between, a link included: "Tu postulación a la oferta de trabajo: Analista
        # (https://…) ha sido rechazada" (real-mail rounds 10-12).
        _READER + r"\b" + _LONG_GAP + r" (?:ha sido|han sido|fue|fueron) (?:rechazad[ao]|descartad[ao]|denegad[ao])\b",
        negatable=True,
    ),
    rule(
        "es.rejection.reader_not_let_through", "rejection", "strong",
        r"\bno (?:has|ha|han|hayas) sido (?:\w+ )?" + _LET_THROUGH + r"(?! todavía| aún)",
        r"\bno (?:eres|es|estás|está|resultas?|resultaste) (?:\w+ )?" + _LET_THROUGH,
        r"\bno (?:cumples|cumple|cumplía|cumplías|reúnes|reúne|satisface|satisfaces)(?: con)? (?:los|las|todos los|el)"
        + r" (?:\w+ )?(?:requisitos|criterios|condiciones|perfil)\b",
        void_if_deferred=True,
    ),
    rule(
        # A system's field for the reason of a refusal: "Motivo de rechazo: …".
        "es.rejection.motivo_del_rechazo", "rejection", "strong",
        # (not a warning of what would follow: "No hacerla será motivo de descarte", real-mail round 56)
        r"(?<!\bserá )(?<!\bsería )(?<!\bes )(?<!\bser )\bmotivo (?:de|del) (?:rechazo|descarte)\b",
    ),
    rule(
        "es.rejection.cannot_let_you_in", "rejection", "strong",
        r"\bno (?:podemos|podremos|pudimos|es posible) (?:\w+ )?(?:ofrecerte|ofrecerle|darte|darle|admitirte|admitirle"
        + r"|aceptarte|aceptarle|incorporarte|incorporarle)(?: \w+){0,2}? (?:una |un |el |la )?(?:\w+ )?(?:plaza|puesto"
        + r"|lugar|cupo|vacante|posición|oferta|admisión|beca)\b",
        r"\bno (?:podemos|podremos|pudimos) (?:admitirte|admitirle|aceptarte|aceptarle|seleccionarte|seleccionarle)\b",
        void_if_deferred=True,
    ),
    rule(
        # A status line of its own: "Postulación rechazada", "Estado de tu postulación: rechazada".
        "es.rejection.status_line", "rejection", "strong",
        r"(?:^|\n)\W*(?:estado (?:de (?:tu|su) (?:postulación|candidatura|solicitud|inscripción))? ?:? ?)?"
        + r"(?:(?:tu|su) )?(?:postulación|candidatura|solicitud|inscripción)?:? ?(?:rechazada|descartada|denegada"
        + r"|no seleccionada)\W*(?=\n|$)",
    ),
    rule(
        "es.rejection.someone_refused_your_application", "rejection", "strong",
        r"\b(?:ha|han|hemos|había) (?:\w+ )?(?:rechazado|descartado|denegado|declinado) (?:tu|su) (?:[\w-]+ )?"
        + r"(?:candidatura|postulación|solicitud|inscripción|participación)\b",
        negatable=True,
    ),
]

# The shared refusal frames (lang/frames.py), in this language's words.
FRAME_WORDS = FrameWords(
    "es",
    possessives=r"tu|tus|su|sus",
    refusals=any_of(
        r"rechazad[ao]s?|denegad[ao]s?|descartad[ao]s?|desestimad[ao]s?|declinad[ao]s?",
        r"no (?:ha sido |fue |has sido )?(?:seleccionad[ao]s?|aceptad[ao]s?|aprobad[ao]s?|admitid[ao]s?|elegid[ao]s?"
        + r"|escogid[ao]s?)",
        r"no (?:ha |han )?resultado favorable|desfavorable",
        r"no ha resultado (?:adjudicatari[ao]|seleccionad[ao]|beneficiari[ao])|no (?:es|resulta) (?:adecuad[ao]|idóne[ao])",
        r"cancelad[ao]s?|anulad[ao]s?|revocad[ao]s?|no (?:ha sido|fue) (?:financiad|concedid|elegid)[ao]s?",
    ),
    status_labels=r"estado|decisión|resultado|situación|respuesta|resolución|proceso (?:de selección )?finalizado",
    status_values=r"no apt[ao]|no seleccionad[ao]|candidat[ao] no seleccionad[ao]|no admitid[ao]|denegad[ao]|excluid[ao]|rechazad[ao]",
    applications=r"solicitud|candidatura|postulación|inscripción",
    refusal_nouns=r"rechazo|denegación|descarte|respuesta negativa|carta de rechazo",
    headline_links=r"de|a|en|sobre|para",
    unrelated=any_of(
        r"tasas? de (?:inscripción|examen)",  # a fee (stress set 10)
        r"exención|exoneración",  # a fee waiver refused while the application goes on (real-mail round 39)
        r"pago|tarjeta|pedido|factura|mensaje|correo|e-?mail|contraseña|comentario|vacaciones|gastos|ausencia",
        r"banco|transferencia|cambio de turno|intercambio|reembolsos?|devoluci[oó]n|permiso|baja(?! de la lista)",
    ),
    not_judged=r"archivo|adjunto|documento|foto|oferta|retirada|reunión|entrevista|llamada|cita",
    negations=r"no|nunca|todavía|aún",
    others=r"alguien|compañer[ao]|amig[ao]|otr[ao]s?|candidatos|si|cuando|que",
    modals=r"será|serán|sería|puede|pueden|podría|podrá|debe",
    offers=r"oferta de (?:empleo|trabajo)|propuesta de (?:empleo|trabajo)|oferta",
    withdrawn=r"retirad[ao]|anulad[ao]|revocad[ao]",
    withdraws=r"revocar",
    cannot_go_on=r"\bno (?:podrás|podrá|puedes|puede) (?:pasar|avanzar|continuar|participar|acceder|seguir)\b",
    taken_off=r"\b(?:te|le|lo|la) hemos (?:retirado|quitado|eliminado|sacado|dado de baja) de la lista",
    ended_for_you=r"\bdamos por (?:finalizada|terminada|cerrada|concluida) (?:tu|su) (?:candidatura|solicitud|participación"
    + r"|postulación)",
    left_out=any_of(
        r"\b(?:su|tu) (?:postulaci[oó]n|candidatura|solicitud)\b[^.!?\n]{0,40}\bno avanzar[aá]\b",  # text without accents, regional variants and loanwords (stress set 25)
        r"\bse fue con (?:otro candidato|otra candidata|otra persona|alguien m[aá]s)\b",
        r"\bno (?:podemos|podremos) activar (?:su|tu) cuenta como\b",  # selections in other sectors: auditions, trials, cadets, freelance bids (stress set 24)
        r"\b(?:su|tu) expediente ha sido archivado\b",  # longer formal letters with the decision buried (stress set 23)
        r"\bincluida la (?:suya|tuya)\b[^.!?\n]{0,30}\bquedan? (?:por tanto |por lo tanto |así )?(?:cerradas?|anuladas?|descartadas?)\b",
        r"\b(?:se la|se lo|la|lo) he ofrecido a (?:una candidata|un candidato|otra persona|otro candidato|otra candidata)\b",  # refusals written by people, informal and indirect (stress set 22)
        r"\bno ha cuajado\b",
        r"\bel puesto ya lo hemos dado\b|\bya hemos dado el puesto\b",
        r"\bahora mismo no puedo meter a nadie más\b|\bno puedo (?:meter|coger|contratar) a nadie más\b",
        r"\bla encargada prefiere a alguien\b|\b(?:prefiere|preferimos|prefieren) a alguien que\b",
        r"\bno (?:tendrás|tendrá) la (?:oportunidad|ocasión|posibilidad) de (?:formar parte|unirte|unirse|incorporarte|incorporarse)\b",  # no place given, no chance to join (real-mail rounds 58 and 59)
        r"\bno figura(?:s)? (?:entre|en la lista de) (?:las personas |los |las )?(?:aprobad|seleccionad|admitid)\w*",  # internships, apprenticeships, graduate schemes and public competitions (stress set 21)
        r"\bno poder (?:ofrecerte|ofrecerle|darte|darle) (?:una |un |el |la )?(?:plaza|puesto|lugar|vacante|contrato)\b",
        # (not "cubiertas en primera adjudicación, pero usted figura en la lista de espera", stress set 3)
        r"\bplazas\b[^.!?\n]{0,60}\b(?:ya )?están (?:todas )?cubiertas\b(?! en primera)(?![^.!?\n]{0,80}\b(?:lista de espera|reserva)\b)",
        r"\b(?:cogido|escogido|fichado) a (?:otra persona|otro candidato|otra candidata|alguien)\b",
        r"\bresuelto no (?:adjudicarle|adjudicarte|concederle|concederte|asignarle|asignarte|seleccionarle|seleccionarte)\b",
        r"\b(?:su|tu) candidatura\b[^.!?\n]{0,80}\bya no (?:está siendo|es|será|sigue siendo) considerada\b",  # automated notices of tracking systems and portals (stress set 20)
        r"\bfigura(?:s| usted)? como excluid[oa]\b",
        r"\bno encaja con lo que buscamos\b",  # a season's inbox (stress set 17)
        r"\bresuelto excluir (?:su|tu) (?:solicitud|candidatura)\b",
        r"\bcalificación de \W?no apt[oa]\b|\bresultado \W?no apt[oa]\b",  # formal public-sector letters (stress set 16)
        r"\bno continúa en el proceso\b",
        r"\bno ha superado (?:el|la) (?:concurso|oposición)\b",
        r"\bsu exclusión del (?:proceso|concurso|procedimiento)\b",
        r"\b(?:su|tu) candidatura no (?:puede|podrá) prosperar\b",
        r"\bse la hemos dado a otra persona\b",
        r"\bquedando eliminad[oa]\b|\bqueda eliminad[oa] del proceso\b",
        r"\bno se le ha (?:asignado|adjudicado) ninguna plaza\b",
        r"\b(?:resuelto|decidido) no concederle\b",
        r"\bsu perfil no es idóneo\b",
        r"\bha caducado\b[^.!?\n]{0,80}\bse ha (?:eliminado|cerrado|borrado)\b",  # selections outside work and study (stress set 14)
        r"\bno has entrado en la (?:plantilla|convocatoria|selección|lista)\b",
        r"\bno ha aprobado (?:su|tu) solicitud\b",
        r"\bdad[ao] de baja de la lista de espera\b",
        r"\bhemos tenido que rechazar (?:tu|su) (?:inscripción|solicitud|candidatura)\b",
        r"\b(?:decidido|resuelto) no (?:incorporar|incluir|aceptar) (?:tu|su) proyecto\b",
        r"\b(?:hemos )?dado (?:tu|su) (?:sitio|plaza|puesto) [^.!?\n]{0,40}\ba alguien\b",
        r"\bdejaremos de actuar como entidad patrocinadora\b",
        r"\bno vamos a poder (?:avanzar|seguir|continuar) (?:contigo|con usted|con tu candidatura|con su candidatura)\b",  # a refusal said softly (stress set 12)
        r"\b(?:considerado|considera) más adecuad[oa]s otros (?:perfiles|candidatos)\b",
        r"\bseguir adelante con (?:otros )?candidatos con más\b|\bse ha inclinado por (?:un|otro) (?:perfil|candidato)\b",
        r"\bcubrir la (?:plaza|vacante|posición|puesto) (?:mediante|con) una? (?:promoción interna|candidato interno|persona de la casa)\b",
        r"\b(?:seguir|continuar) con otro (?:consultor|candidato|perfil|proveedor)\b[^.!?\n]{0,40}\bcierro (?:tu|su) candidatura\b",
        r"\bno (?:fue|ha sido) (?:respondida|atendida|aceptada) dentro del plazo (?:previsto|establecido|fijado)\b",  # a request left unanswered in the time allowed and removed (real-mail round 50)
        r"\bno (?:alcanzaste|alcanzó|has alcanzado|ha alcanzado|obtuviste|obtuvo|lograste|logró) (?:el|la) (?:puntaje|puntuación|nota|calificación) (?:necesari[oa]|mínim[oa]|requerid[oa])\b",  # the score needed not reached (real-mail round 48)
        r"\b(?:inferior|por debajo) (?:al|del) umbral (?:de financiación|mínimo)\b",  # decisions on submissions and calls (stress set 13)
        r"\bno podrá (?:recibir (?:apoyo|financiación)|ser financiad[oa])\b",
        r"\b(?:resuelto|decidido|acordado) no (?:admitirle|admitirte|admitirlo|admitirla|seleccionarle|seleccionarte)\b",
        r"\bno (?:ha|has) entrado en (?:el|la) (?:programa|programación|selección|cartel)\b",
        r"\b(?:la|su|tu) (?:solicitud|candidatura|postulación) (?:ha quedado|queda|ha sido|fue) excluid[oa]\b",
        r"\bno incluir (?:su|tu) (?:[\w-]+ )?(?:obra|trabajo|proyecto|candidatura|propuesta) entre (?:los|las) (?:finalistas|seleccionad[oa]s|ganadores)\b",
        r"\b(?:ha|han) optado por otr[oa]s (?:proyectos|propuestas|candidaturas|candidatos|perfiles|obras)\b",
        r"\bno ha alcanzado la puntuación (?:necesaria|mínima|requerida)\b",
        r"\b(?:enviar|presentar|someter) (?:este|esta|su|tu) (?:[\w-]+ ){0,3}?a otr[oa]s? (?:conferencias?|congresos?|revistas?|eventos?|convocatorias?)\b",  # a desk rejection: out of scope, submit elsewhere (real-mail round 47)
        r"\bno se ajusta al (?:enfoque|alcance|ámbito|tema)\b",
        r"(?<!\bno )\b(?:nos vimos en la (?:necesidad|obligación) de|tuvimos que|hemos tenido que|nos vemos obligados a) (?:rechazar|declinar|desestimar)"
        + r" (?:su|tu) (?:propuesta|candidatura|solicitud|postulación|ponencia|trabajo)\b",  # had to refuse the proposal (real-mail round 47)
        r"\bqueda(?:s)? (?:usted )?(?:eliminad[ao]|excluid[ao])(?:/a)? del (?:proceso|concurso|certamen)",
        r"\bno (?:podrá|podrás) formalizar\b",
        r"\bno declarar(?:le|te) apt[ao]\b",
        r"\bno (?:contamos|contaremos|vamos a (?:poder )?contar|podemos contar|podremos contar) con(?:tigo| usted)\b",
        r"\b(?:nos quedamos|nos hemos quedado) con otr[ao] (?:chic[ao]|persona|candidat[ao]|perfil)",
        r"\bhas sido eliminad[ao] del (?:turno|grupo|curso|proyecto)\b",
        r"\bno se te ha asignado (?:ningun[ao]?|ningún)\b",
        r"\bse ha cedido a la siguiente persona\b",
        r"\bha elegido a otr[ao] (?:freelancer|proveedor|candidat[ao]|persona|profesional)\b",
        # stress set 5
        r"\bno (?:ha|has) obtenido (?:plaza|puesto|destino|financiación|la beca|la ayuda)\b",
        r"\b(?:ha quedado|queda) en (?:situación|estado) de \W?no (?:adjudicad|admitid|seleccionad|apt)\w*",
        r"\bno figura (?:entre|en) (?:los|las|la) (?:aspirantes|candidat\w+|seleccionad\w+|lista|relación)\b",
        r"\bvaloración de \W?no apt[ao]\b",
        r"\bno podremos (?:darte de alta|contar contigo|aceptarte|seleccionarte)\b",
        r"\bdecidido no (?:contar contigo|seleccionar|continuar|aceptar|admitir)\b",
        r"\bno (?:te|le|lo|la) (?:ha|hemos|han) (?:seleccionad|elegid|admitid|aceptad)[oa]\b",
        # stress set 6
        r"\bno (?:podemos|podremos|hemos podido) (?:asignarte|incluirte|inscribirte|admitirte|aceptarte|darte plaza"
        + r"|incorporarte)\b",
        r"\bno (?:vamos a|podemos) incorporarte\b",
        r"\bno ofrecerte (?:una )?plaza\b|\bno (?:te|le) (?:ofrecemos|ofreceremos|podemos ofrecer) (?:una )?plaza\b",
        r"\b(?:ha sido|has sido|queda|quedas) excluid[ao](?:/a)? de(?:l| la) (?:proceso|bolsa|lista|convocatoria|concurso)",
        r"\b(?:al que|a la que|para el que|para la que) (?:te habías|te has|se había|se ha|te) postulad[oa]\b,? (?:ha sido"
        + r"|fue|se ha)[^.!?\n]{0,40}? (?:cancelad[oa]|retirad[oa]|eliminad[oa]|cerrad[oa])",
        r"\bya no está en consideración\b|\bya no se (?:tiene|tendrá) en cuenta\b",
        r"\blista de espera\b[^.!?\n]{0,60}?(?:se ha cerrado|está cerrada|ha sido cerrada)",
        r"\bno se ofrecerán más plazas\b",
        # stress set 7
        r"\b(?:el|la) (?:[\w-]+ ){1,3}?(?:que solicitaste|que solicitó|a la que te postulaste|al que te postulaste) (?:ya )?"
        + r"(?:ha sido asignad[oa]|no está disponible|fue asignad[oa])",
        r"\b(?:ha sido|fue) asignad[oa] a otr[oa] (?:estudiante|candidat[oa]|alumn[oa]|persona)\b",
        r"\b(?:la plaza|el puesto|el tema) ya no está disponible\b",
        r"\b(?:hemos|he) encontrado a (?:alguien|otra persona|otr[oa] candidat[oa]) para\b",
        r"\bno (?:podré|podremos|puedo|podemos) (?:acogerte|dirigir la tuya|dirigirte|aceptarte|admitirte)\b",
        r"\btodas las plazas (?:[\w-]+ ){0,6}?(?:han sido|fueron|están) (?:adjudicadas|asignadas|cubiertas|ocupadas)\b",
        # real-mail round 32: "se ha tomado la decisión de optar por otros perfiles"
        r"\b(?:optar|optado|optamos|opta) por otr[oa]s? (?:perfil(?:es)?|candidat[oa]s?|aspirantes|personas|postulantes)\b",
        # the English families of real-mail rounds 28-31, in Spanish
        r"\b(?:encontrado|elegido|escogido|seleccionado) a (?:otr[oa]|un[ao] otr[oa]) (?:estudiante|candidat[oa]"
        + r"|voluntari[oa]|persona|becari[oa]|perfil)\b",
        r"\bno (?:puedo|podemos|podré|podremos|me es posible) (?:dirigir|supervisar|tutorizar|tutelar) (?:tu|su) (?:tesis"
        + r"|tfg|tfm|trabajo|proyecto)\b",
        r"\b(?:vuelve a postularte|vuelva a postularse|postúlate de nuevo|postúlese de nuevo|vuelve a presentar tu candidatura"
        + r"|vuelva a presentar su candidatura),? (?:cuando|una vez que|en cuanto) (?:cumplas|cumpla|tengas|tenga|reúnas|reúna)\b",
        r"\bdecidido (?:terminar|finalizar|poner fin a) (?:(?:tu|su) (?:mentoría|tutoría|colaboración)\b|la (?:mentoría|tutoría"
        + r"|colaboración) (?:contigo|con usted)\b)",
        # the families of stress set 8 and rounds 33-36, in Spanish
        r"\bsu nombre no (?:ha entrado|figura|aparece|está) (?:en la lista|entre)\b[^.!?\n]{0,40}?(?:candidatos|seleccionad"
        + r"|admitid|preseleccionad)",
        r"\b(?:hemos|ya hemos) (?:incorporado|contratado|dado la bienvenida) a (?:nuestr[oa]|un[ao]) nuev[oa] \w+"
        + r"(?![^.!?\n]*\b(?:te|tu|usted|su)\b)",
        r"\bya no (?:puede|pueden|podemos|puedo) ofrecer(?:te|le) (?:esta|este|la|el) (?:oportunidad|puesto|plaza|tarea"
        + r"|voluntariado)\b",
        # core families missed outside English (language parity)
        r"\bcubrir (?:el|la|este|esta) (?:puesto|vacante|plaza) (?:de forma )?intern(?:amente|a)\b|\b(?:puesto|vacante"
        + r"|plaza) (?:se ha|ha sido|será) cubiert[oa] internamente\b",
        r"\bcontratar a (?:un|una|otr[oa]) (?:candidat[oa]|persona|perfil) (?:con|que tiene) más experiencia\b",
        # core families missed (language parity, batch 4)
        r"\bno (?:le|la|te|los) (?:invitaremos|convocaremos|llamaremos) a (?:una|la) entrevista\b",
        r"\bcerrar el proceso sin (?:cubrir|contratar)\b",
        r"\bno (?:cumple|cumples) (?:con )?(?:la|el|los|las) (?:titulación|requisito|requisitos|formación|experiencia)"
        + r" mínim[oa]s?\b",
        r"\btomar otra dirección para (?:este|el) puesto\b",
        # language parity, batch 5
        r"\bno poder ofrecer(?:le|te) (?:el|la|este|esta) (?:puesto|plaza|vacante|posición|trabajo)\b",
        r"\bninguna vacante (?:adecuada|acorde|que se ajuste) (?:para|a) su perfil\b",
        r"\bno se encuentra entre (?:los|las) (?:candidatos|candidatas|personas|perfiles) (?:preseleccionad|seleccionad"
        + r"|admitid)\w*",
        r"\b(?:contratar|seleccionar|elegir) a otr[oa] (?:candidat[oa]|persona|perfil)\b",
        r"\b(?:puesto|vacante|oferta|plaza)\b[^.!?\n]{0,40}? (?:ha sido|fue) (?:retirad[oa]|cancelad[oa]|anulad[oa])\b",
        r"\b(?:su|tu) candidatura (?:ha sido|fue|está) archivada\b",
        # stress set 9
        r"\b(?:vacante|puesto|plaza|oferta)\b(?:(?!\b(?:no|todavía|aún)\b)[^.!?\n]){0,80}? (?:ya )?(?:ha sido|fue|está)"
        + r" cubiert[oa]\b",
        r"(?:^|\n)\W*(?:vacante|puesto|plaza) cubiert[oa]\W*(?=$|\n)",
        # casual refusals (language parity, batch 7)
        r"\bno (?:te|le|la|lo) (?:vamos a poder|podemos|podremos) (?:coger|contratar|incorporar|seleccionar|tomar)\b",
        r"\besta vez no ha (?:salido|podido ser)\b",
        # real-mail round 42: a volunteer not confirmed, an activity signed up for cancelled
        r"\bno (?:quedaste|quedó|has quedado|ha quedado) confirmad[oa] para participar\b",
        r"\b(?:actividad|turno|voluntariado|jornada)\b[^.!?\n]{0,80}? ha sido cancelad[ao]\b(?![^.!?\n]{0,60}\b(?:nueva fecha|reprogramad)\w*)",
        # stress set 10: Spanish as it is written
        r"\bno ha superado usted (?:el|la) (?:[\w-]+ )?(?:ejercicio|prueba|fase|examen)\b",
        r"\bnos hemos quedado con (?:una|un|otra|otro) (?:chica|chico|persona|candidat[oa]|perfil)\b",
        r"\besta vez no va a poder ser\b",
        r"\bresuelto no (?:admitir|conceder|aceptar|seleccionar)\b",
        r"\bno podemos incorporar a más (?:personas|voluntari[oa]s|gente)\b",
        r"\bse lo hemos dado a (?:un|una|otr[oa])\b",
        r"\bha resultado excluid[oa](?:/a)?\b",
        r"\bno hemos encontrado ninguna (?:posición|vacante|oferta) adecuada para (?:ti|usted)\b",
        r"\b(?:adjudicad[ao]|asignad[ao]|concedid[ao]) a otr[ao] (?:persona|candidat[oa]|aspirante)\b",
        # the informal register (language parity, batch 9)
        r"\bhemos (?:elegido|escogido|seleccionado) (?:a )?(?:otro (?:perfil|candidato)|otra (?:candidata|persona))\b",
    ),
    changed_to=r"cambiad[ao] a|cambió a",
    agent_words=r"por|para",
    # (and a decision to refuse: "hemos decidido rechazar tu candidatura", real-mail round 54's French one)
    refused_your=r"(?<!\bno )(?:rechazamos|desestimamos|denegamos)"
    + r"|(?:decidido|optado por|tenido que|vist[oa]s? obligad[oa]s? a|resuelto) (?:rechazar|desestimar|descartar|denegar)"
    + r"|(?:ha|han) (?:desestimado|cancelado|anulado|revocado|rechazado|finalizado|terminado|cerrado|dado por finalizad[ao])",
    invitations=r"invitación",
    revoked=r"revocada|retirada|anulada",
)
VERDICTS += refusal_frames(FRAME_WORDS)
