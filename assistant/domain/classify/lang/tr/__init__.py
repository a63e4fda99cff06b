"""Turkish: the out-of-office subject (no phrase table)."""

from .. import Language

LANGUAGE = Language(
    code="tr",
    autoreply_subjects=("otomatik yan[ıi]t",),
)
