"""Danish: quote markers and out-of-office subjects (its absence wording is read by lang/no)."""

from .. import Language

LANGUAGE = Language(
    code="da",
    quote_verbs=("skrev",),
    attribution_openings=("den", "på"),
    quote_separators=("oprindelig (?:besked|meddelelse)",),
    from_headers=("fra",),
    other_headers=("sendt", "dato", "til", "emne"),
    client_signatures=("sendt fra (?:min|mi|outlook)", "hent outlook for", "få outlook for"),
    autoreply_subjects=("autosvar", "automatisk svar", "automatisk besked", "frav[æa]r(?:ende)?", "ikke på kontoret"),
    reply_prefixes=("sv",),
)
