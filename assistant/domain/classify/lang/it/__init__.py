"""Italian: quote markers and out-of-office wording (no phrase table)."""

from ...rule import any_of
from .. import Language

LANGUAGE = Language(
    code="it",
    quote_verbs=(r"ha\s+scritto",),
    attribution_openings=("il", "in data"),
    quote_separators=("messaggio originale",),
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
