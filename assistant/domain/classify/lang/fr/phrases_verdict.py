"""French verdicts on the reader: a refusal read from its grammar (see lang/en/phrases_verdict.py).

The reader ("vous", "votre candidature", "votre demande", "votre participation")
then a negated word of being let through ("n'a pas été validée", "n'êtes pas
éligible", "ne correspond pas"); the reader then a word of being kept out ("a
été refusée", "a été déclinée"); the organisation refusing the reader's request
("l'entreprise a décliné votre candidature") or unable to let them in ("ne peut
pas vous accueillir"). Tested in tests/classify/test_verdicts.py.
"""

from __future__ import annotations

from ...rule import Rule, any_of, rule
from ..frames import FrameWords, refusal_frames

_READER = (r"\b(?:vous|tu|(?:votre|ta) (?:[\w'-]+ ){0,2}?(?:"
           + any_of(
               r"candidature|demande|dossier|profil|participation|inscription|proposition|souhait|mise en relation",
               r"requête|mission|cv",
           )
           + r"))")
_GAP = r"(?: [\w'-]+){0,3}?"
# Words of being let through, after a negation.
_LET_THROUGH = (r"(?:"
+ any_of(
    r"retenue?s?|sélectionnée?s?|acceptée?s?|validée?s?|admise?s?|éligibles?|qualifiée?s?|choisie?s?",
    r"approuvée?s?|confirmée?s?|recevables?|compatibles?|concluante?s?|prise? en compte|abouti|aboutir",
    r"avoir lieu|donner lieu|correspond\w*|répond\w* (?:aux|à nos)|rempli\w* (?:les|toutes les|l'ensemble des)",
)
+ r")\b")
_NEGATED = r" (?:n'|ne )(?:[\w'-]+ ){0,2}?(?:pas|plus)(?: pu)?(?: (?:été|être))?"
# Words of being kept out.
_KEPT_OUT = (r"(?:"
+ any_of(
    r"refusée?s?|rejetée?s?|déclinée?s?|écartée?s?|non (?:retenue?s?|sélectionnée?s?|validée?s?|éligibles?)",
    r"(?:jugée?s?|considérée?s?) (?:irrecevables?|non recevables?|insuffisante?s?|inéligibles?)|inéligibles?",
)
+ r")\b")
# Who decides on the reader's request.
_DECIDER = (r"\b(?:"
+ any_of(
    r"l'entreprise|la structure|l'employeur|le recruteur|la recruteuse|le responsable|la responsable|l'organisation",
    r"l'association|nous|le jury|la commission|l'établissement|le centre|l'organisme|le tuteur|l'équipe",
)
+ r")")


# What a person asks for through an agency or a platform.
_REQUEST = r"(?:demande|candidature|participation|inscription|convention)"

