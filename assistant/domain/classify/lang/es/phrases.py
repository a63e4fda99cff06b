"""Spanish phrase rules (see rule.py and phrases_en)."""

from ...rule import Rule, any_of, rule
from .phrases_verdict import VERDICTS

_MONTH = (r"(?:"
+ any_of(
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|q[1-4]",
    r"el nuevo año|(?:unas|unos|dos|tres|\d+) (?:semanas|meses)",
)
+ r")")

PHRASES: list[Rule] = VERDICTS + [
    # ---- rejection -------------------------------------------------------
    rule(
        "es.rejection.no_continuar_con_tu_candidatura", "rejection", "strong",
        r"\bno (?:vamos a |podemos |podremos |seguiremos |continuaremos |avanzaremos )?(?:continuar|seguir|avanzar|avanzaremos|seguiremos|continuaremos|proceder"
        + r")(?: adelante)? (?:"
        + any_of(
            r"con (?:tu|su) (?:candidatura|solicitud|proceso|perfil|aplicación|postulación)|en el proceso",
            r"contigo|con usted",
        )
        + r")",
    ),
    rule(
        "es.rejection.continue_with_another_candidate", "rejection", "strong",
        r"\b(?:decidido|optado|elegido) (?:por )?(?:continuar|seguir|avanzar|proceder|seguir adelante) con (?:otros?|otras?) (?:candidat|perfil|persona)",
    ),
    rule(
        "es.rejection.another_candidate_whose", "rejection", "strong",
        r"\b(?:otro|otra|otros|otras) (?:candidato|candidata|candidatos|candidatas|perfil|perfiles|persona) (?:cuyo|cuya|cuyos|que se ajusta|que encaja|más)",
    ),
    rule(
        "es.rejection.you_were_not_selected", "rejection", "strong",
        r"\bno (?:has|ha|hayas|haya) (?:sido|resultado) (?:seleccionad|elegid|escogid|finalista)",
    ),
    rule(
        "es.rejection.cubierto_la_vacante", "rejection", "strong",
        r"\b(?:cubierto|ocupado|asignado|adjudicado) (?:la|el|esta|este) (?:vacante|puesto|posición|plaza)",
        r"\b(?:contratado|seleccionado|elegido|incorporado) a (?:otra persona|otro candidato|otra candidata|alguien)",
    ),
    rule(
        "es.rejection.position_filled", "rejection", "strong",
        r"\b(?:puesto|vacante|posición|plaza)(?: \w+){0,3} (?:ya )?(?:ha sido|fue|se ha|está|han sido) (?:cubiert|ocupad|cancelad|cerrad|congelad|asignad)",
        r"\bcubiert[oa] internamente\b",
    ),
    rule(
        "es.rejection.no_podemos_ofrecerte_una_oferta", "rejection", "strong",
        r"\bno (?:podemos|podremos|estamos en condiciones de|vamos a) (?:ofrecerte|ofrecerle|hacerte|hacerle|extenderte) (?:una oferta|el puesto|la posición)",
    ),
    rule(
        "es.rejection.chose_another_candidate", "rejection", "strong",
        r"\b(?:optado|decidido|apostado|decantado) por (?:otro|otra|otros|otras) (?:candidat\w*|perfil\w*|persona\w*|opci\w+)",
    ),
    rule(
        "es.rejection.hemos_decidido_no_continuar", "rejection", "strong",
        r"\b(?:hemos|han) (?:decidido|optado) no (?:continuar|seguir|avanzar|proceder)",
    ),
    rule(
        "es.rejection.no_ha_sido_posible", "rejection", "medium",
        r"\bno (?:ha|has) sido (?:posible|exitos)",
        r"\bdescartad[oa]\b",
        r"\bno encaja\b",
        r"\bno se ajusta\b",
    ),
    rule(
        "es.rejection.lamentamos_informarte", "rejection", "medium",
        r"\b(?:lamentamos|lamento|sentimos|siento) (?:mucho )?(?:informarte|informarle|comunicarte|comunicarle|decirte|decirle)"
        + r"(?! de que (?:la|el) (?:sesión|reunión|evento|jornada|charla)\b)",
    ),
    rule(
        "es.rejection.congelacion_de_contrataciones", "rejection", "medium",
        r"\bcongelación de (?:las )?contrataciones\b",
        r"\b(?:proceso|puesto|posición)(?: \w+){0,2} (?:está |queda |ha quedado )?(?:en pausa|suspendid|en espera)",
    ),
    rule(
        "es.rejection.guardaremos_tu_cv", "rejection", "medium",
        r"\b(?:guardaremos|conservaremos|mantendremos|tendremos en cuenta) (?:tu|su) (?:cv|currículum|curriculum|candidatura|perfil)",
    ),
    rule(
        "es.rejection.lamentablemente", "rejection", "weak",
        r"\blamentablemente\b",
        r"\bdesafortunadamente\b",
        r"\bpor desgracia\b",
        r"\blamentamos\b",
        r"\bsentimos\b",
    ),
    rule(
        "es.rejection.other_candidates", "rejection", "weak",
        r"\botros candidat",
        r"\botras candidat",
    ),
    rule(
        "es.rejection.exito_en_tu_busqueda", "rejection", "weak",
        r"\béxito en (?:tu|su) (?:búsqueda|carrera|futuro|próximos)",
        r"\blo mejor en (?:tu|su)",
    ),
    rule(
        "es.rejection.tras_cuidadosa_consideracion", "rejection", "weak",
        r"\btras (?:una )?(?:cuidadosa|detenida|larga|profunda) (?:consideración|evaluación|revisión|reflexión)",
    ),
    rule(
        "es.rejection.you_will_not_continue", "rejection", "strong",
        r"\bno (?:"
        + any_of(
            r"continuarás|continuará|continuaréis|seguirás|seguirá|avanzarás|avanzará|pasarás|pasará",
            r"formarás parte|formará parte|vamos a seguir contigo|seguiremos contigo",
        )
        + r")\b",
    ),
    rule(
        "es.rejection.closed_with_another_candidate", "rejection", "strong",
        r"\b(?:"
        + any_of(
            r"cerrar|cerrado|cubrir|cubierto|finalizar|finalizado|completado|seguir|continuar|avanzar|quedado",
            r"quedarnos",
        )
        + r")(?: \w+){0,3} con (?:otro|otra|otros|otras) (?:candidat\w*|perfil\w*|persona\w*|opci\w+)",
        r"\bcon (?:otra persona|alguien más)\b",
    ),
    rule(
        "es.rejection.candidacy_not_selected", "rejection", "strong",
        r"\b(?:no|ni) (?:ha|has|haya|hayas) (?:sido|resultado|quedado) (?:seleccionad|elegid|escogid|preseleccionad|finalista)",
        r"\bno (?:ha|has) pasado (?:a la|el) (?:siguiente|próxima|filtro)",
    ),
    rule(
        "es.rejection.perfil_no_encaja", "rejection", "medium",
        r"\b(?:perfil|experiencia|candidatura)(?: \w+){0,3} no (?:encaja|se ajusta|coincide|corresponde|cumple)",
    ),
    rule(
        "es.rejection.selected_a_candidate_whose", "rejection", "strong",
        r"\b(?:seleccionado|elegido|escogido|contratado|optado por|incorporado)"
        + r" a (?:un|una|otro|otra) (?:\w+ )?(?:candidat\w*|persona|perfil)(?: \w+){0,2} (?:cuyo|cuya|que|con|más)",
        r"\b(?:se adapta|se ajusta|encaja|corresponde|responde)(?: \w+)? (?:mejor|más) (?:a|con) (?:los|las|el|la|lo que)",
    ),
    rule(
        "es.rejection.no_ha_prosperado", "rejection", "strong",
        r"\bno ha (?:prosperado|salido adelante|avanzado|progresado)\b",
        r"\bno (?:podemos|podremos) (?:avanzar|continuar|seguir) contigo\b",
    ),
    rule(
        "es.rejection.not_in_your_favour", "rejection", "strong",
        r"\bno (?:ha sido|fue|ha salido|salió) a (?:tu|su) favor\b",
    ),
    rule(
        "es.rejection.chose_a_profile_with_more", "rejection", "strong",
        r"\b(?:optado|decantado|apostado|decidido) por (?:un|una) (?:\w+ )?(?:perfil|candidat\w*|persona) (?:\w+ )?(?:con|que|más|cuyo|cuya)\b",
    ),
    # ---- el puesto fue para otra persona, o ya no existe -----------------
    rule(
        "es.rejection.went_with_another_person", "rejection", "strong",
        r"\b(?:"
        + any_of(
            r"quedado|quedamos|quedaremos|decantado|decantamos|optado|optamos|elegido|elegimos|escogido",
            r"escogimos|seleccionado|seleccionamos|contratado|contratamos|apostado|apostamos|ido|vamos",
        )
        + r") (?:con|por|a) (?:"
        + any_of(
            r"una persona|un candidato|una candidata|alguien|otra persona|otro perfil|un perfil|una compañera",
            r"un compañero|otro candidato|otra candidata|un profesional|una profesional",
        )
        + r")\b",
        r"\b(?:ocupará|cubrirá|asumirá|asume|ocupa|ocupará) (?:el|este|la|esta) (?:puesto|vacante|posición|plaza|rol)\b",
    ),
    rule(
        "es.rejection.decidido_no_cubrir_el_puesto", "rejection", "strong",
        r"\b(?:decidido|decisión de|optado por) no (?:cubrir|ocupar|abrir|seguir con|continuar con)"
        + r" (?:el|la|este|esta) (?:puesto|vacante|posición|plaza|proceso)",
        r"\b(?:puesto|vacante|posición|plaza|oferta)(?: \w+){0,3} (?:ha sido|fue|se ha|queda) (?:retirad|anulad|suprimid|cerrad|cancelad)\w*",
        r"\b(?:retirado|anulado|cerrado|cancelado) (?:el|la) (?:puesto|vacante|oferta|proceso)\b",
    ),
    # ---- next step -------------------------------------------------------
    rule(
        "es.next_step.invitarte_a_una_entrevista", "next_step", "strong",
        r"\b(?:invitarte|invitarle|invitamos|convocarte|convocarle|invitaros) a (?:una|la|un|el|nuestra)(?: \w+){0,2} (?:"
        + r"entrevista|ronda|reunión|llamada|prueba|fase|etapa|videollamada)",
    ),
    rule(
        "es.next_step.pasar_a_la_siguiente_fase", "next_step", "strong",
        r"\b(?:pasar|pasas|avanzar|avanzas|continuar) a la (?:siguiente|próxima|última) (?:fase|etapa|ronda)",
    ),
    rule(
        "es.next_step.tienes_disponibilidad", "next_step", "strong",
        r"\b(?:tienes|tendrías|tiene|tendría|tendrás) disponibilidad\b",
        r"\b(?:tu|su) disponibilidad\b",
        r"\b(?:estás|estarías|está|estaría|estarás) disponible\b",
        r"\b(?:qué|cuándo) (?:día|horario|hora|te viene|le viene|te va|podrías|puedes)",
    ),
    rule(
        "es.next_step.reprogramar_la_entrevista", "next_step", "strong",
        r"\b(?:reprogramar|cambiar|mover|aplazar|posponer|reagendar|trasladar|adelantar)"
        + r" (?:la|nuestra|tu|su|el|nuestro) (?:\w+ )?(?:entrevista|reunión|llamada|cita)",
    ),
    rule(
        "es.next_step.agendar_una_entrevista", "next_step", "strong",
        r"\b(?:agendar|programar|organizar|coordinar|concertar) (?:una|la|un) (?:\w+ )?(?:entrevista|reunión|llamada|cita)",
    ),
    rule(
        "es.next_step.another_time", "next_step", "medium",
        r"\bnueva (?:hora|fecha|cita)\b",
        r"\botro (?:horario|día)\b",
    ),
    rule(
        "es.next_step.segunda_entrevista", "next_step", "weak",
        r"\b(?:segunda|siguiente|próxima|última|tercera|final) (?:entrevista|ronda|fase|etapa)\b",
    ),
    rule(
        "es.next_step.prueba_tecnica", "next_step", "medium",
        r"\bprueba técnica\b",
        r"\bcaso práctico\b",
        r"\bejercicio técnico\b",
        r"\bprueba (?:práctica|online)\b",
        void_if_done=True,
    ),
    rule(
        "es.next_step.references_contact_details", "next_step", "medium",
        r"\b(?:datos de contacto|contacto) de (?:tus|sus|dos|tres) referencias\b",
        r"\breferencias (?:laborales|profesionales)\b",
    ),
    rule(
        "es.next_step.siguiente_paso", "next_step", "weak",
        r"\bsiguiente paso\b",
        r"\bpróximos pasos\b",
        r"\breferencias\b",
    ),
    rule(
        "es.next_step.podrias_venir", "next_step", "strong",
        r"\b(?:podrías|puedes|podría|puede|podrían|te vendría bien|le vendría bien) (?:venir|pasarte|pasar por|acercarte|acercarse|visitarnos)\b",
        r"\b(?:vengas|venga|pases) (?:a|por) (?:la oficina|nuestras oficinas|vernos)",
    ),
    rule(
        "es.next_step.meet_the_team", "next_step", "strong",
        r"\bconoc(?:ieras|ieses|eras|as|er|iera|iese|a|ieran) (?:a |al |a la |a los |a nuestr\w+ )(?:\w+ )?(?:"
        + r"equipo|director\w*|responsable|ceo|cto|jef\w*|manager|fundador\w*|socio\w*)",
        r"\bvolver a (?:hablar|reunirnos|vernos|charlar|conversar) (?:contigo|con usted)",
    ),
    rule(
        "es.next_step.reserva_un_hueco", "next_step", "strong",
        r"\b(?:reserva|reservar|elige|elegir|escoge|escoger|agenda) (?:un|tu|su) (?:hueco|horario|espacio|cita|momento)\b",
    ),
    rule(
        "es.next_step.has_pasado_a_la_fase", "next_step", "strong",
        r"\b(?:has|ha) pasado a la (?:fase|etapa|ronda) (?:final|siguiente)",
        r"\b(?:has|ha) pasado a la (?:siguiente|próxima|última) (?:fase|etapa|ronda)",
        r"\b(?:te|le) propongo (?:el|la|un|una) (?:lunes|martes|miércoles|jueves|viernes|día|hora|reunión|llamada)",
    ),
    rule(
        "es.next_step.move_it_to", "next_step", "strong",
        r"\b(?:moverla|moverlo|cambiarla|cambiarlo|pasarla|pasarlo|aplazarla|aplazarlo|retrasarla|adelantarla|reprogramarla|reprogramarlo) (?:a|al|para)\b",
    ),
    rule(
        "es.next_step.ha_superado_la_fase", "next_step", "strong",
        r"\b(?:ha|has) superado (?:la|el) (?:\w+ )?(?:fase|etapa|ronda|filtro|prueba|entrevista)\b",
        r"\b(?:le|te|os) convocamos\b",
    ),
    # ---- offer -----------------------------------------------------------
    rule(
        "es.offer.ofrecerte_el_puesto", "offer", "strong",
        r"\b(?:ofrecerte|ofrecerle|ofrecemos|ofrecerte formalmente) (?:el|la) (?:puesto|posición|trabajo|plaza|cargo|empleo)",
    ),
    rule(
        "es.offer.placer_ofrecerte", "offer", "strong",
        r"\b(?:placer|complace|encantados|alegra|gusto|satisfacción) (?:de )?(?:"
        + any_of(
            r"ofrecerte|ofrecerle|hacerte (?:llegar )?una oferta|hacerle (?:llegar )?una oferta",
            r"comunicarte que has sido seleccionad",
        )
        + r")",
    ),
    rule(
        "es.offer.carta_oferta", "offer", "strong",
        r"\bcarta (?:de )?oferta\b",
        r"\boferta (?:formal|económica|revisada|de contratación)\b",
    ),
    rule(
        "es.offer.contrato_para_firmar", "offer", "strong",
        r"\bcontrato(?: \w+){0,2} (?:para firmar|a firmar|para tu firma|para su firma)",
        r"\bfirmar (?:el|tu|su) contrato\b",
    ),
    rule(
        "es.offer.bienvenido_al_equipo", "offer", "medium",
        r"\bbienvenid[oa]s? al equipo\b",
        r"\bnuestra oferta\b",
        # Not "la oferta de trabajo/empleo" (Latin American job boards: the posting, rounds 10-12).
        r"\bla oferta\b(?! (?:de (?:trabajo|empleo)|laboral)\b)",
    ),
    rule(
        "es.offer.fecha_de_inicio", "offer", "weak",
        r"\bfecha de (?:inicio|incorporación)\b",
        r"\bsalario\b",
        r"\bfelicidades\b",
        r"\benhorabuena\b",
    ),
    rule(
        "es.offer.queremos_que_te_unas", "offer", "strong",
        r"\b(?:queremos|nos gustaría|nos encantaría|nos alegra|deseamos|esperamos)(?: \w+){0,2} (?:"
        + any_of(
            r"que te unas|que se una|que formes parte|que forme parte|contar contigo|contar con usted",
            r"incorporarte|incorporarle|que te incorpores|que se incorpore|tenerte (?:en el|con nosotros)",
        )
        + r")",
    ),
    rule(
        "es.offer.has_sido_seleccionado_para_el", "offer", "strong",
        r"\b(?:has|ha) sido (?:seleccionad[oa]|elegid[oa]|escogid[oa]) (?:para|como) (?:el|la|este|esta|nuestr[oa]) (?:\w+ )?(?:"
        + r"puesto|posición|vacante|plaza|cargo|rol)\b",
        r"\b(?:te|le) (?:enviaremos|mandaremos|haremos llegar) (?:la|el|nuestra) (?:propuesta|contrato|oferta)\b",
    ),
    # ---- pending ---------------------------------------------------------
    rule(
        "es.pending.todavia_no_hemos_tomado_decision", "pending", "strong",
        r"\b(?:todavía|aún) no (?:hemos|se ha|han) (?:tomado|llegado a) (?:una |ninguna )?(?:decisión)",
        r"\bninguna decisión\b",
        negatable=False,
    ),
    rule(
        "es.pending.seguimos_evaluando", "pending", "strong",
        r"\b(?:seguimos|continuamos|estamos todavía|estamos aún|aún estamos|todavía estamos)"
        + r" (?:evaluando|revisando|entrevistando|valorando|analizando|en (?:el )?proceso)",
        r"\bproceso(?: \w+){0,2} (?:sigue|continúa|está) (?:abierto|en curso)",
        r"\bestá tardando más",
    ),
    rule(
        "es.pending.will_contact_you_within", "pending", "strong",
        r"\b(?:te|le|os) (?:"
        + any_of(
            r"contactaremos|escribiremos|informaremos|daremos (?:una )?respuesta|diremos algo|responderemos",
            r"mantendremos informad",
        )
        + r")(?: \w+){0,3} (?:en|antes|la próxima|a finales|durante|lo antes|pronto|cuando)",
    ),
    rule(
        "es.pending.resume_in_january", "pending", "strong",
        r"\b(?:retom|reanud|reabr)\w*(?: \w+){0,3} (?:en|a partir de|después de|a principios de|dentro de|hasta) "
        + _MONTH
        + r"|\b(?:pausad|paralizad|suspendid|congelad)\w*(?: \w+){0,3} hasta (?:\w+ ){0,2}"
        + _MONTH,
    ),
    rule(
        "es.pending.gracias_por_tu_mensaje", "pending", "medium",
        r"\bgracias por (?:tu|su) (?:mensaje|correo|nota|paciencia|seguimiento|email|e-mail)",
        kind="courtesy",
    ),
    rule(
        "es.pending.more_time", "pending", "medium",
        r"\b(?:un poco )?más (?:de )?tiempo\b",
    ),
    rule(
        "es.pending.todavia_no_hay_novedades", "pending", "strong",
        r"\b(?:todavía|aún) no (?:hay|tenemos) (?:novedades|noticias|respuesta)\b",
        negatable=False,
    ),
    rule(
        "es.pending.paciencia", "pending", "weak",
        r"\bpaciencia\b",
    ),
    rule(
        "es.pending.will_contact_you_next_week", "pending", "strong",
        r"\b(?:te|le|os) (?:contactaremos|escribiremos|informaremos|diremos algo|responderemos|daremos (?:una )?respuesta)(?: \w+){0,3} (?:"
        + any_of(
            r"la semana|esta semana|pronto|mañana|el (?:lunes|martes|miércoles|jueves|viernes)|en cuanto",
            r"a lo largo|dentro de",
        )
        + r")",
        r"\b(?:todavía|aún) (?:estamos|seguimos) (?:revisando|evaluando|valorando|decidiendo|entrevistando)\b",
    ),
    rule(
        "es.pending.expect_an_answer", "pending", "strong",
        r"\b(?:esperamos|esperamos poder|podremos|vamos a|queremos|confiamos en)"
        + r" (?:tener|darte|darle|daros|comunicarte|comunicarle|enviarte) (?:una |nuestra |la )?(?:respuesta|decisión|novedades|noticias)\b",
    ),
    rule(
        "es.pending.te_comunicaremos_la_decision", "pending", "strong",
        r"\b(?:te|le|os) (?:comunicaremos|notificaremos|trasladaremos) (?:la|nuestra) (?:decisión|respuesta|resolución)\b",
        r"\ben los próximos días\b",
    ),
    # ---- auto reply ------------------------------------------------------
    rule(
        "es.auto_reply.fuera_de_la_oficina", "auto_reply", "strong",
        r"\bfuera de la oficina\b",
        r"\b(?:estoy|estaré|me encuentro) (?:de vacaciones|fuera|ausente|de baja)",
        r"\bde vacaciones\b",
        r"\bausente (?:hasta|del|desde)\b",
        r"\bde baja (?:médica|por|de maternidad|de paternidad)",
        r"\bsin acceso al correo\b",
    ),
    rule(
        "es.auto_reply.no_trabaja_en_la_empresa", "auto_reply", "strong",
        r"\b(?:ya )?no (?:trabaja|forma parte|está) (?:en|de|con) (?:la empresa|nuestra|el equipo|la compañía)",
    ),
    rule(
        "es.auto_reply.back_on", "auto_reply", "medium",
        r"\b(?:regreso|volveré|vuelvo|de vuelta|me reincorporo|me incorporaré|regresaré) (?:el|a partir|al|a la oficina)\b",
        r"\ba mi regreso\b",
    ),
    rule(
        "es.auto_reply.mailbox_not_monitored", "auto_reply", "medium",
        r"\b(?:buzón|correo|dirección)(?: \w+){0,2} no (?:es |está )?(?:monitorizad|supervisad|atendid|revisad)",
        r"\bnúmero de (?:ticket|caso|solicitud)\b",
    ),
    rule(
        "es.auto_reply.respuesta_automatica", "auto_reply", "weak",
        r"\brespuesta automática\b",
        r"\bmensaje automático\b",
        r"\bno responda a este\b",
        r"\bno respondas a este\b",
    ),
    # ---- other -----------------------------------------------------------
    rule(
        "es.other.encuesta", "other", "strong",
        r"\bencuesta\b",
        r"\bcuestionario\b",
        r"\brecordatorio\b",
        r"\b(?:tu|su) (?:entrevista|cita)(?: \w+){0,4} (?:está|ha sido|queda) confirmad",
        kind="arranged",
    ),
    rule(
        "es.other.visto_tu_perfil", "other", "strong",
        r"\b(?:visto|encontrado|revisado|descubierto) (?:tu|su) perfil",
        r"\b(?:oportunidad|vacante|posición|oferta|puesto)(?: \w+){0,2} que (?:podría|puede|pueda|creo que) (?:interesarte|interesarle|encajar)",
        kind="pitch",
    ),
    rule(
        "es.other.alerta_de_empleo", "other", "strong",
        r"\balertas? de empleo\b",
        r"\bofertas? que (?:te|le) (?:pueden|podrían) interesar",
    ),
    rule(
        "es.other.darse_de_baja", "other", "weak",
        r"\bdarse de baja\b",
        r"\bnewsletter\b",
    ),
    rule(
        "es.other.calendar_reply_subject", "other", "medium",
        r"^(?:aceptado|rechazado|invitación|invitación actualizada|recordatorio|provisional)\s?:",
    ),
    rule(
        "es.other.asks_for_portfolio", "other", "medium",
        r"\b(?:podrías|puedes|podría|puede|podrían) (?:"
        + any_of(
            r"enviarme|enviarnos|mandarme|mandarnos|compartir(?:me|nos)?|pasarme|pasarnos|reenviarme",
            r"reenviarnos",
        )
        + r")(?: \w+){0,3} (?:"
        + any_of(
            r"portafolio|portfolio|cv|currículum|enlace|muestras|ejemplos|certificados|expectativas salariales",
            r"títulos",
        )
        + r")",
    ),
    # A headhunter's first approach: "me pongo en contacto contigo", "para uno de nuestros clientes".
    rule(
        "es.other.recruiter_reaching_out", "other", "strong",
        r"\bme pongo en contacto (?:contigo|con usted)\b",
        r"\b(?:tu|su) (?:perfil|trayectoria|experiencia)(?: \w+){0,3} (?:ha|me ha|nos ha) (?:llamado|captado) (?:la|mi|nuestra) atención",
        r"\bpara (?:uno|una) de (?:nuestros|mis) clientes\b",
        r"\bsoy (?:\w+ )?(?:consultor|consultora|reclutador|reclutadora|headhunter)(?: \w+){0,2} (?:en|de)\b",
        r"\bbusc\w+ para (?:un|una) (?:de nuestros |de mis )?clientes?\b",
        kind="pitch",
    ),
    # The candidacy ends as a state, or the post went to someone else (third held-out part).
    rule(
        "es.rejection.candidacy_closed", "rejection", "strong",
        r"\b(?:tu|su) (?:candidatura|solicitud|postulación|proceso)(?: [\w]+){0,5} (?:queda|ha quedado|está|ha sido|fue|se da por|se ha|se considera)"
        + r" (?:\w+ )?(?:cerrad|finalizad|concluid|terminad|descartad|desestimad)\w*",
    ),
    rule(
        "es.rejection.position_offered_to_another", "rejection", "strong",
        r"\b(?:puesto|vacante|posición|plaza|oferta)"
        + r"(?: \w+){0,3} (?:ya )?(?:ha sido|fue|se ha|han sido) (?:ofrecid|aceptad|adjudicad|otorgad)\w* (?:a|por) (?!ti\b|usted\b)(?:"
        + r"otr|un|una|alguien|nuestr|la otra|el otro|[\w-]+ (?:de|del|que))",
    ),
    rule(
        "es.rejection.offered_to_someone_else", "rejection", "strong",
        r"\b(?:ofrecido|ofrecimos|ofrecer|adjudicado|otorgado|asignado|dado|dar|confiado|confiar)"
        + r" (?:el puesto|la vacante|la posición|la plaza) (?:a|al) (?!ti\b|usted\b)(?:otr|un |una |alguien|nuestr|compañer)",
    ),
    rule(
        "es.rejection.proceso_ha_concluido_para_ti", "rejection", "strong",
        r"\bproceso(?: \w+){0,3} (?:"
        + any_of(
            r"ha concluido|ha finalizado|ha terminado|ha llegado a su fin|concluye|finaliza|termina",
            r"queda cerrado",
        )
        + r") (?:para (?:ti|usted)|contigo|con usted)\b",
        r"\bno (?:habrá|tendremos|vamos a tener) (?:más|nuevas|próximas|otras) (?:etapas|fases|entrevistas|pasos)(?! hasta| antes)",
    ),
    rule(
        "es.rejection.ya_no_seguira_adelante", "rejection", "strong",
        r"\b(?:ya no|no) (?:seguirá|continuará|avanzará|seguirás|continuarás|avanzarás) (?:adelante|en el proceso|en este proceso)",
    ),
]

