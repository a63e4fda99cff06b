"""Norwegian (Bokmål and Nynorsk): quote markers and out-of-office wording (no phrase table).

Danish writes its absence the same way ("jeg er på ferie"): the rule here
reads both, so that one note gives one finding.
"""

from .. import Language

LANGUAGE = Language(
    code="no",
    quote_verbs=("skrev",),
    attribution_openings=("den", "på"),
    quote_separators=("opprinnelig melding",),
    from_headers=("fra",),
    other_headers=("sendt", "dato", "til", "emne"),
    client_signatures=("sendt fra (?:min|mi|outlook)", "hent outlook for", "få outlook for"),
    autoreply_subjects=("autosvar", "automatisk svar", "frav[æa]r(?:ende)?", "ikke på kontoret"),
    autoreply_rules=(
        ("away", 0.9,
         r"\b(?:jeg er|eg er) (?:på (?:ferie|semester|kurs)|fraværende|ledig|bortrejst|ikke på kontoret)\b"
         r"|\ber tilbake? (?:på kontoret )?(?:den|igen|\d)"),
    ),
    reply_prefixes=("sv",),
)
