"""Russian: the attribution verb (no phrase table)."""

from .. import Language

LANGUAGE = Language(
    code="ru",
    quote_verbs=(r"написал\w*",),
)
