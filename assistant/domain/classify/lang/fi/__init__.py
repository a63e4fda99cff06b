"""Finnish: the attribution verb and out-of-office wording (no phrase table)."""

from .. import Language

LANGUAGE = Language(
    code="fi",
    quote_verbs=("kirjoitti",),
    autoreply_subjects=("automaattinen vastaus", "poissa toimistolta"),
    autoreply_rules=(("away", 0.9, r"\bolen (?:lomalla|poissa)\b"),),
)