VERDICTS: list[Rule] = [
    rule(
        "fr.rejection.reader_not_let_through", "rejection", "strong",
        _READER + _GAP + _NEGATED + r" (?:(?:jugée?s?|considérée?s?) )?" + _LET_THROUGH + r"(?! encore)",
        # The verb inside the negation: "vous ne remplissez pas les conditions", "ne correspond pas".
        _READER + _GAP + r" (?:ne |n')(?:correspond\w*|rempli\w*|répond\w*|satisf\w*|convien\w*|conv\w*) pas\b",
        void_if_deferred=True,
    ),
    rule(
        "fr.rejection.reader_kept_out", "rejection", "strong",
        _READER + r"(?: (?!(?:n'|ne\b|pas\b))[\w'-]+){0,3}? (?:a (?:\w+ment )?été|ont (?:\w+ment )?été|est|sont|sera"
        + r"|seront|était|vient d'être|viennent d'être) (?:\w+ment )?"
        + _KEPT_OUT,
        negatable=True, void_if_deferred=True,
    ),
    rule(
        "fr.rejection.request_refused", "rejection", "strong",
        _DECIDER + r"(?: [\w'-]+){0,2}? (?:a|ont|avons|avez) (?:malheureusement )?(?:refusé|décliné|rejeté|écarté|"
        + r"répondu négativement à|émis un avis défavorable (?:à|sur)) (?:votre|ta|la|cette) "
        # (not someone else's request: "refusé la demande du cabinet qui souhaitait vous présenter", stress set 11)
        + r"(?!demande (?:du|de la|de l'|d'un|d'une|des)\b)",
        r"\brefus (?:de|d'|concernant) (?:votre|ta) (?:candidature|demande|participation|inscription|dossier)\b",
        r"\brépondu (?:négativement|défavorablement)\b",
        negatable=True,
    ),
    rule(
        # An agency writes of the person by name: "la demande d'immersion de Alex Example … a été refusée par …".
        "fr.rejection.request_refused_whoever_asked", "rejection", "medium",
        # (not a request to move a meeting or be repaid: "demande de changement de date d'entretien")
        r"\b(?:la |cette )?" + _REQUEST + r" (?:d'|de |du )(?:(?!(?:n'|ne|pas|changement|report|modification|"
        + r"remboursement|congé|entretien|rendez-vous|date)\b)[\w'-]+ ){0,10}?(?:a été|est) (?:\w+ment )?"
        + r"(?:refusée|rejetée|déclinée)\b",
        negatable=True,
    ),
    rule(
        # The organisation calls off what the reader was to join: an offer taken back.
        "fr.rejection.mission_cancelled_for_you", "rejection", "strong",
        r"\ba annulé (?:la|le) (?:mission|stage|immersion|contrat|poste|recrutement)(?: à laquelle| auquel| pour laquelle"
        + r"| pour lequel) vous (?:deviez|alliez|étiez|aviez)\b",
        r"\bvotre (?:mission|participation|stage|immersion) a (?:dû )?(?:être |été )annulée?\b(?! à votre demande)",
    ),
    rule(
        "fr.rejection.cannot_let_you_in", "rejection", "strong",
        r"\b(?:ne|n') ?(?:\w+ ){0,2}?(?:pouvons|peut|pourrons|pourra|pouvions|pouvait|sommes|est|avons|a|ont|pourrions)"
        + r" (?:malheureusement )?pas (?:en mesure de )?(?:"
        + any_of(
            r"vous (?:accueillir|accepter|admettre|retenir|recevoir|intégrer|recruter|engager)",
            r"vous offrir (?:de |d'|une |un |la |le )?(?:place|poste|stage|contrat|bourse|formation|admission)",
            r"vous proposer (?:de |d'|un |une |le |la |l')?(?:\w+ )?(?:poste|entretien|place|stage|contrat|mission"
            + r"|immersion|alternance|apprentissage|formation)",
            r"(?:y )?répondre (?:favorablement|positivement)|accepter (?:votre|ta)",
        )
        + r")",
        r"\bde ne (?:pas )?pouvoir (?:"
        + any_of(
            r"donner (?:une )?(?:suite|une suite favorable)|retenir|répondre favorablement",
            r"vous (?:proposer|accueillir|retenir|accepter)",
        )
        + r")",
        r"\b(?:n'a|n'ont|n'avons) pas (?:pu )?donné (?:de )?suite\b",
        # The application named before, then as a pronoun: "… n'avons pas été en mesure de l'accepter".
        r"\bpas (?:été )?en mesure de (?:l'accepter|la retenir|la valider|l'accueillir|y donner suite|la faire avancer"
        + r"|le faire avancer)\b",
        void_if_deferred=True,
    ),
    rule(
        # A status line of its own: "Candidature refusée", "Statut de votre candidature : refusée".
        "fr.rejection.status_line", "rejection", "strong",
        r"(?:^|\n)\W*(?:statut (?:de (?:votre|ta) (?:candidature|demande|inscription))? ?:? ?)?(?:(?:votre|ta) )?"
        + r"(?:candidature|demande|inscription)?:? ?(?:refusée|rejetée|déclinée|non retenue)\W*(?=\n|$)",
    ),
]

