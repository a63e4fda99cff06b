"""Italian phrase rules: a compact table (see rule.py, and lang/en/phrases_verdict.py for the verdict grammar).

The reader ("tu", "lei", "la tua candidatura", "il suo profilo") then "non" and a word
of being let through ("non è stata selezionata", "non sei risultato idoneo"); the
reader then a word of being kept out ("è stata respinta"); the company unable to let
the reader in ("non possiamo offrirti la posizione"). "Se …" before the reader is a
condition (Spanish "se" keeps a bare "se" out of `conditions`).
Tested in tests/classify/test_more_languages.py.
"""

from __future__ import annotations

from ...rule import Rule, any_of, rule, within_sentence
from ..frames import FrameWords, refusal_frames

_READER = (r"(?<!\bse )(?<!\bse la )(?<!\bse il )(?<!\bqualora )\b(?:tu|lei|(?:(?:la|il) )?(?:tua|sua|vostra|tuo|suo|vostro) (?:[\w'-]+ ){0,2}?(?:"
           + any_of(
               r"candidatura|profilo|domanda|application|cv|curriculum|esperienza|percorso|richiesta|iscrizione",
           )
           + r"))")
# Not the reader telling or wishing: "ci hai comunicato che non vuoi proseguire".
_GAP = r"(?: (?!(?:comunicato|detto|deciso|scelto|informato|chiesto|preferito|scritto)\b)[\w'-]+){0,4}?"
# "non", not "non ancora" / "non ... ancora" (not yet) nor "non solo" (not only).
# Nor the reader acting: "non hai selezionato uno slot".
_NEGATED = r" non (?!solo\b|soltanto\b)(?!(?:hai|avete) (?:[\w'-]+ )?(?:selezionat|scelt|accettat|approvat|confermat))(?:(?!(?:ancora|vuoi|vuole|intendi|intende|desideri|desidera)\b)[\w'-]+ ){0,3}?"
_LET_THROUGH = (r"(?:"
+ any_of(
    r"selezionat[oaie]|scelt[oaie]|accolt[oaie]|accettat[oaie]|approvat[oaie]|ammess[oaie]|idone[oaie]|superat[oaie]",
    r"pres[oaie] in considerazione|in linea|compatibil[ei]|adatt[oaie]|qualificat[oaie]|prosegu\w+|passat[oaie]",
    r"(?:il|la) (?:profilo|candidat[oa]|persona) (?:giust[oa]|più adatt[oa]|ideale)",
)
+ r")\b")
_KEPT_OUT = (r"(?:"
+ any_of(
    r"respint[oaie]|rifiutat[oaie]|scartat[oaie]|esclus[oaie]|archiviat[oaie]|non accolt[oaie]|non idone[oaie]",
    r"valutat[oaie] negativamente|giudicat[oaie] non idone[oaie]",
)
+ r")\b")
_PLACE = (r"(?:"
+ any_of(
    r"posizione|ruolo|posto|lavoro|impiego|contratto|colloquio|stage|tirocinio|incarico|opportunità|offerta",
)
+ r")")


