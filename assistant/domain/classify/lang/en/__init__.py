"""English."""

from .. import Language
from .phrases import PHRASES

LANGUAGE = Language(
    code="en",
    phrases=PHRASES,
    function_words=r"the|and|you|your|we|to|of|for|with|is|are|have|this|that|be|will|our",
    clause_breaks=("but", "however"),
    and_words=("and",),
    negations=("not", "no", "never", "cannot", "unable", "neither", "nor"),
    negation_affixes=(r"n't\b",),
    negation_idioms=("no (?:worries|problem|doubt)", "not only", "no matter"),
    conditions=("if", "whether", "in case", "unless", "in the event"),
    deferrals=("until", "till", "before", "without", "unless", "once", "as soon as"),
    meeting_nouns=("interview", "meeting", "call"),
    nobody_yet=("yet", "anyone", "anybody", "any (?:candidate|applicant)s?", "no one", "nobody"),
    autoreply_subjects=(
        "automatic reply", "auto[- ]?reply", "autoreply", "auto[- ]?response", "automated response",
        "automatic response", "out of (?:the )?office", r"\booo\b", "on (?:vacation|holiday|leave)",
        "away from (?:the )?office", "i am away", "i'm away",
    ),
    months={
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
        "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
        "dec": 12, "december": 12,
    },
    weekdays={"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6},
)
