"""Swedish: quote markers and out-of-office wording (no phrase table)."""

from .. import Language

LANGUAGE = Language(
    code="sv",
    quote_verbs=("skrev",),
    attribution_openings=("den", "på"),
    quote_separators=("ursprungligt meddelande",),
    from_headers=("från",),
    other_headers=("skickat", "ämne"),
    client_signatures=("skickat från (?:min|outlook)", "skickades från"),
    autoreply_subjects=("autosvar", "automatiskt svar", "fr[åa]nvaro"),
    autoreply_rules=(
        ("away", 0.9,
         r"\bjag är (?:på (?:ferie|semester|kurs)|frånvarande|ledig|inte på kontoret)\b"
         r"|\bär tilbake? (?:på kontoret )?(?:den|igen|\d)"),
    ),
    reply_prefixes=("sv",),
)