# The shared refusal frames (lang/frames.py), in this language's words.
FRAME_WORDS = FrameWords(
    "fr",
    possessives=r"votre|vos|ta|ton|tes",
    refusals=any_of(
        r"refusée?s?|rejetée?s?|déclinée?s?|écartée?s?|non retenue?s?|non acceptée?s?|non sélectionnée?s?|non admise?s?",
        r"(?:n'(?:a|ont|est|avons|avez) )?pas (?:été )?(?:retenue?s?|acceptée?s?|sélectionnée?s?|admise?s?|validée?s?)",
        r"n'a pas abouti|n'ont pas abouti",
        # "conformément à notre règlement, votre inscription a été supprimée" (real-mail round 50)
        r"(?:a été|ont été|est|sont) supprimée?s?(?! à votre demande| comme (?:vous l'avez )?demandé)",
        r"ne (?:peut|pourra) (?:donc |malheureusement )?(?:pas )?être (?:retenue?s?|acceptée?s?|sélectionnée?s?)",
        r"annulée?s?|révoquée?s?",
        r"irrecevables?|clos(?:e|es)?",
    ),
    status_labels=r"statut|décision|résultat|état|réponse",
    status_values=r"refus|non admis(?:sible)?e?|défavorable|ajournée?|non retenue?|non sélectionnée?|refusée?",
    applications=r"candidature|demande d'inscription|demande d'adhésion|demande de stage|inscription",
    refusal_nouns=r"refus|rejet|réponse négative|avis défavorable|lettre de refus",
    headline_links=r"de|à|pour|concernant|sur",
    unrelated=any_of(
        r"second compte|compte en double|doublon",  # a duplicate account (stress set 11)
        r"frais de (?:candidature|dossier|inscription)",  # a fee (stress set 10)
        r"exonération|dispense de frais",  # a fee waiver refused while the application goes on (real-mail round 39)
        # (not the letter itself: "ce message vaut notification de la clôture de votre candidature", stress set 23)
        r"paiement|carte|commande|facture|(?<!\bce )(?:message|courriel|e-?mail|mail)|mot de passe|commentaire|congés?|note de frais",
        r"frais|absence|virement|versement|banque|échange",
    ),
    not_judged=r"fichier|pièce jointe|document|photo|offre|désistement|rendez-vous|rdv|entretien|créneau|compte"
    + r"|demande de (?:changement|report|prolongation|délai)",
    negations=r"ne|n|pas|jamais|encore",
    others=r"sa|son|ses|leur|quelqu'un|collègue|ami|autres?|candidats|si|lorsque|qui|que",
    modals=r"sera|seront|serait|peut|peuvent|pourrait|pourra|doit",
    offers=r"offre d'emploi|offre d'embauche|proposition d'embauche|promesse d'embauche|offre",
    withdrawn=r"retirée?|annulée?|révoquée?",
    withdraws=r"revenir sur|révoquer",
    cannot_go_on=any_of(
        r"\b(?:vous ne pourrez pas|tu ne pourras pas|vous ne pouvez pas|tu ne peux pas) (?:poursuivre|participer|accéder"
        + r"|passer|continuer|intégrer|rejoindre)\b",
        r"\bne (?:pourrons|pouvons|pourrions|pourra|peut) pas (?:vous |t')?(?:intégrer|accueillir|admettre|inscrire"
        + r"|sélectionner)\b",
        r"\bn'(?:a|avons|ont) pas pu retenir (?:votre|ta) (?:candidature|dossier|demande)",
    ),
    taken_off=r"\b(?:vous|t') ?(?:avons|a) (?:retiré|retirée|supprimé|supprimée|enlevé|enlevée) de la liste",
    ended_for_you=r"\bmettons (?:donc )?fin (?:au processus|à (?:votre|ta) (?:candidature|participation))",
    left_out=any_of(
        r"\b(?:part|partons|partent|est parti|sont partis) sur (?:un autre|une autre|quelqu'un d'autre)\b",  # text without accents, regional variants and loanwords (stress set 25)
        r"\bne (?:va|vont|allons) pas (?:te|vous) faire (?:de |d')(?:job offer|offre|proposition)\b",
        r"\ba retenu une autre (?:proposition|offre|candidature)\b",  # selections in other sectors: auditions, trials, cadets, freelance bids (stress set 24)
        r"\bdécidé de ne pas (?:te|vous) garder\b",
        r"\bmettre fin à votre (?:recrutement|candidature|processus de recrutement)\b",
        r"\bvotre nom ne figure pas (?:sur|dans) (?:cette|la) liste\b",  # longer formal letters with the decision buried (stress set 23)
        r"\ble poste ayant été pourvu\b",
        r"\bpas en mesure d'y donner (?:une )?suite(?: favorable)?\b",
        r"\bnotification de la clôture de votre candidature\b",
        r"\bon est partis? sur quelqu'un d'autre\b",  # refusals written by people, informal and indirect (stress set 22)
        r"\bc'est non pour cette fois\b|\bc'est (?:un )?non (?:pour cette fois|de notre part|pour nous)\b",
        r"\bje dois en rester là pour votre candidature\b",
        r"\bça l'a pas fait\b",
        r"\b(?:a|ont|avons) préféré (?:prendre|embaucher|recruter) (?:sa|son|ses|une?|quelqu'un)\b",
        r"\bon ne retient pas (?:ta|votre) candidature\b",
        r"\bj'ai pas de place pour (?:un|une) (?:junior|débutante?|stagiaire)\b|\bpas de place pour (?:un|une) (?:junior|débutante?) en ce moment\b",
        r"\bvous n'avez (?:malheureusement |hélas |donc )*pas (?:obtenu|reçu|eu) de place\b",  # no place given, no chance to join (real-mail rounds 58 and 59)
        r"\bvous n'aurez pas (?:la chance|l'opportunité|l'occasion|la possibilité) de (?:faire partie|faire parti|rejoindre|intégrer)\b",
        r"\bvous ne pourrez (?:donc |malheureusement |hélas )*pas être (?:convoqué|admis|retenu)",  # internships, apprenticeships, graduate schemes and public competitions (stress set 21)
        r"\bnous clôturons (?:donc |ainsi |par conséquent |dès lors )?(?:l'ensemble des|toutes les) candidatures\b",  # automated notices of tracking systems and portals (stress set 20)
        r"\b(?:votre|ta) candidature\b[^.!?\n]{0,80}\bn'est plus (?:à l'étude|étudiée|examinée|en cours d'examen|prise en compte|retenue)\b",
        r"\b(?:votre|ta) candidature\b[^.!?\n]{0,80}\ba été archivée\b[^.!?\n]{0,60}\b(?:clôturée?|pourvue?|fermée?|annulée?)(?: sans (?:recrutement|suite|embauche))?\b",
        r"\b(?:votre|ton) (?:dossier|candidature)\b[^.!?\n]{0,30}\bne sera (?:donc |malheureusement )?(?:pas|plus) (?:examinée?|étudiée?|traitée?|retenue?)\b",  # employers' replies and news after interviews (stress sets 18 and 19)
        r"\bne (?:va|vont|allons|pourrons|pouvons) pas (?:avancer|poursuivre|continuer) ensemble\b",
        r"\bne (?:nous )?permettent (?:malheureusement |hélas )?pas de poursuivre (?:le|la|votre) (?:processus|procédure|recrutement)\b",
        r"\bne nous permett(?:ent|ent pas|) ?pas de poursuivre\b",  # a season's inbox (stress set 17)
        r"\bdéclarée?(?:\(e\))? non admise?(?:\(e\))?",  # formal public-sector letters (stress set 16)
        r"\bnote éliminatoire\b",
        r"\bne (?:pouvez|pourrez) (?:pas )?être autorisée?(?:\(e\))? à poursuivre\b",
        r"\bne figurez pas sur la liste (?:principale|complémentaire|d'admission|d'aptitude)\b",
        r"\bne vous permet pas d'être (?:nommée?|admise?|retenue?|recrutée?)",
        r"\bpas (?:vous |te )?proposer de binôme\b",  # selections outside work and study (stress set 14)
        r"\b(?:donné|attribué|confié) (?:ta|votre) place\b[^.!?\n]{0,60}\bà quelqu'un\b",
        r"\bcomplet,? (?:nous avons|on a) (?:donc )?annulé (?:ton|votre) inscription\b",
        r"\b(?:inscription|candidature) (?:en tant que [\w-]+ )?a été annulée par (?:l'organisat\w+|le responsable|l'association)\b",
        r"\bretirée? de la liste d'attente,? faute de\b",
        r"\bvers un autre profil que s'est orientée? (?:notre|la) décision\b|\bnous (?:allons )?(?:nous )?orienter vers un (?:autre )?profil\b",  # a refusal said softly (stress set 12)
        r"\bprivilégier une (?:mobilité|candidature|promotion) interne\b",
        r"\ble recrutement (?:pour ce poste )?est (?:désormais |maintenant )?(?:finalisé|clôturé|terminé)\b",
        r"\bn'a pas (?:répondu|donné suite) à votre demande\b[^.!?\n]{0,120}?\bdans le délai imparti\b",  # a request left unanswered in the time allowed and removed (real-mail round 50)
        r"\bpas (?:obtenu|atteint) (?:la|le) (?:note|score|moyenne|seuil|nombre de points) (?:minimale? )?(?:requise?|nécessaire|exigée?|minimale?)\b",  # the score needed not reached (real-mail round 48)
        r"\bne relève pas (?:du|de la) (?:champ|périmètre|domaine|ligne éditoriale)\b",  # decisions on submissions and calls (stress set 13)
        r"\bne sera (?:donc )?pas (?:envoyée?|transmise?|soumise?) (?:en|à l'|aux?) (?:évaluation|relecteurs|rapporteurs|experts)\b",
        r"\b(?:sous|en dessous de|en deçà de) la (?:ligne|barre) de financement\b|\bsous le seuil de financement\b",
        r"\bvotre (?:projet|proposition|demande)\b[^.!?\n]{0,80}?\bne (?:pourra|peut|sera) pas (?:être )?(?:soutenue?|financée?)\b",
        r"\bn'a pas donné (?:une |de )?suite (?:favorable )?à (?:votre|ta)\b",
        r"\bpas pu (?:le|la|l') ?(?:caser|intégrer|inclure|retenir|programmer) dans (?:le|la) (?:programme|programmation|sélection)\b",
        r"\b(?:n'a|n'avons|n'ont) pas pu vous (?:accorder|attribuer|octroyer)\b|\bne (?:pouvons|pourrons) pas vous (?:accorder|attribuer|octroyer)\b",
        r"\bne figure pas parmi les (?:finalistes|lauréats|projets retenus|candidatures retenues|dossiers retenus|sélectionnés)\b",
        r"\bne fera pas partie (?:de la|du) (?:prochaine |future )?(?:promotion|cohorte|programme|sélection)\b",
        r"\bsoumettre (?:cette|votre|ce) (?:[\w'-]+ ){0,3}?à une autre (?:conférence|revue|manifestation|colloque)\b|\bn'entre pas dans le (?:domaine|champ|cadre|périmètre)\b",  # a desk rejection: out of scope, submit elsewhere (real-mail round 47)
        r"\b(?:regret|obligés?|contraints?) de (?:devoir )?(?:décliner|refuser|rejeter) (?:la vôtre|le vôtre|votre (?:proposition|candidature|demande|soumission|communication))\b",  # regret to have to decline yours (real-mail round 47)
        r"\b(?:a|ont|avons) (?:finalement )?préféré (?:une autre personne|un autre profil|une autre candidature|un autre candidat|une autre candidate)\b",  # someone else preferred (stress set 11)
        r"\b(?:vous|tu) n'(?:êtes|es|étiez|étais) (?:donc |malheureusement )?pas (?:admissible|admise?|retenue?|sélectionnée?)\b",
        r"\bne (?:pourra|pourrons|pouvons|peut) pas (?:te|vous) prendre\b",
        r"\b(?:choisi|pris|retenu) quelqu'un (?:d'autre|qui)\b",
        # "Tous les contrats ont été attribués", "toutes les équipes sont désormais complètes" (stress set 3)
        r"\b(?:tous les|toutes les|tous nos|toutes nos) (?:[\w-]+ ){0,2}?(?:contrats|postes|places|équipes|stages|missions)"
        + r" (?:[\w-]+ ){0,3}?"
        + r"(?:ont (?:déjà )?été|sont(?: désormais| déjà| maintenant)?) (?:attribuée?s|pourvue?s|complètes|comblée?s)\b",
        r"\b(?:vous avez|tu as) été retirée? du (?:créneau|groupe|planning|cours)\b",
        r"\baucune? [\w-]+ ne (?:vous|t\') ?a été attribuée?\b",
        r"\b(?:place|poste)\b[^.!?\n]{0,40}? a été attribuée? à la personne suivante\b",
        r"\ba choisi une? autre (?:prestataire|freelance|candidate?|intervenante?)\b",
        # stress set 5
        r"\b(?:vous avez|tu as) été déclarée?(?:\(e\))? (?:inapte|non admissible|irrecevable)\b",
        r"\bn'(?:avez|as) pas été déclarée?(?:\(e\))? (?:admissible|admise?|apte|reçue?)\b",
        r"\b(?:n'est|ne sommes|ne sera|ne serons) pas en mesure de (?:valider|retenir|accepter|donner suite à) (?:votre|ta)\b",
        r"\bpermet(?:tent)? (?:\w+ )?pas de (?:poursuivre|donner suite à|retenir) (?:votre|ta) candidature\b",
        r"\bdécidé de ne pas (?:la |le |vous |te )?(?:retenir|donner suite|poursuivre)\b",
        r"\bliste (?:complémentaire|d'attente) est (?:désormais |maintenant )?close\b",
        # stress set 6
        r"\bn'(?:êtes|es) (?:donc )?pas déclarée?(?:\(e\))? (?:admissible|admise?|apte|reçue?)\b",
        r"\b(?:retenu|choisi|sélectionné) une?(?:\(e\))? autre candidate?(?:\(e\))?",
        r"\b(?:pour lequel|pour laquelle|auquel|à laquelle) (?:tu|vous) (?:avais|aviez|as|avez) postulé\b,? (?:a été|est)"
        + r"[^.!?\n]{0,40}? (?:annulée?|retirée?|supprimée?|clôturée?)",
        r"\bn'est plus (?:prise? en compte|prise? en considération|étudiée?)\b",
        r"\bliste (?:complémentaire|d'attente)\b[^.!?\n]{0,60}? est (?:désormais |maintenant )?(?:close|clôturée)\b",
        # stress set 7
        r"\b(?:pour lequel|pour laquelle|auquel|à laquelle) (?:tu|vous) (?:avais|aviez|as|avez) postulé\b,? n'est plus"
        + r" (?:disponible|ouverte?)\b",
        r"\bne (?:pourrai|peux|pourrons|pouvons) (?:donc )?pas (?:en )?assurer (?:l'encadrement|la direction|le suivi)\b",
        r"\b(?:avons|a) (?:déjà )?trouvé (?:la|une|un|le) (?:personne|candidat\w*|profil) (?:pour|qui)\b",
        r"\bne (?:pourrons|pouvons|pourrai|peux) pas (?:vous|te) (?:y )?(?:intégrer|accueillir|prendre|retenir)\b",
        r"\b(?:a|avons) (?:déjà )?(?:accueilli|atteint|recruté) le nombre maximal\b",
        # the English families of real-mail rounds 28-31, in French
        r"\b(?:trouvé|choisi|retenu|sélectionné) (?:un|une) autre (?:étudiant|étudiante|candidat|candidate|bénévole"
        + r"|personne|stagiaire|profil)\b",
        r"\b(?:pas|plus) en mesure d'(?:encadrer|diriger|superviser)\b|\bne (?:peux|pouvons|pourrai|pourrons) (?:pas )?"
        + r"(?:encadrer|diriger|superviser) (?:votre|ton|ta|vos)\b",
        r"\b(?:re)?(?:postuler|candidater)(?: de nouveau| à nouveau| une nouvelle fois)? (?:lorsque|quand|dès que|une fois que)"
        + r" (?:vous|tu) (?:remplirez|rempliras|répondrez|répondras|satisferez|remplissez|aurez|auras)\b",
        r"\bdécidé de mettre fin (?:à (?:votre|ton|ta) (?:mentorat|parrainage|tutorat|accompagnement|collaboration|mission)\b"
        + r"|(?:au|à la) (?:mentorat|parrainage|tutorat|accompagnement|collaboration|mission) avec (?:vous|toi)\b)",
        # stress set 8
        r"\bne vous permet pas d'(?:être (?:déclarée?(?:\(e\))? )?(?:admise?|admissible|retenue?|sélectionnée?)|accéder"
        + r"|poursuivre|participer)",
        # the families of stress set 8 and rounds 33-36, in French
        r"\bvotre nom ne figure (?:malheureusement |hélas )?pas sur la liste\b[^.!?\n]{0,40}?(?:candidats|admis|retenus"
        + r"|sélectionnés|lauréats)",
        r"\b(?:nous )?avons (?:[\w-]+ )?(?:accueilli|recruté|embauché) (?:notre|un|une) (?:nouveau|nouvelle) \w+"
        + r"(?![^.!?\n]*\b(?:vous|votre|vos)\b)",
        r"\bne (?:peut|peuvent|pouvons|peux) plus (?:vous|te) (?:proposer|offrir) (?:cette|ce|la|le) (?:mission|poste"
        + r"|opportunité|place|stage)\b",
        r"\b(?:a|ont|avons) (?:désormais |déjà |maintenant )?pourvu (?:le|ce) poste\b",
        # core families missed outside English (language parity): the post filled internally
        r"\bpourvoir (?:le|ce) poste en interne\b|\b(?:le|ce) poste (?:a été|sera) pourvu en interne\b",
        # core families missed (language parity, batch 4)
        r"\bne (?:vous|te) (?:convier|invit|convoqu)\w* pas (?:à|pour) (?:un|l')\s?entretien\b",
        r"\b(?:clore|clôturer|fermer) (?:le recrutement|la procédure|le processus) sans (?:pourvoir|recruter)\b",
        r"\bprendre une autre direction pour (?:ce|le) poste\b",
        # language parity, batch 5
        r"\baucun poste (?:correspondant|adapté|qui corresponde) à votre profil\b",
        r"\bne faites pas partie des (?:candidats|personnes|profils) (?:présélectionnés|retenus|sélectionnés|admis)\b",
        r"\b(?:embaucher|recruter|retenir|engager) (?:un|une) autre (?:candidat|candidate|personne|profil)\b",
        r"\b(?:votre|ta) candidature (?:a été|est) archivée\b",
        # stress set 9: the post filled, with the reader's application between
        r"\b(?:poste|offre|mission)\b(?:(?!\b(?:pas|ne|encore)\b)[^.!?\n]){0,80}? a été pourvue?\b",
        r"(?:^|\n)\W*(?:poste|offre) pourvue?\W*(?=$|\n)",
        r"\b(?:poursuivre|continuer|avancer|aller de l'avant)\b[^.!?\n]{0,40}? avec (?:un|une|d'autres) (?:autres? )?(?:candidat"
        + r"|candidate|candidats|profil|profils|personne)\b",
        # casual refusals (language parity, batch 7)
        r"\bne (?:va|vais|allons) pas pouvoir (?:te|vous) (?:prendre|retenir|engager|embaucher)\b",
        r"\bça n'a pas abouti cette fois\b",
        # stress set 10: French as it is written
        r"\bc'est (?:un|une) autre (?:candidat|candidate|personne|profil)\b[^.!?\n]{0,100}? (?:qui )?a (?:finalement )?été"
        + r" (?:retenue?|choisie?|sélectionnée?)\b",
        r"\b(?:toutes les|les) (?:équipes|places|postes)\b[^.!?\n]{0,30}? sont (?:déjà )?(?:au complet|complètes|pourvue?s)\b",
        r"\bnous avons préféré\b[^.!?\n]{0,60}? (?:un|une) (?:autre )?(?:candidat|candidate|profil|personne)\b",
        r"\bne (?:pouvons|pourrons) (?:malheureusement |donc )?pas (?:y )?donner suite\b",
        r"\bne (?:permet|permettait|permettent) pas de poursuivre (?:le processus|la procédure|votre candidature)\b",
        # formal letters (language parity, batch 8)
        r"\b(?:contraints|obligés|amenés) de décliner (?:votre|ta) candidature\b",
    ),
    changed_to=r"passée? à|changée? en|modifiée? en",
    agent_words=r"par|pour",
    refused_your=r"(?:a|ont) (?:annulé|révoqué|clôturé|refusé|rejeté|décliné|mis fin à|terminé)"
    # a decision to refuse: "nous avons décidé de rejeter votre candidature" (real-mail round 54)
    + r"|(?:(?:décidé|choisi|contraints?|obligée?s?|pris la décision) de|dû) (?:rejeter|refuser|décliner|écarter)",
    invitations=r"invitation",
    revoked=r"révoquée|retirée|annulée",
)
VERDICTS += refusal_frames(FRAME_WORDS)