PHRASES: list[Rule] = [
    # ---- rejection: verdicts on the reader -------------------------------
    rule(
        "it.rejection.reader_not_let_through", "rejection", "strong",
        _READER + _GAP + _NEGATED + r"(?:(?:è|e'|sei|siete|sono) )?(?:(?:stat[oaie]|risultat[oaie]|ritenut[oaie]|"
        + r"considerat[oaie]) )?" + _LET_THROUGH + r"(?! (?:ancora|per ora|finché)\b)",
        # "non sei stato selezionato", the subject left out as Italian does.
        r"\bnon (?:sei|siete) (?:stat[oaie]|risultat[oaie]|ritenut[oaie]) " + _LET_THROUGH + r"(?! ancora\b)",
        r"(?<!\bse )\bnon (?:sei|siete) (?:idone[oa]|idonei|ammess[oaie]|eleggibil[ei]|in possesso dei requisiti)\b(?! ancora\b)",
        # "non possiedi i requisiti richiesti", the subject left out.
        r"(?<!\bse )\bnon (?:possiedi|possedete|soddisfi|soddisfate|hai|avete) (?:i |tutti i )?requisiti\b",
        r"\bnon (?:hai|avete) superato (?:la|il|le|i|l'|lo) ?(?:[\w-]+ )?(?:prova|test|selezione|fase|colloquio|valutazione|step)",
        # The verb itself refuses: "il tuo profilo non soddisfa i requisiti".
        _READER + _GAP + r" non (?:soddisf\w+|rispond\w+|corrispond\w+|possied\w+|rispecchi\w+|rientr\w+|"
        + r"present\w+) (?:\w+ )?(?:i|ai|a|al|alle|con|le|nei|nel|tutti) ",
        void_if_deferred=True,
    ),
    rule(
        "it.rejection.not_selected_formal", "rejection", "medium",
        r"(?<!\bse )\bnon (?:è|e') (?:stat[oa]|risultat[oa]) (?:selezionat[oa]|ammess[oa]|idone[oa])\b(?! ancora\b)",
    ),
    rule(
        "it.rejection.reader_kept_out", "rejection", "strong",
        _READER + r"(?: (?!(?:non|ancora)\b)[\w'-]+){0,3}? (?:è|e'|sei|sarà|siete|viene|venga) (?:stat[oaie] )?"
        + r"(?:purtroppo )?" + _KEPT_OUT,
        negatable=True, void_if_deferred=True,
    ),
    rule(
        "it.rejection.decided_not_to_proceed", "rejection", "strong",
        r"(?<!\bhai )(?<!\bavete )(?<!\blei ha )\b(?:deciso|scelto|stabilito) di non (?:procedere|proseguire|andare avanti|dare seguito|selezionar\w+|accoglier\w+|"
        + r"considerar\w+|invitart\w+|invitarl\w+)",
        r"\bnon (?:procederemo|proseguiremo|andremo avanti|daremo seguito|potremo dare seguito|possiamo dare seguito)"
        + r" (?:oltre |ulteriormente )?(?:con|alla|al|nella|nel)\b",
        r"\bnon (?:siamo|saremo) interessati a (?:proseguire|procedere|andare avanti)",
        r"\bnon (?:è|e'|sono|siamo) (?:più )?interessat[oaie] (?:al tuo|al suo|alla tua|alla sua|a te|a lei)\b",
        r"\b(?:respingere|archiviare|non accogliere) (?:la tua|la sua|la vostra) (?:candidatura|domanda)",
    ),
    rule(
        "it.rejection.cannot_let_you_in", "rejection", "strong",
        r"\bnon (?:possiamo|potremo|potremmo|siamo in grado di|saremo in grado di) (?:purtroppo )?(?:"
        + any_of(
            rf"(?:offrirti|offrirle|proporti|proporle|darti|darle) (?:un[a']? ?|il |la |l')?(?:[\w-]+ )?{_PLACE}",
            r"(?:accoglierti|accoglierla|ammetterti|ammetterla|assumerti|assumerla|selezionarti|selezionarla)",
            r"(?:procedere|proseguire|andare avanti) con (?:la tua|la sua|te|lei)",
        )
        + r")",
        void_if_deferred=True,
    ),
    rule(
        "it.rejection.chose_another_candidate", "rejection", "strong",
        r"\b(?:scelto|selezionato|individuato|optato per|preferito|procedere con|proseguire con|orientar\w* (?:su|verso))"
        + r" (?:un altro|un'altra|altri|altre|un candidato|una candidata|un profilo)(?: \w+)? "
        + r"(?:candidat|profil|persona|person|più|maggiormente|interno)",
        r"\baltri (?:candidati|profili) (?:il cui|i cui|più|maggiormente|che meglio)",
        r"\b(?:accettat|assegnat|attribuit|offert|propost)[oa] (?:a|ad|da) (?:un altro|un'altra|altri|altre|un candidato interno)"
        + r" ?(?:candidat|person|profil|risors)?",
        r"\b(?:individuato|scelto|selezionato|trovato) (?:un|una) (?:candidat[oa]|profilo|persona)(?: [\w'-]+){0,4} "
        + r"(?:più|maggiormente)\b",
    ),
    rule(
        "it.rejection.position_filled", "rejection", "strong",
        r"\b(?:posizione|ruolo|posto|offerta|ricerca|selezione)(?: [\w'-]+){0,3} (?:è|e') (?:già |ormai )?(?:stat[oa] )?(?:già |ormai |nel frattempo )?"
        + r"(?:coperta|coperto|chiusa|chiuso|assegnata|assegnato|ricoperta|ricoperto|annullata|sospesa)\b",
        r"\b(?:posizione|ruolo|offerta|annuncio)(?: [\w'-]+){0,3} non (?:è|e') più (?:disponibile|aperta|aperto|attiva|attivo)\b",
    ),
    rule(
        "it.rejection.outcome_negative", "rejection", "strong",
        r"\besito(?: [\w'-]+){0,4} (?:è |è stato )?(?:negativo|non positivo|sfavorevole)\b",
        r"\b(?:riscontro|risposta|parere|valutazione) (?:negativ[oa]|sfavorevole|non positiv[oa])\b",
    ),
    rule(
        "it.rejection.profile_not_matching", "rejection", "medium",
        r"\bprofilo(?: [\w'-]+){0,2} non (?:è (?:in linea|adatto|compatibile)|rientra|corrisponde|soddisfa|rispecchia)\b",
    ),
    rule(
        "it.rejection.regret_to_inform", "rejection", "medium",
        r"\b(?:siamo spiacenti|ci dispiace|con rammarico|dobbiamo comunicarti|dobbiamo comunicarle) (?:di )?(?:comunicarti|"
        + r"comunicarle|informarti|informarla|doverti|doverla)",
        r"\bin bocca al lupo per (?:il tuo|il suo|la tua|la sua) (?:futuro|percorso|ricerca|carriera)",
    ),
    rule(
        "it.rejection.purtroppo", "rejection", "weak",
        r"\bpurtroppo\b",
        r"\baltri candidati\b",
    ),
    # ---- next step -------------------------------------------------------
    rule(
        "it.next_step.invite_to_interview", "next_step", "strong",
        r"\b(?:invitart\w*|invitarl\w*|invitiamo|invitare|convocart\w*|convocarl\w*|convochiamo) (?:a|ad|per|al|alla)"
        + r" (?:un |una |il |la |l')?(?:[\w-]+ )?(?:colloquio|intervista|incontro|test|prova|assessment|fase|step|call)",
        r"\b(?:fissare|organizzare|programmare|pianificare) (?:un|il|una) (?:[\w-]+ )?(?:colloquio|incontro|intervista|call)",
    ),
    rule(
        "it.next_step.next_stage", "next_step", "strong",
        r"\b(?:passat[oa]|ammess[oa]|accedere|passare) (?:alla|al) (?:fase successiva|prossima fase|prossimo step|secondo colloquio|colloquio finale)",
        r"\b(?:indica|indicaci|indicarci|comunicaci|facci sapere|ci indichi|ci comunichi) (?:la tua|le tue|la sua|le sue) disponibilità",
        r"\bscegli(?:ere)? (?:uno slot|un orario|una data|la data|l'orario)",
    ),
    # ---- offer -----------------------------------------------------------
    rule(
        "it.offer.pleased_to_offer", "offer", "strong",
        r"\b(?:lieti|felici|piacere|onorati) di (?:offrirti|offrirle|proporti|proporle|presentarti) (?:un[a']? ?|il |la |l')?"
        + r"(?:[\w-]+ )?(?:posizione|ruolo|contratto|offerta|posto|assunzione)",
        r"\b(?:proposta|lettera|offerta) (?:formale )?di (?:assunzione|lavoro)\b",
    ),
    rule(
        "it.offer.contract", "offer", "medium",
        r"\bcontratto di (?:lavoro|assunzione)\b",
        r"\bbenvenut[oa] (?:nel|in) (?:team|squadra)\b",
    ),
    # ---- pending ---------------------------------------------------------
    rule(
        "it.pending.still_reviewing", "pending", "strong",
        r"\b(?:stiamo|sta|stanno) (?:ancora |attualmente )?(?:valutando|esaminando|analizzando|selezionando)\b",
        r"\bnon (?:abbiamo )?ancora (?:preso (?:una|alcuna) decisione|deciso|concluso)\b",
        r"\b(?:in fase di|in corso di) (?:valutazione|selezione)\b",
        negatable=False,
    ),
    rule(
        "it.pending.will_get_back", "pending", "strong",
        r"\b(?:ti|la|vi) (?:faremo sapere|ricontatteremo|contatteremo|aggiorneremo|daremo (?:un )?riscontro)(?: [\w'-]+){0,2}"
        + r" (?:al più presto|entro|a breve|appena|nei prossimi|quanto prima|non appena|la prossima)",
    ),
    rule(
        "it.pending.application_received", "pending", "medium",
        r"\b(?:abbiamo ricevuto|confermiamo di aver ricevuto|è stata ricevuta) (?:la tua|la sua|la vostra|correttamente la)"
        + r" (?:[\w-]+ )?(?:candidatura|domanda)",
    ),
]