# Families of an employer ending a candidacy (real-mail rounds 5-7: an offer taken back,
# a course that is full, a selection stage not passed); tests/classify/test_rejection_families.py.
PHRASES += [
    rule(
        "es.rejection.oferta_retirada", "rejection", "strong",
        r"\b(?:retirar|retirado|anular|anulado|revocar|revocado|cancelar|cancelado) (?:nuestra|la|esta|tu|su) (?:propuesta|oferta)(?: de empleo| de trabajo)?\b",
        r"\b(?:propuesta|oferta)(?: de empleo| de trabajo)?(?: \w+){0,3} (?:ha sido|fue|se ha) (?:retirada|anulada|revocada|cancelada|retirado)\b",
        takes_offer_back=True,
    ),
    rule(
        "es.rejection.curso_completo", "rejection", "strong",
        r"\b(?:curso|programa|máster|grado|convocatoria|promoción)(?: (?!no\b|nunca\b)\w+){0,2} (?:está|estaba|se ha) (?:ya |lamentablemente |actualmente |completamente )*(?:complet[oa]|llen[oa])\b",
        r"\bno (?:quedan|hay|tenemos) (?:más )?plazas (?:libres |disponibles )?(?:en|para) (?:el|este|la|esta) (?:curso|programa|máster|grado|convocatoria)\b",
        void_if_deferred=True,
    ),
    rule(
        "es.rejection.no_ha_superado_la_fase", "rejection", "strong",
        r"\b(?:no|ni) (?:ha|has|han) (?:superado|pasado|aprobado) (?:la|el|las|los|esta|este) (?:\w+ ){0,2}?"
        + r"(?:fase|etapa|prueba|pruebas|proceso|filtro|entrevista|evaluación)\b",
    ),
]

# Tuned on the recorded misses of real-mail rounds 5-8 (EVALUATIONS.md): no longer recruiting.
PHRASES += [
    rule(
        "es.rejection.ya_no_buscamos", "rejection", "strong",
        r"\bya no (?:estamos buscando|buscamos|estamos contratando|contratamos|estamos seleccionando)\b",
        r"\b(?:puesto|vacante|proceso|oferta de empleo)(?: \w+){0,2}? ya no está (?:disponible|abiert[oa]|activ[oa])\b",
    ),
]

# A waitlist keeps the candidacy open even after a refusal's words (see lang/en/phrases_verdict.py).
PHRASES += [
    rule(
        "es.pending.on_the_waitlist", "pending", "strong",
        r"\b(?:en|a) (?:la |nuestra )?lista de espera\b",
    ),
]
