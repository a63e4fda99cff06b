"""French words around a phrase that change what it means (lexicon.py): slot name -> alternatives."""

CONTEXT: dict[str, tuple[str, ...]] = {
    "if": ("si",),
    "reported": ("il paraît", "m'a dit"),
    "done": ("votre", "du", "de votre", r"(?:temps|travail|efforts?|énergie) (?:consacrée?s?|passée?s?|investie?s?) (?:à|sur|pour)"),
    "done_article": ("le ", "la ", "l'"),
    "to": ("à",),
    "someone_else": ("un autre", "une autre"),
    # the reader declined or withdrew: a regret that follows is about their own answer
    "reader_declined": (r"\bvous retirez votre candidature\b",
        r"vous avez (?:décliné|refusé|retiré) (?:notre|l'|la|le|votre)",
        r"(?:votre|ta) candidature a (?:bien )?été retirée",
        # ended at the reader's own request, not "donner suite à votre demande" (a refusal of the request)
        r"\b(?:annulée?s?|retirée?s?|supprimée?s?|clôturée?s?)\b[^.!?\n]{0,40}\b(?:à (?:votre|ta) (?:propre )?demande"
        + r"|comme (?:vous l'avez|tu l'as) demandé)\b",
        r"\b(?:à (?:votre|ta) (?:propre )?demande|comme (?:vous l'avez|tu l'as) demandé),? (?:nous avons|on a|j'ai)"
        + r" (?:annulé|retiré|supprimé|clôturé)\b",
    ),
    # a document refused with a request to send it again: no verdict on the candidacy (stress set 2)
    "resubmit": (r"\b(?:envoyer|renvoyer|transmettre|télécharger|déposer) (?:à nouveau|de nouveau)\b",
                 r"\bmerci de nous (?:transmettre|renvoyer) une? (?:nouvelle |autre )?(?:pièce|document|copie)", r"\bredéposer\b"),
    "third_party": (r"\b(?:de|votre) (?:stagiaire|enfant|fils|fille|salariée?|apprentie?|protégée?|doctorante?)\b",),
    "unaffected": (r"\b(?:votre|ton|ta) (?:admission|place|inscription|candidature)\b[^.!?\n]{0,60}\breste (?:acquise|valable|confirmée|maintenue)\b", r"\bne remet pas en cause (?:votre|ta) candidature\b", r"\bcela ne change rien à (?:votre|ton|ta) (?:dossier|candidature)\b", r"\bl'offre reste valable\b", r"\b(?:conformément à|suite à|selon) votre demande\b[^.!?\n]{0,60}\b(?:vivier|inscrite?)\b", r"\bnous souhaitons vous rencontrer pour\b", r"\b(?:votre|ta) candidature\b[^.!?\n]{0,50}\b(?:reste active|suit son cours|se poursuit)\b", r"\bn'a (?:aucune |pas d')(?:incidence|impact|effet) sur\b", r"\b(?:date|horaire) initialement prévue?\b",
                   r"\bvotre (?:admission|inscription|place|participation|stage|contrat)(?: [\w-]+){0,4} reste (?:bien entendu"
                   + r" |toujours )?(?:valable|inchangée?|confirmée?)\b", r"\bcomme prévu\b", r"\b(?:l'|votre )entretien (?:reste|est maintenu|demeure)\b",
                   r"\bnous aimerions vous (?:proposer|considérer pour)\b"),
    # the other candidates answered no, told to the one who goes on (stress set 6)
    "others_before": (r"\b(?:les|aux) autres (?:candidat(?:e)?s|postulant(?:e)?s)\b", r"\bla plupart des candidat(?:e)?s\b"),
    # someone the reader referred or recommended: a decision about them is not about the reader (stress set 8)
    "other_side_withdrew": (r"\bvotre mentorée?\b[^.!?\n]{0,40}\bs'est retirée?\b",), "referral": (r"\bque vous (?:nous )?(?:aviez|avez) (?:recommandée?|présentée?)\b", r"\b(?:d'avoir|pour avoir) (?:recommandé|coopté)\b", r"\bcooptation\b"),
    # a date, a way of working or costs asked for and refused: the candidacy goes on (language parity)
    "request_modality": (r"\b(?:date de début|date d'arrivée|télétravail|report\w*|déplacer|frais de déplacement|déménagement|salaire|parking)\b",),
}
