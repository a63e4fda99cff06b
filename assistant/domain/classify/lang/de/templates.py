"""German wording that applicant-tracking and HR systems ship in their templates
(applicant_tracking.py): (meaning, label, weight, pattern); rule names are <code>.<label>.<meaning>."""

from ...rule import any_of

TEMPLATES: tuple[tuple[str, str, float, str], ...] = (
    ("engere_auswahl", "next_step", 0.9, any_of(
        r"(?<!nicht )\bin die engere auswahl (?:für|zu) (?:\w+ ){0,4}?"
        r"(?:anruf|gespräch|vorstellungsgespräch|interview|telefonat|kennenlernen)\b",
    )),
    # Medium, as the English "wish you all the best in your future endeavors":
    # a refusal that never says no, held for the user to confirm.
    ("wish_well_future_plans", "rejection", 0.6, any_of(
        r"\bfür (?:ihre|deine) (?:zukünftigen|weiteren|künftigen)"
        + r" (?:vorhaben|pläne|wege|schritte) wünschen? (?:wir|ich) (?:ihnen|dir) (?:alles gute|viel erfolg)\b",
        r"\bwünschen? (?:wir|ich) (?:ihnen|dir) (?:alles gute|viel erfolg) (?:für|bei) (?:ihre|deine) (?:zukünftigen|weiteren|künftigen)"
        + r" (?:vorhaben|pläne|wege|schritte)\b",
    )),
)
