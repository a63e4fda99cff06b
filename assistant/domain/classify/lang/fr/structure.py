"""French words of the message's shape (structure.py): slot name -> alternatives."""

STRUCTURE: dict[str, tuple[str, ...]] = {
    "meet": (
        "décaler", "reporter", "déplacer", "disponible", "disponibles", "convient", "conviendrait", "passer",
        "rencontrer", "appel", "entretien", "venir", "échanger",
    ),
    "not_a_meeting": ("envoyer", "transmettre", "retour"),
    "offer_file": ("contrat", "promesse d'embauche", "proposition d'embauche"),
    "contract_file": ("contrat de travail",),
    "step_file": ("étude de cas", "cas pratique"),
    "someone_elses_rejection": (r"\b(?:j'ai|il a|elle a) (?:\w+ ){0,3}reçu (?:un|une) (?:refus|réponse négative)",),
}
