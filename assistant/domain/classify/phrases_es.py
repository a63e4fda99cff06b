"""Spanish phrase families: (label, tier, pattern[, flags]); see phrases_en for flags."""

_MONTH = (r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
          r"noviembre|diciembre|q[1-4]|el nuevo año|(?:unas|unos|dos|tres|\d+) (?:semanas|meses))")

PHRASES = [
    # ---- rejection -------------------------------------------------------
    ("rejection", "strong", r"\bno (?:vamos a |podemos |podremos |seguiremos |continuaremos |avanzaremos )?(?:continuar|seguir|avanzar|avanzaremos|seguiremos|continuaremos|proceder)(?: adelante)? (?:con (?:tu|su) (?:candidatura|solicitud|proceso|perfil|aplicación|postulación)|en el proceso|contigo|con usted)"),
    ("rejection", "strong", r"\b(?:decidido|optado|elegido) (?:por )?(?:continuar|seguir|avanzar|proceder|seguir adelante) con (?:otros?|otras?) (?:candidat|perfil|persona)"),
    ("rejection", "strong", r"\b(?:otro|otra|otros|otras) (?:candidato|candidata|candidatos|candidatas|perfil|perfiles|persona) (?:cuyo|cuya|cuyos|que se ajusta|que encaja|más)"),
    ("rejection", "strong", r"\bno (?:has|ha|hayas|haya) (?:sido|resultado) (?:seleccionad|elegid|escogid|finalista)"),
    ("rejection", "strong", r"\b(?:cubierto|ocupado|asignado|adjudicado) (?:la|el|esta|este) (?:vacante|puesto|posición|plaza)|\b(?:contratado|seleccionado|elegido|incorporado) a (?:otra persona|otro candidato|otra candidata|alguien)"),
    ("rejection", "strong", r"\b(?:puesto|vacante|posición|plaza)(?: \w+){0,3} (?:ya )?(?:ha sido|fue|se ha|está|han sido) (?:cubiert|ocupad|cancelad|cerrad|congelad|asignad)|\bcubiert[oa] internamente\b"),
    ("rejection", "strong", r"\bno (?:podemos|podremos|estamos en condiciones de|vamos a) (?:ofrecerte|ofrecerle|hacerte|hacerle|extenderte) (?:una oferta|el puesto|la posición)"),
    ("rejection", "strong", r"\b(?:optado|decidido|apostado|decantado) por (?:otro|otra|otros|otras) (?:candidat\w*|perfil\w*|persona\w*|opci\w+)"),
    ("rejection", "strong", r"\b(?:hemos|han) (?:decidido|optado) no (?:continuar|seguir|avanzar|proceder)"),
    ("rejection", "medium", r"\bno (?:ha|has) sido (?:posible|exitos)|\bdescartad[oa]\b|\bno encaja\b|\bno se ajusta\b"),
    ("rejection", "medium", r"\b(?:lamentamos|lamento|sentimos|siento) (?:mucho )?(?:informarte|informarle|comunicarte|comunicarle|decirte|decirle)"),
    ("rejection", "medium", r"\bcongelación de (?:las )?contrataciones\b|\b(?:proceso|puesto|posición)(?: \w+){0,2} (?:está |queda |ha quedado )?(?:en pausa|suspendid|en espera)"),
    ("rejection", "medium", r"\b(?:guardaremos|conservaremos|mantendremos|tendremos en cuenta) (?:tu|su) (?:cv|currículum|curriculum|candidatura|perfil)"),
    ("rejection", "weak", r"\blamentablemente\b|\bdesafortunadamente\b|\bpor desgracia\b|\blamentamos\b|\bsentimos\b"),
    ("rejection", "weak", r"\botros candidat|\botras candidat"),
    ("rejection", "weak", r"\béxito en (?:tu|su) (?:búsqueda|carrera|futuro|próximos)|\blo mejor en (?:tu|su)"),
    ("rejection", "weak", r"\btras (?:una )?(?:cuidadosa|detenida|larga|profunda) (?:consideración|evaluación|revisión|reflexión)"),
    # ---- next step -------------------------------------------------------
    ("next_step", "strong", r"\b(?:invitarte|invitarle|invitamos|convocarte|convocarle|invitaros) a (?:una|la|un|el|nuestra)(?: \w+){0,2} (?:entrevista|ronda|reunión|llamada|prueba|fase|etapa|videollamada)"),
    ("next_step", "strong", r"\b(?:pasar|pasas|avanzar|avanzas|continuar) a la (?:siguiente|próxima|última) (?:fase|etapa|ronda)"),
    ("next_step", "strong", r"\b(?:tienes|tendrías|tiene|tendría|tendrás) disponibilidad\b|\b(?:tu|su) disponibilidad\b|\b(?:estás|estarías|está|estaría|estarás) disponible\b|\b(?:qué|cuándo) (?:día|horario|hora|te viene|le viene|te va|podrías|puedes)"),
    ("next_step", "strong", r"\b(?:reprogramar|cambiar|mover|aplazar|posponer|reagendar|trasladar|adelantar) (?:la|nuestra|tu|su|el|nuestro) (?:\w+ )?(?:entrevista|reunión|llamada|cita)"),
    ("next_step", "strong", r"\b(?:agendar|programar|organizar|coordinar|concertar) (?:una|la|un) (?:\w+ )?(?:entrevista|reunión|llamada|cita)"),
    ("next_step", "medium", r"\bnueva (?:hora|fecha|cita)\b|\botro (?:horario|día)\b"),
    ("next_step", "weak", r"\b(?:segunda|siguiente|próxima|última|tercera|final) (?:entrevista|ronda|fase|etapa)\b"),
    ("next_step", "medium", r"\bprueba técnica\b|\bcaso práctico\b|\bejercicio técnico\b|\bprueba (?:práctica|online)\b", "p"),
    ("next_step", "medium", r"\b(?:datos de contacto|contacto) de (?:tus|sus|dos|tres) referencias\b|\breferencias (?:laborales|profesionales)\b"),
    ("next_step", "weak", r"\bsiguiente paso\b|\bpróximos pasos\b|\breferencias\b"),
    # ---- offer -----------------------------------------------------------
    ("offer", "strong", r"\b(?:ofrecerte|ofrecerle|ofrecemos|ofrecerte formalmente) (?:el|la) (?:puesto|posición|trabajo|plaza|cargo|empleo)"),
    ("offer", "strong", r"\b(?:placer|complace|encantados|alegra|gusto|satisfacción) (?:de )?(?:ofrecerte|ofrecerle|hacerte (?:llegar )?una oferta|hacerle (?:llegar )?una oferta|comunicarte que has sido seleccionad)"),
    ("offer", "strong", r"\bcarta (?:de )?oferta\b|\boferta (?:formal|laboral|económica|revisada|de contratación)\b"),
    ("offer", "strong", r"\bcontrato(?: \w+){0,2} (?:para firmar|a firmar|para tu firma|para su firma)|\bfirmar (?:el|tu|su) contrato\b"),
    ("offer", "medium", r"\bbienvenid[oa]s? al equipo\b|\bnuestra oferta\b|\bla oferta\b"),
    ("offer", "weak", r"\bfecha de (?:inicio|incorporación)\b|\bsalario\b|\bfelicidades\b|\benhorabuena\b"),
    # ---- pending ---------------------------------------------------------
    ("pending", "strong", r"\b(?:todavía|aún) no (?:hemos|se ha|han) (?:tomado|llegado a) (?:una |ninguna )?(?:decisión)|\bninguna decisión\b", "N"),
    ("pending", "strong", r"\b(?:seguimos|continuamos|estamos todavía|estamos aún|aún estamos|todavía estamos) (?:evaluando|revisando|entrevistando|valorando|analizando|en (?:el )?proceso)|\bproceso(?: \w+){0,2} (?:sigue|continúa|está) (?:abierto|en curso)|\bestá tardando más"),
    ("pending", "strong", r"\b(?:te|le|os) (?:contactaremos|escribiremos|informaremos|daremos (?:una )?respuesta|diremos algo|responderemos|mantendremos informad)(?: \w+){0,3} (?:en|antes|la próxima|a finales|durante|lo antes|pronto|cuando)"),
    ("pending", "strong", r"\b(?:retomar|reanudar|reabrir)(?: \w+){0,3} (?:en|a partir de|después de|a principios de|dentro de) " + _MONTH),
    ("pending", "medium", r"\bgracias por (?:tu|su) (?:mensaje|correo|nota|paciencia|seguimiento|email|e-mail)"),
    ("pending", "medium", r"\b(?:un poco )?más (?:de )?tiempo\b"),
    ("pending", "strong", r"\b(?:todavía|aún) no (?:hay|tenemos) (?:novedades|noticias|respuesta)\b", "N"),
    ("pending", "weak", r"\bpaciencia\b"),
    # ---- auto reply ------------------------------------------------------
    ("auto_reply", "strong", r"\bfuera de la oficina\b|\b(?:estoy|estaré|me encuentro) (?:de vacaciones|fuera|ausente|de baja)|\bde vacaciones\b|\bausente (?:hasta|del|desde)\b|\bde baja (?:médica|por|de maternidad|de paternidad)|\bsin acceso al correo\b"),
    ("auto_reply", "strong", r"\b(?:ya )?no (?:trabaja|forma parte|está) (?:en|de|con) (?:la empresa|nuestra|el equipo|la compañía)"),
    ("auto_reply", "medium", r"\b(?:regreso|volveré|vuelvo|de vuelta|me reincorporo|me incorporaré|regresaré) (?:el|a partir|al|a la oficina)\b|\ba mi regreso\b"),
    ("auto_reply", "medium", r"\b(?:buzón|correo|dirección)(?: \w+){0,2} no (?:es |está )?(?:monitorizad|supervisad|atendid|revisad)|\bnúmero de (?:ticket|caso|solicitud)\b"),
    ("auto_reply", "weak", r"\brespuesta automática\b|\bmensaje automático\b|\bno responda a este\b|\bno respondas a este\b"),
    # ---- other -----------------------------------------------------------
    ("other", "strong", r"\bencuesta\b|\bcuestionario\b|\brecordatorio\b|\b(?:tu|su) (?:entrevista|cita)(?: \w+){0,4} (?:está|ha sido|queda) confirmad"),
    ("other", "strong", r"\b(?:visto|encontrado|revisado|descubierto) (?:tu|su) perfil|\b(?:oportunidad|vacante|posición|oferta|puesto)(?: \w+){0,2} que (?:podría|puede|pueda|creo que) (?:interesarte|interesarle|encajar)"),
    ("other", "strong", r"\balertas? de empleo\b|\bofertas? que (?:te|le) (?:pueden|podrían) interesar"),
    ("other", "weak", r"\bdarse de baja\b|\bnewsletter\b"),
    ("other", "medium", r"^(?:aceptado|rechazado|invitación|invitación actualizada|recordatorio|provisional)\s?:"),
]