# The closing of a refusal that never says no, as the English "best in your future endeavours": medium.
PHRASES += [
    rule(
        "it.rejection.il_meglio_per_il_futuro", "rejection", "medium",
        r"\b(?:auguriamo|augurandoti|augurandole|auguro) (?:a te |a lei |ti |le )?(?:il meglio|ogni bene|buona fortuna"
        + r"|(?:il |ogni |molto )?successo|in bocca al lupo) (?:per|nei|nelle|nel) (?:i |le )?(?:tuoi|suoi|tue|sue)? ?"
        + r"(?:(?:futuri|prossimi|futura|futuro) ?(?:progetti|impegni|percorsi|ricerca|carriera)?"
        + r"|(?:progetti|impegni|percorsi) (?:futuri|professionali))",
        r"\b(?:conserveremo|terremo|manterremo) (?:il tuo|il suo|la tua|la sua) (?:curriculum|cv|profilo|candidatura)"
        + r" (?:nei|nel|in|agli|negli)\b(?![^.!?\n]{0,60}\b(?:durante|mentre|fino))",
    ),
]

PHRASES += [
    rule(
        "it.rejection.someone_refused_your_application", "rejection", "strong",
        r"\b(?:ha|hanno|abbiamo) (?:\w+ )?(?:rifiutato|respinto|scartato|declinato) (?:la tua|la sua|la vostra|il tuo"
        + r"|il suo) (?:[\w-]+ )?(?:candidatura|domanda|richiesta|iscrizione|profilo)\b",
        negatable=True,
    ),
]

