"""Russian: a compact phrase table and the attribution verb."""

from .. import Language
from .phrases import FRAME_WORDS, PHRASES

LANGUAGE = Language(
    code="ru",
    phrases=PHRASES,
    context_words={"reader_declined": (r"\b(?:отмен\w*|отозван\w*|удал\w*|снят\w*)\b[^.!?\n]{0,50}\b(?:по (?:вашей|твоей) (?:просьбе|инициативе)|по вашему запросу)\b", r"\b(?:по (?:вашей|твоей) (?:просьбе|инициативе)|по вашему запросу)\b[^.!?\n]{0,50}\b(?:отмен\w*|отозван\w*|удал\w*|снят\w*)\b"), "resubmit": (r"\b(?:загрузите|отправьте|пришлите)(?: \w+)? (?:снова|повторно|заново)\b", r"\bповторно загруз\w*")},
    frame_words=FRAME_WORDS,
    function_words=r"и|в|не|на|что|мы|вы|вас|вам|ваш\w*|с|по|для|это|к|о|от|за|наш\w*|сожалению|спасибо|благодарим",
    clause_breaks=("но", "однако", "тем не менее"),
    and_words=("и",),
    negations=("не", "нет", "ни", "никогда"),
    negation_idioms=("не только", "не стесняйтесь", "не забудьте", "не сомневайтесь", "тем не менее"),
    conditions=("если", "в случае", "при условии"),
    deferrals=("пока", "до тех пор", "без", "до получения"),
    meeting_nouns=(r"собеседовани\w*", r"встреч\w*", "интервью", r"звон\w*", r"созвон\w*"),
    nobody_yet=("никого", "ни одного кандидата"),
    earlier_words=("в прошлом году", "прошлый раз"),
    own_application_words=(r"\bваш\w* (?:отклик\w*|резюме|кандидатур\w*|заявк\w*)",),
    gist_words={"rejection.regret": ("к сожалению",)},
    quote_verbs=(r"написал\w*",),
)
