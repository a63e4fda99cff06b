"""Italian: a compact phrase table, quote markers and out-of-office wording."""

from ...rule import any_of
from .. import Language
from .phrases import FRAME_WORDS, PHRASES

LANGUAGE = Language(
    code="it",
    phrases=PHRASES,
    frame_words=FRAME_WORDS,
    function_words=r"il|gli|della|delle|dello|che|non|per|siamo|abbiamo|sono|tua|tuo|vostra|ci|ti|è|purtroppo|grazie|nostr[oa]|alla|nella|questa|questo|di|dei|degli|più|anche|molto|stat[oaie]|presso|tra",
    clause_breaks=("però", "tuttavia", "ma(?= non| purtroppo| abbiamo| siamo| ti| la| il| vi)"),
    # "e" before a space only ("e-mail" is no "and").
    and_words=("e(?= )", "ed"),
    # "non" before a space only (English and French "non-…").
    negations=("non(?= )", "nessun", "nessuna", "nessuno", "né"),
    negation_idioms=("non solo", "non esitare", "non esiti", "non vediamo l'ora", "nessun problema"),
    # Not a bare "se": Spanish "se ha decidido"; "se" before a reader is kept out in phrases.py.
    conditions=("qualora", "nel caso", "in caso", "in assenza di", "in mancanza di", r"(?<!anche )(?<!pur )se (?:non|lei|tu|dovess\w+|verr\w+|sarà|sarai|la (?:sua|tua)|il (?:suo|tuo)|avremo|avrò|avessimo|avesse|\w+(?:eremo|iremo|essimo|issimo)\b)"),
    deferrals=("finché", "fino a quando", "fino al ricevimento", "senza", "prima (?:di|che)"),
    meeting_nouns=("colloquio", "appuntamento", "incontro", "chiamata"),
    nobody_yet=("ancora nessuno", "nessun candidato"),
    earlier_words=("l'anno scorso", "candidatura precedente"),
    own_application_words=(r"\b(?:tua|sua|vostra) candidatura\b", r"\bcandidat[oa] (?:per|alla|al)\b"),
    mass_mail_words=(r"\bin questo numero\b", r"\bbuona lettura\b"),
    gist_words={"rejection.regret": ("purtroppo",)},
    # "… è stata accettata da un altro candidato": someone else got it (lexicon.py)
    context_words={"request_modality": (r"\brinvio\b", r"\b(?:contratto a |il |un )tempo indeterminato\b", r"\b(?:data di inizio|smart working|lavoro da remoto|spostare|rinviare|spese di viaggio|stipendio|parcheggio)\b",), "other_side_withdrew": (r"\b(?:la tua|il tuo) mentee\b[^.!?\n]{0,40}\bsi è ritirat[ao]\b",), "referral": (r"\b(?:che|chi) ci (?:hai|ha|avete) segnalat[oa]\b", r"\b(?:averci|aver|per aver) (?:segnalato|raccomandato|consigliato)\b",), "others_before": (r"\b(?:agli|gli|ai|i) altri candidati\b",), "unaffected": (r"\bresta invariata la (?:sua|tua) (?:ammissione|posizione|candidatura)\b", r"\bresta (?:pertanto |quindi )?convocat[ao]\b", r"\bnon appena (?:riprenderà|riprende)\b", r"\bil colloquio si terrà\b", r"\bstessa data e stesso orario\b", r"\bresta confermat[ao]\b", r"\bvorremmo considerart[ie] per\b", r"\bnon (?:è|viene) (?:messa|messo) in discussione\b"), "reader_declined": (r"\bprendiamo atto della (?:sua|tua) rinuncia\b", r"\b(?:annullat[ao]|ritirat[ao]|rimoss[oa]|cancellat[oa])\b[^.!?\n]{0,50}\b(?:su (?:tua|sua) richiesta|come (?:da te |da lei )?richiesto)\b", r"\b(?:su (?:tua|sua) richiesta|come (?:da te |da lei )?richiesto)\b[^.!?\n]{0,50}\b(?:annullat[ao]|ritirat[ao]|rimoss[oa]|cancellat[oa])\b"), "to": ("a", "ad", "da", "al"), "someone_else": ("un altro", "un'altra", "altri", "altre"),
                   "resubmit": (r"\b(?:ricaricar|caricar|inviar|rinviar)(?:lo|la|e) (?:di nuovo|nuovamente)\b", r"\bricarica(?:re|rlo|rla)?\b")},
    quote_verbs=(r"ha\s+scritto",),
    attribution_openings=("il", "in data"),
    quote_separators=("messaggio originale", "messaggio inoltrato"),
    forward_separators=("messaggio inoltrato",),
    from_headers=("da",),
    other_headers=("inviato", "data", "oggetto", "a"),
    client_signatures=(
        "inviato da (?:iphone|ipad|outlook|il mio|un|samsung)", "inviato dal mio", "scarica outlook per",
        "ottieni outlook per",
    ),
    autoreply_subjects=("risposta automatica", "fuori (?:sede|ufficio)", "assente"),
    autoreply_rules=(
        ("away", 0.9,
         any_of(
             r"\bsono (?:attualmente |momentaneamente )?(?:fuori (?:sede|ufficio)|assente|in ferie|in vacanza|in malattia)\b",
             r"\brientrer[òo] (?:in ufficio )?(?:il|lunedì|martedì|mercoledì|giovedì|venerdì|\d)",
             r"\bsar[òo] di nuovo (?:in ufficio|disponibile)\b",
         )),
    ),
)
