"""German words around a phrase that change what it means (lexicon.py): slot name -> alternatives."""

CONTEXT: dict[str, tuple[str, ...]] = {
    "if": ("ob",),
    "reported": ("erzählt", "gehört", "meinte", "sagte"),
    "done": ("bearbeitung", r"eingereicht\w*", "ihre", "ihrer"),
    "done_article": ("der ", "die ", "das "),
    "to": ("an",),
    "someone_else": ("einen anderen", "eine andere"),
    # the reader declined or withdrew: a regret that follows is about their own answer
    "reader_declined": (r"\bmit der (?:sie|du) (?:ihre|deine) bewerbung\b[^.!?\n]{0,60}\bzurückzieh\w*", r"\bdass (?:sie|du) (?:ihre|deine) bewerbung\b[^.!?\n]{0,60}\bzurückzieh\w*",
        r"(?:sie haben|du hast) (?:ihre|deine) (?:[\w-]+ ){0,3}?(?:storniert|zurückgezogen|abgemeldet|gekündigt)\b",
        # "Du hast deine Bewerbung für die Stelle Werkstudent/in Vertrieb zurückgezogen" (stress set 6)
        r"(?:sie haben|du hast) (?:ihre|deine) (?:bewerbung|anmeldung|kandidatur)\w*(?: [\w/-]+){0,6}? zurückgezogen\b",
        # the reader refused someone's application as a coordinator (stress set 6)
        r"(?:sie haben|du hast) (?:die |den )?(?:bewerbung|anfrage|anmeldung|kandidat\w*) (?:von )?[^.!?\n]{0,60}? abgelehnt\b",
        r"sie haben (?:unser|das|ihre)(?: \w+)? (?:angebot|bewerbung) (?:abgelehnt|zurückgezogen)",
        r"(?:ihre|deine) bewerbung (?:erfolgreich|wunschgemäß|auf (?:ihren|deinen) wunsch) zurückgezogen",
        r"\bwie von (?:ihnen|dir) gewünscht\b[^.!?\n]{0,80}\bzurückgezogen\b",  # stress set 10
        # "Schade, dass Sie sich entschieden haben, Ihre Bewerbung zurückzuziehen" (stress set 8)
        r"(?:sie sich|du dich) (?:entschieden|entschlossen) (?:haben|hast),? (?:ihre|deine) (?:bewerbung|kandidatur|zusage)"
        + r" zurückzuziehen\b",
        r"\bauf (?:ihren|deinen) (?:eigenen )?wunsch\b[^.!?\n]{0,60}\b(?:storniert|zurückgezogen|gelöscht|entfernt)\b",
        r"\b(?:storniert|zurückgezogen|gelöscht|entfernt)\b[^.!?\n]{0,60}\bauf (?:ihren|deinen) (?:eigenen )?wunsch\b",
    ),
    # a document refused with a request to send it again: no verdict on the candidacy (stress set 2)
    "resubmit": (r"\bschick (?:uns )?(?:gerne? )?(?:einen|eine|den|die|das) (?:link|neue\w*|datei|kleinere\w*)\b", r"\b(?:erneut|nochmals|noch ?mal|neu) hoch(?:laden|zuladen)?\b", r"\berneut (?:ein)?(?:reichen|senden|zusenden)\b",
                 r"\b(?:eine )?neue kopie\b"),
    # not "Frau X" or "Herr X": applicant-tracking mail names the reader so too
    "third_party": (r"\b(?:ihrem|deinem) (?:kollegen|kollegin|freund|freundin|bruder|schwester)\b", r"\bals (?:betreuer|ausbilder|erziehungsberechtigte)\w*", r"\b(?:der bewerberin|des bewerbers)\b",
                    r"\bihr(?:e|es)? (?:sohn|tochter|kind|mitarbeiter\w*|auszubildende\w*|schützling)\b"),
    "unaffected": (r"\b(?:sie gehören|du gehörst) (?:erfreulicherweise |glücklicherweise |aber )?nicht dazu\b", r"\b(?:sind|ist|bleiben|bleibt) davon (?:jedoch |aber )?nicht berührt\b", r"\bist weiterhin im (?:auswahl)?verfahren\b", r"\b(?:(?:sind|bist) (?:sie|du)|(?:sie|du) (?:sind|bist)) (?:weiterhin|noch|nach wie vor) im rennen\b", r"\bwie (?:gewünscht|besprochen)\b[^.!?\n]{0,60}\btalent ?-?pool\b", r"\b(?:irrtümlich|versehentlich|fälschlicherweise) (?:verschickt|versandt|gesendet|zugestellt)\b", r"\bbefindet sich weiterhin im (?:auswahl)?verfahren\b", r"\b(?:laden|möchten) wir (?:sie|dich) (?:gern |gerne )?(?:zum|zu einem) (?:zweiten|nächsten|weiteren) gespräch\w* ein(?:laden)?\b", r"\b(?:ihre|deine) bewerbung bleibt (?:[\w-]+ )?im verfahren\b", r"\b(?:ist|sind|bleibt|bleiben) (?:davon )?(?:nicht|un)(?: )?betroffen\b", r"\bkeinen einfluss auf\b",
                   r"\b(?:bleibt|bleiben) (?:davon )?unberührt\b", r"\babsage ist (?:damit |hiermit )?nicht verbunden\b",
                   r"\bwürden (?:sie|dich) (?:aber )?gerne für (?:eine|die|den) [^.!?\n]{0,40}?(?:berücksichtigen|vorschlagen)\b",
                   r"\bwie geplant\b",
                   r"\b(?:ihre|deine) (?:bewerbung|teilnahme|zusage|zulassung|anmeldung)\w*(?: [\w-]+){0,3} bleibt (?:bestehen|gültig)\b"),
    # the other candidates answered no, told to the one who goes on (stress set 6)
    "others_before": (r"\b(?:die|den|allen) (?:anderen|übrigen) (?:bewerber\w*|kandidat\w*|teilnehmer\w*)\b",
                      r"\b(?:unvollständige|verspätete) bewerbungen\b"),
    # someone the reader referred or recommended: a decision about them is not about the reader (stress set 8)
    "referral": (r"\b(?:für|danke für) (?:ihre|deine|die) empfehlung\b", r"\b(?:sie|du) (?:haben|hast) uns [^.!?\n]{0,40}empfohlen\b"),
    # a date, a way of working or costs asked for and refused: the candidacy goes on (language parity)
    "request_modality": (r"\b(?:starttermin|eintrittstermin)\b", r"\b(?:eintrittsdatum|startdatum|homeoffice|home-office|mobiles arbeiten|verschieb\w*|reisekosten|umzug\w*|gehalt\w*|parkplatz)\b",),
}
