"""Dutch: quote markers and out-of-office wording (no phrase table: decisions are not read in Dutch)."""

from ...rule import any_of
from .. import Language

LANGUAGE = Language(
    code="nl",
    quote_verbs=("schreef", "geschreven"),
    attribution_openings=("op",),
    quote_separators=("oorspronkelijk bericht",),
    from_headers=("van",),
    other_headers=("verzonden", "aan", "onderwerp"),
    client_signatures=(
        "verzonden (?:vanaf|met|vanuit) ", "verstuurd (?:vanaf|met|vanuit) ", r"outlook voor \w+ downloaden",
        "download outlook voor",
    ),
    autoreply_subjects=("automatisch antwoord", "afwezig(?:heid)?", "niet op kantoor"),
    autoreply_rules=(
        ("away", 0.9,
         any_of(
             r"\bik ben (?:momenteel |tot en met \S+ |t/m \S+ |vanaf \S+ )?(?:afwezig|niet aanwezig|niet op kantoor|op vakantie|met vakantie|met verlof)\b",
             r"\bben (?:ik )?(?:weer|vanaf \S+) (?:aanwezig|bereikbaar|op kantoor)\b",
             r"\bafwezig (?:tot|van|t/m)\b",
         )),
    ),
    reply_prefixes=("antw",),
)
