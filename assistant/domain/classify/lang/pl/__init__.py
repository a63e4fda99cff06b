"""Polish: quote markers and out-of-office wording (no phrase table)."""

from ...rule import any_of
from .. import Language

LANGUAGE = Language(
    code="pl",
    quote_verbs=("napisa[łl]a?",),
    attribution_openings=("dnia", "w dniu"),
    quote_separators=("oryginalna wiadomo[śs][ćc]", "wiadomo[śs][ćc] oryginalna"),
    from_headers=("od",),
    other_headers=("wysłano", "do", "temat", "data"),
    client_signatures=("wysłane z (?:mojego|outlook|aplikacji)", "pobierz outlook dla"),
    autoreply_subjects=("automatyczna odpowied[źz]", "autoodpowied[źz]", "nieobecno[śs][ćc]", "poza biurem"),
    autoreply_rules=(
        ("away", 0.9,
         any_of(
             r"\bjestem (?:obecnie |aktualnie )?(?:nieobecn[ya]|na urlopie|poza biurem|niedost[ęe]pn[ya])\b",
             r"\bnieobecn[ya] (?:do|w dniach|od)\b|\bwracam (?:do biura )?(?:w dniu|dnia|\d)",
         )),
    ),
)
