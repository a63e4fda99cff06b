"""German words around a phrase that change what it means (lexicon.py): slot name -> alternatives."""

CONTEXT: dict[str, tuple[str, ...]] = {
    "if": ("ob",),
    "reported": ("erzählt", "gehört", "meinte", "sagte"),
    "done": ("bearbeitung", r"eingereicht\w*", "ihre", "ihrer"),
    "done_article": ("der ", "die ", "das "),
    "to": ("an",),
    "someone_else": ("einen anderen", "eine andere"),
    # the reader declined or withdrew: a regret that follows is about their own answer
    "reader_declined": (
        r"sie haben (?:unser|das|ihre)(?: \w+)? (?:angebot|bewerbung) (?:abgelehnt|zurückgezogen)",
        r"(?:ihre|deine) bewerbung (?:erfolgreich|wunschgemäß|auf (?:ihren|deinen) wunsch) zurückgezogen",
    ),
}
