"""Spanish words around a phrase that change what it means (lexicon.py): slot name -> alternatives."""

CONTEXT: dict[str, tuple[str, ...]] = {
    "if": ("si",),
    "reported": ("me dijo", "dijo que", "escuché"),
    "done": ("tu", "su", "tus", "sus", r"(?:tiempo|esfuerzo|trabajo) (?:dedicado|invertido) (?:a|en)"),
    "done_article": ("el ", "la "),
    "to": ("a",),
    "someone_else": ("otro", "otra"),
    # someone the reader knows, told of in passing: "Tu compañero Diego no ha pasado la entrevista" (stress set 21)
    "third_party": (r"\b(?:tu|su) (?:compañer[oa]|amig[oa]|colega|herman[oa])\b",),
    # the reader declined or withdrew: a regret that follows is about their own answer
    "reader_declined": (r"\bretira su candidatura\b",
        r"(?:has|usted ha) (?:rechazado|declinado|retirado) (?:nuestra|la|tu|su)",
        r"(?:tu|su) (?:candidatura|postulación|solicitud) (?:ha sido|fue) retirada (?:correctamente|a (?:tu|su) petición)",
        r"\b(?:retirad[ao]|cancelad[ao]|anulad[ao]|eliminad[ao])\b[^.!?\n]{0,50}\b(?:según (?:nos )?(?:solicitó|solicitaste|pidió|pediste)|como (?:nos )?(?:solicitó|solicitaste|pidió|pediste))\b",
        r"\b(?:según (?:nos )?(?:solicitó|solicitaste|pidió|pediste)|como (?:nos )?(?:solicitó|solicitaste|pidió|pediste))\b[^.!?\n]{0,50}\b(?:retirad[ao]|cancelad[ao]|anulad[ao]|eliminad[ao])\b",
        r"\b(?:retirad[ao]|cancelad[ao]|anulad[ao]|eliminad[ao])\b[^.!?\n]{0,50}\b(?:a (?:petición|solicitud) (?:suya|tuya))\b",
        r"\b(?:a (?:petición|solicitud) (?:suya|tuya))\b[^.!?\n]{0,50}\b(?:retirad[ao]|cancelad[ao]|anulad[ao]|eliminad[ao])\b",
    ),
    # a document refused with a request to send it again: no verdict on the candidacy (stress set 2)
    "resubmit": (r"\b(?:lista|relación) provisional\b[^\n]{0,200}\bsubsan\w+", r"\bfalta (?:completar|cargar|añadir|agregar)\b", r"\b(?:súbelo|súbela|subirlo|subirla|cárgalo|envíalo|envíala|enviarlo) (?:de nuevo|otra vez|nuevamente)\b",
                 r"\bvuelve a (?:subir|cargar|enviar)\b"),
    "unaffected": (r"\bsigue en proceso de (?:evaluación|selección)\b", r"\ble rogamos que lo ignore\b", r"\bno se ve afectad[ao]\b", r"\bla haremos por\b", r"\bhemos (?:trasladado|pasado|movido|derivado) (?:tu|su) candidatura (?:al|a)\b", r"\b(?:tu|su) candidatura\b[^.!?\n]{0,50}\b(?:sigue en curso|sigue adelante|continúa|sigue activa|se mantiene)\b", r"\bno (?:afecta|afectará) a (?:tu|su)\b", r"\btu (?:participación|plaza|admisión|inscripción)(?: [\w-]+){0,3} sigue (?:vigente|confirmad[ao])\b",
                   r"\bsegún lo previsto\b", r"\bnos gustaría considerarte para\b"),
    # the other candidates answered no, told to the one who goes on (stress set 6)
    "others_before": (r"\b(?:los|a los) (?:demás|otros|restantes) (?:candidatos|aspirantes)\b",),
    # someone the reader referred or recommended: a decision about them is not about the reader (stress set 8)
    "other_side_withdrew": (r"\btu mentorizad[ao]\b[^.!?\n]{0,40}\bse ha dado de baja\b",), "referral": (r"\b(?:que|a quien) (?:nos )?(?:recomendaste|recomendó|referiste)\b", r"\bnos (?:la|lo) recomendaras\b|\bnos (?:la|lo) (?:recomendaste|has recomendado)\b", r"\bpor recomendar(?:nos)?\b", r"\b(?:nos )?(?:has|ha) recomendado\b"),
    # a date, a way of working or costs asked for and refused: the candidacy goes on (language parity)
    "request_modality": (r"\bturno con\b", r"\b(?:coste del (?:vuelo|viaje|desplazamiento)|gastos de desplazamiento|fecha de inicio|fecha de incorporación|teletrabajo|cambiar la fecha|aplazar|gastos de viaje|reubicación|salario|aparcamiento)\b",),
}
