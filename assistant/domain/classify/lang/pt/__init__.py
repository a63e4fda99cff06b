"""Portuguese: quote markers and out-of-office wording (no phrase table)."""

from ...rule import any_of
from .. import Language

LANGUAGE = Language(
    code="pt",
    quote_verbs=("escreveu",),
    attribution_openings=("em",),
    quote_separators=("mensagem original",),
    client_signatures=("enviado do meu", "enviado a partir do", "obter o outlook para"),
    autoreply_subjects=("resposta autom[áa]tica", "fora do escrit[óo]rio", "ausente"),
    autoreply_rules=(
        ("away", 0.9,
         any_of(
             r"\b(?:estou|estarei|encontro-me) (?:ausente|de f[ée]rias|fora do escrit[óo]rio|de licen[çc]a)\b",
             r"\bretorno (?:ao escrit[óo]rio )?(?:no dia|em|a partir de)\b",
         )),
    ),
    reply_prefixes=("res",),
)
