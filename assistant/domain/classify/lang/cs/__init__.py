"""Czech: the out-of-office subject (no phrase table)."""

from .. import Language

LANGUAGE = Language(
    code="cs",
    autoreply_subjects=("automatick[áa] odpov[ěe][ďd]",),
)
