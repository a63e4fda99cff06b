"""Spanish words around a phrase that change what it means (lexicon.py): slot name -> alternatives."""

CONTEXT: dict[str, tuple[str, ...]] = {
    "if": ("si",),
    "reported": ("me dijo", "dijo que", "escuché"),
    "done": ("tu", "su", "tus", "sus"),
    "done_article": ("el ", "la "),
    "to": ("a",),
    "someone_else": ("otro", "otra"),
    # the reader declined or withdrew: a regret that follows is about their own answer
    "reader_declined": (
        r"(?:has|usted ha) (?:rechazado|declinado|retirado) (?:nuestra|la|tu|su)",
        r"(?:tu|su) (?:candidatura|postulación|solicitud) (?:ha sido|fue) retirada (?:correctamente|a (?:tu|su) petición)",
    ),
}
