"""Spanish words of the message's shape (structure.py): slot name -> alternatives."""

STRUCTURE: dict[str, tuple[str, ...]] = {
    "meet": (
        "reprogramar", "cambiar", "mover", "venir", "vienes", "puedes", "podrías", "disponibilidad", "viene bien",
        "vendría bien", "va bien", "iría bien", "llamada", "entrevista", "reunión", "vernos", "hacemos", "quedamos",
    ),
    "not_a_meeting": ("enviar", "enviarme", "mandar"),
    "offer_file": ("oferta", "carta oferta", "contrato"),
    "step_file": ("caso práctico", "prueba"),
    "someone_elses_rejection": (r"\b(?:he|ha) recibido (?:un|una) (?:rechazo|negativa|respuesta negativa)",),
}