# The reader's request or application, then its refusal later in the same sentence, with nothing but the
# thing's name between (a quoted programme, a course, a link): real-mail rounds 13-15 ("your request to
# access "X" program was rejected" in seven languages). No negation, meeting or refund word in between.
PHRASES += [
    rule(
        "it.rejection.reader_refused_in_the_sentence", "rejection", "strong",
        r"\b(?:la tua|la sua|il tuo|il suo|la vostra|il vostro) (?:richiesta|candidatura|domanda|iscrizione)\b"
        + within_sentence(r"non|colloquio|appuntamento|rimborso|ferie")
        + r" (?:è stata|è stato|viene|fu) (?:\w+mente )?(?:respint[ao]|rifiutat[ao]|rigettat[ao]|scartat[ao])\b",
    ),
    rule(
        # "il nostro team di selezione non ha scelto il tuo profilo"
        "it.rejection.did_not_choose_you", "rejection", "strong",
        r"\bnon (?:ha|hanno|abbiamo) (?:scelto|selezionato|accettato|approvato) (?:il tuo|la tua|il suo|la sua)"
        + r" (?:profilo|candidatura|cv|curriculum|domanda)\b",
    ),
]

# The shared refusal frames (lang/frames.py), in this language's words.
FRAME_WORDS = FrameWords(
    "it",
    possessives=r"(?:la |il |le |i )?(?:tua|tuo|tue|tuoi|sua|suo|sue|suoi|vostra|vostro)",
    refusals=any_of(
        r"rifiutat[ao]|respint[ao]|rigettat[ao]|scartat[ao]|declinat[ao]|esclus[ao]|non (?:verrà|sarà) portat[ao] avanti",
        r"non (?:è stat[ao] )?(?:selezionat[ao]|accettat[ao]|approvat[ao]|ammess[ao]|accolt[ao])",
        r"annullat[ao]|revocat[ao]",
        r"non (?:è stat[ao] )?inclus[ao]",
        # "la sua domanda di iscrizione … non può essere accolta" (real-mail round 45)
        r"non (?:può|potrà|possa|potrebbe) essere (?:accolt[ao]|accettat[ao]|ammess[ao]|approvat[ao])",
    ),
    status_labels=r"stato|esito|decisione|risultato|risposta",
    status_values=r"non idone[ao]|negativo|non superat[ao]|escluso|esclusa|chius[ao]|non in linea|archiviat[ao]|non ammess[ao]"
    + r"|respint[ao]|non selezionat[ao]",
    applications=r"candidatura|domanda|richiesta di iscrizione|iscrizione",
    refusal_nouns=r"rifiuto|diniego|respingimento|esito negativo|mancata selezione|non ammissione",
    headline_links=r"della|di|alla|per|sulla|relativo alla",
    unrelated=any_of(
        r"tassa di (?:iscrizione|concorso)",  # a fee (stress set 10)
        r"esonero|esenzione",  # a fee waiver refused while the application goes on (real-mail round 39)
        r"pagamento|carta|ordine|fattura|messaggio|e-?mail|mail|password|commento|ferie|spese|rimborso|assenza",
        r"bonifico|banca|cambio (?:di )?turno|scambio",
    ),
    not_judged=r"file|allegato|documento|foto|offerta|ritiro|colloquio|appuntamento|incontro|chiamata",
    negations=r"non|mai|ancora",
    others=r"qualcuno|collega|amic[oa]|altr[ioae]|candidati|se|qualora|che",
    modals=r"sarà|saranno|sarebbe|può|possono|potrebbe|potrà|deve",
    offers=r"offerta di lavoro|proposta di assunzione|offerta",
    withdrawn=r"ritirat[ao]|revocat[ao]|annullat[ao]",
    withdraws=r"revocare|ritirare",
    cannot_go_on=any_of(
        r"\bnon (?:potrai|potrà|puoi|può) (?:accedere|partecipare|proseguire|passare|continuare|avanzare)\b",
        r"\bnon (?:abbiamo potuto|possiamo|potremo|è in grado di|siamo in grado di) (?:inserirti|inserirla|offrirti"
        + r"|offrirle|accoglierti|accoglierla|ammetterti|ammetterla|selezionarti|selezionarla)\b",
    ),
    taken_off=r"\b(?:ti|la|l') ?abbiamo (?:tolt[oa]|rimoss[oa]|cancellat[oa]) dalla (?:lista|graduatoria|turnazione)",
    ended_for_you=r"\b(?:il )?percorso di selezione (?:per te |per lei )?(?:termina|si conclude|si chiude) qui\b",
    left_out=any_of(
        r"\b(?:posto|posizione)\b[^.!?\n]{0,40}\b(?:è|e'?) (?:già |gia'? )?stat[oa] (?:occupat[oa]|copert[oa]|assegnat[oa])\b",  # text without accents, regional variants and loanwords (stress set 25)
        r"\bnon verr[àa]'? pi[ùu]'? ricopert[ao]\b",
        r"\b(?:sua|tua) candidatura (?:è|e'?) (?:pertanto |quindi )?archiviata\b",
        r"\bnon (?:è|e'?) risultat[oa] idone[oa]\b",
        r"\babbiamo scelto (?:altri )?candidati con\b",
        r"\bnon (?:possiamo|potremo) accettare la (?:tua|sua) candidatura\b",  # selections in other sectors: auditions, trials, cadets, freelance bids (stress set 24)
        r"\bdi non ammetter(?:la|lo|ti|vi)\b",
        r"\bnon (?:è|siamo) in grado di rappresentar(?:ti|la|lo)\b",
        r"\bnon ci sono i presupposti per (?:proseguire|procedere|andare avanti)\b",
        r"\bscelta è (?:infine |quindi |ora )?ricaduta su (?:un altro|un'altra|altri|altre)\b",  # longer formal letters with the decision buried (stress set 23)
        r"\b(?:suo|tuo) nominativo non figura\b",
        r"\b(?:deciso|scelto) di orientar(?:si|ci) (?:verso|su) (?:altri )?(?:candidati|profili|un profilo|un candidato)\b",
        r"\bnon (?:possiamo|potremo) (?:purtroppo )?dar(?:le|ti|vi) seguito\b",
        r"\bnon (?:siamo in grado di|possiamo) formular(?:le|ti|vi) una proposta(?: di assunzione)?\b",
        r"\b(?:stavolta|questa volta) è un no\b|\bè un no da parte nostra\b",  # refusals written by people, informal and indirect (stress set 22)
        r"\bper te (?:purtroppo )?finisce qui\b",
        r"\b(?:l'ho|l'abbiamo) (?:assegnata|assegnato|data|dato|offerta|offerto) a (?:un candidato|una candidata|un'altra persona|un altro candidato|un'altra candidata)\b",
        r"\babbiamo dovuto chiudere tutte le posizioni aperte, compresa quella\b",
        r"\bnon è andata, la titolare\b|\b(?:il|la) titolare ha preso (?:sua|suo)\b",
        r"\b(?:il )?posto (?:da [\w-]+ )?l'abbiamo già coperto\b",
        r"\b(?:quindi |allora |purtroppo )?niente da fare(?=\s*[.!])",
        r"\b(?:quindi |allora )?passiamo(?=\s*[.!])",
        r"\bnon ho spazio per (?:un|una) (?:junior|principiante|stagista)\b",
        r"\b(?:il cliente|l'azienda) ha preferito l'altr[oa] candidat[oa]\b",
        r"\bnon (?:ha|hai) (?:purtroppo )?ottenuto (?:un|il) posto\b",  # no place given, no chance to join (real-mail rounds 58 and 59)
        r"\bnon (?:avrà|avrai) (?:la possibilità|l'opportunità|l'occasione) di (?:far parte|unirsi|unirti|entrare)\b",
        r"\bnon è stat[oa](?:/[ao])? ammess[oa](?:/[ao])?\b",  # internships, apprenticeships, graduate schemes and public competitions (stress set 21)
        r"\b(?:sua|tua) partecipazione\b[^.!?\n]{0,60}\bsi conclude (?:qui|con)\b",
        r"\bposti\b[^.!?\n]{0,120}\bsono stati (?:tutti |già )*(?:assegnati|coperti|occupati)\b",
        r"\b(?:conferito|affidato|assegnato|attribuito) (?:l'incarico|il ruolo|la posizione|il posto)\b[^.!?\n]{0,80}\ba (?:un|un')? ?altr[oaie] candidat\w*",
        r"\b(?:sua|tua) candidatura\b[^.!?\n]{0,80}\bnon è più in (?:fase di )?(?:valutazione|esame|considerazione)\b",  # automated notices of tracking systems and portals (stress set 20)
        r"\bidone[oa](?:/[ao])? non vincit\w+(?:/[ae])?\b[^\n]{0,120}\bgraduatoria non (?:sarà|verrà) (?:utilizzata|scorsa)\b",
        r"\bcandidatura(?: n\. ?\d+)?\b[^.!?\n]{0,60}\brisulta\W{0,3}(?:non idone[ao]|respint[ao]|esclus[ao]|non ammess[ao])\b",  # employers' replies and news after interviews (stress sets 18 and 19)
        r"\b(?:compres[ao] la (?:sua|tua)|la (?:sua|tua) (?:domanda|candidatura))\b[^.!?\n]{0,40}\bdecad(?:e|ono|ut[ao])\b",
        r"\b(?:affidare|assegnare|offrire|dare) (?:il ruolo|la posizione|l'incarico|il posto)\b[^.!?\n]{0,60}\ba (?:un|un')? ?altr[oaie] candidat\w*",
        r"\b(?:deciso di |scelto di )?puntare su (?:una persona|un profilo|un candidato|una candidata|qualcuno) (?:con|che)\b",
        r"\bnon ha raggiunto la soglia\b",  # a season's inbox (stress set 17)
        r"\bnon è la soluzione giusta per noi\b",
        r"\bnon è risultat[ao] vincit\w+",
        r"\bandare avanti con altri candidati\b",
        r"\bla sua esclusione dal (?:concorso|procedimento|bando|selezione)\b",  # formal public-sector letters (stress set 16)
        r"\bdichiarato (?:la sv|lei) non idone[ao]\b|\b(?:la sv|lei) è stat[ao] (?:giudicat[ao]|dichiarat[ao]|ritenut[ao]) non idone[ao]\b",
        r"\bnon rientra tra i posti\b",
        r"\bsenza alcuna assunzione\b",
        r"\b(?:individuato|proclamato|nominato) (?:quale |come )?vincitore un altro candidato\b",
        r"\b(?:ella|lei) non è ammess[ao]\b",
        r"\bdecadenza dalla graduatoria\b|\bmancata assunzione\b",
        r"\bè scadut[ao] senza risposta\b",  # selections outside work and study (stress set 14)
        r"\bnon siamo riusciti ad abbinarti\b",
        r"\bcancellat[ao] dalla (?:graduatoria|lista d'attesa)\b",
        r"\babbiamo dovuto annullare la tua iscrizione\b",
        r"\bdeciso di non inserire il tuo progetto\b",
        r"\bil posto\b[^.!?\n]{0,50}\bl'abbiamo dato a\b",
        r"\bnon risulta in linea con\b",  # a refusal said softly (stress set 12)
        r"\borientarci verso (?:una|un|un'|altr[ie]) (?:altr[oa] )?(?:candidat[oa]|profil[oi]|persona)\b",
        r"\bnon siamo nelle condizioni di (?:proporle|proporti|farle|farti) (?:un'offerta|una proposta)\b",
        r"\bcoprire (?:il ruolo|la posizione) con una risorsa interna\b",
        r"\bchiudo (?:la sua|la tua) candidatura\b",
        r"\bnon ha potuto accogliere (?:la sua|la tua) domanda\b",
        r"\bnon ci sarà la possibilità di fare un percorso insieme\b",
        r"\bnon potremo invitarla a (?:un|il) colloquio\b|\bnon potremo invitarti a (?:un|il) colloquio\b",
        r"\bintrapreso una direzione diversa\b",
        r"\bla selezione si è conclusa con un altro (?:nominativo|candidato|profilo)\b",
        r"\bnon potremo contare su di (?:lei|te) per\b",
        r"\bnon (?:è stata|ha ricevuto) (?:accolta|risposta|approvata) entro (?:i termini|il termine) (?:previst[io]|stabilit[io])\b",  # a request left unanswered in the time allowed and removed (real-mail round 50)
        r"\bnon (?:hai|ha|avete) (?:raggiunto|ottenuto|conseguito) il punteggio (?:minimo|necessario|richiesto)\b",  # the score needed not reached (real-mail round 48)
        r"\bnon rientr[ai] nell'ambito\b",  # decisions on submissions and calls (stress set 13)
        r"\bal di sotto della soglia di (?:finanziabilità|finanziamento)\b",
        r"\bnon ha ritenuto di (?:ammetterla|ammetterlo|ammetterti|selezionarla|selezionarlo|selezionarti)\b",
        r"\bnon siamo riusciti a (?:inserirl[oa]|includerl[oa]|accettarl[oa]) (?:in|nel) (?:programma|calendario)\b",
        r"\b(?:dichiarat[ao]|ritenut[ao]|risultat[ao]) (?:inammissibile|non ammissibile|non finanziabile)\b",
        r"\brisulta (?:non finanziat[ao]|respint[ao]|non ammess[ao])\b",
        r"\bnon includere (?:il suo|la sua|il tuo|la tua) (?:[\w-]+ )?\w+ (?:nella rosa|tra i finalisti|tra le finaliste)\b",
        r"\bha scelto altri (?:progetti|candidati|profili|lavori)\b",
        r"\bnon (?:è|sarà) possibile (?:assegnarle|assegnarti|conferirle|concederle|attribuirle)\b",
        r"\b(?:inviare|sottoporre|presentare) (?:questa|questo|la|il|l') ?(?:[\w'-]+ ){0,4}?ad? altr[ie] (?:convegni|conferenze|riviste|convegno|conferenza|rivista)\b",  # a desk rejection: out of scope, submit elsewhere (real-mail round 47)
        r"\bnon è adatt[ao] (?:allo|al|alla) (?:scopo|focus|tema)\b",
        r"\bnon (?:è|sei) (?:stat[ao] )?ammess[ao] (?:alla|al|ai|alle)\b",
        r"\bnon l'ha ammess[ao]\b|\bha deciso di non (?:tesserarti|ammetterti|selezionarti|inserirti)\b",
        r"\b(?:ha|hanno) deliberato di non (?:attribuir|ammett|assegnar)\w*",
        r"\bnon riusciamo a (?:includerti|inserirti|accoglierti)\b",
        r"\bnominativo non rientra tra\b",
        r"\babbiamo preso (?:un|una|un'altra|un altro) (?:ragazz[oa]|persona|candidat[oa])",
        r"\bsei stat[oa] rimoss[oa] dal (?:turno|gruppo|corso|progetto)\b",
        r"\bnon ti è stat[oa] assegnat[oa] (?:alcun[oa]?|nessun[oa]?)\b",
        r"\b(?:ha|hanno) scelto un(?:o|a|\')? altr[oa] (?:freelancer|fornitore|candidat[oa]|professionista)\b",
        # stress set 5
        r"\b(?:scelto|selezionato|preferito) (?:un altro|un'altra|altri|altre) (?:interpret\w+|candidat\w+|profil\w+|attor\w+"
        + r"|person\w+|freelance\w*|professionist\w+|collaborator\w+)",
        r"\bnon (?:ci )?(?:è|sarà) possibile offrir(?:le|ti|vi|gli)\b",
        r"\bnon potremo (?:coinvolgerti|coinvolgerla|inserirti|inserirla|selezionarti)\b",
        r"\b(?:lo staff|l'organico|la squadra|il gruppo) è (?:già )?al completo\b",
        # stress set 6
        r"\bidone[ao](?:/a)? non selezionat[ao]\b",
        r"\bnon (?:le|ti|vi) verrà (?:quindi )?assegnat[oa] (?:un|il) posto\b",
        r"\bper cui (?:ti eri|ti sei|si era|si è) candidat[oa](?:/a)?\b,? (?:è stat[oa]|sono stat[ie])[^.!?\n]{0,40}?"
        + r" (?:annullat[oa]|ritirat[oa]|cancellat[oa]|chius[oa])",
        r"\btutte le candidature,? compresa la (?:tua|sua),? sono state (?:chiuse|archiviate|annullate)\b",
        # stress set 7
        r"\b(?:per cui|a cui) (?:ti sei|si è|ti eri|si era) candidat[oa](?:/a)? non è più disponibile\b",
        r"\bnon ha ammesso (?:la sua|la tua) candidatura\b",
        r"\bnon posso accettare (?:altri|nuovi|ulteriori) (?:studenti|laureandi|dottorandi|tesisti|candidati)\b",
        r"\b(?:scelto|deciso) di procedere con (?:un altro|un'altra|altri|un profilo|una candidata|un candidato)\b",
        r"\babbiamo (?:già )?trovato (?:la persona|qualcuno|un'altra persona|un altro candidato) per\b",
        r"\btutti i posti (?:[\w-]+ ){0,4}?sono stati (?:assegnati|coperti|occupati)\b",
        r"\b(?:candidarsi|candidarti|ricandidarsi|ricandidarti) (?:nuovamente|di nuovo) quando (?:avrà|avrai) maturato\b",
        # the English families of real-mail rounds 28-31, in Italian
        r"\b(?:trovato|scelto|selezionato) (?:un altro|un'altra) (?:studente|studentessa|candidat[oa]|volontari[oa]|persona"
        + r"|tirocinante|profilo)\b",
        r"\bnon (?:posso|possiamo|potrò|potremo|sono in grado di|siamo in grado di) (?:seguire|supervisionare|dirigere)"
        + r" (?:la (?:tua|sua) |il (?:tuo|suo) )(?:tesi|progetto|tirocinio|lavoro)\b",
        r"\bchius[oa] (?:[\w'-]+ ){0,4}?senza (?:assumere|selezionare) (?:nessuno|alcun candidato)\b",
        r"\bricandidar(?:ti|si|vi)\b[^.!?\n]{0,20}? (?:quando|non appena|una volta che) (?:soddisferai|soddisferà"
        + r"|avrai|avrà|possiederai|possiederà)\b",
        r"\bdeciso di (?:interrompere|terminare|concludere) (?:(?:il (?:tuo|suo)|la (?:tua|sua)) (?:mentoring|mentorship"
        + r"|tutoraggio|collaborazione|affiancamento)\b|(?:il|la) (?:mentoring|mentorship|tutoraggio|collaborazione"
        + r"|affiancamento) con (?:te|lei)\b)",
        r"\btutti i posti\b(?![^.!?\n]{0,40}\b(?:evento|open day|webinar|seminario|visita)\b)[^.!?\n]{0,40}? (?:sono"
        + r" (?:già )?stati|risultano) (?:assegnati|occupati|coperti|esauriti)\b",
        # stress set 8
        r"\bnon (?:le|ti|vi) (?:consente|permette) di (?:accedere|essere ammess[oa]|proseguire|passare|partecipare)\b",
        r"\b(?:posizione|ruolo|posto|incarico)\b[^.!?\n]{0,80}? (?:è|sono) stat[aoie] (?:già )?(?:coperta|coperto|coperti"
        + r"|assegnat[aoie]|occupat[aoie]|ricopert[aoie])\b",
        r"\b(?:abbiamo|ho) (?:scelto|preso|assunto) (?:una ragazza|un ragazzo|una persona|qualcun altro|un'altra persona)\b",
        # the families of stress set 8 and rounds 33-36, in Italian
        r"\bnon è rientrat[oa] nella (?:rosa|lista|graduatoria)\b",
        r"\babbiamo (?:già )?(?:accolto|assunto|inserito) (?:il nostro|la nostra|un|una) nuov[oa] \w+"
        + r"(?![^.!?\n]*\b(?:ti|tuo|tua|lei|le|suo|sua)\b)",
        r"\bnon (?:può|possono|possiamo|posso) più offrir(?:ti|le) (?:questa|questo|la|il) (?:opportunità|posto|ruolo"
        + r"|incarico|attività)\b",
        r"\b(?:ha|hanno|abbiamo) (?:ormai |già )?coperto (?:il|la|questo|questa) (?:posto|posizione|ruolo)\b",
        # core families missed outside English (language parity)
        r"\bcoprire (?:la|il|questa|questo) (?:posizione|ruolo|posto) internamente\b|\b(?:posizione|ruolo|posto) (?:è"
        + r" stat[oa]|sarà) copert[oa] internamente\b",
        r"\b(?:posizione|ruolo|posto)\b[^.!?\n]{0,40}? (?:è stat[oa]|verrà) (?:cancellat[oa]|annullat[oa]|soppress[oa])\b"
        + r"|\bnon (?:verrà|sarà) copert[oa]\b",
        r"\bassumere (?:un|una|un'altra|un altro) (?:candidat[oa]|persona|profilo) con (?:maggiore|più) esperienza\b",
        r"\bofferto (?:il ruolo|la posizione|il posto) a (?:un'altra persona|un altro candidato|un'altra candidata"
        + r"|qualcun altro)\b(?![^.!?\n]{0,40}\b(?:ha rifiutato|ha rinunciato|ha declinato)\b)",
        # core families missed (language parity, batch 4)
        r"\bnon (?:la|ti|vi|le) (?:inviteremo|convocheremo|chiameremo) (?:a|al|per) (?:un|il) colloquio\b",
        r"\bchiudere la selezione senza (?:coprire|assumere)\b",
        r"\bnon (?:possiede|possiedi|soddisfa|soddisfi) (?:la|il|i|le) (?:qualifica|requisit[oi]|titol[oi]) (?:minim[oai]"
        + r"|richiest[oai])\b",
        r"\bandare in un'altra direzione per (?:questo|il) ruolo\b",
        r"\bnon ha avuto esito positivo\b",
        # language parity, batch 5
        r"\bnon poter(?:le|ti|vi)? offrir(?:e|le|ti|vi) (?:la|il|questa|questo) (?:posizione|posto|ruolo|lavoro)\b",
        r"\b(?:la (?:sua|tua) candidatura|il (?:suo|tuo) (?:cv|profilo)) è stat[ao] archiviat[ao]\b",
        r"\bnon abbiamo posizioni (?:adatte|in linea|compatibili) (?:al|con il) (?:suo|tuo) profilo\b",
        r"\b(?:assumere|selezionare|scegliere) (?:un altro|un'altra) (?:candidat[oa]|persona|profilo)\b",
        r"\bconclusa con la scelta di (?:un altro|un'altra) (?:candidat[oa]|persona|profilo)\b",
        r"\bnon (?:abbiamo potuto|possiamo|potremo) dare seguito alla (?:sua|tua) candidatura\b",
        # stress set 9
        r"\bnon (?:le |ti )?consente l'accesso alla (?:fase|prova|tappa) successiva\b",
        r"\b(?:la (?:tua|sua) candidatura) è (?:stata )?chiusa\b",
        r"\bselezione si è conclusa a favore di (?:un altro|un'altra) (?:candidat[oa]|persona|profilo)\b",
        # casual refusals (language parity, batch 7)
        r"\bnon (?:possiamo|potremo|riusciamo a) (?:prenderti|prenderla|assumerti|assumerla|inserirti|inserirla)\b",
        # stress set 10: Italian as it is written
        r"\bla scelta è (?:ricaduta|caduta) su (?:un|una|un altro|un'altra) (?:candidat[oa]|persona|profilo)\b",
        r"\bnon stiamo inserendo nuov[ie] (?:persone|volontari|collaboratori)\b",
        r"\bnon abbiamo la possibilità di inserire\b",
        r"\bnon è possibile proseguire con il (?:suo|tuo) (?:iter|percorso|processo)\b",
        r"\bnon si sono presentate posizioni adatte\b",
        r"\bnon vi siano i presupposti per (?:un|il) (?:suo )?inserimento\b",
        # formal letters (language parity, batch 8)
        r"\bnon (?:potremo|possiamo) avvalerci della (?:sua|tua) collaborazione\b",
    ),
    changed_to=r"cambiat[ao] in|passat[ao] a",
    agent_words=r"da|per",
    refused_your=r"(?:ha|hanno) (?:annullato|revocato|rifiutato|respinto|chiuso|terminato|concluso|interrotto)",
    invitations=r"invito",
    revoked=r"revocato|ritirato|annullato",
)
PHRASES += refusal_frames(FRAME_WORDS)
