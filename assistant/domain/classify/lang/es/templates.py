"""Spanish wording that applicant-tracking and HR systems ship in their templates
(applicant_tracking.py): (meaning, label, weight, pattern); rule names are <code>.<label>.<meaning>."""

from ...rule import any_of

TEMPLATES: tuple[tuple[str, str, float, str], ...] = (
    ("preseleccion", "next_step", 0.9, any_of(
        r"(?<!no )\b(?:se )?preseleccion\w* para (?:una|un|la|el) (?:\w+ ){0,2}?"
        r"(?:llamada|entrevista|reunión|videollamada|conversación)\b",
    )),
    # Medium, as the English "wish you all the best in your future endeavors":
    # a refusal that never says no, held for the user to confirm.
    ("wish_well_future_projects", "rejection", 0.6, any_of(
        r"\b(?:le|te|les) deseamos (?:lo mejor|mucho éxito|éxito|suerte|mucha suerte)"
        + r" en (?:sus|tus) (?:futuros|próximos) (?:proyectos|retos|pasos|desafíos|emprendimientos)\b",
    )),
)
