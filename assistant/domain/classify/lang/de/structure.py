"""German words of the message's shape (structure.py): slot name -> alternatives."""

STRUCTURE: dict[str, tuple[str, ...]] = {
    "meet": (
        "verschieben", "verlegen", "passt", "passen", "zeit", "termin", "gespräch", "vorbeikommen", "treffen",
        "telefonieren", "können sie", "könnten sie",
    ),
    "not_a_meeting": ("schicken", "senden", "rückmeldung"),
    "offer_file": ("angebot", "vertragsangebot", "arbeitsvertrag"),
    "contract_file": ("vertrag",),
    "step_file": ("fallstudie", "aufgabe"),
    "someone_elses_rejection": (
        r"\b(?:ich|er|sie|mein\w*|dein\w*) (?:habe|hab|hat|hatte) (?:\w+ ){0,5}(?:eine )?absage"
        r" (?:bekommen|erhalten|gekriegt)",
    ),
}
